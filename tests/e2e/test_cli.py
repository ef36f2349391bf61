"""The command line as people expect it: reports never lost or silently replaced, one naming rule, usage
errors as one plain line, nothing loaded before every input was checked."""

from __future__ import annotations

import json
import os
import shutil

import pytest
from helpers import REAL, run_cli

LOADING = "loading the speech model"


def usage_error(r, *words) -> bool:
    lines = r.stderr.strip().splitlines()
    return (r.returncode == 2 and len(lines) == 1 and lines[0].startswith("callguard: error:")
            and all(w in lines[0] for w in words) and "╭" not in r.stderr and "Traceback" not in r.stderr)


def test_same_name_twice_never_overwritten_and_replaced_only_when_asked(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    shutil.copy(REAL / "jfk.flac", tmp_path / "a" / "call.flac")
    shutil.copy(REAL / "firered_IT0011W0001.wav", tmp_path / "b" / "call.wav")
    recordings = [tmp_path / "a" / "call.flac", tmp_path / "b" / "call.wav"]
    out = tmp_path / "out"
    first = run_cli("analyze", *recordings, "-o", out, "--language", "English")
    assert first.returncode == 0, first.stderr
    reports = {p: json.loads((out / f"call-{p.suffix[1:]}.json").read_text()) for p in recordings}
    for path, report in reports.items():
        assert report["source"]["sha256"] and report["source"]["abs_path"] == str(path)
        assert report["status"] == "analysed"
    assert not (out / "call.json").exists()
    written = {p.name: p.read_bytes() for p in out.iterdir()}

    again = run_cli("analyze", *recordings, "--output-dir", out)
    assert again.returncode == 2 and LOADING not in again.stderr
    lines = again.stderr.strip().splitlines()
    assert len(lines) == 2 and all("already there" in ln and "--overwrite" in ln for ln in lines)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == written

    replaced = run_cli("analyze", *recordings, "-o", out, "--overwrite", "--output-format", "json",
                       "--language", "CHINESE", "--model", "base")
    assert replaced.returncode == 0, replaced.stderr
    report = json.loads((out / "call-wav.json").read_text())
    assert report["transcript"]["language"] == "zh" and report["source"]["abs_path"] == str(recordings[1])
    assert sorted(p.name for p in out.iterdir()) == ["call-flac.json", "call-wav.json"]  # no stale page


def test_folder_and_manifest_batch_name_alike_and_explain_failures(tmp_path):
    case = tmp_path / "case"
    case.mkdir()
    shutil.copy(REAL / "jfk.flac", case / "call.flac")
    shutil.copy(REAL / "firered_IT0011W0001.wav", case / "call.wav")
    (case / "broken.mp3").write_text("not audio")
    out = tmp_path / "out"
    r = run_cli("batch", case, "-o", out, "--language", "zh", "--output-format", "json")
    assert r.returncode == 2 and r.stderr.count(LOADING) == 1, r.stderr
    assert (out / "call-flac.json").is_file() and (out / "call-wav.json").is_file()
    log = [json.loads(line) for line in (out / "batch-log.jsonl").read_text().splitlines()]
    failed = [e for e in log if e["status"] == "failed"]
    assert [e["name"] for e in failed] == ["broken"] and "not a readable recording" in failed[0]["detail"]
    summary = json.loads((out / "summary.json").read_text())
    assert summary["analysed"] == 2 and [f["name"] for f in summary["failed"]] == ["broken"]
    assert "broken" in (out / "index.html").read_text() and "not a readable recording" in \
        (out / "index.html").read_text()
    assert json.loads((out / "call-wav.json").read_text())["transcript"]["language"] == "zh"

    manifest = case / "case.csv"
    manifest.write_text("path,call_time\ncall.flac,\ncall.wav,yesterday evening\n")
    m = run_cli("batch", manifest, "-o", out)
    assert "2 recordings: 0 analysed, 2 already done" in m.stderr and m.returncode == 0, m.stderr
    assert LOADING not in m.stderr

    (out / "call-wav.json").unlink()
    m = run_cli("batch", manifest, "-o", out)
    assert m.returncode == 2 and LOADING not in m.stderr
    assert "case.csv line 3 (call.wav)" in m.stderr and "--call-time" in m.stderr


def test_usage_errors_are_one_plain_line_and_load_nothing(tmp_path):
    rec = REAL / "jfk.flac"
    assert usage_error(run_cli("analyze", rec), "--out")
    assert usage_error(run_cli("analyze", rec, "-o", tmp_path, "--bogus"), "--bogus")
    assert usage_error(run_cli("analyze", rec, "-o", tmp_path, "--language", "French"), "--language")
    assert usage_error(run_cli("analyze", rec, "-o", tmp_path, "--output-format", "docx"), "--output-format")
    assert usage_error(run_cli("analyze", rec, "-o", tmp_path, "--model", "large-v3"), "--model")
    missing = run_cli("analyze", tmp_path / "missing.m4a", "-o", tmp_path)
    assert usage_error(missing, "missing.m4a", "no such file") and LOADING not in missing.stderr
    assert not list(tmp_path.iterdir())


def test_cuda_without_a_gpu_is_a_usage_error(tmp_path):
    from callguard.asr import cuda_devices

    if cuda_devices():
        pytest.skip("this machine has a CUDA device")
    r = run_cli("analyze", REAL / "jfk.flac", "-o", tmp_path, "--device", "cuda")
    assert usage_error(r, "no CUDA device found") and LOADING not in r.stderr


def test_version_and_short_help():
    from callguard import __version__

    v = run_cli("--version")
    assert v.returncode == 0 and v.stdout.strip() == f"callguard {__version__}"
    h = run_cli("analyze", "-h")
    assert h.returncode == 0 and "--output-dir" in h.stdout and "--overwrite" in h.stdout
    assert "--output-format" in run_cli("batch", "-h").stdout


def test_verify_elsewhere_finds_the_recording_by_its_absolute_path(tmp_path):
    work = tmp_path / "work"
    work.mkdir()
    shutil.copy(REAL / "firered_IT0011W0001.wav", work / "call.wav")
    r = run_cli_in(work, "analyze", "call.wav", "-o", "out", "--output-format", "json")
    assert r.returncode == 0, r.stderr
    report = json.loads((work / "out" / "call.json").read_text())
    assert report["source"]["path"] == "call.wav" and report["source"]["abs_path"] == str(work / "call.wav")
    v = run_cli_in(tmp_path, "verify", work / "out" / "call.json")
    assert v.returncode == 0 and "recording call.wav is the one analysed" in v.stdout, v.stdout + v.stderr


def run_cli_in(folder, *args):
    here = os.getcwd()
    os.chdir(folder)
    try:
        return run_cli(*args)
    finally:
        os.chdir(here)


def test_progress_plain_lines_when_not_a_terminal_and_a_bar_on_one(tmp_path):
    import fcntl
    import pty
    import re
    import struct
    import subprocess
    import sys
    import termios

    plain = run_cli("analyze", REAL / "jfk.flac", "-o", tmp_path / "plain", "--output-format", "json")
    assert plain.returncode == 0, plain.stderr
    percents = [int(p) for p in re.findall(r"jfk\.flac: transcribing (\d+)% of the audio", plain.stderr)]
    assert percents and percents == sorted(percents) and percents[-1] >= 80, plain.stderr
    assert "jfk.flac: decoding" in plain.stderr and "jfk.flac: detecting" in plain.stderr
    assert "\x1b[" not in plain.stderr

    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 160, 0, 0))  # a terminal wide enough
    proc = subprocess.Popen([sys.executable, "-m", "callguard", "analyze", str(REAL / "jfk.flac"), "-o",
                             str(tmp_path / "tty"), "--output-format", "json"], stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=follower)
    os.close(follower)
    seen = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    assert proc.wait(300) == 0
    text = seen.decode("utf-8", "replace")
    assert "transcribing" in text and "%" in text and "\x1b[" in text  # rich draws (and redraws) the bar
