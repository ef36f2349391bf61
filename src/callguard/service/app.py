"""The HTTP routes, thin: each reads the request, calls store / cases / auth, and renders a page or JSON."""

from __future__ import annotations

import logging
import os
import re
import secrets
import tempfile
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated

from fastapi import Depends, FastAPI, Form, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader
from sqlalchemy.orm import Session
from starlette.background import BackgroundTask
from starlette.requests import ClientDisconnect

from callguard.report.html import summary
from callguard.report.strings import LABELS
from callguard.service import auth, cases
from callguard.service.config import Settings
from callguard.service.db import Case, LoginSession, open_engine, sessions
from callguard.service.store import FormReader, Rejected, Store, check_audio
from callguard.service.strings import ERRORS, UI, pick_language

log = logging.getLogger("callguard.service")
# autoescape=True: Starlette's default escapes only *.html/*.htm/*.xml, and ours are *.html.j2
TEMPLATES = Jinja2Templates(env=Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"),
                                            autoescape=True))
AUDIO_TYPES = {".m4a": "audio/mp4", ".wav": "audio/wav", ".flac": "audio/flac", ".mp3": "audio/mpeg",
               ".ogg": "audio/ogg", ".aac": "audio/aac", ".amr": "audio/amr", ".webm": "audio/webm"}
PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; media-src 'self'; img-src 'self'; form-action 'self'; " \
           "base-uri 'none'; frame-ancestors 'none'"


class Problem(Exception):
    def __init__(self, status: int, key: str):
        super().__init__(key)
        self.status, self.key = status, key


def create_app(settings: Settings, worker=None) -> FastAPI:
    """The app; `worker(engine, store)` starts the in-process worker and returns its stop function."""
    engine = open_engine(settings.database)
    store = Store(settings.root)

    @asynccontextmanager
    async def lifespan(_app):
        store.clean_tmp()
        stop = worker(engine, store) if worker else None
        yield
        if stop:
            stop()

    app = FastAPI(lifespan=lifespan, docs_url=None, redoc_url=None, openapi_url=None)
    app.state.settings, app.state.store, app.state.sessions = settings, store, sessions(engine)
    app.state.engine = engine
    _handlers(app)
    _complainant_routes(app)
    _reviewer_routes(app)
    return app


def get_db(request: Request):
    with request.app.state.sessions() as db:
        yield db


DB = Annotated[Session, Depends(get_db)]
FormText = Annotated[str, Form()]


def language(request: Request) -> str:
    return pick_language(request.query_params.get("lang"), request.cookies.get("cg_lang"),
                         request.headers.get("accept-language"))


def wants_json(request: Request) -> bool:
    return "application/json" in request.headers.get("accept", "")


def page(request: Request, name: str, status: int = 200, **context) -> HTMLResponse:
    lang = language(request)
    csrf = context.pop("csrf", None) or request.cookies.get(auth.CSRF_COOKIE) or secrets.token_urlsafe(32)
    response = TEMPLATES.TemplateResponse(request, name, {"lang": lang, "t": UI[lang], "csrf": csrf,
                                                          "label_names": LABELS[lang], **context},
                                          status_code=status)
    secure = request.app.state.settings.secure_cookies
    if request.query_params.get("lang") in UI:
        response.set_cookie("cg_lang", lang, max_age=365 * 86400, samesite="lax", secure=secure)
    if auth.CSRF_COOKIE not in request.cookies:
        response.set_cookie(auth.CSRF_COOKIE, csrf, httponly=True, samesite="strict", secure=secure)
    response.headers["Content-Security-Policy"] = PAGE_CSP
    return response


def _handlers(app: FastAPI) -> None:
    def problem(request: Request, status: int, key: str):
        lang = language(request)
        message = ERRORS[lang].get(key, key)
        if key == "sign_in" and not wants_json(request) and request.method == "GET":
            return RedirectResponse("/login", status_code=303)
        if wants_json(request) or request.url.path.endswith((".json", ".csv", ".zip")):
            return JSONResponse({"error": key, "message": message}, status_code=status)
        return page(request, "error.html.j2", status=status, message=message)

    @app.exception_handler(Problem)
    async def on_problem(request: Request, e: Problem):
        return problem(request, e.status, e.key)

    @app.exception_handler(Rejected)
    async def on_rejected(request: Request, e: Rejected):
        return problem(request, e.status, e.key)

    @app.exception_handler(HTTPException)
    async def on_http(request: Request, e: HTTPException):
        return problem(request, e.status_code, "not_found" if e.status_code == 404 else str(e.detail))

    @app.exception_handler(Exception)
    async def on_error(request: Request, e: Exception):
        log.exception("internal error on %s", request.url.path)
        return problem(request, 500, "internal")


# Complainants: no account; a case is theirs through its private link.

def _complainant_routes(app: FastAPI) -> None:
    @app.get("/", response_class=HTMLResponse)
    def form(request: Request):
        return page(request, "submit.html.j2", fields=cases.FIELDS)

    @app.post("/complaints")
    async def submit(request: Request):
        state = request.app.state
        if not await run_in_threadpool(_allowed, state, request.client.host if request.client else "?"):
            raise Problem(429, "rate")
        reader = await _read_form(request, state.settings, state.store)
        try:
            if not auth.same(reader.fields.get("csrf"), request.cookies.get(auth.CSRF_COOKIE)):
                raise Problem(403, "csrf")
            case, token = await run_in_threadpool(_file_complaint, request, reader)
        finally:
            reader.discard()
        link = f"/c/{token}"
        if wants_json(request):
            return JSONResponse({"case": case.number, "link": link}, status_code=201)
        return page(request, "submitted.html.j2", status=201, case=case, link=str(request.base_url)[:-1] + link)

    @app.get("/c/{token}", response_class=HTMLResponse)
    def status_page(request: Request, token: str, db: DB):
        case, views = _own_case(request, db, token)
        lang = language(request)
        return page(request, "status.html.j2", case=case, views=views, token=token,
                    summaries=[summary(v.report, lang) if v.report else "" for v in views],
                    waiting=any(v.state in ("queued", "running") for v in views))

    @app.get("/c/{token}/status.json")
    def status_json(request: Request, token: str, db: DB):
        case, views = _own_case(request, db, token)
        return {"case": case.number, "status": case.status,
                "calls": [{"n": v.position + 1, "name": v.name, "state": v.state,
                           "labels": sorted({f.label for f in v.report.findings}) if v.report else []}
                          for v in views]}

    @app.get("/c/{token}/calls/{n}/report.{fmt}")
    def complainant_report(request: Request, token: str, n: int, fmt: str, db: DB):
        _, views = _own_case(request, db, token)
        return _report_file(_call(views, n), fmt)


async def _read_form(request: Request, settings: Settings, store: Store) -> FormReader:
    length = request.headers.get("content-length") or "0"
    if not re.fullmatch(r"[0-9]+", length):
        raise Problem(400, "bad_length")
    if int(length) > settings.max_upload_bytes * settings.max_recordings + (1 << 20):
        raise Rejected(413, "too_large")
    reader = FormReader(request.headers.get("content-type", ""), store.tmp, settings.max_upload_bytes,
                        settings.max_recordings)
    try:
        async for chunk in request.stream():
            reader.feed(chunk)
        reader.finish()
    except ClientDisconnect:
        reader.discard()
        raise Problem(400, "interrupted") from None
    except BaseException:
        reader.discard()
        raise
    return reader


def _allowed(state, client: str) -> bool:
    with state.sessions() as db:
        return cases.allow_submission(db, client, state.settings.submissions_per_hour)


def _file_complaint(request: Request, reader: FormReader) -> tuple[Case, str]:
    state = request.app.state
    if any(not reader.fields.get(k, "").strip() for k in cases.REQUIRED):
        raise Problem(400, "missing")
    if cases.too_long(reader.fields):
        raise Problem(400, "field_too_long")
    uploads = [f for f in reader.files if f.size or f.named]
    if not uploads:
        raise Problem(400, "no_recording")
    if any(f.size == 0 for f in uploads):
        raise Problem(400, "empty")
    durations = [check_audio(f.tmp) for f in uploads]  # all of them before any is kept
    stored = [state.store.keep(f, d) for f, d in zip(uploads, durations, strict=True)]
    with state.sessions() as db:
        return cases.create(db, reader.fields, stored, language(request), state.settings.response_days)


def _own_case(request: Request, db: Session, token: str):
    case = cases.by_token(db, token)
    if case is None:
        raise Problem(404, "not_found")
    return case, cases.calls(db, request.app.state.store, case)


def _call(views, n: int):
    if not 1 <= n <= len(views):
        raise Problem(404, "not_found")
    return views[n - 1]


def _report_file(view, fmt: str, reviewer: bool = False) -> Response:
    """A call's report; a reviewer's page shows the review decisions, a complainant's never does."""
    if fmt not in ("html", "json") or view.report_path is None:
        raise Problem(404, "not_found")
    path = view.report_path.with_suffix(f".{fmt}")
    if reviewer and fmt == "html" and cases.reviewed_page(view.report_path).is_file():
        path = cases.reviewed_page(view.report_path)
    if not path.is_file():
        raise Problem(404, "not_found")
    media = "text/html; charset=utf-8" if fmt == "html" else "application/json"
    return FileResponse(path, media_type=media, headers={"X-Content-Type-Options": "nosniff",
                                                         "Cache-Control": "no-store"})


# Reviewers: signed in; every form carries the session's CSRF token.

def signed_in(request: Request, db: DB):
    found = auth.session_for(db, request.cookies.get(auth.SESSION_COOKIE))
    if found is None:
        raise Problem(401, "sign_in")
    return found


SignedIn = Annotated[LoginSession, Depends(signed_in)]


def checked(request: Request, login: SignedIn, csrf: FormText = ""):
    if not auth.same(csrf, login.csrf):
        raise Problem(403, "csrf")
    return login


Checked = Annotated[LoginSession, Depends(checked)]


def _reviewer_routes(app: FastAPI) -> None:
    @app.get("/login", response_class=HTMLResponse)
    def login_form(request: Request):
        return page(request, "login.html.j2")

    @app.post("/login")
    def login(request: Request, db: DB, name: FormText = "", password: FormText = "", csrf: FormText = ""):
        if not auth.same(csrf, request.cookies.get(auth.CSRF_COOKIE)):
            raise Problem(403, "csrf")
        signed = auth.sign_in(db, name, password)
        if signed is None:
            cases.audit(db, name[:100] or "?", "user.sign_in_failed")
            db.commit()
            return page(request, "login.html.j2", status=401, message=ERRORS[language(request)]["bad_login"])
        user, token = signed
        cases.audit(db, user.name, "user.signed_in")
        db.commit()
        response = RedirectResponse("/review", status_code=303)
        response.set_cookie(auth.SESSION_COOKIE, token, httponly=True, samesite="strict",
                            secure=request.app.state.settings.secure_cookies, max_age=auth.SESSION_HOURS * 3600)
        return response

    @app.post("/logout")
    def logout(request: Request, login: Checked, db: DB):
        auth.sign_out(db, request.cookies.get(auth.SESSION_COOKIE))
        response = RedirectResponse("/login", status_code=303)
        response.delete_cookie(auth.SESSION_COOKIE)
        return response

    @app.get("/review", response_class=HTMLResponse)
    def queue_page(request: Request, login: SignedIn, db: DB):
        rows = cases.queue(db, request.app.state.store)
        return page(request, "queue.html.j2", rows=rows, user=login.user, csrf=login.csrf)

    @app.get("/review/queue.csv")
    def queue_csv(request: Request, login: SignedIn, db: DB):
        rows = cases.queue(db, request.app.state.store, open_only=False)
        cases.audit(db, login.user.name, "queue.exported", cases=len(rows))
        db.commit()
        return Response(cases.queue_csv(rows), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": 'attachment; filename="queue.csv"'})

    @app.get("/review/cases/{case_id}", response_class=HTMLResponse)
    def case_page(request: Request, case_id: int, login: SignedIn, db: DB):
        case, views = _case(request, db, case_id)
        every = list(db.query(Case).order_by(Case.id))
        return page(request, "case.html.j2", case=case, views=views, user=login.user, csrf=login.csrf,
                    decisions=[cases.decisions(v) for v in views], linked=cases.linked(every, case),
                    audit=cases.audit_entries(db, case), moves=cases.MOVES.get(case.status, ()),
                    days_left=cases.days_left(case))

    @app.post("/review/cases/{case_id}/assign")
    def assign(request: Request, case_id: int, login: Checked, db: DB):
        case, _ = _case(request, db, case_id)
        cases.assign(db, case, login.user)
        return RedirectResponse(f"/review/cases/{case_id}", status_code=303)

    @app.post("/review/cases/{case_id}/status")
    def move(request: Request, case_id: int, login: Checked, db: DB, status: FormText = ""):
        case, _ = _case(request, db, case_id)
        try:
            cases.move(db, case, status, login.user.name)
        except ValueError:
            raise Problem(409, "bad_move") from None
        return RedirectResponse(f"/review/cases/{case_id}", status_code=303)

    @app.post("/review/cases/{case_id}/calls/{n}/findings/{index}")
    def decide(request: Request, case_id: int, n: int, index: int, login: Checked, db: DB,
               decision: FormText = "", note: FormText = ""):
        case, views = _case(request, db, case_id)
        if decision not in cases.DECISIONS:
            raise Problem(400, "bad_decision")
        try:
            cases.decide(db, case, _call(views, n), index, decision, note.strip()[:2000], login.user.name)
        except LookupError:
            raise Problem(404, "not_found") from None
        return RedirectResponse(f"/review/cases/{case_id}#call-{n}", status_code=303)

    @app.get("/review/cases/{case_id}/calls/{n}/audio")
    def audio(request: Request, case_id: int, n: int, login: SignedIn, db: DB):
        _, views = _case(request, db, case_id)
        path = _call(views, n).recording
        return FileResponse(path, media_type=AUDIO_TYPES.get(path.suffix, "application/octet-stream"),
                            headers={"Cache-Control": "no-store"})

    @app.get("/review/cases/{case_id}/calls/{n}/report.{fmt}")
    def reviewer_report(request: Request, case_id: int, n: int, fmt: str, login: SignedIn, db: DB):
        _, views = _case(request, db, case_id)
        return _report_file(_call(views, n), fmt, reviewer=True)

    @app.get("/review/cases/{case_id}/export.zip")
    def export(request: Request, case_id: int, login: SignedIn, db: DB):
        case, _ = _case(request, db, case_id)
        store = request.app.state.store
        cases.audit(db, login.user.name, "case.exported", case)
        db.commit()
        fd, name = tempfile.mkstemp(dir=store.tmp, prefix="export-", suffix=".zip")
        os.close(fd)
        tmp = Path(name)
        try:
            cases.export_zip(db, store, case, tmp)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        return FileResponse(tmp, media_type="application/zip", filename=f"{case.number}.zip",
                            background=BackgroundTask(tmp.unlink, missing_ok=True))


def _case(request: Request, db: Session, case_id: int):
    case = db.get(Case, case_id)
    if case is None:
        raise Problem(404, "not_found")
    return case, cases.calls(db, request.app.state.store, case)
