"""The case view in a batch's output folder: `index.html` (self-contained), `summary.json` and
`findings.csv` (UTF-8 with BOM, so a spreadsheet reads Chinese right).

Built from the reports alone, so it can be written again at any time; `write_case_view` is what the
batch engine calls.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from callguard.casework import chart
from callguard.detect.frequency import CallRecord, CaseFinding, frequency_findings, scope_of
from callguard.detect.timing import WINDOWS
from callguard.report.files import read_message_report, read_report, write_files
from callguard.report.model import MessageReport, Report
from callguard.report.reviewlog import log_path, read_decisions
from callguard.report.strings import LABELS, PARTY_KINDS, clock, page_language
from callguard.resources import data_yaml
from callguard.types import INCONVENIENT_TIME

CSV_COLUMNS = ("call", "kind", "call_start", "time_in_call", "start_s", "end_s", "label", "score", "quote",
               "review", "report")

_env = Environment(loader=PackageLoader("callguard.casework", "templates"),
                   autoescape=select_autoescape(default=True, default_for_string=True))


@dataclass
class CaseCall:
    name: str
    path: Path  # the recording
    report: Path  # its NAME.json
    caller: str | None = None  # as the batch knows it (a manifest's column); else the report's
    direction: str | None = None
    duplicates: list[Path] = field(default_factory=list)  # identical files analysed once, as this call


@dataclass
class CaseMessages:
    name: str
    path: Path  # the message file or screenshot
    report: Path  # its NAME.json (a message report)


@dataclass
class CaseFailure:
    name: str
    path: Path
    detail: str = ""


@dataclass
class _Call:
    case: CaseCall
    report: Report
    start: datetime | None
    caller: str | None
    direction: str | None


def write_case_view(out: Path, calls: Sequence[CaseCall], messages: Sequence[CaseMessages] = (),
                    failed: Sequence[CaseFailure] = ()) -> dict:
    """Write index.html, summary.json and findings.csv into `out`, all or none; return the summary."""
    loaded = [_load(c) for c in calls]
    texts = [(m, read_message_report(m.report)) for m in messages]
    summary = case_summary(out, loaded, texts, failed)
    write_files({out / "summary.json": json.dumps(summary, ensure_ascii=False, indent=1) + "\n",
                 out / "findings.csv": findings_csv(out, loaded, texts),
                 out / "index.html": render_index(summary)})
    return summary


def _load(call: CaseCall) -> _Call:
    report = read_report(call.report)
    start = datetime.fromisoformat(report.call.start) if report.call.start else None
    caller = call.caller or (report.call.caller.value if report.call.caller else None)
    return _Call(call, report, start, caller, call.direction or report.call.direction)


def call_records(calls: list[_Call]) -> list[CallRecord]:
    """What the frequency rules look at: a conversation is a call in which the debtor was heard."""
    return [CallRecord(c.case.name, c.start, c.report.call.jurisdiction, c.caller,
                       any(s.role == "debtor" and s.text.strip() for s in c.report.transcript.segments),
                       c.direction) for c in calls]


def case_summary(out: Path, calls: list[_Call], texts: list[tuple[CaseMessages, MessageReport]],
                 failed: Sequence[CaseFailure] = ()) -> dict:
    lang = case_language(calls, texts)
    jurisdiction = Counter(c.report.call.jurisdiction for c in calls if c.report.call.jurisdiction).most_common(1)
    jurisdiction = jurisdiction[0][0] if jurisdiction else ("CN" if lang == "zh" else "US")
    timed = sorted((c.start for c in calls if c.start), key=_wall)
    starts = [_wall(t) for t in timed]
    labels = Counter(f.label for c in calls for f in c.report.findings)
    records = call_records(calls)
    case_findings = frequency_findings(records)
    rows = [_call_row(out, c) for c in calls]
    return {
        "language": lang, "jurisdiction": jurisdiction,
        "recordings": len(calls) + len(failed) + sum(len(c.case.duplicates) for c in calls),
        "analysed": len(calls), "duplicates": sum(len(c.case.duplicates) for c in calls),
        "failed": [{"name": f.name, "path": str(f.path), "detail": f.detail} for f in failed],
        "first_call": _iso(timed[0]) if timed else None, "last_call": _iso(timed[-1]) if timed else None,
        "calls_with_known_time": len(starts),
        "most_calls_in_7_days": _most_in_days(starts, 7),
        "most_calls_in_a_day": _most_in_days(starts, 1),
        "calls_at_inconvenient_times": labels.get(INCONVENIENT_TIME, 0),
        "calls_with_findings": sum(1 for r in rows if r["labels"]),
        "findings_by_label": dict(sorted(labels.items())),
        "callers": sorted({c.caller for c in calls if c.caller}),
        "frequency_scope": scope_of(records),
        "case_findings": [_case_finding(f, lang) for f in case_findings],
        "who_called": who_called([(c.case, c.report) for c in calls]),
        "calls": rows,
        "messages": [_message_row(out, m, r) for m, r in texts],
        "timeline": timeline(rows, texts, out),
        "inconvenient_hours": list(WINDOWS.get(jurisdiction, (8, 21))),
    }


def case_language(calls: list[_Call], texts: list[tuple[CaseMessages, MessageReport]]) -> str:
    """Chinese when most of the case's calls (or, without calls, its messages) are in Chinese."""
    langs = [page_language(c.report.transcript.language) for c in calls if c.report.status == "analysed"] or \
        [page_language(r.language) for _, r in texts]
    return "zh" if langs and langs.count("zh") * 2 >= len(langs) else "en"


def who_called(reports: Sequence[tuple[object, Report]]) -> list[dict]:
    """Each number that called and each organisation, name and number the collectors gave: in which calls
    (by each item's `.name`), and whether it was presented as an authority (court, police, prosecutor,
    government, law firm). A call's number is the item's `.caller` (a manifest's), else its report's."""
    rows: dict[tuple[str, str], dict] = {}
    for call, report in reports:
        caller = call.caller or (report.call.caller.value if report.call.caller else None)
        named = [("caller", caller, False)] if caller else []
        for kind, name, authority in named + [(p.kind, p.name, p.authority) for p in report.parties]:
            row = rows.setdefault((kind, name), {"kind": kind, "name": name, "calls": [], "authority": False})
            if call.name not in row["calls"]:
                row["calls"].append(call.name)
            row["authority"] = row["authority"] or authority
    return sorted(rows.values(), key=lambda r: (-len(r["calls"]), r["kind"], r["name"]))


def _wall(t: datetime) -> datetime:
    return t.replace(tzinfo=None)


def _iso(t: datetime | None) -> str | None:
    return t.isoformat() if t else None


def _most_in_days(starts: list[datetime], days: int) -> int:
    """The most calls within `days` consecutive calendar days."""
    best = 0
    for i, t in enumerate(starts):
        last = t.date() + timedelta(days=days - 1)
        best = max(best, sum(1 for u in starts[i:] if u.date() <= last))
    return best


def _link(out: Path, report_json: Path) -> str:
    page = report_json.with_suffix(".html")
    target = page if page.is_file() else report_json
    try:
        return Path(os.path.relpath(target.resolve(), out.resolve())).as_posix()
    except ValueError:
        return target.resolve().as_uri()


def _call_row(out: Path, c: _Call) -> dict:
    r = c.report
    return {"name": c.case.name, "path": str(c.case.path), "start": r.call.start,
            "date": c.start.strftime("%Y-%m-%d") if c.start else None,
            "time": c.start.strftime("%H:%M:%S") if c.start else None,
            "duration_s": r.source.duration_s, "sha256": r.source.sha256, "status": r.status,
            "caller": c.caller, "direction": c.direction,
            "labels": sorted({f.label for f in r.findings}), "findings": len(r.findings),
            "report": _link(out, c.case.report), "duplicates": [str(p) for p in c.case.duplicates]}


def _message_row(out: Path, m: CaseMessages, r: MessageReport) -> dict:
    return {"name": m.name, "path": str(m.path), "format": r.source.format, "messages": len(r.messages),
            "findings": len(r.findings), "labels": sorted({f.label for f in r.findings}),
            "report": _link(out, m.report)}


def _case_finding(f: CaseFinding, lang: str) -> dict:
    row = asdict(f)
    row.update(first=f.first.isoformat(), last=f.last.isoformat(), explanation=f.why[lang])
    return row


def timeline(rows: list[dict], texts: list[tuple[CaseMessages, MessageReport]], out: Path) -> list[dict]:
    """Calls and messages in one time order; items with no known time come last."""
    items = [{"kind": "call", "time": r["start"], "name": r["name"], "who": r["caller"], "text": "",
              "labels": r["labels"], "report": r["report"]} for r in rows]
    for m, report in texts:
        flagged: dict[int, set[str]] = {}
        for f in report.findings:
            for sid in f.segment_ids:
                flagged.setdefault(sid, set()).add(f.label)
        items += [{"kind": "message", "time": msg.time, "name": m.name, "who": msg.sender, "text": msg.text,
                   "direction": msg.direction, "labels": sorted(flagged.get(msg.id, ())),
                   "report": _link(out, m.report)} for msg in report.messages]
    return sorted(items, key=lambda i: (i["time"] is None, _sort_time(i["time"])))


def _sort_time(value: str | None) -> str:
    if not value:
        return ""
    try:
        return datetime.fromisoformat(value).replace(tzinfo=None).isoformat()
    except ValueError:
        return value


def findings_csv(out: Path, calls: list[_Call], texts: list[tuple[CaseMessages, MessageReport]]) -> str:
    """One row per finding, with its review state; a BOM first so spreadsheets take it as UTF-8."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for c in calls:
        decisions = read_decisions(log_path(c.case.report), c.report.findings)
        for i, f in enumerate(c.report.findings):
            state = decisions[i].decision if i in decisions else "pending"
            writer.writerow([c.case.name, "call", c.report.call.start or "", clock(f.start), f.start, f.end,
                             f.label, f.score, f.text, state, _link(out, c.case.report)])
    for m, report in texts:
        decisions = read_decisions(log_path(m.report), report.findings)
        for i, f in enumerate(report.findings):
            when = next((msg.time for msg in report.messages if msg.id in f.segment_ids), None)
            writer.writerow([m.name, "message", when or "", "", "", "", f.label, f.score, f.text,
                             decisions[i].decision if i in decisions else "pending", _link(out, m.report)])
    return "\ufeff" + buf.getvalue()


def render_index(summary: dict) -> str:
    lang = summary["language"]
    t = data_yaml("callguard", "data/case_view.yaml")[lang]
    a, b = summary["inconvenient_hours"]
    context = {"s": summary, "t": t, "lang": lang, "labels": LABELS[lang], "party_kinds": PARTY_KINDS[lang],
               "clock": clock, "by_name": {r["name"]: r for r in summary["calls"]},
               "by_date": chart.by_date(summary["calls"], a, b, t["chart_date"]),
               "by_hour": chart.by_hour(summary["calls"], a, b, t["chart_hour"]),
               "inconvenient": t["inconvenient"].format(a=a, b=b)}
    return _env.get_template("case.html.j2").render(context)
