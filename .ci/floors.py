#!/usr/bin/env python3
"""Reads and raises the CI floors.

  floors.py args FILE            print the --fail-under arguments of a floor file
  floors.py raise FILE [--reset] < score.json
                                 set each floor to the measured value minus 0.001
                                 (never lower than before unless --reset)

A floor file has one `field value` pair per line; `#` starts a comment. A field that
scores 0 on the set has no floor (there is nothing to guard yet).
"""
import json
import math
import sys


def read(path):
    floors = {}
    with open(path) as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                field, value = line.split()
                floors[field] = float(value)
    return floors


def measured(summary):
    out = {}
    for field, v in summary.items():
        if isinstance(v, dict):
            value = v.get("f1", v.get("acc"))
        elif field == "overall":
            value = v
        else:
            continue
        if value is not None and value > 0:
            # Scores print to three places; stay one step under so rounding never fails CI.
            out[field] = 1.0 if value >= 1.0 and field == "spans_valid" else max(0.0, math.floor(value * 1000 - 1) / 1000)
    return out


def main():
    cmd, path = sys.argv[1], sys.argv[2]
    if cmd == "args":
        print(" ".join(f"--fail-under {k}={v:g}" for k, v in read(path).items()))
    elif cmd == "raise":
        reset = "--reset" in sys.argv[3:]
        old = {} if reset else read(path)
        new = measured(json.load(sys.stdin))
        merged = {k: max(v, old.get(k, 0.0)) for k, v in new.items()}
        for k, v in old.items():
            merged.setdefault(k, v)
        with open(path, "w") as f:
            f.write("# CI floors: measured score minus 0.001; raised by `.ci/floors.py raise`, lowered only by hand with a reason in the commit.\n")
            for k, v in merged.items():
                f.write(f"{k} {v:.3f}\n")
    else:
        sys.exit(f"floors.py: unknown command {cmd}")


if __name__ == "__main__":
    main()
