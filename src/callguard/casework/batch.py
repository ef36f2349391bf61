"""A lawyer's batch: many recordings of one case, resumable, with a case view (casework/case.py).

Progress is an append-only log (`batch-log.jsonl`) in the output folder. A recording whose report is
already there with the recording's SHA-256 is not analysed again, so an interrupted batch is resumed by
running the same command. Built on `pipeline.Analyzer`, never around it.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from callguard.casework.case import CaseCall, CaseFailure, write_case_view
from callguard.errors import InputError
from callguard.ingest.integrity import file_sha256
from callguard.report.files import read_report, report_names

AUDIO_EXTS = {".m4a", ".aac", ".amr", ".mp3", ".wav", ".flac", ".ogg", ".opus", ".3gp", ".mp4", ".mov", ".webm",
              ".wma", ".mkv"}
MANIFEST_COLUMNS = ("path", "call_time", "timezone", "jurisdiction", "language")
LOG = "batch-log.jsonl"


@dataclass
class Job:
    path: Path
    name: str
    per_call: dict = field(default_factory=dict)
    where: str = ""  # how messages name it: the path, or the manifest's row

    def __post_init__(self) -> None:
        self.where = self.where or str(self.path)


def jobs_from(input_path: Path) -> list[Job]:
    """Names by the one rule of report/files.py `report_names`, relative to the folder (or the manifest's
    folder), so a folder and a manifest listing its files name the reports alike."""
    if input_path.is_dir():
        files = sorted(p for p in input_path.rglob("*") if p.is_file() and p.suffix.lower() in AUDIO_EXTS)
        return [Job(p, name) for p, name in zip(files, report_names(files, input_path), strict=True)]
    if input_path.is_file() and input_path.suffix.lower() == ".csv":
        return _manifest(input_path)
    raise InputError(f"{input_path}: not a folder of recordings or a .csv manifest")


def _manifest(path: Path) -> list[Job]:
    with open(path, newline="", encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    if not rows or "path" not in rows[0]:
        raise InputError(f"{path}: a manifest needs a header row with a `path` column")
    unknown = set(rows[0]) - set(MANIFEST_COLUMNS)
    if unknown:
        raise InputError(f"{path}: unknown manifest columns {sorted(unknown)}; allowed: {', '.join(MANIFEST_COLUMNS)}")
    recs = [path.parent / (row["path"] or "").strip() for row in rows]  # an absolute path stays absolute
    jobs = []
    for line, (row, rec, name) in enumerate(zip(rows, recs, report_names(recs, path.parent), strict=True), 2):
        per_call = {k: row[k].strip() for k in MANIFEST_COLUMNS[1:] if (row.get(k) or "").strip()}
        jobs.append(Job(rec, name, per_call, where=f"{path.name} line {line} ({row['path']})"))
    return jobs


def already_done(job: Job, out: Path) -> bool:
    report = out / f"{job.name}.json"
    if not report.is_file() or not job.path.is_file():
        return False
    try:
        sha = read_report(report).source.sha256
    except InputError:
        return False
    return sha == file_sha256(job.path)


def log(out: Path, job: Job, status: str, detail: str = "") -> None:
    entry = {"time": datetime.now(timezone.utc).isoformat(timespec="seconds"), "path": str(job.path),
             "name": job.name, "status": status, "detail": detail}
    with open(out / LOG, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(entry, ensure_ascii=False) + "\n")


def write_summary(out: Path, jobs: list[Job]) -> Path:
    """The case view (casework/case.py) of these jobs' reports, failures named from the log."""
    latest = _latest_log(out)
    calls = [CaseCall(j.name, j.path, out / f"{j.name}.json") for j in jobs if (out / f"{j.name}.json").is_file()]
    done = {c.name for c in calls}
    failed = [CaseFailure(j.name, j.path, latest[j.name].get("detail", "")) for j in jobs
              if j.name not in done and latest.get(j.name, {}).get("status") == "failed"]
    write_case_view(out, calls, failed=failed)
    return out / "index.html"


def _latest_log(out: Path) -> dict[str, dict]:
    """The latest log entry for each report name."""
    path = out / LOG
    if not path.is_file():
        return {}
    entries = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {e["name"]: e for e in entries}
