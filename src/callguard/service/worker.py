"""A worker: claims jobs, hands them to an executor (casework/executor.py), writes what came back into the
job table. The in-process worker of `callguard serve` and each `callguard worker` process run this loop
against the same database and store."""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
import uuid

from sqlalchemy import select
from sqlalchemy.engine import Engine

from callguard.casework.executor import Executor, Task
from callguard.errors import InputError
from callguard.report.files import read_report
from callguard.service import jobs
from callguard.service.config import Settings
from callguard.service.db import Job, Recording, sessions
from callguard.service.store import Store

log = logging.getLogger("callguard.service")


class Worker:
    def __init__(self, engine: Engine, settings: Settings, store: Store, executor: Executor):
        self.db = sessions(engine)
        self.settings, self.store, self.executor = settings, store, executor
        self.owner = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self.in_flight: dict[int, float] = {}  # job id -> when its lease was last renewed

    def run(self, stop: threading.Event, poll_s: float = 0.5) -> None:
        while not stop.is_set():
            try:
                claimed = self.fill()
                self.collect(poll_s if self.in_flight else 0)
                self.renew()
            except Exception:  # noqa: BLE001 - a database hiccup must not end the worker
                log.exception("worker step failed; retrying")
                stop.wait(poll_s)
                continue
            if not claimed and not self.in_flight:
                stop.wait(poll_s)
        self.drain()

    def drain(self, timeout_s: float = 120) -> None:
        """On stop, wait for what is in flight and record it (a job left unrecorded just runs again)."""
        end = time.monotonic() + timeout_s
        while self.in_flight and time.monotonic() < end:
            self.collect(1.0)
            self.renew()

    def fill(self) -> int:
        claimed = 0
        while len(self.in_flight) < self.executor.slots:
            with self.db() as db:
                job = jobs.claim(db, self.owner, self.settings.lease_s, self.settings.max_attempts)
                if job is None:
                    return claimed
                claimed += 1
                if self.already_written(job.sha256):
                    jobs.finish(db, job.id, self.owner, self.report_name(job.sha256))
                    continue
                recording = self.store.path(self.recording_name(db, job.sha256))
            self.executor.submit(Task(str(job.id), recording, job.sha256))
            self.in_flight[job.id] = time.monotonic()
        return claimed

    def collect(self, timeout: float) -> None:
        for result in self.executor.finished(timeout):
            job_id = int(result.key)
            self.in_flight.pop(job_id, None)
            with self.db() as db:
                if result.report is not None:
                    jobs.finish(db, job_id, self.owner, self.report_name(db.get(Job, job_id).sha256))
                else:
                    jobs.fail(db, job_id, self.owner, result.error, retry=result.exit_code != InputError.exit_code,
                              max_attempts=self.settings.max_attempts)

    def renew(self) -> None:
        due = time.monotonic() - self.settings.lease_s / 3
        for job_id, renewed in list(self.in_flight.items()):
            if renewed < due:
                with self.db() as db:
                    jobs.renew(db, job_id, self.owner, self.settings.lease_s)
                self.in_flight[job_id] = time.monotonic()

    def already_written(self, sha256: str) -> bool:
        """A report for this very recording is on disk (its worker died before it could say so)."""
        path = self.store.report(sha256)
        try:
            return path.is_file() and read_report(path).source.sha256 == sha256
        except InputError:
            return False

    def report_name(self, sha256: str) -> str:
        return str(self.store.report(sha256).relative_to(self.store.root))

    def recording_name(self, db, sha256: str) -> str:
        return db.scalar(select(Recording.stored_name).where(Recording.sha256 == sha256))


def start_thread(worker: Worker) -> tuple[threading.Thread, threading.Event]:
    stop = threading.Event()
    thread = threading.Thread(target=worker.run, args=(stop,), name="callguard-worker", daemon=True)
    thread.start()
    return thread, stop
