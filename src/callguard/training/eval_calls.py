#!/usr/bin/env python3
"""Score the speaker-role stage and the detectors on scripted calls as text (their scripts, no audio), to
tell what the words cost from what the audio costs (score.py runs the whole pipeline on the recordings).

    python -m callguard.training.eval_calls CALLS_DIR [--show-errors]

Each turn is one segment with the script's words and speaker. Two runs: roles as the script gives them
(detection alone), and roles decided by the role stage from the words (roles + detection). Prints call-
and turn-level micro P/R/F1, false alarms on compliant calls and role accuracy (third party apart).
--show-errors lists every wrong call and turn: never use it on the held-out set (data/heldout/README.md).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from callguard.calltime import resolve
from callguard.detect import default_detectors, detect
from callguard.speakers import assign_roles
from callguard.types import TURN_LABELS, CallContext, Segment, SpeakerInfo, Transcript

TURN_S = 4.0


def segments_of(call: dict) -> list[Segment]:
    return [Segment(id=i, start=TURN_S * i, end=TURN_S * i + TURN_S - 0.5, text=turn["text"], speaker=turn["speaker"],
                    role=turn["role"], role_confidence=1.0)
            for i, turn in enumerate(call["turns"])]


def context(call: dict, roles_from_text: bool) -> CallContext:
    segments = segments_of(call)
    if roles_from_text:
        people = assign_roles(segments, call["language"])
    else:
        people = [SpeakerInfo(spk, role, 1.0) for spk, role in dict((s.speaker, s.role) for s in segments).items()]
    call_time = resolve(call["call_start"], None, None, call["jurisdiction"])
    return CallContext(Transcript(call["language"], segments), people, call["jurisdiction"], call_time)


def evaluate(call: dict, detectors, roles_from_text: bool) -> dict:
    ctx = context(call, roles_from_text)
    findings = detect(ctx, detectors)
    turns = {(i, label) for i, turn in enumerate(call["turns"]) for label in turn.get("labels", [])}
    found = {(i, f.label) for f in findings if f.label in TURN_LABELS for i in f.segment_ids}
    gold = {label for _, label in turns} | set(call.get("call_labels", []))
    return {"gold_call": gold, "call": {f.label for f in findings}, "gold_turns": turns, "turns": found,
            "roles": [(turn["role"], seg.role)
                      for turn, seg in zip(call["turns"], ctx.transcript.segments, strict=True)]}


def precision_recall_f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def prf(tp: int, fp: int, fn: int) -> str:
    p, r, f = precision_recall_f1(tp, fp, fn)
    return f"{f:.3f} | {p:.3f} / {r:.3f}"


def summary(results: list[dict]) -> str:
    call, turn, roles = Counter(), Counter(), Counter()
    for r in results:
        for c, gold, pred in ((call, r["gold_call"], r["call"]), (turn, r["gold_turns"], r["turns"])):
            c["tp"] += len(gold & pred)
            c["fp"] += len(pred - gold)
            c["fn"] += len(gold - pred)
        if not r["gold_call"]:
            call["compliant"] += 1
            call["alarms"] += bool(r["call"])
        for gold, got in r["roles"]:
            roles["all"] += 1
            roles["right"] += gold == got
            if gold == "third_party":
                roles["tp_all"] += 1
                roles["tp_right"] += got == "third_party"
    return (f"| {prf(call['tp'], call['fp'], call['fn'])} | {prf(turn['tp'], turn['fp'], turn['fn'])} | "
            f"{call['alarms']}/{call['compliant']} | {roles['right']}/{roles['all']} "
            f"({roles['tp_right']}/{roles['tp_all']}) |")


def errors(call: dict, r: dict) -> list[str]:
    out = []
    if r["gold_call"] != r["call"]:
        out.append(f"{call['id']}: call gold {sorted(r['gold_call'])} got {sorted(r['call'])}")
    for i, label in sorted(r["gold_turns"] ^ r["turns"]):
        kind = "missed" if (i, label) in r["gold_turns"] else "extra"
        out.append(f"  {kind} {label} turn {i} [{call['turns'][i]['role']}]: {call['turns'][i]['text']}")
    out += [f"  role turn {i}: {gold} -> {got}" for i, (gold, got) in enumerate(r["roles"]) if gold != got]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("calls", type=Path)
    ap.add_argument("--show-errors", action="store_true")
    args = ap.parse_args()
    calls = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(args.calls.glob("*.json"))
             if not p.name.endswith(".timing.json")]
    detectors = default_detectors()
    print("| roles | language | calls | call micro-F1 | call P / R | turn micro-F1 | turn P / R | false alarms "
          "| role accuracy (third party) |\n|---|---|---:|---:|---:|---:|---:|---:|---:|")
    for from_text in (False, True):
        results = {c["id"]: evaluate(c, detectors, from_text) for c in calls}
        for lang in ("zh", "en", None):
            mine = [results[c["id"]] for c in calls if lang in (None, c["language"])]
            print(f"| {'from the words' if from_text else 'as scripted'} | {lang or 'all'} | {len(mine)} "
                  f"{summary(mine)}")
        if args.show_errors and from_text:
            for c in calls:
                for line in errors(c, results[c["id"]]):
                    print(line)


if __name__ == "__main__":
    main()
