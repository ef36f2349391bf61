"""Dev calls on CUDA (faster-whisper float16, batched) through the in-process executor and through the Ray
executor (one actor per GPU), in one run: wall time, real-time factor and throughput of each.

    python scripts/bench_gpu.py [--calls N] [--ray-address ADDR]

Needs a CUDA device: without one it says so in one line and exits 2. Default: 24 calls from
../shared/calls/dev, copied to a temporary folder; the times include loading the model (once per executor,
once per actor), as a batch pays it. Prints Markdown.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

from callguard.asr import check_engine
from callguard.casework.executor import Executor, LocalExecutor, RayExecutor, Task, run_all
from callguard.errors import CallguardError
from callguard.pipeline import Options

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "calls" / "dev"
AUDIO = (".m4a", ".flac", ".mp3", ".wav")


def cuda_problem() -> str | None:
    try:
        check_engine("faster-whisper", "cuda")
    except CallguardError as e:
        return str(e)
    return None


def timed(make: callable, calls: list[Path], out: Path) -> tuple[float, float, int]:
    """(wall seconds, audio seconds, failures) of every call through the executor `make()` returns."""
    out.mkdir(parents=True)
    t0 = time.perf_counter()
    executor: Executor = make(Options(out_dir=out, device="cuda"))
    results = list(run_all(executor, [Task(str(i), c, c.stem) for i, c in enumerate(calls)]))
    executor.close()
    wall = time.perf_counter() - t0
    audio = sum(json.loads(r.report.read_text(encoding="utf-8"))["source"]["duration_s"] for r in results if r.report)
    for r in results:
        if r.report is None:
            print(f"failed: {r.error}", file=sys.stderr)
    return wall, audio, sum(r.report is None for r in results)


def row(name: str, calls: int, wall: float, audio: float, failed: int) -> str:
    rtf = wall / audio if audio else float("nan")
    return (f"| {name} | {calls - failed}/{calls} | {wall:.1f} | {audio / 60:.1f} | {rtf:.4f} | "
            f"{calls / wall * 60:.1f} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=24, help="how many dev calls (default 24)")
    parser.add_argument("--ray-address", default=None, help="a Ray cluster; default: start a local Ray")
    args = parser.parse_args(argv)
    problem = cuda_problem()
    if problem:
        print(f"bench_gpu: needs a CUDA device: {problem}", file=sys.stderr)
        return 2
    calls = sorted(p for p in DEV.iterdir() if p.suffix.lower() in AUDIO)[:args.calls]
    with tempfile.TemporaryDirectory(prefix="bench-gpu-") as work:
        case = Path(work) / "case"
        case.mkdir()
        for call in calls:
            shutil.copy(call, case / call.name)
        copies = [case / c.name for c in calls]
        local = timed(lambda o: LocalExecutor(o, lookahead=1), copies, Path(work) / "local")
        ray = timed(lambda o: RayExecutor(o, address=args.ray_address), copies, Path(work) / "ray")
    print("| executor | calls | wall (s) | audio (min) | RTF | calls/min |\n|---|---:|---:|---:|---:|---:|")
    print(row("in-process (CUDA, float16)", len(calls), *local))
    print(row("Ray, one actor per GPU", len(calls), *ray))
    return 1 if local[2] or ray[2] else 0


if __name__ == "__main__":
    sys.exit(main())
