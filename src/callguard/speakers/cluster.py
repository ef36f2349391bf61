"""Clustering speaker embeddings when the number of speakers is not known (usually 2, sometimes 3).

Top-down: a call has two speakers unless the two halves of the best split sound alike; any cluster is
split again when its halves are further apart than one voice ever measured against itself. Distances
are cosine distances between duration-weighted centroids of resemblyzer embeddings, measured on the
dev calls: one voice split in two gave at most 0.15, different voices 0.17-0.50 (except two Chinese
voices at 0.08-0.15, which stay merged).
"""

from __future__ import annotations

import numpy as np

SAME_VOICE = 0.12  # below this the two halves of a forced split are one speaker
NEW_VOICE = 0.2  # a further split needs halves at least this far apart
MIN_FIRST_S = 1.5  # speech each half of the first split needs
MIN_SPLIT_S = 3.0  # speech each half of a further split needs
MAX_SPEAKERS = 4
INITS = 10
ROUNDS = 10


def cluster(emb: np.ndarray, durations: np.ndarray, reliable: np.ndarray, min_speakers: int = 2) -> np.ndarray:
    """A speaker number per embedding, numbered in order of first appearance.

    Only the reliable (long enough) pieces shape the clusters; all pieces are then given the nearest one.
    """
    if len(emb) == 0:
        return np.zeros(0, int)
    if reliable.sum() < 2:
        reliable = np.ones(len(emb), bool)
    rel_emb, rel_dur = emb[reliable], durations[reliable]
    labels = np.zeros(len(rel_emb), int)
    if min_speakers >= 2:
        split = best_split(rel_emb, rel_dur, MIN_FIRST_S)
        if split is not None and split[0] >= SAME_VOICE:
            labels = split[1]
    while len(set(labels)) < MAX_SPEAKERS:
        found = _widest_split(rel_emb, rel_dur, labels)
        if found is None:
            break
        labels = found
    centroids = centroids_of(rel_emb, rel_dur, labels)
    for _ in range(3):
        assigned = np.argmax(emb @ centroids.T, axis=1)
        centroids = centroids_of(emb, durations, assigned, centroids)
    return by_first_appearance(np.argmax(emb @ centroids.T, axis=1))


def _widest_split(emb: np.ndarray, dur: np.ndarray, labels: np.ndarray) -> np.ndarray | None:
    best = None
    for k in np.unique(labels):
        members = np.where(labels == k)[0]
        split = best_split(emb[members], dur[members], MIN_SPLIT_S)
        if split is not None and split[0] >= NEW_VOICE and (best is None or split[0] > best[0]):
            best = (split[0], members[split[1] == 1])
    if best is None:
        return None
    out = labels.copy()
    out[best[1]] = labels.max() + 1
    return out


def best_split(emb: np.ndarray, dur: np.ndarray, min_s: float) -> tuple[float, np.ndarray] | None:
    """The lowest-inertia 2-means split with at least min_s of speech per half: (distance, labels)."""
    if len(emb) < 2:
        return None
    rng = np.random.default_rng(0)
    best = None
    for _ in range(INITS):
        labels = _two_means(emb, rng)
        if min(dur[labels == 0].sum(), dur[labels == 1].sum()) < min_s:
            continue
        c = centroids_of(emb, dur, labels)
        inertia = float(np.sum(1 - np.sum(emb * c[labels], axis=1)))
        if best is None or inertia < best[0]:
            best = (inertia, float(1 - c[0] @ c[1]), labels)
    return None if best is None else (best[1], best[2])


def _two_means(emb: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    first = emb[rng.integers(len(emb))]
    far = np.maximum(1 - emb @ first, 0) ** 2  # k-means++: far points are likelier seeds
    second = emb[rng.choice(len(emb), p=far / far.sum())] if far.sum() > 0 else first
    centroids = np.stack([first, second])
    labels = np.zeros(len(emb), int)
    for _ in range(ROUNDS):
        labels = np.argmax(emb @ centroids.T, axis=1)
        if len(set(labels)) < 2:
            break
        centroids = centroids_of(emb, np.ones(len(emb)), labels)
    return labels


def centroids_of(emb: np.ndarray, weights: np.ndarray, labels: np.ndarray,
                 previous: np.ndarray | None = None) -> np.ndarray:
    n = labels.max() + 1 if previous is None else len(previous)
    out = np.zeros((n, emb.shape[1]), np.float64)
    for k in range(n):
        members = labels == k
        out[k] = (emb[members] * weights[members, None]).sum(axis=0) if members.any() else previous[k]
    return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)


def by_first_appearance(labels: np.ndarray) -> np.ndarray:
    order: dict[int, int] = {}
    for label in labels:
        order.setdefault(int(label), len(order))
    return np.array([order[int(label)] for label in labels], int)
