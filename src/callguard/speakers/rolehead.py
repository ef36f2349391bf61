"""Does a speaker talk like the collector: a logistic regression over the hashed character and pinyin n-grams
of each turn (text/grams.py), read over all of a speaker's turns.

Trained by `python -m callguard.training.rolehead` on the corpus: collectors' lines against the debtors' and
third parties' lines. It reads words only; cue phrases, turn order and how the collector addresses the
listener stay with roles.py, which adds this as one modest term. Featurisation lives here so that training
and inference cannot drift apart.
"""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path

import numpy as np

from callguard import resources
from callguard.text import HAN_CHAR
from callguard.text.grams import ngram_ids
from callguard.types import Segment

BUCKETS = 1 << 16
MODEL_FILE = "rolehead.npz"
TURN_CAP = 20  # Chinese characters or English words: one long turn counts no more than this
LOG_ODDS_CAP = 3.0  # a speaker's mean log-odds is clipped to ±this


def features(text: str) -> tuple[list[int], float]:
    """The n-gram ids of a turn and the value each carries (1/sqrt(n), so long turns are not louder)."""
    ids = ngram_ids(text, BUCKETS)
    return ids, 1.0 / math.sqrt(len(ids)) if ids else 0.0


def model_dir() -> Path:
    return resources.package_dir("callguard.speakers", "model")


@lru_cache(maxsize=2)
def load(path: Path | None = None) -> tuple[np.ndarray, float]:
    data = np.load(path or model_dir() / MODEL_FILE)
    return data["w"].astype(np.float32), float(data["b"])


def turn_log_odds(texts: list[str]) -> np.ndarray:
    """Log-odds that each text is a collector's line."""
    w, b = load()
    out = np.zeros(len(texts), np.float64)
    for i, text in enumerate(texts):
        ids, value = features(text)
        out[i] = b + value * float(w[ids].sum()) if ids else 0.0
    return out


def length(text: str) -> int:
    """Chinese characters plus other words: how much a turn says."""
    return len(HAN_CHAR.findall(text)) + len(HAN_CHAR.sub(" ", text).split())


def speaker_log_odds(segments: list[Segment]) -> dict[str, float]:
    """Each speaker's mean log-odds over all their turns, weighted by turn length (capped), clipped."""
    segments = sorted(segments, key=lambda s: (s.start, s.id))  # the same sums whatever the input order
    odds = turn_log_odds([s.text for s in segments])
    total: dict[str, float] = {}
    weight: dict[str, float] = {}
    for seg, lo in zip(segments, odds, strict=True):
        w = min(length(seg.text), TURN_CAP)
        total[seg.speaker] = total.get(seg.speaker, 0.0) + w * lo
        weight[seg.speaker] = weight.get(seg.speaker, 0.0) + w
    return {spk: float(np.clip(total[spk] / weight[spk], -LOG_ODDS_CAP, LOG_ODDS_CAP)) if weight[spk] else 0.0
            for spk in total}
