#!/usr/bin/env python3
"""Does offering faster-whisper the vocabulary of debt collection (asr/data/vocabulary.yaml, as `hotwords`)
pay? The whole pipeline with and without it, side by side on the same dev calls, in one process (model
loaded once), scored by shared/calls/score.py; and on noise, whether it makes Whisper invent words.

    python scripts/bench_prompt.py [--calls N] [--threads N]

Prints CER (zh) / WER (en), the recall of the vocabulary's own words where the scripts say them, call- and
segment-level micro-F1, transcription time, and the characters transcribed from 20 s of noise.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import datetime
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "calls" / "dev"
SCORE = ROOT.parent / "shared" / "calls" / "score.py"
CONFIGS = ("none", "hotwords")


def dev_calls(per_language: int) -> list[Path]:
    return [p for lang in ("zh", "en") for p in sorted(DEV.glob(f"{lang}-dev-??.json"))[:per_language]]


def audio_of(script: Path) -> Path:
    return next(p for p in DEV.glob(script.stem + ".*") if not p.name.endswith(".json"))


def subset(scripts: list[Path], folder: Path) -> Path:
    """The chosen calls in a folder of their own, so score.py scores just those."""
    folder.mkdir()
    for script in scripts:
        for part in (script, audio_of(script), script.with_suffix(".timing.json")):
            (folder / part.name).symlink_to(part)
    return folder


def words(vocabulary: dict[str, str]) -> dict[str, list[str]]:
    return {"zh": vocabulary["zh"].split(), "en": [w.strip().lower() for w in vocabulary["en"].split(",")]}


def term_hits(text: str, terms: list[str]) -> Counter:
    low = text.lower()
    return Counter({t: low.count(t) for t in terms if t in low})


def recall(reference: Counter, heard: Counter) -> tuple[int, int]:
    return sum(min(n, heard[t]) for t, n in reference.items()), sum(reference.values())


def analyse(analyzer, scripts: list[Path], out: Path, hotwords: dict[str, str], terms: dict) -> dict:
    analyzer.engine.hotwords = hotwords
    got, total, seconds = 0, 0, 0.0
    for script in scripts:
        call = json.loads(script.read_text(encoding="utf-8"))
        start = datetime.fromisoformat(call["call_start"])
        tz = start.strftime("%z")
        # the language given: hotwords are offered for a known language
        report = analyzer.analyze(audio_of(script), out_dir=out, jurisdiction=call["jurisdiction"],
                                  timezone=f"{tz[:3]}:{tz[3:]}", language=call["language"])
        data = json.loads(report.read_text(encoding="utf-8"))
        seconds += data["provenance"]["timings_s"]["transcribe"]
        lang = call["language"]
        said = term_hits(" ".join(t["text"] for t in call["turns"]), terms[lang])
        heard = term_hits(" ".join(s["text"] for s in data["transcript"]["segments"]), terms[lang])
        hit, n = recall(said, heard)
        got, total = got + hit, total + n
    return {"transcribe_s": seconds, "term_recall": (got, total)}


def score(calls_dir: Path, reports: Path) -> dict:
    summary = reports.parent / f"{reports.name}.score.json"
    subprocess.run([sys.executable, str(SCORE), str(calls_dir), "--reports-only", "--out", str(reports),
                    "--json", str(summary)], check=True, stdout=subprocess.DEVNULL)
    return json.loads(summary.read_text(encoding="utf-8"))["metrics"]


def noise_text(engine, hotwords: dict[str, str]) -> dict[str, int]:
    """Characters transcribed from 20 s of low hiss, per language (0 is right)."""
    engine.hotwords = hotwords
    noise = (np.random.default_rng(7).standard_normal(16000 * 20) * 0.01).astype(np.float32)
    return {lang: sum(len(s.text) for s in engine.transcribe(noise, lang).segments) for lang in ("zh", "en")}


def num(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--calls", type=int, default=8, help="dev calls of each language")
    ap.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--keep", type=Path, help="write the reports here (a new folder) instead of a temporary one")
    args = ap.parse_args()
    os.environ["CALLGUARD_THREADS"] = str(args.threads)
    from callguard.pipeline import Analyzer, Options
    from callguard.resources import data_yaml

    vocabulary = data_yaml("callguard.asr", "data/vocabulary.yaml")
    terms = words(vocabulary)
    scripts = dev_calls(args.calls)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = args.keep or Path(tmp)
        tmp.mkdir(exist_ok=True)
        calls_dir = subset(scripts, tmp / "calls")
        analyzer = Analyzer(Options(out_dir=tmp / "none"))
        rows = {}
        for name in CONFIGS:
            hotwords = vocabulary if name == "hotwords" else {}
            t0 = time.perf_counter()
            rows[name] = analyse(analyzer, scripts, tmp / name, hotwords, terms)
            rows[name]["wall_s"] = time.perf_counter() - t0
            rows[name]["metrics"] = score(calls_dir, tmp / name)
            rows[name]["noise"] = noise_text(analyzer.engine, hotwords)
    print(f"{len(scripts)} dev calls ({args.calls} zh + {args.calls} en), {args.threads} threads\n")
    print("| | CER zh | WER en | vocabulary recall | call micro-F1 | segment micro-F1 | transcribe s "
          "| chars from noise zh / en |\n|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, r in rows.items():
        m = r["metrics"]
        got, total = r["term_recall"]
        print(f"| {name} | {num(m['asr']['zh']['rate'])} | {num(m['asr']['en']['rate'])} | {got}/{total} "
              f"| {num(m['call_level']['micro']['f1'])} | {num(m['segment_level']['micro']['f1'])} "
              f"| {r['transcribe_s']:.1f} | {r['noise']['zh']} / {r['noise']['en']} |")


if __name__ == "__main__":
    main()
