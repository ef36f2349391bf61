"""Third-party disclosure is a property of the dialogue: who is listening when the collector talks debt.

The listener is a dialogue state, decided for each person on the line from everything they say
(data/dialogue.<lang>.yaml) and from the speaker stage's whole-call role:

- unverified until the listener confirms being the debtor (a confirmation, or the name they give agrees
  with the name the collector asked for); a bare "yes" / "嗯" confirms nothing;
- a third party as soon as anything they say shows it (a relationship statement, "wrong number", "he
  moved out", a name other than the one asked for), and then for all their turns, before and after:
  a "yes, that's me" to a name does not make a roommate the debtor;
- after a third party hands the phone over, whoever speaks next is a new listener, taken to be the debtor.

A collector turn that reveals the debt to a third party, or states the debt to a listener who never
becomes known, is a finding; its evidence names the turn that set the state (Evidence.cue_segment_id). The
debt said to the debtor before they confirmed who they are was still said to the debtor: not a finding. In China anyone
but the debtor is a third party; in the US the §1692c(d) people (spouse, parent of a minor, guardian,
executor, administrator) count as the consumer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from callguard.detect.spans import clause_span
from callguard.explain import render, say, word
from callguard.resources import data_yaml
from callguard.speakers.roles import ROLE_SURE, name_in, name_patterns
from callguard.speakers.roles import matches as role_matches
from callguard.text.phrases import clauses, compile_phrase, find, units
from callguard.types import CallContext, Evidence, Finding, Segment

# §1692c(d): for §1692c the consumer includes the spouse, the parent of a minor, a guardian, an executor or
# administrator
US_CONSUMER_RELATIONS = ("spouse", "minor", "guardian", "executor")
# the debtor's own lawyer stands in for the debtor everywhere (FDCPA §1692c(b) names the consumer's attorney)
CONSUMER_RELATIONS = ("attorney",)
# a later statement of one of these revises an earlier relation (a mother who says her son is a minor)
SPECIFIC_RELATIONS = ("attorney", "guardian", "executor", "minor", "spouse")
HANDOVER_CLAUSES = 3  # a handover is in the last clauses of the turn


@dataclass
class Listener:
    kind: str = "unverified"  # unverified | debtor | third_party
    relation: str = ""
    segment: Segment | None = None  # the turn that set the state
    cue: str = ""


@lru_cache(maxsize=4)
def load_cues(language: str) -> dict:
    data = data_yaml("callguard.detect", f"data/dialogue.{language}.yaml")
    comp = {k: [compile_phrase(p, language) for p in v] for k, v in data["listener"].items()}
    asked = {k: [compile_phrase(p, language) for p in v] for k, v in data.get("asked_relation", {}).items()}
    kinds = ("debtor", "handover", "debt_info", "debt_plain", "assent", "denial")
    lists = {k: [compile_phrase(p, language) for p in data[k]] for k in kinds}
    return {"listener": comp, "asked_relation": asked, **lists,
            "amounts": [re.compile(p, re.IGNORECASE) for p in data.get("amounts", [])],
            **name_patterns(language)}


def _first(phrases, text: str, language: str) -> str | None:
    us = units(text, language)
    for p in phrases:
        if find(p, us) is not None:
            return p.text
    return None


def relation_of(text: str, cues: dict, language: str) -> tuple[str, str] | None:
    """(relation, cue words) when the text says who the listener is, if not the debtor."""
    listed = cues["listener"]
    for relation in sorted(listed, key=lambda r: r not in SPECIFIC_RELATIONS):
        cue = _first(listed[relation], text, language)
        if cue:
            return relation, cue
    return None


def answers_relation(seg: Segment, turns: list[Segment], cues: dict, language: str) -> tuple[str, str] | None:
    """(relation, the collector's question) when the turn says yes to "are you his wife?" / 你是他爱人吧."""
    before = [t for t in turns if t.start < seg.start]
    if not before or before[-1].role != "collector":
        return None
    opening = (clauses(seg.text) or [(0, "")])[0][1]
    if _first(cues["assent"], opening, language) is None or _first(cues["denial"], opening, language):
        return None
    question = before[-1].text
    return next(((rel, cue) for rel, phrases in cues["asked_relation"].items()
                 if (cue := _first(phrases, question, language))), None)


def same_person(asked: str, own: str, language: str) -> bool:
    """Chinese: the same surname; English: a name in common, or one the short form of the other (Tom, Thomas)."""
    if language == "zh":
        return asked[0] == own[0]
    return any(a.startswith(b) or b.startswith(a) for a in asked.split() for b in own.split())


class DisclosureDetector:
    name = "dialogue"
    alone_at = 0.0

    def detect(self, ctx: CallContext) -> list[Finding]:
        if ctx.language not in ("zh", "en"):
            return []
        cues = load_cues(ctx.language)
        turns = sorted(ctx.transcript.segments, key=lambda s: s.start)
        parties = _parties(turns, cues, ctx)
        states = {party: _state(mine, parties, turns, cues, ctx) for party, mine in _by_party(parties).items()}
        out, current = [], None
        for seg in turns:
            if seg.id in parties:
                current = parties[seg.id]
                continue
            listener = states.get(current) if current else _first_listener(states, parties, turns)
            if listener is None or (current and _handing_over(turns, seg, parties, cues, ctx.language)):
                continue
            finding = self._check(seg, listener, cues, ctx)
            if finding:
                out.append(finding)
        return out

    def _check(self, seg: Segment, listener: Listener, cues: dict, ctx: CallContext) -> Finding | None:
        if listener.kind == "debtor":
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


def _is_other_party(seg: Segment, cues: dict, ctx: CallContext, collectors: set[str]) -> bool:
    """A turn of someone other than the collector: by the speaker stage, or, where the stage did not say,
    because another speaker is the collector or the turn identifies its speaker."""
    if seg.role not in ("collector", "unknown"):
        return True
    if seg.role == "collector":
        return False
    if (collectors and seg.speaker not in collectors) or relation_of(seg.text, cues, ctx.language):
        return True
    return _first(cues["debtor"], seg.text, ctx.language) is not None and len(seg.text) < 20


def _parties(turns: list[Segment], cues: dict, ctx: CallContext) -> dict[int, tuple[str, int]]:
    """Each listener turn's party: (speaker, how many times that speaker had handed the phone over)."""
    handed: dict[str, int] = {}
    someone_else: set[tuple[str, int]] = set()  # parties that said they are not the debtor
    out = {}
    collectors = {s.speaker for s in turns if s.role == "collector"}
    for seg in turns:
        if not _is_other_party(seg, cues, ctx, collectors):
            continue
        party = out[seg.id] = (seg.speaker, handed.get(seg.speaker, 0))
        if seg.role == "third_party" or relation_of(seg.text, cues, ctx.language):
            someone_else.add(party)
        if party in someone_else and _hands_over(seg.text, cues, ctx.language):
            handed[seg.speaker] = party[1] + 1
    return out


def _by_party(parties: dict[int, tuple[str, int]]) -> dict[tuple[str, int], list[int]]:
    out: dict[tuple[str, int], list[int]] = {}
    for seg_id, party in parties.items():
        out.setdefault(party, []).append(seg_id)
    return out


def _first_listener(states: dict, parties: dict, turns: list[Segment]) -> Listener | None:
    """Before the other party has spoken, the collector talks to whoever answers first."""
    first = next((parties[s.id] for s in turns if s.id in parties), None)
    return states.get(first) if first else Listener()


def _hands_over(text: str, cues: dict, language: str) -> bool:
    """The turn ends by passing the phone on ("... let me get him"); "hold on" that opens a longer turn does not."""
    ending = " ".join(clause for _, clause in clauses(text)[-HANDOVER_CLAUSES:])
    return _first(cues["handover"], ending, language) is not None


def _handing_over(turns: list[Segment], seg: Segment, parties: dict, cues: dict, language: str) -> bool:
    """The collector's turn right after the listener said they would pass the phone on."""
    before = [s for s in turns if s.start < seg.start and s.id in parties]
    return bool(before) and _hands_over(before[-1].text, cues, language)


def _state(mine: list[int], parties: dict, turns: list[Segment], cues: dict, ctx: CallContext) -> Listener:
    """Who one party is, from all their turns."""
    lang = ctx.language
    segs = [s for s in turns if s.id in set(mine)]
    first = segs[0]
    previous = _party_before(first, parties, turns)
    took_phone = previous is not None and _hands_over(previous.text, cues, lang)
    settled_debtor = first.role == "debtor" and first.role_confidence >= ROLE_SURE
    confirmed = _confirmation(segs, turns, cues, lang)
    debtor_by_role = took_phone or first.role == "debtor"
    since = first.start if debtor_by_role else (confirmed[0].start if confirmed else float("inf"))
    # once the party is taken for the debtor, only a statement about themself revises it ("I'm his mother",
    # "wrong number"), not a mention ("my son", "the front desk")
    third = _said_third_party([s for s in segs if s.start < since or _decisive(s, lang)], turns, cues, ctx)
    if third:
        return third
    if took_phone:
        return Listener("debtor", "", first, say(lang, "cue_took_phone", text=previous.text))
    if confirmed and confirmed[2]:  # the name given is the name asked for
        return Listener("debtor", "", confirmed[0], confirmed[1])
    if first.role == "third_party" and first.role_confidence >= ROLE_SURE:
        seg, cue = next(((s, m.words) for s in segs for m in role_matches(s.text, lang)
                         if m.cue.role == "third_party"), (first, say(lang, "cue_third_party_role")))
        return Listener("third_party", "other", seg, cue)
    if settled_debtor:
        return Listener("debtor", "", first, say(lang, "cue_debtor_role"))
    if confirmed:
        return Listener("debtor", "", confirmed[0], confirmed[1])
    if first.role == "debtor":
        return Listener("debtor", "", first, say(lang, "cue_debtor_role"))
    return Listener()


def _confirmation(segs: list[Segment], turns: list[Segment], cues: dict,
                  language: str) -> tuple[Segment, str, bool] | None:
    """The party's first turn that confirms being the debtor: (turn, cue, by the name asked for)."""
    for seg in segs:
        name = _name_agrees(seg, turns, cues, language)
        if name:
            return seg, name, True
        cue = _first(cues["debtor"], seg.text, language)
        if cue:
            return seg, cue, False
    return None


def _decisive(seg: Segment, language: str) -> bool:
    return _says_someone_else(seg, language) is not None


def _said_third_party(segs: list[Segment], turns: list[Segment], cues: dict, ctx: CallContext) -> Listener | None:
    """The first turn that shows the party is not the debtor; a later, more specific relation revises it."""
    found = None
    for seg in segs:
        said = relation_of(seg.text, cues, ctx.language) or answers_relation(seg, turns, cues, ctx.language)
        if said is None:
            other = _name_differs(seg, turns, cues, ctx.language)
            said = ("other_name", other) if other else _says_someone_else(seg, ctx.language)
        if said and (found is None or (said[0] in SPECIFIC_RELATIONS and found.relation not in SPECIFIC_RELATIONS)):
            found = Listener("third_party", said[0], seg, said[1])
    return found


def _says_someone_else(seg: Segment, language: str) -> tuple[str, str] | None:
    """A statement of the speaker stage's that outweighs a yes to the name ("I'm Jess, her roommate")."""
    return next((("other", m.words) for m in role_matches(seg.text, language) if m.cue.decisive), None)


def _asked_name(seg: Segment, turns: list[Segment], cues: dict) -> str | None:
    """The name the collector asked for before this turn."""
    for s in reversed([t for t in turns if t.start < seg.start and t.role == "collector"]):
        name = name_in(s.text, cues["asked"], cues["not_names"])
        if name:
            return name
    return None


def _name_agrees(seg: Segment, turns: list[Segment], cues: dict, language: str) -> str | None:
    own = name_in(seg.text, cues["own"], cues["not_names"])
    asked = own and _asked_name(seg, turns, cues)
    return own if asked and same_person(asked, own, language) else None


def _name_differs(seg: Segment, turns: list[Segment], cues: dict, language: str) -> str | None:
    own = name_in(seg.text, cues["own"], cues["not_names"])
    asked = own and _asked_name(seg, turns, cues)
    return own if asked and not same_person(asked, own, language) else None


def _party_before(first: Segment, parties: dict, turns: list[Segment]) -> Segment | None:
    """The last turn of another party before this party's first: if it handed the phone over, this party
    took it."""
    before = [s for s in turns if s.id in parties and s.start < first.start and parties[s.id] != parties[first.id]]
    return before[-1] if before else None


def _amount(patterns: list[re.Pattern], text: str) -> str | None:
    return next((m.group(0) for p in patterns if (m := p.search(text))), None)


def _finding(seg: Segment, offset: int, clause: str, cue: str, listener: Listener, language: str) -> Finding:
    start, end = clause_span(seg, offset, offset + len(clause))
    src = listener.segment
    if listener.kind == "third_party":
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
