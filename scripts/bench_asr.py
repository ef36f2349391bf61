"""Time `callguard analyze` end to end against the openai-whisper CLI's transcription alone, on the same
recordings and the same Whisper base weights, each as a child process: wall time, real-time factor, the
share of each stage, and peak RSS; then what each transcription option costs and buys on dev calls.

    python scripts/bench_asr.py [RECORDING ...] [--long-minutes M] [--options N] [--threads N]
                                [--device cpu|cuda] [--language auto|zh|en]

Default recordings: examples/*.m4a (else two dev calls) and a recording of M minutes (default 10) joined
from the Mandarin dev calls. Stages are timed from outside: the report's own stage timings, and the time
each progress line reaches stderr (start-up, model load, writing). --options N: N Mandarin and N English
dev calls through the whole pipeline once per transcription option, in one process, scored by score.py.
Prints Markdown.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GOAL_RATIO = 6.0
GOAL_RTF = 0.08  # a one-minute call
GOAL_RTF_LONG = 0.07  # a ten-minute call
GOAL_AFTER = 0.10  # everything after transcription, as a share of the wall time
GOAL_RSS_MIB = 1024
POLL_S = 0.1
MIB = 1 << 20


@dataclass
class Run:
    wall_s: float
    peak_rss: int  # bytes, the whole process tree
    returncode: int
    error: str = ""
    lines: list[tuple[float, str]] = field(default_factory=list)  # (seconds since start, stderr line)


@dataclass
class Result:
    recording: Path
    duration_s: float
    language: str
    callguard: Run | None
    openai: Run
    stages: dict[str, float] | None = None
    bare: Run | None = None


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
    for the child itself (wait4), whichever is larger, so a short spike between samples is not lost. Each
    stderr line is kept with the time it arrived."""
    lines: list[tuple[float, str]] = []
    start = time.perf_counter()
    proc = subprocess.Popen(command, env={**env, "PYTHONUNBUFFERED": "1"}, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    reader = threading.Thread(target=_read_lines, args=(proc.stderr, start, lines), daemon=True)
    reader.start()
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
    reader.join()
    proc.stderr.close()
    error = lines[-1][1] if proc.returncode and lines else ""
    return Run(wall, max(peak, usage.ru_maxrss * 1024), proc.returncode, error, lines)


def _read_lines(stream, start: float, lines: list[tuple[float, str]]) -> None:
    for raw in stream:
        text = raw.decode("utf-8", "replace").strip()
        if text:
            lines.append((time.perf_counter() - start, text))


STAGES = ("start-up", "model load", "ingest", "transcribe", "speakers", "detect", "write + exit")
AFTER = ("speakers", "detect", "write + exit")  # everything after transcription


def stages(run: Run, report: dict) -> dict[str, float]:
    """Seconds per stage of one `callguard analyze` run: the report's own timings for the stages of the
    pipeline; start-up (until "loading the speech model"), model load (until "analysing") and writing (from
    the end of detection to the process's exit) from when the progress lines arrived. The first recording is
    decoded while the model loads, so "ingest" overlaps "model load" and the shares may add up to over 100%."""
    def first(ending: str, default: float) -> float:
        return next((t for t, text in run.lines if text.endswith(ending)), default)

    loading = first("loading the speech model…", 0.0)
    timed = report["provenance"]["timings_s"]
    out = {"start-up": loading, "model load": first("analysing…", loading) - loading}
    out.update({k: float(timed.get(k, 0.0)) for k in ("ingest", "transcribe", "speakers", "detect")})
    detecting = first(": detecting", run.wall_s)
    out["write + exit"] = max(0.0, run.wall_s - detecting - out["detect"])
    return out


def audio_duration(path: Path) -> float:
    from faster_whisper import decode_audio

    return len(decode_audio(str(path), sampling_rate=16000)) / 16000


def detect_language(path: Path) -> str:
    from faster_whisper import decode_audio

    from callguard.asr.faster import FasterWhisperEngine

    return FasterWhisperEngine(None, "cpu").detect_language(decode_audio(str(path), sampling_rate=16000))[0]


def read_report(report: Path) -> dict | None:
    try:
        return json.loads(report.read_text(encoding="utf-8"))
    except (OSError, ValueError):
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
        callguard, report = None, None
        language = None if args.language == "auto" else args.language
        if exes["callguard"]:
            callguard = measure(callguard_command(exes["callguard"], recording, out / "callguard", args), env)
            report = read_report(out / "callguard" / f"{recording.stem}.json")
            language = language or (report or {}).get("transcript", {}).get("language")
        language = language or detect_language(recording)
        openai = measure(whisper_command(exes["whisper"], recording, out / "whisper", language, args), env)
    parts = stages(callguard, report) if report and callguard.returncode == 0 else None
    bare = measure(bare_command(recording, language, args), env)
    return Result(recording, audio_duration(recording), language, callguard, openai, parts, bare)


# faster-whisper's batched pipeline alone, as its README shows it (batch 8, with timestamps, words timed),
# on the same weights, the language given: what transcription costs with nothing of callguard around it
BARE = """
import sys
from faster_whisper import BatchedInferencePipeline, WhisperModel
path, model, device, language, threads = sys.argv[1:]
m = WhisperModel(model, device=device, compute_type="float16" if device == "cuda" else "int8",
                 cpu_threads=int(threads))
segments, _ = BatchedInferencePipeline(m).transcribe(path, language=language, batch_size=8, beam_size=5,
                                                     word_timestamps=True, without_timestamps=False)
print(sum(len(s.text) for s in segments))
"""


def bare_command(recording: Path, language: str, args) -> list[str]:
    from callguard.asr.weights import whisper_dir

    return [sys.executable, "-c", BARE, str(recording), str(whisper_dir()), args.device, language, str(args.threads)]


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


def row(name: str, audio_s: float, callguard: list[Run | None], openai: list[Run],
        goal_rtf: float = GOAL_RTF) -> str:
    ow, o_rss = sum(r.wall_s for r in openai), max(r.peak_rss for r in openai) / MIB
    o_cells = f"{ow:.1f}" if all(r.returncode == 0 for r in openai) else "failed"
    if not all(r and r.returncode == 0 for r in callguard):
        missing = "failed" if any(callguard) else "n/a"
        return f"| {name} | {audio_s:.1f} | {missing} | {o_cells} | – | – | – | {o_rss:.0f} |"
    cw, c_rss = sum(r.wall_s for r in callguard), max(r.peak_rss for r in callguard) / MIB
    ratio, rtf = ow / cw, cw / audio_s
    return (f"| {name} | {audio_s:.1f} | {cw:.1f} | {o_cells} "
            f"| {ratio:.1f}x {mark(ratio >= GOAL_RATIO)} | {rtf:.3f} {mark(rtf <= goal_rtf)} "
            f"| {c_rss:.0f} {mark(c_rss <= GOAL_RSS_MIB)} | {o_rss:.0f} |")


def print_table(results: list[Result], args) -> None:
    print(f"threads {args.threads}, device {args.device}; same weights: models/whisper-base (callguard, "
          "faster-whisper) and its conversion models/openai-whisper/base.pt (whisper CLI)\n")
    print("| recording | audio s | callguard s | openai-whisper s "
          f"| openai/callguard (goal ≥{GOAL_RATIO:g}x) | callguard RTF (goal ≤{GOAL_RTF:g}; "
          f"≤{GOAL_RTF_LONG:g} from 10 min) | callguard peak MiB (goal ≤{GOAL_RSS_MIB}) | openai-whisper peak MiB |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for r in results:
        goal = GOAL_RTF_LONG if r.duration_s >= 600 else GOAL_RTF
        print(row(f"{r.recording.name} ({r.language})", r.duration_s, [r.callguard], [r.openai], goal))
    short = [r for r in results if r.duration_s < 600]
    if len(short) > 1:
        print(row("**calls under 10 min**", sum(r.duration_s for r in short), [r.callguard for r in short],
                  [r.openai for r in short]))
    print_stages([r for r in results if r.stages])
    print_bare([r for r in results if r.bare and r.callguard and not (r.bare.returncode or r.callguard.returncode)])


def print_bare(results: list[Result]) -> None:
    if not results:
        return
    print("\ncallguard end to end against the bare speech model (faster-whisper's batched pipeline alone, batch 8, "
          "word timestamps, the language given; its own start-up included)\n")
    print("| recording | bare model s | bare RTF | callguard s | callguard / bare |\n|---|---:|---:|---:|---:|")
    for r in results:
        print(f"| {r.recording.name} | {r.bare.wall_s:.1f} | {r.bare.wall_s / r.duration_s:.3f} "
              f"| {r.callguard.wall_s:.1f} | {r.callguard.wall_s / r.bare.wall_s:.2f}x |")


def print_stages(results: list[Result]) -> None:
    if not results:
        return
    print(f"\nWhere callguard's wall time goes (share of it; goal: everything after transcription ≤{GOAL_AFTER:.0%}; "
          "ingest runs beside the model load)\n")
    print("| recording | " + " | ".join(STAGES) + " | after transcription |")
    print("|---|" + "---:|" * (len(STAGES) + 1))
    for r in results:
        wall = r.callguard.wall_s
        after = sum(r.stages[k] for k in AFTER) / wall
        cells = " | ".join(f"{r.stages[k]:.2f} s ({r.stages[k] / wall:.0%})" for k in STAGES)
        print(f"| {r.recording.name} | {cells} | {after:.0%} {mark(after <= GOAL_AFTER)} |")


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
    parser.add_argument("--long-minutes", type=float, default=10.0,
                        help="also a recording this long joined from the Mandarin dev calls (0: none)")
    parser.add_argument("--options", type=int, default=3, metavar="N",
                        help="what each transcription option costs and buys on N zh + N en dev calls (0: skip)")
    return parser.parse_args(argv)


OPTIONS = {  # name: (engine settings, language told by a pass of its own first)
    "callguard (beam 5, holes filled, language from the first chunk)": ({}, False),
    "language told by a pass of its own (as before)": ({}, True),
    "holes not filled": ({"fill_holes": False}, False),
    "a narrower beam (3)": ({"beam_size": 3}, False),
    "greedy decoding (beam 1)": ({"beam_size": 1}, False),
}


def compare_options(per_language: int, threads: int) -> None:
    """Each option of OPTIONS through the whole pipeline on the same dev calls, one Analyzer (model loaded
    once), scored by score.py: transcription time beside CER/WER and detection."""
    from bench_prompt import dev_calls, score, subset

    os.environ["CALLGUARD_THREADS"] = str(threads)
    from callguard.pipeline import Analyzer, Options

    scripts = dev_calls(per_language)
    rows = {}
    with tempfile.TemporaryDirectory(prefix="bench_asr.") as tmp:
        calls_dir = subset(scripts, Path(tmp) / "calls")
        analyzer = Analyzer(Options(out_dir=Path(tmp) / "x", formats=("json",)))
        engine = analyzer.engine
        defaults = {"fill_holes": engine.fill_holes, "beam_size": engine.beam_size}
        run_calls(analyzer, scripts[:1], Path(tmp) / "warm-up", False)  # the first run pays for warming up
        for k, (name, (settings, own_pass)) in enumerate(OPTIONS.items()):
            print(f"bench_asr: options: {name}…", file=sys.stderr, flush=True)
            for key, value in {**defaults, **settings}.items():
                setattr(engine, key, value)
            out = Path(tmp) / f"option{k}"
            rows[name] = {"s": run_calls(analyzer, scripts, out, own_pass), "m": score(calls_dir, out)}
    audio_s = sum(audio_duration(audio_of_script(s)) for s in scripts)
    print(f"\nWhat each transcription option costs and buys: {len(scripts)} dev calls ({per_language} zh + "
          f"{per_language} en, {audio_s / 60:.1f} min), {threads} threads, whole pipeline, scored by score.py\n")
    print("| option | transcribe s | RTF | CER zh | WER en | call micro-F1 | segment micro-F1 |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, r in rows.items():
        m = r["m"]
        print(f"| {name} | {r['s']:.1f} | {r['s'] / audio_s:.3f} | {num(m['asr']['zh']['rate'])} "
              f"| {num(m['asr']['en']['rate'])} | {num(m['call_level']['micro']['f1'])} "
              f"| {num(m['segment_level']['micro']['f1'])} |")


def run_calls(analyzer, scripts: list[Path], out: Path, own_pass: bool) -> float:
    """Seconds of transcription (with the language pass when `own_pass`) over the calls."""
    from callguard.types import SAMPLE_RATE

    seconds = 0.0
    for script in scripts:
        call = json.loads(script.read_text(encoding="utf-8"))
        tz = call["call_start"][-6:]
        language = "auto"
        if own_pass:
            from callguard import ingest

            first = ingest.load(audio_of_script(script)).mix(0, 30 * SAMPLE_RATE)
            t0 = time.perf_counter()
            language, _ = analyzer.engine.detect_language(first)
            seconds += time.perf_counter() - t0
        report = analyzer.analyze(audio_of_script(script), out_dir=out, jurisdiction=call["jurisdiction"],
                                  timezone=tz, language=language)
        seconds += json.loads(report.read_text(encoding="utf-8"))["provenance"]["timings_s"]["transcribe"]
    return seconds


def audio_of_script(script: Path) -> Path:
    return next(p for p in script.parent.glob(script.stem + ".*") if not p.name.endswith(".json"))


def num(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


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
    if not args.recordings and args.long_minutes > 0:
        from bench_memory import long_recording  # a sibling script (its folder is on sys.path)

        recordings.append(long_recording(args.long_minutes, "zh"))
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
    if args.options > 0 and exes["callguard"]:
        compare_options(args.options, args.threads)
    problems = failures(results)
    for line in problems:
        print(f"bench_asr: {line}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
