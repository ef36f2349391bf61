"""The lawyers' batch state: one SQLite file, `batch-state.sqlite`, in the output folder (WAL, so a reader
never blocks the batch), the truth of what is done.

Each row is one recording of the case, keyed by its SHA-256 and its report name: running (handed to the
executor: being decoded, transcribed or waiting its turn), done, failed (with the reason), duplicate (the
same bytes as the recording named in `duplicate_of`, analysed once) or queued (found running when a batch
opens the file: this run analyses it again, unless its report turns out to be there whole). At most one
row per SHA-256 is analysed (a unique index); a file that could not even be read has the empty SHA-256.
Every change is its own transaction, so a batch killed at any moment leaves a consistent file.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

STATE = "batch-state.sqlite"
STATUSES = ("queued", "running", "done", "failed", "duplicate")

SCHEMA = f"""
CREATE TABLE IF NOT EXISTS recordings (
    sha256 TEXT NOT NULL,
    name TEXT NOT NULL,
    path TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN {STATUSES!r}),
    detail TEXT NOT NULL DEFAULT '',
    duplicate_of TEXT,
    updated TEXT NOT NULL,
    PRIMARY KEY (sha256, name)
);
CREATE UNIQUE INDEX IF NOT EXISTS analysed_once ON recordings (sha256)
    WHERE status <> 'duplicate' AND sha256 <> '';
"""


@dataclass(frozen=True)
class Row:
    sha256: str
    name: str
    path: str
    status: str
    detail: str
    duplicate_of: str | None
    updated: str


class BatchState:
    def __init__(self, out: Path):
        self.path = out / STATE
        self.db = sqlite3.connect(self.path, isolation_level=None, timeout=30)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=FULL")  # a `done` row survives a power cut as the report does
        self.db.executescript(SCHEMA)
        self.db.execute("UPDATE recordings SET status = 'queued' WHERE status = 'running'")

    def analysis(self, sha256: str) -> Row | None:
        """The row of the recording with these bytes that is (or was) analysed."""
        found = self.db.execute("SELECT * FROM recordings WHERE sha256 = ? AND status <> 'duplicate'",
                                (sha256,)).fetchone()
        return Row(*found) if found else None

    def set(self, sha256: str, name: str, path: Path, status: str, detail: str = "",
            duplicate_of: str | None = None) -> None:
        """Record `name`'s status; a row of the same name with other bytes (the file changed or became readable)
        or another name's analysis of the same bytes (the file was renamed) is replaced."""
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        with self.db:
            self.db.execute("BEGIN IMMEDIATE")
            self.db.execute("DELETE FROM recordings WHERE name = ? AND sha256 <> ?", (name, sha256))
            if status != "duplicate" and sha256:
                self.db.execute("DELETE FROM recordings WHERE sha256 = ? AND name <> ? AND status <> 'duplicate'",
                                (sha256, name))
            self.db.execute("INSERT OR REPLACE INTO recordings VALUES (?, ?, ?, ?, ?, ?, ?)",
                            (sha256, name, str(path), status, detail, duplicate_of, now))

    def rows(self) -> list[Row]:
        return [Row(*r) for r in self.db.execute("SELECT * FROM recordings ORDER BY name")]

    def counts(self) -> dict[str, int]:
        return dict(self.db.execute("SELECT status, count(*) FROM recordings GROUP BY status").fetchall())

    def close(self) -> None:
        self.db.close()
