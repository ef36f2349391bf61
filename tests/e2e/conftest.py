"""End-to-end tests run the real pipeline on the recordings in ../shared (audio/real, calls/dev)."""

from __future__ import annotations

import pytest
from helpers import SHARED


def pytest_collection_modifyitems(config, items):
    if SHARED.is_dir():
        return
    skip = pytest.mark.skip(reason=f"{SHARED} is missing: the end-to-end tests need its recordings")
    for item in items:
        if "/e2e/" in str(item.fspath):
            item.add_marker(skip)
