"""Who called: organisations, names and numbers the collector gave, and whether they posed as an authority."""

from __future__ import annotations

from detect_cases import context

from callguard.detect.parties import parties


def named(turns, language="zh"):
    return {(p.kind, p.name, p.self_named, p.authority) for p in parties(context(turns, language))}


def test_zh_lender_and_agency_introduced():
    found = named([("collector", "您好，我这边是恒丰银行信用卡中心的，委托我们华信资产管理公司联系您"),
                   ("debtor", "哦，什么事")])
    assert ("lender", "恒丰银行信用卡中心", True, False) in found
    assert any(kind == "agency" and "华信资产管理公司" in name for kind, name, _, _ in found)


def test_zh_posing_as_court_is_an_authority_threatening_police_is_not():
    assert ("court", "海淀区人民法院", True, True) in named([("collector", "我是海淀区人民法院的，找一下王强")])
    found = named([("collector", "你再不还，我们就让派出所的人去找你")])
    assert all(not authority for *_, authority in found)


def test_zh_name_and_number():
    found = named([("collector", "我姓刘，工号三八二七，有事打我手机13912345678")])
    assert ("person", "刘", True, False) in found
    assert ("phone", "13912345678", False, False) in found


def test_en_collector_name_agency_and_callback_number():
    found = named([("collector", "Hi, this is Dana Price calling from Harbor Point Recovery. Call me back at "
                                 "212-736-5000.")], "en")
    assert ("person", "Dana Price", True, False) in found
    assert ("agency", "Harbor Point Recovery", True, False) in found
    assert ("phone", "212-736-5000", False, False) in found


def test_en_officer_of_a_sheriffs_office():
    found = named([("collector", "This is Officer Daniels with the Pima County Sheriff's Office.")], "en")
    assert ("police", "Pima County Sheriff's Office", True, True) in found
    assert ("person", "Officer Daniels", True, False) in found


def test_a_bare_bank_or_what_the_debtor_says_names_nobody():
    assert named([("collector", "the bank may take this to court"),
                  ("debtor", "This is Tom from Acme Lending")], "en") == set()
