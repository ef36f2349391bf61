"""Channel layout of a stereo recording: two different voices (a call recorder's two sides), or one
signal copied, with codec noise, to both."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

FRAME = 320  # 20 ms at 16 kHz
ACTIVE_DB = 40.0  # frames within this many dB of the loudest count as active
DOMINANT_DB = 6.0  # a channel dominates a frame when it is this much louder
MIN_DOMINANT_SHARE = 0.05  # each channel must dominate at least this share of active frames
MAX_WAVE_CORR = 0.8
MAX_ENVELOPE_CORR = 0.8
BLOCK = FRAME * 3000  # a minute of audio at a time: a long recording is never copied whole in float64


@dataclass(frozen=True)
class ChannelStats:
    wave_corr: float
    envelope_corr: float
    dominant_share: tuple[float, float]

    @property
    def distinct(self) -> bool:
        return (self.wave_corr < MAX_WAVE_CORR and self.envelope_corr < MAX_ENVELOPE_CORR
                and min(self.dominant_share) >= MIN_DOMINANT_SHARE)


def frame_db(audio: np.ndarray, n: int | None = None) -> np.ndarray:
    """The level of each 20 ms frame of the first n samples, in dB; a block at a time."""
    n = (len(audio) if n is None else n) // FRAME * FRAME
    return np.concatenate([_frame_db(audio[i:min(i + BLOCK, n)]) for i in range(0, n, BLOCK)] or [np.zeros(0)])


def _frame_db(audio: np.ndarray) -> np.ndarray:
    frames = audio.reshape(-1, FRAME).astype(np.float64)
    return 10 * np.log10(np.mean(frames**2, axis=1) + 1e-10)


def channel_stats(left: np.ndarray, right: np.ndarray) -> ChannelStats:
    n = min(len(left), len(right))
    db_l, db_r = frame_db(left, n), frame_db(right, n)
    loud = np.maximum(db_l, db_r)
    active = loud > loud.max(initial=-100.0) - ACTIVE_DB if len(loud) else loud.astype(bool)
    if active.sum() < 10:
        return ChannelStats(1.0, 1.0, (0.0, 0.0))
    diff = db_l[active] - db_r[active]
    share = (float(np.mean(diff > DOMINANT_DB)), float(np.mean(diff < -DOMINANT_DB)))
    return ChannelStats(_wave_corr(left, right, n), _corr(db_l[active], db_r[active]), share)


def _corr(a: np.ndarray, b: np.ndarray) -> float:
    a, b = a - a.mean(), b - b.mean()
    denom = np.sqrt(np.dot(a, a) * np.dot(b, b))
    return float(np.dot(a, b) / denom) if denom > 0 else 1.0


def _wave_corr(a: np.ndarray, b: np.ndarray, n: int) -> float:
    """_corr of the first n samples of two long waveforms in float64, a block at a time, without whole
    float64 copies."""
    blocks = [slice(i, min(i + BLOCK, n)) for i in range(0, n, BLOCK)]
    mean_a = sum(float(np.sum(a[s], dtype=np.float64)) for s in blocks) / n
    mean_b = sum(float(np.sum(b[s], dtype=np.float64)) for s in blocks) / n
    ab = aa = bb = 0.0
    for s in blocks:
        x, y = a[s] - np.float64(mean_a), b[s] - np.float64(mean_b)
        ab, aa, bb = ab + np.dot(x, y), aa + np.dot(x, x), bb + np.dot(y, y)
    denom = np.sqrt(aa * bb)
    return float(ab / denom) if denom > 0 else 1.0


def channels_distinct(channels: list[np.ndarray]) -> bool:
    """True when two channels carry different voices, not one signal copied (with codec noise) to both."""
    if len(channels) != 2:
        return False
    return channel_stats(channels[0], channels[1]).distinct
