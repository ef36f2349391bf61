"""Rule detector on sentences written for these tests, clean and with Whisper-like errors, negatives included."""

from __future__ import annotations

import pytest
from detect_cases import collector, context

from callguard.detect.rules import RuleDetector, load_rules


def labels(ctx) -> set[str]:
    return {f.label for f in RuleDetector().detect(ctx)}


@pytest.mark.parametrize("text, label", [
    ("再拖下去，小心你的手脚", "THREAT"),
    ("我们已经查到你女儿在哪个幼儿园了", "THREAT"),
    ("下午还不上，你通讯录里的人我们挨个打一遍", "THREAT"),
    ("把你的身份证照片发到你们小区业主群里", "THREAT"),
    ("你这个老赖还有脸说话", "INSULT"),
    ("你这个老来还有脸说话", "INSULT"),           # ASR: 老赖 -> 老来
    ("借钱不还，真是个不要脸的东西", "INSULT"),
    ("我是区人民法院执行局的工作人员", "IMPERSONATION"),
    ("您好，这边是市公安局经侦大队", "IMPERSONATION"),
    ("你涉嫌恶意透支，已经构成诈骗", "FALSE_LEGAL_THREAT"),
    ("明天警察就到你单位去抓你", "FALSE_LEGAL_THREAT"),
    ("再不还钱你就等着坐牢吧", "FALSE_LEGAL_THREAT"),
    ("明天就冻结你名下所有的银行账户", "FALSE_LEGAL_THREAT"),
])
def test_zh_positives(text, label):
    assert label in labels(collector(text))


@pytest.mark.parametrize("text", [
    "逾期记录会按规定报送征信系统",
    "如果一直不还款，银行有权依法向法院提起诉讼",
    "我是银行信用卡中心的，工号三五七",
    "您可以咨询律师，也可以向监管部门反映",
    "这个不涉及刑事责任，您不用担心会坐牢",
    "麻烦您转告他回个电话，谢谢",
    "可以申请分期，每期手续费按合同收取",
])
def test_zh_negatives(text):
    assert labels(collector(text)) == set()


@pytest.mark.parametrize("text, label", [
    ("We know where your kids go to school, think about that", "THREAT"),
    ("Keep dodging me and we'll post your picture all over Facebook", "THREAT"),
    ("You're nothing but a lazy deadbeat", "INSULT"),
    ("This is Deputy Harris with the county sheriff's office", "IMPERSONATION"),
    ("There is a warrant out and you will be arrested at work", "FALSE_LEGAL_THREAT"),
    ("What you did is fraud, plain and simple", "FALSE_LEGAL_THREAT"),
    ("We're going to garnish your wages starting Friday", "FALSE_LEGAL_THREAT"),
])
def test_en_positives(text, label):
    assert label in labels(collector(text, "en"))


@pytest.mark.parametrize("text", [
    "This is an attempt to collect a debt and any information obtained will be used for that purpose",
    "Your account may be reported to the credit bureaus",
    "The creditor may decide to file a lawsuit, that is their right",
    "No one is going to arrest you over a credit card balance",
    "You have the right to dispute this debt in writing",
    "Could you ask him to call Lakeview Services back at this number?",
])
def test_en_negatives(text):
    assert labels(collector(text, "en")) == set()


def test_debtor_words_are_not_findings():
    ctx = context([("collector", "请问什么时候能还款"), ("debtor", "你妈的，滚蛋，你们这帮骗子")])
    assert labels(ctx) == set()


def test_every_rule_has_an_explanation_and_known_label():
    for language in ("zh", "en"):
        for rule in load_rules(language):
            assert rule.why and rule.label in {"THREAT", "INSULT", "IMPERSONATION", "FALSE_LEGAL_THREAT"}
