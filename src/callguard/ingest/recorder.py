"""Who called and when, from the names phone call recorders give their files (data/recorders.yaml).

The time in a recorder's file name is the phone's local time when the call started, so it is kept
naive here; calltime.resolve reads it in the debtor's time zone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path

from callguard.resources import data_yaml

NUMBER = re.compile(r"\+?[\d ()\-]{3,24}")


@dataclass(frozen=True)
class RecorderName:
    caller: str | None  # a phone number (spaces and dashes removed) or a contact name
    start: datetime  # naive: the phone's local time
    pattern: str  # which recorder's naming scheme matched (data/recorders.yaml id)
    direction: str | None = None  # incoming | outgoing, where the recorder writes it


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern]]:
    return [(p["id"], re.compile(p["regex"])) for p in data_yaml("callguard", "data/recorders.yaml")["patterns"]]


def parse(file_name: str) -> RecorderName | None:
    """The caller and call time a recorder wrote into `file_name` (with or without its extension),
    or None when no known naming scheme fits or the date in it is not a real one."""
    stem = Path(file_name).stem if Path(file_name).suffix[1:].isalnum() else file_name
    for pattern_id, regex in _patterns():
        m = regex.fullmatch(stem.strip())
        start = _start(m.groupdict()) if m else None
        if start:
            g = m.groupdict()
            return RecorderName(caller_text(g.get("caller")), start, pattern_id,
                                {"in": "incoming", "out": "outgoing"}.get(g.get("direction") or ""))
    return None


def caller_text(raw: str | None) -> str | None:
    """A number without its spaces, dashes and brackets (so one number is one caller); a name as written."""
    text = (raw or "").strip()
    if not text:
        return None
    if NUMBER.fullmatch(text):
        return re.sub(r"[ ()\-]", "", text)
    return text


def _start(g: dict) -> datetime | None:
    year = int(g["y"]) if g.get("y") else 2000 + int(g["yy"])
    try:
        return datetime(year, int(g["mo"]), int(g["d"]), int(g["h"]), int(g["mi"]), int(g["s"]))
    except ValueError:
        return None
