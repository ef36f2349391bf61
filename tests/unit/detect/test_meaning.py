"""Issue 11, rules: the veiled, idiomatic and procedural forms, the stock lines of Chinese collection and
the impersonation guard, on sentences written for these tests (negatives included)."""

from __future__ import annotations

import pytest
from detect_cases import collector
from detect_cases import rule_labels as labels


@pytest.mark.parametrize("text, label", [
    ("你的案件目前已经转入司法程序了", "FALSE_LEGAL_THREAT"),
    ("平台这边已经启动法律程序，你准备应诉吧", "FALSE_LEGAL_THREAT"),
    ("七十二小时之内法院的传票会送到你户籍地", "FALSE_LEGAL_THREAT"),
    ("再拖你就会被列为失信被执行人", "FALSE_LEGAL_THREAT"),
    ("再拖你就会被列为失心被直行人", "FALSE_LEGAL_THREAT"),        # ASR: 失信被执行人, homophones
    ("你名下的微信和支付宝都会被冻结", "FALSE_LEGAL_THREAT"),
    ("协查函下周就寄到你们村委会", "FALSE_LEGAL_THREAT"),
    ("立案编号都下来了，你不来法院就直接判你输", "FALSE_LEGAL_THREAT"),
    ("你当初填的收入是假的，这就叫骗贷", "FALSE_LEGAL_THREAT"),
    ("我们会叫辖区派出所的民警上门找你", "FALSE_LEGAL_THREAT"),
    ("只要今天钱到账，你们公司就不会有人知道", "THREAT"),
    ("你女儿班上的家长群我们已经加进去了，让家长们都知道你欠钱", "THREAT"),
    ("你女儿班上的家长裙我们已经加进去了，让家长们都知道你欠钱", "THREAT"),  # ASR: 群 -> 裙
    ("你那辆车停在外头，哪天刹车失灵了可别怪谁", "THREAT"),
    ("我们已经派了两个同事去你老家找你", "THREAT"),
    ("你这种游手好闲的人，真是扶不起的阿斗", "INSULT"),
    ("你说的话狗都不信", "INSULT"),
])
def test_zh_meaning_positives(text, label):
    assert label in labels(collector(text))


@pytest.mark.parametrize("text", [
    "如果一直协商不了，是否立案要由法院决定",
    "会不会被列为失信被执行人，由法院依法判决，不是我们说了算",
    "冻结账户只能由法院裁定，我们没有这个权力",
    "我们不会报警，也不会派人去您单位",
    "您的助学贷款是国家开发银行发放的，我们是受托的服务机构",
    "我们公司有法务部门，不过我本人不是律师",
    "您的信息我们依法保密，不会告诉任何人",
    "您车子的保险理赔要找保险公司，刹车问题去维修店",
])
def test_zh_meaning_negatives(text):
    assert labels(collector(text)) == set()


@pytest.mark.parametrize("text, label", [
    ("Your matter was docketed this morning with the county clerk", "FALSE_LEGAL_THREAT"),
    ("your matter was doketed this morning", "FALSE_LEGAL_THREAT"),           # ASR: a letter lost
    ("Miss the hearing and judgment is entered automatically", "FALSE_LEGAL_THREAT"),
    ("A bounced payment is a misdemeanor here and it goes to the prosecutor", "FALSE_LEGAL_THREAT"),
    ("Borrowing money you never meant to repay is fraud, and fraud gets you years", "FALSE_LEGAL_THREAT"),
    ("We're sending the sheriff out to your job on Thursday", "FALSE_LEGAL_THREAT"),
    ("Pay it off today and nobody at your office needs to hear a word", "THREAT"),
    ("I wonder what your congregation would think if they heard about this", "THREAT"),
    ("Maybe I'll drop a note with the front desk at your building", "THREAT"),
    ("Your son's class groupchat might get an interesting message", "THREAT"),   # ASR: words run together
    ("Trucks get keyed in driveways like yours all the time", "THREAT"),
    ("We've got a field agent heading to your place tonight", "THREAT"),
    ("Must be nice living on other people's money", "INSULT"),
    ("Your word is worth nothing, you know that", "INSULT"),
])
def test_en_meaning_positives(text, label):
    assert label in labels(collector(text, "en"))


@pytest.mark.parametrize("text", [
    "The creditor might file a lawsuit, and only a court could enter a judgment",
    "If the creditor sues, you will have the right to respond",
    "This is a civil matter, nobody goes to jail over a debt",
    ("We're a private collection agency calling on behalf of the U.S. Department of Education about your federal "
     "student loan"),
    "We're not sending anyone anywhere, this is just a phone call",
    "I'm not an attorney, but our legal department reviews files like this",
    "We will never contact your church or your employer about this account",
    "You can file a complaint with the CFPB if you think we did something wrong",
])
def test_en_meaning_negatives(text):
    assert labels(collector(text, "en")) == set()


@pytest.mark.parametrize("language, text", [
    ("zh", "我们这边马上通知公安去你单位找你"),
    ("zh", "法院执行局的人明天会去你家贴封条"),
    ("en", "I'll have the police come by your place tonight"),
    ("en", "We're referring your file to the district attorney's office"),
])
def test_sending_the_authorities_is_a_legal_threat_not_impersonation(language, text):
    found = labels(collector(text, language))
    assert "FALSE_LEGAL_THREAT" in found and "IMPERSONATION" not in found


@pytest.mark.parametrize("language, text", [
    ("zh", "我是市公安局经侦支队的，你的事归我们管"),
    ("en", "This is Deputy Morales with the county sheriff's office"),
])
def test_posing_as_the_authorities_is_still_impersonation(language, text):
    assert "IMPERSONATION" in labels(collector(text, language))
