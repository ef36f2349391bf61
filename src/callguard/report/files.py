"""The one reader and the one writer of the files a report is made of.

Readers: `read_raw` gives the JSON exactly as written (what `verify` hashes), `read_report` the
validated model of a call's report, `read_message_report` of a message report, `read_any_report` either.
Writer: `write_files` writes a set of files all or none: each goes to a temporary name in its folder, is
flushed to disk, and only then are all renamed into place. `folder_lock` makes writers of one output
folder take turns, so two processes never interleave one report's files. `report_names` is the one naming
rule for reports (analyze, the folder batch and the manifest batch).
"""

from __future__ import annotations

import fcntl
import json
import os
import tempfile
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from pydantic import ValidationError

from callguard.errors import InputError
from callguard.report.model import MessageReport, Report


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
    return _validated(path, read_raw(path), Report)


def read_message_report(path: Path) -> MessageReport:
    return _validated(path, read_raw(path), MessageReport)


def read_any_report(path: Path) -> Report | MessageReport:
    """A call's report or a message report, as its `kind` says."""
    raw = read_raw(path)
    return _validated(path, raw, MessageReport if raw.get("kind") == "messages" else Report)


def _validated(path: Path, raw: dict, model: type[Report] | type[MessageReport]) -> Report | MessageReport:
    try:
        return model.model_validate(raw)
    except ValidationError as e:
        what = "message report" if model is MessageReport else "callguard report"
        raise InputError(f"{path}: not a {what} ({e.errors()[0]['msg']})") from None


def write_files(files: dict[Path, str]) -> None:
    """Write every file, or none. The JSON is renamed into place last: a report counts as done when its
    NAME.json is there, so a kill between the renames must leave it out, not its page or subtitles."""
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
        for tmp, path in sorted(staged, key=lambda staged_file: staged_file[1].suffix == ".json"):
            os.replace(tmp, path)
    finally:
        for tmp, _ in staged:
            Path(tmp).unlink(missing_ok=True)


@contextmanager
def folder_lock(folder: Path) -> Iterator[None]:
    """An exclusive lock on `folder` (flock on the directory itself, so no lock file is left behind)."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def report_names(paths: Sequence[Path], base: Path | None = None) -> list[str]:
    """One report name per recording, distinct within the run (ignoring case, as some file systems do).

    A recording is named after its file name without the extension; under `base` (a batch's folder or a
    manifest's folder) its sub-folders come first, joined by "__" (march/call.wav -> march__call). When
    several recordings of the run would share a name, each of them gets its extension added
    (call.flac -> call-flac, call.wav -> call-wav); the later of any still alike get -2, -3, ...
    """
    plain = [_plain_name(Path(p), base) for p in paths]
    counts = Counter(n.lower() for n in plain)
    names = [f"{n}-{Path(p).suffix.lstrip('.').lower()}" if counts[n.lower()] > 1 and Path(p).suffix else n
             for n, p in zip(plain, paths, strict=True)]
    taken: set[str] = set()
    out = []
    for name in names:
        candidate, i = name, 1
        while candidate.lower() in taken:
            i += 1
            candidate = f"{name}-{i}"
        taken.add(candidate.lower())
        out.append(candidate)
    return out


def _plain_name(path: Path, base: Path | None) -> str:
    relative = Path(path.name)
    if base is not None:
        try:
            relative = path.absolute().relative_to(base.absolute())
        except ValueError:
            pass
    return "__".join(relative.with_suffix("").parts)
