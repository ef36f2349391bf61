"""Frequency rules across the calls of a case, on tables built to trip them and built not to."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from callguard.detect.frequency import CallRecord, frequency_findings, scope_of

DAY = datetime(2026, 3, 2, 10, 0)


def calls(offsets_h, jurisdiction="US", caller=None, conversation=(), direction=None):
    """One call per offset (hours after DAY), named c0, c1, …; conversation: indexes where the debtor spoke."""
    return [CallRecord(f"c{i}", DAY + timedelta(hours=h), jurisdiction, caller, i in conversation, direction)
            for i, h in enumerate(offsets_h)]


def rules_hit(records):
    return [f.rule for f in frequency_findings(records)]


def test_exactly_seven_in_seven_days_does_not_trip():
    assert rules_hit(calls([24 * d for d in range(7)])) == []


def test_eight_in_seven_days_trips_once():
    found = frequency_findings(calls([24 * d for d in range(6)] + [24 * 6 + 1, 24 * 6 + 2]))
    assert [f.rule for f in found] == ["us_reg_f_7_in_7"]
    assert found[0].calls == [f"c{i}" for i in range(8)] and "8 calls" in found[0].why["en"]
    assert found[0].scope == "case" and found[0].caller is None


def test_eight_calls_over_eight_days_do_not_trip():
    # day one to day eight: no 7 consecutive days hold more than 7 of them
    assert rules_hit(calls([24 * d for d in range(8)])) == []


def test_the_calls_the_debtor_made_are_not_attempts():
    made = calls([h for h in range(8)], direction="outgoing")
    assert rules_hit(made) == []


def test_a_call_within_seven_days_after_a_conversation_trips():
    found = frequency_findings(calls([0, 24 * 6 + 5], conversation={0}))
    assert [f.rule for f in found] == ["us_reg_f_after_conversation"]
    assert found[0].calls == ["c0", "c1"] and found[0].why["en"].startswith("1 more calls")


def test_a_call_on_the_eighth_day_after_a_conversation_does_not_trip():
    assert rules_hit(calls([0, 24 * 7], conversation={0})) == []


def test_calls_without_a_conversation_do_not_trip_the_conversation_rule():
    assert rules_hit(calls([0, 1, 2])) == []


def test_cn_seven_a_day_trips_six_does_not():
    assert rules_hit(calls([1, 2, 3, 4, 5, 6], "CN")) == []
    found = frequency_findings(calls([1, 2, 3, 4, 5, 6, 7], "CN"))
    assert [f.rule for f in found] == ["cn_more_than_6_a_day"] and "7 calls on 2026-03-02" in found[0].why["en"]


def test_cn_seven_across_midnight_is_two_days_not_one():
    # 10:00 + 8h … : 18:00, 19:00, 20:00, 21:00 on day one, then 08:00, 09:00, 10:00 next day
    assert "cn_more_than_6_a_day" not in rules_hit(calls([8, 9, 10, 11, 22, 23, 24], "CN"))


@pytest.mark.parametrize("hour, night", [(21, False), (22, True), (23, True), (3, True), (7, True), (8, False)])
def test_cn_night_window_boundaries(hour, night):
    record = CallRecord("c", datetime(2026, 3, 2, hour, 59 if hour in (7, 21) else 0), "CN")
    assert (rules_hit([record]) == ["cn_night_calls"]) is night


def test_per_caller_when_every_caller_is_known():
    a = calls([24 * d for d in range(5)], caller="+15550100001")
    b = [CallRecord(f"b{i}", c.start + timedelta(minutes=30), "US", "+15550100002") for i, c in enumerate(a)]
    assert scope_of(a + b) == "caller" and rules_hit(a + b) == []  # 5 each; 10 together would trip
    mixed = a + [CallRecord(f"b{i}", c.start, "US", None) for i, c in enumerate(b)]
    found = frequency_findings(mixed)
    assert scope_of(mixed) == "case" and [f.scope for f in found] == ["case"]


def test_per_caller_trip_names_the_caller():
    found = frequency_findings(calls(range(8), caller="13812345678", jurisdiction="US"))
    assert [(f.scope, f.caller) for f in found] == [("caller", "13812345678")]


def test_calls_without_a_time_are_left_out():
    records = calls(range(7)) + [CallRecord("untimed", None, "US")]
    assert rules_hit(records) == []


def test_timezone_offsets_are_read_as_the_local_wall_clock():
    from datetime import timezone

    tz = timezone(timedelta(hours=8))
    assert rules_hit([CallRecord("c", datetime(2026, 3, 2, 23, 0, tzinfo=tz), "CN")]) == ["cn_night_calls"]
