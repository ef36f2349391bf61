"""`callguard redact` on a real report: no phone number left in any text, silence where it was spoken,
the originals untouched, and the copy says what it is."""

from __future__ import annotations

import json
import re
import shutil

import numpy as np
from faster_whisper import decode_audio
from helpers import DEV, run_cli

from callguard.casework.redact import PAD_S
from callguard.types import SAMPLE_RATE

PHONE = re.compile(r"\d{3}\D{0,2}\d{3}\D?\d{4}")
NOT_WORDS = re.compile(r'data:[^"]*|\b[0-9a-f]{16,}\b')  # the embedded audio and the digests


def page_words(page: str) -> str:
    return NOT_WORDS.sub(" ", page)


def texts(report: dict) -> list[str]:
    segs = report["transcript"]["segments"]
    out = [s["text"] for s in segs] + [w["text"] for s in segs for w in s["words"]]
    return out + [f[k] for f in report["findings"] for k in ("text", "explanation")] + \
        [p["name"] for p in report["parties"]]


def rms(audio: np.ndarray, start: float, end: float) -> float:
    part = audio[int(start * SAMPLE_RATE):int(end * SAMPLE_RATE)]
    return float(np.sqrt(np.mean(np.square(part)))) if len(part) else 0.0


def test_redacted_copy_of_a_call_with_a_phone_number(tmp_path):
    recording = tmp_path / "en-dev-07.m4a"
    shutil.copy(DEV / "en-dev-07.m4a", recording)
    assert run_cli("analyze", recording, "--out", tmp_path, "--timezone", "-06:00").returncode == 0
    report_path = tmp_path / "en-dev-07.json"
    original = json.loads(report_path.read_text(encoding="utf-8"))
    assert any(PHONE.search(t) for t in texts(original)), "the call's phone number was not transcribed"
    before = (report_path.read_bytes(), recording.read_bytes())

    done = run_cli("redact", report_path, "--name", "Jordan")
    assert done.returncode == 0, done.stderr
    copy = json.loads((tmp_path / "en-dev-07.redacted.json").read_text(encoding="utf-8"))
    assert not any(PHONE.search(t) for t in texts(copy))
    assert not any("jordan" in t.lower() for t in texts(copy))
    red = copy["redaction"]
    assert red["original_recording_sha256"] == original["source"]["sha256"]
    assert red["original_report_digest"] == original["integrity"]["digest"] and red["names_masked"]
    assert "not the original evidence" in red["note"] and copy["limitations"][0] == red["note"]
    page = (tmp_path / "en-dev-07.redacted.html").read_text(encoding="utf-8")
    assert page.index("not the original evidence") < page.index('id="summary"')
    assert not PHONE.search(page_words(page))

    muted = decode_audio(str(tmp_path / "en-dev-07.redacted.flac"))
    phones = [m for m in red["masked"] if m["kind"] == "phone"]
    assert phones and all(rms(muted, m["start"] + PAD_S, m["end"] - PAD_S) < 1e-5 for m in phones)
    assert rms(muted, 0, muted.size / SAMPLE_RATE) > 1e-3  # the rest still plays
    assert (report_path.read_bytes(), recording.read_bytes()) == before
    assert run_cli("verify", tmp_path / "en-dev-07.redacted.json", tmp_path / "en-dev-07.redacted.flac").returncode == 0
    again = run_cli("redact", report_path)
    assert again.returncode == 2 and "already exists" in again.stderr
