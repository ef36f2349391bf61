"""The regulator intake: complainants upload recordings through a web page, workers analyse them, reviewers
triage the worst first. FastAPI routes (app.py) over a database (db.py, Alembic migrations), a file store
(store.py), a durable job table (jobs.py) and workers (worker.py) that run the analyses through the
executor the lawyers' batch uses (casework/executor.py)."""
