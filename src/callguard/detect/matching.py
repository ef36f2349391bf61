"""Phrase matching that survives Whisper's errors.

Chinese is matched on toneless pinyin (every reading of a character), so 逾期 written as 预期, or 欠了
as 签了, still matches; a phrase written `=词` matches those characters only, for words whose homophones
are everyday words (畜生/出生). Looser merges (zh/z, l/n) were tried and matched 白痴 in 百次: not used.
English is matched on lowercase words, apostrophes ignored; a phrase word ending in `*` matches any word
with that prefix, and a lone `*` matches any word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pypinyin import Style, pinyin

CLAUSE_BREAK = re.compile(r"[，。！？；,.!?;…]+|\s{2,}")
_HAN = re.compile(r"[\u3400-\u9fff]")
_TOKEN = re.compile(r"[\u3400-\u9fff]|[a-z0-9]+(?:['’][a-z]+)?|\d+", re.IGNORECASE)


@dataclass(frozen=True)
class Unit:
    keys: frozenset[str]
    start: int  # character offsets in the clause text
    end: int


@lru_cache(maxsize=65536)
def _han_keys(char: str) -> frozenset[str]:
    # the two commonest toned readings, tones dropped: rarer ones (还 as "fu", 担 as "jie") made unrelated
    # words match (担心 read as 借款)
    readings = pinyin(char, style=Style.TONE3, heteronym=True)[0][:2]
    return frozenset(r.rstrip("012345") for r in readings) | {char}


def units(text: str, language: str) -> list[Unit]:
    out = []
    for m in _TOKEN.finditer(text):
        token = m.group(0)
        if _HAN.fullmatch(token) and language == "zh":
            keys = _han_keys(token)
        else:
            word = token.lower().replace("’", "'")
            keys = frozenset([word, _bare(word)])
        out.append(Unit(keys, m.start(), m.end()))
    return out


def _bare(word: str) -> str:
    # Whisper (and people typing) drop apostrophes: "youll", "dont" must match "you'll", "don't"
    return word.replace("'", "").replace("’", "")


def clauses(text: str) -> list[tuple[int, str]]:
    """(offset, clause) pieces of a segment's text, split at punctuation."""
    out, pos = [], 0
    for m in CLAUSE_BREAK.finditer(text):
        if m.start() > pos:
            out.append((pos, text[pos:m.start()]))
        pos = m.end()
    if pos < len(text):
        out.append((pos, text[pos:]))
    return [(o, c) for o, c in out if c.strip()]


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
