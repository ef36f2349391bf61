"""Bad input: one clear line and the contract's exit code, no traceback, no half report, input untouched."""

from __future__ import annotations

import hashlib
import json

import pytest
from helpers import DEV, ffmpeg, run_cli


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def bad_files(tmp_path_factory):
    d = tmp_path_factory.mktemp("bad")
    (d / "empty.m4a").write_bytes(b"")
    (d / "truncated.m4a").write_bytes((DEV / "zh-dev-02.m4a").read_bytes()[:4000])
    (d / "notes.mp3").write_text("this is a text file, not a recording\n")
    ffmpeg("-f", "lavfi", "-i", "anullsrc=r=16000:cl=mono", "-t", "0", str(d / "zero.wav"))
    return d


def error_lines(stderr: str) -> list[str]:
    return [ln for ln in stderr.splitlines() if "error" in ln.lower()]


def test_each_bad_file_gets_one_line_and_exit_2(bad_files, tmp_path):
    names = ["empty.m4a", "truncated.m4a", "notes.mp3", "zero.wav", "missing.m4a"]
    before = {n: digest(bad_files / n) for n in names if (bad_files / n).exists()}
    out = tmp_path / "out"
    r = run_cli("analyze", *[bad_files / n for n in names], "--out", out)
    assert r.returncode == 2, r.stderr
    assert "Traceback" not in r.stderr and "Traceback" not in r.stdout
    errors = error_lines(r.stderr)
    assert len(errors) == len(names), r.stderr
    for name, line in zip(names, errors, strict=True):
        assert name in line
    assert "empty file" in errors[0] and "not a readable recording" in errors[2] and "zero-length" in errors[3]
    assert "no such file" in errors[4]
    assert not any(out.iterdir())
    assert {n: digest(bad_files / n) for n in before} == before


def test_unwritable_output_folder(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    r = run_cli("analyze", DEV / "zh-dev-02.m4a", "--out", blocker / "reports")
    assert r.returncode == 2
    assert r.stderr.strip().splitlines()[-1].startswith("callguard: error: cannot write to the output folder")


@pytest.mark.parametrize("args, message", [
    (["--timezone", "Mars/Olympus"], "--timezone"),
    (["--call-time", "yesterday evening"], "--call-time"),
    (["--jurisdiction", "FR"], "--jurisdiction"),
    (["--engine", "kaldi"], "--engine"),
])
def test_bad_options(tmp_path, args, message):
    r = run_cli("analyze", DEV / "zh-dev-02.m4a", "--out", tmp_path, *args)
    assert r.returncode == 2 and message in r.stderr and "Traceback" not in r.stderr
    assert not list(tmp_path.glob("*.json"))


def test_silence_gives_an_honest_empty_report(tmp_path):
    path = tmp_path / "silence.m4a"
    ffmpeg("-f", "lavfi", "-i", "anoisesrc=r=16000:a=0.0005:c=pink", "-t", "20", "-c:a", "aac", str(path))
    before = digest(path)
    r = run_cli("analyze", path, "--out", tmp_path / "out")
    assert r.returncode == 0, r.stderr
    assert "no speech found: nothing to analyse" in r.stderr
    report = json.loads((tmp_path / "out" / "silence.json").read_text())
    assert report["status"] == "no_speech" and report["call"]["jurisdiction"] is None
    assert report["transcript"]["language"] not in ("zh", "en")
    assert report["findings"] == []
    assert report["transcript"]["segments"] == []
    assert any("invent" in x for x in report["limitations"])
    assert "no speech found: nothing to analyse" in (tmp_path / "out" / "silence.html").read_text()
    assert digest(path) == before


@pytest.mark.slow
def test_two_hour_recording(tmp_path):
    path = tmp_path / "two-hours.opus"
    ffmpeg("-f", "lavfi", "-i", "anoisesrc=r=16000:a=0.0005:c=pink", "-t", "7200", "-c:a", "libopus", "-b:a", "6k",
           str(path))
    r = run_cli("analyze", path, "--out", tmp_path / "out", "--language", "zh")
    assert r.returncode == 0, r.stderr
    report = json.loads((tmp_path / "out" / "two-hours.json").read_text())
    assert report["source"]["duration_s"] == pytest.approx(7200, abs=1)
    assert report["findings"] == []
