"""What a redacted copy masks in text: ID, card, phone, SSN and account numbers, names on request."""

from __future__ import annotations

import json
import re

import pytest
from samples import make_report, write_report

from callguard.casework.redact import mask, redact
from callguard.report.custody import seal
from callguard.report.model import CallerOut
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


@pytest.mark.parametrize(("file_name", "number", "given"), [
    ("通话录音_13812345678_20260314_223500.m4a", "13812345678", "138-1234-5678"),
    ("Call recording +1 555-010-9999_260314_223500.m4a", "+15550109999", "+1 (555) 010-9999"),
])
def test_the_calling_number_is_masked_in_the_copy_and_its_file_names(tmp_path, audio, file_name, number, given):
    recording = tmp_path / file_name
    recording.write_bytes(audio.read_bytes())
    report = make_report(recording)
    call = report.call.model_copy(update={"caller": CallerOut(value=number, from_="file_name")})
    provenance = report.provenance.model_copy(update={"settings": {"caller": given, "out_dir": str(tmp_path)}})
    path = write_report(seal(report.model_copy(update={"call": call, "provenance": provenance})),
                        tmp_path / recording.with_suffix(".json").name)

    copy = redact(path)
    made = sorted(tmp_path.glob("*.redacted.*"))
    assert [p.suffix for p in made] == [".flac", ".html", ".json"] and copy in made
    digits = re.compile(r"[ ()\-]*".join(re.sub(r"\D", "", number)[-10:]))
    assert not any(digits.search(p.name) for p in made), made
    raw = json.loads(copy.read_text(encoding="utf-8"))
    assert raw["call"]["caller"]["value"] == "[phone]" and raw["call"]["caller"]["from"] == "file_name"
    assert not digits.search(json.dumps(raw, ensure_ascii=False))
    page = re.sub(r'data:[^"]*', " ", copy.with_suffix(".html").read_text(encoding="utf-8"))
    assert not digits.search(page) and "[phone]" in page
    assert raw["redaction"]["original_report"].endswith(".json") and path.is_file()
