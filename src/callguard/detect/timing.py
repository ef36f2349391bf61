"""INCONVENIENT_TIME: the call started outside the permitted window in the debtor's local time."""

from __future__ import annotations

from callguard.explain import render, word
from callguard.types import INCONVENIENT_TIME, CallContext, Evidence, Finding

WINDOWS = {"CN": (8, 22), "US": (8, 21)}  # allowed [from, until) in local hours


class CallTimeDetector:
    name = "calltime"
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
        evidence = Evidence(detector=self.name, score=1.0, template="call_time", matched=t.isoformat(),
                            values={"hhmm": t.strftime("%H:%M"), "iso": t.isoformat(), "source": source,
                                    "a": window[0], "b": window[1], "region": word(lang, "region", ctx.jurisdiction)})
        return [Finding(label=INCONVENIENT_TIME, start=0.0, end=0.0, segment_ids=[], text="", score=1.0,
                        explanation=render(evidence, lang), detectors=[self.name], evidence=[evidence])]
