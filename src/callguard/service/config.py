"""The service's settings: where the database and the store live, limits, the response clock."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import callguard
from callguard.resources import home

PIPELINE_VERSION = callguard.__version__  # with the recording's SHA-256, the key of an analysis


def _env_int(name: str, default: int) -> int:
    return int(os.environ.get(name) or default)


@dataclass
class Settings:
    database: str = ""
    root: Path = field(default_factory=lambda: Path(os.environ.get("CALLGUARD_STORE") or home() / "service"))
    max_upload_bytes: int = field(default_factory=lambda: _env_int("CALLGUARD_MAX_UPLOAD_MB", 200) << 20)
    max_recordings: int = 20
    lease_s: int = field(default_factory=lambda: _env_int("CALLGUARD_LEASE_S", 120))
    max_attempts: int = 3
    response_days: int = field(default_factory=lambda: _env_int("CALLGUARD_RESPONSE_DAYS", 15))
    submissions_per_hour: int = field(default_factory=lambda: _env_int("CALLGUARD_SUBMISSIONS_PER_HOUR", 10))
    secure_cookies: bool = False

    def __post_init__(self) -> None:
        self.root = Path(self.root)
        if not self.database:
            self.database = os.environ.get("CALLGUARD_DATABASE") or f"sqlite:///{self.root / 'callguard.db'}"
