"""What a redacted copy masks in text: ID, card, phone, SSN and account numbers, names on request."""

from __future__ import annotations

import re

import pytest

from callguard.casework.redact import mask
from callguard.text.numbers import CN_DIGITS, luhn_ok, sensitive_spans


@pytest.mark.parametrize(("text", "kind"), [
    ("我的身份证号是110101199003074514，你查吧", "id_number"),
    ("卡号是4111 1111 1111 1111，请核对", "card"),
    ("打我手机13812345678就行", "phone"),
    ("you can reach me at (212) 736-5000 after six", "phone"),
    ("my social is 123-45-6789", "ssn"),
    ("the account number is 88812345", "account"),
    ("您尾号六六零二的那张卡", "account"),
])
def test_each_kind_is_masked(text, kind):
    assert [s.kind for s in sensitive_spans(text)] == [kind]
    out = mask(text, ())
    assert f"[{kind}]" in out and not re.search(r"\d{3}", out.translate(CN_DIGITS))


@pytest.mark.parametrize("text", [
    "你欠了六千八百块，逾期四十天了",
    "the balance is $1,250 since 2026-03-14",
    "Badge 2217, I was born in 1987",
    "两万三千六百元，下周一还",
    "110101199003074515",  # 18 digits, wrong check digit, no cue
])
def test_amounts_dates_and_other_numbers_stay(text):
    assert sensitive_spans(text) == []


def test_names_only_when_asked():
    text = "Maria Lopez owes us, tell maria lopez to call"
    assert mask(text, ()) == text
    assert mask(text, ("Maria Lopez",)) == "[name] owes us, tell [name] to call"


def test_luhn():
    assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")
