"""The phrase language of the detector's rules and dialogue cues, matched so that Whisper's errors survive.

Chinese is matched on toneless pinyin (text/pinyin.keys), so 逾期 written as 预期, or 欠了 as 签了, still
matches; a phrase written `=词` matches those characters only, for words whose homophones are everyday
words (畜生/出生). English is matched on lowercase words, apostrophes ignored; a phrase word ending in
`*` matches any word with that prefix, and a lone `*` matches any word.

A key term written `~词` (or `~word`) also survives an ASR error that is not a homophone: in Chinese, at
most one of its characters may sound near rather than the same (text/pinyin.near_keys: 欠条 heard as
线条); in English, at most one of its words may be misspelt by one edit (two for words of nine letters or
more), words shorter than five letters exactly as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from rapidfuzz.distance import Levenshtein

from callguard.text import HAN, HAN_CHAR, clauses
from callguard.text.pinyin import keys as _han_keys
from callguard.text.pinyin import near_keys as _han_near

__all__ = ["Phrase", "Unit", "Units", "clauses", "compile_phrase", "find", "find_all", "needs", "units"]

_TOKEN = re.compile(f"[{HAN}]|[a-z0-9]+(?:['’][a-z]+)?|\\d+", re.IGNORECASE)


@dataclass(frozen=True)
class Unit:
    keys: frozenset[str]
    start: int  # character offsets in the clause text
    end: int


class Units(list):
    """A clause's units and, built on first use, where each key occurs: `find` tries a phrase only where
    one of its words is. Shared between callers (units() is cached), so never changed."""

    @cached_property
    def where(self) -> dict[str, list[int]]:
        out: dict[str, list[int]] = {}
        for i, u in enumerate(self):
            for k in u.keys:
                out.setdefault(k, []).append(i)
        return out


@lru_cache(maxsize=4096)
def units(text: str, language: str) -> Units:
    out = Units()
    for m in _TOKEN.finditer(text):
        token = m.group(0)
        if HAN_CHAR.fullmatch(token) and language == "zh":
            keys = _han_keys(token)
        else:
            word = token.lower().replace("’", "'")
            keys = frozenset([word, _bare(word)])
        out.append(Unit(keys, m.start(), m.end()))
    return out


def _bare(word: str) -> str:
    # Whisper (and people typing) drop apostrophes: "youll", "dont" must match "you'll", "don't"
    return word.replace("'", "").replace("’", "")


@dataclass(frozen=True)
class Phrase:
    text: str
    keys: tuple  # per unit: frozenset of keys, or "*" / ("prefix", p)
    near: tuple = ()  # `~` terms, per unit: frozenset of near sounds (zh) or ("edit", word) (en)
    # units a match must have exactly, one of them at least; () when any position must be tried
    anchors: tuple = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        concrete = [j for j, key in enumerate(self.keys) if isinstance(key, frozenset)]
        # a `~` term may miss on any one unit, so it is anchored on two: one of them matches exactly
        wanted = 2 if self.near else 1
        object.__setattr__(self, "anchors", tuple(concrete[:wanted]) if len(concrete) >= wanted else ())


@lru_cache(maxsize=16384)
def compile_phrase(phrase: str, language: str) -> Phrase:
    if phrase.startswith("~"):
        return _tolerant(phrase[1:], language)
    keys = []
    for word in phrase.split() if language == "en" else [phrase]:
        if language == "en":
            if word == "*":
                keys.append("*")
            elif word.endswith("*"):
                keys.append(("prefix", _bare(word[:-1].lower())))
            else:
                keys.append(frozenset([_bare(word.lower())]))
        elif word.startswith("="):
            keys.extend(frozenset([c]) for c in word[1:] if not c.isspace())
        else:
            keys.extend(u.keys for u in units(word, language))
    return Phrase(phrase.lstrip("="), tuple(keys))


def _tolerant(phrase: str, language: str) -> Phrase:
    exact = compile_phrase(phrase, language)
    if language == "en":
        near = tuple(("edit", _bare(w.lower())) for w in phrase.split())
    else:
        near = tuple(frozenset().union(*(_han_near(c) for c in u.keys if HAN_CHAR.fullmatch(c)))
                     for u in units(phrase, language))
    return Phrase(exact.text, exact.keys, near)


def _edits_allowed(word: str) -> int:
    return 0 if len(word) < 5 else 1 if len(word) < 9 else 2


def _near_matches(near, unit: Unit) -> bool:
    if isinstance(near, tuple):
        limit = _edits_allowed(near[1])
        return limit > 0 and any(Levenshtein.distance(near[1], k, score_cutoff=limit) <= limit for k in unit.keys)
    return bool(near & unit.keys)


def _unit_matches(key, unit: Unit) -> bool:
    if key == "*":
        return True
    if isinstance(key, tuple):
        return any(k.startswith(key[1]) for k in unit.keys)
    return bool(key & unit.keys)


def find(phrase: Phrase, us: list[Unit], start: int = 0) -> int | None:
    """Index of the first unit at or after `start` where the phrase begins."""
    return next(find_all(phrase, us, start), None)


def find_all(phrase: Phrase, us: list[Unit], start: int = 0):
    """Every index at or after `start` where the phrase begins, in order."""
    us = us if isinstance(us, Units) else Units(us)
    return (i for i in _candidates(phrase, us, start) if _matches_at(phrase, us, i))


def _candidates(phrase: Phrase, us: Units, start: int):
    last = len(us) - len(phrase.keys)
    if not phrase.anchors:
        return range(start, last + 1)
    where = us.where
    found = {p - j for j in phrase.anchors for k in phrase.keys[j] if k in where for p in where[k]}
    return sorted(i for i in found if start <= i <= last) if found else ()


def needs(phrases) -> frozenset[str] | None:
    """Keys one of which a clause's units must have for any of `phrases` to match there (test them against
    `Units.where`); None when one of them could match anywhere."""
    out: set[str] = set()
    for p in phrases:
        if not p.anchors:
            return None
        out.update(*(p.keys[j] for j in p.anchors))
    return frozenset(out)


def _matches_at(phrase: Phrase, us: list[Unit], i: int) -> bool:
    near_used = 0
    for j, key in enumerate(phrase.keys):
        if _unit_matches(key, us[i + j]):
            continue
        if not phrase.near or near_used or not _near_matches(phrase.near[j], us[i + j]):
            return False
        near_used = 1
    return True
