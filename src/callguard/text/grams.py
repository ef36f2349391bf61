"""Hashed n-gram ids of a text: the sparse features the learned detector and the speaker-role scorer share.

Character 1-3-grams of each word (a run of Chinese characters is one word), plus toneless pinyin 1-2-grams
of the Chinese, so ASR homophones ("逾期" and "预期") share features.
"""

from __future__ import annotations

import re
import zlib

from callguard.text import HAN_CHAR
from callguard.text.pinyin import han_sounds

NGRAM_BUCKETS = 1 << 17
_WORD = re.compile(r"[a-z0-9']+")


def ngram_ids(text: str, buckets: int = NGRAM_BUCKETS) -> list[int]:
    """Hashed character 1-3-grams, plus toneless pinyin 1-2-grams so homophone misspellings collide."""
    text = text.lower()
    grams = []
    for tok in _tokens(text):
        padded = f"<{tok}>"
        for n in (1, 2, 3):
            grams += ["c" + padded[i:i + n] for i in range(len(padded) - n + 1)]
    syl = han_sounds(text)
    grams += ["p" + s for s in syl] + ["q" + a + b for a, b in zip(syl, syl[1:], strict=False)]
    return sorted({zlib.crc32(g.encode("utf-8")) % buckets for g in grams})


def _tokens(text: str) -> list[str]:
    han = "".join(HAN_CHAR.findall(text))
    return ([han] if han else []) + _WORD.findall(text)
