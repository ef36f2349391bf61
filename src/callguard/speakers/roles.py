"""Who is the collector, the debtor or a third party, decided from everything each speaker says in the call.

The cue phrases live in data/roles.<language>.yaml. Each match adds its weight to its speaker's score for
one role, counted over all of that speaker's turns. The collector is the party pursuing a debt: the
speaker with the most collector evidence (less what marks a callee). With a clear lead the role is
settled; with a thin one that speaker is still the collector, at a confidence below ROLE_SURE, because a
call in which someone names a creditor, an amount or a demand to pay always has a collector.

The others are told apart by what they say about themselves and by how the collector speaks to them
("tell him to call me" is said to a third party, "you owe" to the debtor). A speaker who says they are
someone else ("I'm his mother", "wrong number", "我是他同事") is a third party even after a "yes" to the
name asked for; a lone other party in a call with a collector is the debtor unless the evidence says
otherwise. Without evidence a speaker stays `unknown`.

Beside the cues, a learned scorer (rolehead.py) reads everything each speaker says: its mean log-odds over
the speaker's turns, taken relative to the call's other speakers, is one modest term of the collector
score. It breaks ties and finds a collector whom no cue caught; it can never outweigh a clear cue lead.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from callguard.resources import data_exists, data_yaml
from callguard.speakers.rolehead import speaker_log_odds
from callguard.text import HAN_CHAR, compact
from callguard.text.pinyin import by_sound
from callguard.types import Segment, SpeakerInfo

SCORED_ROLES = ("collector", "debtor", "third_party", "callee")
ADDRESS_ROLES = ("to_debtor", "to_third_party")  # said by the collector, evidence about the listener
CUE_ROLES = (*SCORED_ROLES, *ADDRESS_ROLES, "handover", "self_name", "pickup")
MIN_COLLECTOR = 2.0  # collector evidence that settles a collector
COLLECTOR_LEAD = 1.5  # and its lead over the next speaker
MIN_ANY_COLLECTOR = 1.0  # collector evidence that makes a speaker the collector at all (role uncertain)
MIN_SELF_EVIDENCE = 2.0  # evidence a speaker needs to be called debtor or third party
FIRST_SPEAKER_BONUS = 0.5  # an outbound call usually opens with the collector
ROLE_SURE = 0.6  # a role at this confidence or above is settled; below it findings say role_uncertain
# the learned term: weight × (log-odds − the call's mean); log-odds are clipped to ±3, so between two
# speakers it moves the lead by at most 1.2, less than COLLECTOR_LEAD
LEARNED_WEIGHT = 0.2
RESCUE_ODDS = 1.0  # when no cue settles it: log-odds that make a speaker the collector (role uncertain)
RESCUE_LEAD = 1.5  # and their lead over every other speaker


@dataclass(frozen=True)
class Cue:
    name: str
    role: str
    weight: float
    max_count: int
    patterns: tuple[re.Pattern, ...]
    loose: bool  # match Chinese by sound
    decisive: bool = False  # a third party's own statement that outweighs a "yes" to the name


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
    decisive: int = 0  # turns with a decisive third-party statement
    confirms: float = 0.0  # debtor evidence from bare confirmations of the name
    odds: float = 0.0  # the learned scorer's mean log-odds over the speaker's turns
    talk: float = 0.0  # the same, less the mean over the call's speakers
    handovers: list[float] = field(default_factory=list)  # starts of the turns that pass the phone on
    admits: bool = False  # "okay, fine, it's me" after denying: what they said of themself before does not hold


@lru_cache(maxsize=4)
def _data(language: str) -> dict:
    name = f"data/roles.{language}.yaml"
    return data_yaml("callguard.speakers", name if data_exists("callguard.speakers", name) else "data/roles.en.yaml")


@lru_cache(maxsize=4)
def name_patterns(language: str) -> dict:
    """The name the collector asks for and the name a speaker gives, as regular expressions with a group `name`."""
    names = _data(language).get("names", {})
    return {"asked": [re.compile(p, re.IGNORECASE) for p in names.get("asked", [])],
            "own": [re.compile(p, re.IGNORECASE) for p in names.get("own", [])],
            "spoken_of": names.get("spoken_of", []),
            "not_names": frozenset(names.get("not_names", []))}


def name_in(text: str, patterns: list[re.Pattern], not_names: frozenset) -> str | None:
    for p in patterns:
        for m in p.finditer(text):
            name = m.group("name").strip().lower()
            keys = {name[:1], name[:2]} if HAN_CHAR.match(name) else {name.split()[0]}
            if name and not keys & not_names:
                return name
    return None


# a name said right after these, or right before "speaking", is the speaker's own
_DESK = r"^(喂)?(你好|您好)?[^我你他她]{0,8}(部|科|处|室|组|前台)"  # "财务部孙涛": a desk answering with its name
_OWN_BEFORE = {"zh": re.compile(rf"(我是|我就是|我叫|是我|{_DESK})$"),
               "en": re.compile(r"\b(this is|i'm|i am|it's|my name is|name's)\s*$")}
_POSSESSIVE = re.compile(r"^['’]s\b")  # "this is Aaron's desk" speaks of Aaron
_OWN_AFTER = {"zh": re.compile(r"^(就是我|是我|本人)(?!们)"), "en": re.compile(r"^\s*(here|speaking)\b")}


def _name_keys(name: str) -> list[str]:
    """A name as it may be said: 张伟 or 伟 of 张伟伟; Michael Stern, Michael or Stern."""
    keys = [name, name[1:]] if HAN_CHAR.match(name) and len(name) == 3 else [name, *name.split()]
    return list(dict.fromkeys(k for k in keys if k))


def says_own_name(text: str, name: str, language: str) -> bool:
    """The text gives the whole name asked for as the speaker's own ("Hi, this is Dana", "喂，我是刘军"); Chinese
    by sound, as Whisper writes 刘君 for 刘军. "This is Kevin" is no answer to "Kevin Reyes?"."""
    return any(_said_as_own(said, m, language) for said, m in _name_hits(text, _name_keys(name)[:1], language, True))


def mentions_in_third_person(text: str, name: str, language: str) -> bool:
    """The text names the person asked for as someone other than the speaker ("李娜是我们组的", "You want Brianna?")."""
    return any(not _said_as_own(said, m, language) for said, m in _name_hits(text, _name_keys(name), language, False))


def _name_hits(text: str, keys: list[str], language: str, loose: bool):
    """(the text as searched, match) for each place a key is said; Chinese compacted, and by sound if `loose`."""
    said = compact(text, language) if language == "zh" else text.lower()
    subject = by_sound(said) if language == "zh" and loose else said  # same length: offsets carry over
    for key in keys:
        key = by_sound(key) if language == "zh" and loose else key
        pattern = re.escape(key) if language == "zh" else rf"\b{re.escape(key)}\b"
        for m in re.finditer(pattern, subject):
            yield said, m


def _said_as_own(said: str, m: re.Match, language: str) -> bool:
    after = said[m.end():]
    return not _POSSESSIVE.match(after) and bool(_OWN_BEFORE[language].search(said[:m.start()])
                                                 or _OWN_AFTER[language].search(after))


@lru_cache(maxsize=4)
def load_cues(language: str) -> tuple[Cue, ...]:
    name = f"data/roles.{language}.yaml"
    data = _data(language)
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
                        tuple(patterns), loose, bool(raw.get("decisive", False))))
    return tuple(cues)


def matches(text: str, language: str, start: int = 0) -> list[Match]:
    """The first match of every cue the text matches (from character `start` of its compact form on)."""
    plain = compact(text, language)
    sounds = by_sound(plain) if language == "zh" else plain
    found = []
    for cue in load_cues(language):
        subject = sounds if cue.loose else plain
        hits = [m for m in (p.search(subject, start) for p in cue.patterns) if m]
        if hits:
            m = min(hits, key=lambda h: h.start())
            found.append(Match(cue, plain[m.start(): m.end()], m.start(), m.end()))
    return found


def gather(segments: list[Segment], language: str) -> dict[str, Evidence]:
    """Each speaker's evidence over all their turns."""
    evidence: dict[str, Evidence] = {}
    for seg in sorted(segments, key=lambda s: s.start):
        ev = evidence.setdefault(seg.speaker, Evidence())
        every = matches(seg.text, language)
        if any(m.cue.role == "handover" for m in every):
            ev.handovers.append(seg.start)
        found = [m for m in every if m.cue.role in SCORED_ROLES]
        if any(m.cue.decisive for m in found):
            ev.decisive += 1
        for match in found:
            _count(ev, match.cue, f"{match.cue.name}: \u201c{match.words}\u201d ({seg.start:.1f} s)")
            if match.cue.name == ADMIT_CUE:
                ev.admits = True
            if match.cue.name == CONFIRM_CUE and ev.counts[match.cue.name] <= match.cue.max_count:
                ev.confirms += match.cue.weight
    _learned(segments, evidence)
    return evidence


def _learned(segments: list[Segment], evidence: dict[str, Evidence]) -> None:
    odds = speaker_log_odds(segments)
    if len(odds) < 2:
        return
    mean = sum(odds.values()) / len(odds)
    for spk, lo in odds.items():
        ev = evidence[spk]
        ev.odds, ev.talk = lo, lo - mean
        if abs(LEARNED_WEIGHT * ev.talk) >= 0.1:
            side = "more" if ev.talk > 0 else "less"
            ev.notes.append(f"learned scorer: talks {side} like the collector than the others ({ev.talk:+.1f})")


CONFIRM_CUE = "confirms being the person asked for"
ADMIT_CUE = "admits being the person asked for after all"


def _count(ev: Evidence, cue: Cue, note: str, role: str | None = None) -> None:
    if ev.counts[cue.name] >= cue.max_count:
        return
    ev.counts[cue.name] += 1
    ev.scores[role or cue.role] += cue.weight
    ev.notes.append(note)


def collector_score(ev: Evidence, first: bool) -> float:
    s = ev.scores
    return (s["collector"] - s["callee"] - 0.5 * (s["debtor"] + s["third_party"])
            + (FIRST_SPEAKER_BONUS if first else 0.0) + LEARNED_WEIGHT * ev.talk)


def collector_scores(segments: list[Segment], language: str) -> dict[str, float]:
    """How much each speaker sounds like the collector, from their own words only."""
    order = list(dict.fromkeys(seg.speaker for seg in sorted(segments, key=lambda s: s.start)))
    evidence = gather(segments, language)
    return {spk: collector_score(evidence[spk], i == 0) for i, spk in enumerate(order)}


def likely_collector(segments: list[Segment], language: str) -> str | None:
    """The speaker most likely to be the collector, or None when nobody says anything a collector says."""
    order = list(dict.fromkeys(seg.speaker for seg in sorted(segments, key=lambda s: s.start)))
    pick = _pick_collector(order, gather(segments, language))
    return pick[0] if pick else None


def assign_roles(segments: list[Segment], language: str) -> list[SpeakerInfo]:
    """Roles per speaker (in order of first appearance); sets each segment's role and role_confidence."""
    order = list(dict.fromkeys(seg.speaker for seg in sorted(segments, key=lambda s: s.start)))
    evidence = gather(segments, language)
    infos = {spk: SpeakerInfo(id=spk) for spk in order}
    collector = _pick_collector(order, evidence)
    if collector is not None:
        spk, confidence = collector
        infos[spk].role, infos[spk].confidence = "collector", confidence
        _address_evidence(segments, spk, evidence, language)
    for spk in order:
        infos[spk].evidence = list(evidence[spk].notes)
    _assign_others(order, evidence, infos, collector is not None, segments)
    if collector is None:
        _infer_collector(order, evidence, infos)
    for seg in segments:
        seg.role, seg.role_confidence = infos[seg.speaker].role, round(infos[seg.speaker].confidence, 2)
    return [infos[spk] for spk in order]


def _pick_collector(order: list[str], evidence: dict[str, Evidence]) -> tuple[str, float] | None:
    """The speaker with the most collector evidence: settled with a clear lead, uncertain with a thin one."""
    scores = sorted(((collector_score(evidence[spk], i == 0), -i, spk) for i, spk in enumerate(order)),
                    reverse=True)
    if not scores:
        return None
    best, _, spk = scores[0]
    runner_up = scores[1][0] if len(scores) > 1 else 0.0
    lead = best - max(runner_up, 0.0)
    if best >= MIN_COLLECTOR and lead >= COLLECTOR_LEAD:
        return spk, min(0.95, ROLE_SURE + 0.05 * (lead - COLLECTOR_LEAD))
    if evidence[spk].scores["collector"] >= MIN_ANY_COLLECTOR and best > runner_up:
        # someone pursues a debt, but the evidence is thin: still the collector, not settled
        return spk, round(0.35 + 0.2 * (1 - math.exp(-max(lead, 0.0))), 2)
    return _rescue(spk, [other for _, _, other in scores[1:]], evidence)


def _rescue(spk: str, others: list[str], evidence: dict[str, Evidence]) -> tuple[str, float] | None:
    """The cues settle nothing, but the speaker ahead talks like the collector throughout and no one else does."""
    if LEARNED_WEIGHT <= 0 or not others:
        return None
    ev = evidence[spk]
    says_self = ev.scores["callee"] + ev.scores["debtor"] + ev.scores["third_party"]
    lead = ev.odds - max(evidence[other].odds for other in others)
    if ev.odds >= RESCUE_ODDS and lead >= RESCUE_LEAD and says_self < MIN_SELF_EVIDENCE:
        ev.notes.append("the collector by how they talk throughout (learned scorer; no cue settles it)")
        return spk, 0.4
    return None


NAMED_CUE = Cue("speaks of the person asked for by name", "third_party", 2.0, 2, (), False)
OWN_NAME_CUE = Cue("gives the name asked for as their own", "debtor", 3.0, 1, (), False)
SPOKEN_OF_CUE = Cue("speaks to them of the person asked for", "third_party", 2.0, 2, (), False)


def _named_evidence(segments: list[Segment], collector: str, evidence: dict[str, Evidence], language: str) -> None:
    """A speaker who names the person the collector asked for as someone else is not that person."""
    if language not in _OWN_BEFORE:
        return
    patterns = name_patterns(language)
    ordered = sorted(segments, key=lambda s: s.start)
    asks = {i: n for i, s in enumerate(ordered) if s.speaker == collector
            if (n := name_in(s.text, patterns["asked"], patterns["not_names"]))}
    asked = set(asks.values())
    for seg in ordered:
        if seg.speaker == collector:
            continue
        name = next((n for n in asked if mentions_in_third_person(seg.text, n, language)), None)
        if name:
            _count(evidence[seg.speaker], NAMED_CUE, f"{NAMED_CUE.name}: \u201c{name}\u201d ({seg.start:.1f} s)")
        own = next((n for n in asked if says_own_name(seg.text, n, language)), None)
        ev = evidence[seg.speaker]
        if own and not ev.counts[OWN_NAME_CUE.name]:
            _count(ev, OWN_NAME_CUE, f"{OWN_NAME_CUE.name}: \u201c{own}\u201d ({seg.start:.1f} s)")
            ev.confirms += OWN_NAME_CUE.weight  # a name, like a "yes", gives way to "I'm his father"
    if asks:
        _spoken_of_evidence(ordered, collector, asks, evidence, patterns["spoken_of"])


def _spoken_of_evidence(ordered: list[Segment], collector: str, asks: dict[int, str], evidence: dict[str, Evidence],
                        patterns: list[str]) -> None:
    """The collector, after the listener answered the name asked for (`asks`: turn index -> name), speaks to them
    of that person in the third person ("you and Michael", "tell Michael", 你跟张伟是什么关系): the listener is
    someone else."""
    asked = set(asks.values())
    answered = next((i for i, s in enumerate(ordered) if i > min(asks) and s.speaker != collector), len(ordered))
    for i in range(answered + 1, len(ordered)):
        if ordered[i].speaker != collector or i in asks:
            continue
        said = _spoken_of(ordered[i].text, asked, patterns)
        listener = _listener_of(ordered, i, collector) if said else None
        if listener:
            _count(evidence[listener], SPOKEN_OF_CUE, f"the collector {SPOKEN_OF_CUE.name}: \u201c{said}\u201d "
                                                      f"({ordered[i].start:.1f} s)")


def _spoken_of(text: str, asked: set[str], patterns: list[str]) -> str | None:
    for name in asked:
        for key in _name_keys(name):
            for p in patterns:
                m = re.search(p.replace("{name}", re.escape(key)), text, re.IGNORECASE)
                if m:
                    return m.group(0)
    return None


def _address_evidence(segments: list[Segment], collector: str, evidence: dict[str, Evidence],
                      language: str) -> None:
    """How the collector speaks to the listener is evidence about the listener of that turn."""
    _named_evidence(segments, collector, evidence, language)
    ordered = sorted(segments, key=lambda s: s.start)
    for i, seg in enumerate(ordered):
        if seg.speaker != collector:
            continue
        listener = _listener_of(ordered, i, collector)
        if listener is None:
            continue
        for match in matches(seg.text, language):
            if match.cue.role in ADDRESS_ROLES:
                role = "debtor" if match.cue.role == "to_debtor" else "third_party"
                _count(evidence[listener], match.cue,
                       f"the collector {match.cue.name}: \u201c{match.words}\u201d ({seg.start:.1f} s)", role)


def _listener_of(ordered: list[Segment], i: int, collector: str) -> str | None:
    before = [s.speaker for s in ordered[:i] if s.speaker != collector]
    if before:
        return before[-1]
    after = [s.speaker for s in ordered[i + 1:] if s.speaker != collector]
    return after[0] if after else None


def _self_role(ev: Evidence) -> tuple[str, float] | None:
    """Debtor or third party from a speaker's evidence, and the margin; None when it does not say."""
    third, debtor = ev.scores["third_party"], ev.scores["debtor"]
    if ev.decisive and not ev.admits:
        # "I'm his mother" after "yes?": the relationship statement decides, unless the speaker speaks of
        # the debt as their own far more than as someone else's
        debtor -= ev.confirms
        if debtor < third + MIN_SELF_EVIDENCE:
            return "third_party", max(third - debtor, MIN_SELF_EVIDENCE)
    if max(third, debtor) >= MIN_SELF_EVIDENCE and third != debtor:
        return ("third_party", third - debtor) if third > debtor else ("debtor", debtor - third)
    return None


def _assign_others(order: list[str], evidence: dict[str, Evidence], infos: dict[str, SpeakerInfo],
                   have_collector: bool, segments: list[Segment]) -> None:
    others = [spk for spk in order if infos[spk].role == "unknown"]
    for spk in others:
        decided = _self_role(evidence[spk])
        if decided:
            infos[spk].role, infos[spk].confidence = decided[0], min(0.95, 0.55 + 0.05 * decided[1])
    if not have_collector:
        return
    _handover_roles(segments, evidence, infos)
    undecided = [spk for spk in others if infos[spk].role == "unknown"]
    taken = {infos[spk].role for spk in others} - {"unknown"}
    if len(undecided) == 1:
        # the one party left in a call with a collector: the debtor, unless the debtor already spoke
        role = "third_party" if "debtor" in taken else "debtor"
        infos[undecided[0]].role, infos[undecided[0]].confidence = role, 0.5 if taken else 0.6
        infos[undecided[0]].evidence.append("the other party in a call with a collector")


def _handover_roles(segments: list[Segment], evidence: dict[str, Evidence], infos: dict[str, SpeakerInfo]) -> None:
    """Whoever passed the phone on ("老孙，找你，你接吧") is someone else, and the new voice that speaks next
    took it: the person asked for; for speakers their own words left undecided."""
    first = {}
    for seg in sorted(segments, key=lambda s: s.start):
        first.setdefault(seg.speaker, seg.start)
    handing = sorted((at, spk) for spk, ev in evidence.items() if infos[spk].role != "collector" for at in ev.handovers)
    opens_with_handover = {spk for spk, ev in evidence.items() if ev.handovers and ev.handovers[0] == first[spk]}
    for at, giver in handing:
        # the phone passed on again at once ("Dana, it's for you") is still on its way
        later = [spk for spk, t in first.items() if t > at and infos[spk].role != "collector"
                 and spk not in opens_with_handover]
        if not later:
            continue
        for spk, role, note in ((giver, "third_party", "handed the phone over"),
                                (later[0], "debtor", "took the phone after a handover")):
            if infos[spk].role == "unknown":
                infos[spk].role, infos[spk].confidence = role, 0.6
                infos[spk].evidence.append(f"{note} ({at:.1f} s)")
        return


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
