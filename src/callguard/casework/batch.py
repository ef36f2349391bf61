"""A lawyer's batch: many recordings of one case, resumable, with a case view (casework/case.py).

The truth of what is done is `batch-state.sqlite` in the output folder (casework/state.py), keyed by each
recording's SHA-256; `batch-log.jsonl` beside it is an append-only log of what each run did (the summary
reads the latest reason a recording failed from it). Run the same command again after an interruption, even
a SIGKILL: a recording whose report is there with its SHA-256 is not analysed again, one left `running` is
analysed again (reports are written whole or not at all, report/files.py), identical files are analysed
once and the others listed as duplicates, a broken file is recorded with its reason and the rest go on.

Recordings go through an executor (casework/executor.py): in this process, with the next recording probed,
hashed and decoded while the current one is transcribed, or on Ray. This driver hashes each recording only
when the executor has room for it, so hashing overlaps transcription too. Built on `pipeline.Analyzer`.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path

from callguard.casework.case import CaseCall, CaseFailure, CaseMessages, write_case_view
from callguard.casework.executor import Executor, Result, Task, make_executor, run_all
from callguard.casework.state import BatchState
from callguard.errors import CallguardError, InputError
from callguard.ingest.integrity import file_sha256
from callguard.ingest.messages import MESSAGE_EXTS
from callguard.pipeline import NO_SPEECH, Options
from callguard.report.files import folder_lock, read_any_report, read_raw, report_names

AUDIO_EXTS = {".m4a", ".aac", ".amr", ".mp3", ".wav", ".flac", ".ogg", ".opus", ".3gp", ".mp4", ".mov", ".webm",
              ".wma", ".mkv"}
CASE_EXTS = AUDIO_EXTS | MESSAGE_EXTS  # a folder's recordings, message exports and screenshots
PER_CALL_COLUMNS = ("call_time", "timezone", "jurisdiction", "language")  # Options the rows override
MANIFEST_COLUMNS = ("path", *PER_CALL_COLUMNS, "caller", "direction")
DIRECTIONS = ("incoming", "outgoing")
LOG = "batch-log.jsonl"
LOOKAHEAD = 1  # recordings decoded ahead of the one being transcribed (each one is its audio in memory)


@dataclass
class Job:
    path: Path
    name: str
    per_call: dict = field(default_factory=dict)
    where: str = ""  # how messages name it: the path, or the manifest's row
    caller: str = ""  # the number or name that called, where the manifest says
    direction: str = ""  # incoming or outgoing, where the manifest says

    def __post_init__(self) -> None:
        self.where = self.where or str(self.path)

    def analysis_options(self) -> dict:
        """What this row overrides in the analysis: the manifest's options, its caller and direction."""
        known = {"caller": self.caller, "direction": self.direction}
        return {**self.per_call, **{k: v for k, v in known.items() if v}}


@dataclass
class Outcome:
    """What one batch run did, by report name: for the case summary and the exit code."""

    analysed: list[str] = field(default_factory=list)
    already_done: list[str] = field(default_factory=list)
    duplicates: dict[str, str] = field(default_factory=dict)  # name -> the name analysed for the same bytes
    failed: dict[str, str] = field(default_factory=dict)  # name -> reason
    codes: list[int] = field(default_factory=list)  # each failure's exit code

    @property
    def exit_code(self) -> int:
        if not self.codes:
            return 0
        return 2 if all(c == 2 for c in self.codes) else 1


# What the batch tells as it goes: (job, event, detail); events: analysed, already done, duplicate, failed.
Tell = Callable[[Job, str, str], None]


def jobs_from(input_path: Path, out: Path | None = None) -> list[Job]:
    """Names by the one rule of report/files.py `report_names`, relative to the folder (or the manifest's
    folder), so a folder and a manifest listing its files name the reports alike. A folder's scan leaves
    out what the batch wrote when `out`, its output folder, is in it."""
    if input_path.is_dir():
        files = sorted(p for p in input_path.rglob("*") if p.is_file() and p.suffix.lower() in CASE_EXTS
                       and not (out and written_by_us(p, input_path, out)))
        return [Job(p, name) for p, name in zip(files, report_names(files, input_path), strict=True)]
    if input_path.is_file() and input_path.suffix.lower() == ".csv":
        return _manifest(input_path)
    raise InputError(f"{input_path}: not a folder of recordings or a .csv manifest")


def written_by_us(path: Path, folder: Path, out: Path) -> bool:
    """Anything in an output folder inside the case folder; when the two are one, the case view's CSV,
    the evidence clips and the redacted copies (a re-run would take them for the case's own files)."""
    inside = path.relative_to(folder)
    folder, out = folder.resolve(), out.resolve()
    if out != folder:
        return (folder / inside).is_relative_to(out)
    return inside.as_posix() == "findings.csv" or ".redacted." in inside.name or \
        any(part.endswith(".clips") for part in inside.parts[:-1])


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
        where = f"{path.name} line {line} ({row['path']})"
        value = {k: (row.get(k) or "").strip() for k in MANIFEST_COLUMNS}
        direction = value["direction"].lower()
        if direction and direction not in DIRECTIONS:
            raise InputError(f"{where}: direction must be incoming or outgoing, not {value['direction']!r}")
        per_call = {k: value[k] for k in PER_CALL_COLUMNS if value[k]}
        jobs.append(Job(rec, name, per_call, where, caller=value["caller"], direction=direction))
    return jobs


def run(jobs: list[Job], opts: Options, tell: Tell, executor: str = "local", address: str | None = None,
        actors: int | None = None, say: Callable[[str], None] | None = None) -> Outcome:
    """The batch on an executor of that kind. Interrupted, it is not closed (that would wait for the analysis
    in flight): its threads and Ray actors end with this process, and the next run picks up."""
    runner = make_executor(executor, opts, address=address, actors=actors, lookahead=LOOKAHEAD, announce=say)
    outcome = run_batch(jobs, opts, runner, tell)
    runner.close()
    return outcome


def run_batch(jobs: list[Job], opts: Options, executor: Executor, tell: Tell) -> Outcome:
    out, state, outcome = opts.out_dir, BatchState(opts.out_dir), Outcome()
    remove_stale_parts(out, {job.name for job in jobs})
    handed: dict[str, Job] = {}  # task key (the SHA-256) -> its job

    def settle(job: Job, sha: str, event: str, detail: str = "", code: int = 0, of: str | None = None) -> None:
        status = {"analysed": "done", "already done": "done"}.get(event, event)
        state.set(sha, job.name, job.path, status, detail, of)
        log(out, job, "ok" if event == "analysed" else status, detail)
        if event == "analysed":
            outcome.analysed.append(job.name)
        elif event == "already done":
            outcome.already_done.append(job.name)
        elif event == "duplicate":
            outcome.duplicates[job.name] = of or ""
        else:
            outcome.failed[job.name] = detail
            outcome.codes.append(code)
        tell(job, event, detail)

    def tasks() -> Iterator[Task]:
        seen: dict[str, str] = {}  # SHA-256 -> the name it is analysed under in this run
        for job in jobs:
            try:
                sha = file_sha256(job.path)
            except OSError as e:
                settle(job, "", "failed", f"{job.where}: cannot read it ({e.strerror or e})", 2)
                continue
            if sha in seen:
                settle(job, sha, "duplicate", f"the same recording as {seen[sha]}", of=seen[sha])
                continue
            seen[sha] = job.name
            if not opts.overwrite and _report_of(out, job.name) == sha:
                settle(job, sha, "already done")
                continue
            try:
                replace(opts, **job.analysis_options()).check()
            except CallguardError as e:
                settle(job, sha, "failed", f"{job.where}: {e}", e.exit_code)
                continue
            state.set(sha, job.name, job.path, "running")
            handed[sha] = job
            yield Task(sha, job.path, job.name, job.analysis_options())

    try:
        for result in run_all(executor, tasks()):
            job = handed.pop(result.key)
            if result.report is None:
                settle(job, result.key, "failed", result.error, result.exit_code)
            else:
                settle(job, result.key, "analysed", _note(result))
    finally:
        state.close()
    return outcome


def remove_stale_parts(out: Path, names: set[str]) -> None:
    """What a batch killed mid-write left: report/files.py `write_files` stages each file as `.FILE.*.tmp`
    and renames it into place, so a kill leaves no half report but may leave such a part. Only parts of
    this batch's reports, under the folder's lock (report writers stage and rename under it)."""
    with folder_lock(out):
        for part in out.glob(".*.tmp"):
            if part.name[1:].rsplit(".", 3)[0] in names:  # .NAME.FORMAT.RANDOM.tmp
                part.unlink(missing_ok=True)


def _report_of(out: Path, name: str) -> str | None:
    """The SHA-256 of the recording or message file NAME.json was made from, if a readable report is there."""
    path = out / f"{name}.json"
    if not path.is_file():
        return None
    try:
        return read_any_report(path).source.sha256
    except InputError:
        return None


def _note(result: Result) -> str:
    raw = read_raw(result.report)
    notes = [f"warning: {p}" for p in raw.get("problems", [])]
    if raw.get("status") == "no_speech":
        notes.append(NO_SPEECH)
    return "; ".join([*notes, f"report written to {result.report}"])


def log(out: Path, job: Job, status: str, detail: str = "") -> None:
    entry = {"time": datetime.now(timezone.utc).isoformat(timespec="seconds"), "path": str(job.path),
             "name": job.name, "status": status, "detail": detail}
    path = out / LOG
    start = "\n" if _torn(path) else ""  # not glued to a line a kill cut short
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(start + json.dumps(entry, ensure_ascii=False) + "\n")


def _torn(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            fh.seek(-1, os.SEEK_END)
            return fh.read(1) != b"\n"
    except OSError:  # no log yet, or an empty one
        return False


def write_summary(out: Path, jobs: list[Job], outcome: Outcome | None = None) -> Path:
    """The case view (casework/case.py) of these jobs' reports: duplicates beside the call analysed for
    them (this run's), failures named from the log."""
    latest = _latest_log(out)
    copies: dict[str, list[Path]] = {}
    by_name = {j.name: j for j in jobs}
    for name, of in (outcome.duplicates if outcome else {}).items():
        copies.setdefault(of, []).append(by_name[name].path)
    kinds = {j.name: _kind(out / f"{j.name}.json") for j in jobs}
    calls = [CaseCall(j.name, j.path, out / f"{j.name}.json", j.caller or None, j.direction or None,
                      copies.get(j.name, [])) for j in jobs if kinds[j.name] == "call"]
    texts = [CaseMessages(j.name, j.path, out / f"{j.name}.json") for j in jobs if kinds[j.name] == "messages"]
    done = {c.name for c in [*calls, *texts]}
    failed = [CaseFailure(j.name, j.path, latest[j.name].get("detail", "")) for j in jobs
              if j.name not in done and latest.get(j.name, {}).get("status") == "failed"]
    write_case_view(out, calls, texts, failed)
    return out / "index.html"


def _kind(report: Path) -> str | None:
    """"call" or "messages" for a readable report, None when there is none."""
    if not report.is_file():
        return None
    try:
        return read_raw(report).get("kind", "call")
    except InputError:
        return None


def _latest_log(out: Path) -> dict[str, dict]:
    """The latest log entry for each report name; a line a kill cut short is skipped."""
    path = out / LOG
    if not path.is_file():
        return {}
    entries = [_entry(line) for line in path.read_text(encoding="utf-8", errors="replace").splitlines()]
    return {e["name"]: e for e in entries if e}


def _entry(line: str) -> dict | None:
    try:
        entry = json.loads(line)
    except json.JSONDecodeError:
        return None
    return entry if isinstance(entry, dict) and "name" in entry else None
