"""Shared fixtures: the real speech model, loaded once per test session."""

from __future__ import annotations

import os

import pytest
from samples import chromium


def pytest_configure(config):
    os.environ.setdefault("CALLGUARD_THREADS", str(os.cpu_count() or 2))


@pytest.fixture(scope="session")
def engine():
    from callguard.asr import load_engine

    return load_engine("faster-whisper", device="cpu")


@pytest.fixture(scope="session")
def audio(tmp_path_factory):
    """A 50 s tone recording that report, custody and review tests copy and tamper with."""
    from samples import make_audio

    return make_audio(tmp_path_factory.mktemp("audio") / "master.m4a", 50.0)


CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--autoplay-policy=no-user-gesture-required"]


# Browser checks (headless Chromium through Playwright).

@pytest.fixture(scope="module")
def browser():
    if chromium() is None:
        pytest.skip("/usr/bin/chromium is missing; browser checks need it")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium(), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    yield context.new_page()
    context.close()
