"""Who called: the organisations the collector named (lender, agency, law firm, "court", "police"), the
person's name, and the numbers or accounts they gave, each with the turn and time it was said.

Patterns live in data/parties.<language>.yaml. An organisation named in a self-introduction ("我是…的",
"this is Dana with …") is one the caller presented as; an authority (court, police, prosecutor, government,
law firm) presented so is marked, since posing as one is what the report and the complaint must show.
"""

from __future__ import annotations

import re
from functools import lru_cache

from callguard.detect.spans import clause_span
from callguard.resources import data_exists, data_yaml
from callguard.text.numbers import sensitive_spans
from callguard.types import SPEAKING_ROLES, CallContext, Party, Segment

AUTHORITIES = ("court", "police", "prosecutor", "government", "law_firm")


@lru_cache(maxsize=4)
def patterns(language: str) -> dict:
    name = f"data/parties.{language}.yaml"
    data = data_yaml("callguard.detect", name if data_exists("callguard.detect", name) else "data/parties.en.yaml")
    orgs = [(o["kind"], re.compile(f"({data['prefix']}){o['suffix']}")) for o in data["organisations"]]
    return {"orgs": orgs, "cut": re.compile(data["cut"]), "self": re.compile(data["self"], re.IGNORECASE),
            "people": [re.compile(p) for p in data["people"]]}


def parties(ctx: CallContext) -> list[Party]:
    """Everything the collector (or unattributed speech) named, in the order it was said."""
    if ctx.language not in ("zh", "en"):
        return []
    pats = patterns(ctx.language)
    out: list[Party] = []
    for seg in sorted(ctx.transcript.segments, key=lambda s: s.start):
        if seg.role in SPEAKING_ROLES:
            out += organisations(seg, pats) + people(seg, pats) + numbers(seg)
    return out


def organisations(seg: Segment, pats: dict) -> list[Party]:
    found: dict[tuple[int, int], Party] = {}
    for kind, pattern in pats["orgs"]:
        for m in pattern.finditer(seg.text):
            start = trimmed_start(seg.text, m.start(), m.start(1) + len(m.group(1)), pats["cut"])
            name = seg.text[start:m.end()].strip()
            if start >= m.start(1) + len(m.group(1)) or any(a <= start and m.end() <= b for a, b in found):
                continue  # a bare "bank" or "法院" names nobody
            said_as_self = bool(pats["self"].search(seg.text[:start]))
            found[(start, m.end())] = party(seg, kind, name, start, m.end(), said_as_self)
    return [p for span, p in found.items() if not any(o != span and o[0] <= span[0] and span[1] <= o[1]
                                                      for o in found)]


def trimmed_start(text: str, start: int, prefix_end: int, cut: re.Pattern) -> int:
    """Where the name begins: after the last self-introduction or function word inside its prefix."""
    for m in cut.finditer(text, start, prefix_end):
        start = m.end()
    return start


def people(seg: Segment, pats: dict) -> list[Party]:
    out: list[Party] = []
    taken: list[tuple[int, int]] = []
    for pattern in pats["people"]:
        for m in pattern.finditer(seg.text):
            if any(a < m.end("name") and m.start("name") < b for a, b in taken):
                continue
            taken.append((m.start("name"), m.end("name")))
            title = m.groupdict().get("title") or ""
            kind = "badge" if m.group("name")[:1].isdigit() or m.group("name")[:1] in "零一二三四五六七八九幺" \
                else "person"
            out.append(party(seg, kind, f"{title} {m.group('name')}".strip() if title and kind == "person"
                             else m.group("name"), m.start("name"), m.end("name"), True))
    return out


def numbers(seg: Segment) -> list[Party]:
    return [party(seg, s.kind, seg.text[s.start:s.end], s.start, s.end, False)
            for s in sensitive_spans(seg.text) if s.kind in ("phone", "account")]


def party(seg: Segment, kind: str, name: str, start: int, end: int, said_as_self: bool) -> Party:
    a, b = clause_span(seg, start, end)
    return Party(kind=kind, name=name, segment_id=seg.id, start=a, end=b, speaker=seg.speaker,
                 self_named=said_as_self, authority=said_as_self and kind in AUTHORITIES)
