"""Faults: many uploads at once, a worker killed mid-job, the service killed mid-upload."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from intake import FIELDS, csrf_of, free_port, service_env, submit, variant, wait_done
from sqlalchemy import create_engine, func, select

from callguard.service.db import Case, CaseRecording, Job, Recording


def count(database: str, table) -> int:
    engine = create_engine(database)
    with engine.connect() as c:
        n = c.scalar(select(func.count()).select_from(table))
    engine.dispose()
    return n


def test_twenty_concurrent_uploads_are_all_stored_and_analysed(make_client, database, store_root, clips):
    client = make_client()
    audio = [variant(clips, i).read_bytes() for i in range(20)]
    csrf = csrf_of(client)
    with ThreadPoolExecutor(max_workers=20) as pool:
        replies = list(pool.map(lambda i: submit(client, [(f"call-{i}.wav", audio[i])], csrf=csrf), range(20)))
    assert [r.status_code for r in replies] == [201] * 20, [r.text for r in replies if r.status_code != 201]
    assert len({r.json()["case"] for r in replies}) == 20
    for r in replies:
        assert wait_done(client, r.json()["link"], timeout=600)["calls"][0]["state"] == "done"
    assert count(database, Case) == 20 and count(database, Recording) == 20 and count(database, Job) == 20
    assert count(database, CaseRecording) == 20
    engine = create_engine(database)
    with engine.connect() as c:
        names = list(c.scalars(select(Recording.stored_name)))
        attempts = list(c.scalars(select(Job.attempts)))
    engine.dispose()
    assert sorted((store_root / n).read_bytes() for n in names) == sorted(audio)
    assert attempts == [1] * 20  # none analysed twice
    assert list((store_root / "tmp").iterdir()) == []


def _job(database: str) -> Job:
    engine = create_engine(database)
    with engine.connect() as c:
        row = c.execute(select(Job)).one()
    engine.dispose()
    return row


def _worker(database: str, root: Path, log: Path) -> subprocess.Popen:
    env = {**service_env(root), "CALLGUARD_LEASE_S": "4"}
    return subprocess.Popen([sys.executable, "-m", "callguard", "worker", "--database", database], env=env,
                            stdout=log.open("w"), stderr=subprocess.STDOUT)


def test_a_worker_killed_mid_job_loses_its_lease_and_the_job_completes(make_client, database, tmp_path, clips):
    root = tmp_path / "store"  # its own store: this recording must really be analysed
    client = make_client(with_worker=False, root=root)
    link = submit(client, [("jfk.flac", clips["en"].read_bytes())]).json()["link"]
    first = _worker(database, root, tmp_path / "worker1.log")
    try:
        end = time.monotonic() + 300
        while _job(database).state != "running":
            assert time.monotonic() < end and first.poll() is None, (tmp_path / "worker1.log").read_text()
            time.sleep(0.2)
        time.sleep(1.0)  # well into the analysis: the model is loaded before a job is claimed
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=30)
    finally:
        first.kill()
    held = _job(database)
    assert held.state == "running" and held.attempts == 1 and held.report is None
    second = _worker(database, root, tmp_path / "worker2.log")
    try:
        status = wait_done(client, link, timeout=300)
    finally:
        second.send_signal(signal.SIGTERM)
        second.wait(timeout=120)
    assert status["calls"][0]["state"] == "done", (tmp_path / "worker2.log").read_text()
    done = _job(database)
    assert done.state == "done" and done.attempts == 2 and done.lease_owner is None
    assert second.returncode == 0
    assert client.get(f"{link}/calls/1/report.json").json()["source"]["sha256"] == done.sha256


def _serve(database: str, root: Path, port: int, log: Path) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-m", "callguard", "serve", "--no-worker", "--port", str(port),
                             "--database", database], env=service_env(root), stdout=log.open("w"),
                            stderr=subprocess.STDOUT)
    end = time.monotonic() + 120
    while time.monotonic() < end:
        assert proc.poll() is None, log.read_text()
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return proc
        except OSError:
            time.sleep(0.2)
    proc.kill()
    pytest.fail("the service did not start: " + log.read_text())


def test_the_service_killed_mid_upload_leaves_nothing_half_stored(database, tmp_path, clips):
    import httpx

    root, port = tmp_path / "store", free_port()
    server = _serve(database, root, port, tmp_path / "serve1.log")
    try:
        base = f"http://127.0.0.1:{port}"
        with httpx.Client(base_url=base) as web:
            csrf = csrf_of(web)
            cookie = web.cookies["cg_csrf"]
        audio = clips["dev"].read_bytes()
        boundary = "cgboundary"
        head = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{csrf}\r\n"
                + "".join(f"--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n"
                          for k, v in FIELDS.items())
                + f"--{boundary}\r\nContent-Disposition: form-data; name=\"recordings\"; filename=\"a.m4a\"\r\n"
                  "Content-Type: audio/mp4\r\n\r\n").encode()
        length = len(head) + len(audio) + len(f"\r\n--{boundary}--\r\n")
        sock = socket.create_connection(("127.0.0.1", port))
        sock.sendall((f"POST /complaints HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: cg_csrf={cookie}\r\n"
                      f"Content-Type: multipart/form-data; boundary={boundary}\r\nContent-Length: {length}\r\n\r\n")
                     .encode() + head + audio[: len(audio) // 2])
        end = time.monotonic() + 30
        while not list((root / "tmp").glob("*.part")) or next((root / "tmp").glob("*.part")).stat().st_size == 0:
            assert time.monotonic() < end, "the upload never reached the store's tmp folder"
            time.sleep(0.1)
        server.send_signal(signal.SIGKILL)
        server.wait(timeout=30)
        sock.close()
    finally:
        server.kill()
    assert list((root / "tmp").glob("*.part"))  # the half upload is there, and only there
    assert not list((root / "recordings").rglob("*.*"))
    assert count(database, Case) == 0 and count(database, Recording) == 0

    server = _serve(database, root, port, tmp_path / "serve2.log")
    try:
        assert list((root / "tmp").iterdir()) == []
        assert count(database, Case) == 0 and count(database, Recording) == 0 and count(database, Job) == 0
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as web:
            r = submit(web, [("a.m4a", audio)])
        assert r.status_code == 201
        assert count(database, Recording) == 1 and len(list((root / "recordings").rglob("*.m4a"))) == 1
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=60)
    assert os.listdir(root / "tmp") == []
