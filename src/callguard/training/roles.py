#!/usr/bin/env python3
"""Re-run the speaker-role assignment and the detect stage on existing reports (no audio, no speech model).

    python -m callguard.training.roles REPORTS_DIR OUT_DIR
    python ../shared/calls/score.py ../shared/calls/dev --reports-only --out OUT_DIR

The reports' segments are the speaker stage's own; they are split at handovers again (what is said after
a handover cue gets a new speaker), speakers renumbered and roles assigned, as the pipeline does after
diarization; the words and the voices' clusters stay as they were.
"""

from __future__ import annotations

from dataclasses import replace

from callguard.detect import default_detectors, detect
from callguard.report.build import finding_of, transcript_of
from callguard.report.model import Report, SpeakerOut
from callguard.speakers import settle
from callguard.training.redetect import context, rerun


def main() -> None:
    detectors = default_detectors()

    def redo(report: Report) -> Report:
        ctx = context(report)
        transcript, infos = settle(ctx.transcript)
        ctx = replace(ctx, transcript=transcript)
        speakers = [SpeakerOut(id=i.id, role=i.role, confidence=round(i.confidence, 3), evidence=i.evidence,
                               channel=i.channel) for i in infos]
        findings = [finding_of(f) for f in detect(ctx, detectors)]
        return report.model_copy(update={"transcript": transcript_of(ctx.transcript),
                                         "speakers": speakers, "findings": findings})

    rerun(__doc__.splitlines()[0], redo)


if __name__ == "__main__":
    main()
