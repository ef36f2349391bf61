"""The batch's pieces that need no model: the manifest's columns, the state file, the Ray actor plan, the meter."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from callguard.casework.batch import LOG, Job, jobs_from, log, remove_stale_parts, write_summary
from callguard.casework.executor import actor_plan
from callguard.casework.progress import Meter
from callguard.casework.state import BatchState
from callguard.errors import InputError


def test_manifest_keeps_caller_and_direction_on_the_job_not_in_the_options(tmp_path):
    manifest = tmp_path / "case.csv"
    manifest.write_text("path,call_time,caller,direction\n"
                        "a.m4a,2026-03-14T22:35:00+08:00,13812345678,Incoming\n"
                        "b.m4a,,,\n", encoding="utf-8")
    a, b = jobs_from(manifest)
    assert (a.caller, a.direction, a.per_call) == ("13812345678", "incoming",
                                                   {"call_time": "2026-03-14T22:35:00+08:00"})
    assert (b.caller, b.direction, b.per_call) == ("", "", {})


def _touch(*paths):
    for path in paths:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x")


def test_a_folder_scan_leaves_out_an_output_folder_inside_it(tmp_path):
    case = tmp_path / "case"
    _touch(case / "call.m4a", case / "texts.csv", case / "march" / "b.wav", case / "out" / "findings.csv",
           case / "out" / "call.clips" / "01-threat.wav", case / "out" / "call.redacted.flac",
           case / "out" / "deeper" / "x.wav")
    assert [j.name for j in jobs_from(case, case / "out")] == ["call", "march__b", "texts"]
    assert [j.name for j in jobs_from(case, tmp_path / "elsewhere")] == \
        ["call", "march__b", "out__call.clips__01-threat", "out__call.redacted", "out__deeper__x", "out__findings",
         "texts"]


def test_a_folder_that_is_its_own_output_folder_leaves_out_what_the_batch_wrote(tmp_path):
    _touch(tmp_path / "call.m4a", tmp_path / "texts.csv", tmp_path / "findings.csv", tmp_path / "call.redacted.flac",
           tmp_path / "call.clips" / "01-threat.wav", tmp_path / "march" / "findings.csv")
    assert [j.name for j in jobs_from(tmp_path, tmp_path)] == ["call", "march__findings", "texts"]


def _failed(out, jobs) -> list[tuple[str, str]]:
    summary = json.loads(write_summary(out, jobs).with_name("summary.json").read_text(encoding="utf-8"))
    return [(f["name"], f["detail"]) for f in summary["failed"]]


def test_a_log_line_cut_short_by_a_kill_is_skipped_and_the_next_entry_starts_a_line(tmp_path):
    broken = Job(Path("broken.mp3"), "broken")
    log(tmp_path, broken, "failed", "broken.mp3: not a readable recording")
    with open(tmp_path / LOG, "a", encoding="utf-8") as fh:
        fh.write('{"time": "2026-03-14T22:35:00+00:00", "path": "other.m4a", "na')  # SIGKILL mid-append
    assert _failed(tmp_path, [broken]) == [("broken", "broken.mp3: not a readable recording")]

    log(tmp_path, broken, "failed", "still broken")
    assert len((tmp_path / LOG).read_text(encoding="utf-8").splitlines()) == 3
    assert _failed(tmp_path, [broken]) == [("broken", "still broken")]


def test_a_bad_direction_is_refused_with_its_row(tmp_path):
    manifest = tmp_path / "case.csv"
    manifest.write_text("path,direction\na.m4a,incoming\nb.m4a,sideways\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"case.csv line 3 \(b.m4a\): direction must be incoming or outgoing"):
        jobs_from(manifest)


def test_state_requeues_running_rows_and_analyses_each_sha_once(tmp_path):
    state = BatchState(tmp_path)
    state.set("aa", "call-1", tmp_path / "1.wav", "running")
    state.set("bb", "call-2", tmp_path / "2.wav", "done")
    state.set("aa", "copy-of-1", tmp_path / "copy.wav", "duplicate", duplicate_of="call-1")
    with pytest.raises(sqlite3.IntegrityError):  # a second analysis of the same bytes
        state.db.execute("INSERT INTO recordings VALUES ('aa', 'other', 'x', 'queued', '', NULL, 'now')")
    state.close()

    again = BatchState(tmp_path)  # as a batch started after a kill opens it
    assert again.counts() == {"queued": 1, "done": 1, "duplicate": 1}
    assert again.analysis("aa").name == "call-1" and again.analysis("aa").status == "queued"
    assert again.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_state_follows_a_changed_or_renamed_file(tmp_path):
    state = BatchState(tmp_path)
    state.set("", "call-1", tmp_path / "1.wav", "failed", "cannot read it")
    state.set("aa", "call-1", tmp_path / "1.wav", "done")  # readable now: the failure is gone
    state.set("aa", "renamed", tmp_path / "renamed.wav", "running")  # same bytes under a new name
    assert [(r.sha256, r.name, r.status) for r in state.rows()] == [("aa", "renamed", "running")]


def test_actor_plan_one_per_gpu_else_one_per_cores():
    assert actor_plan({"CPU": 16, "GPU": 2}, "auto", None, None) == (2, {"num_gpus": 1, "num_cpus": 1})
    assert actor_plan({"CPU": 16, "GPU": 2}, "cpu", None, None) == (4, {"num_cpus": 4})
    assert actor_plan({"CPU": 2}, "auto", None, None) == (1, {"num_cpus": 2})
    assert actor_plan({"CPU": 16}, "auto", 3, None) == (3, {"num_cpus": 4})
    assert actor_plan({"CPU": 16}, "auto", 8, None) == (8, {"num_cpus": 2})  # as many as asked, each fits


def test_meter_rates_only_what_was_analysed():
    meter = Meter(total=10, started=0.0)
    for event in ("already done", "duplicate", "analysed", "analysed"):
        meter.add(event)
    assert meter.settled == 4 and meter.per_minute(now=60.0) == 2.0
    assert meter.seconds_left(now=60.0) == 180.0  # six left at two a minute


def test_a_killed_writer_s_parts_of_this_batch_s_reports_are_removed_and_no_others(tmp_path):
    for part in (".call.json.k3j_x.tmp", ".call.html.a1.tmp", ".call.a.json.b2.tmp", "call.json"):
        (tmp_path / part).write_text("")
    remove_stale_parts(tmp_path, {"call"})
    assert sorted(p.name for p in tmp_path.iterdir()) == [".call.a.json.b2.tmp", "call.json"]
