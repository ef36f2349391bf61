"""One `callguard batch` against as many separate `callguard analyze` processes, on the same dev calls, in
one run: wall time, throughput and peak RSS of each, and the ratio (goal >= 1.5x).

    python scripts/bench_batch.py [--calls N] [--device cpu|cuda] [--executor local|ray]

The batch loads its analysers' models once (on CPU by default two analysers of one thread each on two
cores: `--actors`) and decodes the next call while others are transcribed; each analyze process loads the
model for its one call. A second batch with one analyser (`--actors 1`) shows what the threads add, and
what they cost in memory. Default: 20 calls from ../shared/calls/dev (sorted by name). Prints Markdown;
exit 1 when the goal is missed or a run failed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from bench_asr import MIB, Run, measure  # a sibling script (its folder is on sys.path): the same timing and RSS

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "calls" / "dev"
AUDIO = (".m4a", ".flac", ".mp3", ".wav")
GOAL_RATIO = 1.5


def dev_calls(n: int) -> list[Path]:
    return sorted(p for p in DEV.iterdir() if p.suffix.lower() in AUDIO)[:n]


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "callguard", *args]


def audio_seconds(out: Path) -> float:
    return sum(json.loads(p.read_text(encoding="utf-8"))["source"]["duration_s"] for p in out.glob("*.json")
               if p.name != "summary.json")


def bench(calls: list[Path], args, work: Path) -> tuple[Run, Run, list[Run], float]:
    case = work / "case"
    case.mkdir()
    for call in calls:
        shutil.copy(call, case / call.name)
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    common = ["--device", args.device, "--output-format", "all"]
    batch = measure(command("batch", str(case), "-o", str(work / "batch"), "--executor", args.executor, *common), env)
    one = measure(command("batch", str(case), "-o", str(work / "one"), "--executor", args.executor,
                          "--actors", "1", *common), env)
    singles = [measure(command("analyze", str(case / c.name), "-o", str(work / "analyze"), *common), env)
               for c in calls]
    return batch, one, singles, audio_seconds(work / "batch")


def report(calls: list[Path], batch: Run, one: Run, singles: list[Run], audio_s: float) -> tuple[str, float]:
    separate_s = sum(r.wall_s for r in singles)
    ratio = separate_s / batch.wall_s if batch.wall_s else 0.0
    peak_single = max(r.peak_rss for r in singles)
    lines = [f"{len(calls)} dev calls, {audio_s / 60:.1f} min of audio, {os.cpu_count()} CPUs", "",
             "| run | wall (s) | calls/min | audio min per wall min | peak RSS (MiB) |", "|---|---:|---:|---:|---:|",
             f"| one `batch` | {batch.wall_s:.1f} | {len(calls) / batch.wall_s * 60:.2f} | "
             f"{audio_s / batch.wall_s:.2f} | {batch.peak_rss / MIB:.0f} |",
             f"| one `batch --actors 1` | {one.wall_s:.1f} | {len(calls) / one.wall_s * 60:.2f} | "
             f"{audio_s / one.wall_s:.2f} | {one.peak_rss / MIB:.0f} |",
             f"| {len(calls)} × `analyze` | {separate_s:.1f} | {len(calls) / separate_s * 60:.2f} | "
             f"{audio_s / separate_s:.2f} | {peak_single / MIB:.0f} (largest) |", "",
             f"throughput ratio batch / separate: {ratio:.2f}x (goal >= {GOAL_RATIO}x: "
             f"{'met' if ratio >= GOAL_RATIO else 'MISSED'}); with one analyser: {separate_s / one.wall_s:.2f}x"]
    return "\n".join(lines), ratio


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=20, help="how many dev calls (default 20)")
    parser.add_argument("--device", default="cpu", choices=("auto", "cpu", "cuda"))
    parser.add_argument("--executor", default="local", choices=("local", "ray"))
    args = parser.parse_args(argv)
    calls = dev_calls(args.calls)
    if len(calls) < max(args.calls, 1):
        print(f"bench_batch: {DEV} has {len(calls)} dev calls, {args.calls} asked", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as work:
        batch, one, singles, audio_s = bench(calls, args, Path(work))
    failed = [r.error for r in [batch, one, *singles] if r.returncode]
    text, ratio = report(calls, batch, one, singles, audio_s)
    print(text)
    print(f"(benchmark took {time.perf_counter() - t0:.0f} s)")
    for error in failed:
        print(f"a run failed: {error}", file=sys.stderr)
    return 0 if ratio >= GOAL_RATIO and not failed else 1


if __name__ == "__main__":
    sys.exit(main())
