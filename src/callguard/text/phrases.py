"""The phrase language of the detector's rules and dialogue cues, matched so that Whisper's errors survive.

Chinese is matched on toneless pinyin (text/pinyin.keys), so 逾期 written as 预期, or 欠了 as 签了, still
matches; a phrase written `=词` matches those characters only, for words whose homophones are everyday
words (畜生/出生). English is matched on lowercase words, apostrophes ignored; a phrase word ending in
`*` matches any word with that prefix, and a lone `*` matches any word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from callguard.text import HAN, HAN_CHAR, clauses
from callguard.text.pinyin import keys as _han_keys

__all__ = ["Phrase", "Unit", "clauses", "compile_phrase", "find", "units"]

_TOKEN = re.compile(f"[{HAN}]|[a-z0-9]+(?:['’][a-z]+)?|\\d+", re.IGNORECASE)


@dataclass(frozen=True)
class Unit:
    keys: frozenset[str]
    start: int  # character offsets in the clause text
    end: int


def units(text: str, language: str) -> list[Unit]:
    out = []
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


@lru_cache(maxsize=16384)
def compile_phrase(phrase: str, language: str) -> Phrase:
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


def _unit_matches(key, unit: Unit) -> bool:
    if key == "*":
        return True
    if isinstance(key, tuple):
        return any(k.startswith(key[1]) for k in unit.keys)
    return bool(key & unit.keys)


def find(phrase: Phrase, us: list[Unit], start: int = 0) -> int | None:
    """Index of the first unit at or after `start` where the phrase begins."""
    n = len(phrase.keys)
    for i in range(start, len(us) - n + 1):
        if all(_unit_matches(k, us[i + j]) for j, k in enumerate(phrase.keys)):
            return i
    return None
