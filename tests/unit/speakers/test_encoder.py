"""The speaker encoder on a long recording: mel frames of a span and the LSTM in batches give the same
numbers as the whole recording in one go."""

from __future__ import annotations

import numpy as np
import pytest

from callguard.speakers import diarize, encoder


def noise_and_tones(seconds: float) -> np.ndarray:
    rng = np.random.default_rng(0)
    t = np.arange(int(seconds * 16000)) / 16000
    return (0.05 * rng.standard_normal(t.size) + 0.2 * np.sin(2 * np.pi * 220 * t) * (t % 2 < 1)).astype(np.float32)


def test_mel_frames_of_a_span_equal_the_whole_wavs():
    wav = noise_and_tones(30.0)
    whole = encoder.mel_frames(wav)
    assert len(whole) == encoder.n_frames(len(wav))
    for first, last in [(0, 1), (0, 25), (1000, 1013), (1500, 1660), (len(whole) - 7, len(whole)),
                        (len(whole) - 1, len(whole))]:
        assert np.array_equal(encoder.mel_frames(wav, first, last), whole[first:last]), (first, last)


def test_pieces_embedded_in_batches_equal_one_batch(monkeypatch):
    pytest.importorskip("resemblyzer")
    wav = noise_and_tones(20.0)
    rng = np.random.default_rng(2)
    found = [diarize.Piece(float(s), float(s + rng.uniform(0.3, 2.0)), [0]) for s in rng.uniform(0, 19.5, 150)]
    one = diarize.embed_pieces(wav, found, "cpu")
    monkeypatch.setattr(encoder, "BATCH", 64)
    assert one.shape == (150, encoder.HIDDEN)
    assert np.array_equal(diarize.embed_pieces(wav, found, "cpu"), one)
