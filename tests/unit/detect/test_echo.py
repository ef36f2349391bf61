"""A learned finding too weak to stand alone is kept when the same collector was already found doing the same
thing in the call (detect._echoes). The detectors here are fixed lists of findings, so the test is about how
detect() combines them, not about what the model scores; the model is tested in test_learned*.py."""

from __future__ import annotations

from dataclasses import dataclass, field

from detect_cases import context

from callguard.detect import ECHO_AT, detect
from callguard.detect.learned import LearnedDetector
from callguard.types import Evidence, Finding

TURNS = [("collector", "你再不还，我们就去你单位找你"), ("debtor", "我真的没钱"),
         ("collector", "你自己想想后果"), ("debtor", "你们想干嘛")]


@dataclass
class Fixed:
    name: str
    alone_at: float
    found: list[Finding] = field(default_factory=list)

    def detect(self, ctx):
        return list(self.found)


def finding(label: str, seg: int, detector: str, score: float) -> Finding:
    ev = Evidence(detector=detector, score=score, template="rule", values={"id": "x", "why": "y", "matched": "z"})
    return Finding(label=label, start=4.0 * seg, end=4.0 * seg + 3.5, segment_ids=[seg], text=TURNS[seg][1],
                   score=score, explanation="e", detectors=[detector], speaker="S1", role="collector", evidence=[ev])


def run(*found: Finding) -> dict[tuple[str, int], Finding]:
    rules = Fixed("rules", 0.0, [f for f in found if f.detectors == ["rules"]])
    learned = Fixed("learned", LearnedDetector.alone_at, [f for f in found if f.detectors == ["learned"]])
    return {(f.label, f.segment_ids[0]): f for f in detect(context(TURNS), [rules, learned])}


def test_a_weak_learned_finding_that_repeats_a_found_threat_is_kept_and_says_why():
    out = run(finding("THREAT", 0, "rules", 0.9), finding("THREAT", 2, "learned", ECHO_AT + 0.05))
    echo = out[("THREAT", 2)]
    assert echo.detectors == ["learned", "call"] and echo.evidence[-1].cue_segment_id == 0
    assert "0.0" in echo.explanation and TURNS[0][1] in echo.explanation


def test_without_the_first_finding_or_below_the_echo_score_it_is_dropped():
    assert ("THREAT", 2) not in run(finding("THREAT", 2, "learned", ECHO_AT + 0.05))
    assert ("THREAT", 2) not in run(finding("THREAT", 0, "rules", 0.9), finding("THREAT", 2, "learned", ECHO_AT - 0.05))


def test_another_label_is_no_echo():
    assert ("INSULT", 2) not in run(finding("THREAT", 0, "rules", 0.9), finding("INSULT", 2, "learned", ECHO_AT + 0.1))


# --- a persona kept up: turns that speak as the body the collector claimed (data/persona.*.yaml) ---------

def impersonation_turns(turns: list[tuple[str, str]], language: str) -> list[int]:
    from callguard.detect import default_detectors

    found = detect(context(turns, language), default_detectors())
    return sorted(f.segment_ids[0] for f in found if f.label == "IMPERSONATION")


def test_zh_a_law_office_persona_kept_up_is_impersonation_next_to_the_claim_only():
    claim = ("collector", "我是恒正律师事务所的律师，受银行委托处理您的透支案件。")
    later = [("debtor", "那你想怎么样？"), ("collector", "我们所这边的意见是，您周五之前先还一万。")]
    assert impersonation_turns([claim, *later], "zh") == [0, 2]
    assert impersonation_turns([("collector", "我是银行信用卡中心的，姓王。"), *later], "zh") == []


def test_en_our_office_after_a_court_persona_and_not_after_an_agency():
    later = [("debtor", "What happens now?"),
             ("collector", "Our office can close the matter if the balance is paid by Friday.")]
    claim = ("collector", "This is Officer Grant with the county court's warrants unit, about your unpaid loan.")
    assert impersonation_turns([claim, *later], "en") == [0, 2]
    agency = ("collector", "This is Dana with Crestmark Recovery, a debt collector, about your loan.")
    assert impersonation_turns([agency, *later], "en") == []


def test_learned_impersonation_without_an_authority_named_stands_only_beside_a_claim():
    # nothing in the turn names police, a court, a lawyer or the government: the model alone is not enough
    alone = Fixed("learned", LearnedDetector.alone_at, [finding("IMPERSONATION", 2, "learned", 0.97)])
    assert [f for f in detect(context(TURNS), [alone]) if f.label == "IMPERSONATION"] == []
    out = run(finding("IMPERSONATION", 0, "rules", 0.9), finding("IMPERSONATION", 2, "learned", 0.97))
    assert out[("IMPERSONATION", 2)].detectors == ["learned", "call"]


def test_en_a_credit_union_named_federal_is_no_authority():
    turns = [("collector", "Hi Sam, this is Joe with Pinecrest Recovery."),
             ("debtor", "Okay, what's this about?"),
             ("collector", "It's your Lakeland Federal Credit Union card, which our office is handling for them.")]
    assert impersonation_turns(turns, "en") == []
