"""Chain of custody: the recording's state before and after analysis, the report's digest and signature.

The digest covers the report as written, minus `integrity`: JSON with keys sorted, UTF-8, no whitespace.
The Ed25519 signature (optional) is over those same canonical bytes. Review decisions live in a separate
log (review.py), so reviewing never invalidates the digest.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from callguard.errors import InputError
from callguard.ingest.integrity import file_state
from callguard.report.files import read_raw
from callguard.report.model import Custody, FileStateOut, Integrity, Report
from callguard.types import FileState

SIGNATURE_ALGORITHM = "Ed25519 over the canonical bytes"


def custody(before: FileState, after: FileState) -> Custody:
    """The custody block for a recording hashed before and after the analysis."""
    unchanged = (before.sha256, before.size_bytes) == (after.sha256, after.size_bytes)
    return Custody(before=FileStateOut(**vars(before)), after=FileStateOut(**vars(after)), unchanged=unchanged)


def canonical_bytes(report_dict: dict) -> bytes:
    body = {k: v for k, v in report_dict.items() if k != "integrity"}
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    return text.encode("utf-8")


def report_dict(report: Report) -> dict:
    """The dict the JSON writer must write (all fields, None included) for the digest to verify."""
    return report.model_dump(mode="json")


def seal(report: Report, key_path: Path | None = None) -> Report:
    """Return a copy of `report` with `integrity` filled; sign it when an Ed25519 key is given."""
    data = canonical_bytes(report_dict(report))
    integrity = Integrity(digest=hashlib.sha256(data).hexdigest())
    if key_path is not None:
        key = load_private_key(Path(key_path))
        integrity.signature = base64.b64encode(key.sign(data)).decode("ascii")
        integrity.signature_algorithm = SIGNATURE_ALGORITHM
        integrity.public_key = public_key_b64(key.public_key())
    return report.model_copy(update={"integrity": integrity})


def generate_key(path: Path) -> str:
    """Write a new Ed25519 private key to `path` (PEM, 0600) and its public key to `path`.pub.

    Returns the public key, base64 of its 32 raw bytes (the form reports carry).
    """
    path = Path(path)
    pub_path = public_key_path(path)
    for p in (path, pub_path):
        if p.exists():
            raise InputError(f"{p}: already exists; not overwriting a key")
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    pub_pem = key.public_key().public_bytes(serialization.Encoding.PEM,
                                           serialization.PublicFormat.SubjectPublicKeyInfo)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(pem)
        pub_path.write_bytes(pub_pem)
    except OSError as e:
        raise InputError(f"{path}: cannot write the key ({e.strerror})") from None
    return public_key_b64(key.public_key())


def public_key_path(key_path: Path) -> Path:
    return key_path.with_name(key_path.name + ".pub")


def public_key_b64(key: Ed25519PublicKey) -> str:
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def load_private_key(path: Path) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except OSError as e:
        raise InputError(f"{path}: cannot read the signing key ({e.strerror})") from None
    except (ValueError, TypeError):
        raise InputError(f"{path}: not an unencrypted PEM private key") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise InputError(f"{path}: not an Ed25519 key (make one with `callguard keygen`)")
    return key


def load_public_key(value: str | Path) -> Ed25519PublicKey:
    """A public key from a PEM file (public or private key), or base64 of the 32 raw bytes."""
    path = Path(value)
    if path.is_file():
        return _public_key_from_pem(path)
    try:
        return Ed25519PublicKey.from_public_bytes(base64.b64decode(str(value), validate=True))
    except (ValueError, binascii.Error):
        raise InputError(f"{value}: neither a key file nor a base64 Ed25519 public key") from None


def _public_key_from_pem(path: Path) -> Ed25519PublicKey:
    data = path.read_bytes()
    try:
        key = serialization.load_pem_public_key(data)
    except ValueError:
        try:
            key = serialization.load_pem_private_key(data, password=None).public_key()
        except (ValueError, TypeError):
            raise InputError(f"{path}: not a PEM Ed25519 key") from None
    if not isinstance(key, Ed25519PublicKey):
        raise InputError(f"{path}: not an Ed25519 key")
    return key


DIGEST_PROVES = "report intact since written (digest: guards against accidental change only)"


@dataclass
class Check:
    """What `verify` proved, what it found wrong, and what it could not check."""

    problems: list[str] = field(default_factory=list)
    checked: list[str] = field(default_factory=list)
    not_checked: list[str] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        """docs/contract.md: 0 all checked and matching, 1 a mismatch, 3 the recording not checked."""
        if self.problems:
            return 1
        return 3 if self.not_checked else 0


def verify(report_path: Path, recording_path: Path | None = None,
           public_key: str | Path | None = None) -> list[str]:
    """Problems found with the report and the recording; empty when everything matches."""
    return check(report_path, recording_path, public_key).problems


def check(report_path: Path, recording_path: Path | None = None,
          public_key: str | Path | None = None) -> Check:
    report_path = Path(report_path)
    raw = read_raw(report_path)
    given_key = load_public_key(public_key) if public_key is not None else None
    result = Check()
    _check_digest(raw, report_path, result)
    _check_signature(raw, report_path, given_key, result)
    _check_custody(raw, report_path, result)
    recording = Path(recording_path) if recording_path else _recording_named(raw, report_path)
    if recording is None or not recording.is_file():
        where = recording or (raw.get("source") or {}).get("abs_path") or (raw.get("source") or {}).get("path")
        result.not_checked.append(f"recording not checked: {where} not found (pass RECORDING)")
    else:
        _check_recording(raw, recording, result)
    return result


def _check_digest(raw: dict, report_path: Path, result: Check) -> None:
    stored = (raw.get("integrity") or {}).get("digest")
    if not stored:
        result.problems.append(f"report {report_path.name}: not sealed (no integrity digest)")
        return
    actual = hashlib.sha256(canonical_bytes(raw)).hexdigest()
    if actual != stored:
        result.problems.append(
            f"report {report_path.name}: digest mismatch, the report was changed after it was written "
            f"(stored {stored[:12]}…, now {actual[:12]}…)")
        return
    result.checked.append(DIGEST_PROVES)


def _check_signature(raw: dict, report_path: Path, given: Ed25519PublicKey | None, result: Check) -> None:
    """Only a key from outside the report proves who signed it: anyone can re-sign a report and put
    their own key inside it."""
    signature = (raw.get("integrity") or {}).get("signature")
    if not signature:
        if given is not None:
            result.problems.append(f"report {report_path.name}: not signed, but a public key was given")
        return
    if given is None:
        result.checked.append("signature not checked (pass --public-key; the key inside the report proves "
                              "nothing on its own)")
        return
    try:
        given.verify(base64.b64decode(signature, validate=True), canonical_bytes(raw))
    except (InvalidSignature, binascii.Error, ValueError):
        result.problems.append(f"report {report_path.name}: signature invalid for the given public key")
        return
    result.checked.append(f"signed by {public_key_b64(given)} (the key given with --public-key)")


def _check_custody(raw: dict, report_path: Path, result: Check) -> None:
    block = raw.get("custody")
    if not block:
        return
    before, after = block.get("before") or {}, block.get("after") or {}
    result.checked.append("recording unchanged during the analysis (custody)")
    if (before.get("sha256"), before.get("size_bytes")) != (after.get("sha256"), after.get("size_bytes")):
        result.problems.append(
            f"report {report_path.name}: custody mismatch, the recording changed during analysis "
            f"(before {str(before.get('sha256'))[:12]}…, after {str(after.get('sha256'))[:12]}…)")
    source_sha = (raw.get("source") or {}).get("sha256")
    if before.get("sha256") and source_sha and before["sha256"] != source_sha:
        result.problems.append(f"report {report_path.name}: custody sha256 differs from source sha256")


def _recording_named(raw: dict, report_path: Path) -> Path | None:
    """The recording the report names, if it is still there: its absolute path, the path as given
    (from here), or that path from the report's folder."""
    source = raw.get("source") or {}
    names = [n for n in (source.get("abs_path"), source.get("path")) if n]
    candidates = [Path(n) for n in names] + [report_path.parent / n for n in names[-1:]]
    return next((c for c in candidates if c.is_file()), None)


def _check_recording(raw: dict, recording: Path, result: Check) -> None:
    source = raw.get("source") or {}
    try:
        state = file_state(recording)
    except OSError as e:
        result.not_checked.append(f"recording not checked: cannot read {recording} ({e.strerror})")
        return
    problems = len(result.problems)
    if state.size_bytes != source.get("size_bytes"):
        result.problems.append(f"recording {recording.name}: size mismatch "
                               f"(report {source.get('size_bytes')} bytes, file {state.size_bytes} bytes)")
    if state.sha256 != source.get("sha256"):
        result.problems.append(f"recording {recording.name}: sha256 mismatch "
                               f"(report {str(source.get('sha256'))[:12]}…, file {state.sha256[:12]}…)")
    if len(result.problems) == problems:
        result.checked.append(f"recording {recording.name} is the one analysed (sha256 and size match)")
