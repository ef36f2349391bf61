"""Who is the collector, the debtor or a third party, from what each speaker says and when.

The cue phrases live in data/roles.<language>.yaml. Each match adds its weight to the speaker's score
for one role; the speaker with a clear lead in collector evidence is the collector, the others are
told apart by what they say about themselves, and a lone other party in a call with a collector is the
debtor unless they said they are someone else. Without evidence a speaker stays `unknown`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from callguard.resources import data_exists, data_yaml
from callguard.text import compact
from callguard.text.pinyin import by_sound
from callguard.types import Segment, SpeakerInfo

SCORED_ROLES = ("collector", "debtor", "third_party", "callee")
CUE_ROLES = (*SCORED_ROLES, "handover", "self_name")
MIN_COLLECTOR = 2.0  # collector evidence needed to name a collector at all
COLLECTOR_LEAD = 1.5  # and its lead over the next speaker
MIN_SELF_EVIDENCE = 2.0  # evidence a speaker needs to be called debtor or third party by their own words
FIRST_SPEAKER_BONUS = 0.5  # an outbound call usually opens with the collector


@dataclass(frozen=True)
class Cue:
    name: str
    role: str
    weight: float
    max_count: int
    patterns: tuple[re.Pattern, ...]
    loose: bool  # match Chinese by sound


@dataclass(frozen=True)
class Match:
    cue: Cue
    words: str
    start: int  # character offsets in text.compact(text)
    end: int


@dataclass
class Evidence:
    scores: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    counts: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    notes: list[str] = field(default_factory=list)


@lru_cache(maxsize=4)
def load_cues(language: str) -> tuple[Cue, ...]:
    name = f"data/roles.{language}.yaml"
    if not data_exists("callguard.speakers", name):
        name = "data/roles.en.yaml"
    data = data_yaml("callguard.speakers", name)
    terms = {name: "|".join(values) for name, values in data.get("terms", {}).items()}
    cues = []
    for raw in data["cues"]:
        if raw["role"] not in CUE_ROLES:
            raise ValueError(f"{name}: cue {raw['name']!r} has unknown role {raw['role']!r}")
        loose = language == "zh" and not raw.get("exact", False)
        patterns = []
        for p in raw["patterns"]:
            p = re.sub(r"\{(\w+)\}", lambda m: terms[m.group(1)], p)
            patterns.append(re.compile(by_sound(p) if loose else p))
        cues.append(Cue(raw["name"], raw["role"], float(raw["weight"]), int(raw.get("max_count", 2)),
                        tuple(patterns), loose))
    return tuple(cues)


def matches(text: str, language: str) -> list[Match]:
    """The first match of every cue the text matches."""
    plain = compact(text, language)
    sounds = by_sound(plain) if language == "zh" else plain
    found = []
    for cue in load_cues(language):
        subject = sounds if cue.loose else plain
        hits = [m for m in (p.search(subject) for p in cue.patterns) if m]
        if hits:
            m = min(hits, key=lambda h: h.start())
            found.append(Match(cue, plain[m.start(): m.end()], m.start(), m.end()))
    return found


def gather(segments: list[Segment], language: str) -> dict[str, Evidence]:
    evidence: dict[str, Evidence] = {}
    for seg in segments:
        ev = evidence.setdefault(seg.speaker, Evidence())
        for match in matches(seg.text, language):
            cue = match.cue
            if cue.role not in SCORED_ROLES or ev.counts[cue.name] >= cue.max_count:
                continue
            ev.counts[cue.name] += 1
            ev.scores[cue.role] += cue.weight
            ev.notes.append(f"{cue.name}: \u201c{match.words}\u201d ({seg.start:.1f} s)")
    return evidence


def collector_score(ev: Evidence, first: bool) -> float:
    s = ev.scores
    return (s["collector"] - s["callee"] - 0.5 * (s["debtor"] + s["third_party"])
            + (FIRST_SPEAKER_BONUS if first else 0.0))


def assign_roles(segments: list[Segment], language: str) -> list[SpeakerInfo]:
    """Roles per speaker (in order of first appearance); sets each segment's role and role_confidence."""
    order = list(dict.fromkeys(seg.speaker for seg in sorted(segments, key=lambda s: s.start)))
    evidence = gather(segments, language)
    infos = {spk: SpeakerInfo(id=spk, evidence=list(evidence[spk].notes)) for spk in order}
    collector = _pick_collector(order, evidence)
    if collector is not None:
        infos[collector[0]].role, infos[collector[0]].confidence = "collector", collector[1]
    _assign_others(order, evidence, infos, collector is not None)
    if collector is None:
        _infer_collector(order, evidence, infos)
    for seg in segments:
        seg.role, seg.role_confidence = infos[seg.speaker].role, round(infos[seg.speaker].confidence, 2)
    return [infos[spk] for spk in order]


def _pick_collector(order: list[str], evidence: dict[str, Evidence]) -> tuple[str, float] | None:
    scores = sorted(((collector_score(evidence[spk], i == 0), spk) for i, spk in enumerate(order)), reverse=True)
    if not scores:
        return None
    best, spk = scores[0]
    runner_up = scores[1][0] if len(scores) > 1 else 0.0
    lead = best - max(runner_up, 0.0)
    if best < MIN_COLLECTOR or lead < COLLECTOR_LEAD:
        return None
    return spk, min(0.95, 0.5 + 0.05 * lead)


def _assign_others(order: list[str], evidence: dict[str, Evidence], infos: dict[str, SpeakerInfo],
                   have_collector: bool) -> None:
    others = [spk for spk in order if infos[spk].role == "unknown"]
    for spk in others:
        s = evidence[spk].scores
        third, debtor = s["third_party"], s["debtor"]
        if max(third, debtor) >= MIN_SELF_EVIDENCE and third != debtor:
            role, margin = ("third_party", third - debtor) if third > debtor else ("debtor", debtor - third)
            infos[spk].role, infos[spk].confidence = role, min(0.95, 0.55 + 0.05 * margin)
    if not have_collector:
        return
    undecided = [spk for spk in others if infos[spk].role == "unknown"]
    taken = {infos[spk].role for spk in others} - {"unknown"}
    if len(undecided) == 1:
        # the one party left in a call with a collector: the debtor, unless the debtor already spoke
        role = "third_party" if "debtor" in taken else "debtor"
        infos[undecided[0]].role, infos[undecided[0]].confidence = role, 0.5 if taken else 0.6
        infos[undecided[0]].evidence.append("the other party in a call with a collector")


def _infer_collector(order: list[str], evidence: dict[str, Evidence], infos: dict[str, SpeakerInfo]) -> None:
    """Everyone else said who they are (debtor or third party): the one speaker left is the caller."""
    left = [spk for spk in order if infos[spk].role == "unknown"]
    if len(order) < 2 or len(left) != 1:
        return
    other = left[0]
    s = evidence[other].scores
    if s["callee"] + s["debtor"] + s["third_party"] >= s["collector"] + MIN_SELF_EVIDENCE:
        return
    infos[other].role, infos[other].confidence = "collector", 0.5
    infos[other].evidence.append("the caller: the other speakers said who they are")
