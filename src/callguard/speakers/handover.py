"""A phone handed to someone else: a relative answers, then passes the phone to the person asked for.

Two voices can sound too alike to tell apart (two of the Mandarin voices measured 0.08-0.15 apart,
within one voice's spread), but what is said marks the change: after "我把电话给他" / "let me get her"
the next words from that side are the other person's, and within the turn, from a greeting or a name
said after the cue on ("他出来了，高鹏，你电话，喂，您好").
"""

from __future__ import annotations

from dataclasses import replace

from callguard.speakers.roles import likely_collector, matches
from callguard.text import compact
from callguard.types import Segment, Word


def split_handovers(segments: list[Segment], language: str) -> list[Segment]:
    """Segments in start order; what a speaker says after handing the phone over gets a new speaker, and what
    that new voice says after handing it back is the first one's again. The collector hands nothing over
    ("你跟他说一声" is a message for the debtor)."""
    out = sorted(segments, key=lambda s: s.start)
    caller = likely_collector(out, language)
    todo = [spk for spk in dict.fromkeys(s.speaker for s in out) if spk != caller]
    done: set[str] = set()
    while todo:
        speaker = todo.pop(0)
        done.add(speaker)
        out = _split_one(out, speaker, language)
        taker = _taker(speaker)
        if taker not in done and any(s.speaker == taker for s in out):
            todo.append(taker)
    return out


def _taker(speaker: str) -> str:
    """Who a handover gives the phone to: a new voice, or back to the one who first had it."""
    return speaker[:-1] if speaker.endswith(">") else f"{speaker}>"


def _split_one(segments: list[Segment], speaker: str, language: str) -> list[Segment]:
    mine = [i for i, s in enumerate(segments) if s.speaker == speaker]
    for n, i in enumerate(mine):
        found = {m.cue.role: m for m in matches(segments[i].text, language)}
        if "handover" not in found:
            continue
        new = _taker(speaker)
        cut = _new_voice_at(segments[i].text, found["handover"].end, language)
        if cut is not None and segments[i].words:
            before, after = _cut(segments[i], cut, language)
            rest = [replace(s, speaker=new) for s in segments[i + 1:] if s.speaker == speaker]
            others = [s for s in segments[i + 1:] if s.speaker != speaker]
            return sorted([*segments[:i], *before, *[replace(s, speaker=new) for s in after], *rest, *others],
                          key=lambda s: s.start)
        if n + 1 < len(mine):
            later = set(mine[n + 1:])
            return [replace(s, speaker=new) if k in later else s for k, s in enumerate(segments)]
        return segments
    return segments


def _new_voice_at(text: str, handed: int, language: str) -> int | None:
    """Where the person handed the phone starts speaking in the same turn: a greeting (喂, "hello") or their
    own name after the handover."""
    later = [m.start for m in matches(text, language, handed) if m.cue.role in ("pickup", "self_name")]
    return min(later, default=None)


def _cut(seg: Segment, offset: int, language: str) -> tuple[list[Segment], list[Segment]]:
    """The segment cut at the word holding character `offset` of its compact text."""
    k = _word_at(seg.words, offset, language)
    if k == 0:
        return [], [seg]
    return [_part(seg, seg.words[:k])], [_part(seg, seg.words[k:])]


def _word_at(words: list[Word], offset: int, language: str) -> int:
    for k in range(len(words)):
        if len(compact("".join(w.text for w in words[:k + 1]), language)) > offset:
            return k
    return len(words) - 1


def _part(seg: Segment, words: list[Word]) -> Segment:
    return replace(seg, start=words[0].start, end=words[-1].end, words=list(words),
                   text="".join(w.text for w in words).strip())
