"""The intake through its HTTP API, on the real pipeline: the happy path and every bad input of issue 13."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from intake import FIELDS, add_user, csrf_of, sign_in, submit, variant, wait_done

from callguard.report.files import read_report


def test_happy_path_submit_analyse_review_export(make_client, database, store_root, clips, tmp_path):
    client = make_client()
    zh = clips["zh"].read_bytes()
    r = submit(client, [("call one.wav", zh), ("again.wav", zh)])
    assert r.status_code == 201, r.text
    body = r.json()
    assert re.fullmatch(r"CG-\d{8}-\d{5}", body["case"]) and len(body["link"]) > 40
    status = wait_done(client, body["link"])
    assert [c["state"] for c in status["calls"]] == ["done", "done"]

    page = client.get(body["link"], headers={"Accept-Language": "en-US,en;q=0.9"})
    assert "Case number" in page.text and "analysed" in page.text
    report = client.get(f"{body['link']}/calls/1/report.json").json()
    assert report["transcript"]["language"] == "zh" and report["transcript"]["segments"]
    assert client.get(f"{body['link']}/calls/1/report.html").status_code == 200

    # identical recordings are stored once and analysed once
    from sqlalchemy import create_engine, func, select

    from callguard.service.db import Job, Recording
    engine = create_engine(database)
    with engine.connect() as c:
        assert c.scalar(select(func.count()).select_from(Recording)) == 1
        assert c.scalar(select(func.count()).select_from(Job)) == 1
    engine.dispose()

    add_user(database, store_root)
    csrf = sign_in(client)
    queue = client.get("/review").text
    assert body["case"] in queue
    case_id = int(re.search(r'href="/review/cases/(\d+)"', queue).group(1))
    assigned = client.post(f"/review/cases/{case_id}/assign", data={"csrf": csrf}, follow_redirects=False)
    assert assigned.status_code == 303
    case_page = client.get(f"/review/cases/{case_id}").text
    assert "reviewer1" in case_page and "case.assigned" in case_page
    assert client.get(f"/review/cases/{case_id}/calls/1/audio").content == zh

    exported = client.get(f"/review/cases/{case_id}/export.zip")
    assert exported.status_code == 200
    z = zipfile.ZipFile(io.BytesIO(exported.content))
    names = z.namelist()
    assert {"case.json", "audit.jsonl", "SHA256SUMS"} <= set(names)
    assert any(n.startswith("recordings/") for n in names) and any(n.endswith(".json") and "reports/" in n
                                                                  for n in names)
    actions = [json.loads(line)["action"] for line in z.read("audit.jsonl").decode().splitlines()]
    assert actions[:2] == ["case.submitted", "case.assigned"] and "case.exported" in actions

    rows = list(csv.DictReader(io.StringIO(client.get("/review/queue.csv").content.decode("utf-8-sig"))))
    assert [row["number"] for row in rows] == [body["case"]] and rows[0]["status"] == "in_review"

    # the report on disk is one `callguard verify` accepts
    path = store_root / "reports"
    report_path = next(path.rglob(f"{read_report(next(path.rglob('*.json'))).source.sha256}.json"))
    done = subprocess.run([sys.executable, "-m", "callguard", "verify", str(report_path)], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def test_a_reviewers_decision_goes_to_the_review_log(make_client, database, store_root, clips):
    """Confirm on a finding: the same review log the CLI writes, so `complaint` drafts from it."""
    client = make_client()
    r = submit(client, [("zh-dev-02-insult.m4a", clips["insult"].read_bytes())])
    status = wait_done(client, r.json()["link"])
    assert status["calls"][0]["labels"], status
    add_user(database, store_root)
    csrf = sign_in(client)
    case_id = int(re.search(r'href="/review/cases/(\d+)"', client.get("/review").text).group(1))
    for decision in ("needs_info", "confirmed"):
        r2 = client.post(f"/review/cases/{case_id}/calls/1/findings/0",
                         data={"csrf": csrf, "decision": decision, "note": "heard it"}, follow_redirects=False)
        assert r2.status_code == 303, r2.text
    from callguard.casework.review import confirmed
    report = client.get(f"{r.json()['link']}/calls/1/report.json").json()
    report_path = next((store_root / "reports").rglob(f"{report['source']['sha256']}.json"))
    assert [(i, d.reviewer, d.note) for i, _, d in confirmed(report_path)] == [(0, "reviewer1", "heard it")]
    log = report_path.with_suffix(".review.jsonl").read_text().splitlines()
    logged = [json.loads(line)["decision"] for line in log]
    assert logged[-2:] == ["needs_info", "confirmed"]  # the same review log the CLI writes, every decision in it
    out = store_root.parent / "draft.md"
    done = subprocess.run([sys.executable, "-m", "callguard", "complaint", str(report_path), "--to", "cn",
                           "--out", str(out)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    audit = client.get(f"/review/cases/{case_id}").text
    assert "finding.needs_info" in audit and "finding.confirmed" in audit


def rows(database: str, table) -> int:
    from sqlalchemy import create_engine, func, select

    engine = create_engine(database)
    with engine.connect() as c:
        n = c.scalar(select(func.count()).select_from(table))
    engine.dispose()
    return n


def stored_files(store_root) -> set:
    return set((store_root / "recordings").rglob("*.*"))


def assert_nothing_kept(database, store_root, before: set) -> None:
    """No case, no recording row, nothing in tmp, no file in the store that was not there `before`."""
    from callguard.service.db import Case, Recording

    assert rows(database, Case) == 0 and rows(database, Recording) == 0
    assert list((store_root / "tmp").iterdir()) == []
    assert stored_files(store_root) == before


def test_odd_file_names_are_never_used_as_paths(make_client, database, store_root, clips, tmp_path):
    client = make_client(with_worker=False)
    names = ["../../../../tmp/evil.wav", "..\\..\\windows\\evil.wav", "/etc/passwd", "\x00\x07.wav", "名字 (1).wav",
             ".hidden"]
    audio = [variant(clips, 40 + i).read_bytes() for i in range(len(names))]
    r = submit(client, list(zip(names, audio, strict=True)))
    assert r.status_code == 201, r.text
    from sqlalchemy import create_engine, select

    from callguard.service.db import CaseRecording, Recording
    engine = create_engine(database)
    with engine.connect() as c:
        stored = list(c.scalars(select(Recording.stored_name)))
        shown = list(c.scalars(select(CaseRecording.original_name).order_by(CaseRecording.position)))
    engine.dispose()
    assert all(re.fullmatch(r"recordings/[0-9a-f]{2}/[0-9a-f]{64}\.wav", n) for n in stored), stored
    assert shown == ["evil.wav", "evil.wav", "passwd", "%00%07.wav", "名字 (1).wav", "hidden"]
    assert all((store_root / n).read_bytes() in audio for n in stored)
    assert not (tmp_path.parent / "evil.wav").exists() and not __import__("pathlib").Path("/tmp/evil.wav").exists()


def test_a_text_file_posing_as_audio_is_refused(make_client, database, store_root, clips):
    client = make_client(with_worker=False)
    text = b"This is not a recording, only text pretending to be one.\n" * 50
    before = stored_files(store_root)
    r = client.post("/complaints", data={"csrf": csrf_of(client), **FIELDS},
                    files=[("recordings", ("call.m4a", text, "audio/mp4"))], headers={"Accept": "application/json"})
    assert r.status_code == 415 and r.json()["error"] == "not_audio"
    assert_nothing_kept(database, store_root, before)
    good = variant(clips, 65).read_bytes()  # a good recording beside the bad one is not kept either
    r = submit(client, [("good.wav", good), ("bad.m4a", text)])
    assert r.status_code == 415
    assert_nothing_kept(database, store_root, before)
    page = client.post("/complaints", data={"csrf": csrf_of(client), **FIELDS},
                       files=[("recordings", ("call.m4a", text, "audio/mp4"))], headers={"Accept-Language": "en"})
    assert page.status_code == 415 and "not a playable recording" in page.text and "Traceback" not in page.text


def test_an_empty_file_is_refused(make_client, database, store_root):
    client = make_client(with_worker=False)
    before = stored_files(store_root)
    r = submit(client, [("call.m4a", b"")])
    assert r.status_code == 400 and r.json()["error"] == "empty"
    assert_nothing_kept(database, store_root, before)
    r = submit(client, [("", b"")])  # what a browser sends when no file was chosen
    assert r.status_code == 400 and r.json()["error"] == "no_recording"
    r = client.post("/complaints", data={"csrf": csrf_of(client), **FIELDS}, headers={"Accept": "application/json"})
    assert r.status_code == 400 and r.json()["error"] == "not_a_form"


def test_an_oversize_upload_is_stopped_while_it_streams(make_client, database, store_root, clips):
    client = make_client(with_worker=False, max_upload_bytes=64 * 1024)
    big = clips["dev"].read_bytes()
    assert len(big) > 64 * 1024
    before = stored_files(store_root)
    r = submit(client, [("big.m4a", big)])
    assert r.status_code == 413 and r.json()["error"] == "too_large"
    assert_nothing_kept(database, store_root, before)


def test_missing_fields_and_too_many_submissions(make_client, database, store_root, clips):
    client = make_client(with_worker=False, submissions_per_hour=2)
    audio = variant(clips, 60).read_bytes()
    before = stored_files(store_root)
    r = submit(client, [("a.wav", audio)], fields={**FIELDS, "name": " "})
    assert r.status_code == 400 and r.json()["error"] == "missing"
    assert_nothing_kept(database, store_root, before)
    r = submit(client, [("a.wav", audio)])
    assert r.status_code == 201
    r = submit(client, [("a.wav", audio)])
    assert r.status_code == 429 and r.json()["error"] == "rate"
    other_process = make_client(with_worker=False, submissions_per_hour=2)  # the limit lives in the database
    r = submit(other_process, [("a.wav", audio)])
    assert r.status_code == 429 and r.json()["error"] == "rate"


def test_a_forged_csrf_token_is_refused(make_client, database, store_root, clips):
    client = make_client(with_worker=False)
    audio = variant(clips, 61).read_bytes()
    csrf_of(client)
    before = stored_files(store_root)
    r = submit(client, [("a.wav", audio)], csrf="forged-token")
    assert r.status_code == 403 and r.json()["error"] == "csrf"
    assert_nothing_kept(database, store_root, before)
    client.cookies.clear()
    r = client.post("/complaints", data={"csrf": "x", **FIELDS}, files=[("recordings", ("a.wav", audio))],
                    headers={"Accept": "application/json"})
    assert r.status_code == 403

    r = submit(client, [("a.wav", audio)])
    assert r.status_code == 201
    add_user(database, store_root)
    csrf = sign_in(client)
    case_id = int(re.search(r'href="/review/cases/(\d+)"', client.get("/review").text).group(1))
    for forged in ("", "forged", csrf[:-1]):
        r = client.post(f"/review/cases/{case_id}/assign", data={"csrf": forged}, follow_redirects=False)
        assert r.status_code == 403, forged
        r = client.post(f"/review/cases/{case_id}/status", data={"csrf": forged, "status": "closed"})
        assert r.status_code == 403
    assert "case.assigned" not in client.get(f"/review/cases/{case_id}").text
    login_page = client.post("/login", data={"name": "reviewer1", "password": "x", "csrf": "forged"})
    assert login_page.status_code == 403


def test_wrong_or_missing_token_or_cookie(make_client, database, store_root, clips):
    client = make_client(with_worker=False)
    r = submit(client, [("a.wav", variant(clips, 62).read_bytes())])
    link = r.json()["link"]
    assert client.get(link).status_code == 200
    for bad in ("/c/" + "A" * 43, link[:-1], link + "x", "/c/", "/c/%2e%2e%2fetc"):
        assert client.get(bad).status_code == 404, bad
        assert client.get(f"{bad}/calls/1/report.json").status_code == 404
    for path in ("/review", "/review/queue.csv", "/review/cases/1", "/review/cases/1/calls/1/audio",
                 "/review/cases/1/export.zip", "/review/cases/1/calls/1/report.json"):
        assert client.get(path, headers={"Accept": "application/json"}).status_code == 401, path
    assert client.get("/review", headers={"Accept": "text/html"}, follow_redirects=False).headers["location"] \
        == "/login"
    client.cookies.set("cg_session", "not-a-session")
    assert client.get("/review", headers={"Accept": "application/json"}).status_code == 401
    client.cookies.clear()
    add_user(database, store_root)
    page = client.get("/login")
    token = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
    r = client.post("/login", data={"name": "reviewer1", "password": "wrong password!", "csrf": token})
    assert r.status_code == 401 and "cg_session" not in client.cookies


def test_another_cases_id_is_not_found(make_client, database, store_root, clips):
    client = make_client(with_worker=False)
    a = submit(client, [("a.wav", variant(clips, 63).read_bytes())]).json()
    b = submit(client, [("b.wav", variant(clips, 64).read_bytes())],
               fields={**FIELDS, "institution": "别的平台", "caller_number": ""}).json()
    assert "a.wav" in client.get(a["link"]).text and "b.wav" not in client.get(a["link"]).text
    assert client.get(f"{a['link']}/calls/2/report.json").status_code == 404
    assert client.get(f"{a['link']}/calls/0/report.html").status_code == 404
    add_user(database, store_root)
    sign_in(client)
    assert client.get("/review/cases/99999").status_code == 404
    assert client.get("/review/cases/1/calls/5/audio").status_code == 404
    assert b["case"] in client.get("/review").text


def test_a_content_length_that_is_not_a_number_is_refused(make_client, clips):
    client = make_client(with_worker=False)
    csrf_of(client)
    for bad in ("abc", "12x", "-5", "²".encode("latin-1")):
        r = client.post("/complaints", content=b"--x--\r\n", headers={
            "Content-Type": "multipart/form-data; boundary=x", "Content-Length": bad, "Accept": "application/json"})
        assert r.status_code == 400 and r.json()["error"] == "bad_length", (bad, r.text)


def test_an_export_leaves_no_file_open(make_client, database, store_root, clips):
    client = make_client(with_worker=False)
    submit(client, [("a.wav", variant(clips, 66).read_bytes())])
    add_user(database, store_root)
    sign_in(client)
    case_id = int(re.search(r'href="/review/cases/(\d+)"', client.get("/review").text).group(1))
    for _ in range(3):
        assert client.get(f"/review/cases/{case_id}/export.zip").status_code == 200
    fds = Path("/proc/self/fd")
    if not fds.is_dir():
        pytest.skip("no /proc/self/fd to list open files")
    open_files = [os.readlink(fd) for fd in fds.iterdir() if fd.is_symlink()]
    assert not [f for f in open_files if "export-" in f]
