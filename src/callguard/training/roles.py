#!/usr/bin/env python3
"""Re-run the speaker-role assignment and the detect stage on existing reports (no audio, no speech model).

    python -m callguard.training.roles REPORTS_DIR OUT_DIR
    python ../shared/calls/score.py ../shared/calls/dev --reports-only --out OUT_DIR

The reports' segments are the speaker stage's own (split at handovers, speakers numbered), so assigning
roles to them again gives what the pipeline would give; only roles and findings change.
"""

from __future__ import annotations

from callguard.detect import default_detectors, detect
from callguard.report.build import finding_of
from callguard.report.model import Report, SpeakerOut
from callguard.speakers import assign_roles
from callguard.training.redetect import context, rerun


def main() -> None:
    detectors = default_detectors()

    def redo(report: Report) -> Report:
        ctx = context(report)
        channel = {p.id: p.channel for p in report.speakers}
        infos = assign_roles(ctx.transcript.segments, ctx.language)
        role = {s.id: (s.role, s.role_confidence) for s in ctx.transcript.segments}
        segments = [s.model_copy(update={"role": role[s.id][0], "role_confidence": role[s.id][1]})
                    for s in report.transcript.segments]
        speakers = [SpeakerOut(id=i.id, role=i.role, confidence=round(i.confidence, 3), evidence=i.evidence,
                               channel=channel.get(i.id)) for i in infos]
        findings = [finding_of(f) for f in detect(ctx, detectors)]
        return report.model_copy(update={"transcript": report.transcript.model_copy(update={"segments": segments}),
                                         "speakers": speakers, "findings": findings})

    rerun(__doc__.splitlines()[0], redo)


if __name__ == "__main__":
    main()
