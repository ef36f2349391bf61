"""Third-party disclosure depends on who is listening, established earlier in the call."""

from __future__ import annotations

from detect_cases import disclosures as findings


def test_zh_colleague_told_the_debt():
    out = findings([
        ("collector", "你好，请问刘洋在吗"),
        ("third_party", "他不在座位上，我是他同事，有什么事"),
        ("collector", "他在我们平台欠了一万二，已经逾期两个月了"),
    ])
    assert len(out) == 1 and out[0].segment_ids == [2]
    assert "我是他同事" in out[0].explanation or "同事" in out[0].explanation


def test_zh_homophone_noise_still_counts():
    out = findings([
        ("collector", "喂，找一下刘洋"),
        ("third_party", "打错了吧，我不认识这个人"),
        ("collector", "他签了我们三万块钱，已经预期半年"),
    ])
    assert len(out) == 1


def test_zh_debtor_verified_is_not_disclosure():
    out = findings([
        ("collector", "请问是刘洋先生吗"),
        ("debtor", "对，是我"),
        ("collector", "您的借款已经逾期两个月了，欠款一万二"),
    ])
    assert out == []


def test_zh_message_without_debt_is_fine():
    out = findings([
        ("collector", "请问刘洋在吗"),
        ("third_party", "我是他妈妈，他出去了"),
        ("collector", "麻烦您让他方便的时候回个电话，谢谢阿姨"),
    ])
    assert out == []


def test_en_roommate_told_the_balance():
    out = findings([
        ("collector", "Hi, is Kevin there?"),
        ("third_party", "No, I'm his roommate, he's at work"),
        ("collector", "Tell him he still owes eleven hundred dollars on the loan"),
    ], "en")
    assert len(out) == 1 and "roommate" in out[0].explanation


def test_us_spouse_counts_as_the_consumer():
    turns = [
        ("collector", "Is Kevin available?"),
        ("third_party", "This is his wife, he's not here"),
        ("collector", "He's behind on his car loan, the balance is four thousand dollars"),
    ]
    assert findings(turns, "en", "US") == []
    assert len(findings(turns, "en", "CN")) == 1


def test_phone_handed_to_the_debtor():
    out = findings([
        ("collector", "请问是刘洋家吗"),
        ("third_party", "我是他爱人，你稍等，我叫他"),
        ("third_party", "喂，我是刘洋"),
        ("collector", "刘先生，您的借款已经逾期两个月了"),
    ])
    assert out == []


def test_an_amount_alone_reveals_the_debt():
    zh = findings([
        ("collector", "请问周敏在家吗"),
        ("third_party", "我是她邻居，她出门了"),
        ("collector", "也就两万出头，您跟她说一声早点处理"),
    ])
    en = findings([
        ("collector", "Hi, is Marcus around?"),
        ("third_party", "No, I'm his roommate, he's at work."),
        ("collector", "Tell him the $1,250 with Ridgeway isn't going away."),
    ], "en")
    assert len(zh) == 1 and len(en) == 1
    assert "两万" in zh[0].explanation and "$1" in en[0].explanation


def test_an_amount_said_to_the_verified_debtor_is_fine():
    out = findings([
        ("collector", "Am I speaking with Marcus Hill?"),
        ("debtor", "Yes, this is he."),
        ("collector", "The balance is $1,250 and we can split it in three."),
    ], "en")
    assert out == []


def test_the_debtors_attorney_may_be_told():
    out = findings([
        ("collector", "I'm trying to reach Ms. Ortiz."),
        ("third_party", "I'm her attorney, you can speak with me."),
        ("collector", "Thank you. The balance with Ridgeway is $4,410 and it is past due."),
    ], "en")
    assert out == []


def test_before_verification_only_the_debt_itself_counts():
    opening = findings([("collector", "您好，这边是信用卡中心的回访，关于还款计划，请问是何女士本人吗")])
    told = findings([("collector", "您好，您在我们这里的信用卡已经逾期三个月了，请问是何女士吗")])
    assert opening == [] and len(told) == 1 and told[0].score < 0.85
