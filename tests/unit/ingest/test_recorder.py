"""Caller and call time from the names phone call recorders give their files."""

from __future__ import annotations

from datetime import datetime

import pytest

from callguard import calltime
from callguard.ingest.recorder import parse


@pytest.mark.parametrize("name, caller, start, pattern", [
    ("通话录音_13812345678_20260314_223500.m4a", "13812345678", "2026-03-14 22:35:00", "zh_stock"),
    ("通话录音_张三_20260102_070501.amr", "张三", "2026-01-02 07:05:01", "zh_stock"),
    ("Call recording +1 555-010-9999_260314_223500.m4a", "+15550109999", "2026-03-14 22:35:00", "samsung"),
    ("Call recording John Smith_251231_080000.m4a", "John Smith", "2025-12-31 08:00:00", "samsung"),
    ("13812345678(13812345678)_20260314223500.mp3", "13812345678", "2026-03-14 22:35:00", "miui"),
    ("李经理(021-5555-0101)_20260201093000.mp3", "021-5555-0101".replace("-", ""), "2026-02-01 09:30:00", "miui"),
    ("13812345678 20260314223500.amr", "13812345678", "2026-03-14 22:35:00", "huawei"),
    ("花花贷客服_20260314223500.m4a", "花花贷客服", "2026-03-14 22:35:00", "huawei"),
    ("20260314_223500.123+0800_in_13812345678_Zhang.oga", "13812345678", "2026-03-14 22:35:00", "bcr"),
    ("13812345678 20260314223500", "13812345678", "2026-03-14 22:35:00", "huawei"),
])
def test_recorder_names(name, caller, start, pattern):
    got = parse(name)
    assert got is not None, name
    assert (got.caller, got.start, got.pattern) == (caller, datetime.fromisoformat(start), pattern)


def test_bcr_gives_the_direction():
    assert parse("20260314_223500_out_+15550109999.m4a").direction == "outgoing"
    assert parse("20260314_223500.000+0800_in_13812345678.m4a").direction == "incoming"
    assert parse("13812345678 20260314223500.amr").direction is None


@pytest.mark.parametrize("name", [
    "call.m4a",
    "firered_IT0011W0001.wav",
    "IMG_20260314_223500.jpg",
    "Recording_20260314223500.m4a",     # a sound recorder's memo, no caller
    "meeting 20260314223500.m4a",       # an English word is not a Huawei contact name
    "通话录音_13812345678_20261314_223500.m4a",  # month 13
    "Call recording +1 555-010-9999_260230_223500.m4a",  # 30 February
    "13812345678 2026031422350.amr",    # 13 digits, not a time
    "2026-03-14 22-35-00.m4a",
    "20260314_223500_sideways_13812345678.m4a",
])
def test_names_that_are_not_recorder_names(name):
    assert parse(name) is None


def test_time_from_the_name_is_local_time_in_the_debtors_zone():
    ct = calltime.resolve(None, None, None, "CN", datetime(2026, 3, 14, 22, 35))
    assert ct.start_from == "file_name" and ct.start.isoformat() == "2026-03-14T22:35:00+08:00"


def test_the_files_creation_time_and_the_option_come_before_the_name():
    named = datetime(2026, 3, 14, 22, 35)
    made = datetime(2026, 3, 14, 1, 0, tzinfo=calltime.timezone.utc)
    assert calltime.resolve(None, None, made, "CN", named).start_from == "metadata"
    assert calltime.resolve("2026-03-15T10:00:00+08:00", None, made, "CN", named).start_from == "option"


def test_us_name_time_without_a_timezone_is_kept_naive_and_said_so():
    ct = calltime.resolve(None, None, None, "US", datetime(2026, 3, 14, 21, 30))
    assert ct.start_from == "file_name" and ct.start.tzinfo is None and "no --timezone" in ct.note
