"""Pages per second of examples/spark_warc.py in Spark local mode, per core.

    python benches/spark_rate.py [--copies N] [--files F] [--cores 1,2] [DIR]

Builds F gzipped WARC files holding N copies of every HTML page in DIR (default
../shared/corpus/dev/docs, else fixtures/), then runs the job on them with local[C] for
each C, and prints records, wall seconds, pages/s and pages/s per core. The time counts
the whole job as a user sees it (the JVM's start, WARC decompression, extraction, the
rows' trip from Python to the JVM and the Parquet write) and the extraction alone (the
same pages through Extractor.extract on one thread), so the Spark overhead shows.
"""

import argparse
import io
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import communique
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
JOB = HERE.parent / "examples" / "spark_warc.py"


def build(pages, copies, files, tmp):
    paths = [tmp / f"bench-{i}.warc.gz" for i in range(files)]
    handles = [open(p, "wb") for p in paths]
    writers = [WARCWriter(h, gzip=True) for h in handles]
    n = 0
    for c in range(copies):
        for i, body in enumerate(pages):
            w = writers[n % files]
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(
                f"https://example.org/page/{c}/{i}", "response", payload=io.BytesIO(body),
                http_headers=http, warc_headers_dict={"WARC-Date": "2024-05-08T09:30:00Z"}))
            n += 1
    for h in handles:
        h.close()
    return paths, n


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=20)
    parser.add_argument("--files", type=int, default=4)
    parser.add_argument("--cores", default="1,2")
    parser.add_argument("dir", nargs="?")
    args = parser.parse_args()
    src = Path(args.dir) if args.dir else ROOT.parent / "shared" / "corpus" / "dev" / "docs"
    if not src.is_dir():
        src = ROOT / "fixtures"
    pages = [p.read_bytes() for p in sorted(src.iterdir()) if p.suffix in (".html", ".htm")]
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        warcs, n = build(pages, args.copies, args.files, tmp)
        ex = communique.Extractor()
        t = time.perf_counter()
        for _ in range(args.copies):
            for p in pages:
                ex.extract(p, published="2024-05-08")
        alone = time.perf_counter() - t
        print(f"{n} records in {len(warcs)} WARC files; load average {os.getloadavg()[0]:.1f}")
        print(f"extraction alone, 1 thread: {n / alone:7.1f} pages/s")
        env = dict(os.environ, PYSPARK_PYTHON=sys.executable)
        for cores in map(int, args.cores.split(",")):
            out = tmp / f"out-{cores}"
            t = time.perf_counter()
            subprocess.run([sys.executable, str(JOB), "--master", f"local[{cores}]", str(out),
                            *map(str, warcs)], check=True, env=env, capture_output=True)
            wall = time.perf_counter() - t
            print(f"spark local[{cores}]: {wall:6.1f} s, {n / wall:7.1f} pages/s, "
                  f"{n / wall / cores:7.1f} pages/s per core")


if __name__ == "__main__":
    main()
