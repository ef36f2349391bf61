"""Time `callguard analyze` end to end against the openai-whisper CLI's transcription alone, on the same
recordings and the same Whisper base weights, each as a child process: wall time and peak RSS.

    python scripts/bench_asr.py [RECORDING ...] [--threads N] [--device cpu|cuda] [--language auto|zh|en]

Default recordings: examples/*.m4a, else two calls from ../shared/calls/dev. Prints Markdown.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GOAL_RATIO = 5.0
GOAL_RTF = 0.08
GOAL_RSS_MIB = 1024
POLL_S = 0.1
MIB = 1 << 20


@dataclass
class Run:
    wall_s: float
    peak_rss: int  # bytes, the whole process tree
    returncode: int
    error: str = ""


@dataclass
class Result:
    recording: Path
    duration_s: float
    language: str
    callguard: Run | None
    openai: Run


def tree_rss(pid: int) -> int:
    try:
        parent = psutil.Process(pid)
        procs = [parent, *parent.children(recursive=True)]
    except psutil.Error:
        return 0
    total = 0
    for proc in procs:
        try:
            total += proc.memory_info().rss
        except psutil.Error:
            pass
    return total


def measure(command: list[str], env: dict[str, str]) -> Run:
    """Run a child; peak RSS is the largest sampled sum over its process tree, or the kernel's exact peak
    for the child itself (wait4), whichever is larger, so a short spike between samples is not lost."""
    with tempfile.TemporaryFile() as stderr:
        start = time.perf_counter()
        proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=stderr)
        peak = 0
        while True:
            # wait4 rather than RUSAGE_CHILDREN: that one is a running max over every child ever reaped.
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            peak = max(peak, tree_rss(proc.pid))
            time.sleep(POLL_S)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here, so Popen must not wait again
        stderr.seek(0)
        lines = stderr.read().decode("utf-8", "replace").strip().splitlines()
    error = lines[-1] if proc.returncode and lines else ""
    return Run(wall, max(peak, usage.ru_maxrss * 1024), proc.returncode, error)


def audio_duration(path: Path) -> float:
    from faster_whisper import decode_audio

    return len(decode_audio(str(path), sampling_rate=16000)) / 16000


def detect_language(path: Path) -> str:
    from faster_whisper import decode_audio

    from callguard.asr.faster import FasterWhisperEngine

    return FasterWhisperEngine(None, "cpu").detect_language(decode_audio(str(path), sampling_rate=16000))[0]


def reported_language(report: Path) -> str | None:
    try:
        return json.loads(report.read_text(encoding="utf-8"))["transcript"]["language"]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def callguard_command(exe: str, recording: Path, out: Path, args) -> list[str]:
    command = [exe, "analyze", str(recording), "--out", str(out), "--device", args.device]
    return command + (["--language", args.language] if args.language != "auto" else [])


def whisper_command(exe: str, recording: Path, out: Path, language: str, args) -> list[str]:
    from callguard.resources import OPENAI_CHECKPOINT, models_dir

    # The CLI takes a checkpoint path for --model; --model_dir is only where it would download to.
    return [exe, str(recording), "--model", str(models_dir() / OPENAI_CHECKPOINT),
            "--model_dir", str(out / "cache"), "--device", args.device,
            "--fp16", str(args.device == "cuda"), "--threads", str(args.threads),
            "--output_dir", str(out), "--output_format", "json", "--language", language, "--verbose", "False"]


def bench_one(recording: Path, exes: dict[str, str | None], env: dict[str, str], args) -> Result:
    with tempfile.TemporaryDirectory(prefix="bench_asr.") as tmp:
        out = Path(tmp)
        callguard = None
        language = None if args.language == "auto" else args.language
        if exes["callguard"]:
            callguard = measure(callguard_command(exes["callguard"], recording, out / "callguard", args), env)
            language = language or reported_language(out / "callguard" / f"{recording.stem}.json")
        language = language or detect_language(recording)
        openai = measure(whisper_command(exes["whisper"], recording, out / "whisper", language, args), env)
    return Result(recording, audio_duration(recording), language, callguard, openai)


def default_recordings() -> list[Path]:
    examples = sorted((ROOT / "examples").glob("*.m4a"))
    if examples:
        return examples
    return [SHARED / "calls" / "dev" / name for name in ("en-dev-01.m4a", "zh-dev-01.m4a")]


def find_exe(name: str) -> str | None:
    local = Path(sys.executable).parent / name
    return str(local) if local.is_file() else shutil.which(name)


def mark(ok: bool) -> str:
    return "✓" if ok else "✗"


def row(name: str, audio_s: float, callguard: list[Run | None], openai: list[Run]) -> str:
    ow, o_rss = sum(r.wall_s for r in openai), max(r.peak_rss for r in openai) / MIB
    o_cells = f"{ow:.1f}" if all(r.returncode == 0 for r in openai) else "failed"
    if not all(r and r.returncode == 0 for r in callguard):
        missing = "failed" if any(callguard) else "n/a"
        return f"| {name} | {audio_s:.1f} | {missing} | {o_cells} | – | – | – | {o_rss:.0f} |"
    cw, c_rss = sum(r.wall_s for r in callguard), max(r.peak_rss for r in callguard) / MIB
    ratio, rtf = ow / cw, cw / audio_s
    return (f"| {name} | {audio_s:.1f} | {cw:.1f} | {o_cells} "
            f"| {ratio:.1f}x {mark(ratio >= GOAL_RATIO)} | {rtf:.3f} {mark(rtf <= GOAL_RTF)} "
            f"| {c_rss:.0f} {mark(c_rss <= GOAL_RSS_MIB)} | {o_rss:.0f} |")


def print_table(results: list[Result], args) -> None:
    print(f"threads {args.threads}, device {args.device}; same weights: models/whisper-base (callguard, "
          "faster-whisper) and its conversion models/openai-whisper/base.pt (whisper CLI)\n")
    print("| recording | audio s | callguard s | openai-whisper s "
          f"| openai/callguard (goal ≥{GOAL_RATIO:g}x) | callguard RTF (goal ≤{GOAL_RTF:g}) "
          f"| callguard peak MiB (goal ≤{GOAL_RSS_MIB}) | openai-whisper peak MiB |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for r in results:
        print(row(f"{r.recording.name} ({r.language})", r.duration_s, [r.callguard], [r.openai]))
    if len(results) > 1:
        print(row("**overall**", sum(r.duration_s for r in results), [r.callguard for r in results],
                  [r.openai for r in results]))


def failures(results: list[Result]) -> list[str]:
    out = []
    for r in results:
        for name, run in (("callguard", r.callguard), ("whisper", r.openai)):
            if run and run.returncode:
                out.append(f"{name} failed on {r.recording} (exit {run.returncode}): {run.error}")
    return out


def parse_args(argv: list[str] | None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("recordings", nargs="*", type=Path, help="default: examples/*.m4a")
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1, help="CPU threads for both")
    parser.add_argument("--device", choices=("cpu", "cuda"), default="cpu")
    parser.add_argument("--language", choices=("auto", "zh", "en"), default="auto",
                        help="auto: callguard detects it and the whisper CLI is given what callguard found")
    return parser.parse_args(argv)


def input_problem(recordings: list[Path], exes: dict[str, str | None], threads: int) -> str | None:
    missing = [str(p) for p in recordings if not p.is_file()]
    if missing:
        return f"no such recording: {', '.join(missing)}"
    if not exes["whisper"]:
        return "the openai-whisper CLI `whisper` is not installed"
    return "--threads must be at least 1" if threads < 1 else None


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    recordings = args.recordings or default_recordings()
    exes = {"callguard": find_exe("callguard"), "whisper": find_exe("whisper")}
    if problem := input_problem(recordings, exes, args.threads):
        print(f"bench_asr: {problem}", file=sys.stderr)
        return 2
    if not exes["callguard"]:
        print("bench_asr: `callguard` is not installed; timing the openai-whisper CLI only", file=sys.stderr)
    env = dict(os.environ, CALLGUARD_THREADS=str(args.threads))
    results = []
    for recording in recordings:
        print(f"bench_asr: {recording}…", file=sys.stderr, flush=True)
        results.append(bench_one(recording, exes, env, args))
    print_table(results, args)
    problems = failures(results)
    for line in problems:
        print(f"bench_asr: {line}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
