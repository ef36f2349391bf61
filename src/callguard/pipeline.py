"""The one place where the stages are chained: ingest -> transcribe -> speakers -> detect -> report."""

from __future__ import annotations

import shutil
import time
from contextlib import contextmanager
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from callguard import calltime, ingest, speakers
from callguard.asr import load_engine
from callguard.detect import default_detectors, detect
from callguard.errors import CallguardError, InputError
from callguard.integrity import file_state
from callguard.report.build import build_report
from callguard.report.clips import cut_clips
from callguard.report.custody import custody, load_private_key, seal
from callguard.report.html import render_html
from callguard.report.model import Report
from callguard.report.pdf import html_to_pdf
from callguard.report.writers import WRITERS, write_all
from callguard.types import CallContext, FileState, Recording, Transcript

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
        self.engine = load_engine(options.engine, options.model, options.device)
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
            transcript, per_channel = self.transcribe(rec, opts.language)
        with timed(timings, "speakers"):
            transcript, people = speakers.attribute(rec, transcript, per_channel, self.engine.device)
        jurisdiction = (opts.jurisdiction or ("CN" if transcript.language == "zh" else "US")).upper()
        call_time = calltime.resolve(opts.call_time, opts.timezone, rec.creation_time, jurisdiction)
        ctx = CallContext(transcript, people, jurisdiction, call_time)
        with timed(timings, "detect"):
            findings = detect(ctx, self.detectors)
        report = build_report(rec, transcript, people, call_time, jurisdiction, findings,
                              _settings(opts), timings, self.engine.model_sha256)
        return self.write(report, rec, before, name or rec.path.stem)

    def transcribe(self, rec: Recording, language: str) -> tuple[Transcript, bool]:
        if language == "auto":
            language, _ = self.engine.detect_language(rec.mono)
        if len(rec.channels) == 2 and speakers.channels_distinct(rec):
            parts = [self.engine.transcribe(ch, language) for ch in rec.channels]
            for channel, part in enumerate(parts):
                for seg in part.segments:
                    seg.channel = channel
            merged = sorted((s for p in parts for s in p.segments), key=lambda s: s.start)
            for i, seg in enumerate(merged):
                seg.id = i
            return _with_segments(parts[0], merged), True
        return self.engine.transcribe(rec.mono, language), False

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
                files[out / f"{stem}.html"] = render_html(report, rec.path, out / f"{stem}.html")
            write_all(files)
        except BaseException:
            shutil.rmtree(clips_dir, ignore_errors=True)
            raise
        if opts.pdf:
            html_to_pdf(out / f"{stem}.html", out / f"{stem}.pdf")
        return out / f"{stem}.json"


def _settings(opts: Options) -> dict:
    settings = asdict(opts)
    settings["out_dir"] = str(opts.out_dir)
    return settings


def _with_segments(t: Transcript, segments) -> Transcript:
    return Transcript(language=t.language, segments=list(segments), language_probability=t.language_probability,
                      engine=t.engine, model=t.model, device=t.device, compute_type=t.compute_type)


@contextmanager
def timed(timings: dict[str, float], name: str):
    t0 = time.perf_counter()
    yield
    timings[name] = time.perf_counter() - t0
