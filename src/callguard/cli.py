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
) -> None:
    """Analyse recordings and write NAME.json, NAME.html, NAME.srt and NAME.vtt into --out."""
    from callguard.pipeline import Analyzer, Options

    opts = Options(out_dir=out, jurisdiction=jurisdiction, call_time=call_time, timezone=timezone,
                   language=language, engine=engine, model=model, device=device)
    try:
        say("callguard: loading the speech model…")
        analyzer = Analyzer(opts)
    except Exception as e:  # noqa: BLE001 - every failure becomes one line and an exit code
        raise typer.Exit(fail(e)) from None
    codes = [_analyze_one(analyzer, path, i, len(recordings)) for i, path in enumerate(recordings, 1)]
    raise typer.Exit(_overall(codes))


def _analyze_one(analyzer, path: Path, i: int, n: int) -> int:
    say(f"[{i}/{n}] {path}: analysing…")
    try:
        report = analyzer.analyze(path)
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
