"""Ingest stage: probe, hash and decode a recording (ffmpeg-python), and tell its channel layout.
The original is only ever read."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from datetime import datetime, timezone
from pathlib import Path

import ffmpeg
import numpy as np

from callguard.errors import CallguardError, InputError
from callguard.ingest.channels import channels_distinct
from callguard.ingest.integrity import file_state
from callguard.types import SAMPLE_RATE, Pcm16, Recording

MAX_DURATION_S = 4 * 3600.0
BLOCK_SAMPLES = 1 << 18  # samples of each channel read from ffmpeg at a time
COMPACT_S = 600.0  # a longer recording is kept as 16-bit samples (Pcm16): half the memory
LISTENING_MAX_S = 900.0  # a recording up to this long gets a listening copy its HTML page embeds
LISTENING = {"format": "mp3", "acodec": "libmp3lame", "ac": 1, "ar": SAMPLE_RATE, "audio_bitrate": "24k",
             "vn": None, "map_metadata": -1}  # a small mono MP3, no metadata: the page carries it


def ensure_ffmpeg() -> None:
    missing = [b for b in ("ffmpeg", "ffprobe") if shutil.which(b) is None]
    if missing:
        raise CallguardError(f"{' and '.join(missing)} not found on PATH (run scripts/setup.sh)")


def check_readable(path: Path) -> None:
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if not path.is_file():
        raise InputError(f"{path}: not a file")
    if not os.access(path, os.R_OK):
        raise InputError(f"{path}: not readable (permission denied)")
    if path.stat().st_size == 0:
        raise InputError(f"{path}: empty file (0 bytes), not a recording")


def probe(path: Path) -> dict:
    try:
        return ffmpeg.probe(str(path))
    except ffmpeg.Error as e:
        reason = _last_line(e.stderr)
        raise InputError(f"{path}: not a readable recording ({reason})") from None


def _last_line(stderr: bytes | None) -> str:
    lines = [ln.strip() for ln in (stderr or b"").decode("utf-8", "replace").splitlines() if ln.strip()]
    return lines[-1] if lines else "ffmpeg could not read it"


def _audio_stream(info: dict, path: Path) -> dict:
    streams = [s for s in info.get("streams", []) if s.get("codec_type") == "audio"]
    if not streams:
        raise InputError(f"{path}: no audio track in this file")
    return streams[0]


def _creation_time(info: dict, stream: dict) -> datetime | None:
    for tags in (info.get("format", {}).get("tags", {}), stream.get("tags", {})):
        value = {k.lower(): v for k, v in (tags or {}).items()}.get("creation_time")
        if value:
            try:
                parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                continue
            return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)
    return None


def _duration(info: dict, stream: dict) -> float:
    for value in (info.get("format", {}).get("duration"), stream.get("duration")):
        try:
            return float(value)
        except (TypeError, ValueError):
            continue
    return 0.0


def decode(path: Path, n_channels: int, duration_s: float = 0.0,
           listening: bool = False) -> tuple[list[np.ndarray | Pcm16], bytes | None]:
    """Every channel at 16 kHz float32 (Pcm16 when over COMPACT_S long); more than two channels are mixed
    down to one. ffmpeg's output is read a block at a time into arrays sized from `duration_s`, so it is
    never held twice. With `listening`, the same decode also writes the listening copy (LISTENING)."""
    ac = n_channels if n_channels in (1, 2) else 1
    source = ffmpeg.input(str(path))
    with tempfile.TemporaryDirectory(prefix="callguard-") as tmp, tempfile.TemporaryFile() as err:
        copy = Path(tmp) / "listening.mp3"
        outputs = [source.output("pipe:", format="f32le", acodec="pcm_f32le", ac=ac, ar=SAMPLE_RATE, map="0:a:0")]
        if listening:
            outputs.append(source.output(str(copy), map="0:a:0", **LISTENING))
        command = ffmpeg.merge_outputs(*outputs).global_args("-nostdin", "-v", "error").compile()
        proc = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=err)
        with proc.stdout:
            channels = _read_channels(proc.stdout, ac, int(duration_s * 1.01 * SAMPLE_RATE) + SAMPLE_RATE,
                                      duration_s > COMPACT_S)
        failed = proc.wait() != 0
        err.seek(0)
        stderr = err.read()
        heard = copy.read_bytes() if listening and not failed and copy.is_file() else None
    if failed or (channels[0].size == 0 and stderr.strip()):
        raise InputError(f"{path}: cannot decode the audio ({_last_line(stderr)})")
    return channels, heard or None


def _read_channels(stream, ac: int, expected: int, compact: bool) -> list[np.ndarray | Pcm16]:
    out = [np.empty(expected, np.int16 if compact else np.float32) for _ in range(ac)]
    n = 0
    while block := stream.read(BLOCK_SAMPLES * 4 * ac):
        samples = np.frombuffer(block, np.float32, count=len(block) // (4 * ac) * ac)
        k = samples.size // ac
        if n + k > out[0].size:  # longer than the container said
            out = [np.concatenate([o[:n], np.empty(max(k, n // 2), o.dtype)]) for o in out]
        for c in range(ac):
            out[c][n:n + k] = Pcm16.quantize(samples[c::ac]) if compact else samples[c::ac]
        n += k
    return [Pcm16(o[:n]) if compact else o[:n] for o in out]


def _check_length(path: Path, duration: float) -> None:
    if duration > MAX_DURATION_S:
        raise InputError(f"{path}: {duration / 3600:.1f} h long; recordings over "
                         f"{MAX_DURATION_S / 3600:.0f} h are not supported, split it first")


def check(path: Path) -> None:
    """The cheap checks `load` starts with (exists, readable, a recording with audio), so a command can
    refuse bad input before it loads any model."""
    ensure_ffmpeg()
    path = Path(path)
    check_readable(path)
    _audio_stream(probe(path), path)


def load(path: Path, listening: bool = False) -> Recording:
    """`listening`: also make the listening copy (Recording.listening) when the recording is up to
    LISTENING_MAX_S long, in the same decode."""
    ensure_ffmpeg()
    path = Path(path)
    check_readable(path)
    state = file_state(path)
    info = probe(path)
    stream = _audio_stream(info, path)
    n_channels = int(stream.get("channels") or 1)
    stated = _duration(info, stream)
    _check_length(path, stated)  # before decoding: a recording too long is refused without reading it
    channels, heard = decode(path, n_channels, stated, listening and 0 < stated <= LISTENING_MAX_S)
    decoded_s = channels[0].size / SAMPLE_RATE
    duration = stated or decoded_s
    _check_length(path, duration)
    if decoded_s == 0 and duration > 0.5:
        raise InputError(f"{path}: truncated or damaged, no audio could be decoded")
    return Recording(
        path=path, sha256=state.sha256, size_bytes=state.size_bytes, duration_s=round(duration, 3),
        n_channels=n_channels, sample_rate=int(stream.get("sample_rate") or 0),
        format=path.suffix.lstrip(".").lower() or info.get("format", {}).get("format_name", ""),
        codec=stream.get("codec_name", ""), creation_time=_creation_time(info, stream),
        mtime=state.mtime, channels=channels, distinct_channels=channels_distinct(channels),
        has_video=any(s.get("codec_type") == "video" for s in info.get("streams", [])), listening=heard,
    )
