"""The case view from hand-made reports: summary.json, findings.csv (BOM, columns), index.html."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timedelta

from samples import make_report, write_report

from callguard.casework.case import CSV_COLUMNS, CaseCall, CaseFailure, CaseMessages, write_case_view
from callguard.casework.review import run_review
from callguard.ingest import messages
from callguard.report.build import build_message_report
from callguard.report.custody import seal
from callguard.report.model import CallerOut, FindingOut


def case_of(tmp_path, audio, starts, caller="+15550100001"):
    calls = []
    for i, start in enumerate(starts):
        rec = tmp_path / f"c{i}.m4a"
        rec.write_bytes(audio.read_bytes())
        report = make_report(rec, lang="en")
        call = report.call.model_copy(update={"start": start.isoformat(), "caller": CallerOut(value=caller,
                                                                                               from_="option")})
        path = write_report(seal(report.model_copy(update={"call": call})), tmp_path / f"c{i}.json")
        calls.append(CaseCall(f"c{i}", rec, path))
    return calls


def message_report(tmp_path):
    texts = tmp_path / "texts.csv"
    texts.write_text("time,sender,text\n2026-03-03T12:00:00-05:00,95555,Pay today or we will have you arrested\n",
                     encoding="utf-8")
    found = messages.load(texts)
    finding = FindingOut(label="FALSE_LEGAL_THREAT", start=0.0, end=0.0, segment_ids=[0], speaker="S1",
                         role="collector", text="we will have you arrested", score=0.9, explanation="arrest",
                         legal_basis=[])
    report = build_message_report(found, "en", "US", None, [], {}, {}).model_copy(update={"findings": [finding]})
    path = tmp_path / "texts.json"
    path.write_text(report.model_dump_json(), encoding="utf-8")
    return CaseMessages("texts", texts, path)


def test_eight_calls_in_a_week_make_a_case_finding_and_every_file(tmp_path, audio):
    day = datetime.fromisoformat("2026-03-02T10:00:00-05:00")
    calls = case_of(tmp_path, audio, [day + timedelta(hours=18 * i) for i in range(8)])
    run_review(calls[0].report, reviewer="alice", stdin=io.StringIO("c\n\nr\n\ns\n"), stdout=io.StringIO())
    summary = write_case_view(tmp_path, calls, [message_report(tmp_path)],
                              [CaseFailure("broken", tmp_path / "broken.mp3", "not a readable recording")])
    assert summary == json.loads((tmp_path / "summary.json").read_text(encoding="utf-8"))
    assert summary["frequency_scope"] == "caller" and summary["analysed"] == 8 and summary["recordings"] == 9
    rules = [(f["rule"], f["caller"], len(f["calls"])) for f in summary["case_findings"]]
    assert ("us_reg_f_7_in_7", "+15550100001", 8) in rules
    assert [i["kind"] for i in summary["timeline"]][:3] == ["call", "call", "message"]  # 10:00, 04:00, 12:00

    raw = (tmp_path / "findings.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert tuple(rows[0]) == CSV_COLUMNS and len(rows) == 8 * 3 + 1
    assert [r["review"] for r in rows[:3]] == ["confirmed", "rejected", "pending"]
    assert rows[-1]["kind"] == "message" and rows[-1]["call"] == "texts"
    assert rows[0]["report"] == "c0.json"

    page = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert 'id="by-date"' in page and 'id="by-hour"' in page and "Case overview" in page
    assert "8 calls within the 7 days" in page and "12 CFR 1006.14(b)(2)(i)(A)" in page
    assert "Pay today or we will have you arrested" in page and "not a readable recording" in page
    assert "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")


def test_who_called_lists_the_calling_numbers(tmp_path, audio):
    day = datetime.fromisoformat("2026-03-02T10:00:00-05:00")
    calls = case_of(tmp_path, audio, [day, day + timedelta(days=1)])
    calls[1].caller = "+15550100002"  # as a manifest gives it
    summary = write_case_view(tmp_path, calls)
    assert {"kind": "caller", "name": "+15550100001", "calls": ["c0"], "authority": False} in summary["who_called"]
    assert {"kind": "caller", "name": "+15550100002", "calls": ["c1"], "authority": False} in summary["who_called"]
    table = (tmp_path / "index.html").read_text(encoding="utf-8").split('id="who-called"')[1].split("</section>")[0]
    assert "calling number" in table and "+15550100001" in table and "+15550100002" in table


def test_seven_calls_in_a_week_trip_only_the_conversation_rule(tmp_path, audio):
    day = datetime.fromisoformat("2026-03-02T10:00:00-05:00")
    summary = write_case_view(tmp_path, case_of(tmp_path, audio, [day + timedelta(hours=20 * i) for i in range(7)]))
    # the debtor speaks in every call: each later call comes within 7 days of a conversation
    assert [(f["rule"], len(f["calls"])) for f in summary["case_findings"]] == [("us_reg_f_after_conversation", 7)]


def test_calls_a_week_apart_trip_nothing(tmp_path, audio):
    day = datetime.fromisoformat("2026-03-02T10:00:00-05:00")
    summary = write_case_view(tmp_path, case_of(tmp_path, audio, [day + timedelta(days=7 * i) for i in range(3)]))
    assert summary["case_findings"] == []
    assert "No calls beyond the frequency" in (tmp_path / "index.html").read_text(encoding="utf-8")
