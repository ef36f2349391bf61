"""faster-whisper engine: CTranslate2, int8 on CPU, float16 on CUDA, batched with timestamps, VAD."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np

from callguard.asr.text import clean
from callguard.errors import CallguardError, InputError
from callguard.integrity import file_sha256
from callguard.paths import WHISPER_DIR, models_dir
from callguard.types import Segment, Transcript, Word

LANGUAGES = ("zh", "en")


class FasterWhisperEngine:
    name = "faster-whisper"

    def __init__(self, model: str | None, device: str, batch_size: int = 8):
        from faster_whisper import BatchedInferencePipeline, WhisperModel

        path = Path(model) if model else models_dir() / WHISPER_DIR
        if not (path / "model.bin").is_file() or not (path / "tokenizer.json").is_file():
            raise InputError(f"no faster-whisper model at {path} (run scripts/setup.sh to assemble it)")
        self.device = device
        self.compute_type = "float16" if device == "cuda" else "int8"
        self.model_name = f"whisper-base (CTranslate2) {path}" if not model else str(path)
        self.model_sha256 = file_sha256(path / "model.bin")
        threads = int(os.environ.get("CALLGUARD_THREADS", "0")) or (os.cpu_count() or 1)
        try:
            self._model = WhisperModel(str(path), device=device, compute_type=self.compute_type,
                                       cpu_threads=threads, local_files_only=True)
        except (RuntimeError, ValueError) as e:
            raise CallguardError(f"cannot load the faster-whisper model from {path}: {e}") from e
        self._pipeline = BatchedInferencePipeline(self._model)
        self._batch_size = batch_size

    def detect_language(self, audio: np.ndarray) -> tuple[str, float]:
        _, _, probs = self._model.detect_language(audio)
        scores = {lang: p for lang, p in probs if lang in LANGUAGES}
        best = max(scores, key=scores.get, default="zh")
        total = sum(scores.values()) or 1.0
        return best, scores.get(best, 0.0) / total

    def transcribe(self, audio: np.ndarray, language: str) -> Transcript:
        segments, info = self._pipeline.transcribe(
            audio, language=language, batch_size=self._batch_size, without_timestamps=False,
            word_timestamps=True, vad_filter=True, beam_size=5,
        )
        out = [_segment(i, s, language) for i, s in enumerate(segments)]
        return Transcript(language=language, segments=[s for s in out if s.text],
                          language_probability=info.language_probability, engine=self.name,
                          model=self.model_name, device=self.device, compute_type=self.compute_type)


def _segment(i: int, s, language: str) -> Segment:
    words = [Word(round(w.start, 3), round(w.end, 3), clean(w.word, language) if language == "zh" else w.word,
                  round(w.probability, 3)) for w in (s.words or [])]
    return Segment(id=i, start=round(s.start, 3), end=round(s.end, 3), text=clean(s.text, language),
                   words=words, no_speech_prob=s.no_speech_prob, avg_logprob=s.avg_logprob)
