"""A lawyer's batch: many recordings of one case, resumable, with a case summary.

Progress is an append-only log (`batch-log.jsonl`) in the output folder. A recording whose report is
already there with the recording's SHA-256 is not analysed again, so an interrupted batch is resumed by
running the same command. Built on `pipeline.Analyzer`, never around it.
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

from callguard.errors import InputError
from callguard.ingest.integrity import file_sha256
from callguard.report.files import read_report, report_names, write_files
from callguard.report.model import Report
from callguard.types import INCONVENIENT_TIME

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


def case_summary(out: Path, jobs: list[Job]) -> dict:
    reports = []
    for job in jobs:
        path = out / f"{job.name}.json"
        if path.is_file():
            reports.append((job, read_report(path)))
    starts = sorted(datetime.fromisoformat(r.call.start) for _, r in reports if r.call.start)
    labels = Counter(f.label for _, r in reports for f in r.findings)
    calls = [_call_row(job, r) for job, r in reports]
    latest = _latest_log(out)
    done = {job.name for job, _ in reports}
    failed = [{"name": j.name, "path": str(j.path), "detail": latest[j.name].get("detail", "")}
              for j in jobs if j.name not in done and latest.get(j.name, {}).get("status") == "failed"]
    return {
        "recordings": len(jobs), "analysed": len(reports), "failed": failed,
        "first_call": starts[0].isoformat() if starts else None,
        "last_call": starts[-1].isoformat() if starts else None,
        "calls_with_known_time": len(starts),
        "most_calls_in_7_days": _most_in_window(starts, timedelta(days=7)),
        "most_calls_in_a_day": _most_in_window(starts, timedelta(days=1)),
        "calls_at_inconvenient_times": labels.get(INCONVENIENT_TIME, 0),
        "calls_with_findings": sum(1 for c in calls if c["labels"]),
        "findings_by_label": dict(sorted(labels.items())),
        "who_called": who_called(reports),
        "calls": calls,
    }


def who_called(reports: list[tuple[Job, Report]]) -> list[dict]:
    """Each organisation, name and number the collectors gave: in which calls, and whether it was
    presented as an authority (court, police, prosecutor, government, law firm)."""
    rows: dict[tuple[str, str], dict] = {}
    for job, report in reports:
        for p in report.parties:
            row = rows.setdefault((p.kind, p.name), {"kind": p.kind, "name": p.name, "calls": [], "authority": False})
            if job.name not in row["calls"]:
                row["calls"].append(job.name)
            row["authority"] = row["authority"] or p.authority
    return sorted(rows.values(), key=lambda r: (-len(r["calls"]), r["kind"], r["name"]))


def _latest_log(out: Path) -> dict[str, dict]:
    """The latest log entry for each report name."""
    path = out / LOG
    if not path.is_file():
        return {}
    entries = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {e["name"]: e for e in entries}


def _call_row(job: Job, report: Report) -> dict:
    return {"name": job.name, "path": str(job.path), "start": report.call.start,
            "duration_s": report.source.duration_s, "sha256": report.source.sha256,
            "labels": sorted({f.label for f in report.findings})}


def _most_in_window(starts: list[datetime], window: timedelta) -> int:
    best, lo = 0, 0
    for hi, t in enumerate(starts):
        while t - starts[lo] >= window:
            lo += 1
        best = max(best, hi - lo + 1)
    return best


def summary_markdown(s: dict) -> str:
    lines = ["# Case summary", "",
             f"- recordings: {s['recordings']}, analysed: {s['analysed']}",
             f"- first call: {s['first_call'] or 'unknown'}; last call: {s['last_call'] or 'unknown'}",
             f"- most calls within 7 days: {s['most_calls_in_7_days']}; within one day: {s['most_calls_in_a_day']}",
             f"- calls at inconvenient times: {s['calls_at_inconvenient_times']}",
             f"- calls with findings: {s['calls_with_findings']}", "", "| label | findings |", "|---|---:|"]
    lines += [f"| {k} | {v} |" for k, v in s["findings_by_label"].items()]
    lines += ["", "## Who called", "", "| kind | name or number | calls | presented as an authority |",
              "|---|---|---|---|"]
    lines += [f"| {w['kind']} | {w['name']} | {', '.join(w['calls'])} | {'yes' if w['authority'] else ''} |"
              for w in s["who_called"]]
    lines += ["", "| call | start | duration (s) | labels |", "|---|---|---:|---|"]
    lines += [f"| {c['name']} | {c['start'] or '–'} | {c['duration_s']:.0f} | {', '.join(c['labels']) or '–'} |"
              for c in s["calls"]]
    if s["failed"]:
        lines += ["", f"## Not analysed ({len(s['failed'])})", ""]
        lines += [f"- {f['name']} ({f['path']}): {f['detail'] or 'failed'}" for f in s["failed"]]
    lines += ["", "Findings are machine-generated leads; check each against the audio before relying on it."]
    return "\n".join(lines) + "\n"


def write_summary(out: Path, jobs: list[Job]) -> Path:
    s = case_summary(out, jobs)
    path = out / "case-summary.json"
    write_files({path: json.dumps(s, ensure_ascii=False, indent=1) + "\n",
               out / "case-summary.md": summary_markdown(s)})
    return path
