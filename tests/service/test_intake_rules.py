"""What the service promises besides the main path: hashed secrets, cookie flags, an append-only audit log,
the status workflow, linked cases, the page language."""

from __future__ import annotations

import csv
import io
import re

import pytest
from intake import FIELDS, add_user, analysed_by_hand, sign_in, submit, variant
from sqlalchemy import create_engine, text

from callguard.service import cases


def test_secrets_are_stored_hashed_and_cookies_are_httponly_samesite(make_client, database, store_root, clips):
    client = make_client(with_worker=False)
    link = submit(client, [("a.wav", variant(clips, 70).read_bytes())]).json()["link"]
    token = link.rsplit("/", 1)[1]
    add_user(database, store_root)
    client.cookies.clear()
    page = client.get("/login")
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
    cookie = page.headers["set-cookie"].lower()
    assert "cg_csrf=" in cookie and "httponly" in cookie and "samesite=strict" in cookie
    r = client.post("/login", data={"name": "reviewer1", "password": "correct horse battery", "csrf": csrf},
                    follow_redirects=False)
    cookie = r.headers["set-cookie"].lower()
    assert "cg_session=" in cookie and "httponly" in cookie and "samesite=strict" in cookie
    session = client.cookies["cg_session"]
    engine = create_engine(database)
    with engine.connect() as c:
        dump = " ".join(str(v) for table in ("cases", "sessions", "users")
                        for row in c.execute(text(f"SELECT * FROM {table}")) for v in row)
    engine.dispose()
    assert token not in dump and session not in dump and "correct horse battery" not in dump
    assert "$argon2" in dump


def test_the_audit_log_cannot_be_changed_in_the_database(make_client, database, clips):
    client = make_client(with_worker=False)
    submit(client, [("a.wav", variant(clips, 71).read_bytes())])
    engine = create_engine(database)
    for sql in ("UPDATE audit_log SET actor = 'someone else'", "DELETE FROM audit_log"):
        with pytest.raises(Exception, match="append-only"):
            with engine.begin() as c:
                c.execute(text(sql))
    with engine.connect() as c:
        assert c.execute(text("SELECT actor, action FROM audit_log")).all() == [("complainant", "case.submitted")]
    engine.dispose()


def test_status_workflow_and_linked_cases(make_client, database, store_root, clips):
    client = make_client(with_worker=False)
    a = submit(client, [("a.wav", variant(clips, 72).read_bytes())]).json()
    b = submit(client, [("b.wav", variant(clips, 73).read_bytes())],
               fields={**FIELDS, "institution": "别的银行", "caller_number": "+86 10 1234 5678"}).json()
    c = submit(client, [("c.wav", variant(clips, 74).read_bytes())],
               fields={**FIELDS, "institution": "无关公司", "caller_number": "13900000000"}).json()
    add_user(database, store_root)
    csrf = sign_in(client)
    queue = client.get("/review").text
    rows = {m.group(1): m.group(0) for m in re.finditer(r"(CG-\d{8}-\d{5})</a>.*?</tr>", queue, re.S)}
    assert b["case"] in rows[a["case"]] and a["case"] in rows[b["case"]]  # same calling number (010-12345678)
    assert "–" in rows[c["case"]].rsplit("<td>", 1)[1]
    case_id = int(re.search(rf'href="/review/cases/(\d+)">{a["case"]}', queue).group(1))
    moves = [("closed", 409), ("in_review", 303), ("referred", 303), ("new", 409), ("closed", 303)]
    for status, expected in moves:
        r = client.post(f"/review/cases/{case_id}/status", data={"csrf": csrf, "status": status},
                        follow_redirects=False)
        assert r.status_code == expected, (status, r.text)
    assert f'>{a["case"]}</a>' not in client.get("/review").text  # closed cases leave the queue, stay in the CSV
    assert a["case"] in client.get("/review/queue.csv").text
    page = client.get(f"/review/cases/{case_id}").text
    assert page.count("case.status") == 3


def test_the_page_language_follows_the_browser_with_a_switch(make_client):
    client = make_client(with_worker=False)
    assert "催收投诉受理" in client.get("/", headers={"Accept-Language": "zh-CN,zh;q=0.9"}).text
    assert "Debt collection complaints" in client.get("/", headers={"Accept-Language": "en-GB,en;q=0.8"}).text
    assert "催收投诉受理" in client.get("/", headers={"Accept-Language": "fr-FR, zh;q=0.5, en;q=0.4"}).text
    switched = client.get("/?lang=en", headers={"Accept-Language": "zh-CN"})
    assert "Debt collection complaints" in switched.text
    assert "Debt collection complaints" in client.get("/", headers={"Accept-Language": "zh-CN"}).text


HOSTILE = '<b>x</b><meta http-equiv="refresh" content="0;url=https://evil.example/">'


def test_complainant_input_is_escaped_on_every_page(make_client, database, store_root, clips):
    client = make_client(with_worker=False)
    hostile = {k: HOSTILE[:cases.Case.__table__.c[k].type.length or len(HOSTILE)] for k in FIELDS}
    link = submit(client, [("<img src=x onerror=alert(1)>.wav", variant(clips, 75).read_bytes())],
                  fields=hostile).json()["link"]
    add_user(database, store_root)
    sign_in(client)
    queue = client.get("/review")
    case_id = re.search(r'href="/review/cases/(\d+)"', queue.text).group(1)
    case = client.get(f"/review/cases/{case_id}")
    for page in (queue, case, client.get(link)):
        assert page.status_code == 200
        assert "<b>" not in page.text and 'content="0;url=' not in page.text and "<img" not in page.text
        csp = page.headers["content-security-policy"]
        assert "base-uri 'none'" in csp and "form-action 'self'" in csp and "default-src 'none'" in csp
    assert "&lt;b&gt;x&lt;/b&gt;" in queue.text
    assert case.text.count("&lt;b&gt;x&lt;/b&gt;&lt;meta http-equiv=") == len(FIELDS)


def test_a_field_longer_than_its_column_is_refused_on_every_database(make_client, clips):
    """SQLite keeps any length, PostgreSQL refuses what does not fit: either way a plain 400, never a 500."""
    client = make_client(with_worker=False)
    done = submit(client, [("a.wav", variant(clips, 79).read_bytes())],
                  fields={**FIELDS, "caller_number": "1" * 51})
    assert done.status_code == 400 and done.json()["error"] == "field_too_long"


def test_the_queue_csv_does_not_start_formulas(make_client, database, store_root, clips):
    client = make_client(with_worker=False)
    formulas = {"institution": '=HYPERLINK("https://evil.example","x")', "collector": "@SUM(1+1)",
                "caller_number": "+86 10 1234 5678"}
    submit(client, [("a.wav", variant(clips, 76).read_bytes())], fields={**FIELDS, **formulas})
    submit(client, [("b.wav", variant(clips, 77).read_bytes())],
           fields={**FIELDS, "institution": "-1+1", "collector": "正常公司", "caller_number": "13900000000"})
    add_user(database, store_root)
    sign_in(client)
    rows = list(csv.DictReader(io.StringIO(client.get("/review/queue.csv").content.decode("utf-8-sig"))))
    cells = {row[k] for row in rows for k in ("institution", "collector", "caller_number")}
    assert cells == {"'" + v for v in formulas.values()} | {"'-1+1", "正常公司", "13900000000"}
    assert [cases.spreadsheet_safe(v) for v in ("\t=1", "\r=1", "a=1", "")] == ["'\t=1", "'\r=1", "a=1", ""]


def test_complainants_never_see_reviewers_names_or_notes(make_client, database, store_root, clips):
    client = make_client(with_worker=False)
    audio = variant(clips, 78).read_bytes()
    first = submit(client, [("a.wav", audio)]).json()["link"]
    analysed_by_hand(database, store_root)
    add_user(database, store_root, "reviewer-jane")
    csrf = sign_in(client, "reviewer-jane")
    case_id = re.search(r'href="/review/cases/(\d+)"', client.get("/review").text).group(1)
    r = client.post(f"/review/cases/{case_id}/calls/1/findings/0",
                    data={"csrf": csrf, "decision": "confirmed", "note": "private note 4711"}, follow_redirects=False)
    assert r.status_code == 303
    reviewed = client.get(f"/review/cases/{case_id}/calls/1/report.html").text
    assert "private note 4711" in reviewed and "reviewer-jane" in reviewed
    client.cookies.clear()
    second = submit(client, [("same.wav", audio)], fields={**FIELDS, "name": "王五"}).json()["link"]
    for link in (first, second):  # the second complainant sent the same recording: the same report on disk
        for path in (link, f"{link}/status.json", f"{link}/calls/1/report.html", f"{link}/calls/1/report.json"):
            page = client.get(path)
            assert page.status_code == 200 and ("老赖" in page.text or path.endswith("status.json")), path
            assert "private note 4711" not in page.text and "reviewer-jane" not in page.text, path
