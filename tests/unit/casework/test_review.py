"""Review: a terminal loop on stdin, an append-only log beside the report, latest decision wins."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys

import pytest
from samples import make_report, write_report

from callguard.casework.review import CONFIRMED, NEEDS_INFO, REJECTED, log_path, review_state, run_review
from callguard.report.custody import seal, verify
from callguard.report.html import write_html


@pytest.fixture
def report_path(tmp_path, audio):
    rec = tmp_path / "call.m4a"
    rec.write_bytes(audio.read_bytes())
    return write_report(seal(make_report(rec)), tmp_path / "call.json")


def review(path, answers: str, reviewer="alice", **kw):
    out = io.StringIO()
    state = run_review(path, reviewer=reviewer, stdin=io.StringIO(answers), stdout=out, **kw)
    return state, out.getvalue()


def test_review_from_start_to_end(report_path):
    state, shown = review(report_path, "c\nclear on the recording\nr\n\ns\n")
    assert "你就是个典型的老赖" in shown and "INSULT" in shown
    assert {i: d.decision for i, d in state.items()} == {0: CONFIRMED, 1: REJECTED}
    lines = [json.loads(x) for x in log_path(report_path).read_text(encoding="utf-8").splitlines()]
    assert [(x["finding"], x["decision"], x["note"], x["reviewer"]) for x in lines] == [
        (0, CONFIRMED, "clear on the recording", "alice"), (1, REJECTED, "", "alice")]
    digest = json.loads(report_path.read_text(encoding="utf-8"))["integrity"]["digest"]
    assert all(len(x["fingerprint"]) == 64 and x["time"] and x["report_digest"] == digest for x in lines)
    assert {i: d.decision for i, d in review_state(report_path).items()} == {0: CONFIRMED, 1: REJECTED}


def test_latest_decision_wins_and_log_only_grows(report_path):
    review(report_path, "c\n\nc\n\nc\n\n")
    first = log_path(report_path).read_text(encoding="utf-8")
    review(report_path, "r\nmisheard, it was 老李\nq\n", reviewer="bob")
    assert log_path(report_path).read_text(encoding="utf-8").startswith(first)
    state = review_state(report_path)
    assert (state[0].decision, state[0].note, state[0].reviewer) == (REJECTED, "misheard, it was 老李", "bob")
    assert state[1].decision == state[2].decision == CONFIRMED


def test_needs_more_information_is_a_decision_in_the_log(report_path, tmp_path):
    from callguard import load_report

    html = report_path.with_suffix(".html")
    write_html(load_report(report_path), tmp_path / "call.m4a", html, embed_audio=False)
    state, shown = review(report_path, "n\nask for the full recording\nc\n\n")
    assert "1 confirmed, 0 rejected, 1 need more information, 1 not reviewed" in shown
    assert (state[0].decision, state[0].note) == (NEEDS_INFO, "ask for the full recording")
    assert review_state(report_path)[0].decision == NEEDS_INFO
    assert "需要更多信息" in html.read_text(encoding="utf-8")


def test_pending_only_asks_about_undecided_findings(report_path):
    review(report_path, "c\n\n")
    _, shown = review(report_path, "r\n\nr\n\n", pending_only=True)
    assert "Finding 1/3" not in shown and "Finding 2/3" in shown
    assert {i: d.decision for i, d in review_state(report_path).items()} == {
        0: CONFIRMED, 1: REJECTED, 2: REJECTED}


def test_bad_answers_are_asked_again_and_eof_stops(report_path):
    state, shown = review(report_path, "maybe\nc\n")
    assert "Please answer c, r, n, s or q." in shown
    assert state[0].decision == CONFIRMED and set(state) == {0}


def test_stale_and_torn_lines_are_ignored(report_path):
    log = log_path(report_path)
    review(report_path, "c\n\nc\n\n")
    lines = log.read_text(encoding="utf-8").splitlines()
    stale = json.loads(lines[1])
    stale["fingerprint"] = "0" * 64
    log.write_text("\n".join([lines[0], json.dumps(stale), '{"finding": 2, "decis']) + "\n", encoding="utf-8")
    assert set(review_state(report_path)) == {0}


def test_review_keeps_the_report_digest_valid(report_path):
    before = report_path.read_bytes()
    review(report_path, "c\n\nr\n\nc\n\n")
    assert report_path.read_bytes() == before
    assert verify(report_path) == []


def test_review_rerenders_the_html_beside_the_report(report_path, tmp_path):
    html = report_path.with_suffix(".html")
    from callguard import load_report

    write_html(load_report(report_path), tmp_path / "call.m4a", html, embed_audio=False)
    assert "已确认" not in html.read_text(encoding="utf-8")
    review(report_path, "c\n证据清楚\n")
    page = html.read_text(encoding="utf-8")
    assert "已确认" in page and "证据清楚" in page


def test_review_command_with_piped_stdin(report_path):
    env = dict(os.environ, USER="carol")
    done = subprocess.run([sys.executable, "-m", "callguard", "review", str(report_path)],
                          input="c\nheard it twice\ns\nr\n\n", capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "1 confirmed, 1 rejected, 0 need more information, 1 not reviewed" in done.stdout
    state = review_state(report_path)
    assert (state[0].decision, state[0].reviewer, state[0].note) == (CONFIRMED, "carol", "heard it twice")
    assert state[2].decision == REJECTED and 1 not in state


def test_review_leaves_no_stale_pdf(report_path, monkeypatch):
    write_html(make_report(report_path.with_suffix(".m4a")), report_path.with_suffix(".m4a"),
               report_path.with_suffix(".html"))
    pdf = report_path.with_suffix(".pdf")
    old = b"%PDF-1.4 printed before the review"
    pdf.write_bytes(old)
    review(report_path, "c\n\n")
    assert not pdf.exists() or (pdf.read_bytes() != old and pdf.read_bytes().startswith(b"%PDF"))
    if pdf.exists():  # without a browser to print it again, the stale print goes
        pdf.write_bytes(old)
        bin_dir = report_path.parent / "bin"  # ffmpeg but no browser
        bin_dir.mkdir()
        for tool in ("ffmpeg", "ffprobe"):
            (bin_dir / tool).symlink_to(shutil.which(tool))
        monkeypatch.setenv("PATH", str(bin_dir))
        monkeypatch.setenv("CALLGUARD_CHROMIUM", "/nonexistent")
        _, shown = review(report_path, "r\n\n")
        assert not pdf.exists() and "call.pdf removed" in shown
