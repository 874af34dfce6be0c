"""communique.extract and Extractor.extract: the same output as `to_json`, and their options."""

import datetime
import json

import pytest

import communique
from conftest import FIXTURES, SEED, fixture_pages


def test_seed_release_equals_to_json(to_json):
    seed = SEED if SEED.exists() else FIXTURES / "text-cted-conference.txt"
    [expected] = to_json([seed])
    got = communique.extract(seed.read_bytes())
    assert got == expected
    # Not merely equal as values: the same JSON, key order and spans included.
    assert json.dumps(got, ensure_ascii=False, separators=(",", ":")) == json.dumps(
        expected, ensure_ascii=False, separators=(",", ":")
    )
    assert list(got) == [
        "schema", "title", "published", "modified", "dateline", "categories",
        "text", "people", "organisations", "events", "dates", "photos",
    ]
    assert got["people"] and got["events"] and got["dates"]


@pytest.mark.parametrize("path", fixture_pages(), ids=lambda p: p.name)
def test_every_fixture_equals_to_json(to_json, path):
    [expected] = to_json([path])
    ex = communique.Extractor()
    assert ex.extract(path.read_bytes()) == expected
    # A str is the same page once decoded, HTML or text sniffed alike.
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        return  # a page in another encoding: its bytes are the test
    if expected is not None:
        assert ex.extract(text) == expected


@pytest.mark.parametrize("path", fixture_pages()[:6], ids=lambda p: p.name)
def test_url_and_published_equal_to_json(to_json, path):
    url = "https://example.org/news/2019/03/04/item"
    [expected] = to_json([path], "--url", url, "--published", "2020-02-29")
    got = communique.extract(path.read_bytes(), url=url, published="2020-02-29")
    assert got == expected


def spans_slice_text(release):
    text = release["text"].encode("utf-8")
    spans = [m for p in release["people"] for m in p["mentions"]]
    spans += [m for o in release["organisations"] for m in o["mentions"]]
    spans += [m for e in release["events"] for m in e["mentions"]]
    spans += [d["span"] for d in release["dates"]]
    assert spans
    for m in spans:
        assert text[m["start"]:m["end"]].decode("utf-8") == m["text"]


def test_spans_are_byte_offsets_into_text():
    spans_slice_text(communique.extract((FIXTURES / "wordpress-cted-conference.html").read_bytes()))


def test_kind_forces_the_reader():
    html = "<h1>Trade talks open</h1><p>Trade talks opened in Lima.</p>"
    as_html = communique.extract(html, kind="html")
    assert as_html["title"] == "Trade talks open"
    assert as_html["text"] == "Trade talks open\nTrade talks opened in Lima."
    assert communique.extract(html) == as_html
    # The text reader takes the markup for inline tags on one line of text: no blocks.
    as_text = communique.extract(html, kind="text")
    assert as_text["text"] == "Trade talks open Trade talks opened in Lima."
    with pytest.raises(ValueError, match="kind"):
        communique.extract(html, kind="pdf")
    with pytest.raises(TypeError, match="kind"):
        communique.extract(html.encode(), kind="html")
    with pytest.raises(TypeError, match="str or bytes"):
        communique.extract(42)


PAGE = "Trade ministers meet\n\nThe ministers met in Lima yesterday and will meet again on Friday."


@pytest.mark.parametrize(
    "published",
    ["2024-05-08", "2024-05-08T09:30:00Z", "2024-05-08 23:59:59+02:00",
     datetime.date(2024, 5, 8), datetime.datetime(2024, 5, 8, 9, 30)],
)
def test_published_is_the_fallback_and_the_anchor(published):
    r = communique.extract(PAGE, published=published)
    assert r["published"] == "2024-05-08"
    starts = {d["text"]: d["start"] for d in r["dates"]}
    assert starts["yesterday"] == "2024-05-07"
    assert starts["Friday"] == "2024-05-10"  # Wednesday 8 May 2024: the coming Friday
    undated = communique.extract(PAGE)
    assert "yesterday" not in {d["text"] for d in undated["dates"]}


def test_the_pages_own_date_wins_over_published():
    r = communique.extract(
        "Trade talks open\n\nLIMA, 2 May 2024 -- Talks opened today.", published="2024-05-08"
    )
    assert r["published"] == "2024-05-02"
    assert communique.extract(PAGE)["published"] is None


@pytest.mark.parametrize("bad", ["8 May 2024", "2024-02-30", ""])
def test_a_bad_published_is_a_value_error(bad):
    with pytest.raises(ValueError, match="published"):
        communique.extract(PAGE, published=bad)
    with pytest.raises(TypeError, match="published"):
        communique.extract(PAGE, published=20240508)


def test_url_gives_a_date_and_must_be_a_string():
    html = "<h1>Summit opens</h1><p>The summit opened in Lima.</p>"
    r = communique.extract(html, url="https://example.org/news/2024/05/06/summit")
    assert r["published"] == "2024-05-06"
    with pytest.raises(TypeError, match="url"):
        communique.extract(html, url=b"https://example.org")


def test_bytearray_and_memoryview_are_bytes():
    page = (FIXTURES / "govuk-press-release.html").read_bytes()
    expected = communique.extract(page)
    assert communique.extract(bytearray(page)) == expected
    assert communique.extract(memoryview(page)) == expected


def test_options_and_profiles():
    ex = communique.Extractor(max_input_bytes=1 << 20, max_depth=100, max_nodes=10_000,
                              max_text_bytes=1 << 20)
    assert "max_depth=100" in repr(ex)
    profile = {
        "name": "example-news",
        "hosts": ["news.example.org"],
        "content": [".story-body"],
        "title": ["h1.story-title"],
        "published": [".story-meta time"],
    }
    html = """<html><body><h1 class="story-title">Ministers meet in Oslo</h1>
      <div class="story-meta"><time datetime="2024-03-05">5 March</time></div>
      <div class="story-body"><p>Ministers met in Oslo on Tuesday.</p></div></body></html>"""
    for given in (profile, json.dumps(profile)):
        ex = communique.Extractor(profiles=[given])
        r = ex.extract(html, url="https://news.example.org/a/1")
        assert (r["title"], r["published"]) == ("Ministers meet in Oslo", "2024-03-05")
    with pytest.raises(TypeError, match="list of profiles"):
        communique.Extractor(profiles=profile)
    with pytest.raises(OverflowError):
        communique.Extractor(max_depth=-1)


def test_release_types_name_every_key():
    r = communique.extract(PAGE)
    assert set(communique.Release.__annotations__) == set(r)
    assert communique.SCHEMA == r["schema"] == "communique/1"
