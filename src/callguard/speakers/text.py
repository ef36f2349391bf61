"""Text helpers for matching noisy ASR output: normalisation, toneless pinyin, similarity."""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from functools import lru_cache

_CJK = re.compile(r"[\u3400-\u9fff]")
_NOT_WORD = re.compile(r"[^\w\u3400-\u9fff]+")


def normalise(text: str) -> str:
    """NFKC, lower case, punctuation turned into single spaces."""
    text = unicodedata.normalize("NFKC", text).lower()
    return _NOT_WORD.sub(" ", text).strip()


def has_cjk(text: str) -> bool:
    return bool(_CJK.search(text))


@lru_cache(maxsize=4096)
def _pinyin(char: str) -> str:
    from pypinyin import Style, lazy_pinyin

    return lazy_pinyin(char, style=Style.NORMAL)[0]


def syllable(char: str) -> str:
    """A character's toneless pinyin with zh/ch/sh read as z/c/s, so near-homophones compare equal."""
    sound = _pinyin(char)
    return sound[0] + sound[2:] if sound[:2] in ("zh", "ch", "sh") else sound


_SOUND_CHARS: dict[str, str] = {}


def by_sound(text: str) -> str:
    """Each Chinese character replaced by one private-use character standing for its syllable.

    Text and regular expressions turned into this form match each other by sound, character for
    character, so a pattern's structure (., {0,6}, [^...]) keeps its meaning.
    """
    return _CJK.sub(lambda m: _SOUND_CHARS.setdefault(syllable(m.group()), chr(0xE000 + len(_SOUND_CHARS))),
                    text)


def pinyin(text: str) -> list[str]:
    """One toneless syllable per Chinese character; other runs of letters or digits stay whole words.

    Homophones that Whisper confuses (逾期/预期) come out the same.
    """
    tokens: list[str] = []
    for part in normalise(text).split():
        for run in re.findall(r"[\u3400-\u9fff]|[^\u3400-\u9fff]+", part):
            tokens.append(_pinyin(run) if _CJK.match(run) else run)
    return tokens


def tokens(text: str) -> list[str]:
    return pinyin(text) if has_cjk(text) else normalise(text).split()


def similarity(a: str, b: str) -> float:
    ta, tb = tokens(a), tokens(b)
    if not ta or not tb:
        return 0.0
    return SequenceMatcher(None, ta, tb, autojunk=False).ratio()
