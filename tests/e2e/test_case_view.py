"""The case view from a real batch: seven short real clips named as a phone recorder names them (the
caller comes from the file name), with call times from the manifest built to trip the Chinese rules
(more than 6 calls a day, calls 22:00–08:00); summary.json, findings.csv and index.html, and the page
in headless Chromium with its charts visible."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess

import pytest
from helpers import REAL, run_cli

from callguard.casework.case import CSV_COLUMNS

CALLER = "13812345678"
TIMES = ["08:05", "09:10", "11:30", "14:00", "16:45", "19:20", "23:10"]  # seven on one day, the last at night


@pytest.fixture(scope="module")
def case_out(tmp_path_factory):
    case = tmp_path_factory.mktemp("case")
    lines = ["path,call_time,jurisdiction"]
    for i, hhmm in enumerate(TIMES):
        # distinct files (identical ones would be one recording): each padded with a little more silence
        name = f"通话录音_{CALLER}_20260310_{hhmm.replace(':', '')}{i:02d}.wav"
        subprocess.run(["ffmpeg", "-nostdin", "-v", "error", "-i", str(REAL / "firered_IT0011W0001.wav"),
                        "-af", f"apad=pad_dur={0.1 * (i + 1):.1f}", str(case / name)], check=True)
        lines.append(f"{name},2026-03-10T{hhmm}:00+08:00,CN")
    (case / "case.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = case / "out"
    r = run_cli("batch", case / "case.csv", "--out", out, "--output-format", "json,html")
    assert r.returncode == 0, r.stderr
    return out


def test_batch_writes_the_case_view_with_the_frequency_findings(case_out):
    summary = json.loads((case_out / "summary.json").read_text(encoding="utf-8"))
    assert summary["analysed"] == 7 and summary["language"] == "zh"
    assert summary["callers"] == [CALLER] and summary["frequency_scope"] == "caller"
    found = {f["rule"]: f for f in summary["case_findings"]}
    assert set(found) == {"cn_more_than_6_a_day", "cn_night_calls"}
    assert len(found["cn_more_than_6_a_day"]["calls"]) == 7 and found["cn_more_than_6_a_day"]["caller"] == CALLER
    assert len(found["cn_night_calls"]["calls"]) == 1
    report = json.loads((case_out / f"{found['cn_night_calls']['calls'][0]}.json").read_text(encoding="utf-8"))
    assert report["call"]["caller"] == {"value": CALLER, "from": "file_name"}
    assert report["call"]["start_from"] == "option"  # the manifest's time comes before the name's

    raw = (case_out / "findings.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows and tuple(rows[0]) == CSV_COLUMNS
    assert ["INCONVENIENT_TIME"] == [r["label"] for r in rows if r["label"] == "INCONVENIENT_TIME"]
    assert all(r["review"] == "pending" and (case_out / r["report"]).is_file() for r in rows)

    page = (case_out / "index.html").read_text(encoding="utf-8")
    assert "案件总览" in page and "一天内来电 7 次" in page and "按来电号码分别计算" in page
    assert page.count('class="kind-call"') == 7 and all(f'href="{c["report"]}"' in page for c in summary["calls"])


@pytest.mark.browser
def test_case_view_renders_with_its_charts(case_out, page, tmp_path):
    page.set_viewport_size({"width": 1100, "height": 900})
    page.goto((case_out / "index.html").resolve().as_uri())
    for chart in ("#by-date", "#by-hour"):
        box = page.locator(chart).bounding_box()
        assert box and box["width"] > 300 and box["height"] > 60, chart
    assert page.locator("#by-hour rect.bar.odd").count() == 1  # 23:10; 08:05 is already allowed
    assert page.locator("#by-hour rect.shade").count() == 10  # 22:00–08:00 marked
    shot = page.screenshot(path=str(tmp_path / "caseview.png"), full_page=True)
    assert len(shot) > 10_000
    if os.environ.get("CALLGUARD_CASEVIEW_SHOT"):  # a copy to look at
        shutil.copy(tmp_path / "caseview.png", os.environ["CALLGUARD_CASEVIEW_SHOT"])
