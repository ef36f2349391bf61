"""A lawyer's batch: reports for every recording, state in SQLite, duplicates and broken files, a case
summary, and resuming after an interruption, a SIGKILL included."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time

from helpers import REAL, run_cli

from callguard.ingest.integrity import file_sha256
from callguard.report.files import read_report

SHORT = ["firered_IT0011W0001.wav", "firered_BAC009S0764W0121.wav", "wenet_aishell-BAC009S0724W0121.wav"]


def _state(out) -> dict[str, tuple[str, str, str | None]]:
    """name -> (status, detail, duplicate_of), read-only (the batch may be writing)."""
    db = sqlite3.connect(f"file:{out / 'batch-state.sqlite'}?mode=ro", uri=True)
    try:
        return {n: (s, d, dup) for n, s, d, dup in db.execute("SELECT name, status, detail, duplicate_of "
                                                              "FROM recordings")}
    finally:
        db.close()


def _has_done(out) -> bool:
    try:
        return "done" in {s for s, _, _ in _state(out).values()}
    except sqlite3.Error:  # not there yet, or its tables not yet made
        return False


def _log(out) -> list[dict]:
    return [json.loads(line) for line in (out / "batch-log.jsonl").read_text().splitlines()]


def test_folder_batch_with_a_duplicate_and_a_broken_file_resumes(tmp_path):
    case = tmp_path / "case"
    (case / "march").mkdir(parents=True)
    shutil.copy(REAL / "firered_IT0011W0001.wav", case / "call-a.wav")
    (case / "call-b-broken.mp3").write_text("not audio")  # in the middle of the order
    shutil.copy(REAL / "jfk.flac", case / "march" / "call-b.flac")
    shutil.copy(REAL / "firered_IT0011W0001.wav", case / "march" / "copy.wav")
    out = tmp_path / "out"

    first = run_cli("batch", case, "--out", out)
    assert first.returncode == 2, first.stderr
    assert (out / "call-a.json").is_file() and (out / "march__call-b.json").is_file()
    assert not (out / "march__copy.json").exists()
    assert "call-b-broken.mp3: not a readable recording" in first.stderr and "Traceback" not in first.stderr
    state = _state(out)
    assert state["call-a"][0] == state["march__call-b"][0] == "done"
    assert state["call-b-broken"][0] == "failed" and "not a readable recording" in state["call-b-broken"][1]
    assert state["march__copy"][0] == "duplicate" and state["march__copy"][2] == "call-a"
    summary = json.loads((out / "summary.json").read_text())
    assert (summary["recordings"], summary["analysed"], summary["duplicates"]) == (4, 2, 1)
    assert [f["name"] for f in summary["failed"]] == ["call-b-broken"]
    assert [c["duplicates"] for c in summary["calls"] if c["name"] == "call-a"] == [[str(case / "march" / "copy.wav")]]
    assert 'id="by-date"' not in (out / "index.html").read_text()  # no call time known: no chart

    (out / "call-a.json").unlink()
    (case / "call-b-broken.mp3").unlink()
    second = run_cli("batch", case, "--out", out)
    assert second.returncode == 0, second.stderr
    assert "3 recordings: 1 analysed, 1 already done, 1 duplicates, 0 failed" in second.stderr
    assert [e["name"] for e in _log(out) if e["status"] == "ok"] == ["call-a", "march__call-b", "call-a"]
    assert read_report(out / "call-a.json").source.sha256 == file_sha256(case / "call-a.wav")


def test_a_batch_killed_part_way_resumes_without_redoing_a_report(tmp_path):
    case, out = tmp_path / "case", tmp_path / "out"
    case.mkdir()
    for clip in SHORT:
        shutil.copy(REAL / clip, case / clip)
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    first = subprocess.Popen([sys.executable, "-m", "callguard", "batch", str(case), "--out", str(out)], env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    try:
        while time.monotonic() < deadline and first.poll() is None and not _has_done(out):
            time.sleep(0.05)
    finally:
        os.kill(first.pid, signal.SIGKILL)
        first.wait(timeout=30)
    assert first.returncode == -signal.SIGKILL
    done_before = {n for n, (s, _, _) in _state(out).items() if s == "done"}
    assert 1 <= len(done_before) < len(SHORT)  # killed part-way

    second = run_cli("batch", case, "--out", out)
    assert second.returncode == 0, second.stderr
    names = [clip.rsplit(".", 1)[0] for clip in SHORT]
    assert {n: s for n, (s, _, _) in _state(out).items()} == dict.fromkeys(names, "done")
    for clip, name in zip(SHORT, names, strict=True):
        assert read_report(out / f"{name}.json").source.sha256 == file_sha256(case / clip)
        assert f"{name}.wav: analysed" not in second.stderr or name not in done_before
    ok = [e["name"] for e in _log(out) if e["status"] == "ok"]
    assert all(ok.count(n) <= 1 for n in names), ok
    assert not list(out.glob(".*.tmp"))  # no half-written file left


def test_manifest_sets_call_time_per_recording(tmp_path):
    shutil.copy(REAL / "firered_IT0011W0001.wav", tmp_path / "late.wav")
    manifest = tmp_path / "case.csv"
    manifest.write_text("path,call_time,jurisdiction,caller,direction\n"
                        "late.wav,2026-02-03T23:30:00+08:00,CN,13812345678,incoming\n")
    r = run_cli("batch", manifest, "--out", tmp_path / "out")
    assert r.returncode == 0, r.stderr
    report = json.loads((tmp_path / "out" / "late.json").read_text())
    assert report["call"]["start_from"] == "option"
    assert [f["label"] for f in report["findings"]] == ["INCONVENIENT_TIME"]
    summary = json.loads((tmp_path / "out" / "summary.json").read_text())
    assert summary["calls_at_inconvenient_times"] == 1 and summary["first_call"] == "2026-02-03T23:30:00+08:00"


def test_manifest_with_unknown_column_bad_direction_or_missing_file_is_refused(tmp_path):
    manifest = tmp_path / "case.csv"
    manifest.write_text("path,colour\nx.wav,blue\n")
    r = run_cli("batch", manifest, "--out", tmp_path / "out")
    assert r.returncode == 2 and "unknown manifest columns" in r.stderr
    manifest.write_text("path,direction\nx.wav,sideways\n")
    r = run_cli("batch", manifest, "--out", tmp_path / "out")
    assert r.returncode == 2 and "case.csv line 2 (x.wav): direction must be incoming or outgoing" in r.stderr
    assert "Traceback" not in r.stderr
    manifest.write_text("path\nmissing.wav\n")
    r = run_cli("batch", manifest, "--out", tmp_path / "out")
    assert r.returncode == 2 and "case.csv line 2 (missing.wav): cannot read it (No such file" in r.stderr
    assert "Traceback" not in r.stderr


def test_progress_is_a_bar_with_the_count_on_a_terminal_and_plain_lines_otherwise(tmp_path):
    """Two broken files: refused while decoding, so no model is loaded and the test takes seconds."""
    import fcntl
    import pty
    import struct
    import termios

    case = tmp_path / "case"
    case.mkdir()
    for name in ("a.m4a", "b.wav"):
        (case / name).write_text(f"{name} is not audio")
    plain = run_cli("batch", case, "--out", tmp_path / "plain")
    assert plain.returncode == 2 and "\x1b[" not in plain.stderr
    assert "[1/2] callguard: error: " in plain.stderr and "[2/2] callguard: error: " in plain.stderr

    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 160, 0, 0))
    proc = subprocess.Popen([sys.executable, "-m", "callguard", "batch", str(case), "--out", str(tmp_path / "tty")],
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=follower)
    os.close(follower)
    seen = b""
    while chunk := _read(leader):
        seen += chunk
    assert proc.wait(120) == 2
    text = seen.decode("utf-8", "replace")
    assert "recordings" in text and "2/2" in text and "\x1b[" in text and "b.wav: not a readable recording" in text


def _read(fd: int) -> bytes:
    try:
        return os.read(fd, 65536)
    except OSError:  # the other end closed
        return b""


def test_a_folder_batch_puts_the_collectors_texts_beside_the_calls(tmp_path):
    case, out = tmp_path / "case", tmp_path / "out"
    case.mkdir()
    shutil.copy(REAL / "firered_IT0011W0001.wav", case / "call.wav")
    (case / "texts.csv").write_text("time,sender,text\n2026-03-14T22:40:00+08:00,95588,"
                                    "再不还钱就去你单位找你领导，让你同事都知道你是老赖\n", encoding="utf-8")
    r = run_cli("batch", case, "--out", out)
    assert r.returncode == 0, r.stderr
    assert json.loads((out / "texts.json").read_text())["kind"] == "messages"
    summary = json.loads((out / "summary.json").read_text())
    assert [c["name"] for c in summary["calls"]] == ["call"]
    kinds = {item["kind"] for item in summary["timeline"]}
    assert kinds == {"call", "message"}, summary["timeline"]
    assert "让你同事都知道" in (out / "index.html").read_text(encoding="utf-8")

    again = run_cli("batch", case, "--out", out)  # the message report counts as done, like the call's
    assert again.returncode == 0, again.stderr
    assert "2 recordings: 0 analysed, 2 already done, 0 duplicates, 0 failed" in again.stderr
    assert json.loads((out / "summary.json").read_text())["timeline"] == summary["timeline"]


def test_an_output_folder_inside_the_case_folder_is_not_scanned_again(tmp_path):
    case = tmp_path / "case"
    case.mkdir()
    shutil.copy(REAL / "firered_IT0011W0001.wav", case / "call.wav")
    out = case / "out"
    first = run_cli("batch", case, "--out", out)
    assert first.returncode == 0, first.stderr
    assert (out / "findings.csv").is_file()
    again = run_cli("batch", case, "--out", out)
    assert again.returncode == 0, again.stderr
    assert "1 recordings: 0 analysed, 1 already done, 0 duplicates, 0 failed" in again.stderr
