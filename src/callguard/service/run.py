"""Starting the service and its workers: what `callguard serve`, `worker` and `user add` call."""

from __future__ import annotations

import signal
import threading

from callguard.casework.executor import check_executor, make_executor
from callguard.pipeline import Options
from callguard.service import auth
from callguard.service.config import Settings
from callguard.service.db import open_engine, sessions
from callguard.service.store import Store
from callguard.service.worker import Worker, start_thread


def analysis_options(store: Store) -> Options:
    options = Options(out_dir=store.reports)
    options.check()
    return options


def in_process_worker(settings: Settings, kind: str = "local", address: str | None = None, actors: int = 1):
    """A function the app calls at start: one worker thread beside the web server; returns its stop."""
    def start(engine, store: Store):
        executor = make_executor(kind, analysis_options(store), address=address, actors=actors)
        thread, stop = start_thread(Worker(engine, settings, store, executor))

        def halt() -> None:
            stop.set()
            thread.join(timeout=30)
            executor.close()
        return halt
    return start


def serve(settings: Settings, host: str, port: int, worker: bool = True, executor: str = "local",
          address: str | None = None, actors: int = 1) -> None:
    import uvicorn

    from callguard.service.app import create_app

    check_executor(executor)
    app = create_app(settings, in_process_worker(settings, executor, address, actors) if worker else None)
    uvicorn.run(app, host=host, port=port, log_level="warning", timeout_graceful_shutdown=5)


def work(settings: Settings, executor: str = "local", address: str | None = None, actors: int = 1) -> None:
    """A worker process: the loop in the foreground until SIGINT or SIGTERM."""
    check_executor(executor)
    engine = open_engine(settings.database)
    store = Store(settings.root)
    pool = make_executor(executor, analysis_options(store), address=address, actors=actors)
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    try:
        Worker(engine, settings, store, pool).run(stop)
    finally:
        pool.close()


def add_user(settings: Settings, name: str, role: str, password: str) -> None:
    with sessions(open_engine(settings.database))() as db:
        auth.add_user(db, name, role, password)
