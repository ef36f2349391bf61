"""Thin command-line layer: parse options, call the pipeline, print one line per problem, exit."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from callguard.errors import CallguardError, InputError

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Turn recordings of debt-collection calls into timestamped evidence reports.")


@app.callback()
def _root() -> None:
    """Turn recordings of debt-collection calls into timestamped evidence reports."""


def say(msg: str) -> None:
    typer.echo(msg, err=True)


def fail(e: BaseException) -> int:
    if isinstance(e, CallguardError):
        say(f"callguard: error: {e}")
        return e.exit_code
    if os.environ.get("CALLGUARD_DEBUG"):
        raise e
    say(f"callguard: internal error: {type(e).__name__}: {e}")
    return 1


@app.command()
def analyze(
    recordings: Annotated[list[Path], typer.Argument(help="One or more recordings (m4a, amr, mp3, wav, flac, ogg, "
                                                          "opus, 3gp, or a video with an audio track).")],
    out: Annotated[Path, typer.Option("--out", help="Folder for the reports.")],
    jurisdiction: Annotated[str | None, typer.Option(help="CN or US; default CN for Chinese speech, US for "
                                                          "English.")] = None,
    call_time: Annotated[str | None, typer.Option(help="When the call started (ISO 8601); overrides the "
                                                       "file's metadata.")] = None,
    timezone: Annotated[str | None, typer.Option(help="IANA name or ±HH:MM to read the file's UTC creation_time "
                                                      "as local time; default Asia/Shanghai for CN.")] = None,
    language: Annotated[str, typer.Option(help="auto, zh or en.")] = "auto",
    engine: Annotated[str, typer.Option(help="faster-whisper or openai-whisper.")] = "faster-whisper",
    model: Annotated[str | None, typer.Option(help="Model folder (faster-whisper) or .pt file "
                                                   "(openai-whisper).")] = None,
    device: Annotated[str, typer.Option(help="auto, cpu or cuda.")] = "auto",
    clips: Annotated[bool, typer.Option("--clips", help="Cut each finding (±2 s) into its own hashed audio "
                                                        "file.")] = False,
    pdf: Annotated[bool, typer.Option("--pdf", help="Also print the HTML report to NAME.pdf (headless "
                                                    "Chromium).")] = False,
    sign: Annotated[Path | None, typer.Option(help="Ed25519 private key (PEM, see `callguard keygen`) to sign "
                                                   "the report with.")] = None,
) -> None:
    """Analyse recordings and write NAME.json, NAME.html, NAME.srt and NAME.vtt into --out."""
    from callguard.pipeline import Analyzer, Options

    opts = Options(out_dir=out, jurisdiction=jurisdiction, call_time=call_time, timezone=timezone,
                   language=language, engine=engine, model=model, device=device, clips=clips, pdf=pdf, sign=sign)
    try:
        opts.check()
        say("callguard: loading the speech model…")
        analyzer = Analyzer(opts)
    except Exception as e:  # noqa: BLE001 - every failure becomes one line and an exit code
        raise typer.Exit(fail(e)) from None
    codes = [_analyze_one(analyzer, path, i, len(recordings)) for i, path in enumerate(recordings, 1)]
    raise typer.Exit(_overall(codes))


@app.command()
def batch(
    input_path: Annotated[Path, typer.Argument(metavar="INPUT", help="A folder of recordings, or a CSV manifest "
                                               "with columns path[,call_time,timezone,jurisdiction,language].")],
    out: Annotated[Path, typer.Option("--out", help="Folder for the reports and the case summary.")],
    engine: Annotated[str, typer.Option(help="faster-whisper or openai-whisper.")] = "faster-whisper",
    model: Annotated[str | None, typer.Option(help="Model folder or .pt file.")] = None,
    device: Annotated[str, typer.Option(help="auto, cpu or cuda.")] = "auto",
) -> None:
    """Analyse a case's recordings; resumable: run it again after an interruption. Writes case-summary.*"""
    from callguard.casework import batch as b
    from callguard.pipeline import Analyzer, Options

    try:
        jobs = b.jobs_from(input_path)
        opts = Options(out_dir=out, engine=engine, model=model, device=device)
        opts.check()
        todo = [j for j in jobs if not b.already_done(j, out)]
        say(f"callguard: {len(jobs)} recordings, {len(jobs) - len(todo)} already done")
        analyzer = Analyzer(opts) if todo else None
    except Exception as e:  # noqa: BLE001
        raise typer.Exit(fail(e)) from None
    codes = []
    for i, job in enumerate(todo, 1):
        code = _analyze_one(analyzer, job.path, i, len(todo), name=job.name, **job.per_call)
        b.log(out, job, "ok" if code == 0 else "failed")
        codes.append(code)
    say(f"callguard: case summary written to {b.write_summary(out, jobs)}")
    raise typer.Exit(_overall(codes))


def _analyze_one(analyzer, path: Path, i: int, n: int, **kwargs) -> int:
    say(f"[{i}/{n}] {path}: analysing…")
    try:
        report = analyzer.analyze(path, **kwargs)
    except Exception as e:  # noqa: BLE001
        return fail(e)
    say(f"[{i}/{n}] {path}: report written to {report}")
    return 0


def _overall(codes: list[int]) -> int:
    failed = [c for c in codes if c]
    if not failed:
        return 0
    return 2 if all(c == 2 for c in failed) else 1


def main() -> None:
    try:
        app()
    except InputError as e:
        sys.exit(fail(e))


# Evidence commands (report/custody.py, review.py, complaint.py, report/pdf.py): thin wrappers only.

@app.command()
def verify(
    report: Annotated[Path, typer.Argument(help="The NAME.json report.")],
    recording: Annotated[Path | None, typer.Argument(help="The recording; default: the path in the report, "
                                                          "if it is still there.")] = None,
    public_key: Annotated[str | None, typer.Option("--public-key", help="Public key file (PEM) or base64; "
                                                   "the report must carry a signature it verifies.")] = None,
) -> None:
    """Check the report is intact (digest, signature, custody) and re-hash the recording. Exit 1 on a mismatch."""
    from callguard.report.custody import check

    try:
        result = check(report, recording, public_key)
    except Exception as e:  # noqa: BLE001
        raise typer.Exit(fail(e)) from None
    if result.problems:
        say("callguard: MISMATCH: " + "; ".join(result.problems))
        raise typer.Exit(1)
    unchecked = "" if any(c.startswith("recording") for c in result.checked) else \
        " (recording not checked: not found; pass RECORDING)"
    typer.echo(f"OK: {', '.join(result.checked)}{unchecked}")


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
    to: Annotated[str, typer.Option("--to", help="cn (国家金融监督管理总局, Chinese) or us (CFPB, English).")],
    out: Annotated[Path, typer.Option("--out", help="The draft to write (Markdown).")],
) -> None:
    """Draft a complaint from confirmed findings only (exit 2 when none is confirmed). Not legal advice."""
    from callguard.casework.complaint import write_complaint

    try:
        path = write_complaint(reports, to, out)
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

