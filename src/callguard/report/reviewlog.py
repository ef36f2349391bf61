"""The review log beside a report: `NAME.review.jsonl`, append-only, one decision per line.

The latest line for a finding wins. Each line carries the finding's fingerprint, so a decision never
sticks to a different finding when a report is regenerated. The report itself is never touched, so its
digest stays valid. `callguard review` (casework/review.py) and the service's reviewers write here.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from callguard.errors import InputError
from callguard.report.model import FindingOut

CONFIRMED = "confirmed"
REJECTED = "rejected"
NEEDS_INFO = "needs_info"  # the reviewer cannot decide without more from the complainant
DECISIONS = (CONFIRMED, REJECTED, NEEDS_INFO)


@dataclass(frozen=True)
class Decision:
    decision: str  # one of DECISIONS
    note: str
    reviewer: str
    time: str


def log_path(report_path: Path) -> Path:
    return Path(report_path).with_suffix(".review.jsonl")


def fingerprint(finding: FindingOut) -> str:
    """sha256 of "LABEL|start|end|text", times with 3 decimals, UTF-8."""
    key = f"{finding.label}|{finding.start:.3f}|{finding.end:.3f}|{finding.text}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def read_decisions(log: Path, findings: list[FindingOut]) -> dict[int, Decision]:
    """Latest decision per finding index, ignoring lines whose fingerprint no longer matches."""
    if not log.is_file():
        return {}
    prints = [fingerprint(f) for f in findings]
    state: dict[int, Decision] = {}
    for line in log.read_text(encoding="utf-8").splitlines():
        entry = _parse(line)
        if entry is None:
            continue
        i = entry.get("finding")
        if isinstance(i, int) and 0 <= i < len(prints) and entry.get("fingerprint") == prints[i]:
            state[i] = Decision(entry["decision"], entry.get("note") or "", entry.get("reviewer") or "",
                                entry.get("time") or "")
    return state


def _parse(line: str) -> dict | None:
    """One log line, or None for a torn or foreign line (a crash mid-write must not block review)."""
    try:
        entry = json.loads(line)
    except json.JSONDecodeError:
        return None
    if not isinstance(entry, dict) or entry.get("decision") not in DECISIONS:
        return None
    return entry


def append_decision(log: Path, index: int, finding: FindingOut, decision: str, note: str,
                    reviewer: str, report_digest: str | None = None) -> Decision:
    when = datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds")
    entry = {"finding": index, "fingerprint": fingerprint(finding), "label": finding.label,
             "decision": decision, "note": note, "reviewer": reviewer, "time": when,
             "report_digest": report_digest}
    try:
        with open(log, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(entry, ensure_ascii=False) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as e:
        raise InputError(f"{log}: cannot write the review log ({e.strerror})") from None
    return Decision(decision, note, reviewer, when)
