"""The PySpark job (examples/spark_warc.py) in Spark local mode, on WARC files built here.

Needs pyspark, warcio and Java 17; skipped when pyspark or warcio is missing, unless
COMMUNIQUE_REQUIRE_SPARK=1 (as in CI), which turns the skip into a failure.
"""

import gzip
import io
import os
import sys
from pathlib import Path

import pytest

from conftest import FIXTURES

if os.environ.get("COMMUNIQUE_REQUIRE_SPARK") == "1":
    import pyspark  # noqa: F401
    import warcio  # noqa: F401
else:
    pytest.importorskip("pyspark")
    pytest.importorskip("warcio")

from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "examples"))
import spark_warc  # noqa: E402

UNDATED = (
    b"<!DOCTYPE html><html><head><title>Ministers meet</title></head><body>"
    b"<h1>Ministers meet in Lima</h1><p>The ministers of the region met in Lima yesterday "
    b"and will meet again on Friday.</p></body></html>"
)
SHELL = b"<!DOCTYPE html><html><head><script>boot()</script></head><body><div id=app></div></body></html>"

#: (target URI, WARC-Date, Content-Type, body); the releases the job must write.
PAGES = [
    ("https://example.org/news/cted-conference", "2018-07-20T08:00:00Z", "text/html; charset=UTF-8",
     (FIXTURES / "wordpress-cted-conference.html").read_bytes()),
    ("https://www.example.gov/government/news/item", "2019-01-10T10:00:00Z", "text/html",
     (FIXTURES / "govuk-press-release.html").read_bytes()),
    ("https://example.net/press/old-page", "2020-03-01T00:00:00Z", "text/html",
     (FIXTURES / "html-windows-1252-meta-charset.html").read_bytes()),
    ("https://example.org/undated", "2024-05-08T09:30:00Z", "application/xhtml+xml", UNDATED),
]
BROKEN = ("https://example.org/app-shell", "2024-05-08T09:31:00Z", "text/html", SHELL)


def response(writer, uri, date, content_type, body, status="200 OK"):
    http = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    return writer.create_warc_record(
        uri, "response", payload=io.BytesIO(body), http_headers=http,
        warc_headers_dict={"WARC-Date": date},
    )


def build_warcs(tmp):
    good = tmp / "crawl-1.warc.gz"
    with open(good, "wb") as f:
        w = WARCWriter(f, gzip=True)
        w.write_record(response(w, *PAGES[0]))
        w.write_record(response(w, *BROKEN))  # a page with no text: reported
        w.write_record(response(w, "https://example.org/logo.png", "2024-05-08T09:32:00Z",
                                "image/png", b"\x89PNG\r\n\x1a\n"))  # not HTML: skipped
        w.write_record(response(w, "https://example.org/missing", "2024-05-08T09:33:00Z",
                                "text/html", b"<h1>Not found</h1>", status="404 Not Found"))
        w.write_record(response(w, *PAGES[1]))
        w.write_record(response(w, *PAGES[2]))
    plain = tmp / "crawl-2.warc"
    with open(plain, "wb") as f:
        w = WARCWriter(f, gzip=False)
        w.write_record(response(w, *PAGES[3]))
    # A file cut off in the middle of its second record: the first is kept, the damage
    # reported.
    cut = tmp / "crawl-3.warc.gz"
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=True)
    w.write_record(response(w, *PAGES[3]))
    whole = buf.getvalue()
    w.write_record(response(w, *PAGES[0]))
    cut.write_bytes(buf.getvalue()[:-300])
    assert gzip.decompress(whole)  # the first record is intact
    return [good, plain, cut]


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    os.environ["PYSPARK_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local[2]")
        .appName("communique-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )
    # The job's module travels to the Python workers as spark-submit --py-files would send it.
    session.sparkContext.addPyFile(spark_warc.__file__)
    yield session
    session.stop()


def test_job_writes_to_json_rows_and_reports_the_broken(spark, tmp_path, to_json):
    warcs = build_warcs(tmp_path)
    out = tmp_path / "releases.parquet"
    df = spark_warc.extract_warcs(spark, [str(p) for p in warcs])
    df.write.partitionBy("status").parquet(str(out))

    ok = spark.read.parquet(str(out / "status=ok")).collect()
    rows = sorted((r.asDict(recursive=True) for r in ok), key=lambda r: (r["warc_file"], r["warc_offset"]))
    # crawl-1: three pages (the shell, the image and the 404 are not releases); crawl-2:
    # one; crawl-3: the record before the cut.
    assert [(Path(r["warc_file"]).name, r["url"]) for r in rows] == [
        ("crawl-1.warc.gz", PAGES[0][0]),
        ("crawl-1.warc.gz", PAGES[1][0]),
        ("crawl-1.warc.gz", PAGES[2][0]),
        ("crawl-2.warc", PAGES[3][0]),
        ("crawl-3.warc.gz", PAGES[3][0]),
    ]
    # Each row is to_json's output for the same bytes, URL and WARC-Date.
    release_keys = [f.name for f in spark_warc.RELEASE_FIELDS]
    by_uri = {uri: (date, body) for uri, date, _, body in PAGES}
    for row in rows:
        date, body = by_uri[row["url"]]
        page = tmp_path / "page.html"
        page.write_bytes(body)
        [expected] = to_json([page], "--url", row["url"], "--published", date)
        assert {k: row[k] for k in release_keys} == expected, row["url"]
        assert row["warc_date"] == date and row["error"] is None
    undated = rows[3]
    assert undated["published"] == "2024-05-08"  # from WARC-Date
    assert {d["text"]: d["start"] for d in undated["dates"]}["yesterday"] == "2024-05-07"
    assert rows[0]["published"] == "2018-07-02"  # the page's own date wins
    # Nested lists are structs: spans slice the text as bytes.
    person = rows[0]["people"][0]
    m = person["mentions"][0]
    assert rows[0]["text"].encode()[m["start"]:m["end"]].decode() == m["text"]

    errors = [r.asDict(recursive=True) for r in spark.read.parquet(str(out / "status=error")).collect()]
    errors.sort(key=lambda r: r["warc_file"])
    assert [(Path(r["warc_file"]).name, r["error"]["kind"]) for r in errors] == [
        ("crawl-1.warc.gz", "no_text"),
        ("crawl-3.warc.gz", "warc"),
    ]
    assert errors[0]["url"] == BROKEN[0]
    assert errors[0]["error"]["message"] == "page holds no readable text"
    assert errors[0]["title"] is None
    assert errors[1]["url"] == PAGES[0][0]
    assert "the file ends inside this record" in errors[1]["error"]["message"]


def test_command_line(tmp_path):
    """spark_warc.py as spark-submit runs it, here as a plain script in local mode."""
    import subprocess

    warcs = build_warcs(tmp_path)
    out = tmp_path / "cli.parquet"
    env = dict(os.environ, PYSPARK_PYTHON=sys.executable)
    run = subprocess.run(
        [sys.executable, spark_warc.__file__, "--master", "local[1]", str(out), *map(str, warcs)],
        capture_output=True, env=env, timeout=600, check=False,
    )
    assert run.returncode == 0, run.stderr.decode(errors="replace")[-3000:]
    assert "5 releases, 2 failures" in run.stderr.decode()
    assert (out / "status=ok").is_dir() and (out / "status=error").is_dir()
