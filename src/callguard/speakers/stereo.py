"""Stereo recordings: are the two channels two different voices, and merging per-channel transcripts."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from callguard.speakers.text import similarity
from callguard.types import SAMPLE_RATE, Recording, Segment

FRAME = 320  # 20 ms at 16 kHz
ACTIVE_DB = 40.0  # frames within this many dB of the loudest count as active
DOMINANT_DB = 6.0  # a channel dominates a frame when it is this much louder
MIN_DOMINANT_SHARE = 0.05  # each channel must dominate at least this share of active frames
MAX_WAVE_CORR = 0.8
MAX_ENVELOPE_CORR = 0.8
BLEED_SIMILARITY = 0.6  # text similarity above which two overlapping segments are one utterance


@dataclass(frozen=True)
class ChannelStats:
    wave_corr: float
    envelope_corr: float
    dominant_share: tuple[float, float]

    @property
    def distinct(self) -> bool:
        return (self.wave_corr < MAX_WAVE_CORR and self.envelope_corr < MAX_ENVELOPE_CORR
                and min(self.dominant_share) >= MIN_DOMINANT_SHARE)


def frame_db(audio: np.ndarray) -> np.ndarray:
    n = len(audio) // FRAME
    frames = audio[: n * FRAME].reshape(n, FRAME).astype(np.float64)
    return 10 * np.log10(np.mean(frames**2, axis=1) + 1e-10)


def channel_stats(left: np.ndarray, right: np.ndarray) -> ChannelStats:
    n = min(len(left), len(right))
    left, right = left[:n].astype(np.float64), right[:n].astype(np.float64)
    db_l, db_r = frame_db(left), frame_db(right)
    loud = np.maximum(db_l, db_r)
    active = loud > loud.max(initial=-100.0) - ACTIVE_DB if len(loud) else loud.astype(bool)
    if active.sum() < 10:
        return ChannelStats(1.0, 1.0, (0.0, 0.0))
    diff = db_l[active] - db_r[active]
    share = (float(np.mean(diff > DOMINANT_DB)), float(np.mean(diff < -DOMINANT_DB)))
    return ChannelStats(_corr(left, right), _corr(db_l[active], db_r[active]), share)


def _corr(a: np.ndarray, b: np.ndarray) -> float:
    a, b = a - a.mean(), b - b.mean()
    denom = np.sqrt(np.dot(a, a) * np.dot(b, b))
    return float(np.dot(a, b) / denom) if denom > 0 else 1.0


def channels_distinct(recording: Recording) -> bool:
    """True when two channels carry different voices, not one signal copied (with codec noise) to both."""
    if len(recording.channels) < 2:
        return False
    return channel_stats(recording.channels[0], recording.channels[1]).distinct


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
