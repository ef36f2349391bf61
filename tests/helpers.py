"""Small helpers the tests share."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
REAL = SHARED / "audio" / "real"
DEV = SHARED / "calls" / "dev"


def run_cli(*args: str, timeout: float = 600) -> subprocess.CompletedProcess:
    """The CLI in a process of its own, as a user runs it."""
    return subprocess.run([sys.executable, "-m", "callguard", *map(str, args)], capture_output=True, text=True,
                          timeout=timeout)


def invoke(*args):
    """The CLI in this process (typer's runner): for commands that load no model."""
    from typer.testing import CliRunner

    from callguard.cli import app

    return CliRunner().invoke(app, [str(a) for a in args])


def ffmpeg(*args: str) -> None:
    subprocess.run(["ffmpeg", "-nostdin", "-v", "error", "-y", *args], check=True)


def references() -> dict[str, tuple[str, str]]:
    """The real clips' reference transcripts: file -> (language, reference)."""
    with open(REAL / "REFERENCES.tsv", encoding="utf-8", newline="") as fh:
        return {row["file"]: (row["language"], row["reference"]) for row in csv.DictReader(fh, delimiter="\t")}


def edit_distance(a, b) -> int:
    prev = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        cur = [i]
        for j, y in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x != y)))
        prev = cur
    return prev[-1]


def open_page(page, html):
    page.goto(html.resolve().as_uri())
    page.wait_for_function("() => document.getElementById('player').readyState >= 1", timeout=10000)
