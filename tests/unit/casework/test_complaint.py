"""Complaint drafts come from confirmed findings only."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from samples import make_report, write_report
from typer.testing import CliRunner

from callguard.casework.complaint import build_complaint
from callguard.casework.review import run_review
from callguard.cli import app
from callguard.errors import InputError
from callguard.report.custody import seal
from callguard.report.model import PartyOut


def reviewed(tmp_path, audio, lang, answers, name="call"):
    rec = tmp_path / f"{name}.m4a"
    rec.write_bytes(audio.read_bytes())
    path = write_report(seal(make_report(rec, lang=lang)), tmp_path / f"{name}.json")
    run_review(path, reviewer="alice", stdin=io.StringIO(answers), stdout=io.StringIO())
    return path


def test_cn_draft_has_confirmed_findings_only(tmp_path, audio):
    path = reviewed(tmp_path, audio, "zh", "c\n两次听清\nr\n\ns\n")
    text = build_complaint([path], "cn")
    assert "你就是个典型的老赖" in text and "两次听清" in text
    assert "你想让他们都知道你是什么人吗" not in text  # rejected
    assert "你那些亲戚同学" not in text  # skipped
    for needed in ("草稿", "不是法律意见", "投诉人", "被投诉机构", "来电时间：2026-02-05 13:10:00 (UTC+08:00)",
                   "call.m4a", "SHA-256", "时间戳：录音 00:20.1 至 00:22.8", "原话", "违反的规定",
                   "第六十八条", "诉求", "国家金融监督管理总局"):
        assert needed in text, needed
    report_sha = make_report(tmp_path / "call.m4a").source.sha256
    assert report_sha in text


def test_us_draft_cites_the_fdcpa(tmp_path, audio):
    path = reviewed(tmp_path, audio, "en", "s\nc\n\nc\n\n")
    text = build_complaint([path], "us")
    assert "DRAFT" in text and "not legal advice" in text
    assert '"we will have you arrested tonight"' in text and "§1692e(4)" in text
    assert "§1692c(a)(1)" in text and "Officer Daniels" not in text
    assert "CFPB" in text and "third-party debt collectors" in text


def test_several_reports_only_those_with_confirmations(tmp_path, audio):
    one = reviewed(tmp_path, audio, "zh", "r\n\nr\n\nr\n\n", name="one")
    two = reviewed(tmp_path, audio, "zh", "s\ns\nc\n\n", name="two")
    text = build_complaint([one, two], "cn")
    assert "two.m4a" in text and "one.m4a" not in text and "### 通话一" in text


def test_nothing_confirmed_is_an_error(tmp_path, audio):
    path = reviewed(tmp_path, audio, "zh", "r\n\ns\n")
    with pytest.raises(InputError, match="no confirmed findings"):
        build_complaint([path], "cn")


def test_cli_complaint_writes_draft_or_fails_with_one_line(tmp_path, audio):
    runner = CliRunner()
    none = reviewed(tmp_path, audio, "zh", "r\n\n", name="none")
    result = runner.invoke(app, ["complaint", str(none), "--to", "cn", "--out", str(tmp_path / "x.md")])
    assert result.exit_code == 2 and len(result.output.strip().splitlines()) == 1
    assert "no confirmed findings" in result.output and not (tmp_path / "x.md").exists()
    good = reviewed(tmp_path, audio, "zh", "c\n\n", name="good")
    result = runner.invoke(app, ["complaint", str(good), "--to", "cn", "--out", str(tmp_path / "x.md")])
    assert result.exit_code == 0, result.output
    assert "老赖" in (tmp_path / "x.md").read_text(encoding="utf-8")
    bad_to = runner.invoke(app, ["complaint", str(good), "--to", "eu", "--out", str(tmp_path / "y.md")])
    assert bad_to.exit_code == 2


def test_draft_names_the_organisations_the_collector_gave(tmp_path, audio):
    rec = tmp_path / "named.m4a"
    rec.write_bytes(audio.read_bytes())
    lender = PartyOut(kind="lender", name="恒丰银行", segment_id=2, start=4.6, end=6.0, speaker="S1",
                      self_named=False, authority=False)
    agency = lender.model_copy(update={"kind": "agency", "name": "快来花贷后部", "self_named": True})
    report = make_report(rec).model_copy(update={"parties": [lender, agency]})
    path = write_report(seal(report), tmp_path / "named.json")
    run_review(path, reviewer="alice", stdin=io.StringIO("c\n\n"), stdout=io.StringIO())
    text = build_complaint([path], "cn")
    assert "- 名称：恒丰银行（录音中催收方所称" in text and "实际催收方（如为委托的催收公司）：快来花贷后部" in text


def test_case_summary_lists_who_called_across_calls(audio):
    from callguard.casework.batch import Job
    from callguard.casework.case import who_called

    def report(*names):
        parties = [PartyOut(kind=k, name=n, segment_id=0, start=1.0, end=2.0, speaker="S1", self_named=True,
                            authority=k == "court") for k, n in names]
        return make_report(audio).model_copy(update={"parties": parties})

    rows = who_called([(Job(Path("a.m4a"), "a"), report(("agency", "华信资产"), ("court", "区法院"))),
                       (Job(Path("b.m4a"), "b"), report(("agency", "华信资产")))])
    assert rows[0] == {"kind": "agency", "name": "华信资产", "calls": ["a", "b"], "authority": False}
    assert rows[1] == {"kind": "court", "name": "区法院", "calls": ["a"], "authority": True}


def test_to_defaults_to_the_reports_jurisdiction_and_a_mismatch_is_refused(tmp_path, audio):
    cn = reviewed(tmp_path, audio, "zh", "c\n\n", name="cn")
    assert "国家金融监督管理总局" in build_complaint([cn])
    with pytest.raises(InputError, match="another jurisdiction"):
        build_complaint([cn], "us")
    assert "CFPB" in build_complaint([cn], "us", any_jurisdiction=True)
    us = reviewed(tmp_path, audio, "en", "c\n\n", name="us")
    with pytest.raises(InputError, match="pass --to"):
        build_complaint([cn, us])


def test_the_calling_number_and_direction_go_into_the_drafts(tmp_path, audio):
    from callguard.report.model import CallerOut

    for lang, to, answers in (("zh", "cn", "c\n\ns\ns\n"), ("en", "us", "s\nc\n\ns\n")):
        rec = tmp_path / f"{lang}.m4a"
        rec.write_bytes(audio.read_bytes())
        report = make_report(rec, lang=lang)
        call = report.call.model_copy(update={"caller": CallerOut(value="+15550109999", from_="file_name"),
                                              "direction": "incoming"})
        path = write_report(seal(report.model_copy(update={"call": call})), tmp_path / f"{lang}.json")
        run_review(path, reviewer="alice", stdin=io.StringIO(answers), stdout=io.StringIO())
        text = build_complaint([path], to)
        if to == "cn":
            assert "- 来电号码：+15550109999" in text and "呼叫方向：对方来电" in text
        else:
            assert "**Calls from:** +15550109999" in text and "received a call from [company] (+15550109999)" in text
