"""A hostile page returns or raises communique.Error; it never crashes the interpreter.

Each page is read in a child interpreter, so that a crash (a segfault, an abort, a
panic across the boundary) shows as the child's exit status instead of ending pytest.
"""

import subprocess
import sys
import textwrap

import pytest

HOSTILE = {
    "deep nesting": "b'<div>' * 200_000 + b'x'",
    "many nodes": "b'<p>a</p>' * 300_000",
    "huge attribute": "b'<p title=\"' + b'a' * 3_000_000 + b'\">x</p>'",
    "one long line": "b'Word ' * 1_000_000",
    "nul and control bytes": "bytes(range(256)) * 2000",
    "invalid utf-8": "b'<h1>\\xff\\xfe\\xc0\\xaf</h1><p>\\xed\\xa0\\x80 words \\xf4\\x90\\x80\\x80</p>' * 1000",
    "unclosed everything": "b'<table><tr><td><ul><li><p><b><i><a href=' * 20_000",
    "comment never closed": "b'<!-- ' + b'-' * 1_000_000",
    "script never closed": "b'<script>' + b'x' * 1_000_000",
    "entities": "b'&#x110000;&#0;&#xD800;&amp&lt;&#99999999999;' * 50_000",
    "bom only": "b'\\xef\\xbb\\xbf' * 10",
    "utf-16 odd length": "b'\\xff\\xfe<\\x00p\\x00>' + b'\\x00' * 1001",
    "charset lies": "b'<meta charset=\"utf-7\"><p>+AGEAYgBj- words</p>' * 100",
    "date soup": "('Trade talks open\\n\\n' + '31 February 2024, 99/99/9999, the 40th of Smarch, next next Friday. ' * 20000).encode()",
    "name soup": "('Trade talks open\\n\\n' + 'Dr. Mr. Ms. H.E. The Hon. Prof. UN UNDP (UNDP) ((( ))) ' * 20000).encode()",
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_page_returns_or_raises(name):
    code = textwrap.dedent(
        f"""
        import communique
        page = {HOSTILE[name]}
        for ex in (communique.Extractor(), communique.Extractor(max_depth=4096, max_nodes=4_000_000)):
            for item in (page, page.decode("utf-8", "replace")):
                try:
                    r = ex.extract(item)
                    assert r["schema"] == "communique/1"
                    text = r["text"].encode()
                    for d in r["dates"]:
                        assert text[d["span"]["start"]:d["span"]["end"]].decode() == d["text"]
                except communique.Error as e:
                    assert str(e) and e.kind != "internal", e
        got = communique.Extractor().extract_many([page] * 3, threads=2, errors="return")
        assert len(got) == 3
        print("ok")
        """
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=300, check=False)
    assert out.returncode == 0, out.stderr.decode(errors="replace")[-2000:]
    assert out.stdout.strip() == b"ok"
