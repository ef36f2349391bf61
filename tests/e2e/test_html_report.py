"""The HTML page of a real report from `analyze`: each finding's play button seeks to its words."""

from __future__ import annotations

import pytest
from helpers import DEV, open_page, run_cli

from callguard import load_report
from callguard.report.custody import verify
from callguard.types import CALL_LABELS


@pytest.mark.slow
@pytest.mark.browser
def test_real_report_from_analyze(page, tmp_path):
    recording = DEV / "zh-dev-02.m4a"
    done = run_cli("analyze", recording, "--out", tmp_path)
    assert done.returncode == 0, done.stderr
    report = load_report(tmp_path / "zh-dev-02.json")
    assert report.findings
    assert verify(tmp_path / "zh-dev-02.json", recording) == []
    open_page(page, tmp_path / "zh-dev-02.html")
    spans = [f for f in report.findings if f.label not in CALL_LABELS]
    for i, finding in enumerate(spans):
        page.locator("article.finding button.play").nth(i).click()
        assert page.evaluate("player.currentTime") == pytest.approx(finding.start, abs=0.3)
