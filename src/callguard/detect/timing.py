"""INCONVENIENT_TIME: the call started outside the permitted window in the debtor's local time."""

from __future__ import annotations

from callguard.types import CallContext, Finding

WINDOWS = {"CN": (8, 22), "US": (8, 21)}  # allowed [from, until) in local hours


class CallTimeDetector:
    name = "call_time"
    alone_at = 0.0

    def detect(self, ctx: CallContext) -> list[Finding]:
        ct = ctx.call_time
        window = WINDOWS.get(ctx.jurisdiction)
        if ct.start is None or window is None:
            return []
        t = ct.start
        hour = t.hour + t.minute / 60 + t.second / 3600
        if window[0] <= hour < window[1]:
            return []
        why = (f"the call started at {t.strftime('%H:%M')} local time ({t.isoformat()}; {ct.note}), outside "
               f"{window[0]:02d}:00–{window[1]:02d}:00 allowed in {ctx.jurisdiction}")
        return [Finding(label="INCONVENIENT_TIME", start=0.0, end=0.0, segment_ids=[], text="", score=1.0,
                        explanation=why, detectors=["call_time"])]
