"""Third-party disclosure is a property of the dialogue: who is listening when the collector talks debt.

The listener is tracked across the call from the roles of the speaker stage and from what the other
party says (data/dialogue.<lang>.yaml). A collector turn that reveals the debt while the listener is a
third party, or has not confirmed being the debtor, is a finding; its explanation names the turn that
established the listener. In the US the consumer's spouse counts as the consumer (§1692c(d)).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from callguard.detect.spans import clause_span
from callguard.explain import render, say, word
from callguard.resources import data_yaml
from callguard.text.phrases import clauses, compile_phrase, find, units
from callguard.types import CallContext, Evidence, Finding, Segment

US_CONSUMER_RELATIONS = ("spouse",)  # §1692c(d): the consumer's spouse counts as the consumer
# the debtor's own lawyer stands in for the debtor everywhere (FDCPA §1692c(b) names the consumer's attorney)
CONSUMER_RELATIONS = ("attorney",)


@dataclass
class Listener:
    kind: str = "unverified"  # unverified | debtor | third_party | handover (phone being passed on)
    relation: str = ""
    segment: Segment | None = None
    cue: str = ""


@lru_cache(maxsize=4)
def load_cues(language: str) -> dict:
    data = data_yaml("callguard.detect", f"data/dialogue.{language}.yaml")
    comp = {k: [compile_phrase(p, language) for p in v] for k, v in data["listener"].items()}
    kinds = ("debtor", "handover", "debt_info", "debt_plain")
    lists = {k: [compile_phrase(p, language) for p in data[k]] for k in kinds}
    return {"listener": comp, **lists, "amounts": [re.compile(p, re.IGNORECASE) for p in data.get("amounts", [])]}


def _first(phrases, text: str, language: str) -> str | None:
    us = units(text, language)
    for p in phrases:
        if find(p, us) is not None:
            return p.text
    return None


def update_listener(listener: Listener, seg: Segment, cues: dict, language: str) -> Listener:
    if seg.role == "debtor" and seg.role_confidence >= 0.6:
        return Listener("debtor", "", seg, say(language, "cue_debtor_role"))
    handover = _first(cues["handover"], seg.text, language)
    for relation, phrases in cues["listener"].items():
        cue = _first(phrases, seg.text, language)
        if cue:
            return Listener("handover" if handover else "third_party", relation, seg, cue)
    if listener.kind == "third_party" and handover:
        return Listener("handover", listener.relation, seg, handover)
    if listener.kind == "handover":
        return Listener("debtor", "", seg, say(language, "cue_took_phone", text=listener.segment.text))
    if seg.role == "third_party":
        return Listener("third_party", "other", seg, say(language, "cue_third_party_role"))
    cue = _first(cues["debtor"], seg.text, language)
    if cue or seg.role == "debtor":
        return Listener("debtor", "", seg, cue or say(language, "cue_debtor_role"))
    return listener


class DisclosureDetector:
    name = "dialogue"
    alone_at = 0.0

    def detect(self, ctx: CallContext) -> list[Finding]:
        if ctx.language not in ("zh", "en"):
            return []
        cues = load_cues(ctx.language)
        listener, out = Listener(), []
        for seg in sorted(ctx.transcript.segments, key=lambda s: s.start):
            if seg.role not in ("collector", "unknown") or (seg.role == "unknown" and _other_party(seg, cues, ctx)):
                listener = update_listener(listener, seg, cues, ctx.language)
                continue
            finding = self._check(seg, listener, cues, ctx)
            if finding:
                out.append(finding)
        return out

    def _check(self, seg: Segment, listener: Listener, cues: dict, ctx: CallContext) -> Finding | None:
        if listener.kind in ("debtor", "handover"):
            return None
        if listener.relation in CONSUMER_RELATIONS or (
                ctx.jurisdiction == "US" and listener.relation in US_CONSUMER_RELATIONS):
            return None
        words = cues["debt_info"] if listener.kind == "third_party" else cues["debt_plain"]
        for offset, clause in clauses(seg.text):
            cue = _first(words, clause, ctx.language) or _amount(cues["amounts"], clause)
            if cue:
                return _finding(seg, offset, clause, cue, listener, ctx.language)
        return None


def _amount(patterns: list[re.Pattern], text: str) -> str | None:
    return next((m.group(0) for p in patterns if (m := p.search(text))), None)


def _other_party(seg: Segment, cues: dict, ctx: CallContext) -> bool:
    """With roles unknown, a turn that identifies its speaker is the other party, not the collector."""
    if any(_first(p, seg.text, ctx.language) for p in cues["listener"].values()):
        return True
    return _first(cues["debtor"], seg.text, ctx.language) is not None and len(seg.text) < 20


def _finding(seg: Segment, offset: int, clause: str, cue: str, listener: Listener, language: str) -> Finding:
    start, end = clause_span(seg, offset, offset + len(clause))
    if listener.kind == "third_party":
        src = listener.segment
        evidence = Evidence(detector="dialogue", score=0.85, template="disclosure_third_party", matched=cue,
                            cue_segment_id=src.id,
                            values={"who": word(language, "who", listener.relation), "at": src.start,
                                    "text": src.text, "cue": listener.cue, "debt": cue})
    else:
        evidence = Evidence(detector="dialogue", score=0.6, template="disclosure_unverified", matched=cue,
                            values={"debt": cue})
    return Finding(label="THIRD_PARTY_DISCLOSURE", start=start, end=end, segment_ids=[seg.id], text=clause.strip(),
                   score=evidence.score, explanation=render(evidence, language), detectors=["dialogue"],
                   speaker=seg.speaker, role=seg.role, evidence=[evidence])
