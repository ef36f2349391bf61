"""The HTML page a person reads: findings first, timeline, player, transcript, custody, limitations.

Self-contained: CSS and JS are inline and nothing is fetched. The player plays the original recording
(relative path from the page, then an absolute file URI). For calls up to LISTENING_MAX_S it also embeds a
small mono MP3 copy as a data: URI, tried last: the page still plays when it is mailed on its own or
when the original is in a format browsers cannot play (AMR from phone recorders). Every text goes
through Jinja2 autoescaping; a per-page CSP nonce stops any script but ours from running.
"""

from __future__ import annotations

import base64
import math
import os
import secrets
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import quote

import ffmpeg
from jinja2 import Environment, PackageLoader, select_autoescape

from callguard.ingest import LISTENING, LISTENING_MAX_S
from callguard.report.files import write_files
from callguard.report.model import FindingOut, Report
from callguard.report.reviewlog import Decision
from callguard.report.strings import (
    CONFIDENCE,
    DETECTORS,
    LABELS,
    LIMITATIONS,
    PARTY_KINDS,
    REVIEW,
    ROLE_UNCERTAIN,
    ROLES,
    UI,
    US_SCOPE,
    call_time_text,
    clock,
    page_language,
    time_note,
)
from callguard.types import CALL_LABELS

GROUP_FROM = 8  # more findings than this: shown by kind first, with counts

_env = Environment(loader=PackageLoader("callguard.report", "templates"),
                   autoescape=select_autoescape(default=True, default_for_string=True))


def render_html(report: Report, recording_path: Path, html_path: Path, embed_audio: bool | None = None,
                decisions: Mapping[int, Decision] | None = None, listening: bytes | None = None) -> str:
    """The page for `report`, showing the review `decisions` (by finding index) when given; `embed_audio`
    None means: embed a listening copy when the call is short: `listening` when ingest made it, else one
    made here."""
    html_path = Path(html_path)
    lang = page_language(report.transcript.language)
    review = decisions or {}
    if embed_audio is None:
        embed_audio = 0 < report.source.duration_s <= LISTENING_MAX_S
    findings = [_finding_view(i, f, review.get(i), lang) for i, f in enumerate(report.findings)]
    context = {
        "lang": lang, "t": UI[lang], "r": report, "nonce": secrets.token_urlsafe(16),
        "file_name": Path(report.source.path).name, "report_name": html_path.with_suffix(".json").name,
        "duration": max(report.source.duration_s, _last_end(report), 0.001),
        "clock": clock, "summary": summary(report, lang), "call_time": call_time_text(report.call.start),
        "time_note": time_note(report.call.start_from, report.call.timezone, report.call.time_note, lang),
        "sources": audio_sources(Path(recording_path), html_path.parent, embed_audio, listening),
        "findings": findings,
        "groups": by_kind(findings) if len(findings) > GROUP_FROM else [("", findings)],
        "segments": _segment_views(report, lang),
        "limitations": LIMITATIONS[lang] + ([US_SCOPE[lang]] if report.call.jurisdiction == "US" else []),
        "roles": ROLES[lang], "party_kinds": PARTY_KINDS[lang],
    }
    return _env.get_template("report.html.j2").render(context)


def write_html(report: Report, recording_path: Path, html_path: Path, embed_audio: bool | None = None,
               decisions: Mapping[int, Decision] | None = None) -> Path:
    html_path = Path(html_path)
    write_files({html_path: render_html(report, recording_path, html_path, embed_audio, decisions)})
    return html_path


def summary(report: Report, lang: str) -> str:
    t = UI[lang]
    if report.status == "no_speech":
        return t["no_speech"]
    if not report.findings:
        return t["found_none"]
    counts: dict[str, int] = {}
    for f in report.findings:
        counts[f.label] = counts.get(f.label, 0) + 1
    sep = "、" if lang == "zh" else ", "
    parts = sep.join(t["count_item"].format(name=LABELS[lang][k][0], count=n) for k, n in counts.items())
    return t["found_some"].format(n=len(report.findings), parts=parts)


def audio_sources(recording: Path, html_dir: Path, embed: bool, listening: bytes | None = None) -> list[str]:
    sources = []
    try:
        rel = os.path.relpath(recording.resolve(), html_dir.resolve())
        sources.append(quote(Path(rel).as_posix()))
    except ValueError:  # another drive on Windows: no relative path exists
        pass
    sources.append(recording.resolve().as_uri())
    if embed:
        copy = listening or listening_copy(recording)
        if copy:
            sources.append("data:audio/mpeg;base64," + base64.b64encode(copy).decode("ascii"))
    return sources


def listening_copy(recording: Path) -> bytes | None:
    """A mono 16 kHz MP3 of the recording, or None when it cannot be made (missing, unreadable)."""
    if not recording.is_file():
        return None
    stream = ffmpeg.input(str(recording)).output("pipe:", **LISTENING)
    try:
        out, _ = stream.global_args("-nostdin").run(capture_stdout=True, capture_stderr=True)
    except ffmpeg.Error:
        return None
    return out or None


def _last_end(report: Report) -> float:
    return max((s.end for s in report.transcript.segments), default=0.0)


def by_kind(views: list[dict]) -> list[tuple[str, list[dict]]]:
    """Findings grouped by kind, the most frequent kind first, each group in time order."""
    groups: dict[str, list[dict]] = {}
    for v in views:
        groups.setdefault(v["name"], []).append(v)
    return sorted(groups.items(), key=lambda kv: -len(kv[1]))


def score_text(score: float, lang: str) -> str:
    """The machine's confidence in words, with a percent rounded down: 0.995 is 99%, never "100%"."""
    word = next(w for bar, w in CONFIDENCE[lang] if score >= bar)
    return f"{word} ({math.floor(score * 100)}%)"


def _finding_view(i: int, f: FindingOut, decision: Decision | None, lang: str) -> dict:
    name, plain = LABELS[lang].get(f.label, (f.label, ""))
    state = decision.decision if decision else "pending"
    return {
        "n": i + 1, "f": f, "name": name, "plain": plain, "call_level": f.label in CALL_LABELS,
        "score": score_text(f.score, lang), "state": state, "state_name": REVIEW[lang][state], "decision": decision,
        "role": ROLES[lang].get(f.role or "unknown", f.role) + (ROLE_UNCERTAIN[lang] if f.role_uncertain else ""),
        "detectors": ", ".join(DETECTORS[lang].get(d, d) for d in f.detectors),
        "evidence_names": [DETECTORS[lang].get(e.detector, e.detector) for e in f.evidence],
    }


def _segment_views(report: Report, lang: str) -> list[dict]:
    marks: dict[int, list[int]] = {}
    for i, f in enumerate(report.findings):
        for sid in f.segment_ids:
            marks.setdefault(sid, []).append(i + 1)
    return [{"s": s, "role": ROLES[lang].get(s.role, s.role), "findings": marks.get(s.id, [])}
            for s in report.transcript.segments]
