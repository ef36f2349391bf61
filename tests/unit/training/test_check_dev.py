"""The generated corpus holds no dev-call sentence in other clothes (training/check_dev.py)."""

from __future__ import annotations

import pytest

from callguard.training.check_dev import CORPUS, DEV, corpus_texts, dev_pieces, near_pairs


@pytest.mark.skipif(not DEV.is_dir(), reason="needs ../shared/calls/dev")
def test_no_corpus_row_is_near_a_dev_turn():
    dev, rows = dev_pieces(DEV), corpus_texts(CORPUS)
    assert all(rows.values()) and all(dev.values())
    found = [pair for lang in ("zh", "en") for pair in near_pairs(rows[lang], dev[lang], 0.8)]
    assert found == []


def test_the_check_catches_a_reworded_name():
    pairs = near_pairs(["您好请问是王伟先生吗这边是银行"], ["您好请问是张伟先生吗这边是银行"], 0.8)
    assert len(pairs) == 1 and pairs[0][0] > 0.9
