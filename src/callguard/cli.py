"""Thin command-line layer: parse options, call the pipeline, print one line per problem, exit."""

from __future__ import annotations

import os
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer

from callguard.errors import CallguardError, InputError

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  rich_markup_mode=None, context_settings={"help_option_names": ["-h", "--help"]},
                  help="Turn recordings of debt-collection calls into timestamped evidence reports.")


def _version(value: bool) -> None:
    if value:
        from callguard import __version__

        typer.echo(f"callguard {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                                help="Print the version and exit.")] = False) -> None:
    """Turn recordings of debt-collection calls into timestamped evidence reports."""


def say(msg: str) -> None:
    typer.echo(msg, err=True)


def fail(e: BaseException, where: str = "") -> int:
    prefix = f"{where}: " if where and not str(e).startswith(where) else ""
    if isinstance(e, CallguardError):
        say(f"callguard: error: {prefix}{e}")
        return e.exit_code
    if os.environ.get("CALLGUARD_DEBUG"):
        raise e
    say(f"callguard: internal error: {prefix}{type(e).__name__}: {e}")
    return 1


# The options every analysis takes, in analyze and batch alike.
OutDir = Annotated[Path, typer.Option("--out", "-o", "--output-dir", help="Folder for the reports.")]
Jurisdiction = Annotated[str | None, typer.Option(help="CN or US; default CN for Chinese speech, US for English.")]
CallTime = Annotated[str | None, typer.Option(help="When the call started (ISO 8601); overrides the file's "
                                                   "metadata. With an offset and --timezone, read in that zone.")]
Timezone = Annotated[str | None, typer.Option(help="IANA name or ±HH:MM: the debtor's time zone, to read the "
                                                   "call time in; default Asia/Shanghai for CN.")]
Language = Annotated[str, typer.Option(help="auto, zh or en (also Chinese, English; any case).")]
Engine = Annotated[str, typer.Option(help="faster-whisper or openai-whisper.")]
Model = Annotated[str | None, typer.Option(help="base (the model that ships), or a model folder (faster-whisper) "
                                                "or .pt file (openai-whisper).")]
Device = Annotated[str, typer.Option(help="auto, cpu or cuda.")]
OutputFormat = Annotated[str, typer.Option("--output-format", "-f", help="json, html, srt, vtt (comma-separated) "
                                           "or all; the JSON report is always written.")]
Overwrite = Annotated[bool, typer.Option("--overwrite", help="Replace an existing report of the same name "
                                                             "(without it, an existing report is never replaced).")]
Clips = Annotated[bool, typer.Option("--clips", help="Cut each finding (±2 s) into its own hashed audio file.")]
Pdf = Annotated[bool, typer.Option("--pdf", help="Also print the HTML report to NAME.pdf (headless Chromium).")]
Sign = Annotated[Path | None, typer.Option(help="Ed25519 private key (PEM, see `callguard keygen`) to sign the "
                                                "report with.")]
Caller = Annotated[str | None, typer.Option(help="The number or name that called (default: read from a phone "
                                                 "recorder's file name when it has one).")]
Direction = Annotated[str | None, typer.Option(help="incoming or outgoing.")]


@app.command()
def analyze(
    recordings: Annotated[list[Path], typer.Argument(help="One or more recordings (m4a, amr, mp3, wav, flac, ogg, "
                                                          "opus, 3gp, or a video with an audio track).")],
    out: OutDir,
    jurisdiction: Jurisdiction = None,
    call_time: CallTime = None,
    timezone: Timezone = None,
    language: Language = "auto",
    engine: Engine = "faster-whisper",
    model: Model = None,
    device: Device = "auto",
    output_format: OutputFormat = "all",
    overwrite: Overwrite = False,
    clips: Clips = False,
    pdf: Pdf = False,
    sign: Sign = None,
    caller: Caller = None,
    direction: Direction = None,
) -> None:
    """Analyse recordings and write NAME.json, NAME.html, NAME.srt and NAME.vtt into --out.

    Recordings that share a name get their format added (call-flac, call-wav); see the README."""
    from callguard.report.files import report_names

    opts = _options(out, jurisdiction, call_time, timezone, language, engine, model, device, output_format,
                    overwrite, clips, pdf, sign, caller=caller, direction=direction)
    jobs = [(path, name, {}, str(path)) for path, name in zip(recordings, report_names(recordings), strict=True)]
    raise typer.Exit(_run(opts, jobs))


@app.command()
def batch(
    input_path: Annotated[Path, typer.Argument(metavar="INPUT", help="A folder of recordings (searched "
                                               "recursively), or a CSV manifest with columns path[,call_time,"
                                               "timezone,jurisdiction,language,caller,direction].")],
    out: OutDir,
    jurisdiction: Jurisdiction = None,
    call_time: CallTime = None,
    timezone: Timezone = None,
    language: Language = "auto",
    engine: Engine = "faster-whisper",
    model: Model = None,
    device: Device = "auto",
    output_format: OutputFormat = "all",
    overwrite: Overwrite = False,
    clips: Clips = False,
    pdf: Pdf = False,
    sign: Sign = None,
    executor: Annotated[str, typer.Option(help="local (in this process) or ray.")] = "local",
    address: Annotated[str | None, typer.Option(help="Ray cluster address; default: start a local Ray.")] = None,
    actors: Annotated[int | None, typer.Option(help="Analysers at once, each with its own loaded model (local: "
                                                    "threads, default one per core up to 2 cores, else one per 2, "
                                                    "at most 4; ray: actors, default one per GPU, else one per 4 "
                                                    "CPU cores).")] = None,
) -> None:
    """Analyse a case's recordings; resumable: run it again after an interruption, even a kill (recordings
    already done are skipped unless --overwrite; identical files are analysed once). State in
    batch-state.sqlite; a manifest's columns override the options row by row. Writes the case view
    (index.html, summary.json, findings.csv)."""
    from callguard.casework import batch as b
    from callguard.casework.executor import check_executor
    from callguard.casework.progress import batch_progress

    opts = _options(out, jurisdiction, call_time, timezone, language, engine, model, device, output_format,
                    overwrite, clips, pdf, sign)
    try:
        check_executor(executor)
        jobs = b.jobs_from(input_path, out)
        say(f"callguard: {len(jobs)} recordings")
        with batch_progress(len(jobs), say) as tell:
            outcome = b.run(jobs, opts, tell, executor, address, actors, say)
    except Exception as e:  # noqa: BLE001
        raise typer.Exit(fail(e)) from None
    say(f"callguard: {len(jobs)} recordings: {len(outcome.analysed)} analysed, {len(outcome.already_done)} "
        f"already done, {len(outcome.duplicates)} duplicates, {len(outcome.failed)} failed")
    say(f"callguard: case view written to {b.write_summary(out, jobs, outcome)}")
    raise typer.Exit(outcome.exit_code)


def _options(out, jurisdiction, call_time, timezone, language, engine, model, device, output_format, overwrite,
             clips, pdf, sign, caller=None, direction=None):
    from callguard.pipeline import Options, parse_formats

    try:
        opts = Options(out_dir=out, jurisdiction=jurisdiction, call_time=call_time, timezone=timezone,
                       language=language, engine=engine, model=model, device=device,
                       formats=parse_formats(output_format), overwrite=overwrite, clips=clips, pdf=pdf, sign=sign,
                       caller=caller, direction=direction)
        opts.check()
    except Exception as e:  # noqa: BLE001 - every failure becomes one line and an exit code
        raise typer.Exit(fail(e)) from None
    return opts


def _run(opts, jobs: list[tuple[Path, str, dict, str]], on_done=None) -> int:
    """Check every input, then load the model once (only if something passed) and go through the
    recordings in order. `jobs`: (recording, report name, per-call options, where to say it is)."""
    from callguard.ingest.messages import is_messages
    from callguard.pipeline import Analyzer
    from callguard.report.files import read_raw

    problems: dict[int, Exception] = {}
    for index, job in enumerate(jobs):
        try:
            _precheck(opts, *job[:3])
        except Exception as e:  # noqa: BLE001
            problems[index] = e
    analyzer, ahead = None, _decode_first(opts, jobs, problems)
    if len(problems) < len(jobs):
        try:
            say("callguard: loading the speech model…")
            analyzer = Analyzer(opts)
        except Exception as e:  # noqa: BLE001
            return fail(e)
    codes, n = [], len(jobs) - len(problems)
    i = 0
    for index, (path, name, per_call, where) in enumerate(jobs):
        if index in problems:
            e = problems[index]
            codes.append(_done(index, fail(e, where), str(e), on_done))
            continue
        i += 1
        say(f"[{i}/{n}] {where}: analysing…")
        try:
            if is_messages(path):
                report = analyzer.analyze_messages(path, name=name, **per_call)
            else:
                prepared = ahead.pop(index).result() if index in ahead else None
                with progress_shown(f"[{i}/{n}] {Path(path).name}") as progress:
                    report = analyzer.analyze(path, name=name, progress=progress, prepared=prepared, **per_call)
        except Exception as e:  # noqa: BLE001
            codes.append(_done(index, fail(e, where), str(e), on_done))
            continue
        for problem in read_raw(report).get("problems", []):
            say(f"[{i}/{n}] {where}: warning: {problem}")
        note = _no_speech_note(report)
        say(f"[{i}/{n}] {where}: {note}report written to {report}")
        codes.append(_done(index, 0, note.rstrip("; "), on_done))
    return _overall(codes)


def _decode_first(opts, jobs: list, problems: dict[int, Exception]) -> dict:
    """The first recording's ingest (a subprocess decoding it) started while the model loads: {index: future}."""
    from concurrent.futures import ThreadPoolExecutor

    from callguard.ingest.messages import is_messages
    from callguard.pipeline import prepare

    first = next((k for k, job in enumerate(jobs) if k not in problems and not is_messages(job[0])), None)
    if first is None:
        return {}
    pool = ThreadPoolExecutor(1)
    ahead = {first: pool.submit(prepare, jobs[first][0], opts.listening)}
    pool.shutdown(wait=False)  # its one thread ends with the decode
    return ahead


@contextmanager
def progress_shown(label: str):
    """Progress through one recording on stderr: a rich bar (stage, percent of the audio, time left) on a
    terminal, else a plain line per stage and per tenth of the audio transcribed."""
    if sys.stderr.isatty():
        from rich.console import Console
        from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeRemainingColumn

        bar = Progress(TextColumn("{task.description}"), BarColumn(), TaskProgressColumn(), TimeRemainingColumn(),
                       console=Console(stderr=True), transient=True)
        task = bar.add_task(label, total=1.0)
        with bar:
            yield lambda stage, done: bar.update(task, description=f"{label} {stage}", completed=done, refresh=True)
        return
    shown = {"stage": "", "tenth": -1, "since": time.monotonic()}

    def plain(stage: str, done: float) -> None:
        tenth = int(done * 10)
        if stage == shown["stage"] and tenth <= shown["tenth"]:
            return
        if stage != shown["stage"]:
            shown["since"] = time.monotonic()
        shown.update(stage=stage, tenth=tenth)
        elapsed = time.monotonic() - shown["since"]
        left = f", about {_duration(elapsed / done * (1 - done))} left" if 0 < done < 1 and elapsed > 1 else ""
        say(f"{label}: {stage}" + (f" {done:.0%} of the audio{left}" if stage == "transcribing" else ""))

    yield plain


def _duration(seconds: float) -> str:
    minutes, secs = divmod(int(round(seconds)), 60)
    return f"{minutes} min {secs} s" if minutes else f"{secs} s"


def _precheck(opts, path: Path, name: str, per_call: dict) -> None:
    from dataclasses import replace

    from callguard import ingest
    from callguard.ingest.messages import is_messages
    from callguard.pipeline import check_not_written

    call_opts = replace(opts, **per_call) if per_call else opts
    call_opts.check()
    if is_messages(path):
        ingest.check_readable(Path(path))
    else:
        ingest.check(path)
    check_not_written(call_opts, name)


def _no_speech_note(report_path: Path) -> str:
    from callguard.pipeline import NO_SPEECH
    from callguard.report.files import read_raw

    return f"{NO_SPEECH}; " if read_raw(report_path).get("status") == "no_speech" else ""


def _done(index: int, code: int, detail: str, on_done) -> int:
    if on_done:
        on_done(index, code, detail)
    return code


def _overall(codes: list[int]) -> int:
    failed = [c for c in codes if c]
    if not failed:
        return 0
    return 2 if all(c == 2 for c in failed) else 1


def main() -> None:
    try:
        code = app(standalone_mode=False)
    except InputError as e:
        code = fail(e)
    except Exception as e:  # noqa: BLE001 - the parser's errors (click's, as typer vendors them)
        if not (hasattr(e, "format_message") and hasattr(e, "exit_code")):
            raise
        if type(e).__name__ == "NoArgsIsHelpError":
            typer.echo(e.ctx.get_help())
        else:  # a usage error: one plain line, the contract's exit code
            say(f"callguard: error: {e.format_message()}")
        code = e.exit_code
    except KeyboardInterrupt:
        say("callguard: interrupted")
        code = 130
    sys.exit(code if isinstance(code, int) else 0)


# Evidence commands (report/custody.py, review.py, complaint.py, report/pdf.py): thin wrappers only.

@app.command()
def verify(
    report: Annotated[Path, typer.Argument(help="The NAME.json report.")],
    recording: Annotated[Path | None, typer.Argument(help="The recording; default: the path in the report, "
                                                          "if it is still there.")] = None,
    public_key: Annotated[str | None, typer.Option("--public-key", help="The signer's public key: the NAME.pub "
                                                   "file `keygen` wrote (PEM), or its base64; the report must "
                                                   "carry a signature it verifies.")] = None,
) -> None:
    """Check the report is intact and re-hash the recording; say exactly what was proven.

    Exit 0: everything checked matches; 1: a mismatch; 2: bad usage or an unreadable report; 3: the report is
    intact but the recording could not be checked (not found). The digest shows only that the report did not
    change by accident (anyone can recompute it); only --public-key proves who signed it."""
    from callguard.report.custody import check

    try:
        result = check(report, recording, public_key)
    except Exception as e:  # noqa: BLE001
        raise typer.Exit(fail(e)) from None
    if result.problems:
        say("callguard: MISMATCH: " + "; ".join(result.problems))
    elif result.not_checked:
        typer.echo(f"NOT CHECKED: {'; '.join(result.not_checked)}; proven: {'; '.join(result.checked)}")
    else:
        typer.echo(f"OK: {'; '.join(result.checked)}")
    raise typer.Exit(result.exit_code)


@app.command()
def review(
    report: Annotated[Path, typer.Argument(help="The NAME.json report.")],
    reviewer: Annotated[str | None, typer.Option(help="Your name for the log; default $USER.")] = None,
    pending: Annotated[bool, typer.Option("--pending", help="Ask only about undecided findings.")] = False,
) -> None:
    """Confirm or reject each finding; decisions go to NAME.review.jsonl and NAME.html is refreshed."""
    from callguard.casework.review import run_review

    try:
        run_review(report, reviewer=reviewer, pending_only=pending)
    except Exception as e:  # noqa: BLE001
        raise typer.Exit(fail(e)) from None


@app.command()
def complaint(
    reports: Annotated[list[Path], typer.Argument(help="One or more reviewed NAME.json reports.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="The draft to write (Markdown).")],
    to: Annotated[str | None, typer.Option("--to", help="cn (国家金融监督管理总局, Chinese) or us (CFPB, English); "
                                                       "default: the reports' jurisdiction.")] = None,
    any_jurisdiction: Annotated[bool, typer.Option("--any-jurisdiction", help="Draft it even for reports made "
                                                   "for another jurisdiction than --to.")] = False,
) -> None:
    """Draft a complaint from confirmed findings only (exit 2 when none is confirmed). Not legal advice."""
    from callguard.casework.complaint import write_complaint

    try:
        path = write_complaint(reports, to, out, any_jurisdiction)
    except Exception as e:  # noqa: BLE001
        raise typer.Exit(fail(e)) from None
    say(f"callguard: draft written to {path}; check every line against the recording before using it")


@app.command()
def pdf(
    report: Annotated[Path, typer.Argument(help="NAME.html, or NAME.json with NAME.html beside it.")],
    out: Annotated[Path | None, typer.Option("--out", help="The PDF; default NAME.pdf beside the page.")] = None,
) -> None:
    """Print the HTML report to PDF with headless Chromium."""
    from callguard.report.pdf import html_to_pdf

    html = report.with_suffix(".html")
    try:
        path = html_to_pdf(html, out or html.with_suffix(".pdf"))
    except Exception as e:  # noqa: BLE001
        raise typer.Exit(fail(e)) from None
    say(f"callguard: PDF written to {path}")


@app.command()
def redact(
    report: Annotated[Path, typer.Argument(help="The NAME.json report.")],
    out: Annotated[Path | None, typer.Option("--out", help="Folder for the copy; default beside the report.")] = None,
    name: Annotated[list[str] | None, typer.Option("--name", help="A name to mask as well (repeat for more).")] = None,
    recording: Annotated[Path | None, typer.Option(help="The recording; default: the path in the report.")] = None,
) -> None:
    """Write a copy safe to share: NAME.redacted.{json,html,flac} with ID, card, phone and account numbers
    masked in every text and muted in the audio, the calling number masked too (in NAME as well). The original
    is never changed."""
    from callguard.casework.redact import redact as run

    try:
        path = run(report, out, tuple(name or ()), recording)
    except Exception as e:  # noqa: BLE001
        raise typer.Exit(fail(e)) from None
    say(f"callguard: redacted copy written to {path} (not the original evidence)")


@app.command()
def keygen(
    path: Annotated[Path, typer.Argument(help="Where to write the private key; the public key goes to PATH.pub.")],
) -> None:
    """Make an Ed25519 key pair for signing reports (analyze --sign PATH)."""
    from callguard.report.custody import generate_key

    try:
        public = generate_key(path)
    except Exception as e:  # noqa: BLE001
        raise typer.Exit(fail(e)) from None
    say(f"callguard: private key {path} (keep it secret), public key {path}.pub")
    typer.echo(public)


# The regulator intake (service/): the web app, its workers, its users.

user_app = typer.Typer(add_completion=False, no_args_is_help=True, help="Reviewers and admins of the service.")
app.add_typer(user_app, name="user")
DATABASE_HELP = "SQLAlchemy URL; default sqlite under $CALLGUARD_HOME/service (or $CALLGUARD_DATABASE)."


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    database: Annotated[str | None, typer.Option(help=DATABASE_HELP)] = None,
    executor: Annotated[str, typer.Option(help="local (in this process) or ray.")] = "local",
    address: Annotated[str | None, typer.Option(help="Ray cluster address; default: start a local Ray.")] = None,
    actors: Annotated[int, typer.Option(help="Ray actors, each with its own loaded model.")] = 1,
    worker: Annotated[bool, typer.Option(help="Run a worker in this process.")] = True,
) -> None:
    """Start the complaint intake web service, with one worker in the same process."""
    from callguard.service.config import Settings
    from callguard.service.run import serve as run_serve

    try:
        run_serve(Settings(database=database or ""), host, port, worker, executor, address, actors)
    except Exception as e:  # noqa: BLE001
        raise typer.Exit(fail(e)) from None


@app.command()
def worker(
    database: Annotated[str | None, typer.Option(help=DATABASE_HELP)] = None,
    executor: Annotated[str, typer.Option(help="local (in this process) or ray.")] = "local",
    address: Annotated[str | None, typer.Option(help="Ray cluster address; default: start a local Ray.")] = None,
    actors: Annotated[int, typer.Option(help="Ray actors, each with its own loaded model.")] = 1,
) -> None:
    """Analyse queued recordings of the service (same database and store as `serve`) until stopped."""
    from callguard.service.config import Settings
    from callguard.service.run import work

    try:
        work(Settings(database=database or ""), executor, address, actors)
    except Exception as e:  # noqa: BLE001
        raise typer.Exit(fail(e)) from None


@user_app.command("add")
def user_add(
    name: Annotated[str, typer.Argument(help="The user's sign-in name.")],
    role: Annotated[str, typer.Option(help="reviewer or admin.")] = "reviewer",
    database: Annotated[str | None, typer.Option(help=DATABASE_HELP)] = None,
) -> None:
    """Add a reviewer or admin; the password is read from a prompt, or from stdin when it is not a terminal."""
    from callguard.service.config import Settings
    from callguard.service.run import add_user

    try:
        if sys.stdin.isatty():
            password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
        else:
            password = sys.stdin.readline().rstrip("\r\n")
        add_user(Settings(database=database or ""), name, role, password)
    except Exception as e:  # noqa: BLE001
        raise typer.Exit(fail(e)) from None
    say(f"callguard: {role} {name} added")

