"""In headless Chromium: a complainant files a Chinese dev call and opens the private link; a reviewer signs
in, finds it at the top of the queue, confirms a finding and exports the case. Screenshots go to
/tmp/service-shots/ for a person to look at."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from intake import PASSWORD, add_user, free_port, service_env, submit, variant

pytestmark = pytest.mark.browser
SHOTS = Path("/tmp/service-shots")


@pytest.fixture
def server(tmp_path):
    root, port = tmp_path / "store", free_port()
    database = f"sqlite:///{tmp_path / 'callguard.db'}"
    log = tmp_path / "serve.log"
    proc = subprocess.Popen([sys.executable, "-m", "callguard", "serve", "--port", str(port), "--database", database],
                            env=service_env(root), stdout=log.open("w"), stderr=subprocess.STDOUT)
    import httpx

    end = time.monotonic() + 120
    while True:
        assert proc.poll() is None and time.monotonic() < end, log.read_text()
        try:
            httpx.get(f"http://127.0.0.1:{port}/", timeout=2)
            break
        except httpx.HTTPError:
            time.sleep(0.3)
    yield f"http://127.0.0.1:{port}", database, root
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=60)
    except subprocess.TimeoutExpired:
        proc.kill()


def shot(page, name: str) -> None:
    page.screenshot(path=str(SHOTS / name), full_page=True)


def test_complainant_and_reviewer_in_the_browser(browser, server, clips, tmp_path):
    shutil.rmtree(SHOTS, ignore_errors=True)  # only this run's screenshots: an earlier run's must not count
    SHOTS.mkdir(parents=True)
    base, database, root = server
    import httpx

    with httpx.Client(base_url=base, timeout=60) as web:  # an earlier, milder case: the new one must go above
        milder = {"name": "李四", "contact": "li@example.com", "institution": "另一家银行"}
        assert submit(web, [("short.wav", variant(clips, 90).read_bytes())], fields=milder).status_code == 201

    complainant = browser.new_context(locale="zh-CN", accept_downloads=True)
    page = complainant.new_page()
    page.goto(base + "/")
    assert page.locator("h1").inner_text() == "催收投诉受理"
    page.fill("#name", "陈磊")
    page.fill("#contact", "13812345678")
    page.fill("#institution", "快来花")
    page.fill("#caller_number", "021-55550123")
    page.fill("#call_dates", "2026年3月14日晚上")
    page.fill("#story", "催收员骂我是老赖，还说要打电话给我通讯录里的所有人。")
    page.set_input_files("#recordings", str(clips["dev"]))
    shot(page, "01-complainant-form-zh.png")
    page.click("button[type=submit]")
    number = page.locator("#case-number").inner_text()
    link = page.locator("#private-link").get_attribute("href")
    shot(page, "02-complaint-filed-zh.png")
    page.goto(link)
    page.wait_for_selector(".call[data-state=done]", timeout=600_000)
    page.reload()
    assert "分析完成" in page.inner_text("#call-1") and "侮辱辱骂" in page.inner_text("#call-1")
    shot(page, "03-private-link-done-zh.png")
    page.click("#lang-switch")
    assert "Status" in page.inner_text("main")
    shot(page, "04-private-link-en.png")
    complainant.close()

    add_user(database, root, "reviewer1")
    reviewer = browser.new_context(locale="en-US", accept_downloads=True)
    page = reviewer.new_page()
    page.goto(base + "/review")
    assert page.url.endswith("/login")
    page.fill("#name", "reviewer1")
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_selector("#queue")
    first = page.locator("tr.case-row").first
    assert number in first.inner_text() and page.locator("tr.case-row").count() == 2
    shot(page, "05-queue-en.png")
    first.locator("a").first.click()
    page.wait_for_selector("#call-1")
    page.click("#assign")
    finding = page.locator(".finding").first
    finding.locator("input[name=note]").fill("Heard at 0:20: 老赖")
    finding.locator("button[value=confirmed]").click()
    page.wait_for_selector(".finding.state-confirmed")
    assert "Confirm" in page.locator(".finding").first.locator(".decision").inner_text()
    shot(page, "06-case-confirmed-en.png")
    with page.expect_download() as download:
        page.click("#export")
    saved = tmp_path / "case.zip"
    download.value.save_as(saved)
    names = zipfile.ZipFile(saved).namelist()
    assert "SHA256SUMS" in names and any(n.endswith(".review.jsonl") for n in names)
    reviewer.close()
    assert len([n for n in os.listdir(SHOTS) if n.endswith("-en.png") or n.endswith("-zh.png")]) == 6
