"""The job table is the durable truth of what is analysed. A job is claimed with a lease; a worker renews
it while it works; a lease that runs out (the worker died) lets another worker claim the job again. One
job per (recording SHA-256, pipeline version): the same recording is analysed once."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import and_, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from callguard.service.config import PIPELINE_VERSION
from callguard.service.db import Job, now

QUEUED, RUNNING, DONE, FAILED = "queued", "running", "done", "failed"


def enqueue(db: Session, sha256: str) -> None:
    """A job for this recording unless one exists (also when another request adds it at the same time)."""
    if job_for(db, sha256) is not None:
        return
    try:
        with db.begin_nested():
            db.add(Job(sha256=sha256, pipeline_version=PIPELINE_VERSION, state=QUEUED))
    except IntegrityError:
        pass


def job_for(db: Session, sha256: str) -> Job | None:
    return db.scalar(select(Job).where(Job.sha256 == sha256, Job.pipeline_version == PIPELINE_VERSION))


def _claimable(at):
    return or_(Job.state == QUEUED, and_(Job.state == RUNNING, Job.lease_expires < at))


def claim(db: Session, owner: str, lease_s: float, max_attempts: int) -> Job | None:
    """The oldest job that is queued or whose lease ran out, now leased to `owner`; None when there is none.
    The conditional UPDATE makes two workers racing for the same job end with one winner."""
    at = now()
    db.execute(update(Job).where(Job.state == RUNNING, Job.lease_expires < at, Job.attempts >= max_attempts)
               .values(state=FAILED, lease_owner=None, error="the analysis stopped every time it was tried",
                       finished_at=at))
    db.commit()
    for _ in range(5):
        job_id = db.scalar(select(Job.id).where(_claimable(at), Job.pipeline_version == PIPELINE_VERSION)
                           .order_by(Job.id).limit(1))
        if job_id is None:
            return None
        won = db.execute(update(Job).where(Job.id == job_id, _claimable(at))
                         .values(state=RUNNING, lease_owner=owner, lease_expires=at + timedelta(seconds=lease_s),
                                 attempts=Job.attempts + 1)).rowcount
        db.commit()
        if won:
            return db.get(Job, job_id, populate_existing=True)
    return None


def renew(db: Session, job_id: int, owner: str, lease_s: float) -> bool:
    held = db.execute(update(Job).where(Job.id == job_id, Job.lease_owner == owner, Job.state == RUNNING)
                      .values(lease_expires=now() + timedelta(seconds=lease_s))).rowcount
    db.commit()
    return bool(held)


def finish(db: Session, job_id: int, owner: str, report: str) -> bool:
    return _end(db, job_id, owner, state=DONE, report=report, error="")


def fail(db: Session, job_id: int, owner: str, error: str, retry: bool, max_attempts: int) -> bool:
    job = db.get(Job, job_id, populate_existing=True)
    again = retry and job is not None and job.attempts < max_attempts
    return _end(db, job_id, owner, state=QUEUED if again else FAILED, error=error)


def _end(db: Session, job_id: int, owner: str, **values) -> bool:
    ended = values["state"] in (DONE, FAILED)
    held = db.execute(update(Job).where(Job.id == job_id, Job.lease_owner == owner, Job.state == RUNNING)
                      .values(lease_owner=None, lease_expires=None, finished_at=now() if ended else None,
                              **values)).rowcount
    db.commit()
    return bool(held)
