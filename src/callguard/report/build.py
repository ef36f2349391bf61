"""Assemble the typed report from the stages' outputs."""

from __future__ import annotations

import os
from datetime import datetime, timezone, tzinfo

from callguard import __version__
from callguard.report.model import (
    Call,
    CallerOut,
    EvidenceOut,
    FindingOut,
    MessageOut,
    MessageReport,
    MessageSource,
    PartyOut,
    Provenance,
    Report,
    SegmentOut,
    Source,
    SpeakerOut,
    TranscriptOut,
    WordOut,
)
from callguard.types import Caller, CallTime, Finding, MessageSet, Party, Recording, SpeakerInfo, Transcript

DISCLAIMER = {
    "en": ("Findings are machine-generated leads, not legal conclusions. Check each one against the audio "
           "before relying on it. Speech recognition (Whisper) can mishear words and can invent words that "
           "were never spoken, especially in silence or noise. This report is not legal advice."),
    "zh": ("以下结果由机器自动生成，仅为线索，不构成法律结论。使用前请对照录音逐条核实。语音识别（Whisper）可能听错，"
           "也可能在静音或噪声处凭空生成从未说过的话。本报告不构成法律意见。"),
}
LIMITATIONS = [
    "Whisper can invent words that were never spoken, especially in silence, music or noise; "
    "every quoted sentence must be checked against the audio.",
    "Mandarin transcription with Whisper base has a character error rate of roughly 12-22%: homophones are "
    "confused (e.g. 逾期/预期) and names and amounts may be wrong.",
    "Speakers and roles (collector, debtor, third party) are inferred by the machine and can be wrong; "
    "a finding is only valid if the collector said it.",
    "A finding is a lead for a person to check, not a conclusion; missing findings do not prove the call "
    "was lawful.",
    "The call time is taken from --call-time, the file's metadata or the recorder's file name, which a phone "
    "may set wrongly.",
]
US_SCOPE = ("The FDCPA covers third-party debt collectors; creditors collecting their own debts are mostly "
            "outside it (state law may apply).")


def _iso(dt: datetime | None) -> str | None:
    return dt.isoformat() if dt else None


def source_of(rec: Recording) -> Source:
    return Source(path=str(rec.path), abs_path=os.path.abspath(rec.path), sha256=rec.sha256,
                  size_bytes=rec.size_bytes, duration_s=rec.duration_s, channels=rec.n_channels,
                  sample_rate=rec.sample_rate, format=rec.format, codec=rec.codec,
                  creation_time=_iso(rec.creation_time), mtime=rec.mtime)


def transcript_of(t: Transcript) -> TranscriptOut:
    segs = [SegmentOut(id=s.id, start=s.start, end=s.end, speaker=s.speaker, role=s.role, text=s.text,
                       role_confidence=round(s.role_confidence, 3), channel=s.channel,
                       words=[WordOut(start=w.start, end=w.end, text=w.text) for w in s.words])
            for s in t.segments]
    return TranscriptOut(language=t.language, segments=segs)


def finding_of(f: Finding) -> FindingOut:
    return FindingOut(label=f.label, start=round(f.start, 3), end=round(f.end, 3), segment_ids=f.segment_ids,
                      speaker=f.speaker, role=f.role, text=f.text, score=round(f.score, 3),
                      explanation=f.explanation, legal_basis=f.legal_basis, detectors=f.detectors,
                      evidence=[EvidenceOut(detector=e.detector, rule=e.rule, matched=e.matched,
                                            cue_segment_id=e.cue_segment_id, score=round(e.score, 3))
                                for e in f.evidence],
                      role_uncertain=f.role_uncertain)


def provenance(engine: str, model: str, model_sha256: str, settings: dict, timings: dict[str, float],
               device: str = "cpu", compute_type: str = "") -> Provenance:
    return Provenance(callguard_version=__version__, engine=engine, model=model, model_sha256=model_sha256,
                      created_at=datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds"),
                      settings=settings, device=device, compute_type=compute_type,
                      timings_s={k: round(v, 3) for k, v in timings.items()})


def build_message_report(found: MessageSet, language: str, jurisdiction: str, tz: tzinfo | None,
                         findings: list[Finding], settings: dict, timings: dict[str, float]) -> MessageReport:
    """Messages in time order as given; findings point at messages, with no time inside a recording."""
    def when(m) -> str | None:
        if m.time is None:
            return None
        return (m.time.astimezone(tz) if tz and m.time.tzinfo else m.time).isoformat()

    return MessageReport(
        source=MessageSource(path=str(found.path), abs_path=os.path.abspath(found.path), sha256=found.sha256,
                             size_bytes=found.size_bytes,
                             format=found.format, mtime=found.mtime),
        language=language, jurisdiction=jurisdiction, timezone=settings.get("timezone"),
        messages=[MessageOut(id=m.id, time=when(m), sender=m.sender, direction=m.direction, text=m.text)
                  for m in found.messages],
        findings=[finding_of(f).model_copy(update={"start": 0.0, "end": 0.0}) for f in findings],
        problems=found.problems,
        provenance=provenance("callguard detectors", "messages", "", settings, timings),
        disclaimer=DISCLAIMER["zh" if language == "zh" else "en"],
    )


def build_report(rec: Recording, transcript: Transcript, speakers: list[SpeakerInfo], call_time: CallTime,
                 jurisdiction: str | None, findings: list[Finding], parties: list[Party], settings: dict,
                 timings: dict[str, float], model_sha256: str, status: str = "analysed",
                 caller: Caller | None = None, direction: str | None = None) -> Report:
    limitations = LIMITATIONS + ([US_SCOPE] if jurisdiction == "US" else [])
    return Report(
        status=status,
        source=source_of(rec),
        call=Call(start=_iso(call_time.start), start_from=call_time.start_from, jurisdiction=jurisdiction,
                  timezone=call_time.timezone, time_note=call_time.note,
                  caller=CallerOut(value=caller.value, from_=caller.source) if caller else None,
                  direction=direction),
        transcript=transcript_of(transcript),
        speakers=[SpeakerOut(id=s.id, role=s.role, confidence=round(s.confidence, 3), evidence=s.evidence,
                             channel=s.channel) for s in speakers],
        findings=[finding_of(f) for f in findings],
        parties=[PartyOut(**{**vars(p), "start": round(p.start, 3), "end": round(p.end, 3)}) for p in parties],
        provenance=provenance(transcript.engine, transcript.model, model_sha256, settings, timings,
                              transcript.device, transcript.compute_type),
        limitations=limitations,
        disclaimer=DISCLAIMER["zh" if transcript.language == "zh" else "en"],
    )
