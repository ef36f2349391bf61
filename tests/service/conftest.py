"""The service on a fresh database per test (SQLite always; PostgreSQL when CALLGUARD_TEST_POSTGRES names a
server), one file store and one loaded Analyzer per kind of database for the whole session."""

from __future__ import annotations

import os
import secrets

import pytest
from helpers import DEV, REAL, ffmpeg
from intake import settings_for

POSTGRES_ENV = "CALLGUARD_TEST_POSTGRES"  # e.g. postgresql+psycopg://user@127.0.0.1:5432/postgres


def _postgres_admin_url() -> str | None:
    url = os.environ.get(POSTGRES_ENV)
    if not url and os.environ.get("CI") == "true":
        raise RuntimeError(f"CI=true but {POSTGRES_ENV} is not set: scripts/test.sh starts PostgreSQL and sets it")
    return url


@pytest.fixture(scope="session")
def postgres_database():
    """One database on the PostgreSQL server for the session, migrated once, emptied before each test."""
    admin = _postgres_admin_url()
    if not admin:
        yield None
        return
    from sqlalchemy import create_engine, make_url, text

    from callguard.service.db import open_engine

    name = f"cg_test_{secrets.token_hex(4)}"
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    with engine.connect() as c:
        c.execute(text(f"CREATE DATABASE {name}"))
    url = make_url(admin).set(database=name).render_as_string(hide_password=False)
    open_engine(url).dispose()
    yield url
    with engine.connect() as c:
        c.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'callguard.db'}"
    url = request.getfixturevalue("postgres_database")
    if not url:
        pytest.skip(f"{POSTGRES_ENV} is not set (no PostgreSQL server to test against)")
    from sqlalchemy import create_engine, text

    from callguard.service.db import Base

    engine = create_engine(url)
    with engine.begin() as c:
        c.execute(text(f"TRUNCATE {', '.join(t.name for t in Base.metadata.sorted_tables)} RESTART IDENTITY CASCADE"))
    engine.dispose()
    return url


@pytest.fixture(scope="session")
def stores(tmp_path_factory):
    """A file store and an executor writing into it for each kind of database, made when first asked for: the
    PostgreSQL run must not find the reports of the SQLite run (its worker would skip the analyses)."""
    from callguard.casework.executor import LocalExecutor
    from callguard.service.run import analysis_options
    from callguard.service.store import Store

    made = {}

    def get(kind: str):
        if kind not in made:
            root = tmp_path_factory.mktemp(f"store-{kind}")
            made[kind] = root, LocalExecutor(analysis_options(Store(root)))
        return made[kind]

    yield get
    for _, ex in made.values():
        ex.close()


@pytest.fixture
def store_root(database, stores):
    return stores(database.split(":", 1)[0])[0]


@pytest.fixture
def executor(database, stores):
    return stores(database.split(":", 1)[0])[1]


@pytest.fixture
def make_client(database, store_root, executor):
    """A TestClient on the app with an in-process worker using the session's executor."""
    from fastapi.testclient import TestClient

    from callguard.service.app import create_app
    from callguard.service.worker import Worker, start_thread

    clients = []

    def make(with_worker: bool = True, **kw):
        settings = settings_for(database, store_root, **kw)

        def start(engine, store):
            thread, stop = start_thread(Worker(engine, settings, store, executor))
            return lambda: (stop.set(), thread.join(timeout=300))

        client = TestClient(create_app(settings, start if with_worker else None), base_url="http://127.0.0.1")
        client.__enter__()
        clients.append(client)
        return client

    yield make
    for c in clients:
        c.__exit__(None, None, None)


@pytest.fixture(scope="session")
def clips(tmp_path_factory):
    """Short real speech, and distinct copies of it (different trims: different SHA-256)."""
    folder = tmp_path_factory.mktemp("clips")
    zh = folder / "zh-short.wav"
    ffmpeg("-i", str(REAL / "firered_IT0011W0001.wav"), "-ac", "1", "-ar", "16000", str(zh))
    insult = folder / "zh-dev-02-insult.m4a"  # 8 s of a dev call: the collector calls the debtor a deadbeat
    ffmpeg("-ss", "15.5", "-t", "8", "-i", str(DEV / "zh-dev-02.m4a"), "-c", "copy", str(insult))
    return {"zh": zh, "en": REAL / "jfk.flac", "dev": DEV / "zh-dev-02.m4a", "insult": insult, "folder": folder}
