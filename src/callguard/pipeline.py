"""The one place where the stages are chained: ingest -> transcribe -> speakers -> detect -> report."""

from __future__ import annotations

import shutil
import time
from contextlib import contextmanager
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from callguard import asr, calltime, ingest, speakers
from callguard.detect import default_detectors, detect
from callguard.detect.parties import parties
from callguard.errors import CallguardError, InputError
from callguard.ingest import messages
from callguard.ingest.integrity import file_state
from callguard.report.build import build_message_report, build_report
from callguard.report.clips import cut_clips
from callguard.report.custody import custody, load_private_key, seal
from callguard.report.files import write_files
from callguard.report.html import render_html
from callguard.report.model import Report
from callguard.report.pdf import html_to_pdf
from callguard.report.reviewlog import log_path, read_decisions
from callguard.report.writers import WRITERS, report_json
from callguard.text import has_cjk
from callguard.types import CallContext, CallTime, FileState, MessageSet, Recording, Segment, Transcript

JURISDICTIONS = ("CN", "US")
LANGUAGES = ("auto", "zh", "en")


@dataclass
class Options:
    out_dir: Path
    jurisdiction: str | None = None
    call_time: str | None = None
    timezone: str | None = None
    language: str = "auto"
    engine: str = "faster-whisper"
    model: str | None = None
    device: str = "auto"
    formats: tuple[str, ...] = ("json", "html", "srt", "vtt")
    clips: bool = False
    pdf: bool = False
    sign: Path | None = None

    def check(self) -> None:
        """Fail on bad options before any model is loaded."""
        if self.jurisdiction is not None and self.jurisdiction.upper() not in JURISDICTIONS:
            raise InputError(f"--jurisdiction must be CN or US, not {self.jurisdiction!r}")
        if self.language not in LANGUAGES:
            raise InputError(f"--language must be auto, zh or en, not {self.language!r}")
        if self.timezone:
            calltime.parse_timezone(self.timezone)
        if self.call_time:
            calltime.parse_call_time(self.call_time)
        check_writable(self.out_dir)
        if self.sign:
            load_private_key(self.sign)


def check_writable(out_dir: Path) -> None:
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        probe = out_dir / ".callguard-write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as e:
        raise InputError(f"cannot write to the output folder {out_dir}: {e.strerror or e}") from None


class Analyzer:
    """Loads the engine and detectors once; analyses any number of recordings."""

    def __init__(self, options: Options):
        options.check()
        self.options = options
        self.engine = asr.load_engine(options.engine, options.model, options.device)
        self.detectors = default_detectors()

    def analyze(self, path: Path, name: str | None = None, **per_call) -> Path:
        """Analyse one recording; `per_call` overrides call_time, timezone, jurisdiction or language."""
        opts = replace(self.options, **per_call) if per_call else self.options
        if per_call:
            opts.check()
        timings: dict[str, float] = {}
        with timed(timings, "ingest"):
            rec = ingest.load(path)
        before = FileState(rec.size_bytes, rec.sha256, rec.mtime)
        if not rec.channels[0].size:
            raise InputError(f"{path}: zero-length recording, no audio to analyse")
        with timed(timings, "transcribe"):
            transcript = asr.transcribe(self.engine, rec, opts.language)
        with timed(timings, "speakers"):
            transcript, people = speakers.attribute(rec, transcript, self.engine.device)
        jurisdiction = (opts.jurisdiction or ("CN" if transcript.language == "zh" else "US")).upper()
        call_time = calltime.resolve(opts.call_time, opts.timezone, rec.creation_time, jurisdiction)
        ctx = CallContext(transcript, people, jurisdiction, call_time)
        with timed(timings, "detect"):
            findings = detect(ctx, self.detectors)
            named = parties(ctx)
        report = build_report(rec, transcript, people, call_time, jurisdiction, findings, named,
                              _settings(opts), timings, self.engine.model_sha256)
        return self.write(report, rec, before, name or rec.path.stem)

    def analyze_messages(self, path: Path, name: str | None = None, **per_call) -> Path:
        """A message file or screenshot: the collector's messages (those received) through the detectors that
        read words; not disclosure, which needs a known recipient, nor the call-time rule."""
        opts = replace(self.options, **per_call) if per_call else self.options
        timings: dict[str, float] = {}
        with timed(timings, "ingest"):
            found = messages.load(path)
        before = FileState(found.size_bytes, found.sha256, found.mtime)
        language = opts.language if opts.language != "auto" else \
            ("zh" if any(has_cjk(m.text) for m in found.messages) else "en")
        jurisdiction = (opts.jurisdiction or ("CN" if language == "zh" else "US")).upper()
        tz_name = opts.timezone or calltime.DEFAULT_TZ.get(jurisdiction)
        with timed(timings, "detect"):
            ctx = message_context(found, language, jurisdiction)
            findings = detect(ctx, [d for d in self.detectors if d.name not in ("dialogue", "calltime")])
        report = build_message_report(found, language, jurisdiction,
                                      calltime.parse_timezone(tz_name) if tz_name else None, findings,
                                      _settings(opts), timings)
        after = file_state(found.path)
        if after != before:
            raise CallguardError(f"{found.path}: the file changed while it was being read; no report written")
        report = seal(report.model_copy(update={"custody": custody(before, after)}), opts.sign)
        out = self.options.out_dir / f"{name or found.path.stem}.json"
        write_files({out: report_json(report)})
        return out

    def write(self, report: Report, rec: Recording, before: FileState, stem: str) -> Path:
        out, opts = self.options.out_dir, self.options
        clips_dir = out / f"{stem}.clips"
        try:
            if opts.clips:
                report = cut_clips(rec.path, report, out, pad=2.0)
            after = file_state(rec.path)
            if after != before:
                raise CallguardError(f"{rec.path}: the recording changed while it was being analysed; "
                                     "no report written")
            report = seal(report.model_copy(update={"custody": custody(before, after)}), opts.sign)
            files = {out / f"{stem}.{fmt}": WRITERS[fmt](report) for fmt in opts.formats if fmt in WRITERS}
            if "html" in opts.formats:
                decisions = read_decisions(log_path(out / f"{stem}.json"), report.findings)
                files[out / f"{stem}.html"] = render_html(report, rec.path, out / f"{stem}.html",
                                                          decisions=decisions)
            write_files(files)
        except BaseException:
            shutil.rmtree(clips_dir, ignore_errors=True)
            raise
        if opts.pdf:
            html_to_pdf(out / f"{stem}.html", out / f"{stem}.pdf")
        return out / f"{stem}.json"


def message_context(found: MessageSet, language: str, jurisdiction: str) -> CallContext:
    """Each message as a turn: received ones are the collector's, sent ones the debtor's. The times are
    only an order, far enough apart that no two messages read as one sentence."""
    segments = [Segment(id=m.id, start=10.0 * m.id, end=10.0 * m.id + 5.0, text=m.text,
                        speaker="S2" if m.direction == "sent" else "S1",
                        role="debtor" if m.direction == "sent" else "collector", role_confidence=1.0)
                for m in found.messages]
    return CallContext(Transcript(language, segments), [], jurisdiction, CallTime(None, "none", None))


def _settings(opts: Options) -> dict:
    settings = asdict(opts)
    settings["out_dir"] = str(opts.out_dir)
    return settings


@contextmanager
def timed(timings: dict[str, float], name: str):
    t0 = time.perf_counter()
    yield
    timings[name] = time.perf_counter() - t0
