"""When the call started, in the debtor's local time: from --call-time, else the file's creation_time, else
the time a phone's recorder wrote into the file name (local time already)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from callguard.errors import InputError
from callguard.types import CallTime

DEFAULT_TZ = {"CN": "Asia/Shanghai"}
_OFFSET = re.compile(r"^(?:UTC|GMT)?([+-])(\d{1,2})(?::?(\d{2}))?$", re.IGNORECASE)


def parse_timezone(value: str) -> tzinfo:
    m = _OFFSET.match(value.strip())
    if m:
        sign, hours, minutes = m.group(1), int(m.group(2)), int(m.group(3) or 0)
        if hours > 14 or minutes > 59:
            raise InputError(f"--timezone {value!r}: offset out of range")
        delta = timedelta(hours=hours, minutes=minutes)
        return timezone(-delta if sign == "-" else delta)
    try:
        return ZoneInfo(value.strip())
    except (ZoneInfoNotFoundError, ValueError):
        raise InputError(f"--timezone {value!r}: not an IANA time zone name or ±HH:MM offset") from None


def parse_call_time(value: str) -> datetime:
    text = value.strip()
    if text[-1:] in "Zz":
        text = text[:-1] + "+00:00"
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise InputError(f"--call-time {value!r}: not an ISO 8601 date and time") from None


def resolve(option: str | None, tz_option: str | None, creation_time: datetime | None,
            jurisdiction: str, name_time: datetime | None = None) -> CallTime:
    tz_name = tz_option or DEFAULT_TZ.get(jurisdiction)
    tz = parse_timezone(tz_name) if tz_name else None
    if option:
        start = parse_call_time(option)
        if start.tzinfo is None:
            if tz is None:
                return CallTime(start, "option", None, "--call-time has no UTC offset and no --timezone was given: "
                                "taken as the debtor's local time")
            start = start.replace(tzinfo=tz)
        elif tz_option:
            # the same instant read in the debtor's zone, as a UTC creation_time is: same legal result
            start = start.astimezone(tz)
            return CallTime(start, "option", tz_name, f"from --call-time ({option}), read in {tz_name}")
        return CallTime(start, "option", tz_name or _offset(start), "from --call-time")
    if creation_time is None and name_time is not None:
        return _from_name(name_time, tz, tz_name)
    if creation_time is None:
        return CallTime(None, "none", tz_name, "no --call-time and no creation_time in the file: time not checked")
    if tz is None:
        return CallTime(None, "none", None, f"the file says it was created at {creation_time.isoformat()} (UTC) but "
                        "no --timezone was given for a US call: time not checked")
    return CallTime(creation_time.astimezone(tz), "metadata", tz_name,
                    f"from the file's creation_time ({creation_time.isoformat()}), read in {tz_name}")


def _from_name(name_time: datetime, tz: tzinfo | None, tz_name: str | None) -> CallTime:
    """A recorder names the file in the phone's local time: the debtor's, unless they travelled."""
    shown = name_time.isoformat(sep=" ")
    if tz is None:
        return CallTime(name_time, "file_name", None, f"from the recorder's file name ({shown}), no --timezone "
                        "given: taken as the debtor's local time")
    return CallTime(name_time.replace(tzinfo=tz), "file_name", tz_name,
                    f"from the recorder's file name ({shown}), local time in {tz_name}")


def _offset(dt: datetime) -> str:
    return dt.strftime("%z")[:3] + ":" + dt.strftime("%z")[3:] if dt.utcoffset() is not None else ""
