"""Findings are explained in the call's language: a Chinese call gets Chinese explanations."""

from __future__ import annotations

import re

from detect_cases import context

from callguard.calltime import resolve
from callguard.detect import default_detectors, detect

HAN = re.compile(r"[\u4e00-\u9fff]")
ENGLISH_WORDS = re.compile(r"\b(the|rule|listener|classifier|started|reveals)\b")


def _night(ctx, when: str):
    ctx.call_time = resolve(when, None, None, ctx.jurisdiction)
    return ctx


def test_zh_findings_explained_in_chinese():
    ctx = _night(context([
        ("collector", "喂，找一下郑军"),
        ("third_party", "我是他同事，他在开会"),
        ("collector", "他欠我们平台三万块，你让他小心点，我们知道他孩子在哪上学"),
    ]), "2026-05-06T23:10:00+08:00")
    found = detect(ctx, default_detectors())
    assert {"THIRD_PARTY_DISCLOSURE", "THREAT", "INCONVENIENT_TIME"} <= {f.label for f in found}
    for f in found:
        assert HAN.search(f.explanation) and not ENGLISH_WORDS.search(f.explanation), f.explanation


def test_en_findings_explained_in_english():
    ctx = _night(context([
        ("collector", "Is Dana there?"),
        ("third_party", "This is her coworker, she's in a meeting."),
        ("collector", "She owes Ridgeway $3,000 and she'd better watch her back."),
    ], "en"), "2026-05-06T22:30:00-05:00")
    found = detect(ctx, default_detectors())
    assert {"THIRD_PARTY_DISCLOSURE", "INCONVENIENT_TIME"} <= {f.label for f in found}
    for f in found:
        assert not HAN.search(f.explanation), f.explanation
