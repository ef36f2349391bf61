"""Issue 11, learned detector and the combined detectors: veiled, idiomatic and procedural forms that no
phrase rule carries, on sentences written for these tests (none from the dev calls or the challenge set)."""

from __future__ import annotations

import pytest
from detect_cases import collector, context

from callguard.detect import default_detectors, detect
from callguard.detect.learned import LearnedDetector

POSITIVES = [
    ("zh", "听说你在小区群里人缘挺好，要是邻居们知道你这点事，你脸往哪搁", "THREAT"),
    ("zh", "你这个店的门面玻璃挺贵的吧，碎了可不好配", "THREAT"),
    ("zh", "你还真是个讲究人，吃香喝辣的时候怎么没想起来还钱", "INSULT"),
    ("zh", "你读了那么多年书，连欠债还钱的道理都不懂", "INSULT"),
    ("zh", "你的案子已经排期了，下个月你不到庭就直接判", "FALSE_LEGAL_THREAT"),
    ("en", "your followers would love to hear how you treat the people who lent you money", "THREAT"),
    ("en", "be a real shame if that nice porch of yours caught fire one night", "THREAT"),
    ("en", "wow, a grown adult who can't manage a phone bill, your parents must be so proud", "INSULT"),
    ("en", "your hearing is set for the twelfth and if you don't show the judgment goes through automatically",
     "FALSE_LEGAL_THREAT"),
]

NEGATIVES = [
    ("zh", "如果银行起诉，法院会依法通知您，您也可以请律师应诉"),
    ("zh", "我们是受托的服务机构，您的助学贷款由国家开发银行发放"),
    ("zh", "我们不会联系您孩子的学校，也不会发到任何群里"),
    ("en", "we're a private agency that services federal student loans for the Department of Education"),
    ("en", "our legal department may review the account, though I'm a collector, not an attorney"),
    ("en", "nobody is coming to your house, we only contact you by phone and mail"),
]


@pytest.fixture(scope="module")
def detector() -> LearnedDetector:
    return LearnedDetector()


@pytest.mark.parametrize("lang,text,label", POSITIVES)
def test_learned_recognises_the_form(detector, lang, text, label):
    assert label in {f.label for f in detector.detect(collector(text, lang))}


@pytest.mark.parametrize("lang,text", NEGATIVES)
def test_combined_leaves_the_lawful_line_alone(lang, text):
    assert detect(collector(text, lang), default_detectors()) == []


@pytest.mark.parametrize("lang,text", [
    ("zh", "我们这边会让当地派出所的警察上门去找你"),
    ("en", "we'll have a deputy come out to your job and serve you this week"),
])
def test_combined_sending_the_authorities_is_not_impersonation(lang, text):
    found = {f.label for f in detect(collector(text, lang), default_detectors())}
    assert "FALSE_LEGAL_THREAT" in found and "IMPERSONATION" not in found


def test_debtor_rudeness_is_not_a_finding():
    ctx = context([("collector", "请问您这个月能还多少"), ("debtor", "你个瓜娃子，老子就是不还，你去告啊")])
    assert detect(ctx, default_detectors()) == []
