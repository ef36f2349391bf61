"""What the speaker-role scorer learns from: collectors' lines against the other party's, each text once."""

from __future__ import annotations

from callguard.training.rolehead import examples


def row(text: str, family: str, prev: str = "", fold: int = 0) -> dict:
    return {"text": text, "prev": prev, "labels": [], "lang": "en", "family": family, "source": "template",
            "split": "train", "fold": fold}


def test_collectors_lines_are_positive_and_the_other_party_negative():
    rows = [
        row("you need to pay today", "en.NONE.x.00", prev="you have the wrong number"),
        row("you need to pay today", "en.NONE.x.00", fold=3),
        row("I get paid on Friday", "en.OTHER.debtor.00"),
        row("okay, when can you make a payment?", "en.NONE.x.01", prev="so, when could you make a payment?"),
    ]
    got = {ex["text"]: (ex["y"], ex["kind"], ex["fold"]) for ex in examples(rows)}
    assert got["you need to pay today"] == (1, "collector", 0)
    assert got["I get paid on Friday"] == (0, "other", 0)
    assert got["you have the wrong number"] == (0, "prev", 0)
    assert "so, when could you make a payment?" not in got  # nearest to a collector's pool line


def test_a_text_said_by_both_sides_is_left_out():
    rows = [row("alright", "en.NONE.x.00"), row("alright", "en.OTHER.debtor.00")]
    assert examples(rows) == []
