"""Pages per second of examples/spark_warc.py in Spark local mode, per core.

    python benches/spark_rate.py [--copies N,M] [--files F] [--cores 1,2] [DIR]

For each number of copies, builds F gzipped WARC files holding that many copies of every
HTML page in DIR (default ../shared/corpus/dev/docs, else fixtures/), then runs the job on
them with local[C] for each C, and prints records, wall seconds and pages/s. The time
counts the whole job as a user sees it: the JVM's start and Spark's set-up (a fixed cost
of tens of seconds), WARC decompression, extraction, the rows' trip from Python to the
JVM and the Parquet write. With two sizes it also prints the marginal rate, (records
added) / (seconds added), which is what a long job gets per core once started; and the
extraction alone (the same pages through Extractor.extract on one thread), so that
Spark's share shows.
"""

import argparse
import io
import os
import threading
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


def tree_cpu(root):
    """{pid: CPU seconds} of ``root`` and its descendants now (Linux /proc): user and
    system time, with that of their children already reaped."""
    tick = os.sysconf("SC_CLK_TCK")
    stats = {}
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        # After the name: state, ppid, ..., utime (11), stime (12), cutime (13), cstime (14).
        stats[int(pid)] = (int(fields[1]), sum(int(x) for x in fields[11:15]) / tick)
    tree, todo = {}, [root]
    while todo:
        pid = todo.pop()
        if pid in stats:
            tree[pid] = stats[pid][1]
            todo.extend(p for p, (ppid, _) in stats.items() if ppid == pid)
    return tree


def run_measured(cmd, env):
    """Runs cmd; returns (wall seconds, CPU seconds of it and all its descendants: the
    JVM and the Python workers), sampling the process tree so that processes which end
    unreaped still count (up to the last sample)."""
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    seen = {}
    done = threading.Event()

    def sample():
        while not done.is_set():
            for pid, cpu in tree_cpu(proc.pid).items():
                seen[pid] = max(seen.get(pid, 0.0), cpu)
            done.wait(0.5)

    sampler = threading.Thread(target=sample)
    sampler.start()
    _, err = proc.communicate()
    done.set()
    sampler.join()
    if proc.returncode:
        raise SystemExit(err.decode(errors="replace")[-3000:])
    return time.perf_counter() - t, sum(seen.values())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", default="10,40")
    parser.add_argument("--files", type=int, default=4)
    parser.add_argument("--cores", default="1,2")
    parser.add_argument("dir", nargs="?")
    args = parser.parse_args()
    src = Path(args.dir) if args.dir else ROOT.parent / "shared" / "corpus" / "dev" / "docs"
    if not src.is_dir():
        src = ROOT / "fixtures"
    pages = [p.read_bytes() for p in sorted(src.iterdir()) if p.suffix in (".html", ".htm")]
    ex = communique.Extractor()
    t, c = time.perf_counter(), time.thread_time()
    for p in pages * 3:
        ex.extract(p, published="2024-05-08")
    alone, cpu = time.perf_counter() - t, time.thread_time() - c
    print(f"{len(pages)} pages; load average {os.getloadavg()[0]:.1f}")
    print(f"extraction alone, 1 thread: {3 * len(pages) / alone:7.1f} pages/s wall, "
          f"{3 * len(pages) / cpu:7.1f} pages per CPU-second")
    env = dict(os.environ, PYSPARK_PYTHON=sys.executable)
    for cores in map(int, args.cores.split(",")):
        timings = []
        for copies in map(int, args.copies.split(",")):
            with tempfile.TemporaryDirectory() as tmp:
                tmp = Path(tmp)
                warcs, n = build(pages, copies, args.files, tmp)
                wall, cpu = run_measured(
                    [sys.executable, str(JOB), "--master", f"local[{cores}]",
                     str(tmp / "out"), *map(str, warcs)], env)
            timings.append((n, wall, cpu))
            print(f"spark local[{cores}], {n} records: {wall:6.1f} s, {n / wall:7.1f} pages/s, "
                  f"{cpu:6.1f} CPU-s (load average {os.getloadavg()[0]:.1f})")
        if len(timings) >= 2:
            (n1, t1, c1), (n2, t2, c2) = timings[0], timings[-1]
            marginal = (n2 - n1) / max(t2 - t1, 1e-9)
            per_cpu = (n2 - n1) / max(c2 - c1, 1e-9)
            print(f"spark local[{cores}] marginal: {marginal:7.1f} pages/s wall "
                  f"({marginal / cores:.1f} per core), {per_cpu:7.1f} pages per CPU-second")


if __name__ == "__main__":
    main()
