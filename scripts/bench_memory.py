"""Peak RSS of `callguard analyze` on long recordings, made by concatenating dev calls (real speech, so the
speaker stage runs), each analysed by a child process: wall time and peak RSS (goal ≤ 1 GiB).

    python scripts/bench_memory.py [--minutes 1,5,10,20,120] [--language en|zh] [--device cpu|cuda]

The recordings are mono 16 kHz m4a, cached under /tmp/callguard-bench-memory so reruns start at once.
Prints Markdown; exit 1 when a run failed or missed the goal.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from bench_asr import GOAL_RSS_MIB, MIB, Run, measure  # a sibling script (its folder is on sys.path)

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "calls" / "dev"
CACHE = Path(tempfile.gettempdir()) / "callguard-bench-memory"
AUDIO = (".m4a", ".flac", ".mp3", ".wav")


def ffmpeg(*args: str) -> None:
    subprocess.run(["ffmpeg", "-nostdin", "-v", "error", "-y", *args], check=True)


def dev_calls(language: str) -> list[Path]:
    return sorted(p for p in DEV.glob(f"{language}-dev-*") if p.suffix.lower() in AUDIO)


def as_wav(call: Path) -> Path:
    """The call as 16 kHz mono PCM, so every part of the concatenation has the same format."""
    out = CACHE / "parts" / f"{call.stem}.wav"
    if not out.exists():
        out.parent.mkdir(parents=True, exist_ok=True)
        ffmpeg("-i", str(call), "-ac", "1", "-ar", "16000", str(out.with_suffix(".tmp.wav")))
        out.with_suffix(".tmp.wav").rename(out)
    return out


def long_recording(minutes: float, language: str) -> Path:
    """The dev calls one after another, repeated as needed, cut at `minutes`."""
    out = CACHE / f"{language}-{minutes:g}min.m4a"
    if out.exists():
        return out
    parts = [as_wav(c) for c in dev_calls(language)]
    if not parts:
        raise SystemExit(f"bench_memory: no {language} dev calls in {DEV}")
    listing = CACHE / f"{language}-{minutes:g}min.txt"
    repeats = int(minutes * 60 // 30 // len(parts)) + 1  # each call lasts well over 30 s
    listing.write_text("".join(f"file '{p}'\n" for _ in range(repeats) for p in parts), encoding="utf-8")
    partial = out.with_suffix(".tmp.m4a")
    ffmpeg("-f", "concat", "-safe", "0", "-i", str(listing), "-t", str(minutes * 60), "-ac", "1",
           "-c:a", "aac", "-b:a", "48k", str(partial))
    partial.rename(out)
    return out


def analyze(recording: Path, device: str) -> Run:
    with tempfile.TemporaryDirectory(prefix="bench_memory.") as tmp:
        command = [sys.executable, "-m", "callguard", "analyze", str(recording), "--out", tmp,
                   "--output-format", "json", "--device", device]
        return measure(command, {**os.environ, "PYTHONUNBUFFERED": "1"})


def row(minutes: float, run: Run) -> str:
    if run.returncode:
        return f"| {minutes:g} | {run.wall_s:.1f} | failed (exit {run.returncode}) | ✗ |"
    rss = run.peak_rss / MIB
    return f"| {minutes:g} | {run.wall_s:.1f} | {rss:.0f} | {'✓' if rss <= GOAL_RSS_MIB else '✗'} |"


def parse_minutes(value: str) -> list[float]:
    try:
        minutes = [float(v) for v in value.split(",") if v.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a list of minutes: {value!r}") from None
    if not minutes or min(minutes) <= 0:
        raise argparse.ArgumentTypeError(f"minutes must be positive: {value!r}")
    return minutes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=parse_minutes, default=[1.0, 4.9, 10.0, 20.0, 120.0],
                        help="lengths of audio to analyse, comma-separated (default 1,4.9,10,20,120: the "
                             "longest of one window, two windows, past the 16-bit limit, the longest)")
    parser.add_argument("--language", choices=("en", "zh"), default="en", help="which dev calls to join")
    parser.add_argument("--device", choices=("cpu", "cuda"), default="cpu")
    args = parser.parse_args(argv)
    runs = []
    for minutes in args.minutes:
        recording = long_recording(minutes, args.language)
        print(f"bench_memory: {recording}…", file=sys.stderr, flush=True)
        runs.append((minutes, analyze(recording, args.device)))
    print(f"{args.language} dev calls joined, device {args.device}, {os.cpu_count()} CPUs, "
          f"CALLGUARD_THREADS={os.environ.get('CALLGUARD_THREADS', 'all')}\n")
    print(f"| audio min | wall s | peak RSS MiB | goal ≤{GOAL_RSS_MIB} |")
    print("|---:|---:|---:|:---:|")
    for minutes, run in runs:
        print(row(minutes, run))
    failed = [(m, r) for m, r in runs if r.returncode]
    for minutes, run in failed:
        print(f"bench_memory: {minutes:g} min failed (exit {run.returncode}): {run.error}", file=sys.stderr)
    return 1 if failed or any(r.peak_rss / MIB > GOAL_RSS_MIB for _, r in runs) else 0


if __name__ == "__main__":
    sys.exit(main())
