#!/usr/bin/env python3
"""What filling the holes of the batched pass costs and buys: faster-whisper with and without it, side by
side on the same dev calls, in one process (model loaded once).

    python scripts/bench_holes.py [--calls N] [--threads N]

Prints transcription time, the ratio, and the error rate against each call's script (CER for Chinese,
WER for English; text normalised, punctuation dropped).
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "calls" / "dev"
def tokens(text: str, language: str) -> list[str]:
    from callguard.text import normalise

    text = normalise(text)
    return list(text.replace(" ", "")) if language == "zh" else text.split()


def edits(a: list[str], b: list[str]) -> int:
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (x != y))
    return row[-1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--calls", type=int, default=6, help="how many dev calls of each language")
    ap.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    args = ap.parse_args()
    os.environ["CALLGUARD_THREADS"] = str(args.threads)
    from callguard.asr.faster import FasterWhisperEngine
    from callguard.ingest import load
    from callguard.text.chinese import clean

    engine = FasterWhisperEngine(None, "cpu")
    calls = [p for lang in ("zh", "en")
             for p in sorted(DEV.glob(f"{lang}-dev-??.json"))[:args.calls]]
    totals = {flag: {"s": 0.0, "err": 0, "n": 0} for flag in (False, True)}
    audio_s = 0.0
    for script in calls:
        lang = script.name[:2]
        gold = tokens(clean(" ".join(t["text"] for t in json.loads(script.read_text("utf-8"))["turns"]), lang), lang)
        rec = load(next(p for p in DEV.glob(script.stem + ".*") if not p.name.endswith(".json")))
        audio_s += rec.duration_s
        for flag in (False, True):
            engine.fill_holes = flag
            t0 = time.perf_counter()
            text = " ".join(s.text for s in engine.transcribe(rec.mono, lang).segments)
            totals[flag]["s"] += time.perf_counter() - t0
            totals[flag]["err"] += edits(gold, tokens(text, lang))
            totals[flag]["n"] += len(gold)
    off, on = totals[False], totals[True]
    print(f"{len(calls)} dev calls, {audio_s:.0f} s of audio, {args.threads} threads\n")
    print("| | transcribe s | RTF | error rate (CER zh + WER en, pooled) |\n|---|---:|---:|---:|")
    for name, t in (("batched pass only", off), ("with holes filled", on)):
        print(f"| {name} | {t['s']:.1f} | {t['s'] / audio_s:.3f} | {t['err'] / t['n']:.3f} |")
    print(f"\ntime ratio with/without: {on['s'] / off['s']:.2f}x; errors with/without: {on['err'] / off['err']:.2f}x")


if __name__ == "__main__":
    main()
