"""The one place where the stages are chained: ingest -> transcribe -> speakers -> detect -> report."""

from __future__ import annotations

import shutil
import tempfile
import time
from contextlib import contextmanager
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from callguard import asr, calltime, ingest, speakers
from callguard.detect import default_detectors, detect
from callguard.detect.parties import parties
from callguard.errors import CallguardError, InputError
from callguard.ingest import messages, recorder
from callguard.ingest.integrity import file_state
from callguard.ingest.recorder import RecorderName
from callguard.report.build import build_message_report, build_report
from callguard.report.clips import cut_clips
from callguard.report.custody import custody, load_private_key, seal
from callguard.report.files import folder_lock, write_files
from callguard.report.html import render_html
from callguard.report.model import Report
from callguard.report.pdf import html_to_pdf
from callguard.report.reviewlog import log_path, read_decisions
from callguard.report.writers import WRITERS, report_json
from callguard.text import has_cjk
from callguard.types import (
    CallContext,
    Caller,
    CallTime,
    FileState,
    MessageSet,
    Progress,
    Recording,
    Segment,
    Transcript,
)

JURISDICTIONS = ("CN", "US")
LANGUAGES = ("auto", "zh", "en")
LANGUAGE_NAMES = {"chinese": "zh", "mandarin": "zh", "english": "en"}
DIRECTIONS = ("incoming", "outgoing")
FORMATS = ("json", "html", "srt", "vtt")
OUTPUTS = (*FORMATS, "pdf")  # every file named after the report; refreshed or removed together
NO_SPEECH = "no speech found: nothing to analyse"


def parse_formats(value: str) -> tuple[str, ...]:
    """--output-format: json, html, srt, vtt, comma-separated, or all. The JSON report is always written
    (it is the sealed record the other files are made from)."""
    asked = [v.strip().lower() for v in value.split(",") if v.strip()]
    if "all" in asked:
        return FORMATS
    bad = [v for v in asked if v not in FORMATS]
    if bad or not asked:
        raise InputError(f"--output-format must be all or some of {', '.join(FORMATS)}, not {value!r}")
    return tuple(f for f in FORMATS if f == "json" or f in asked)


def normal_language(value: str) -> str:
    low = value.strip().lower()
    return LANGUAGE_NAMES.get(low, low)


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
    formats: tuple[str, ...] = FORMATS
    clips: bool = False
    pdf: bool = False
    sign: Path | None = None
    overwrite: bool = False
    caller: str | None = None  # the number or name that called, when the user knows it
    direction: str | None = None  # incoming | outgoing

    def __post_init__(self) -> None:
        self.language = normal_language(self.language)
        self.caller = (self.caller or "").strip() or None
        self.direction = (self.direction or "").strip().lower() or None
        if self.jurisdiction is not None:
            self.jurisdiction = self.jurisdiction.strip().upper()
        if self.pdf and "html" not in self.formats:
            self.formats = (*self.formats, "html")  # the PDF is printed from the page

    @property
    def listening(self) -> bool:
        """Whether ingest makes the listening copy: the HTML page embeds it."""
        return "html" in self.formats

    def check(self) -> None:
        """Fail on bad options before any model is loaded."""
        if self.jurisdiction is not None and self.jurisdiction not in JURISDICTIONS:
            raise InputError(f"--jurisdiction must be CN or US, not {self.jurisdiction!r}")
        if self.language not in LANGUAGES:
            raise InputError(f"--language must be auto, zh or en (or Chinese, English), not {self.language!r}")
        if self.direction is not None and self.direction not in DIRECTIONS:
            raise InputError(f"--direction must be incoming or outgoing, not {self.direction!r}")
        asr.check_engine(self.engine, self.device)
        asr.model_path(self.model)
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
        with tempfile.TemporaryFile(dir=out_dir):  # a name of its own: a batch checks from two threads
            pass
    except OSError as e:
        raise InputError(f"cannot write to the output folder {out_dir}: {e.strerror or e}") from None


def outputs(out_dir: Path, name: str) -> dict[str, Path]:
    return {fmt: out_dir / f"{name}.{fmt}" for fmt in OUTPUTS}


def check_not_written(opts: Options, name: str) -> None:
    """Refuse, without --overwrite, to replace an earlier report named `name` (its NAME.json: the page,
    subtitles and print beside it are made from it, and go with it)."""
    report = outputs(opts.out_dir, name)["json"]
    if not opts.overwrite and report.exists():
        raise InputError(f"{report}: a report is already there; not replacing it (pass --overwrite to "
                         "replace it)")


@dataclass
class Prepared:
    """A recording probed, hashed and decoded ahead of its analysis (a batch decodes the next one while the
    current one is transcribed), with the time that took."""

    recording: Recording
    ingest_s: float


def prepare(path: Path, listening: bool = True) -> Prepared:
    """The ingest stage on its own: needs no model, so it can run in another thread. `listening`: make the
    HTML page's listening copy in the same decode."""
    t0 = time.perf_counter()
    rec = ingest.load(path, listening)
    if not rec.channels[0].size:
        raise InputError(f"{path}: zero-length recording, no audio to analyse")
    return Prepared(rec, time.perf_counter() - t0)


class Analyzer:
    """Loads the engine and detectors once; analyses any number of recordings."""

    def __init__(self, options: Options, threads: int | None = None):
        """`threads`: CPU threads for the speech model (default CALLGUARD_THREADS, else every core)."""
        options.check()
        self.options = options
        self.engine = asr.load_engine(options.engine, options.model, options.device, threads)
        self.detectors = default_detectors()

    def analyze(self, path: Path, name: str | None = None, progress: Progress | None = None,
                prepared: Prepared | None = None, **per_call) -> Path:
        """Analyse one recording; `per_call` overrides call_time, timezone, jurisdiction, language, caller or
        direction; `progress` is told each stage and how much of the audio it has done; `prepared`, from
        `prepare(path)`, skips the ingest stage (its audio is let go once the speakers are found)."""
        progress = progress or (lambda stage, done: None)
        opts = replace(self.options, **per_call) if per_call else self.options
        if per_call:
            opts.check()
        name = name or Path(path).stem
        check_not_written(opts, name)
        from_name = recorder.parse(Path(path).name)
        timings: dict[str, float] = {}
        progress("decoding", 0.0)
        prepared = prepared or prepare(path, opts.listening)
        rec, timings["ingest"] = prepared.recording, prepared.ingest_s
        before = FileState(rec.size_bytes, rec.sha256, rec.mtime)
        with timed(timings, "transcribe"):
            transcript = asr.transcribe(self.engine, rec, opts.language, progress)
        if not transcript.segments:
            return write_outputs(self._no_speech(rec, transcript, opts, timings, from_name), rec, before, name, opts)
        progress("finding speakers", 0.0)
        with timed(timings, "speakers"):
            transcript, people = speakers.attribute(rec, transcript, self.engine.device)
        # the audio is not needed past here, and on a long call it is most of the memory
        prepared.recording = rec = replace(rec, channels=[])
        jurisdiction = opts.jurisdiction or ("CN" if transcript.language == "zh" else "US")
        call_time = calltime.resolve(opts.call_time, opts.timezone, rec.creation_time, jurisdiction,
                                     from_name.start if from_name else None)
        ctx = CallContext(transcript, people, jurisdiction, call_time)
        progress("detecting", 0.0)
        with timed(timings, "detect"):
            findings = detect(ctx, self.detectors)
            named = parties(ctx)
        report = build_report(rec, transcript, people, call_time, jurisdiction, findings, named,
                              _settings(opts), timings, self.engine.model_sha256,
                              caller=caller_of(opts, from_name), direction=direction_of(opts, from_name))
        return write_outputs(report, rec, before, name, opts)

    def analyze_messages(self, path: Path, name: str | None = None, **per_call) -> Path:
        """A message file or screenshot: the collector's messages (those received) through the detectors that
        read words; not disclosure, which needs a known recipient, nor the call-time rule."""
        opts = replace(self.options, **per_call) if per_call else self.options
        name = name or Path(path).stem
        check_not_written(opts, name)
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
        out = outputs(opts.out_dir, name)["json"]
        with folder_lock(opts.out_dir):
            check_not_written(opts, name)
            write_files({out: report_json(report)})
        return out

    def _no_speech(self, rec: Recording, transcript, opts: Options, timings: dict[str, float],
                   from_name: RecorderName | None) -> Report:
        """Nothing was said: no language, jurisdiction or finding is guessed from silence or noise."""
        language = opts.language if opts.language != "auto" else "und"
        transcript = replace(transcript, language=language)
        call_time = calltime.resolve(opts.call_time, opts.timezone, rec.creation_time, opts.jurisdiction or "",
                                     from_name.start if from_name else None)
        return build_report(rec, transcript, [], call_time, opts.jurisdiction, [], [], _settings(opts), timings,
                            self.engine.model_sha256, status="no_speech", caller=caller_of(opts, from_name),
                            direction=direction_of(opts, from_name))


def direction_of(opts: Options, from_name: RecorderName | None) -> str | None:
    return opts.direction or (from_name.direction if from_name else None)


def caller_of(opts: Options, from_name: RecorderName | None) -> Caller | None:
    """The caller as given, else as the phone's recorder wrote it into the file name."""
    if opts.caller:
        return Caller(opts.caller, "option")
    if from_name and from_name.caller:
        return Caller(from_name.caller, "file_name")
    return None


def write_outputs(report: Report, rec: Recording, before: FileState, name: str, opts: Options) -> Path:
    """Seal and write the report's files under the output folder's lock; never replace an earlier report
    unless opts.overwrite, and remove any file of that name this run does not rewrite (it would be stale)."""
    out = opts.out_dir
    files = outputs(out, name)
    clips_dir = out / f"{name}.clips"
    clips_were_there = clips_dir.exists()
    with folder_lock(out):
        check_not_written(opts, name)
        try:
            if opts.clips:
                report = cut_clips(rec.path, report, out, pad=2.0)
            after = file_state(rec.path)
            if after != before:
                raise CallguardError(f"{rec.path}: the recording changed while it was being analysed; "
                                     "no report written")
            report = seal(report.model_copy(update={"custody": custody(before, after)}), opts.sign)
            texts = {files[fmt]: WRITERS[fmt](report) for fmt in opts.formats if fmt in WRITERS}
            if "html" in opts.formats:
                decisions = read_decisions(log_path(files["json"]), report.findings)
                texts[files["html"]] = render_html(report, rec.path, files["html"], decisions=decisions,
                                                   listening=rec.listening)
            write_files(texts)
        except BaseException:
            if not clips_were_there:
                shutil.rmtree(clips_dir, ignore_errors=True)
            raise
        for fmt, path in files.items():  # what an earlier report of this name left: it would be stale
            if path not in texts and not (fmt == "pdf" and opts.pdf):
                path.unlink(missing_ok=True)
        if opts.pdf:
            html_to_pdf(files["html"], files["pdf"])
    return files["json"]


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
