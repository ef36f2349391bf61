"""Typed records passed between the pipeline's stages: ingest -> transcribe -> speakers -> detect -> report."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import numpy as np

SAMPLE_RATE = 16000

# The one vocabulary of the project (shared/docs/taxonomy.md): every module names labels and roles from here.
ROLES = ("collector", "debtor", "third_party", "unknown")
SPEAKING_ROLES = ("collector", "unknown")  # speech a finding may be about: the collector's, or unattributed
TURN_LABELS = ("THREAT", "INSULT", "THIRD_PARTY_DISCLOSURE", "IMPERSONATION", "FALSE_LEGAL_THREAT")
INCONVENIENT_TIME = "INCONVENIENT_TIME"
CALL_LABELS = (INCONVENIENT_TIME,)  # about the whole call: start and end are 0
LABELS = TURN_LABELS + CALL_LABELS

# Progress through one recording: (stage, fraction of the audio done in that stage, 0..1).
Progress = Callable[[str, float], None]


@dataclass(frozen=True)
class FileState:
    """What the original recording looked like at one moment (chain of custody)."""

    size_bytes: int
    sha256: str
    mtime: str


class Pcm16:
    """A long channel kept as 16-bit samples, half the memory of float32 (2 hours: 0.23 GB); a slice of it
    reads as float32 in [-1, 1], so the stages can take a window at a time."""

    SCALE = 32768.0

    def __init__(self, samples: np.ndarray):
        self.samples = samples

    @classmethod
    def quantize(cls, audio: np.ndarray) -> np.ndarray:
        return np.clip(np.rint(audio * cls.SCALE), -cls.SCALE, cls.SCALE - 1).astype(np.int16)

    @property
    def size(self) -> int:
        return self.samples.size

    @property
    def shape(self) -> tuple[int, ...]:
        return self.samples.shape

    def __len__(self) -> int:
        return self.samples.size

    def __getitem__(self, key: slice) -> np.ndarray:
        return np.multiply(self.samples[key], np.float32(1 / self.SCALE), dtype=np.float32)

    def __array__(self, dtype=None, copy=None) -> np.ndarray:
        return self[:] if dtype is None else self[:].astype(dtype)


@dataclass
class Recording:
    """A probed and decoded recording. `channels` holds each channel at 16 kHz, float32 in [-1, 1]; a long
    recording's as Pcm16, which reads as float32 a slice at a time."""

    path: Path
    sha256: str
    size_bytes: int
    duration_s: float
    n_channels: int
    sample_rate: int
    format: str
    codec: str
    creation_time: datetime | None
    mtime: str
    channels: list[np.ndarray | Pcm16]
    has_video: bool = False
    distinct_channels: bool = False  # two channels carrying two different voices (ingest/channels.py)
    listening: bytes | None = None  # a small MP3 of it for the HTML page (ingest.LISTENING), when asked

    @property
    def mono(self) -> np.ndarray | Pcm16:
        return self.channels[0] if len(self.channels) == 1 else self.mix()

    def mix(self, start: int = 0, end: int | None = None) -> np.ndarray:
        """Samples start..end of the channels' average, float32 (the numbers np.mean gives, without the
        stacked copy of every channel)."""
        parts = [c[start:end] for c in self.channels]
        if len(parts) == 1:
            return parts[0]
        out = parts[0] + parts[1]
        for part in parts[2:]:
            out += part
        out /= len(parts)
        return out


@dataclass(frozen=True)
class Word:
    start: float
    end: float
    text: str
    probability: float = 1.0


@dataclass
class Segment:
    """One utterance of one speaker. `speaker`/`role` are filled in by the speaker stage."""

    id: int
    start: float
    end: float
    text: str
    words: list[Word] = field(default_factory=list)
    channel: int | None = None
    speaker: str = "S1"
    role: str = "unknown"
    role_confidence: float = 0.0
    no_speech_prob: float = 0.0
    avg_logprob: float = 0.0


def numbered(segments: list[Segment]) -> list[Segment]:
    """Segments in start order with ids 0, 1, 2, ... (the one place ids are given)."""
    ordered = sorted(segments, key=lambda s: (s.start, s.channel if s.channel is not None else -1))
    for i, seg in enumerate(ordered):
        seg.id = i
    return ordered


@dataclass
class Transcript:
    language: str
    segments: list[Segment]
    language_probability: float = 1.0
    engine: str = ""
    model: str = ""
    device: str = "cpu"
    compute_type: str = ""


@dataclass
class SpeakerInfo:
    id: str
    role: str = "unknown"
    confidence: float = 0.0
    evidence: list[str] = field(default_factory=list)
    channel: int | None = None


@dataclass
class CallTime:
    """When the call started, in the debtor's local time, and where that came from."""

    start: datetime | None
    start_from: str  # option | metadata | file_name | none
    timezone: str | None
    note: str = ""


@dataclass
class Caller:
    """The number or name that called, and where that came from: option (or a manifest) | file_name."""

    value: str
    source: str


@dataclass
class CallContext:
    """Everything a detector may look at."""

    transcript: Transcript
    speakers: list[SpeakerInfo]
    jurisdiction: str  # CN | US
    call_time: CallTime

    @property
    def language(self) -> str:
        return self.transcript.language


@dataclass(frozen=True)
class Message:
    """One text message or chat screenshot: when, from whom, what it says."""

    id: int
    time: datetime | None
    sender: str
    direction: str  # received (by the phone's owner, the debtor) | sent | unknown
    text: str


@dataclass
class MessageSet:
    """A message file or a screenshot, hashed like a recording, and what could not be read in it."""

    path: Path
    sha256: str
    size_bytes: int
    format: str  # sms-xml | csv | image
    mtime: str
    messages: list[Message]
    problems: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Party:
    """Someone the collector named: an organisation, a person, a number or account they gave."""

    kind: str  # lender, agency, law_firm, court, police, prosecutor, government, person, badge, phone, account
    name: str
    segment_id: int
    start: float
    end: float
    speaker: str
    self_named: bool  # said while introducing themselves ("this is … with …", "我是…的")
    authority: bool  # presented themselves as a court, police, prosecutor, government or law firm


@dataclass
class Evidence:
    """What one detector saw, as data: which rule, which words, which turn set the context, what score.

    `template` names the wording in data/explain.yaml and `values` fills it; explain.py renders the
    words in the call's language, so the report says which rule fired without parsing sentences.
    """

    detector: str
    score: float
    template: str
    rule: str | None = None
    matched: str = ""
    cue_segment_id: int | None = None
    values: dict = field(default_factory=dict)


@dataclass
class Finding:
    label: str
    start: float
    end: float
    segment_ids: list[int]
    text: str
    score: float
    explanation: str
    detectors: list[str] = field(default_factory=list)
    speaker: str | None = None
    role: str | None = None
    legal_basis: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    role_uncertain: bool = False  # the speaker stage did not settle that this speaker is the collector
