"""The executor interface shared by the batch and the intake: in-process and on a local Ray (2 CPUs) give the
same reports for the same recordings; `batch --executor ray` keeps the same state and reports."""

from __future__ import annotations

import json
import shutil
import sqlite3

import pytest
from helpers import REAL, run_cli

from callguard.casework.executor import LocalExecutor, RayExecutor, Task, local_workers, run_all
from callguard.pipeline import Options

CLIPS = [REAL / "firered_IT0011W0001.wav", REAL / "jfk.flac"]


def _reports(executor, out):
    tasks = [Task(str(i), p, p.stem) for i, p in enumerate(CLIPS)] + [Task("bad", REAL / "REFERENCES.tsv", "bad")]
    results = {r.key: r for r in run_all(executor, tasks)}
    executor.close()
    assert results["bad"].report is None and results["bad"].exit_code == 2 and "not a readable" in results["bad"].error
    assert all(r.report for k, r in results.items() if k != "bad"), results
    return {k: json.loads(r.report.read_text(encoding="utf-8")) for k, r in results.items() if k != "bad"}


def _comparable(report: dict) -> dict:
    # the words, not where Whisper cut the segments (that moves with the actor's thread count)
    return {"text": "".join(s["text"] for s in report["transcript"]["segments"]).replace(" ", "").replace(",", ""),
            "findings": [(f["label"], f["start"], f["end"]) for f in report["findings"]],
            "sha256": report["source"]["sha256"], "language": report["transcript"]["language"]}


def test_ray_actors_give_the_reports_the_local_executor_gives(tmp_path):
    ray = pytest.importorskip("ray", reason="the Ray path needs `pip install callguard[ray]`")
    local = _reports(LocalExecutor(Options(out_dir=tmp_path / "local", device="cpu")), tmp_path / "local")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, _node_ip_address="127.0.0.1")
    try:
        remote = _reports(RayExecutor(Options(out_dir=tmp_path / "ray", device="cpu"), actors=1), tmp_path / "ray")
    finally:
        ray.shutdown()
    assert {k: _comparable(v) for k, v in remote.items()} == {k: _comparable(v) for k, v in local.items()}
    assert all((tmp_path / "ray" / f"{p.stem}.html").is_file() for p in CLIPS)


def test_batch_on_ray_keeps_state_and_reports_as_a_local_batch(tmp_path):
    pytest.importorskip("ray", reason="the Ray path needs `pip install callguard[ray]`")
    case = tmp_path / "case"
    case.mkdir()
    shutil.copy(CLIPS[0], case / "a.wav")
    shutil.copy(CLIPS[0], case / "b.wav")
    r = run_cli("batch", case, "--out", tmp_path / "out", "--executor", "ray", "--actors", "1")
    assert r.returncode == 0, r.stderr
    assert "2 recordings: 1 analysed, 0 already done, 1 duplicates, 0 failed" in r.stderr
    rows = sqlite3.connect(tmp_path / "out" / "batch-state.sqlite").execute(
        "SELECT name, status, duplicate_of FROM recordings ORDER BY name").fetchall()
    assert rows == [("a", "done", None), ("b", "duplicate", "a")]
    report = json.loads((tmp_path / "out" / "a.json").read_text(encoding="utf-8"))
    assert report["source"]["path"] == str(case / "a.wav") and report["transcript"]["segments"]


def test_two_local_workers_give_the_reports_one_gives(tmp_path):
    # each worker thread has its own Analyzer, the CPU's threads split between them
    one = _reports(LocalExecutor(Options(out_dir=tmp_path / "one", device="cpu")), tmp_path / "one")
    two = LocalExecutor(Options(out_dir=tmp_path / "two", device="cpu"), lookahead=1, workers=2)
    assert two.slots == 3
    both = _reports(two, tmp_path / "two")
    assert {k: _comparable(v) for k, v in both.items()} == {k: _comparable(v) for k, v in one.items()}


def test_local_workers_follow_the_cores():
    assert [local_workers("cpu", n) for n in (1, 2, 3, 4, 8, 16, 64)] == [1, 2, 1, 2, 4, 4, 4]
    assert local_workers("cuda", 16) == 1
