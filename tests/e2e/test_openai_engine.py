"""The openai-whisper engine on the checkpoint converted from the CTranslate2 weights: it must load the
way openai-whisper expects and transcribe like the default engine, since both share the weights."""

from __future__ import annotations

import base64
import gzip
import hashlib
import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from helpers import REAL, ROOT, edit_distance
from helpers import references as reference_rows

from callguard.asr import load_engine
from callguard.errors import InputError
from callguard.resources import OPENAI_CHECKPOINT, WHISPER_DIR, models_dir
from callguard.text.chinese import to_simplified

CONVERTER = ROOT / "scripts" / "convert_ct2_to_openai.py"
CHECKPOINT = models_dir() / OPENAI_CHECKPOINT
CLIPS = ("jfk.flac", "wenet_aishell-BAC009S0724W0121.wav")
ENGINES = ("faster-whisper", "openai-whisper")
BASE_DIMS = {"n_mels": 80, "n_audio_ctx": 1500, "n_audio_state": 512, "n_audio_head": 8, "n_audio_layer": 6,
             "n_vocab": 51865, "n_text_ctx": 448, "n_text_state": 512, "n_text_head": 8, "n_text_layer": 6}

needs_checkpoint = pytest.mark.skipif(
    not CHECKPOINT.is_file(), reason=f"{CHECKPOINT} is missing: scripts/setup.sh creates it")


def normalize(text: str, language: str) -> str:
    if language == "zh":
        return re.sub(r"[^\w]", "", text)
    return " ".join(re.sub(r"[^\w' ]", " ", text.lower()).split())


def cer(ref: str, hyp: str, language: str) -> float:
    ref, hyp = normalize(ref, language), normalize(hyp, language)
    return edit_distance(ref, hyp) / max(len(ref), 1)


def wer(ref: str, hyp: str) -> float:
    ref_words, hyp_words = normalize(ref, "en").split(), normalize(hyp, "en").split()
    return edit_distance(ref_words, hyp_words) / max(len(ref_words), 1)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def heads_mask(dump: bytes) -> np.ndarray:
    return np.frombuffer(gzip.decompress(base64.b85decode(dump)), dtype=bool)


@pytest.fixture(scope="module", name="references")
def reference_texts() -> dict[str, tuple[str, str]]:
    return reference_rows()


@pytest.fixture(scope="module")
def audio() -> dict[str, np.ndarray]:
    from faster_whisper import decode_audio

    return {clip: decode_audio(str(REAL / clip), sampling_rate=16000) for clip in CLIPS}


@pytest.fixture(scope="module")
def engines():
    if not CHECKPOINT.is_file():
        pytest.skip(f"{CHECKPOINT} is missing: scripts/setup.sh creates it")
    return {name: load_engine(name, device="cpu") for name in ENGINES}


@pytest.fixture(scope="module")
def transcripts(engines, audio, references):
    return {(clip, name): engine.transcribe(audio[clip], references[clip][0])
            for clip in CLIPS for name, engine in engines.items()}


def text(transcript) -> str:
    return " ".join(s.text for s in transcript.segments)


def test_missing_checkpoint_is_one_line_input_error(tmp_path):
    with pytest.raises(InputError, match="scripts/setup.sh") as err:
        load_engine("openai-whisper", str(tmp_path / "base.pt"), device="cpu")
    assert "\n" not in str(err.value)


def test_converter_rejects_a_folder_without_a_model(tmp_path):
    command = [sys.executable, str(CONVERTER), "--src", str(tmp_path), "--out", str(tmp_path / "x.pt")]
    run = subprocess.run(command, capture_output=True, text=True)
    assert run.returncode == 1
    assert len(run.stderr.strip().splitlines()) == 1 and "model.bin" in run.stderr
    assert not list(tmp_path.iterdir())


@needs_checkpoint
def test_converter_rebuilds_the_same_checkpoint(tmp_path):
    out = tmp_path / "base.pt"
    subprocess.run([sys.executable, str(CONVERTER), "--out", str(out)], check=True, capture_output=True)
    assert sha256(out) == sha256(CHECKPOINT)
    assert [p.name for p in tmp_path.iterdir()] == ["base.pt"]


@needs_checkpoint
def test_checkpoint_loads_in_openai_whisper_as_base():
    import torch
    import whisper

    checkpoint = torch.load(CHECKPOINT, map_location="cpu", weights_only=True)
    assert checkpoint["dims"] == BASE_DIMS
    assert (heads_mask(checkpoint["alignment_heads"]) == heads_mask(whisper._ALIGNMENT_HEADS["base"])).all()
    model = whisper.load_model(str(CHECKPOINT), device="cpu")
    assert model.dims.n_text_layer == 6


def test_openai_engine_detects_language(engines, audio, references):
    for clip in CLIPS:
        language, probability = engines["openai-whisper"].detect_language(audio[clip])
        assert language == references[clip][0]
        assert probability > 0.5


@pytest.mark.parametrize("clip", CLIPS)
def test_engines_agree(transcripts, references, clip):
    language = references[clip][0]
    faster, openai = text(transcripts[clip, "faster-whisper"]), text(transcripts[clip, "openai-whisper"])
    assert cer(faster, openai, language) <= 0.15, (faster, openai)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("clip", CLIPS)
def test_matches_reference(transcripts, references, clip, engine):
    language, reference = references[clip]
    hypothesis = text(transcripts[clip, engine])
    if language == "zh":
        assert cer(reference, hypothesis, "zh") <= 0.25, hypothesis
    else:
        assert wer(reference, hypothesis) <= 0.15, hypothesis


@pytest.mark.parametrize("clip", CLIPS)
def test_openai_transcript_has_word_times(transcripts, audio, clip):
    transcript = transcripts[clip, "openai-whisper"]
    duration = len(audio[clip]) / 16000
    assert transcript.engine == "openai-whisper"
    assert (transcript.compute_type, transcript.device) == ("float32", "cpu")
    assert transcript.segments and all(s.text for s in transcript.segments)
    for segment in transcript.segments:
        assert segment.words
        assert 0 <= segment.start <= segment.end <= duration + 0.5
        assert all(w.start <= w.end for w in segment.words)
        if transcript.language == "zh":
            assert to_simplified(segment.text) == segment.text


def load_converter():
    spec = importlib.util.spec_from_file_location("convert_ct2_to_openai", CONVERTER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def ct2_model():
    model_bin = models_dir() / WHISPER_DIR / "model.bin"
    if not model_bin.is_file():
        pytest.skip(f"{model_bin} is missing: scripts/setup.sh assembles it")
    converter = load_converter()
    return converter, *converter.read_ct2(model_bin)


def test_converter_fails_on_an_unmapped_variable(ct2_model):
    converter, tensors, aliases = ct2_model
    v = converter.Variables(tensors | {"decoder/layer_0/extra/weight": tensors["decoder/layer_norm/beta"]}, aliases)
    converter.encoder(v)
    converter.decoder(v)
    with pytest.raises(converter.ConversionError, match="decoder/layer_0/extra/weight"):
        v.check_all_taken()


def test_converter_fails_on_a_missing_variable(ct2_model):
    converter, tensors, aliases = ct2_model
    v = converter.Variables({k: t for k, t in tensors.items() if k != "decoder/layer_5/ffn/linear_1/bias"}, aliases)
    converter.encoder(v)
    with pytest.raises(converter.ConversionError, match="decoder/layer_5/ffn/linear_1/bias"):
        converter.decoder(v)
