"""faster-whisper engine: CTranslate2, int8 on CPU, float16 on CUDA, batched with timestamps, VAD.

The batched pipeline decodes each ≤30 s chunk of speech once. When Whisper ends a chunk early (it does
when the last sentence runs over the chunk's edge), the rest of that chunk is lost: on the dev calls
about 2% of speech time, whole sentences among it. So after the batched pass, any stretch that the
VAD calls speech but no transcribed word covers is decoded again on its own ("holes").

Asked for "auto", the language is told from the batched pass's first chunk (its encoder output, restricted
to LANGUAGES), so the first 30 s are not encoded a second time just for that.

A recording longer than WINDOW_S is transcribed in windows cut in pauses, each with its own VAD pass and
holes, so memory does not grow with the call; a call of one window is transcribed as it always was.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import ctranslate2
import numpy as np
from faster_whisper import BatchedInferencePipeline, WhisperModel

from callguard.asr import cpu_threads
from callguard.asr.weights import whisper_dir
from callguard.errors import CallguardError, InputError
from callguard.ingest.integrity import model_sha256
from callguard.text.chinese import clean
from callguard.types import SAMPLE_RATE, Segment, Transcript, Word, numbered

LANGUAGES = ("zh", "en")
HOLE_MIN = 1.0  # seconds of uncovered speech worth a second look
HOLE_PAD = 0.3
WINDOW_S = 300.0  # a longer recording is transcribed in windows of about this, for bounded memory
CUT_SEARCH_S = 60.0  # a window is cut in the longest pause within this many seconds of its place
# Chunks decoded at once on CPU, by the recording's length: the encoder's attention takes about 90 MiB a
# chunk of the batch, so a longer recording (more of it held) gets a smaller batch to stay under 1 GiB;
# a batch of 4 transcribes 10 minutes 1.6x as fast as one chunk at a time (scripts/bench_memory.py).
CPU_BATCH = ((20 * 60.0, 4), (60 * 60.0, 2))  # (up to this many seconds, batch); longer: 1


class FasterWhisperEngine:
    name = "faster-whisper"

    def __init__(self, model: str | None, device: str, batch_size: int = 8, fill_holes: bool = True,
                 threads: int | None = None):
        path = Path(model) if model else whisper_dir()
        if not (path / "model.bin").is_file() or not (path / "tokenizer.json").is_file():
            raise InputError(f"no faster-whisper model at {path} (run scripts/setup.sh to assemble it)")
        self.device = device
        self.compute_type = "float16" if device == "cuda" else "int8"
        self.model_name = f"whisper-base (CTranslate2) {path}" if not model else str(path)
        self.model_sha256 = model_sha256(path / "model.bin")
        try:
            self._model = WhisperModel(str(path), device=device, compute_type=self.compute_type,
                                       cpu_threads=cpu_threads(threads), local_files_only=True)
        except (RuntimeError, ValueError) as e:
            raise CallguardError(f"cannot load the faster-whisper model from {path}: {e}") from e
        self._pipeline = _Pipeline(self._model)
        self._batch_size = batch_size
        self.fill_holes = fill_holes
        # greedy (1) is 0.85x the time for 1.17x the CER; beams 2-4 save nothing measurable on CPU, where the
        # encoder dominates (scripts/bench_asr.py --options)
        self.beam_size = 5
        self.hotwords: dict[str, str] = {}  # language -> words offered to the decoder (scripts/bench_prompt.py)

    def detect_language(self, audio: np.ndarray) -> tuple[str, float]:
        _, _, probs = self._model.detect_language(audio)
        return best_language(probs)

    def transcribe(self, audio: np.ndarray, language: str,
                   progress: Callable[[float], None] | None = None) -> Transcript:
        """`language` "auto": told from the first chunk of speech."""
        duration = audio.size / SAMPLE_RATE or 1.0
        out = []
        self._pipeline.found = None if language == "auto" else (language, 1.0)
        cuts = windows(audio)
        batch = self._batch_size if self.device != "cpu" else cpu_batch(audio.size / SAMPLE_RATE)
        for a, b in cuts:
            offset = a / SAMPLE_RATE
            tell = (lambda done, o=offset: progress(min((o + done) / duration, 1.0))) if progress else None
            found = self._window(audio[a:b], batch, tell)
            out += [_shifted(s, offset) for s in found] if a else found
        language, probability = self._pipeline.found or (language, 0.0)
        return Transcript(language=language, segments=numbered([s for s in out if s.text]),
                          language_probability=probability, engine=self.name,
                          model=self.model_name, device=self.device, compute_type=self.compute_type)

    def _window(self, audio: np.ndarray, batch: int,
                progress: Callable[[float], None] | None) -> list[Segment]:
        """Segments of one window, times from its start; `progress` is told the seconds done."""
        language = self._pipeline.found[0] if self._pipeline.found else None  # None: the first batch tells it
        segments, _ = self._pipeline.transcribe(
            audio, language=language or LANGUAGES[0], batch_size=batch, without_timestamps=False,
            word_timestamps=True, vad_filter=True, beam_size=self.beam_size, hotwords=self.hotwords.get(language),
        )
        out = []
        for s in segments:  # a generator: segments come as the audio is decoded, the language with the first
            out.append(_segment(s, self._pipeline.found[0]))
            if progress:
                progress(s.end)
        if self.fill_holes and self._pipeline.found:  # None: no chunk of speech, so no hole either
            out += self._fill_holes(audio, out, self._pipeline.found[0])
        return out

    def _fill_holes(self, audio: np.ndarray, done: list[Segment], language: str) -> list[Segment]:
        out = []
        for a, b in holes(speech_regions(audio), done):
            lo = max(0.0, a - HOLE_PAD)
            piece = audio[int(lo * SAMPLE_RATE):int((b + HOLE_PAD) * SAMPLE_RATE)]
            # sequential decoding moves on from where the text stopped, so it cannot drop an ending
            segments, _ = self._model.transcribe(piece, language=language, beam_size=self.beam_size,
                                                 word_timestamps=True, vad_filter=False,
                                                 condition_on_previous_text=False, temperature=0.0,
                                                 hotwords=self.hotwords.get(language))
            out += [_shifted(_segment(s, language), lo) for s in segments if _plausible(s)]
        return out


class _Pipeline(BatchedInferencePipeline):
    """faster-whisper's batched pipeline that, while `found` is None, tells the language (of LANGUAGES)
    from the first batch's encoder output and decodes every chunk in it: `found` is (language, probability)."""

    found: tuple[str, float] | None = None

    def __init__(self, model: WhisperModel):
        super().__init__(_Encoded(model))

    def generate_segment_batched(self, features, tokenizer, options):
        if self.found is None:
            encoded = self.model.encode(features)
            self.found = best_language(self.model.model.detect_language(_first(encoded))[0])
            tokenizer.language = tokenizer.tokenizer.token_to_id(f"<|{self.found[0]}|>")
            tokenizer.language_code = self.found[0]
            self.model.done = (features, encoded)
        try:
            return super().generate_segment_batched(features, tokenizer, options)
        finally:
            self.model.done = None


class _Encoded:
    """A WhisperModel whose `encode` answers the encoder output already computed for the very same features
    (`done`); one per pipeline, so pipelines in other threads may share the model."""

    def __init__(self, model: WhisperModel):
        self.whisper, self.done = model, None

    def __getattr__(self, name):
        return getattr(self.whisper, name)

    def encode(self, features):
        if self.done is not None and self.done[0] is features:
            return self.done[1]
        return self.whisper.encode(features)


def _first(encoded: ctranslate2.StorageView) -> ctranslate2.StorageView:
    """The batch's first encoder output alone, where it can be cut cheaply (CPU): CTranslate2 tells the language
    of every chunk it is given, and on 2 cores that took 0.2 s for a batch of 4."""
    if encoded.device != "cpu" or encoded.shape[0] == 1:
        return encoded
    return ctranslate2.StorageView.from_array(np.asarray(encoded)[:1])


def best_language(probs: list[tuple[str, float]]) -> tuple[str, float]:
    """The likeliest of LANGUAGES and its probability among them; `probs` as (code, p), a code written
    `zh` or as its token `<|zh|>`."""
    scores = {lang: p for code, p in probs if (lang := code.strip("<|>")) in LANGUAGES}
    best = max(scores, key=scores.get, default=LANGUAGES[0])
    total = sum(scores.values()) or 1.0
    return best, scores.get(best, 0.0) / total


def cpu_batch(seconds: float) -> int:
    return next((batch for longest, batch in CPU_BATCH if seconds <= longest), 1)


def windows(audio: np.ndarray) -> list[tuple[int, int]]:
    """Sample ranges of about equal length, none much over WINDOW_S, that a long recording is transcribed in
    one at a time, so the batched pipeline's copies and features stay bounded; each cut is in the longest
    pause near its place. A recording up to WINDOW_S long is one window."""
    n = max(1, int(np.ceil(audio.size / (WINDOW_S * SAMPLE_RATE))))
    half = int(CUT_SEARCH_S * SAMPLE_RATE / 2)
    cuts = [0]
    for k in range(1, n):
        mid = audio.size * k // n
        lo = max(mid - half, cuts[-1] + 1)
        cuts.append(lo + quietest(audio[lo:mid + half]))
    return list(zip(cuts, [*cuts[1:], audio.size], strict=True))


def quietest(audio: np.ndarray) -> int:
    """The sample in the middle of the longest pause between speech regions (or at either end)."""
    edges = [0.0, *(t for r in speech_regions(audio) for t in r), audio.size / SAMPLE_RATE]
    gaps = [(b - a, (a + b) / 2) for a, b in zip(edges[::2], edges[1::2], strict=True)]
    return int(max(gaps)[1] * SAMPLE_RATE)


def speech_regions(audio: np.ndarray) -> list[tuple[float, float]]:
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    # the options BatchedInferencePipeline itself uses, so the regions are the ones it decoded
    options = VadOptions(max_speech_duration_s=30, min_silence_duration_ms=160)
    return [(r["start"] / SAMPLE_RATE, r["end"] / SAMPLE_RATE) for r in get_speech_timestamps(audio, options)]


def holes(regions: list[tuple[float, float]], done: list[Segment]) -> list[tuple[float, float]]:
    """Stretches of at least HOLE_MIN seconds inside speech regions that no transcribed word covers."""
    spans = sorted((w.start, w.end) for s in done for w in s.words) or sorted((s.start, s.end) for s in done)
    out = []
    for a, b in regions:
        cur = a
        for start, end in spans:
            if end <= cur or start >= b:
                continue
            if start - cur >= HOLE_MIN:
                out.append((cur, start))
            cur = max(cur, end)
        if b - cur >= HOLE_MIN:
            out.append((cur, b))
    return out


def _plausible(s) -> bool:
    # Whisper's own tests for "this was not speech" (its defaults in sequential decoding)
    return not (s.no_speech_prob > 0.6 and s.avg_logprob < -1.0) and s.avg_logprob > -1.5


def _shifted(seg: Segment, offset: float) -> Segment:
    seg.start, seg.end = round(seg.start + offset, 3), round(seg.end + offset, 3)
    seg.words = [replace(w, start=round(w.start + offset, 3), end=round(w.end + offset, 3)) for w in seg.words]
    return seg


def _segment(s, language: str) -> Segment:
    words = [Word(round(w.start, 3), round(w.end, 3), clean(w.word, language) if language == "zh" else w.word,
                  round(w.probability, 3)) for w in (s.words or [])]
    return Segment(id=0, start=round(s.start, 3), end=round(s.end, 3), text=clean(s.text, language),
                   words=words, no_speech_prob=s.no_speech_prob, avg_logprob=s.avg_logprob)
