"""A copy safe to share: the report and the recording with ID, card, phone and account numbers masked.

Every text of the report is searched (transcript, words, findings, evidence); each span found is
replaced by a tag such as "[phone]", and the words that carry it are muted in a copy of the recording
(their word timestamps say where). The calling number is masked too, wherever it is: the report's caller,
its settings, the original's path, and the copy's own file names (phone recorders put the number in the
file name). Names are masked only when asked for. The copy records what was masked and the digests of the
originals it came from, and says it is not the original evidence; the original report and recording are
never touched.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import ffmpeg

from callguard.casework.review import recording_for
from callguard.detect.spans import word_offsets
from callguard.errors import CallguardError, InputError
from callguard.ingest import recorder
from callguard.ingest.integrity import file_sha256, file_state
from callguard.report.custody import seal
from callguard.report.files import read_report, write_files
from callguard.report.html import render_html
from callguard.report.model import Call, Masked, Provenance, Redaction, Report, SegmentOut
from callguard.report.writers import report_json
from callguard.text.numbers import Span, sensitive_spans

PAD_S = 0.05  # muted either side of the words, so no syllable of a number survives
NOTE = {
    "zh": "这是为分享而制作的脱敏副本，不是原始证据：身份证号、银行卡号、电话号码和账号已被遮盖，录音中相应位置已静音。"
          "原始报告和录音的摘要记录在 redaction 中，核验请使用原件。",
    "en": "This is a redacted copy made for sharing, not the original evidence: ID, card, phone and account "
          "numbers are masked and muted in the audio. The digests of the original report and recording are "
          "in `redaction`; verify against the originals.",
}


def masked_text(text: str, spans: list[Span]) -> str:
    for s in reversed(spans):
        text = text[:s.start] + f"[{s.kind}]" + text[s.end:]
    return text


def mask(text: str, names: tuple[str, ...]) -> str:
    return masked_text(text, sensitive_spans(text, names))


def callers(report: Report) -> list[str]:
    """The calling numbers of this call: the report's caller and one a recorder wrote into the file name."""
    named = recorder.parse(Path(report.source.path).name)
    found = [report.call.caller.value if report.call.caller else None, named.caller if named else None]
    return [c for c in found if c and recorder.NUMBER.fullmatch(c)]


def without_callers(text: str, numbers: Sequence[str], names: tuple[str, ...] = ()) -> str:
    """`text` (a caller, a path, a setting) with the calling numbers, however spaced, and any other
    number or name `mask` finds masked."""
    for number in numbers:
        digits = re.sub(r"\D", "", number)
        if len(digits) >= 3:
            text = re.sub(r"(?<!\d)\+?" + r"[ ()\-]*".join(digits) + r"(?!\d)", "[phone]", text)
    return mask(text, names)


def masked_stem(stem: str, numbers: Sequence[str], names: tuple[str, ...] = ()) -> str:
    """A file name's stem without the numbers in it, and without brackets (shells read them as patterns)."""
    return re.sub(r"\[(\w+)\]", r"\1", without_callers(stem, numbers, names))


def segment_times(seg: SegmentOut, spans: list[Span]) -> list[tuple[float, float]]:
    """When the masked characters were spoken; the whole segment when its words do not spell its text."""
    offsets = word_offsets(seg) if seg.words else None
    if not offsets:
        return [(seg.start, seg.end)] if spans else []
    out = []
    for s in spans:
        inside = [w for w, (a, b) in zip(seg.words, offsets, strict=True) if b > s.start and a < s.end]
        out.append((inside[0].start, inside[-1].end) if inside else (seg.start, seg.end))
    return out


def redacted_segment(seg: SegmentOut, spans: list[Span], names: tuple[str, ...]) -> SegmentOut:
    if not spans:
        return seg
    offsets = word_offsets(seg) or []
    words = []
    for w, (a, b) in zip(seg.words, offsets, strict=False):
        hit = next((s for s in spans if b > s.start and a < s.end), None)
        words.append(w.model_copy(update={"text": f"[{hit.kind}]" if hit else mask(w.text, names)}))
    if len(words) != len(seg.words):
        words = [w.model_copy(update={"text": mask(w.text, names)}) for w in seg.words]
    return seg.model_copy(update={"text": masked_text(seg.text, spans), "words": words})


def redact_report(report: Report, names: tuple[str, ...]) -> tuple[Report, list[Masked]]:
    """The report with every text masked, and what was masked where (times in the recording)."""
    masked, segments = [], []
    for seg in report.transcript.segments:
        spans = sensitive_spans(seg.text, names)
        for s, (a, b) in zip(spans, segment_times(seg, spans), strict=True):
            masked.append(Masked(kind=s.kind, segment_id=seg.id, start=round(max(a - PAD_S, 0.0), 3),
                                 end=round(b + PAD_S, 3)))
        segments.append(redacted_segment(seg, spans, names))
    findings = [f.model_copy(update={
        "text": mask(f.text, names), "explanation": mask(f.explanation, names),
        "evidence": [e.model_copy(update={"matched": mask(e.matched, names)}) for e in f.evidence],
        "clip": None}) for f in report.findings]
    speakers = [s.model_copy(update={"evidence": [mask(e, names) for e in s.evidence]}) for s in report.speakers]
    parties = [p.model_copy(update={"name": mask(p.name, names)}) for p in report.parties]
    transcript = report.transcript.model_copy(update={"segments": segments})
    update = {"transcript": transcript, "findings": findings, "speakers": speakers, "parties": parties,
              "call": redacted_call(report, names), "provenance": redacted_provenance(report, names)}
    return report.model_copy(update=update), masked


def redacted_call(report: Report, names: tuple[str, ...]) -> Call:
    caller = report.call.caller
    if caller is None:
        return report.call
    value = "[phone]" if recorder.NUMBER.fullmatch(caller.value) else without_callers(caller.value, (), names)
    return report.call.model_copy(update={"caller": caller.model_copy(update={"value": value})})


def redacted_provenance(report: Report, names: tuple[str, ...]) -> Provenance:
    numbers = callers(report)
    settings = {k: without_callers(v, numbers, names) if isinstance(v, str) else v
                for k, v in report.provenance.settings.items()}
    return report.provenance.model_copy(update={"settings": settings})


def mute(recording: Path, spans: list[tuple[float, float]], target: Path) -> None:
    """A FLAC copy of `recording` (same rate and channels) with `spans` silent, written atomically."""
    partial = target.with_name(f".{target.name}.part")
    when = "+".join(f"between(t,{a:.3f},{b:.3f})" for a, b in spans) or "0"
    # the volume filter switches per frame of samples: short frames keep the mute on the words' edges
    stream = ffmpeg.input(str(recording)).output(str(partial), format="flac", vn=None, map_metadata=-1,
                                                 af=f"asetnsamples=n=64,volume=enable='{when}':volume=0")
    try:
        stream.global_args("-nostdin").overwrite_output().run(quiet=True)
    except ffmpeg.Error as e:
        partial.unlink(missing_ok=True)
        detail = (e.stderr or b"").decode("utf-8", "replace").strip().splitlines()
        raise CallguardError(f"{recording}: could not write the muted copy ({detail[-1] if detail else 'ffmpeg'})"
                             ) from None
    partial.replace(target)


def redact(report_path: Path, out_dir: Path | None = None, names: tuple[str, ...] = (),
           recording: Path | None = None) -> Path:
    """Write NAME.redacted.{json,html,flac}; returns the redacted report's path."""
    report_path = Path(report_path)
    original = read_report(report_path)
    audio = Path(recording) if recording else recording_for(report_path, original)
    if not audio.is_file():
        raise InputError(f"{audio}: recording not found; pass --recording")
    if file_sha256(audio) != original.source.sha256:
        raise InputError(f"{audio}: not the recording this report was made from (sha256 differs)")
    out_dir = Path(out_dir) if out_dir else report_path.parent
    names = tuple(n for n in names if n.strip())
    stem = masked_stem(report_path.stem, callers(original), names) + ".redacted"
    paths = {ext: out_dir / f"{stem}.{ext}" for ext in ("json", "html", "flac")}
    taken = [p for p in paths.values() if p.exists()]
    if taken:
        raise InputError(f"{taken[0]}: already exists; not replacing a redacted copy")
    report, masked = redact_report(original, names)
    mute(audio, [(m.start, m.end) for m in masked], paths["flac"])
    try:
        report = seal(with_redaction(report, original, report_path, masked, paths["flac"], names))
        write_files({paths["json"]: report_json(report),
                     paths["html"]: render_html(report, paths["flac"], paths["html"])})
    except BaseException:
        paths["flac"].unlink(missing_ok=True)
        raise
    return paths["json"]


def with_redaction(report: Report, original: Report, report_path: Path, masked: list[Masked], audio: Path,
                   names: tuple[str, ...]) -> Report:
    state = file_state(audio)
    lang = "zh" if original.transcript.language == "zh" else "en"
    source = report.source.model_copy(update={"path": str(audio), "abs_path": str(audio.resolve()),
                                              "sha256": state.sha256,
                                              "size_bytes": state.size_bytes, "format": "flac", "codec": "flac",
                                              "mtime": state.mtime})
    redaction = Redaction(note=NOTE[lang], original_report=without_callers(str(report_path), callers(original), names),
                          original_report_digest=original.integrity.digest if original.integrity else None,
                          original_recording_sha256=original.source.sha256, masked=masked, names_masked=bool(names))
    return report.model_copy(update={"source": source, "redaction": redaction, "custody": None,
                                     "integrity": None, "limitations": [NOTE[lang], *report.limitations]})
