"""Bytes in three encodings read as the same page as its str."""

import pytest

import communique

TITLE = "Zürich talks: Genève and Bogotá agree"
BODY = "ZÜRICH, 3 May 2021 -- Ministers from Genève and Bogotá met in Zürich today; the café hosted them."


def html(charset_meta=""):
    return (
        f"<!DOCTYPE html><html><head>{charset_meta}<title>{TITLE}</title></head>"
        f"<body><h1>{TITLE}</h1><p>{BODY}</p></body></html>"
    )


TEXT = f"{TITLE}\n\n{BODY}"


@pytest.mark.parametrize(
    "name,encode",
    [
        ("utf-8", lambda: html().encode("utf-8")),
        ("windows-1252 declared", lambda: html('<meta charset="windows-1252">').encode("cp1252")),
        ("utf-16 with BOM", lambda: html().encode("utf-16")),
        ("iso-8859-1 in http-equiv",
         lambda: html('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">')
         .encode("latin-1")),
        ("windows-1252 undeclared", lambda: html().encode("cp1252")),
    ],
)
def test_html_bytes_decode_to_the_same_release(name, encode):
    expected = communique.extract(html(), kind="html")
    got = communique.extract(encode())
    assert got["title"] == TITLE
    assert "Zürich" in got["text"] and "Bogotá" in got["text"]
    assert got["text"] == expected["text"]
    assert got["dateline"] == expected["dateline"] == {"place": "ZÜRICH", "date": "2021-05-03"}


@pytest.mark.parametrize("codec", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_text_bytes_decode_to_the_same_release(codec):
    expected = communique.extract(TEXT, kind="text")
    assert communique.extract(TEXT.encode(codec)) == expected


def test_a_str_is_not_decoded_again():
    # The page says windows-1252, but a str is already text: its words stay as they are.
    page = html('<meta charset="windows-1252">')
    assert communique.extract(page)["title"] == TITLE


def test_a_str_with_lone_surrogates_is_refused_not_crashed():
    with pytest.raises(UnicodeEncodeError):
        communique.extract("Trade talks open\n\nTalks \ud800 opened.")
