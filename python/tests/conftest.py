"""Shared paths and the `to_json` reference: the Rust example whose output the module
must equal, built from this checkout when it is not there yet."""

import json
import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"
#: The release the crate was built from; the CTED fixture restates it where the shared
#: corpus is absent.
SEED = SHARED / "corpus" / "dev" / "docs" / "un-cted-high-level-conference-2018.txt"
DEV_DOCS = SHARED / "corpus" / "dev" / "docs"


def fixture_pages():
    """Every page among the fixtures (their expected .json files aside)."""
    return sorted(p for p in FIXTURES.iterdir() if p.suffix in (".html", ".txt"))


@pytest.fixture(scope="session")
def to_json_bin():
    """Path of target/release/examples/to_json, built once if missing
    (COMMUNIQUE_TO_JSON names another binary)."""
    given = os.environ.get("COMMUNIQUE_TO_JSON")
    if given:
        return Path(given)
    subprocess.run(
        ["cargo", "build", "--release", "--quiet", "--example", "to_json"],
        cwd=ROOT,
        check=True,
    )
    return ROOT / "target" / "release" / "examples" / "to_json"


@pytest.fixture(scope="session")
def to_json(to_json_bin):
    """Runs to_json on paths and returns one parsed object per path (None where it failed)."""

    def run(paths, *args):
        paths = [str(p) for p in paths]
        out = subprocess.run(
            [str(to_json_bin), *args, "--jobs", "1", *paths],
            capture_output=True,
            check=False,
        )
        lines = out.stdout.decode("utf-8").splitlines()
        failed = {
            line.split(": ", 1)[0]
            for line in out.stderr.decode("utf-8").splitlines()
            if ": " in line
        }
        it = iter(lines)
        return [None if p in failed else json.loads(next(it)) for p in paths]

    return run
