"""Throughput of the Python module against the Rust library, over the same pages.

    python benches/bench.py [--rounds N] [DIR...]

DIR defaults to ../shared/corpus/dev/docs (else fixtures/). Prints, each as the median of
N rounds (default 5), rounds of every kind interleaved so that load from other processes
falls on all alike:

- pages/s of the Rust ``Extractor`` on one thread (examples/rate.rs, ``Page::bytes``);
- pages/s of ``communique.Extractor.extract(bytes)`` from Python, and its ratio to Rust;
- pages/s of ``extract_many(threads=1)`` and ``(threads=2)``, and their ratio.

Each figure is given per wall second and per CPU second (the thread's or process's CPU
time): on a shared, busy machine wall time measures the load as much as the code, and
the CPU figures are the ones to compare. ``threads=2``'s speed-up with both cores free
is estimated from CPU time as ``2 x cpu(threads=1) / cpu(threads=2)`` (what two free
cores would give when nothing serialises the threads; test_many.py checks that).
"""

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import communique

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def rust_binary():
    subprocess.run(
        ["cargo", "build", "--release", "--quiet", "-p", "communique-python", "--example", "rate"],
        cwd=ROOT, check=True,
    )
    return ROOT / "target" / "release" / "examples" / "rate"


def rust_round(binary, files):
    out = subprocess.run([str(binary), "1", *map(str, files)], capture_output=True, check=True)
    n, wall, cpu = out.stdout.split()
    return int(n), float(wall), float(cpu)


def py_round(ex, pages):
    w, c = time.perf_counter(), time.thread_time()
    for p in pages:
        try:
            ex.extract(p)
        except communique.Error:
            pass
    return len(pages), time.perf_counter() - w, time.thread_time() - c


def many_round(ex, pages, threads):
    w, c = time.perf_counter(), time.process_time()
    ex.extract_many(pages, threads=threads, errors="return")
    return len(pages), time.perf_counter() - w, time.process_time() - c


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("dirs", nargs="*")
    args = parser.parse_args()
    dirs = [Path(d) for d in args.dirs] or [
        d for d in [ROOT.parent / "shared" / "corpus" / "dev" / "docs"] if d.is_dir()
    ] or [ROOT / "fixtures"]
    files = sorted(
        p for d in dirs for p in d.rglob("*")
        if p.is_file() and p.suffix in (".html", ".htm", ".txt", "")
    )
    pages = [p.read_bytes() for p in files]
    binary = rust_binary()
    ex = communique.Extractor()
    many_pages = pages * 4
    results = {"rust": [], "python": [], "many1": [], "many2": []}
    py_round(ex, pages)  # warm up
    for _ in range(args.rounds):
        results["rust"].append(rust_round(binary, files))
        results["python"].append(py_round(ex, pages))
        results["many1"].append(many_round(ex, many_pages, 1))
        results["many2"].append(many_round(ex, many_pages, 2))

    def rates(kind):
        wall = statistics.median(n / w for n, w, _ in results[kind])
        cpu = statistics.median(n / c for n, _, c in results[kind] if c > 0) if any(
            c > 0 for *_, c in results[kind]) else float("nan")
        return wall, cpu

    print(f"pages: {len(pages)} from {', '.join(map(str, dirs))}; rounds: {args.rounds}; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    table = {k: rates(k) for k in results}
    for kind, label in [("rust", "Rust Extractor, 1 thread"),
                        ("python", "Python Extractor.extract"),
                        ("many1", "extract_many(threads=1)"),
                        ("many2", "extract_many(threads=2)")]:
        wall, cpu = table[kind]
        print(f"{label:28} {wall:8.1f} pages/s wall {cpu:8.1f} pages/CPU-s")
    print(f"Python / Rust:               {table['python'][0] / table['rust'][0]:.3f} wall  "
          f"{table['python'][1] / table['rust'][1]:.3f} CPU")
    print(f"threads=2 / threads=1:       {table['many2'][0] / table['many1'][0]:.3f} wall  "
          f"{2 * table['many2'][1] / table['many1'][1]:.3f} estimated with both cores free")


if __name__ == "__main__":
    sys.exit(main())
