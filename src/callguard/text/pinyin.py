"""How Chinese is compared by sound, so that Whisper's homophones (逾期/预期, 欠条/线条) still match.

One policy: a character sounds like its toneless pinyin, and nothing looser (folding zh/ch/sh into
z/c/s, or l into n, matched 白痴 in 百次). Where a pattern can hold a set, a character matches by either
of its two commonest readings (`keys`: the phrase language); where it must be one symbol, by the
commonest (`sound`: the learned detector's n-grams, text similarity, `by_sound` for the speaker stage's
cue patterns). Rarer readings (还 as "fu", 担 as "jie") made unrelated words match (担心 read as 借款).

Near sounds (`near_keys`) are looser, and only for key terms a rule marks `~` (text/phrases.py), where at
most one character of the term may sound near rather than the same: an initial within one of the
confusion classes below (aspiration, retroflex, n/l, f/h, the palatals) and a final within one of the
nasal classes. Whisper's own confusions in the corpus's noise table are of these kinds (欠条→线条,
经侦→金针, 逾期→预期); folding them everywhere would match 白痴 in 百次, so nowhere else.
"""

from __future__ import annotations

import os
import re
import sys
from functools import lru_cache

from callguard.text import HAN, HAN_CHAR, normalise


def _pypinyin():
    """pypinyin, imported without its phrase dictionary when callguard imports it first: only single
    characters are looked up here, and the dictionary (which has none) took 0.1 s of each run to load."""
    if "pypinyin" not in sys.modules:
        before = os.environ.get("PYPINYIN_NO_PHRASES")
        os.environ["PYPINYIN_NO_PHRASES"] = "1"  # read once, on import
        try:
            import pypinyin  # noqa: F401
        finally:
            if before is None:
                del os.environ["PYPINYIN_NO_PHRASES"]
            else:
                os.environ["PYPINYIN_NO_PHRASES"] = before
    return sys.modules["pypinyin"]


@lru_cache(maxsize=65536)
def sound(char: str) -> str:
    py = _pypinyin()
    return py.lazy_pinyin(char, style=py.Style.NORMAL)[0]


# Words in nearly every sentence whose second reading in pypinyin is archaic: 她 as "jie" read 她的 as 借的
# (a debt word), 他 as "tuo" read 他欠 as 拖欠.
ONE_READING = frozenset("她他它是")


@lru_cache(maxsize=65536)
def keys(char: str) -> frozenset[str]:
    py = _pypinyin()
    readings = py.pinyin(char, style=py.Style.TONE3, heteronym=True)[0][:1 if char in ONE_READING else 2]
    return frozenset(r.rstrip("012345") for r in readings) | {char}


_SOUND_CHARS: dict[str, str] = {}


def by_sound(text: str) -> str:
    """Each Chinese character replaced by one private-use character standing for its sound.

    Text and regular expressions turned into this form match each other by sound, character for
    character, so a pattern's structure (., {0,6}, [^...]) keeps its meaning.
    """
    return HAN_CHAR.sub(lambda m: _SOUND_CHARS.setdefault(sound(m.group()), chr(0xE000 + len(_SOUND_CHARS))),
                        text)


def syllables(text: str) -> list[str]:
    """One toneless syllable per Chinese character; other runs of letters or digits stay whole words."""
    out: list[str] = []
    for part in normalise(text).split():
        for run in re.findall(f"[{HAN}]|[^{HAN}]+", part):
            out.append(sound(run) if HAN_CHAR.match(run) else run)
    return out


def han_sounds(text: str) -> list[str]:
    """The sound of every Chinese character of `text`, in order (other characters skipped)."""
    return [sound(c) for c in HAN_CHAR.findall(text)]


NEAR_INITIALS = (("z", "zh", "c", "ch"), ("s", "sh"), ("n", "l"), ("f", "h"), ("j", "q", "x"), ("b", "p"),
                 ("d", "t"), ("g", "k"))
NEAR_FINALS = (("an", "ang"), ("en", "eng"), ("in", "ing"), ("ian", "iang"), ("uan", "uang"))
_INITIALS = ("zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c",
             "s", "y", "w")


def _split(syllable: str) -> tuple[str, str]:
    for initial in _INITIALS:
        if syllable.startswith(initial) and len(syllable) > len(initial):
            return initial, syllable[len(initial):]
    return "", syllable


def _near(part: str, classes: tuple) -> set[str]:
    return {x for group in classes if part in group for x in group} | {part}


@lru_cache(maxsize=65536)
def near_keys(char: str) -> frozenset[str]:
    """Sounds near a character's readings (see the module docstring); its own readings included."""
    out = set()
    for reading in keys(char) - {char}:
        initial, final = _split(reading)
        out |= {i + f for i in _near(initial, NEAR_INITIALS) for f in _near(final, NEAR_FINALS)}
    return frozenset(out) | keys(char)
