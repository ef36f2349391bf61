"""The phrase language's tolerant key terms (`~`): near sounds in Chinese, one edit in English, and no looser."""

from __future__ import annotations

import pytest

from callguard.text.phrases import _matches_at, compile_phrase, find, find_all, needs, units
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


@pytest.mark.parametrize("phrase, text, expected", [
    ("借的", "我们只能跟她的本人核实", False),   # 她 is not read "jie"
    ("拖欠", "他欠了多少我不清楚", False),       # nor 他 "tuo"
    ("拖欠", "你拖欠的款项已经逾期", True),
    ("预期", "已经逾期三个月了", True),          # a homophone still matches
])
def test_pronouns_are_read_by_their_common_sound_only(phrase, text, expected):
    assert matches(phrase, text, "zh") is expected


def test_near_sounds_are_the_confusion_classes_only():
    assert {"qian", "xian", "jian", "qiang"} <= near_keys("欠")
    assert "lian" not in near_keys("欠") and "bai" not in near_keys("欠")


@pytest.mark.parametrize("phrase, text, language", [
    ("~欠条", "线条欠条，欠条也是签条", "zh"),      # near on the first unit, then the second, then none
    ("欠条", "欠条线条欠条", "zh"),
    ("* owe you", "you owe you owe me i owe you", "en"),  # a wildcard first: tried everywhere
    ("~group chat", "group chap groop chat group chat", "en"),
    ("call*", "caller called recall call", "en"),
])
def test_find_all_is_every_start_tried_one_by_one(phrase, text, language):
    p, us = compile_phrase(phrase, language), units(text, language)
    every = [i for i in range(len(us) - len(p.keys) + 1) if _matches_at(p, us, i)]
    assert every and list(find_all(p, us)) == every
    assert [find(p, us, s) for s in range(len(us))] == [next((i for i in every if i >= s), None)
                                                        for s in range(len(us))]


def test_needs_names_the_words_a_clause_must_have():
    assert needs([compile_phrase("欠条", "zh"), compile_phrase("owe", "en")]) >= {"qian", "欠", "owe"}
    assert needs([compile_phrase("owe", "en"), compile_phrase("* owe", "en")]) == {"owe"}
    assert needs([compile_phrase("call*", "en")]) is None
