#!/usr/bin/env python3
"""Score the detectors on tests/data/challenge.jsonl: dialogue snippets written independently of the dev
calls and of our phrase lists (see tests/data/CHALLENGE.md), to estimate how detection generalises.

    python -m callguard.training.eval_challenge [--file F] [--show-errors]

Each item's last turn is the collector's turn being judged. Prints precision / recall / F1 per label for
the combined detectors (what a report shows) and for each detector on its own.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from callguard.calltime import resolve
from callguard.detect import default_detectors, detect
from callguard.resources import CHECKOUT as ROOT
from callguard.training.eval_calls import precision_recall_f1
from callguard.types import TURN_LABELS as LABELS
from callguard.types import CallContext, Segment, SpeakerInfo, Transcript

SPEAKER = {"collector": "S1", "debtor": "S2", "third_party": "S3"}


def context(item: dict) -> CallContext:
    segments = [Segment(id=i, start=5.0 * i, end=5.0 * i + 4.0, text=text, speaker=SPEAKER[role], role=role,
                        role_confidence=0.9)
                for i, (role, text) in enumerate(item["turns"])]
    jurisdiction = "CN" if item["lang"] == "zh" else "US"
    people = [SpeakerInfo(s, r, 0.9) for r, s in SPEAKER.items()]
    call_time = resolve("2026-05-06T10:00:00+08:00" if jurisdiction == "CN" else "2026-05-06T10:00:00-05:00",
                        None, None, jurisdiction)
    return CallContext(Transcript(item["lang"], segments), people, jurisdiction, call_time)


def predicted(item: dict, detectors, alone: bool) -> dict[str, set[str]]:
    """Labels on the last turn: combined, and per detector (before the combination rules)."""
    ctx = context(item)
    last = len(item["turns"]) - 1
    out = {"combined": {f.label for f in detect(ctx, detectors) if last in f.segment_ids}}
    if alone:
        for d in detectors:
            out[d.name] = {f.label for f in d.detect(ctx) if last in f.segment_ids}
    return out


def table(rows: list[tuple[set, set]]) -> tuple[str, dict]:
    counts = {label: Counter() for label in LABELS}
    for gold, pred in rows:
        for label in LABELS:
            key = ("tp" if label in pred else "fn") if label in gold else ("fp" if label in pred else "tn")
            counts[label][key] += 1
    lines = ["| label | gold | TP | FP | FN | P | R | F1 |", "|---|---:|---:|---:|---:|---:|---:|---:|"]
    total = Counter()
    for label in LABELS:
        c = counts[label]
        total.update(c)
        lines.append(_row(label, c))
    lines.append(_row("**micro**", total))
    compliant = [pred for gold, pred in rows if not gold]
    fa = sum(1 for pred in compliant if pred)
    lines.append(f"\nfalse alarms on compliant items: {fa}/{len(compliant)}")
    return "\n".join(lines), total


def _row(name: str, c: Counter) -> str:
    p, r, f = precision_recall_f1(c["tp"], c["fp"], c["fn"])
    return f"| {name} | {c['tp'] + c['fn']} | {c['tp']} | {c['fp']} | {c['fn']} | {p:.3f} | {r:.3f} | {f:.3f} |"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--file", type=Path, default=ROOT / "tests" / "data" / "challenge.jsonl")
    ap.add_argument("--show-errors", action="store_true")
    args = ap.parse_args()
    items = [json.loads(line) for line in args.file.read_text(encoding="utf-8").splitlines() if line.strip()]
    detectors = default_detectors()
    results = [(item, predicted(item, detectors, alone=True)) for item in items]
    names = ["combined"] + [d.name for d in detectors if d.name not in ("calltime", "denials", "persona")]
    for lang in ("zh", "en"):
        for name in names:
            rows = [(set(item["labels"]), pred[name]) for item, pred in results if item["lang"] == lang]
            text, _ = table(rows)
            print(f"\n### {lang} · {name} ({len(rows)} items)\n\n{text}")
    if args.show_errors:
        for item, pred in results:
            if set(item["labels"]) != pred["combined"]:
                print(f"{item['id']}: gold {sorted(item['labels'])} got {sorted(pred['combined'])} "
                      f"(per detector: { {k: sorted(v) for k, v in pred.items() if k != 'combined' and v} }) "
                      f"| {item['turns'][-1][1]}")


if __name__ == "__main__":
    main()
