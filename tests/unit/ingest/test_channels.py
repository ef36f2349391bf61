"""A stereo recording's channel check and its mono mix, a block at a time: the numbers of the whole."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from callguard.ingest import channels
from callguard.types import Pcm16, Recording


def two_voices(seconds: float) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(1)
    n = int(seconds * 16000)
    gate = (np.arange(n) // 16000) % 3
    left = (0.3 * rng.standard_normal(n) * (gate == 0) + 0.01 * rng.standard_normal(n)).astype(np.float32)
    right = (0.3 * rng.standard_normal(n) * (gate == 1) + 0.01 * rng.standard_normal(n) + 0.01).astype(np.float32)
    return left, right


def whole_corr(a: np.ndarray, b: np.ndarray) -> float:
    a, b = a.astype(np.float64) - a.mean(dtype=np.float64), b.astype(np.float64) - b.mean(dtype=np.float64)
    return float(np.dot(a, b) / np.sqrt(np.dot(a, a) * np.dot(b, b)))


def test_channel_stats_in_blocks_match_the_whole(monkeypatch):
    monkeypatch.setattr(channels, "BLOCK", channels.FRAME * 7)
    left, right = two_voices(10.0)
    frames = left[: len(left) // channels.FRAME * channels.FRAME].reshape(-1, channels.FRAME).astype(np.float64)
    assert np.array_equal(channels.frame_db(left), 10 * np.log10(np.mean(frames**2, axis=1) + 1e-10))
    stats = channels.channel_stats(left, right)
    assert abs(stats.wave_corr - whole_corr(left, right)) < 1e-9
    assert stats.distinct
    assert not channels.channel_stats(left, left + np.float32(1e-3)).distinct


def test_mono_mix_is_the_mean_of_the_channels():
    left, right = two_voices(3.0)
    rec = Recording(path=Path("x.wav"), sha256="", size_bytes=0, duration_s=3.0, n_channels=2, sample_rate=16000,
                    format="wav", codec="pcm", creation_time=None, mtime="", channels=[left, right])
    mean = np.mean(np.stack([left, right]), axis=0)
    assert rec.mono.dtype == np.float32 and np.array_equal(rec.mono, mean)
    assert np.array_equal(rec.mix(100, 900), mean[100:900])


def test_a_16_bit_channel_reads_as_float32_and_gets_the_same_decision():
    left, right = two_voices(10.0)
    a, b = Pcm16(Pcm16.quantize(left)), Pcm16(Pcm16.quantize(right))
    assert len(a) == a.size == left.size and a[5:50].dtype == np.float32
    assert np.abs(a[:] - np.clip(left, -1, 1 - 1 / 32768)).max() <= 0.5 / 32768 + 1e-9  # loud noise clips
    assert channels.channel_stats(a, b).distinct == channels.channel_stats(left, right).distinct
    assert abs(channels.channel_stats(a, b).wave_corr - channels.channel_stats(left, right).wave_corr) < 1e-4
    rec = Recording(path=Path("x.wav"), sha256="", size_bytes=0, duration_s=10.0, n_channels=1, sample_rate=16000,
                    format="wav", codec="pcm", creation_time=None, mtime="", channels=[a])
    assert rec.mono is a and np.array_equal(rec.mix(0, 480), a[:480])
