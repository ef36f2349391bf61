"""Shared fixtures: the real speech model, loaded once per test session."""

from __future__ import annotations

import os

import pytest


def pytest_configure(config):
    os.environ.setdefault("CALLGUARD_THREADS", str(os.cpu_count() or 2))


@pytest.fixture(scope="session")
def engine():
    from callguard.asr import load_engine

    return load_engine("faster-whisper", device="cpu")
