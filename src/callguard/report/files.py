"""The one reader and the one writer of the files a report is made of.

Readers: `read_raw` gives the JSON exactly as written (what `verify` hashes), `read_report` the
validated model. Writer: `write_files` writes a set of files all or none: each goes to a temporary
name in its folder, is flushed to disk, and only then are all renamed into place.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from pydantic import ValidationError

from callguard.errors import InputError
from callguard.report.model import Report


def read_raw(path: Path) -> dict:
    path = Path(path)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror})") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise InputError(f"{path}: not a JSON report ({e})") from None
    if not isinstance(raw, dict) or "source" not in raw:
        raise InputError(f"{path}: not a callguard report")
    return raw


def read_report(path: Path) -> Report:
    raw = read_raw(path)
    try:
        return Report.model_validate(raw)
    except ValidationError as e:
        raise InputError(f"{path}: not a callguard report ({e.errors()[0]['msg']})") from None


def write_files(files: dict[Path, str]) -> None:
    """Write every file, or none."""
    staged = []
    try:
        for path, text in files.items():
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
            staged.append((tmp, path))
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text)
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(tmp, 0o644)
        for tmp, path in staged:
            os.replace(tmp, path)
    finally:
        for tmp, _ in staged:
            Path(tmp).unlink(missing_ok=True)
