"""Transcription stage: one engine interface, faster-whisper (default) and openai-whisper behind it."""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol

import numpy as np

from callguard.errors import InputError
from callguard.types import Recording, Transcript, numbered

ENGINES = ("faster-whisper", "openai-whisper")


class Engine(Protocol):
    name: str
    model_name: str
    model_sha256: str
    device: str
    compute_type: str

    def detect_language(self, audio: np.ndarray) -> tuple[str, float]:
        """The language of 16 kHz mono audio, restricted to zh/en, and its probability."""

    def transcribe(self, audio: np.ndarray, language: str) -> Transcript:
        """Segments with word timestamps, Chinese in simplified characters, times in seconds."""


def resolve_device(device: str) -> str:
    if device not in ("auto", "cpu", "cuda"):
        raise InputError(f"--device must be auto, cpu or cuda, not {device!r}")
    if device != "auto":
        return device
    try:
        import ctranslate2

        return "cuda" if ctranslate2.get_cuda_device_count() > 0 else "cpu"
    except Exception:  # a CPU-only build raises instead of returning 0
        return "cpu"


def load_engine(name: str, model: str | None = None, device: str = "auto") -> Engine:
    device = resolve_device(device)
    if name == "faster-whisper":
        from callguard.asr.faster import FasterWhisperEngine

        return FasterWhisperEngine(model, device)
    if name == "openai-whisper":
        from callguard.asr.openai import OpenAIWhisperEngine

        return OpenAIWhisperEngine(model, device)
    raise InputError(f"--engine must be one of {', '.join(ENGINES)}, not {name!r}")


def transcribe(engine: Engine, rec: Recording, language: str = "auto") -> Transcript:
    """The whole recording: each channel on its own when they carry two voices (segments tagged with
    their channel), else the mono mix. `language` "auto" is detected on the mix."""
    if language == "auto":
        language, _ = engine.detect_language(rec.mono)
    if not rec.distinct_channels:
        return engine.transcribe(rec.mono, language)
    parts = [engine.transcribe(audio, language) for audio in rec.channels]
    for channel, part in enumerate(parts):
        for seg in part.segments:
            seg.channel = channel
    return replace(parts[0], segments=numbered([s for p in parts for s in p.segments]))
