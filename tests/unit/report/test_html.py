"""The HTML page: content, escaping, atomic writing, PDF; and in headless Chromium, playback and safety."""

from __future__ import annotations

import io
import re
import shutil

import pytest
from helpers import open_page
from samples import chromium, make_report, write_report

from callguard.casework.review import run_review
from callguard.errors import CallguardError
from callguard.report import pdf
from callguard.report.custody import seal
from callguard.report.html import render_html, write_html

PAYLOAD = "<script>window.pwned=1</script>"
EVIL_NAME = '<img src=x onerror="window.pwned=1">.m4a'
@pytest.fixture
def zh_page(tmp_path, audio):
    rec = tmp_path / "calls" / "call.m4a"
    rec.parent.mkdir()
    rec.write_bytes(audio.read_bytes())
    out = tmp_path / "out"
    out.mkdir()
    report = seal(make_report(rec))
    write_report(report, out / "call.json")
    return report, rec, write_html(report, rec, out / "call.html")


def evil_report(tmp_path, audio):
    rec = tmp_path / EVIL_NAME
    rec.write_bytes(audio.read_bytes())
    report = make_report(rec)
    segments = [s.model_copy(update={"text": f"{s.text} {PAYLOAD}"}) for s in report.transcript.segments]
    findings = [f.model_copy(update={"text": PAYLOAD, "explanation": PAYLOAD, "legal_basis": [PAYLOAD]})
                for f in report.findings]
    source = report.source.model_copy(update={"codec": PAYLOAD})
    report = report.model_copy(update={
        "findings": findings, "source": source, "limitations": [PAYLOAD], "disclaimer": PAYLOAD,
        "transcript": report.transcript.model_copy(update={"segments": segments})})
    return report, rec


def test_findings_first_in_chinese_for_a_chinese_call(zh_page):
    page = zh_page[2].read_text(encoding="utf-8")
    assert page.index("机器发现 3 处可能违规的催收行为") < page.index('id="transcript"')
    assert "侮辱辱骂 1 处、威胁恐吓 2 处" in page and "2026-02-05 13:10:00 (UTC+08:00)" in page
    for part in ("通话时间轴", "通话文字记录", "证据保管信息", "待人工核实", "Whisper", "不是法律结论",
                 "第六十八条", zh_page[0].integrity.digest, zh_page[0].source.sha256):
        assert part in page, part


def test_english_call_in_english(tmp_path, audio):
    rec = tmp_path / "en.m4a"
    rec.write_bytes(audio.read_bytes())
    page = render_html(make_report(rec, lang="en"), rec, tmp_path / "en.html", embed_audio=False)
    assert "The machine found 3 possible violations" in page and "Call at an inconvenient time" in page
    assert "whole call" in page and "§1692e(4)" in page and "催收" not in page


def test_call_without_findings_says_so(tmp_path, audio):
    rec = tmp_path / "quiet.m4a"
    rec.write_bytes(audio.read_bytes())
    report = make_report(rec).model_copy(update={"findings": []})
    page = render_html(report, rec, tmp_path / "quiet.html", embed_audio=False)
    assert "机器没有在这通电话中发现违规催收的迹象" in page and 'class="finding' not in page


def test_no_external_resources_and_relative_audio(zh_page):
    report, rec, html = zh_page
    page = html.read_text(encoding="utf-8")
    assert not re.search(r'(src|href)="(https?:)?//', page)
    sources = re.findall(r'<source src="([^"]+)"', page)
    assert sources[0] == "../calls/call.m4a" and sources[1] == rec.resolve().as_uri()
    assert sources[2].startswith("data:audio/mpeg;base64,")  # short call: listening copy embedded


def test_long_call_not_embedded(tmp_path, audio):
    rec = tmp_path / "call.m4a"
    rec.write_bytes(audio.read_bytes())
    report = make_report(rec)
    report = report.model_copy(update={"source": report.source.model_copy(update={"duration_s": 3600.0})})
    assert "data:audio" not in render_html(report, rec, tmp_path / "call.html")


def test_every_text_is_escaped(tmp_path, audio):
    report, rec = evil_report(tmp_path, audio)
    page = render_html(report, rec, tmp_path / "evil.html", embed_audio=False)
    assert PAYLOAD not in page and "<img src=x" not in page
    assert "&lt;script&gt;window.pwned=1&lt;/script&gt;" in page
    assert page.count("<script") == 1  # ours, with its nonce


def test_write_is_atomic_and_leaves_no_temp_files(zh_page):
    html = zh_page[2]
    assert [p.name for p in html.parent.iterdir() if p.name.startswith(".")] == []


def test_review_state_shows_on_the_page(zh_page):
    report, rec, html = zh_page
    run_review(html.with_suffix(".json"), reviewer="alice", stdin=io.StringIO("c\n听了两遍\nr\n\n"),
               stdout=io.StringIO())
    page = html.read_text(encoding="utf-8")
    assert page.count('class="finding confirmed"') == 1 and page.count('class="finding rejected"') == 1
    assert "听了两遍" in page and "alice" in page


@pytest.mark.browser
def test_pdf_is_printed(zh_page, tmp_path):
    if chromium() is None:
        pytest.skip("/usr/bin/chromium is missing")
    out = pdf.html_to_pdf(zh_page[2], tmp_path / "call.pdf")
    assert out.read_bytes()[:5] == b"%PDF-"
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".part"] == []


@pytest.mark.browser
def test_cli_pdf_from_the_report_json(zh_page, tmp_path):
    if chromium() is None:
        pytest.skip("/usr/bin/chromium is missing")
    from typer.testing import CliRunner

    from callguard.cli import app

    json_path = zh_page[2].with_suffix(".json")
    assert CliRunner().invoke(app, ["pdf", str(json_path)]).exit_code == 0
    assert json_path.with_suffix(".pdf").read_bytes()[:5] == b"%PDF-"
    assert CliRunner().invoke(app, ["pdf", str(tmp_path / "nothing.json")]).exit_code == 2


def test_pdf_without_chromium_is_one_clear_error(zh_page, tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("CALLGUARD_CHROMIUM", raising=False)
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(CallguardError, match="chromium not found"):
        pdf.html_to_pdf(zh_page[2], tmp_path / "call.pdf")


@pytest.mark.browser
def test_page_renders(page, zh_page):
    open_page(page, zh_page[2])
    assert "催收通话证据报告" in page.title()
    assert page.locator("article.finding").count() == 3
    assert page.locator("#transcript tbody tr").count() == len(zh_page[0].transcript.segments)
    assert page.evaluate("document.getElementById('player').currentSrc").endswith("/calls/call.m4a")


@pytest.mark.browser
def test_play_button_seeks_to_the_finding_and_stops_at_its_end(page, zh_page):
    report = zh_page[0]
    open_page(page, zh_page[2])
    for i, finding in enumerate(report.findings):
        page.locator("article.finding button.play").nth(i).click()
        assert page.evaluate("player.currentTime") == pytest.approx(finding.start, abs=0.3)
    first = report.findings[0]
    page.locator("article.finding button.play").first.click()
    page.wait_for_function("() => player.paused", timeout=(first.end - first.start + 5) * 1000)
    assert page.evaluate("player.currentTime") == pytest.approx(first.end, abs=0.3)


@pytest.mark.browser
def test_transcript_time_seeks(page, zh_page):
    open_page(page, zh_page[2])
    seg = zh_page[0].transcript.segments[6]
    page.locator(f"#seg-{seg.id} button.t").click()
    assert page.evaluate("player.currentTime") == pytest.approx(seg.start, abs=0.3)


@pytest.mark.browser
def test_listening_copy_plays_when_the_original_is_gone(page, zh_page):
    report, rec, html = zh_page
    rec.unlink()
    open_page(page, html)
    assert page.evaluate("player.currentSrc").startswith("data:audio/mpeg")
    page.locator("article.finding button.play").nth(1).click()
    assert page.evaluate("player.currentTime") == pytest.approx(report.findings[1].start, abs=0.3)


@pytest.mark.browser
@pytest.mark.parametrize("bypass_csp", [False, True], ids=["with-csp", "escaping-alone"])
def test_script_in_file_name_and_transcript_shows_as_text_and_never_runs(browser, tmp_path, audio, bypass_csp):
    report, rec = evil_report(tmp_path, audio)
    html = write_html(report, rec, tmp_path / "evil.html", embed_audio=False)
    page = browser.new_context(bypass_csp=bypass_csp).new_page()
    open_page(page, html)
    assert page.evaluate("typeof window.pwned") == "undefined"
    body = page.inner_text("body")
    assert PAYLOAD in body and EVIL_NAME in body and EVIL_NAME in page.title()
    page.locator("article.finding button.play").first.click()
    assert page.evaluate("typeof window.pwned") == "undefined"
    page.context.close()


def test_scores_in_words_never_rounded_up_to_certainty(tmp_path, audio):
    rec = tmp_path / "call.m4a"
    rec.write_bytes(audio.read_bytes())
    report = make_report(rec, lang="en")
    findings = [report.findings[0].model_copy(update={"score": 0.995}), *report.findings[1:]]
    html = render_html(report.model_copy(update={"findings": findings}), rec, tmp_path / "call.html",
                       embed_audio=False)
    assert "very high (99%)" in html
    assert html.count("(100%)") == sum(f.score == 1.0 for f in findings) == 1  # the call time, a fact
    zh = render_html(make_report(rec), rec, tmp_path / "zh.html", embed_audio=False)
    assert "很高 (91%)" in zh


def test_a_lay_page_limitations_once_in_its_language_technical_details_folded(tmp_path, audio):
    rec = tmp_path / "call.m4a"
    rec.write_bytes(audio.read_bytes())
    report = make_report(rec)
    report = report.model_copy(update={"limitations": ["Mandarin transcription with Whisper base has a "
                                                       "character error rate of roughly 12-22%"]})
    html = render_html(report, rec, tmp_path / "call.html", embed_audio=False)
    assert "Mandarin transcription" not in html and html.count("字错误率") == 1
    page = re.sub(r"<details class=\"tech\">.*?</details>", "", html, flags=re.S)
    assert "INSULT" not in page and "rules" not in page  # label codes and detector names: folded away
    assert html.count('<details class="tech">') == len(report.findings) and "技术细节" in html


def test_a_long_call_groups_findings_by_kind_first_with_counts(tmp_path, audio):
    rec = tmp_path / "call.m4a"
    rec.write_bytes(audio.read_bytes())
    report = make_report(rec)
    many = [f.model_copy(update={"start": f.start + k, "end": f.end + k}) for k in range(4) for f in report.findings]
    html = render_html(report.model_copy(update={"findings": many}), rec, tmp_path / "call.html", embed_audio=False)
    kinds = re.findall(r'<h3 class="kind">(.*?) \((\d+)\)</h3>', html)
    assert [int(n) for _, n in kinds] == [8, 4] and len({k for k, _ in kinds}) == 2
    short = render_html(report, rec, tmp_path / "short.html", embed_audio=False)
    assert '<h3 class="kind">' not in short


def test_a_finding_whose_role_is_uncertain_says_so(tmp_path, audio):
    rec = tmp_path / "call.m4a"
    rec.write_bytes(audio.read_bytes())
    report = make_report(rec, lang="en")
    first = report.findings[0].model_copy(update={"role_uncertain": True})
    report = report.model_copy(update={"findings": [first, *report.findings[1:]]})
    page = render_html(report, rec, tmp_path / "call.html", embed_audio=False)
    assert page.count("role uncertain") == 1


def test_caller_and_direction_shown_and_stored_as_from(tmp_path, audio):
    import json

    from callguard.report.files import read_report
    from callguard.report.model import CallerOut

    rec = tmp_path / "call.m4a"
    rec.write_bytes(audio.read_bytes())
    report = make_report(rec)
    call = report.call.model_copy(update={"caller": CallerOut(value="13812345678", from_="file_name"),
                                          "direction": "incoming"})
    report = seal(report.model_copy(update={"call": call}))
    path = write_report(report, tmp_path / "call.json")
    assert json.loads(path.read_text())["call"]["caller"] == {"value": "13812345678", "from": "file_name"}
    assert read_report(path).call.caller.from_ == "file_name"
    page = render_html(report, rec, tmp_path / "call.html")
    assert "来电号码或来电方: <b>13812345678</b> (取自录音文件名)" in page and "呼入（对方打来）" in page
