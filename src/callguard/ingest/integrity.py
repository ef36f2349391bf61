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


def model_sha256(path: Path) -> str:
    """The digest of a model file, kept beside it (NAME.sha256, with the size and modification time it was
    taken at) so that each run does not read 140 MB again; taken afresh when the file changed."""
    path = Path(path)
    st = path.stat()
    stamp = f"{st.st_size} {st.st_mtime_ns}"
    memo = path.with_name(path.name + ".sha256")
    try:
        digest, seen = memo.read_text(encoding="ascii").split(" ", 1)
        if seen.strip() == stamp and len(digest) == 64:
            return digest
    except (OSError, ValueError, UnicodeDecodeError):
        pass
    digest = file_sha256(path)
    try:
        memo.write_text(f"{digest} {stamp}\n", encoding="ascii")
    except OSError:  # a read-only model folder: hashed each run, as before
        pass
    return digest
