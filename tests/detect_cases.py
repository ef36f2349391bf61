"""Build small CallContexts from hand-written turns for detector tests."""

from __future__ import annotations

from callguard.calltime import resolve
from callguard.detect.disclosure import DisclosureDetector
from callguard.detect.rules import RuleDetector
from callguard.types import CallContext, Segment, SpeakerInfo, Transcript

SURE = 0.9  # the speaker stage settled these roles
SPEAKER = {"collector": "S1", "debtor": "S2", "third_party": "S3", "unknown": "S1"}
LISTENER = "listener"  # a turn of the other party whose role the speaker stage did not settle (S4, unknown)


def context(turns: list[tuple[str, str]], language: str = "zh", jurisdiction: str | None = None) -> CallContext:
    segments = [_segment(i, role, text) for i, (role, text) in enumerate(turns)]
    jurisdiction = jurisdiction or ("CN" if language == "zh" else "US")
    people = [SpeakerInfo(s, r) for r, s in SPEAKER.items() if r != "unknown"]
    return CallContext(Transcript(language, segments), people, jurisdiction,
                       resolve("2026-05-06T10:00:00+08:00", None, None, jurisdiction))


def _segment(i: int, role: str, text: str) -> Segment:
    if role == LISTENER:
        return Segment(id=i, start=4.0 * i, end=4.0 * i + 3.5, text=text, speaker="S4", role="unknown")
    return Segment(id=i, start=4.0 * i, end=4.0 * i + 3.5, text=text, speaker=SPEAKER[role], role=role,
                   role_confidence=0.0 if role == "unknown" else SURE)


def collector(text: str, language: str = "zh") -> CallContext:
    return context([("collector", text)], language)


def rule_labels(ctx: CallContext) -> set[str]:
    return {f.label for f in RuleDetector().detect(ctx)}


def disclosures(turns: list[tuple[str, str]], language: str = "zh", jurisdiction: str | None = None) -> list:
    return DisclosureDetector().detect(context(turns, language, jurisdiction))
