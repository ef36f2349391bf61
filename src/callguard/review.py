"""Human review of machine findings: confirm or reject each one, logged beside the report.

The log `NAME.review.jsonl` is append-only, one decision per line; the latest line for a finding wins.
Each line carries the finding's fingerprint, so a decision never sticks to a different finding when a
report is regenerated. The report itself is never touched, so its digest stays valid.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import sys
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TextIO

from pydantic import ValidationError

from callguard.errors import InputError
from callguard.report.model import FindingOut, Report
from callguard.report.strings import clock

CONFIRMED = "confirmed"
REJECTED = "rejected"
ANSWERS = {"c": CONFIRMED, "confirm": CONFIRMED, "r": REJECTED, "reject": REJECTED,
           "s": "skip", "skip": "skip", "": "skip", "q": "quit", "quit": "quit"}


@dataclass(frozen=True)
class Decision:
    decision: str  # confirmed | rejected
    note: str
    reviewer: str
    time: str


def log_path(report_path: Path) -> Path:
    return Path(report_path).with_suffix(".review.jsonl")


def fingerprint(finding: FindingOut) -> str:
    """sha256 of "LABEL|start|end|text", times with 3 decimals, UTF-8."""
    key = f"{finding.label}|{finding.start:.3f}|{finding.end:.3f}|{finding.text}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def load_report(report_path: Path) -> Report:
    try:
        return Report.model_validate_json(Path(report_path).read_bytes())
    except OSError as e:
        raise InputError(f"{report_path}: cannot read ({e.strerror})") from None
    except ValidationError as e:
        raise InputError(f"{report_path}: not a callguard report ({e.errors()[0]['msg']})") from None


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
    if not isinstance(entry, dict) or entry.get("decision") not in (CONFIRMED, REJECTED):
        return None
    return entry


def review_state(report_path: Path) -> dict[int, Decision]:
    report = load_report(report_path)
    return read_decisions(log_path(report_path), report.findings)


def confirmed(report_path: Path) -> list[tuple[int, FindingOut, Decision]]:
    report = load_report(report_path)
    state = read_decisions(log_path(report_path), report.findings)
    return [(i, f, state[i]) for i, f in enumerate(report.findings)
            if i in state and state[i].decision == CONFIRMED]


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


def default_reviewer() -> str:
    try:
        return os.environ.get("USER") or getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def run_review(report_path: Path, reviewer: str | None = None, pending_only: bool = False,
               stdin: TextIO | None = None, stdout: TextIO | None = None) -> dict[int, Decision]:
    """Ask about each finding on `stdin`; append decisions; re-render the HTML beside the report."""
    stdin, stdout = stdin or sys.stdin, stdout or sys.stdout
    report_path = Path(report_path)
    report = load_report(report_path)
    log = log_path(report_path)
    state = read_decisions(log, report.findings)
    reviewer = reviewer or default_reviewer()
    if not report.findings:
        print("No findings in this report; nothing to review.", file=stdout)
        return state
    for i, finding in enumerate(report.findings):
        if pending_only and i in state:
            continue
        answer = _ask_one(i, finding, len(report.findings), state.get(i), stdin, stdout)
        if answer == "quit":
            break
        if answer in (CONFIRMED, REJECTED):
            note = _prompt("Note (Enter for none): ", stdin, stdout) or ""
            digest = report.integrity.digest if report.integrity else None
            state[i] = append_decision(log, i, finding, answer, note.strip(), reviewer, digest)
    _summary(state, len(report.findings), log, stdout)
    rerender_html(report_path, report)
    return state


def _ask_one(i: int, finding: FindingOut, total: int, current: Decision | None, stdin: TextIO,
             stdout: TextIO) -> str:
    print(describe(i, finding, total, current), file=stdout)
    while True:
        raw = _prompt("[c]onfirm / [r]eject / [s]kip / [q]uit: ", stdin, stdout)
        if raw is None:
            return "quit"
        answer = ANSWERS.get(raw.strip().lower())
        if answer:
            return answer
        print("Please answer c, r, s or q.", file=stdout)


def describe(i: int, finding: FindingOut, total: int, current: Decision | None) -> str:
    span = "whole call" if finding.label == "INCONVENIENT_TIME" else \
        f"{clock(finding.start)}–{clock(finding.end)}"
    lines = [
        "",
        f"Finding {i + 1}/{total}: {finding.label}  at {span}  "
        f"(score {finding.score:.2f}, {finding.role or 'unknown'} {finding.speaker or ''})".rstrip(),
        f"  Said:  {finding.text}",
        f"  Why:   {finding.explanation}",
    ]
    if finding.legal_basis:
        lines.append(f"  Basis: {'; '.join(finding.legal_basis)}")
    if current:
        lines.append(f"  Now:   {current.decision} by {current.reviewer} at {current.time}"
                     + (f" — {current.note}" if current.note else ""))
    return "\n".join(lines)


def _prompt(text: str, stdin: TextIO, stdout: TextIO) -> str | None:
    stdout.write(text)
    stdout.flush()
    line = stdin.readline()
    if not line:
        print(file=stdout)
        return None
    return line.rstrip("\r\n")


def _summary(state: dict[int, Decision], total: int, log: Path, stdout: TextIO) -> None:
    n_conf = sum(d.decision == CONFIRMED for d in state.values())
    n_rej = sum(d.decision == REJECTED for d in state.values())
    print(f"\n{n_conf} confirmed, {n_rej} rejected, {total - n_conf - n_rej} not reviewed. Log: {log}",
          file=stdout)


def rerender_html(report_path: Path, report: Report) -> Path | None:
    """Refresh NAME.html beside the report so it shows the review state, if that page exists."""
    html_path = report_path.with_suffix(".html")
    if not html_path.is_file():
        return None
    from callguard.report.html import write_html  # late: html imports this module

    write_html(report, recording_for(report_path, report), html_path)
    return html_path


def recording_for(report_path: Path, report: Report) -> Path:
    """Where the recording is now: as the report names it, or relative to the report's folder."""
    path = Path(report.source.path)
    if not path.is_absolute() and not path.exists():
        beside = report_path.parent / path
        if beside.exists():
            return beside
    return path
