"""The executor interface shared by the batch and the intake: in-process and on a local Ray (2 CPUs) give the
same reports for the same recordings."""

from __future__ import annotations

import json

import pytest
from helpers import REAL

from callguard.casework.executor import LocalExecutor, RayExecutor, Task, run_all
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
