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
