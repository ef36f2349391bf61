"""eval_calls: a scripted call scored as text, roles as scripted and from the words."""

from __future__ import annotations

from callguard.detect import default_detectors
from callguard.training.eval_calls import evaluate, summary

CALL = {
    "id": "zh-made-01", "language": "zh", "jurisdiction": "CN", "call_start": "2026-03-14T23:10:00+08:00",
    "turns": [
        {"speaker": "A", "role": "collector", "text": "喂，请问是王建军吗？"},
        {"speaker": "C", "role": "third_party", "text": "不是，我是他妈，他出去了。"},
        {"speaker": "A", "role": "collector", "text": "那你告诉他，他在我们平台欠了三万块钱，逾期半年了。",
         "labels": ["THIRD_PARTY_DISCLOSURE"]},
        {"speaker": "C", "role": "third_party", "text": "好，我跟他说。"},
    ],
    "call_labels": ["INCONVENIENT_TIME"],
}


def test_a_call_scored_as_text():
    detectors = default_detectors()
    for from_text in (False, True):
        result = evaluate(CALL, detectors, from_text)
        assert result["gold_call"] == {"THIRD_PARTY_DISCLOSURE", "INCONVENIENT_TIME"} == result["call"]
        assert result["gold_turns"] == {(2, "THIRD_PARTY_DISCLOSURE")} == result["turns"]
        assert result["roles"] == [(t["role"], t["role"]) for t in CALL["turns"]]
    assert summary([result]) == "| 1.000 | 1.000 / 1.000 | 1.000 | 1.000 / 1.000 | 0/0 | 4/4 (2/2) |"
