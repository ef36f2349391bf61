#!/usr/bin/env python3
"""Train the speaker-role scorer (speakers/rolehead.py): does a line sound like the collector's.

    python -m callguard.training.rolehead [--out DIR] [--c C]

Data: data/corpus/corpus.jsonl without the COLD and Davidson rows. A template row's `text` is a collector's
line (positive, whatever its labels), except in the OTHER families, which are debtors' and third parties'
lines (negative). A row's `prev` is a negative when its family's template wrote it (`prev ||| cur`: always
the other party); otherwise it was drawn from the generator's pools of debtor, third-party and collector
turns, and is a negative when its nearest pool line (n-gram cosine, so noised and slot-filled turns find
theirs) is a debtor's or third party's, left out when it is a collector's. Texts are
deduplicated, and a text said by both sides is dropped. Fold 2 is validation; the shipped model is the one
trained on the other folds, so the card's numbers are its own. MODEL_CARD.md also scores the turns of
tests/data/challenge.jsonl, dialogue written apart from the corpus.
"""

from __future__ import annotations

import argparse
import json
import random
from datetime import date
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

from callguard.resources import CHECKOUT as ROOT
from callguard.speakers.rolehead import BUCKETS, MODEL_FILE, features, model_dir
from callguard.training.corpus import TEMPLATE_SETS, families, prev_pool

CORPUS = ROOT / "data" / "corpus" / "corpus.jsonl"
CHALLENGE = ROOT / "tests" / "data" / "challenge.jsonl"
VALID_FOLD = 2
SEED = 13
POOL_DRAWS = 8  # samples of the generator's prev pools, so slot fillers vary
C = 1.0


def matrix(texts: list[str]) -> sparse.csr_matrix:
    rows, cols, vals = [], [], []
    for i, text in enumerate(texts):
        ids, value = features(text)
        rows += [i] * len(ids)
        cols += ids
        vals += [value] * len(ids)
    return sparse.csr_matrix((vals, (rows, cols)), shape=(len(texts), BUCKETS), dtype=np.float32)


def load_rows(path: Path = CORPUS) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    return [r for r in rows if r["source"] == "template"]


def is_other(row: dict) -> bool:
    return "OTHER" in row["family"]


def pool_kinds(lang: str) -> tuple[list[str], list[str]]:
    """Lines of the generator's prev pools and the kind (debtor, third, collector) of each."""
    rng = random.Random(SEED)
    texts, kinds = [], []
    for _ in range(POOL_DRAWS):
        for kind, lines in prev_pool(lang, rng).items():
            texts += lines
            kinds += [kind] * len(lines)
    return texts, kinds


def other_party_prevs(rows: list[dict]) -> set[tuple[str, str]]:
    """(lang, prev) pairs said by the other party: written so by the template, or nearest to a debtor's or a
    third party's pool line."""
    ctx = {f["id"] for f in families() if "|||" in f["template"]}
    out = {(r["lang"], r["prev"]) for r in rows if r["family"] in ctx and r["prev"].strip()}
    for lang in TEMPLATE_SETS:
        prevs = sorted({r["prev"] for r in rows if r["lang"] == lang and r["prev"].strip()})
        pool, kinds = pool_kinds(lang)
        nearest = (matrix(prevs) @ matrix(pool).T).toarray().argmax(axis=1)
        out |= {(lang, p) for p, k in zip(prevs, nearest, strict=True) if kinds[k] != "collector"}
    return out


def examples(rows: list[dict]) -> list[dict]:
    """Deduplicated (text, y, lang, fold, kind); kind is collector, other (an OTHER family) or prev."""
    others = other_party_prevs(rows)
    seen: dict[tuple[str, str], dict] = {}
    ys: dict[tuple[str, str], set[int]] = {}
    for r in rows:
        items = [(r["text"], 0 if is_other(r) else 1, "other" if is_other(r) else "collector")]
        if (r["lang"], r["prev"]) in others:
            items.append((r["prev"], 0, "prev"))
        for text, y, kind in items:
            key = (r["lang"], text.strip())
            ys.setdefault(key, set()).add(y)
            seen.setdefault(key, {"text": key[1], "y": y, "lang": r["lang"], "fold": r["fold"], "kind": kind})
    return [ex for key, ex in seen.items() if len(ys[key]) == 1 and key[1]]


def fit(texts: list[str], ys: list[int], c: float = C) -> tuple[np.ndarray, float]:
    model = LogisticRegression(C=c, class_weight="balanced", max_iter=3000)
    model.fit(matrix(texts), np.array(ys))
    return model.coef_[0].astype(np.float32), float(model.intercept_[0])


def log_odds(w: np.ndarray, b: float, texts: list[str]) -> np.ndarray:
    return matrix(texts) @ w + b


def metrics(scores: np.ndarray, ys: np.ndarray) -> dict:
    right = (scores > 0) == (ys == 1)
    out = {"n": len(ys), "pos": int(ys.sum()), "neg": int((1 - ys).sum()), "acc": float(right.mean()),
           "acc_pos": float(right[ys == 1].mean()), "acc_neg": float(right[ys == 0].mean())}
    out["auc"] = float(roc_auc_score(ys, scores)) if 0 < ys.sum() < len(ys) else float("nan")
    return out


def validation(w: np.ndarray, b: float, valid: list[dict]) -> dict[str, dict]:
    """Per language: all validation texts, and collectors against the held-out OTHER families only (the
    prev pools' lines recur across folds, the OTHER families do not)."""
    out = {}
    for lang in sorted({ex["lang"] for ex in valid}):
        mine = [ex for ex in valid if ex["lang"] == lang]
        held = [ex for ex in mine if ex["kind"] != "prev"]
        for name, part in (("all", mine), ("families", held)):
            ys = np.array([ex["y"] for ex in part])
            out[f"{lang} {name}"] = metrics(log_odds(w, b, [ex["text"] for ex in part]), ys)
    return out


def challenge(w: np.ndarray, b: float, path: Path = CHALLENGE) -> dict[str, dict]:
    """Turn-level: collector turns against debtor and third-party turns of the challenge dialogues."""
    turns: dict[str, dict[str, int]] = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            item = json.loads(line)
            for role, text in item["turns"]:
                turns.setdefault(item["lang"], {})[text] = int(role == "collector")
    return {f"{lang} challenge": metrics(log_odds(w, b, list(t)), np.array(list(t.values())))
            for lang, t in sorted(turns.items())}


def card(report: dict[str, dict], n_train: int, c: float) -> str:
    lines = ["# Speaker-role scorer", "",
             "Logistic regression over hashed character 1-3-grams and toneless pinyin 1-2-grams "
             f"({BUCKETS} buckets, value 1/sqrt(n) per gram, C={c}, balanced classes): the log-odds that a line "
             "is the collector's. `speakers/roles.py` averages it over all of a speaker's turns (weighted by "
             "length, capped, clipped to ±3) and adds it, less the call's mean over its speakers, to the "
             "collector score with a modest weight.", "",
             f"Trained {date.today().isoformat()} by `python -m callguard.training.rolehead` on {n_train} "
             "deduplicated texts of data/corpus (folds 0, 1, 3, 4; template rows only). Positives: collectors' "
             "lines. Negatives: the OTHER families (debtors, third parties) and the other party's turns in "
             "`prev` (written by a `prev ||| cur` template, or nearest to a debtor's or third party's line of "
             "the generator's prev pools).", "",
             "| set | texts | collector | other | accuracy | on collector lines | on other lines | AUC |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for name, m in report.items():
        lines.append(f"| {name} | {m['n']} | {m['pos']} | {m['neg']} | {m['acc']:.3f} | {m['acc_pos']:.3f} | "
                     f"{m['acc_neg']:.3f} | {m['auc']:.3f} |")
    lines += ["", "`all`: fold 2 (validation). `families`: fold 2's collector lines against its OTHER families "
              "only, which no training text shares a template with (the prev pools' lines recur across "
              "folds). `challenge`: every turn of tests/data/challenge.jsonl, written apart from the corpus. "
              "The corpus's other-party lines are few and narrow, so the scorer is one modest term beside "
              "the cue phrases, never a decision on its own.", ""]
    return "\n".join(lines)


def run(out: Path, c: float) -> dict[str, dict]:
    exs = examples(load_rows())
    train = [ex for ex in exs if ex["fold"] != VALID_FOLD]
    valid = [ex for ex in exs if ex["fold"] == VALID_FOLD]
    w, b = fit([ex["text"] for ex in train], [ex["y"] for ex in train], c)
    report = validation(w, b, valid) | challenge(w, b)
    out.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out / MODEL_FILE, w=w, b=np.float32(b))
    (out / "MODEL_CARD.md").write_text(card(report, len(train), c), encoding="utf-8")
    for name, m in report.items():
        print(f"{name:20s} n={m['n']:5d} acc={m['acc']:.3f} ({m['acc_pos']:.3f} / {m['acc_neg']:.3f}) "
              f"auc={m['auc']:.3f}")
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=model_dir())
    parser.add_argument("--c", type=float, default=C, help="inverse L2 strength")
    args = parser.parse_args()
    run(args.out, args.c)


if __name__ == "__main__":
    main()
