"""Check that no corpus row is a dev-call sentence in other clothes.

    python -m callguard.training.check_dev [--dev ../shared/calls/dev] [--max-ratio 0.8]

Every template row of data/corpus/corpus.jsonl (and its `prev`) is compared with every turn of the dev
calls, and with each clause of those turns, after normalising (callguard.text.normalise, spaces dropped
in Chinese). A pair is reported when their normalised Indel similarity reaches --max-ratio, i.e. the
row is within a small edit distance of a dev sentence. Exit status 1 when any pair is reported.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from rapidfuzz import fuzz, process

from callguard.resources import CHECKOUT
from callguard.text import clauses, normalise

DEV = CHECKOUT.parent / "shared" / "calls" / "dev"
CORPUS = CHECKOUT / "data" / "corpus" / "corpus.jsonl"
MIN_CHARS = 10  # shorter pieces ("好的，谢谢", "who is this") are everyday words, not a script's sentences


def _key(text: str, lang: str) -> str:
    text = normalise(text)
    return text.replace(" ", "") if lang == "zh" else text


def dev_pieces(folder: Path) -> dict[str, list[str]]:
    out: dict[str, set[str]] = {"zh": set(), "en": set()}
    for path in sorted(folder.glob("*.json")):
        if path.name.endswith(".timing.json"):
            continue
        call = json.loads(path.read_text(encoding="utf-8"))
        lang = call["language"]
        for turn in call["turns"]:
            for piece in [turn["text"]] + [c for _, c in clauses(turn["text"])]:
                key = _key(piece, lang)
                if len(key) >= MIN_CHARS:
                    out[lang].add(key)
    return {lang: sorted(keys) for lang, keys in out.items()}


def corpus_texts(path: Path) -> dict[str, list[str]]:
    out: dict[str, set[str]] = {"zh": set(), "en": set()}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row["source"] != "template":
                continue
            for text in (row["text"], row["prev"]):
                key = _key(text, row["lang"])
                if len(key) >= MIN_CHARS:
                    out[row["lang"]].add(key)
    return {lang: sorted(keys) for lang, keys in out.items()}


def near_pairs(rows: list[str], dev: list[str], max_ratio: float) -> list[tuple[float, str, str]]:
    if not rows or not dev:
        return []
    scores = process.cdist(rows, dev, scorer=fuzz.ratio, score_cutoff=max_ratio * 100, workers=1)
    out = []
    for i, j in zip(*scores.nonzero(), strict=True):
        out.append((float(scores[i, j]) / 100, rows[i], dev[j]))
    return sorted(out, reverse=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dev", type=Path, default=DEV)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--max-ratio", type=float, default=0.8)
    args = ap.parse_args()
    dev, rows = dev_pieces(args.dev), corpus_texts(args.corpus)
    found = []
    for lang in ("zh", "en"):
        pairs = near_pairs(rows[lang], dev[lang], args.max_ratio)
        print(f"{lang}: {len(rows[lang])} corpus texts x {len(dev[lang])} dev pieces: {len(pairs)} near pairs")
        found += pairs
    for score, row, piece in found[:200]:
        print(f"  {score:.2f}  corpus: {row}\n        dev:    {piece}")
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
