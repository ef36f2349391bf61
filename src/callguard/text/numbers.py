"""Numbers that identify a person in a transcript: phone numbers (libphonenumber), Chinese ID numbers
(check digit), bank cards (Luhn), US SSNs, and account numbers after a word that says so. Chinese digits
(一三八…, 幺 for one) count as digits. Used to mask them (casework/redact.py) and to list the numbers a
collector gave (detect/parties.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers

CN_DIGITS = str.maketrans("零〇一二三四五六七八九幺", "001234567891")
DIGIT_RUN = re.compile(r"\d(?:[\d \-–.]*\d)?")
SSN = re.compile(r"^\d{3}-\d{2}-\d{4}$")
ACCOUNT_CUE = re.compile(r"(account|acct|member|card|ending|last four|number|尾号|账号|卡号|后四位|号码|编号)"
                         r"[^\d]{0,12}$", re.IGNORECASE)
ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


@dataclass(frozen=True)
class Span:
    kind: str  # id_number | card | phone | ssn | account | name
    start: int
    end: int


def sensitive_spans(text: str, names: tuple[str, ...] = ()) -> list[Span]:
    """What to mask in one text: numbers by kind, and the given names."""
    plain = text.translate(CN_DIGITS)  # same length: offsets stay valid
    found = [Span("phone", m.start, m.end) for region in ("CN", "US")
             for m in phonenumbers.PhoneNumberMatcher(plain, region, leniency=phonenumbers.Leniency.VALID)]
    for m in DIGIT_RUN.finditer(plain):
        kind = number_kind(m.group(), plain[:m.start()])
        if kind:
            found.append(Span(kind, m.start(), m.end()))
    for name in names:
        found += [Span("name", m.start(), m.end()) for m in re.finditer(re.escape(name), text, re.IGNORECASE)]
    return merged(found)


def number_kind(run: str, before: str) -> str | None:
    digits = re.sub(r"\D", "", run)
    if SSN.match(run):
        return "ssn"
    if len(digits) == 18 and id_checksum_ok(digits) or len(digits) == 17 and run[-1:] in "Xx":
        return "id_number"
    if 13 <= len(digits) <= 19 and luhn_ok(digits):
        return "card"
    if len(digits) >= 4 and ACCOUNT_CUE.search(before[-24:]):
        return "account"
    return None


def id_checksum_ok(digits: str) -> bool:
    total = sum(int(d) * w for d, w in zip(digits[:17], ID_WEIGHTS, strict=True))
    return "10X98765432"[total % 11] == digits[17].upper()


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, d in enumerate(reversed(digits)):
        n = int(d) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def merged(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for s in sorted(spans, key=lambda s: (s.start, -s.end)):
        if out and s.start < out[-1].end:
            last = out[-1]
            out[-1] = Span(last.kind, last.start, max(last.end, s.end))
        else:
            out.append(s)
    return out
