"""Human review of machine findings: confirm or reject each one at the terminal.

Decisions go to the review log beside the report (report/reviewlog.py); the report is never touched.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path
from typing import TextIO

from callguard.errors import CallguardError
from callguard.report.files import read_report
from callguard.report.html import write_html
from callguard.report.model import FindingOut, Report
from callguard.report.pdf import html_to_pdf
from callguard.report.reviewlog import (
    CONFIRMED,
    DECISIONS,
    NEEDS_INFO,
    REJECTED,
    Decision,
    append_decision,
    log_path,
    read_decisions,
)
from callguard.report.strings import clock
from callguard.types import CALL_LABELS

__all__ = ["CONFIRMED", "NEEDS_INFO", "REJECTED", "confirmed", "log_path", "review_state", "run_review"]

ANSWERS = {"c": CONFIRMED, "confirm": CONFIRMED, "r": REJECTED, "reject": REJECTED,
           "n": NEEDS_INFO, "needs info": NEEDS_INFO,
           "s": "skip", "skip": "skip", "": "skip", "q": "quit", "quit": "quit"}


def review_state(report_path: Path) -> dict[int, Decision]:
    report = read_report(report_path)
    return read_decisions(log_path(report_path), report.findings)


def confirmed(report_path: Path) -> list[tuple[int, FindingOut, Decision]]:
    report = read_report(report_path)
    state = read_decisions(log_path(report_path), report.findings)
    return [(i, f, state[i]) for i, f in enumerate(report.findings)
            if i in state and state[i].decision == CONFIRMED]


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
    report = read_report(report_path)
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
        if answer in DECISIONS:
            note = _prompt("Note (Enter for none): ", stdin, stdout) or ""
            digest = report.integrity.digest if report.integrity else None
            state[i] = append_decision(log, i, finding, answer, note.strip(), reviewer, digest)
    _summary(state, len(report.findings), log, stdout)
    rerender_html(report_path, report, stdout)
    return state


def _ask_one(i: int, finding: FindingOut, total: int, current: Decision | None, stdin: TextIO,
             stdout: TextIO) -> str:
    print(describe(i, finding, total, current), file=stdout)
    while True:
        raw = _prompt("[c]onfirm / [r]eject / [n]eeds more information / [s]kip / [q]uit: ", stdin, stdout)
        if raw is None:
            return "quit"
        answer = ANSWERS.get(raw.strip().lower())
        if answer:
            return answer
        print("Please answer c, r, n, s or q.", file=stdout)


def describe(i: int, finding: FindingOut, total: int, current: Decision | None) -> str:
    span = "whole call" if finding.label in CALL_LABELS else \
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
    n = {d: sum(s.decision == d for s in state.values()) for d in DECISIONS}
    print(f"\n{n[CONFIRMED]} confirmed, {n[REJECTED]} rejected, {n[NEEDS_INFO]} need more information, "
          f"{total - sum(n.values())} not reviewed. Log: {log}", file=stdout)


def rerender_html(report_path: Path, report: Report, stdout: TextIO | None = None) -> Path | None:
    """Refresh NAME.html beside the report so it shows the review state, if that page exists, and the
    NAME.pdf printed from it: printed again, or removed when it cannot be (a stale print must not stay)."""
    html_path = report_path.with_suffix(".html")
    if not html_path.is_file():
        return None
    decisions = read_decisions(log_path(report_path), report.findings)
    write_html(report, recording_for(report_path, report), html_path, decisions=decisions)
    pdf_path = report_path.with_suffix(".pdf")
    if pdf_path.is_file():
        try:
            html_to_pdf(html_path, pdf_path)
        except CallguardError as e:
            pdf_path.unlink(missing_ok=True)
            print(f"{pdf_path.name} removed: it showed the review before this one and could not be printed "
                  f"again ({e})", file=stdout or sys.stdout)
    return html_path


def recording_for(report_path: Path, report: Report) -> Path:
    """Where the recording is now: as the report names it, or relative to the report's folder."""
    path = Path(report.source.path)
    if not path.is_absolute() and not path.exists():
        beside = report_path.parent / path
        if beside.exists():
            return beside
    return path
