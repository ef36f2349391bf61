"""Inline SVG bar charts for the case view: calls by date and by hour of day, the calls at inconvenient
hours in red. Plain SVG text, so the page needs no script and fetches nothing."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta
from html import escape

from markupsafe import Markup

RED, BLUE, SHADE, INK, MUTED = "#c62828", "#3b6ea8", "#fbe3e3", "#1b1f24", "#5b6470"
MAX_DAYS = 366  # beyond a year of days, bars become hairlines; the table still lists every call
HEIGHT, TOP, BOTTOM, LEFT = 150, 24, 34, 30


def is_inconvenient(hour: int, allowed_from: int, allowed_until: int) -> bool:
    return not allowed_from <= hour < allowed_until


def _starts(rows: list[dict]) -> list[datetime]:
    return [datetime.fromisoformat(r["start"]).replace(tzinfo=None) for r in rows if r.get("start")]


def by_date(rows: list[dict], allowed_from: int, allowed_until: int, title: str) -> Markup:
    starts = _starts(rows)
    if not starts:
        return Markup("")
    first = min(starts).date()
    days = min((max(starts).date() - first).days + 1, MAX_DAYS)
    odd = Counter(t.date() for t in starts if is_inconvenient(t.hour, allowed_from, allowed_until))
    every = Counter(t.date() for t in starts)
    labels = [first + timedelta(days=i) for i in range(days)]
    bars = [(every[d] - odd[d], odd[d]) for d in labels]
    return _chart(title, [d.strftime("%m-%d") for d in labels], bars, [False] * days, "by-date",
                  label_every=max(1, days // 12), tips=[d.isoformat() for d in labels])


def by_hour(rows: list[dict], allowed_from: int, allowed_until: int, title: str) -> Markup:
    starts = _starts(rows)
    if not starts:
        return Markup("")
    counts = Counter(t.hour for t in starts)
    odd = [is_inconvenient(h, allowed_from, allowed_until) for h in range(24)]
    bars = [(0, counts[h]) if odd[h] else (counts[h], 0) for h in range(24)]
    return _chart(title, [f"{h:02d}" for h in range(24)], bars, odd, "by-hour", label_every=2,
                  tips=[f"{h:02d}:00–{h:02d}:59" for h in range(24)])


def _chart(title: str, labels: list[str], bars: list[tuple[int, int]], shaded: list[bool], css_id: str,
           label_every: int, tips: list[str]) -> Markup:
    """Stacked bars (ordinary, inconvenient) with a shaded band behind the marked columns."""
    width = max(560, LEFT + 14 * len(labels))
    slot = (width - LEFT - 6) / len(labels)
    bar = min(slot * 0.7, 36.0)
    top = max(1, max(a + b for a, b in bars))
    scale = (HEIGHT - TOP - BOTTOM) / top
    base = HEIGHT - BOTTOM
    parts = [f'<svg id="{css_id}" class="chart" role="img" viewBox="0 0 {width} {HEIGHT}" width="100%" '
             f'xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>',
             f'<text x="{LEFT}" y="14" font-size="12" fill="{INK}">{escape(title)}</text>',
             f'<line x1="{LEFT}" y1="{base}" x2="{width - 4}" y2="{base}" stroke="{MUTED}"/>',
             f'<text x="{LEFT - 4}" y="{TOP + 4}" font-size="10" fill="{MUTED}" text-anchor="end">{top}</text>']
    for i, ((plain, odd), label, shade, tip) in enumerate(zip(bars, labels, shaded, tips, strict=True)):
        x = LEFT + i * slot
        if shade:
            parts.append(f'<rect class="shade" x="{x:.1f}" y="{TOP}" width="{slot:.1f}" height="{base - TOP}" '
                         f'fill="{SHADE}"/>')
        y = base
        for n, colour, cls in ((plain, BLUE, "bar"), (odd, RED, "bar odd")):
            if n:
                h = n * scale
                y -= h
                parts.append(f'<rect class="{cls}" x="{x + (slot - bar) / 2:.1f}" y="{y:.1f}" width="{bar:.1f}" '
                             f'height="{h:.1f}" fill="{colour}"><title>{escape(tip)}: {n}</title></rect>')
        if plain + odd:
            parts.append(f'<text x="{x + slot / 2:.1f}" y="{y - 3:.1f}" font-size="9" fill="{INK}" '
                         f'text-anchor="middle">{plain + odd}</text>')
        if i % label_every == 0:
            parts.append(f'<text x="{x + slot / 2:.1f}" y="{base + 14}" font-size="10" fill="{MUTED}" '
                         f'text-anchor="middle">{escape(label)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
