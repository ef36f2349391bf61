"""Cases: made from a complaint, read back with each call's analysis, ordered by severity, linked by
institution or calling number, reviewed, moved through their status, exported. Every change is written
to the audit log."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import math
import re
import secrets
import zipfile
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from callguard.errors import InputError
from callguard.report.files import read_report
from callguard.report.html import write_html
from callguard.report.model import Report
from callguard.report.reviewlog import DECISIONS, append_decision, log_path, read_decisions
from callguard.service import jobs
from callguard.service.auth import digest
from callguard.service.db import AuditEntry, Case, CaseRecording, Recording, Submission, now
from callguard.service.store import Store, Stored
from callguard.types import INCONVENIENT_TIME, LABELS

ORIGINAL_NAME_CHARS = CaseRecording.__table__.c.original_name.type.length  # a longer file name is shown cut
FIELDS = ("name", "contact", "institution", "collector", "caller_number", "call_dates", "story")
REQUIRED = ("name", "contact")
STATUSES = ("new", "in_review", "referred", "closed")
MOVES = {"new": ("in_review",), "in_review": ("referred", "closed"), "referred": ("closed", "in_review"),
         "closed": ("in_review",)}
WEIGHTS = {"THREAT": 3.0, "FALSE_LEGAL_THREAT": 3.0, "IMPERSONATION": 3.0, "THIRD_PARTY_DISCLOSURE": 2.0,
           "INSULT": 2.0, INCONVENIENT_TIME: 1.5}
assert set(WEIGHTS) == set(LABELS)


def audit(db: Session, actor: str, action: str, case: Case | None = None, **detail) -> None:
    db.add(AuditEntry(actor=actor, action=action, case_id=case.id if case else None,
                      detail=json.dumps(detail, ensure_ascii=False, sort_keys=True)))


def allow_submission(db: Session, client: str, per_hour: int) -> bool:
    """Count this attempt against the client's hourly limit, in the database so that every process shares
    it; False when the limit is reached."""
    key, cutoff = digest(client), now() - timedelta(hours=1)
    db.execute(delete(Submission).where(Submission.at < cutoff - timedelta(days=1)))
    recent = db.scalar(select(func.count()).select_from(Submission)
                       .where(Submission.client_hash == key, Submission.at >= cutoff))
    if recent >= per_hour:
        db.commit()
        return False
    db.add(Submission(client_hash=key))
    db.commit()
    return True


def too_long(fields: dict[str, str]) -> bool:
    """A field longer than its column: PostgreSQL refuses it (SQLite would keep it), so it is a bad form."""
    columns = Case.__table__.c
    return any(columns[k].type.length and len(fields.get(k, "").strip()) > columns[k].type.length
               for k in FIELDS)


def create(db: Session, fields: dict[str, str], recordings: list[Stored], language: str,
           response_days: int) -> tuple[Case, str]:
    """A new case with its recordings and their jobs; returns it and the private token (kept only hashed)."""
    token = secrets.token_urlsafe(32)
    case = Case(number=f"pending-{secrets.token_hex(8)}", token_hash=digest(token), language=language,
                due_at=now() + timedelta(days=response_days), **{k: fields.get(k, "").strip() for k in FIELDS})
    db.add(case)
    db.flush()
    case.number = f"CG-{case.created_at:%Y%m%d}-{case.id:05d}"
    for position, stored in enumerate(recordings):
        recording = _recording(db, stored)
        db.add(CaseRecording(case_id=case.id, recording_id=recording.id, position=position,
                             original_name=stored.filename[:ORIGINAL_NAME_CHARS]))
        jobs.enqueue(db, stored.sha256)
    audit(db, "complainant", "case.submitted", case, recordings=[r.sha256 for r in recordings])
    db.commit()
    return case, token


def _recording(db: Session, stored: Stored) -> Recording:
    found = db.scalar(select(Recording).where(Recording.sha256 == stored.sha256))
    if found:
        return found
    try:
        with db.begin_nested():
            found = Recording(sha256=stored.sha256, stored_name=stored.name, size_bytes=stored.size_bytes,
                              duration_s=stored.duration_s)
            db.add(found)
    except IntegrityError:
        found = db.scalar(select(Recording).where(Recording.sha256 == stored.sha256))
    return found


def by_token(db: Session, token: str) -> Case | None:
    return db.scalar(select(Case).where(Case.token_hash == digest(token))) if token else None


@dataclass
class CallView:
    position: int
    name: str
    sha256: str
    state: str  # queued | running | done | failed
    error: str
    report_path: Path | None
    report: Report | None
    recording: Path


def calls(db: Session, store: Store, case: Case) -> list[CallView]:
    out = []
    for link in case.calls:
        sha = link.recording.sha256
        job = jobs.job_for(db, sha)
        state = job.state if job else jobs.QUEUED
        path = store.path(job.report) if job and job.state == jobs.DONE and job.report else None
        report = read_report(path) if path else None
        out.append(CallView(link.position, link.original_name, sha, state, job.error if job else "", path,
                            report, store.path(link.recording.stored_name)))
    return out


def severity(views: list[CallView]) -> float:
    """Labels found weighted by kind and score, plus one for each call with findings and each night call."""
    score = 0.0
    for v in views:
        findings = v.report.findings if v.report else []
        score += sum(WEIGHTS.get(f.label, 1.0) * f.score for f in findings)
        score += 1.0 if findings else 0.0
        score += 1.0 if any(f.label == INCONVENIENT_TIME for f in findings) else 0.0
    return round(score, 2)


@dataclass
class QueueRow:
    case: Case
    severity: float
    labels: dict[str, int]
    calls: int
    analysed: int
    night_calls: int
    days_left: int
    linked: list[str]


def queue(db: Session, store: Store, open_only: bool = True) -> list[QueueRow]:
    every = list(db.scalars(select(Case).order_by(Case.id)))
    rows = []
    for case in every:
        if open_only and case.status in ("referred", "closed"):
            continue
        views = calls(db, store, case)
        labels: dict[str, int] = {}
        for v in views:
            for f in v.report.findings if v.report else []:
                labels[f.label] = labels.get(f.label, 0) + 1
        night = sum(1 for v in views if v.report and any(f.label == INCONVENIENT_TIME for f in v.report.findings))
        rows.append(QueueRow(case, severity(views), dict(sorted(labels.items())), len(views),
                             sum(v.report is not None for v in views), night, days_left(case),
                             [c.number for c in linked(every, case)]))
    return sorted(rows, key=lambda r: (-r.severity, r.case.due_at, r.case.id))


def days_left(case: Case) -> int:
    """Whole days left on the response clock, counting a begun day (negative once it has run out)."""
    return math.ceil((case.due_at - now()).total_seconds() / 86400)


def _digits(number: str) -> str:
    return re.sub(r"\D", "", number or "").lstrip("0")


def same_number(a: str, b: str) -> bool:
    """The same line written with or without country code or trunk 0: +86 10 1234 5678 is 010-12345678."""
    a, b = _digits(a), _digits(b)
    return min(len(a), len(b)) >= 7 and (a.endswith(b) or b.endswith(a))


def _institution(name: str) -> str:
    return re.sub(r"\s+", "", name or "").casefold()


def linked(every: list[Case], case: Case) -> list[Case]:
    """Other cases about the same institution or from the same calling number."""
    inst = _institution(case.institution)
    return [c for c in every if c.id != case.id and ((inst and _institution(c.institution) == inst)
                                                     or same_number(c.caller_number, case.caller_number))]


def decide(db: Session, case: Case, view: CallView, index: int, decision: str, note: str, reviewer: str) -> None:
    """A reviewer's decision on one finding, to the review log beside the report (what `callguard review`
    writes) and to the audit log."""
    if decision not in DECISIONS:
        raise InputError(f"decision must be one of {', '.join(DECISIONS)}")
    if view.report is None or not 0 <= index < len(view.report.findings):
        raise LookupError("no such finding")
    finding = view.report.findings[index]
    digest_ = view.report.integrity.digest if view.report.integrity else None
    append_decision(log_path(view.report_path), index, finding, decision, note, reviewer, digest_)
    from callguard.casework.review import recording_for

    write_html(view.report, recording_for(view.report_path, view.report), reviewed_page(view.report_path),
               decisions=decisions(view))
    audit(db, reviewer, f"finding.{decision}", case, call=view.position, finding=index, label=finding.label,
          note=note)
    db.commit()


def reviewed_page(report_path: Path) -> Path:
    """The report's page with the review decisions, for reviewers only. NAME.html stays the analysis alone:
    complainants read it, and reviewers' names and notes are not theirs (nor another complainant's who sent
    the same recording)."""
    return report_path.with_suffix(".reviewed.html")


def decisions(view: CallView) -> dict:
    if view.report is None:
        return {}
    return read_decisions(log_path(view.report_path), view.report.findings)


def move(db: Session, case: Case, status: str, actor: str) -> None:
    if status not in MOVES.get(case.status, ()):
        raise ValueError(f"a case that is {case.status} cannot become {status}")
    audit(db, actor, "case.status", case, old=case.status, new=status)
    case.status = status
    db.commit()


def assign(db: Session, case: Case, user) -> None:
    case.assignee_id = user.id
    audit(db, user.name, "case.assigned", case, to=user.name)
    if case.status == "new":
        audit(db, user.name, "case.status", case, old="new", new="in_review")
        case.status = "in_review"
    db.commit()


def audit_entries(db: Session, case: Case) -> list[AuditEntry]:
    return list(db.scalars(select(AuditEntry).where(AuditEntry.case_id == case.id).order_by(AuditEntry.id)))


def _entry(e: AuditEntry) -> dict:
    return {"time": e.time.isoformat(), "actor": e.actor, "action": e.action, "detail": json.loads(e.detail or "{}")}


def case_record(case: Case) -> dict:
    return {"number": case.number, "status": case.status, "created_at": case.created_at.isoformat(),
            "due_at": case.due_at.isoformat(), "assignee": case.assignee.name if case.assignee else None,
            **{k: getattr(case, k) for k in FIELDS}}


def export_zip(db: Session, store: Store, case: Case, target: Path) -> Path:
    """Reports, recordings, their SHA-256 list, the review and audit logs of one case, in one zip."""
    sums = []
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
        def add(path: Path, arcname: str) -> None:
            z.write(path, arcname)
            sums.append(f"{_sha256(path)}  {arcname}")

        for v in calls(db, store, case):
            add(v.recording, f"recordings/{v.position + 1:02d}-{v.sha256[:12]}{v.recording.suffix}")
            if v.report_path:
                for sibling in sorted(v.report_path.parent.glob(f"{v.sha256}.*")):
                    add(sibling, f"reports/{v.position + 1:02d}-{sibling.name}")
        z.writestr("case.json", json.dumps(case_record(case), ensure_ascii=False, indent=1))
        z.writestr("audit.jsonl", "".join(json.dumps(_entry(e), ensure_ascii=False) + "\n"
                                          for e in audit_entries(db, case)))
        z.writestr("SHA256SUMS", "\n".join(sums) + "\n")
    return target


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


CSV_COLUMNS = ("number", "status", "severity", "days_left", "calls", "analysed", "night_calls", "labels",
               "institution", "collector", "caller_number", "assignee", "linked", "created_at")


def queue_csv(rows: list[QueueRow]) -> str:
    buf = io.StringIO()
    out = csv.writer(buf)
    out.writerow(CSV_COLUMNS)
    for r in rows:
        out.writerow([r.case.number, r.case.status, r.severity, r.days_left, r.calls, r.analysed, r.night_calls,
                      " ".join(f"{k}:{n}" for k, n in r.labels.items()), spreadsheet_safe(r.case.institution),
                      spreadsheet_safe(r.case.collector), spreadsheet_safe(r.case.caller_number),
                      spreadsheet_safe(r.case.assignee.name if r.case.assignee else ""),
                      " ".join(r.linked), r.case.created_at.isoformat()])
    return "\ufeff" + buf.getvalue()


def spreadsheet_safe(text: str) -> str:
    """What a complainant typed, shown by a spreadsheet and never run as a formula: a quote before a
    leading = + - @ tab or CR (OWASP's advice on CSV injection)."""
    return "'" + text if text and text.startswith(("=", "+", "-", "@", "\t", "\r")) else text
