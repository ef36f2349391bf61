"""The n-gram ids the learned models share: homophones collide, ids stay in their buckets, hashing is stable."""

from __future__ import annotations

from callguard.text.grams import NGRAM_BUCKETS, ngram_ids


def test_homophones_share_pinyin_grams():
    assert set(ngram_ids("逾期")) & set(ngram_ids("预期"))
    assert set(ngram_ids("公安局", 1 << 16)) & set(ngram_ids("公案局", 1 << 16))


def test_ids_are_sorted_unique_and_in_their_buckets():
    for buckets in (NGRAM_BUCKETS, 1 << 10):
        ids = ngram_ids("Pay today, 你今天必须还钱 pay today", buckets)
        assert ids == sorted(set(ids)) and all(0 <= i < buckets for i in ids)
    assert ngram_ids("") == []


def test_hashing_does_not_depend_on_the_process():
    assert ngram_ids("ok") == [940, 14128, 22044, 22098, 42027, 43357, 87229, 91091, 102987]
