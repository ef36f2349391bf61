"""openai-whisper engine: PyTorch, on the checkpoint scripts/convert_ct2_to_openai.py rebuilds from the
CTranslate2 weights, so it transcribes with the same model as the default engine."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np

from callguard.asr import cpu_threads
from callguard.errors import CallguardError, InputError
from callguard.ingest.integrity import model_sha256
from callguard.resources import OPENAI_CHECKPOINT, models_dir
from callguard.text.chinese import clean
from callguard.types import SAMPLE_RATE, Segment, Transcript, Word, numbered

LANGUAGE_S = 30  # the language is told from the first 30 s

LANGUAGES = ("zh", "en")


class OpenAIWhisperEngine:
    name = "openai-whisper"

    def __init__(self, model: str | None, device: str, threads: int | None = None):
        import torch

        path = Path(model) if model else models_dir() / OPENAI_CHECKPOINT
        if not path.is_file():
            raise InputError(f"no openai-whisper checkpoint at {path} (run scripts/setup.sh to create it)")
        self.device = device
        self.compute_type = "float16" if device == "cuda" else "float32"
        self.model_name = f"whisper-base (openai-whisper) {path}" if not model else str(path)
        self.model_sha256 = model_sha256(path)
        torch.set_num_threads(cpu_threads(threads))
        self._model = _load(path, device)

    def detect_language(self, audio: np.ndarray) -> tuple[str, float]:
        import whisper

        mel = whisper.log_mel_spectrogram(whisper.pad_or_trim(audio), n_mels=self._model.dims.n_mels)
        _, probs = self._model.detect_language(mel.to(self._model.device))
        scores = {lang: float(probs.get(lang, 0.0)) for lang in LANGUAGES}
        best = max(scores, key=scores.get)
        total = sum(scores.values()) or 1.0
        return best, scores[best] / total

    def transcribe(self, audio: np.ndarray, language: str,
                   progress: Callable[[float], None] | None = None) -> Transcript:
        import whisper

        probability = 1.0
        if language == "auto":
            language, probability = self.detect_language(audio[:LANGUAGE_S * SAMPLE_RATE])
        # No conditioning on the previous window, like faster-whisper's batched pipeline: it keeps the
        # two engines comparable and stops one misheard window from derailing the rest of the call.
        result = whisper.transcribe(
            self._model, np.asarray(audio, dtype=np.float32), language=language, task="transcribe",
            word_timestamps=True, beam_size=5, best_of=5, condition_on_previous_text=False,
            fp16=self.compute_type == "float16", verbose=None,
        )
        out = [_segment(s, language) for s in result["segments"]]
        if progress:
            progress(1.0)
        return Transcript(language=language, segments=numbered([s for s in out if s.text]),
                          language_probability=probability, engine=self.name, model=self.model_name, device=self.device,
                          compute_type=self.compute_type)


def _load(path: Path, device: str):
    import torch
    from whisper.model import ModelDimensions, Whisper

    try:
        checkpoint = torch.load(path, map_location="cpu", weights_only=True)
        model = Whisper(ModelDimensions(**checkpoint["dims"]))
        model.load_state_dict(checkpoint["model_state_dict"])
    except (RuntimeError, KeyError, TypeError, OSError) as e:
        raise CallguardError(f"cannot load the openai-whisper checkpoint {path}: {e}") from e
    # whisper.load_model knows the word-timing heads of its named models only; ours come in the file.
    if checkpoint.get("alignment_heads"):
        model.set_alignment_heads(checkpoint["alignment_heads"])
    return model.to(device).eval()


def _segment(s: dict, language: str) -> Segment:
    words = [Word(round(float(w["start"]), 3), round(float(w["end"]), 3),
                  clean(w["word"], language) if language == "zh" else w["word"],
                  round(float(w["probability"]), 3)) for w in s.get("words", [])]
    return Segment(id=0, start=round(float(s["start"]), 3), end=round(float(s["end"]), 3),
                   text=clean(s["text"], language), words=words, no_speech_prob=float(s["no_speech_prob"]),
                   avg_logprob=float(s["avg_logprob"]))
