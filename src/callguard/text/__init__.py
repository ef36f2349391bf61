"""The one text layer for noisy ASR output: what a Chinese character is, normalisation, clauses, and
(text/pinyin.py) how Chinese is compared by sound. Every stage that reads transcript text uses these.

    text.pinyin    readings of a character, by_sound for cue patterns
    text.phrases   the phrase language of the detector's rules and the dialogue cues
    text.chinese   simplified characters
    text.grams     hashed character and pinyin n-grams, the learned models' sparse features
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher

HAN = "\u3400-\u9fff"  # CJK Unified Ideographs and Extension A: what counts as a Chinese character
HAN_CHAR = re.compile(f"[{HAN}]")
_NOT_WORD = re.compile(f"[^\\w{HAN}]+")
_NOT_CUE = re.compile(f"[^\\w{HAN}]|_")
CLAUSE_BREAK = re.compile(r"[，。！？；,.!?;…]+|\s{2,}")
CLAUSE_BREAK_ZH = re.compile(r"[，。！？；,.!?;…\s]+")  # Whisper's Chinese often has a space for a comma


def has_cjk(text: str) -> bool:
    return bool(HAN_CHAR.search(text))


def normalise(text: str) -> str:
    """NFKC, lower case, punctuation turned into single spaces."""
    text = unicodedata.normalize("NFKC", text).lower()
    return _NOT_WORD.sub(" ", text).strip()


def compact(text: str, language: str) -> str:
    """The form cue patterns are written against: NFKC, lower case, typographic apostrophes plain;
    Chinese without punctuation or spaces, other languages with single spaces between words."""
    text = unicodedata.normalize("NFKC", text).lower().replace("\u2019", "'")
    if language == "zh":
        return _NOT_CUE.sub("", text)
    return " ".join(re.sub(r"[^\w']+", " ", text).split())


def split_spans(text: str, pattern: re.Pattern = CLAUSE_BREAK) -> list[tuple[int, int]]:
    """Character spans of the pieces of `text` between matches of `pattern`."""
    spans, pos = [], 0
    for m in pattern.finditer(text):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        spans.append((pos, len(text)))
    return spans


def clauses(text: str) -> list[tuple[int, str]]:
    """(offset, clause) pieces of a segment's text, split at punctuation."""
    return [(a, text[a:b]) for a, b in split_spans(text) if text[a:b].strip()]


def tokens(text: str) -> list[str]:
    """Words to compare two texts by: one toneless syllable per Chinese character, else whole words."""
    from callguard.text.pinyin import syllables

    return syllables(text) if has_cjk(text) else normalise(text).split()


def similarity(a: str, b: str) -> float:
    ta, tb = tokens(a), tokens(b)
    if not ta or not tb:
        return 0.0
    return SequenceMatcher(None, ta, tb, autojunk=False).ratio()
