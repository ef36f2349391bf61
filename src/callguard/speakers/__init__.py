"""Speaker stage: who said each segment (stereo channels or diarization) and which role they play.

    transcript, speakers = attribute(recording, transcript, device)

A transcript whose segments carry a `channel` (asr.transcribe of a recording with two distinct
channels) is attributed per channel; any other is diarized.
"""

from __future__ import annotations

from dataclasses import replace

from callguard.speakers import diarize
from callguard.speakers.crosstalk import merge_channels
from callguard.speakers.handover import split_handovers
from callguard.speakers.roles import assign_roles
from callguard.types import Recording, Segment, SpeakerInfo, Transcript, numbered

__all__ = ["assign_roles", "attribute"]

PAUSE_SPLIT_S = 1.0


def attribute(recording: Recording, transcript: Transcript,
              device: str = "cpu") -> tuple[Transcript, list[SpeakerInfo]]:
    """Segments split so none mixes two speakers, speakers S1, S2, ... in order of first appearance,
    each segment's speaker, role and role_confidence set; plus one SpeakerInfo per speaker."""
    if any(seg.channel is not None for seg in transcript.segments):
        segments = _by_channel(recording, transcript.segments, device)
    else:
        labelled = diarize.speaker_labels(recording.mono, transcript.segments, device)
        segments = diarize.split_segments(transcript.segments, labelled)
    return settle(replace(transcript, segments=segments))


def settle(transcript: Transcript) -> tuple[Transcript, list[SpeakerInfo]]:
    """After the voices are told apart: what follows a handover gets a new speaker, speakers are numbered
    and each gets a role (also how training.roles re-runs the stage on saved reports)."""
    segments, channel_of = renumber(split_handovers(transcript.segments, transcript.language))
    speakers = assign_roles(segments, transcript.language)
    for info in speakers:
        info.channel = channel_of.get(info.id)
    return replace(transcript, segments=segments), speakers


def _by_channel(recording: Recording, segments: list[Segment], device: str) -> list[Segment]:
    """Each channel is one party; a channel is only split further when it clearly holds a second voice
    (a relative who answered and then handed the phone over)."""
    # a channel's segment often runs on through the other party's turns, which are silence here
    kept = merge_channels(diarize.split_at_pauses(segments, PAUSE_SPLIT_S), recording.channels)
    out = []
    for channel, audio in enumerate(recording.channels):
        mine = [s for s in kept if (s.channel or 0) == channel]
        labelled = diarize.speaker_labels(audio, mine, device, min_speakers=1)
        out.extend(replace(s, speaker=f"{channel}:{s.speaker}") for s in diarize.split_segments(mine, labelled))
    return out


def renumber(segments: list[Segment]) -> tuple[list[Segment], dict[str, int | None]]:
    """Ids by start time; speakers renamed S1, S2, ... in order of first appearance."""
    names: dict[str, str] = {}
    channel_of: dict[str, int | None] = {}
    out = []
    for seg in numbered([replace(s) for s in segments]):
        name = names.setdefault(seg.speaker, f"S{len(names) + 1}")
        channel_of.setdefault(name, seg.channel)
        out.append(replace(seg, speaker=name))
    return out, channel_of
