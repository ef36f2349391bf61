"""Offline diarization of one channel: embed short word-aligned pieces, cluster them, split segments.

Speech regions come from Whisper's word timestamps, so no separate VAD runs and every piece of audio
that gets a speaker is audio that was transcribed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import numpy as np
from threadpoolctl import threadpool_limits

from callguard.speakers import cluster, encoder
from callguard.types import SAMPLE_RATE, Segment, Word

GAP_S = 0.3  # a pause this long starts a new unit
SENTENCE_END = tuple("。？！?!.")
MAX_PIECE_S = encoder.PARTIAL_FRAMES * encoder.HOP / SAMPLE_RATE
MIN_RELIABLE_S = 0.8  # shorter pieces do not shape the clusters, they are only assigned to one


@dataclass
class Piece:
    start: float
    end: float
    words: list[int]  # indices into the flat word list

    @property
    def duration(self) -> float:
        return self.end - self.start


def flat_words(segments: list[Segment]) -> list[tuple[int, Word]]:
    """(segment index, word) in time order; a segment without word timings counts as one word."""
    out = []
    for i, seg in enumerate(segments):
        words = seg.words or [Word(seg.start, seg.end, seg.text)]
        out.extend((i, w) for w in words if w.end > w.start)
    return sorted(out, key=lambda item: item[1].start)


def units(words: list[tuple[int, Word]]) -> list[list[int]]:
    """Runs of words with no pause, segment boundary or sentence end between them."""
    runs: list[list[int]] = []
    for k, item in enumerate(words):
        if not runs or not _continues(words[k - 1], item):
            runs.append([])
        runs[-1].append(k)
    return runs


def _continues(prev: tuple[int, Word], cur: tuple[int, Word]) -> bool:
    (prev_seg, prev_word), (seg, word) = prev, cur
    return (seg == prev_seg and word.start - prev_word.end < GAP_S
            and not prev_word.text.strip().endswith(SENTENCE_END))


def pieces(words: list[tuple[int, Word]], unit: list[int]) -> list[Piece]:
    """The unit cut at word boundaries into about equal pieces no longer than the encoder's window; a
    piece too short to embed reliably joins its neighbour (a unit rarely changes speaker)."""
    start, end = words[unit[0]][1].start, words[unit[-1]][1].end
    n = max(1, int(np.ceil((end - start) / MAX_PIECE_S)))
    bounds = [start + (end - start) * i / n for i in range(1, n)]
    groups: list[list[int]] = [[] for _ in range(n)]
    for k in unit:
        w = words[k][1]
        groups[int(np.searchsorted(bounds, (w.start + w.end) / 2))].append(k)
    found = [Piece(words[g[0]][1].start, words[g[-1]][1].end, g) for g in groups if g]
    while len(found) > 1 and min(p.duration for p in found) < MIN_RELIABLE_S:
        i = min(range(len(found)), key=lambda j: found[j].duration)
        j = i - 1 if i == len(found) - 1 or (i > 0 and found[i - 1].duration < found[i + 1].duration) else i + 1
        a, b = sorted((i, j))
        found[a:b + 1] = [Piece(found[a].start, found[b].end, found[a].words + found[b].words)]
    return found


def embed_pieces(audio: np.ndarray, found: list[Piece], device: str) -> np.ndarray:
    """One embedding per piece, a batch of pieces at a time: memory stays bounded on a long recording."""
    if not found:
        return encoder.embed_partials([], device)
    # batches of about equal size: BLAS rounds a small product differently, so no batch is left small
    batch = math.ceil(len(found) / math.ceil(len(found) / encoder.BATCH))
    return np.concatenate([encoder.embed_partials(_mels(audio, found[i:i + batch]), device)
                           for i in range(0, len(found), batch)])


def _mels(audio: np.ndarray, found: list[Piece]) -> list[np.ndarray]:
    # a piece's products are small: BLAS threads starting up for each cost more than they save
    with threadpool_limits(limits=1, user_api="blas"):
        return [_piece_mel(audio, p) for p in found]


def _piece_mel(audio: np.ndarray, p: Piece) -> np.ndarray:
    per_second = SAMPLE_RATE / encoder.HOP
    total = encoder.n_frames(len(audio))
    first, last = int(p.start * per_second), int(np.ceil(p.end * per_second))
    extra = max(0, last - first - encoder.PARTIAL_FRAMES)
    first, last = first + extra // 2, last - (extra - extra // 2)  # centre crop to the window
    first = min(first, total - 1)  # word times may run past the end of the audio
    last = min(max(last, first + 1), total)
    clip = audio[first * encoder.HOP: last * encoder.HOP]
    return encoder.mel_frames(audio, first, last) * encoder.volume_gain(clip) ** 2  # mel is power: gain squared


def speaker_labels(audio: np.ndarray, segments: list[Segment], device: str = "cpu",
                   min_speakers: int = 2) -> list[tuple[int, Word, int]]:
    """(segment index, word, speaker number) for every word, speakers numbered from 0."""
    words = flat_words(segments)
    if not words:
        return []
    found = [p for u in units(words) for p in pieces(words, u)]
    emb = embed_pieces(audio, found, device)
    durations = np.array([p.duration for p in found])
    labels = cluster.cluster(emb, durations, durations >= MIN_RELIABLE_S, min_speakers)
    labels = _follow_segment(found, labels, [words[p.words[0]][0] for p in found])
    out = [0] * len(words)
    for p, label in zip(found, labels, strict=True):
        for k in p.words:
            out[k] = int(label)
    return [(seg, w, out[k]) for k, (seg, w) in enumerate(words)]


def _follow_segment(found: list[Piece], labels: np.ndarray, segment_of: list[int]) -> np.ndarray:
    """A piece too short to judge takes the speaker holding most of the rest of its Whisper segment:
    Whisper seldom runs one segment across a change of speaker, and a short piece's voice is unsure."""
    members: dict[int, list[int]] = {}
    for i, seg in enumerate(segment_of):
        members.setdefault(seg, []).append(i)
    out = labels.copy()
    for i, p in enumerate(found):
        if p.duration >= MIN_RELIABLE_S:
            continue
        speech: dict[int, float] = {}
        for j in members[segment_of[i]]:
            if j != i:
                speech[int(labels[j])] = speech.get(int(labels[j]), 0.0) + found[j].duration
        if speech and sum(speech.values()) >= p.duration:
            out[i] = max(speech, key=speech.get)
    return out


def split_segments(segments: list[Segment], labelled: list[tuple[int, Word, int]]) -> list[Segment]:
    """Each segment cut where the speaker of its words changes; speaker set to the cluster number."""
    by_segment: dict[int, list[tuple[Word, int]]] = {}
    for seg, word, label in labelled:
        by_segment.setdefault(seg, []).append((word, label))
    out = []
    for i, seg in enumerate(segments):
        runs = _runs(by_segment.get(i, []))
        if len(runs) <= 1:
            label = runs[0][1] if runs else _nearest_label(seg, labelled)
            out.append(replace(seg, speaker=str(label)))
            continue
        out.extend(_piece_segment(seg, words, str(label)) for words, label in runs)
    return out


def split_at_pauses(segments: list[Segment], min_gap: float) -> list[Segment]:
    """Segments cut wherever their words pause for min_gap seconds or more."""
    out = []
    for seg in segments:
        runs: list[list[Word]] = []
        for word in seg.words:
            if not runs or word.start - runs[-1][-1].end >= min_gap:
                runs.append([])
            runs[-1].append(word)
        if len(runs) <= 1:
            out.append(seg)
        else:
            out.extend(_piece_segment(seg, words, seg.speaker) for words in runs)
    return out


def _runs(words: list[tuple[Word, int]]) -> list[tuple[list[Word], int]]:
    runs: list[tuple[list[Word], int]] = []
    for word, label in words:
        if runs and runs[-1][1] == label:
            runs[-1][0].append(word)
        else:
            runs.append(([word], label))
    return runs


def _piece_segment(seg: Segment, words: list[Word], speaker: str) -> Segment:
    text = "".join(w.text for w in words).strip()  # English words carry their leading space
    return replace(seg, start=words[0].start, end=words[-1].end, text=text, words=list(words),
                   speaker=speaker)


def _nearest_label(seg: Segment, labelled: list[tuple[int, Word, int]]) -> int:
    if not labelled:
        return 0
    mid = (seg.start + seg.end) / 2
    return min(labelled, key=lambda item: abs((item[1].start + item[1].end) / 2 - mid))[2]
