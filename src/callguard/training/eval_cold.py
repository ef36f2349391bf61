"""Accuracy of the detector's abusive-language output on COLD's test split (offensive or not).

    python -m callguard.training.eval_cold        # the shipped head's OFFENSIVE and INSULT outputs
    python -m callguard.training.eval_cold --all  # also COLD-only baselines trained here, for comparison
    python -m callguard.training.eval_cold --sample 1200 --model DIR   # a seeded sample; another head

The head has an auxiliary OFFENSIVE output trained on a sample of COLD train (and Davidson) next to the
five labels; INSULT itself is trained only on collector-style templates (COLD's group-directed
offence is not a collector insulting the debtor). COLD test is never used in training or tuning;
thresholds come from the detector (OFFENSIVE: 0.5 on the calibrated probability) or from COLD dev.
Published COLDetector: accuracy 0.81.
"""

from __future__ import annotations

import argparse
import csv
import random
from pathlib import Path

import numpy as np

from callguard.detect.learned import OUTPUTS, LearnedDetector, pair_features
from callguard.resources import CHECKOUT as ROOT
from callguard.text.grams import ngram_ids
from callguard.training.train import EmbedCache

COLD = ROOT.parent / "shared" / "datasets" / "cold"
DEV_SAMPLE = 1500
SEED = 7


def load(split: str) -> tuple[list[str], np.ndarray]:
    with (COLD / f"{split}.csv").open(encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    return [r["TEXT"].strip() for r in rows], np.array([int(r["label"]) for r in rows])


def sample(texts: list[str], y: np.ndarray, n: int) -> tuple[list[str], np.ndarray]:
    """A seeded sample of n rows (all rows when n is 0 or too large), in file order."""
    if not n or n >= len(texts):
        return texts, y
    idx = sorted(random.Random(SEED).sample(range(len(texts)), n))
    return [texts[i] for i in idx], y[idx]


def dev_sample(n: int = DEV_SAMPLE) -> tuple[list[str], np.ndarray]:
    return sample(*load("dev"), n)


def report(name: str, pred: np.ndarray, y: np.ndarray) -> None:
    tp = int((pred & (y == 1)).sum())
    p = tp / max(1, pred.sum())
    r = tp / max(1, (y == 1).sum())
    f1 = 2 * p * r / max(1e-9, p + r)
    print(f"{name:42} accuracy {np.mean(pred == (y == 1)):.3f}  P {p:.3f}  R {r:.3f}  F1 {f1:.3f}")


def scores(det: LearnedDetector, texts: list[str], cache: EmbedCache) -> np.ndarray:
    """Calibrated probabilities for texts read as lone utterances (no previous turn)."""
    cur = cache.embed(texts)
    return det.head.probs(pair_features(cur, np.zeros_like(cur)), [ngram_ids(t) for t in texts])


def best_accuracy_threshold(scores: np.ndarray, y: np.ndarray) -> float:
    grid = np.arange(0.05, 0.96, 0.01)
    return float(grid[int(np.argmax([np.mean((scores >= t) == (y == 1)) for t in grid]))])


def baselines(test: list[str], y_test: np.ndarray, cache: EmbedCache) -> None:
    """Models trained on COLD alone: char n-gram logistic regression, e5 + logistic regression, both."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    train, y_train = load("train")
    vec = TfidfVectorizer(analyzer="char", ngram_range=(1, 3), min_df=2, sublinear_tf=True)
    char_lr = LogisticRegression(C=3, max_iter=2000).fit(vec.fit_transform(train), y_train)
    p_char = char_lr.predict_proba(vec.transform(test))[:, 1]
    report("COLD-only char 1-3-gram TF-IDF + LR", p_char >= 0.5, y_test)
    idx = sorted(random.Random(SEED).sample(range(len(train)), 4000))
    e5_lr = LogisticRegression(C=1, max_iter=3000).fit(cache.embed([train[i] for i in idx]), y_train[idx])
    p_e5 = e5_lr.predict_proba(cache.embed(test))[:, 1]
    report("COLD-only e5 + LR (4000 train rows)", p_e5 >= 0.5, y_test)
    report("COLD-only mean of the two", (p_char + p_e5) / 2 >= 0.5, y_test)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="also train and score COLD-only baselines")
    parser.add_argument("--sample", type=int, default=0, help="score a seeded sample of N test rows (0: all)")
    parser.add_argument("--model", type=Path, default=None, help="a head other than the shipped one")
    args = parser.parse_args()
    det = LearnedDetector(args.model) if args.model else LearnedDetector()
    cache = EmbedCache(ROOT / "data" / "cache" / "e5_eval_cold.npz")
    test, y = sample(*load("test"), args.sample)
    print(f"COLD test: {len(test)} rows, {int(y.sum())} offensive")
    p = scores(det, test, cache)
    dev, y_dev = dev_sample(min(DEV_SAMPLE, args.sample // 4) if args.sample else DEV_SAMPLE)
    p_dev = scores(det, dev, cache)
    for name, thr in (("OFFENSIVE", 0.5), ("INSULT", det.thresholds["INSULT"])):
        k = OUTPUTS.index(name)
        report(f"detector {name} @ {thr:.2f}", p[:, k] >= thr, y)
        tuned = best_accuracy_threshold(p_dev[:, k], y_dev)
        report(f"detector {name} @ {tuned:.2f} (tuned on COLD dev)", p[:, k] >= tuned, y)
    if args.all:
        baselines(test, y, cache)


if __name__ == "__main__":
    main()
