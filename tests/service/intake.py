"""Helpers the intake tests share: a complaint's fields, submitting, waiting, users, processes."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

from helpers import ffmpeg

PASSWORD = "correct horse battery"


def settings_for(database: str, store_root: Path, **kw):
    from callguard.service.config import Settings

    kw.setdefault("root", store_root)
    kw.setdefault("submissions_per_hour", 1000)
    return Settings(database=database, **kw)


def variant(clips, i: int) -> Path:
    out = clips["folder"] / f"variant-{i:02d}.wav"
    if not out.exists():
        ffmpeg("-i", str(clips["zh"]), "-af", f"atrim=start={i * 0.01:.2f}", "-ac", "1", "-ar", "16000", str(out))
    return out


def csrf_of(client) -> str:
    page = client.get("/")
    assert page.status_code == 200
    return re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)


FIELDS = {"name": "张三", "contact": "13800000000", "institution": "快来花", "collector": "某某催收",
          "caller_number": "010-12345678", "call_dates": "2026年3月", "story": "对方威胁要通知我的通讯录。"}


def submit(client, files: list[tuple[str, bytes]], fields=None, csrf: str | None = None, **kw):
    token = csrf if csrf is not None else csrf_of(client)
    data = {"csrf": token, **(FIELDS if fields is None else fields)}
    return client.post("/complaints", data=data, files=[("recordings", f) for f in files],
                       headers={"Accept": "application/json"}, **kw)


def wait_done(client, link: str, timeout: float = 240) -> dict:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        status = client.get(f"{link}/status.json").json()
        if all(c["state"] in ("done", "failed") for c in status["calls"]):
            return status
        time.sleep(0.5)
    raise AssertionError(f"not analysed within {timeout} s: {status}")


def service_env(root: Path) -> dict:
    return {**os.environ, "CALLGUARD_STORE": str(root), "CALLGUARD_HOME": str(root.parent / "home")}


def add_user(database: str, root: Path, name: str = "reviewer1", role: str = "reviewer") -> None:
    env = service_env(root)
    done = subprocess.run([sys.executable, "-m", "callguard", "user", "add", name, "--role", role,
                           "--database", database], input=PASSWORD + "\n", capture_output=True, text=True,
                          env=env, timeout=60)
    assert done.returncode == 0, done.stderr


def sign_in(client, name: str = "reviewer1") -> str:
    """Signs in and returns the session's CSRF token (read from the queue page)."""
    page = client.get("/login")
    token = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
    r = client.post("/login", data={"name": name, "password": PASSWORD, "csrf": token}, follow_redirects=False)
    assert r.status_code == 303, r.text
    queue = client.get("/review")
    return re.search(r'name="csrf" value="([^"]+)"', queue.text).group(1)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def analysed_by_hand(database: str, store_root: Path) -> None:
    """Every queued job done with a hand-made report and its page (tests/samples.py), without the speech model."""
    from samples import make_report, write_report
    from sqlalchemy import select

    from callguard.report.html import write_html
    from callguard.service import jobs
    from callguard.service.db import Recording, open_engine, sessions
    from callguard.service.store import Store

    store, engine = Store(store_root), open_engine(database)
    with sessions(engine)() as db:
        while (job := jobs.claim(db, "by-hand", 60, 3)) is not None:
            recording = store.path(db.scalar(select(Recording.stored_name).where(Recording.sha256 == job.sha256)))
            report = make_report(recording)
            path = write_report(report, store.report(job.sha256))
            write_html(report, recording, path.with_suffix(".html"))
            jobs.finish(db, job.id, "by-hand", str(path.relative_to(store.root)))
    engine.dispose()
