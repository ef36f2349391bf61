"""Map character offsets in a segment's text to times, through the segment's word timestamps."""

from __future__ import annotations

from callguard.types import Segment


def word_offsets(seg: Segment) -> list[tuple[int, int]] | None:
    """Character span of each word within seg.text, or None when the words don't spell the text."""
    out, pos = [], 0
    for w in seg.words:
        token = w.text.strip()
        if not token:
            out.append((pos, pos))
            continue
        found = seg.text.find(token, pos)
        if found < 0 or found - pos > 3:
            return None
        out.append((found, found + len(token)))
        pos = found + len(token)
    return out


def clause_span(seg: Segment, start_char: int, end_char: int) -> tuple[float, float]:
    offsets = word_offsets(seg) if seg.words else None
    if not offsets:
        return seg.start, seg.end
    inside = [w for w, (a, b) in zip(seg.words, offsets, strict=True) if b > start_char and a < end_char]
    if not inside:
        return seg.start, seg.end
    start = inside[0].start
    return start, max(inside[-1].end, start)
