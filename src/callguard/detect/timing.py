"""INCONVENIENT_TIME: the call started outside the permitted window in the debtor's local time."""

from __future__ import annotations

from callguard.detect.explain import say, word
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
        lang = ctx.language
        source = word(lang, "source", ct.start_from).format(tz=ct.timezone or t.strftime("%z"))
        why = say(lang, "call_time", hhmm=t.strftime("%H:%M"), iso=t.isoformat(), source=source,
                  a=window[0], b=window[1], region=word(lang, "region", ctx.jurisdiction))
        return [Finding(label="INCONVENIENT_TIME", start=0.0, end=0.0, segment_ids=[], text="", score=1.0,
                        explanation=why, detectors=["call_time"])]
