"""Hashing shared by ingest, provenance and custody."""

from __future__ import annotations

import hashlib
from datetime import datetime, timezone
from pathlib import Path

from callguard.types import FileState

CHUNK = 1 << 20


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            h.update(block)
    return h.hexdigest()


def file_state(path: Path) -> FileState:
    """Size, digest and modification time of a file: what the chain of custody compares."""
    st = Path(path).stat()
    mtime = datetime.fromtimestamp(st.st_mtime, tz=timezone.utc).isoformat()
    return FileState(size_bytes=st.st_size, sha256=file_sha256(Path(path)), mtime=mtime)
