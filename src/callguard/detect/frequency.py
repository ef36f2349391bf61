"""Rules over all the calls of a case: how often and at what hours the collector called
(data/frequency.yaml). Pure functions over typed call records; the case view turns them into findings.

Calls are grouped per caller when every timed call's caller is known, else taken over the whole case;
each finding says which (`scope`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from callguard.resources import data_yaml


@dataclass(frozen=True)
class CallRecord:
    name: str
    start: datetime | None  # local wall-clock time of the debtor (an offset, if any, is ignored)
    jurisdiction: str | None = None
    caller: str | None = None
    conversation: bool = False  # the debtor was heard speaking: a telephone conversation about the debt
    direction: str | None = None  # incoming | outgoing | None (unknown: taken as the collector's call)


@dataclass
class CaseFinding:
    rule: str
    kind: str  # more_in_days | after_conversation | night
    jurisdiction: str
    scope: str  # caller | case
    caller: str | None
    calls: list[str]  # the names of the calls that make it up, in time order
    first: datetime
    last: datetime
    why: dict[str, str] = field(default_factory=dict)  # en, zh
    legal_basis: list[str] = field(default_factory=list)


def rules(jurisdiction: str) -> list[dict]:
    return list(data_yaml("callguard.detect", "data/frequency.yaml").get(jurisdiction, []))


def scope_of(calls: list[CallRecord]) -> str:
    timed = [c for c in calls if c.start]
    return "caller" if timed and all(c.caller for c in timed) else "case"


def frequency_findings(calls: list[CallRecord]) -> list[CaseFinding]:
    """Every frequency and night rule of each call's jurisdiction, per caller or over the case."""
    scope = scope_of(calls)
    found = []
    for jurisdiction in sorted({c.jurisdiction for c in calls if c.jurisdiction}):
        for caller, group in _groups([c for c in calls if c.jurisdiction == jurisdiction], scope):
            for rule in rules(jurisdiction):
                hits = KINDS[rule["kind"]](rule, group)
                found += [_finding(rule, jurisdiction, scope, caller, hit) for hit in hits]
    return sorted(found, key=lambda f: (f.first, f.rule))


def _groups(calls: list[CallRecord], scope: str) -> list[tuple[str | None, list[CallRecord]]]:
    timed = sorted((c for c in calls if c.start), key=lambda c: _local(c.start))
    if scope == "case":
        return [(None, timed)] if timed else []
    callers = dict.fromkeys(c.caller for c in timed)
    return [(caller, [c for c in timed if c.caller == caller]) for caller in callers]


def _local(t: datetime) -> datetime:
    return t.replace(tzinfo=None)


def _attempts(calls: list[CallRecord]) -> list[CallRecord]:
    return [c for c in calls if c.direction != "outgoing"]


def more_in_days(rule: dict, calls: list[CallRecord]) -> list[list[CallRecord]]:
    """Runs of more than `more_than` attempts within `days` consecutive calendar days; after one is found
    the search goes on past its last day, so one burst is one finding."""
    attempts, hits, i = _attempts(calls), [], 0
    while i < len(attempts):
        end = _local(attempts[i].start).date() + timedelta(days=rule["days"] - 1)
        run = [c for c in attempts[i:] if _local(c.start).date() <= end]
        if len(run) > rule["more_than"]:
            hits.append(run)
            i += len(run)
        else:
            i += 1
    return hits


def after_conversation(rule: dict, calls: list[CallRecord]) -> list[list[CallRecord]]:
    """A conversation and the attempts that followed it within `days` days (its date is day one)."""
    hits: list[list[CallRecord]] = []
    covered: set[str] = set()
    for talk in (c for c in calls if c.conversation):
        last_day = _local(talk.start).date() + timedelta(days=rule["days"] - 1)
        after = [c for c in _attempts(calls)
                 if _local(c.start) > _local(talk.start) and _local(c.start).date() <= last_day
                 and c.name not in covered]
        if after:
            hits.append([talk, *after])
            covered |= {c.name for c in after}
    return hits


def night(rule: dict, calls: list[CallRecord]) -> list[list[CallRecord]]:
    at_night = [c for c in _attempts(calls) if _is_night(_local(c.start).hour, rule["from"], rule["until"])]
    return [at_night] if at_night else []


def _is_night(hour: int, start: int, until: int) -> bool:
    return hour >= start or hour < until if start > until else start <= hour < until


KINDS = {"more_in_days": more_in_days, "after_conversation": after_conversation, "night": night}


def _finding(rule: dict, jurisdiction: str, scope: str, caller: str | None, hit: list[CallRecord]) -> CaseFinding:
    first, last = _local(hit[0].start), _local(hit[-1].start)
    n = len(hit) - 1 if rule["kind"] == "after_conversation" else len(hit)
    values = {"n": n, "first": first.date().isoformat(), "last": last.date().isoformat(),
              "conversation": first.strftime("%Y-%m-%d %H:%M")}
    return CaseFinding(rule=rule["id"], kind=rule["kind"], jurisdiction=jurisdiction, scope=scope, caller=caller,
                       calls=[c.name for c in hit], first=first, last=last,
                       why={lang: text.format(**values) for lang, text in rule["why"].items()},
                       legal_basis=list(rule["legal_basis"]))
