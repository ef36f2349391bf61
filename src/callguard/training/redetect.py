#!/usr/bin/env python3
"""Re-run only the detect stage on existing reports (no audio, no speech model), for tuning detectors.

    python -m callguard.training.redetect REPORTS_DIR OUT_DIR
    python ../shared/calls/score.py ../shared/calls/dev --reports-only --out OUT_DIR

Segments, speakers, roles, language, jurisdiction and call time are read back from each report.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from callguard.detect import default_detectors, detect
from callguard.errors import InputError
from callguard.report.build import finding_of
from callguard.report.files import read_report, write_files
from callguard.report.model import Report
from callguard.report.writers import report_json
from callguard.types import CallContext, CallTime, Segment, SpeakerInfo, Transcript, Word


def context(report: Report) -> CallContext:
    t = report.transcript
    segments = [Segment(id=s.id, start=s.start, end=s.end, text=s.text, speaker=s.speaker, role=s.role,
                        role_confidence=s.role_confidence, channel=s.channel,
                        words=[Word(w.start, w.end, w.text) for w in s.words])
                for s in t.segments]
    people = [SpeakerInfo(p.id, p.role, p.confidence) for p in report.speakers]
    call = report.call
    start = datetime.fromisoformat(call.start) if call.start else None
    return CallContext(Transcript(t.language, segments), people, call.jurisdiction,
                       CallTime(start, call.start_from, call.timezone, call.time_note))


def rerun(description: str, redo: Callable[[Report], Report]) -> None:
    """REPORTS_DIR OUT_DIR: every readable report in the folder, changed by `redo`, written unsealed to OUT_DIR."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("reports", type=Path)
    ap.add_argument("out", type=Path)
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for path in sorted(args.reports.glob("*.json")):
        try:
            report = read_report(path)
        except InputError:
            continue
        write_files({args.out / path.name: report_json(redo(report).model_copy(update={"integrity": None}))})


def main() -> None:
    detectors = default_detectors()
    rerun(__doc__.splitlines()[0], lambda report: report.model_copy(
        update={"findings": [finding_of(f) for f in detect(context(report), detectors)]}))


if __name__ == "__main__":
    main()
