"""Transcription stage: one engine interface, faster-whisper (default) and openai-whisper behind it."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Protocol

import numpy as np

from callguard.errors import InputError
from callguard.types import Progress, Recording, Transcript, numbered

ENGINES = ("faster-whisper", "openai-whisper")


class Engine(Protocol):
    name: str
    model_name: str
    model_sha256: str
    device: str
    compute_type: str

    def detect_language(self, audio: np.ndarray) -> tuple[str, float]:
        """The language of 16 kHz mono audio, restricted to zh/en, and its probability."""

    def transcribe(self, audio: np.ndarray, language: str,
                   progress: Callable[[float], None] | None = None) -> Transcript:
        """Segments with word timestamps, Chinese in simplified characters, times in seconds; `progress`
        is told the fraction of the audio done as it goes. `language` "auto": the engine tells it (of zh,
        en) from the first 30 s of speech, and the transcript says what it found."""


MODEL_NAMES = ("base", "whisper-base")  # the one model that ships; --model NAME or a path


def cuda_devices(engine: str = "faster-whisper") -> int:
    try:
        if engine == "openai-whisper":
            import torch

            return torch.cuda.device_count() if torch.cuda.is_available() else 0
        import ctranslate2

        return ctranslate2.get_cuda_device_count()
    except Exception:  # a CPU-only build raises instead of returning 0
        return 0


def resolve_device(device: str, engine: str = "faster-whisper") -> str:
    if device not in ("auto", "cpu", "cuda"):
        raise InputError(f"--device must be auto, cpu or cuda, not {device!r}")
    if device == "cuda" and not cuda_devices(engine):
        raise InputError("--device cuda: no CUDA device found (use --device cpu or auto)")
    if device != "auto":
        return device
    return "cuda" if cuda_devices(engine) else "cpu"


def check_engine(name: str, device: str) -> None:
    """Usage errors in --engine and --device, found before any model is loaded."""
    if name not in ENGINES:
        raise InputError(f"--engine must be one of {', '.join(ENGINES)}, not {name!r}")
    resolve_device(device, name)


def model_path(model: str | None) -> str | None:
    """--model: a path, or the name of the model that ships (None: the default weights)."""
    if model is None or model.strip().lower() in MODEL_NAMES:
        return None
    if not Path(model).exists() and "/" not in model and not model.endswith(".pt"):
        raise InputError(f"--model {model!r}: only Whisper base ships with callguard (--model base); "
                         "for another model give its folder (faster-whisper) or .pt file (openai-whisper)")
    return model


def load_engine(name: str, model: str | None = None, device: str = "auto", threads: int | None = None) -> Engine:
    """`threads`: CPU threads (default CALLGUARD_THREADS, else every core)."""
    check_engine(name, device)
    device = resolve_device(device, name)
    model = model_path(model)
    if name == "faster-whisper":
        from callguard.asr.faster import FasterWhisperEngine

        return FasterWhisperEngine(model, device, threads=threads)
    from callguard.asr.openai import OpenAIWhisperEngine

    return OpenAIWhisperEngine(model, device, threads)


def cpu_threads(threads: int | None = None) -> int:
    """CPU threads for a speech model: as asked, else CALLGUARD_THREADS, else every core."""
    return threads or int(os.environ.get("CALLGUARD_THREADS", "0")) or (os.cpu_count() or 1)


def transcribe(engine: Engine, rec: Recording, language: str = "auto",
               progress: Progress | None = None) -> Transcript:
    """The whole recording: each channel on its own when they carry two voices (segments tagged with
    their channel), else the mono mix. `language` "auto": the first channel with speech tells it."""
    if not rec.distinct_channels:
        return engine.transcribe(rec.mono, language, _stage(progress, 0, 1))
    n = len(rec.channels)
    parts = []
    for k, audio in enumerate(rec.channels):
        parts.append(engine.transcribe(audio, language, _stage(progress, k, n)))
        if parts[-1].segments:
            language = parts[-1].language
    for channel, part in enumerate(parts):
        for seg in part.segments:
            seg.channel = channel
    told = next((p for p in parts if p.segments), parts[0])
    return replace(told, segments=numbered([s for p in parts for s in p.segments]))


def _stage(progress: Progress | None, k: int, n: int) -> Callable[[float], None] | None:
    """Part k of n of the transcription, as a fraction of the whole."""
    if progress is None:
        return None
    return lambda done: progress("transcribing", (k + done) / n)
