"""How the detectors combine: a learned finding stands without a phrase rule only when it is confident and
the turn has a topic word of its label; disclosure only with the dialogue logic. Sentences written here."""

from __future__ import annotations

import pytest
from detect_cases import context

from callguard.detect import default_detectors, detect


@pytest.fixture(scope="module")
def detectors():
    return default_detectors()


def found(detectors, turns, language):
    return {f.label: f for f in detect(context(turns, language), detectors)}


@pytest.mark.parametrize("language, text", [
    ("zh", "你爸妈岁数也大了，天天有陌生人去敲门，吓出个病来可别怪我们"),
    ("en", "People who dodge us tend to have a run of bad luck, that's all I'm saying"),
])
def test_a_veiled_threat_no_rule_knows_is_found(detectors, language, text):
    out = found(detectors, [("debtor", "我真的没钱" if language == "zh" else "I can't pay"), ("collector", text)],
                language)
    assert "THREAT" in out and out["THREAT"].detectors == ["learned", "topics"]
    assert out["THREAT"].score >= 0.8 and out["THREAT"].explanation


@pytest.mark.parametrize("language, turns", [
    ("en", [("debtor", "Who is this?"),
            ("collector", "This is Marcy calling from Brightwater Recovery Services about a personal matter")]),
    ("en", [("debtor", "Are you with the police?"),
            ("collector", "No, I'm not with any police department, I'm a debt collector with Brightwater")]),
    ("zh", [("debtor", "你们是法院的吗"), ("collector", "不是的，我们不是法院，是受银行委托的催收机构")]),
    ("zh", [("debtor", "你们这是违法的"), ("collector", "我们的通话全程录音，您有意见可以向监管部门投诉")]),
])
def test_truthful_or_negated_authority_is_not_impersonation(detectors, language, turns):
    assert "IMPERSONATION" not in found(detectors, turns, language)


@pytest.mark.parametrize("language, text", [
    ("en", "Denise, this is Greg Tanaka in the legal department at Harbor Point Auto Finance. I want to say up front "
           "that I'm not an attorney. I handle accounts that are seriously past due."),
    ("zh", "我这边是法务处理中心的，先说明一下，我们不是法院，只是负责您这笔欠款的协商。"),
])
def test_a_turn_that_denies_being_the_authority_takes_the_learned_impersonation_off(detectors, language, text):
    out = detect(context([("debtor", "Who is this?" if language == "en" else "你是哪位？"), ("collector", text)],
                         language), detectors)
    assert "IMPERSONATION" not in {f.label for f in out}
    assert all("denials" not in f.detectors for f in out)


def test_a_denial_does_not_take_off_a_phrase_rule():
    turns = [("debtor", "你是谁？"), ("collector", "我是区人民法院执行局的法官，不是律师，你的案子今天执行")]
    out = found(default_detectors(), turns, "zh")
    assert "IMPERSONATION" in out and "rules" in out["IMPERSONATION"].detectors
