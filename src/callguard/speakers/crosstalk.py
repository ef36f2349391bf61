"""Crosstalk between the two channels of a stereo call: a voice leaks, quieter, into the other channel, and
is transcribed there too. Of two overlapping segments that say the same, the quieter one is the echo."""

from __future__ import annotations

import numpy as np

from callguard.text import similarity
from callguard.types import SAMPLE_RATE, Segment

BLEED_SIMILARITY = 0.6  # text similarity above which two overlapping segments are one utterance


def merge_channels(segments: list[Segment], channels: list[np.ndarray]) -> list[Segment]:
    """Segments of all channels in start order, without the echoes crosstalk leaves in a quieter channel."""
    ordered = sorted(segments, key=lambda s: (s.start, s.channel or 0))
    level = {id(s): _level(channels, s) for s in ordered}
    dropped = set()
    for i, a in enumerate(ordered):
        for b in ordered[i + 1:]:
            if b.start >= a.end:
                break
            if a.channel == b.channel or not _same_utterance(a, b):
                continue
            dropped.add(id(a) if level[id(a)] < level[id(b)] else id(b))
    return [s for s in ordered if id(s) not in dropped]


def _same_utterance(a: Segment, b: Segment) -> bool:
    overlap = min(a.end, b.end) - max(a.start, b.start)
    shorter = max(min(a.end - a.start, b.end - b.start), 1e-3)
    return overlap / shorter >= 0.5 and similarity(a.text, b.text) >= BLEED_SIMILARITY


def _level(channels: list[np.ndarray], seg: Segment) -> float:
    """The segment's loudness (dB) in its own channel."""
    audio = channels[seg.channel or 0]
    part = audio[int(seg.start * SAMPLE_RATE): int(seg.end * SAMPLE_RATE)]
    return float(10 * np.log10(np.mean(np.square(part, dtype=np.float64)) + 1e-10)) if len(part) else -100.0
