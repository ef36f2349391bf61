"""Call time: where it comes from, and the INCONVENIENT_TIME windows per jurisdiction."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from callguard import calltime
from callguard.detect.timing import CallTimeDetector
from callguard.errors import InputError
from callguard.types import CallContext, Transcript

UTC = timezone.utc


def flagged(start: str, jurisdiction: str) -> bool:
    ct = calltime.resolve(start, None, None, jurisdiction)
    ctx = CallContext(Transcript("zh", []), [], jurisdiction, ct)
    return bool(CallTimeDetector().detect(ctx))


@pytest.mark.parametrize("start, jurisdiction, expected", [
    ("2026-05-01T07:59:00+08:00", "CN", True),
    ("2026-05-01T08:00:00+08:00", "CN", False),
    ("2026-05-01T21:59:00+08:00", "CN", False),
    ("2026-05-01T22:00:00+08:00", "CN", True),
    ("2026-05-01T02:30:00+08:00", "CN", True),
    ("2026-05-01T20:59:00-05:00", "US", False),
    ("2026-05-01T21:00:00-05:00", "US", True),
    ("2026-05-01T07:45:00-07:00", "US", True),
    ("2026-05-01T12:00:00-07:00", "US", False),
])
def test_windows(start, jurisdiction, expected):
    assert flagged(start, jurisdiction) is expected


def test_metadata_read_in_default_cn_zone():
    ct = calltime.resolve(None, None, datetime(2026, 3, 14, 14, 35, tzinfo=UTC), "CN")
    assert ct.start_from == "metadata" and ct.start.isoformat() == "2026-03-14T22:35:00+08:00"


def test_us_metadata_needs_a_timezone():
    ct = calltime.resolve(None, None, datetime(2026, 3, 14, 3, 0, tzinfo=UTC), "US")
    assert ct.start is None and ct.start_from == "none" and "--timezone" in ct.note
    ct = calltime.resolve(None, "America/Chicago", datetime(2026, 1, 14, 3, 0, tzinfo=UTC), "US")
    assert ct.start.isoformat() == "2026-01-13T21:00:00-06:00"


def test_option_overrides_metadata_and_naive_times_take_the_zone():
    ct = calltime.resolve("2026-03-14T09:00:00", "-05:00", datetime(2026, 3, 14, 3, 0, tzinfo=UTC), "US")
    assert ct.start_from == "option" and ct.start.isoformat() == "2026-03-14T09:00:00-05:00"


def test_no_time_at_all():
    ct = calltime.resolve(None, None, None, "CN")
    assert ct.start is None and ct.start_from == "none"


@pytest.mark.parametrize("value", ["+5", "-05:00", "UTC+08:00", "Asia/Shanghai", "America/New_York", "+0530"])
def test_timezone_forms(value):
    assert calltime.parse_timezone(value) is not None


@pytest.mark.parametrize("value", ["Mars/Olympus", "+25:00", "five"])
def test_bad_timezones(value):
    with pytest.raises(InputError):
        calltime.parse_timezone(value)


def test_option_with_an_offset_is_read_in_the_given_zone_like_metadata():
    from_option = calltime.resolve("2026-01-01T12:00:00Z", "America/New_York", None, "US")
    from_metadata = calltime.resolve(None, "America/New_York", datetime(2026, 1, 1, 12, 0, tzinfo=UTC), "US")
    assert from_option.start.isoformat() == from_metadata.start.isoformat() == "2026-01-01T07:00:00-05:00"
    for ct in (from_option, from_metadata):
        ctx = CallContext(Transcript("en", []), [], "US", ct)
        assert [f.label for f in CallTimeDetector().detect(ctx)] == ["INCONVENIENT_TIME"]
