"""Reads WARC files with Spark and writes the press releases in them as Parquet.

    spark-submit [SPARK OPTIONS] spark_warc.py [--partitions N] [--mode overwrite] OUTPUT WARC...

Every HTML response (HTTP 2xx, ``text/html`` or ``application/xhtml+xml``) is read by
communique, with the record's ``WARC-Target-URI`` as ``url`` and its ``WARC-Date`` as
``published`` (used only when the page states no date of its own). Each WARC file is one
task; a task builds one ``communique.Extractor`` and reads its records in order, so a
cluster reads as many files at once as it has cores.

OUTPUT is a Parquet dataset partitioned by ``status``:

- ``OUTPUT/status=ok``: one row per release, the ``communique/1`` keys as columns
  (``title``, ``published``, ..., ``people``, ``events``, ...; the nested lists as arrays
  of structs, dates as ``YYYY-MM-DD`` strings, spans as UTF-8 byte offsets into ``text``)
  and where it came from (``url``, ``warc_date``, ``warc_file``, ``warc_offset``,
  ``warc_record_id``);
- ``OUTPUT/status=error``: one row per record or file that could not be read, with
  ``error.kind`` (a ``communique.Error`` kind such as ``no_text``, or ``warc`` for a
  damaged archive) and ``error.message``. A bad page or a truncated file never stops
  the job.

WARC paths are local (or on a file system mounted on every node); a path with a scheme
(``s3://``, ``hdfs://``, ``https://``) is opened with fsspec when it is installed on the
executors.
"""

import argparse
import sys

from pyspark.sql import SparkSession
from pyspark.sql.types import (
    ArrayType,
    LongType,
    StringType,
    StructField,
    StructType,
)

#: The media types of pages the job reads.
HTML_TYPES = ("text/html", "application/xhtml+xml")


def _s(name):
    return StructField(name, StringType())


def _strings(name):
    return StructField(name, ArrayType(StringType()))


MENTION = StructType([StructField("start", LongType()), StructField("end", LongType()), _s("text")])

#: The ``communique/1`` release as Spark columns, in the JSON's order.
RELEASE_FIELDS = [
    _s("schema"),
    _s("title"),
    _s("published"),
    _s("modified"),
    StructField("dateline", StructType([_s("place"), _s("date")])),
    _strings("categories"),
    _s("text"),
    StructField(
        "people",
        ArrayType(
            StructType(
                [
                    _s("name"),
                    StructField("roles", ArrayType(StructType([_s("title"), _s("organisation")]))),
                    StructField("mentions", ArrayType(MENTION)),
                ]
            )
        ),
    ),
    StructField(
        "organisations",
        ArrayType(
            StructType(
                [
                    _s("name"),
                    _s("acronym"),
                    _s("kind"),
                    _s("country"),
                    StructField("mentions", ArrayType(MENTION)),
                ]
            )
        ),
    ),
    StructField(
        "events",
        ArrayType(
            StructType(
                [
                    _s("name"),
                    _s("kind"),
                    StructField("when", StructType([_s("start"), _s("end"), _s("text")])),
                    _s("where"),
                    _strings("organisers"),
                    _strings("co_organisers"),
                    _strings("chairs"),
                    _strings("participants"),
                    StructField("parent", LongType()),
                    StructField("mentions", ArrayType(MENTION)),
                ]
            )
        ),
    ),
    StructField(
        "dates",
        ArrayType(
            StructType(
                [_s("text"), _s("start"), _s("end"), _s("precision"), StructField("span", MENTION)]
            )
        ),
    ),
    StructField("photos", ArrayType(StructType([_s("caption"), _s("credit")]))),
]

#: Where each row came from.
SOURCE_FIELDS = [
    _s("url"),
    _s("warc_date"),
    _s("warc_file"),
    StructField("warc_offset", LongType()),
    _s("warc_record_id"),
]

SCHEMA = StructType(
    SOURCE_FIELDS
    + RELEASE_FIELDS
    + [StructField("error", StructType([_s("kind"), _s("message")])), _s("status")]
)


def open_warc(path):
    """A binary stream of the WARC file at ``path`` (local, ``file://``, or via fsspec)."""
    if path.startswith("file://"):
        path = path[len("file://"):]
    if "://" not in path:
        return open(path, "rb")
    import fsspec  # only for remote paths, installed on the executors

    return fsspec.open(path, "rb").open()


def is_html_response(record):
    if record.rec_type != "response" or record.http_headers is None:
        return False
    status = record.http_headers.get_statuscode() or ""
    if not status.startswith("2"):
        return False
    media = (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
    return media in HTML_TYPES


def read_warcs(paths):
    """One partition: every HTML response in the WARC files ``paths``, read with one
    Extractor; yields one row dict per page or failure."""
    import communique
    from warcio.archiveiterator import ArchiveIterator

    extractor = communique.Extractor()
    for path in paths:
        # The record being read, for the report if the file breaks inside it.
        source = {"warc_file": path, "warc_offset": None}
        try:
            with open_warc(path) as stream:
                # A whole record whose bytes do not match its digest raises.
                records = ArchiveIterator(stream, check_digests="raise")
                for record in records:
                    source = {"warc_file": path, "warc_offset": records.offset}
                    if not is_html_response(record):
                        continue
                    headers = record.rec_headers
                    source.update(
                        url=headers.get_header("WARC-Target-URI"),
                        warc_date=headers.get_header("WARC-Date"),
                        warc_record_id=headers.get_header("WARC-Record-ID"),
                    )
                    body = record.content_stream().read()
                    missing = getattr(record.raw_stream, "limit", 0)
                    if missing:
                        # The file ends inside this record: nothing after it can be read.
                        raise EOFError(
                            f"the file ends inside this record: {missing} of its "
                            f"{record.length} bytes are missing"
                        )
                    try:
                        release = extractor.extract(
                            body, url=source["url"], published=source["warc_date"]
                        )
                    except communique.Error as e:
                        yield dict(source, error={"kind": e.kind, "message": str(e)}, status="error")
                    except ValueError as e:
                        # A WARC-Date that is not a date.
                        yield dict(source, error={"kind": "record", "message": str(e)}, status="error")
                    else:
                        yield dict(source, **release, status="ok")
                    source = {"warc_file": path, "warc_offset": None}
        except Exception as e:  # noqa: BLE001 - a damaged file is reported, not fatal
            message = f"{type(e).__name__}: {e}"
            yield dict(source, error={"kind": "warc", "message": message}, status="error")


def extract_warcs(spark, paths, partitions=None):
    """The DataFrame of releases and failures in the WARC files ``paths``: one task per
    file unless ``partitions`` says otherwise."""
    paths = list(paths)
    rdd = spark.sparkContext.parallelize(paths, partitions or max(1, len(paths)))
    return spark.createDataFrame(rdd.mapPartitions(read_warcs), SCHEMA)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("output", help="the Parquet dataset to write")
    parser.add_argument("warcs", nargs="+", help="WARC files (.warc or .warc.gz)")
    parser.add_argument("--partitions", type=int, help="tasks (default: one per WARC file)")
    parser.add_argument("--mode", default="errorifexists",
                        help="Spark save mode: errorifexists, overwrite, append")
    parser.add_argument("--master", help="Spark master, e.g. local[2] (default: spark-submit's)")
    args = parser.parse_args(argv)

    builder = SparkSession.builder.appName("communique-warc")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    df = extract_warcs(spark, args.warcs, args.partitions)
    df.write.mode(args.mode).partitionBy("status").parquet(args.output)
    written = spark.read.parquet(args.output).groupBy("status").count().collect()
    counts = {row["status"]: row["count"] for row in written}
    print(
        f"{counts.get('ok', 0)} releases, {counts.get('error', 0)} failures -> {args.output}",
        file=sys.stderr,
    )
    spark.stop()


if __name__ == "__main__":
    main()
