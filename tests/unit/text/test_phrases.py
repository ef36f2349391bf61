"""The phrase language's tolerant key terms (`~`): near sounds in Chinese, one edit in English, and no looser."""

from __future__ import annotations

import pytest

from callguard.text.phrases import compile_phrase, find, units
from callguard.text.pinyin import near_keys


def matches(phrase: str, text: str, language: str) -> bool:
    return find(compile_phrase(phrase, language), units(text, language)) is not None


@pytest.mark.parametrize("phrase, text, language, expected", [
    ("~欠条", "他在我们这打过线条的", "zh", True),        # q -> x: one near character
    ("欠条", "他在我们这打过线条的", "zh", False),        # without ~, only same sounds
    ("~欠条", "他在我们这打过线索的", "zh", False),       # 索 is neither same nor near 条
    ("~冻结", "痛切", "zh", False),                       # two characters near (d->t, j->q): not one
    ("~失信被执行人", "你会被列为失心被直行人", "zh", True),  # homophones count as the same
    ("~docketed", "it was doketed today", "en", True),
    ("~group chat", "the class groop chat", "en", True),
    ("~group chat", "the class groop chap", "en", False),  # at most one word off
    ("~fraud", "that is a frog", "en", False),               # short words must be exact
])
def test_tolerant_terms(phrase, text, language, expected):
    assert matches(phrase, text, language) is expected


def test_near_sounds_are_the_confusion_classes_only():
    assert {"qian", "xian", "jian", "qiang"} <= near_keys("欠")
    assert "lian" not in near_keys("欠") and "bai" not in near_keys("欠")
