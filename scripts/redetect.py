#!/usr/bin/env python3
"""Re-run only the detect stage on existing reports (no audio, no speech model), for tuning detectors.

    python scripts/redetect.py REPORTS_DIR OUT_DIR
    python ../shared/calls/score.py ../shared/calls/dev --reports-only --out OUT_DIR

Segments, speakers, roles, language, jurisdiction and call time are read back from each report.
"""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from pathlib import Path

from callguard.detect import default_detectors, detect
from callguard.report.build import finding_of
from callguard.types import CallContext, CallTime, Segment, SpeakerInfo, Transcript, Word


def context(report: dict) -> CallContext:
    t = report["transcript"]
    segments = [Segment(id=s["id"], start=s["start"], end=s["end"], text=s["text"], speaker=s["speaker"],
                        role=s["role"], role_confidence=s.get("role_confidence", 0.0), channel=s.get("channel"),
                        words=[Word(w["start"], w["end"], w["text"]) for w in s.get("words", [])])
                for s in t["segments"]]
    people = [SpeakerInfo(p["id"], p["role"], p["confidence"]) for p in report.get("speakers", [])]
    call = report["call"]
    start = datetime.fromisoformat(call["start"]) if call["start"] else None
    return CallContext(Transcript(t["language"], segments), people, call["jurisdiction"],
                       CallTime(start, call["start_from"], call.get("timezone"), call.get("time_note", "")))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("reports", type=Path)
    ap.add_argument("out", type=Path)
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    detectors = default_detectors()
    for path in sorted(args.reports.glob("*.json")):
        report = json.loads(path.read_text(encoding="utf-8"))
        if "transcript" not in report:
            continue
        findings = detect(context(report), detectors)
        report["findings"] = [finding_of(f).model_dump(mode="json") for f in findings]
        (args.out / path.name).write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
