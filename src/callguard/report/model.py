"""The report as docs/contract.md fixes it. Fields beyond the contract are additions, never changes."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from callguard.types import LABELS, ROLES

Label = Literal[LABELS]
Role = Literal[ROLES]

SCHEMA_VERSION = 1


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Source(_Model):
    path: str = Field(description="the recording's path as it was given")
    abs_path: str | None = Field(default=None, description="the same path made absolute, for `verify` elsewhere")
    sha256: str
    size_bytes: int
    duration_s: float
    channels: int
    sample_rate: int
    format: str
    codec: str = ""
    creation_time: str | None = None
    mtime: str | None = None


class CallerOut(_Model):
    """The number or name that called: given (an option or a manifest's column) or read from the file name."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True, serialize_by_alias=True)

    value: str
    from_: Literal["option", "file_name"] = Field(alias="from")


class Call(_Model):
    start: str | None = Field(description="ISO 8601 local time with offset, or null")
    start_from: Literal["option", "metadata", "file_name", "none"] = Field(
        description="file_name: read from a phone recorder's file name (ingest/recorder.py)")
    jurisdiction: Literal["CN", "US"] | None = Field(description="null only when there was no speech and none "
                                                                 "was given")
    timezone: str | None = None
    time_note: str = ""
    caller: CallerOut | None = Field(default=None, description="who called, when known")
    direction: Literal["incoming", "outgoing"] | None = Field(default=None, description="as given, when known")


class WordOut(_Model):
    start: float
    end: float
    text: str


class SegmentOut(_Model):
    id: int
    start: float
    end: float
    speaker: str
    role: Role
    text: str
    role_confidence: float = 0.0
    channel: int | None = None
    words: list[WordOut] = Field(default_factory=list)


class TranscriptOut(_Model):
    language: Literal["zh", "en"] | str
    segments: list[SegmentOut]


class SpeakerOut(_Model):
    id: str
    role: Role
    confidence: float
    evidence: list[str] = Field(default_factory=list)
    channel: int | None = None


class PartyOut(_Model):
    """Someone the collector named (detect/parties.py): who called, and who they said they were."""

    kind: Literal["lender", "agency", "law_firm", "court", "police", "prosecutor", "government", "person",
                  "badge", "phone", "account"]
    name: str
    segment_id: int
    start: float
    end: float
    speaker: str
    self_named: bool = Field(description="said while introducing themselves")
    authority: bool = Field(description="presented themselves as a court, police, prosecutor, government or law firm")


class Clip(_Model):
    path: str
    sha256: str
    start: float
    end: float


class EvidenceOut(_Model):
    """What one detector saw; `explanation` says the same in words."""

    detector: str = Field(description="rules | learned | topics | persona | dialogue | calltime | call")
    rule: str | None = Field(default=None, description="the rule's id, for the rules and topic words")
    matched: str = Field(default="", description="the words the detector matched or scored")
    cue_segment_id: int | None = Field(default=None, description="the turn that set the context (who is listening)")
    score: float = 0.0


class FindingOut(_Model):
    label: Label
    start: float
    end: float
    segment_ids: list[int]
    speaker: str | None
    role: Role | None
    text: str
    score: float
    explanation: str
    legal_basis: list[str]
    detectors: list[str] = Field(default_factory=list)
    evidence: list[EvidenceOut] = Field(default_factory=list)
    clip: Clip | None = None
    role_uncertain: bool = False  # the speaker's role was not settled: findings are kept, not dropped


class FileStateOut(_Model):
    size_bytes: int
    sha256: str
    mtime: str


class Custody(_Model):
    before: FileStateOut
    after: FileStateOut
    unchanged: bool


class Provenance(_Model):
    callguard_version: str
    engine: str
    model: str
    model_sha256: str
    created_at: str
    settings: dict = Field(default_factory=dict)
    device: str = "cpu"
    compute_type: str = ""
    timings_s: dict[str, float] = Field(default_factory=dict)


class Integrity(_Model):
    algorithm: Literal["sha256"] = "sha256"
    canonicalization: str = "JSON of the report without `integrity`, keys sorted, UTF-8, no whitespace"
    digest: str = ""
    signature: str | None = None
    signature_algorithm: str | None = None
    public_key: str | None = None


class Masked(_Model):
    kind: Literal["id_number", "card", "phone", "ssn", "account", "name"]
    segment_id: int
    start: float = Field(description="muted in the redacted recording from here (seconds)")
    end: float


class Redaction(_Model):
    """Present only in a redacted copy (callguard redact): what was masked, and what it was made from."""

    note: str
    original_report: str
    original_report_digest: str | None
    original_recording_sha256: str
    masked: list[Masked] = Field(default_factory=list)
    names_masked: bool = False


class MessageOut(_Model):
    id: int
    time: str | None = Field(description="ISO 8601, in the debtor's time zone when known, or null")
    sender: str
    direction: Literal["received", "sent", "unknown"]
    text: str


class MessageSource(_Model):
    path: str
    abs_path: str | None = None
    sha256: str
    size_bytes: int
    format: Literal["sms-xml", "csv", "image"]
    mtime: str | None = None


class MessageReport(_Model):
    """The report on a message file or screenshot: each message, and the findings on the collector's.

    A finding's `segment_ids` name messages; its `start` and `end` are 0 (there is no audio)."""

    schema_version: int = SCHEMA_VERSION
    kind: Literal["messages"] = "messages"
    source: MessageSource
    language: str
    jurisdiction: Literal["CN", "US"]
    timezone: str | None = None
    messages: list[MessageOut]
    findings: list[FindingOut]
    problems: list[str] = Field(default_factory=list)
    provenance: Provenance
    custody: Custody | None = None
    disclaimer: str
    integrity: Integrity | None = None


class Report(_Model):
    schema_version: int = SCHEMA_VERSION
    status: Literal["analysed", "no_speech"] = Field(
        default="analysed", description="no_speech: nothing was said, so nothing was analysed (no findings, no "
                                        "jurisdiction guessed)")
    source: Source
    call: Call
    transcript: TranscriptOut
    speakers: list[SpeakerOut] = Field(default_factory=list)
    findings: list[FindingOut]
    parties: list[PartyOut] = Field(default_factory=list)
    provenance: Provenance
    custody: Custody | None = None
    limitations: list[str] = Field(default_factory=list)
    disclaimer: str
    redaction: Redaction | None = None
    integrity: Integrity | None = None
