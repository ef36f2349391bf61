"""Ingest: the formats a phone produces are probed, hashed and decoded; the original is never touched."""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
import pytest
from helpers import REAL, ffmpeg

from callguard import ingest
from callguard.errors import InputError
from callguard.ingest.channels import channels_distinct
from callguard.types import Pcm16

SOURCE = REAL / "firered_BAC009S0764W0121.wav"
FORMATS = {
    "m4a": ["-c:a", "aac"],
    "mp3": ["-c:a", "libmp3lame"],
    "wav": [],
    "flac": [],
    "ogg": ["-c:a", "libvorbis"],
    "opus": ["-c:a", "libopus"],
    "3gp": ["-ar", "8000", "-c:a", "aac"],
}


def state(path: Path) -> tuple:
    st = path.stat()
    return st.st_size, st.st_mtime_ns, hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("ext", sorted(FORMATS))
def test_phone_formats_decode(tmp_path, ext):
    path = tmp_path / f"call.{ext}"
    ffmpeg("-i", str(SOURCE), *FORMATS[ext], "-metadata", "creation_time=2026-03-01T14:20:00Z", str(path))
    before = state(path)
    rec = ingest.load(path)
    assert state(path) == before
    assert rec.sha256 == before[2] and rec.size_bytes == before[0]
    assert rec.n_channels == 1 and len(rec.channels) == 1
    assert rec.duration_s == pytest.approx(4.2, abs=0.3)
    assert rec.channels[0].size / 16000 == pytest.approx(rec.duration_s, abs=0.3)
    assert 0.01 < float(abs(rec.channels[0]).max()) <= 1.0
    if ext in ("m4a", "mp3", "3gp", "ogg", "opus", "flac"):
        assert rec.creation_time is not None and rec.creation_time.isoformat() == "2026-03-01T14:20:00+00:00"


def amr_file(path: Path, seconds: float) -> None:
    """AMR-NB 12.2 kbit/s frames (Debian's ffmpeg decodes AMR but has no encoder): a header byte and
    31 bytes of payload every 20 ms. Random payloads decode to noise, which is all ingest needs."""
    rng = np.random.default_rng(0)
    frames = [b"\x3c" + rng.integers(0, 256, 31, dtype=np.uint8).tobytes() for _ in range(int(seconds * 50))]
    path.write_bytes(b"#!AMR\n" + b"".join(frames))


@pytest.mark.parametrize("container", ["amr", "3gp"])
def test_amr_voice_memo(tmp_path, container):
    path = tmp_path / "memo.amr"
    amr_file(path, 3.0)
    if container == "3gp":
        ffmpeg("-i", str(path), "-c:a", "copy", str(tmp_path / "memo.3gp"))
        path = tmp_path / "memo.3gp"
    before = state(path)
    rec = ingest.load(path)
    assert state(path) == before
    assert rec.codec == "amr_nb" and rec.sample_rate == 8000
    assert rec.duration_s == pytest.approx(3.0, abs=0.1)
    assert rec.channels[0].size == pytest.approx(3.0 * 16000, abs=800)


def test_video_with_audio_track(tmp_path):
    path = tmp_path / "screen.mp4"
    ffmpeg("-f", "lavfi", "-i", "color=c=black:s=64x64:d=4", "-i", str(SOURCE), "-shortest",
           "-c:v", "libx264", "-c:a", "aac", str(path))
    rec = ingest.load(path)
    assert rec.has_video and rec.n_channels == 1 and rec.channels[0].size > 3 * 16000


def test_stereo_keeps_both_channels():
    rec = ingest.load(REAL / "stereo_diarization.wav")
    assert rec.n_channels == 2 and len(rec.channels) == 2
    assert rec.channels[0].shape == rec.channels[1].shape
    assert abs(rec.channels[0] - rec.channels[1]).max() > 0.05


def test_video_without_audio_is_refused(tmp_path):
    path = tmp_path / "silent.mp4"
    ffmpeg("-f", "lavfi", "-i", "color=c=black:s=64x64:d=1", "-c:v", "libx264", str(path))
    with pytest.raises(InputError, match="no audio track"):
        ingest.load(path)


@pytest.mark.parametrize("hint", [0.0, 1.0, 500.0])
def test_decoding_does_not_depend_on_the_length_the_container_gives(hint):
    # ffmpeg's output is read a block at a time into arrays sized from the duration; a wrong duration
    # only makes them grow (or sit partly unused)
    exact = ingest.load(REAL / "stereo_diarization.wav").channels
    read, _ = ingest.decode(REAL / "stereo_diarization.wav", 2, hint)
    assert len(read) == 2 and all(isinstance(b, np.ndarray) and np.array_equal(a, b)
                                  for a, b in zip(exact, read, strict=True))


def test_a_long_recording_is_kept_as_16_bit_samples(monkeypatch):
    exact = ingest.load(REAL / "stereo_diarization.wav").channels
    monkeypatch.setattr(ingest, "COMPACT_S", 1.0)
    rec = ingest.load(REAL / "stereo_diarization.wav")
    assert all(isinstance(c, Pcm16) and c.samples.dtype == np.int16 for c in rec.channels)
    assert rec.channels[0].size == exact[0].size and rec.channels[0][10:20].dtype == np.float32
    assert all(np.abs(c[:] - e).max() <= 1 / 32768 for c, e in zip(rec.channels, exact, strict=True))
    assert rec.distinct_channels == channels_distinct(exact)


def test_the_listening_copy_comes_from_the_same_decode(tmp_path):
    # the HTML page's MP3 is written by the ffmpeg that decodes the recording, not by a second decode
    path = REAL / "stereo_diarization.wav"
    plain, rec = ingest.load(path), ingest.load(path, listening=True)
    assert plain.listening is None
    assert all(np.array_equal(a, b) for a, b in zip(plain.channels, rec.channels, strict=True))
    copy = tmp_path / "copy.mp3"
    copy.write_bytes(rec.listening)
    heard = ingest.load(copy)
    assert heard.codec == "mp3" and heard.n_channels == 1 and abs(heard.duration_s - rec.duration_s) < 0.2
