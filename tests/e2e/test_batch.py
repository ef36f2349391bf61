"""A lawyer's batch: reports for every recording, a case summary, and resuming after an interruption."""

from __future__ import annotations

import json
import shutil

from helpers import REAL, run_cli


def test_folder_batch_resumes_and_summarises(tmp_path):
    case = tmp_path / "case"
    (case / "march").mkdir(parents=True)
    shutil.copy(REAL / "firered_IT0011W0001.wav", case / "call-a.wav")
    shutil.copy(REAL / "jfk.flac", case / "march" / "call-b.flac")
    (case / "broken.mp3").write_text("not audio")
    out = tmp_path / "out"

    first = run_cli("batch", case, "--out", out)
    assert first.returncode == 2, first.stderr
    assert (out / "call-a.json").is_file() and (out / "march__call-b.json").is_file()
    assert "broken.mp3" in first.stderr and "Traceback" not in first.stderr
    summary = json.loads((out / "summary.json").read_text())
    assert summary["recordings"] == 3 and summary["analysed"] == 2
    assert [f["name"] for f in summary["failed"]] == ["broken"]
    assert 'id="by-date"' not in (out / "index.html").read_text()  # no call time known: no chart

    (out / "call-a.json").unlink()
    (case / "broken.mp3").unlink()
    second = run_cli("batch", case, "--out", out)
    assert second.returncode == 0, second.stderr
    assert "2 recordings, 1 already done" in second.stderr
    log = [json.loads(line) for line in (out / "batch-log.jsonl").read_text().splitlines()]
    assert [e["name"] for e in log if e["status"] == "ok"] == ["call-a", "march__call-b", "call-a"]


def test_manifest_sets_call_time_per_recording(tmp_path):
    shutil.copy(REAL / "firered_IT0011W0001.wav", tmp_path / "late.wav")
    manifest = tmp_path / "case.csv"
    manifest.write_text("path,call_time,jurisdiction\nlate.wav,2026-02-03T23:30:00+08:00,CN\n")
    r = run_cli("batch", manifest, "--out", tmp_path / "out")
    assert r.returncode == 0, r.stderr
    report = json.loads((tmp_path / "out" / "late.json").read_text())
    assert report["call"]["start_from"] == "option"
    assert [f["label"] for f in report["findings"]] == ["INCONVENIENT_TIME"]
    summary = json.loads((tmp_path / "out" / "summary.json").read_text())
    assert summary["calls_at_inconvenient_times"] == 1 and summary["first_call"] == "2026-02-03T23:30:00+08:00"


def test_manifest_with_unknown_column_is_refused(tmp_path):
    manifest = tmp_path / "case.csv"
    manifest.write_text("path,caller\nx.wav,bank\n")
    r = run_cli("batch", manifest, "--out", tmp_path / "out")
    assert r.returncode == 2 and "unknown manifest columns" in r.stderr
