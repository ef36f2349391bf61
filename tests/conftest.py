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


@pytest.fixture(scope="session")
def audio(tmp_path_factory):
    """A 50 s tone recording that report, custody and review tests copy and tamper with."""
    from samples import make_audio

    return make_audio(tmp_path_factory.mktemp("audio") / "master.m4a", 50.0)
