"""The file store: uploads streamed to temporary files (counted, hashed), checked by content with ffprobe,
then kept under a generated name. Layout under the store's root:

    tmp/                        uploads in flight (emptied at start: a restart leaves nothing half-stored)
    recordings/ab/<sha256>.ext  each distinct recording once, never modified
    reports/<version>/<sha256>.{json,html,srt,vtt,review.jsonl}
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from python_multipart import MultipartParser
from python_multipart.multipart import parse_options_header

from callguard.errors import InputError
from callguard.ingest import probe
from callguard.service.config import PIPELINE_VERSION

FORMATS = {"mov,mp4,m4a,3gp,3g2,mj2": "m4a", "wav": "wav", "flac": "flac", "mp3": "mp3", "ogg": "ogg",
           "amr": "amr", "aac": "aac", "matroska,webm": "webm", "asf": "wma"}
MAX_FIELD_CHARS = 20_000
PART = ".part"


class Rejected(Exception):
    """An upload refused, with the HTTP status and one line for the person who sent it."""

    def __init__(self, status: int, key: str, detail: str = ""):
        super().__init__(detail or key)
        self.status, self.key, self.detail = status, key, detail


@dataclass
class Incoming:
    filename: str
    tmp: Path
    named: bool = True  # a browser sends an unnamed empty part when no file was chosen
    size: int = 0
    sha: hashlib._Hash = field(default_factory=hashlib.sha256)


@dataclass
class Stored:
    sha256: str
    name: str  # generated: recordings/ab/<sha256>.ext
    size_bytes: int
    duration_s: float
    filename: str  # what the sender called it, for display only


class Store:
    def __init__(self, root: Path):
        self.root = Path(root)
        self.tmp = self.root / "tmp"
        self.reports = self.root / "reports" / PIPELINE_VERSION
        for folder in (self.tmp, self.root / "recordings", self.reports):
            folder.mkdir(parents=True, exist_ok=True)

    def clean_tmp(self) -> int:
        """Remove what an interrupted upload left behind (run at start, before serving)."""
        leftovers = list(self.tmp.iterdir())
        for path in leftovers:
            shutil.rmtree(path) if path.is_dir() else path.unlink(missing_ok=True)
        return len(leftovers)

    def path(self, name: str) -> Path:
        return self.root / name

    def report(self, sha256: str) -> Path:
        return self.reports / f"{sha256}.json"

    def keep(self, upload: Incoming, duration: float) -> Stored:
        """Move a checked upload into place (it was fsynced; rename, fsync the folder); identical ones once."""
        sha = upload.sha.hexdigest()
        name = f"recordings/{sha[:2]}/{sha}.{extension(upload.tmp)}"
        final = self.root / name
        final.parent.mkdir(parents=True, exist_ok=True)
        existing = next(final.parent.glob(f"{sha}.*"), None)
        if existing is not None:
            upload.tmp.unlink(missing_ok=True)
            name = str(existing.relative_to(self.root))
        else:
            os.chmod(upload.tmp, 0o444)
            os.replace(upload.tmp, final)
            fsync_dir(final.parent)
        return Stored(sha, name, upload.size, duration, upload.filename)


def check_audio(path: Path) -> float:
    try:
        info = probe(path)
    except InputError:
        raise Rejected(415, "not_audio") from None
    if not any(s.get("codec_type") == "audio" for s in info.get("streams", [])):
        raise Rejected(415, "not_audio")
    try:
        duration = float(info.get("format", {}).get("duration") or 0)
    except ValueError:
        duration = 0.0
    if duration <= 0:
        raise Rejected(415, "not_audio")
    return duration


def extension(path: Path) -> str:
    return FORMATS.get(probe(path).get("format", {}).get("format_name", ""), "audio")


def fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def display_name(filename: str) -> str:
    """The last part of what the sender called the file, without control characters; never used as a path."""
    base = re.split(r"[/\\]", filename or "")[-1]
    base = "".join(ch for ch in base if ch.isprintable()).strip().lstrip(".")
    return base[:200] or "recording"


class FormReader:
    """A multipart form read as it streams in: text fields kept, each file part written to a temporary
    file in `tmp`, hashed and counted on the way; over `max_bytes` stops the upload at once."""

    def __init__(self, content_type: str, tmp: Path, max_bytes: int, max_files: int):
        kind, params = parse_options_header(content_type or "")
        if kind != b"multipart/form-data" or b"boundary" not in params:
            raise Rejected(400, "not_a_form")
        self.tmp, self.max_bytes, self.max_files = tmp, max_bytes, max_files
        self.fields: dict[str, str] = {}
        self.files: list[Incoming] = []
        self._headers: dict[bytes, bytes] = {}
        self._field, self._value = b"", b""
        self._name, self._text, self._file, self._fh = "", bytearray(), None, None
        callbacks = {"on_header_field": self._on_header_field, "on_header_value": self._on_header_value,
                     "on_header_end": self._on_header_end, "on_headers_finished": self._on_headers_finished,
                     "on_part_data": self._on_part_data, "on_part_end": self._on_part_end}
        self.parser = MultipartParser(params[b"boundary"], callbacks)

    def feed(self, chunk: bytes) -> None:
        self.parser.write(chunk)

    def finish(self) -> None:
        self.parser.finalize()

    def discard(self) -> None:
        if self._fh:
            self._fh.close()
        for f in self.files:
            f.tmp.unlink(missing_ok=True)

    def _on_header_field(self, data: bytes, start: int, end: int) -> None:
        self._field += data[start:end]

    def _on_header_value(self, data: bytes, start: int, end: int) -> None:
        self._value += data[start:end]

    def _on_header_end(self) -> None:
        self._headers[self._field.lower()] = self._value
        self._field, self._value = b"", b""

    def _on_headers_finished(self) -> None:
        _, params = parse_options_header(self._headers.get(b"content-disposition", b""))
        self._headers = {}
        self._name = params.get(b"name", b"").decode("utf-8", "replace")
        self._text = bytearray()
        if b"filename" in params:
            if len(self.files) >= self.max_files:
                raise Rejected(400, "too_many_files")
            fd, tmp = tempfile.mkstemp(dir=self.tmp, prefix="upload-", suffix=PART)
            self._fh = os.fdopen(fd, "wb")
            raw = params[b"filename"].decode("utf-8", "replace")
            self._file = Incoming(display_name(raw), Path(tmp), named=bool(raw))
            self.files.append(self._file)

    def _on_part_data(self, data: bytes, start: int, end: int) -> None:
        chunk = data[start:end]
        if self._file is None:
            self._text += chunk
            if len(self._text) > MAX_FIELD_CHARS * 4:
                raise Rejected(400, "field_too_long")
            return
        self._file.size += len(chunk)
        if self._file.size > self.max_bytes:
            raise Rejected(413, "too_large")
        self._file.sha.update(chunk)
        self._fh.write(chunk)

    def _on_part_end(self) -> None:
        if self._file is None:
            self.fields[self._name] = self._text.decode("utf-8", "replace")[:MAX_FIELD_CHARS]
            return
        self._fh.flush()
        os.fsync(self._fh.fileno())
        self._fh.close()
        self._fh, self._file = None, None
