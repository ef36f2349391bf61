"""Rule detector: phrase groups from data/rules.<lang>.yaml, matched in order within a clause.

A rule fires on a clause when each of its `seq` groups matches (any phrase of the group), in order,
with at most `gap` units between consecutive groups, and no phrase of `unless` is in the clause.
`lead: true` makes the first group match at the clause's start. `after` (a `seq` and `gap` of its own)
is a condition on the other party's turn just before: "are you the police?" — "yes" is an answer, not
a phrase, and only the question gives it its meaning.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from callguard.detect.spans import clause_span
from callguard.explain import render
from callguard.resources import data_yaml
from callguard.text.phrases import Phrase, clauses, compile_phrase, find, find_all, needs, units
from callguard.types import SPEAKING_ROLES, CallContext, Evidence, Finding, Segment

MAX_PAUSE = 1.5  # seconds between two segments of one speaker that still read as one sentence


@dataclass(frozen=True)
class Rule:
    id: str
    label: str
    seq: tuple[tuple[Phrase, ...], ...]
    unless: tuple[Phrase, ...]
    gap: int
    score: float
    why: str
    scope: str  # clause | segment
    lead: bool = False
    after: Rule | None = None
    needs: frozenset[str] | None = None  # keys a clause must have for its first group to match (phrases.needs)


@dataclass(frozen=True)
class Match:
    rule: Rule
    start: int
    end: int


def _compile(raw: dict, language: str) -> Rule:
    seq = raw.get("seq") or [raw["any"]]
    odd = [p for group in seq for p in group if not isinstance(p, str)]
    if odd:  # YAML reads an unquoted yes/no/on/off as a boolean
        raise ValueError(f"rule {raw['id']}: {odd} is not text; quote it in the YAML")
    after = raw.get("after")
    seq = tuple(tuple(compile_phrase(p, language) for p in group) for group in seq)
    return Rule(
        id=raw["id"], label=raw.get("label", ""), seq=seq, needs=needs(seq[0]),
        unless=tuple(compile_phrase(p, language) for p in raw.get("unless", [])),
        gap=int(raw.get("gap", 6)), score=float(raw.get("score", 0.8)), why=raw.get("why", ""),
        scope=raw.get("scope", "clause"), lead=bool(raw.get("lead", False)),
        after=_compile({"id": raw["id"] + ".after", "scope": "segment", **after}, language) if after else None,
    )


@lru_cache(maxsize=8)
def load_rules(language: str, source: str = "rules") -> tuple[Rule, ...]:
    data = data_yaml("callguard.detect", f"data/{source}.{language}.yaml")
    return tuple(_compile(r, language) for r in data["rules"])


def _match_from(rule: Rule, us, first: int) -> tuple[int, int] | None:
    end = first + len(_longest_at(rule.seq[0], us, first).keys)
    for group in rule.seq[1:]:
        hits = [(i, p) for p in group if (i := find(p, us, end)) is not None and i - end <= rule.gap]
        if not hits:
            return None
        i, p = min(hits, key=lambda h: h[0])
        end = i + len(p.keys)
    return first, end


def _longest_at(group, us, i) -> Phrase:
    return max((p for p in group if find(p, us, i) == i), key=lambda p: len(p.keys))


def match_clause(rule: Rule, text: str, language: str) -> Match | None:
    us = units(text, language)
    if rule.needs is not None and rule.needs.isdisjoint(us.where):
        return None
    if any(find(p, us) is not None for p in rule.unless):
        return None
    starts = sorted({i for p in rule.seq[0] for i in find_all(p, us)})
    if rule.lead:
        starts = starts[:1] if starts and starts[0] == 0 else []
    for first in starts:
        span = _match_from(rule, us, first)
        if span:
            return Match(rule, us[span[0]].start, us[span[1] - 1].end)
    return None


class RuleDetector:
    """Phrase rules (data/rules.*.yaml); with source="topics", the topic words of data/topics.*.yaml."""

    def __init__(self, source: str = "rules", alone_at: float = 0.0):
        self.source = self.name = source
        self.alone_at = alone_at

    def detect(self, ctx: CallContext) -> list[Finding]:
        rules = load_rules(ctx.language, self.source) if ctx.language in ("zh", "en") else ()
        findings = []
        segments = sorted(ctx.transcript.segments, key=lambda s: s.start)
        for i, seg in enumerate(segments):
            if seg.role in SPEAKING_ROLES:
                findings.extend(self._segment(seg, rules, ctx.language, _turn_before(segments, i),
                                              _same_turn(segments, i)))
        return findings

    def _segment(self, seg: Segment, rules, language: str, before: Segment | None,
                 joined: Segment | None) -> list[Finding]:
        out = {}
        pieces = {"clause": clauses(seg.text), "segment": [(0, seg.text)]}
        if joined:  # Whisper often cuts one sentence into two segments: segment rules read across the cut
            pieces["turn"] = [(0, seg.text), (-len(joined.text) - 1, f"{joined.text}，{seg.text}")]
        for rule in rules:
            if rule.label in out:
                continue
            if rule.after and not (before and match_clause(rule.after, before.text, language)):
                continue
            scope = "turn" if rule.scope == "segment" and joined and not rule.lead else rule.scope
            for offset, text in pieces[scope]:
                m = match_clause(rule, text, language)
                if m and m.end > -offset:
                    out[rule.label] = _finding(seg, m, offset, text, language, self.name)
                    break
        return list(out.values())


def _same_turn(segments: list[Segment], i: int) -> Segment | None:
    """The same speaker's segment right before segment i, when it runs on without a pause."""
    if i == 0:
        return None
    prev, seg = segments[i - 1], segments[i]
    return prev if prev.speaker == seg.speaker and seg.start - prev.end <= MAX_PAUSE else None


def _turn_before(segments: list[Segment], i: int) -> Segment | None:
    """The other party's turn right before segment i (within two segments and 10 s), if any."""
    for prev in reversed(segments[max(0, i - 2):i]):
        if prev.speaker != segments[i].speaker:
            return prev if segments[i].start - prev.end <= 10.0 else None
    return None


def _finding(seg: Segment, m: Match, offset: int, clause: str, language: str, detector: str) -> Finding:
    start, end = clause_span(seg, offset, offset + len(clause))
    matched = clause[m.start:m.end]
    evidence = Evidence(detector=detector, score=m.rule.score, template="rule" if detector == "rules" else "topic",
                        rule=m.rule.id, matched=matched,
                        values={"id": m.rule.id, "why": m.rule.why, "matched": matched})
    return Finding(
        label=m.rule.label, start=start, end=end, segment_ids=[seg.id], text=clause.strip(),
        score=m.rule.score, detectors=[detector], speaker=seg.speaker, role=seg.role,
        explanation=render(evidence, language), evidence=[evidence],
    )
