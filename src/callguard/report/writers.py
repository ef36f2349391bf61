"""Output formats chosen by name: each turns the report into text (report/files.py writes it)."""

from __future__ import annotations

import json
from collections.abc import Callable

from callguard.report.model import Report


def report_json(report: Report) -> str:
    return json.dumps(report.model_dump(mode="json"), ensure_ascii=False, indent=1) + "\n"


def _ts(seconds: float, sep: str) -> str:
    ms = int(round(max(seconds, 0.0) * 1000))
    h, ms = divmod(ms, 3_600_000)
    m, ms = divmod(ms, 60_000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{sep}{ms:03d}"


def _cue_text(seg) -> str:
    return f"[{seg.speaker} {seg.role}] {seg.text}"


def report_srt(report: Report) -> str:
    blocks = [f"{i}\n{_ts(s.start, ',')} --> {_ts(s.end, ',')}\n{_cue_text(s)}\n"
              for i, s in enumerate(report.transcript.segments, 1)]
    return "\n".join(blocks)


def report_vtt(report: Report) -> str:
    blocks = [f"{_ts(s.start, '.')} --> {_ts(s.end, '.')}\n{_cue_text(s)}\n" for s in report.transcript.segments]
    return "WEBVTT\n\n" + "\n".join(blocks)


WRITERS: dict[str, Callable[[Report], str]] = {"json": report_json, "srt": report_srt, "vtt": report_vtt}
