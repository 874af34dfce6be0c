"""Every kind of failure is a communique.Error (a ValueError) with the library's message,
and the kinds are told apart by class and by `kind`."""

import subprocess

import pytest

import communique

KINDS = {
    "EmptyError": "empty",
    "NoTextError": "no_text",
    "TooLargeError": "too_large",
    "TooDeepError": "too_deep",
    "TooManyNodesError": "too_many_nodes",
    "TextTooLongError": "text_too_long",
    "InvalidSelectorError": "invalid_selector",
    "InvalidProfileError": "invalid_profile",
    "InternalError": "internal",
}


def test_the_classes():
    assert issubclass(communique.Error, ValueError)
    assert communique.Error.kind == "other"
    for name, kind in KINDS.items():
        cls = getattr(communique, name)
        assert issubclass(cls, communique.Error), name
        assert cls.kind == kind
        assert cls.__module__ == "communique"
        assert cls.__doc__
    assert len({getattr(communique, n) for n in KINDS}) == len(KINDS)


def raised(call):
    with pytest.raises(communique.Error) as info:
        call()
    return info.value


def test_empty():
    e = raised(lambda: communique.extract(" \n\t\ufeff "))
    assert (type(e), e.kind, str(e)) == (communique.EmptyError, "empty", "input is empty")
    assert isinstance(raised(lambda: communique.extract(b"")), communique.EmptyError)


def test_no_text():
    e = raised(lambda: communique.extract("<html><body><script>go()</script></body></html>"))
    assert (type(e), e.kind, str(e)) == (communique.NoTextError, "no_text", "page holds no readable text")


def test_too_large():
    ex = communique.Extractor(max_input_bytes=100)
    e = raised(lambda: ex.extract("x " * 60))
    assert (type(e), e.kind) == (communique.TooLargeError, "too_large")
    assert (e.len, e.limit) == (120, 100)
    assert str(e) == "input is 120 bytes, over the limit of 100"
    assert isinstance(raised(lambda: ex.extract(b"y " * 60)), communique.TooLargeError)


def test_too_deep():
    ex = communique.Extractor(max_depth=20)
    e = raised(lambda: ex.extract("<div>" * 50 + "Deep words here." + "</div>" * 50))
    assert (type(e), e.kind, e.limit) == (communique.TooDeepError, "too_deep", 20)
    assert isinstance(e.offset, int)
    assert str(e).startswith("html nests elements deeper than the limit of 20")


def test_too_many_nodes():
    ex = communique.Extractor(max_nodes=100)
    e = raised(lambda: ex.extract("<p>Word.</p>" * 200))
    assert (type(e), e.kind, e.limit) == (communique.TooManyNodesError, "too_many_nodes", 100)
    assert str(e).startswith("html builds more than 100 nodes")


def test_text_too_long():
    ex = communique.Extractor(max_text_bytes=1000)
    e = raised(lambda: ex.extract("Trade talks open\n\n" + "Talks opened in Lima. " * 200))
    assert (type(e), e.kind, e.limit) == (communique.TextTooLongError, "text_too_long", 1000)
    assert e.len > 1000
    assert str(e) == f"normalised text is {e.len} bytes, over the limit of 1000"


def test_invalid_selector():
    e = raised(lambda: communique.Extractor(profiles=[{"name": "bad", "title": ["h1[[["]}]))
    assert (type(e), e.kind) == (communique.InvalidSelectorError, "invalid_selector")
    assert (e.profile, e.selector) == ("bad", "h1[[[")
    assert str(e).startswith("profile `bad`: invalid css selector `h1[[[`: ")


def test_invalid_profile():
    e = raised(lambda: communique.Extractor(profiles=['{"name": "x", "no_such_key": []}']))
    assert (type(e), e.kind) == (communique.InvalidProfileError, "invalid_profile")
    assert "no_such_key" in e.reason
    assert str(e) == f"profile json is invalid: {e.reason}"
    assert isinstance(raised(lambda: communique.Extractor(profiles=["not json"])),
                      communique.InvalidProfileError)


def test_messages_are_the_librarys(to_json_bin, tmp_path):
    """`to_json` reports a failed page as `PATH: message`: the same message."""
    pages = {"empty.txt": b"  \n ", "shell.html": b"<html><body><script>go()</script></body></html>"}
    for name, content in pages.items():
        path = tmp_path / name
        path.write_bytes(content)
        out = subprocess.run([str(to_json_bin), str(path)], capture_output=True, check=False)
        assert out.returncode == 1
        reason = out.stderr.decode().strip().split(": ", 1)[1]
        assert str(raised(lambda: communique.extract(content))) == reason


def test_argument_errors_are_not_communique_errors():
    with pytest.raises(TypeError) as info:
        communique.extract(None)
    assert not isinstance(info.value, communique.Error)
    with pytest.raises(ValueError) as info:
        communique.extract("x", kind="pdf")
    assert not isinstance(info.value, communique.Error)
