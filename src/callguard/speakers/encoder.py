"""Resemblyzer's speaker encoder (3-layer LSTM, 256-d) run in numpy, with its shipped weights.

Importing resemblyzer pulls in torch, librosa and numba (seconds per process, 14 s the first time), more
than the whole diarization budget; the network is small, so on CPU we read the weights file directly and
run it in numpy. On CUDA the same weights run in torch.
"""

from __future__ import annotations

import importlib.util
import pickle
from functools import lru_cache
from pathlib import Path

import numpy as np
from threadpoolctl import threadpool_limits

from callguard.types import SAMPLE_RATE

N_FFT = 400  # 25 ms window
HOP = 160  # 10 ms step
N_MELS = 40
PARTIAL_FRAMES = 160  # the 1.6 s partial utterances the encoder was trained on
HIDDEN = 256
LAYERS = 3
TARGET_DBFS = -30.0
BATCH = 128  # pieces through the LSTM at once: its gate inputs take 0.6 MiB a piece

_DTYPES = {"FloatStorage": np.float32, "DoubleStorage": np.float64, "LongStorage": np.int64,
           "IntStorage": np.int32, "HalfStorage": np.float16, "ByteStorage": np.uint8,
           "BoolStorage": np.bool_}


def weights_path() -> Path:
    spec = importlib.util.find_spec("resemblyzer")
    if spec is None or spec.origin is None:
        raise RuntimeError("resemblyzer is not installed (pip install resemblyzer==0.1.4)")
    return Path(spec.origin).parent / "pretrained.pt"


class _StateDict(dict):
    """OrderedDict stand-in: torch pickles state dicts with a `_metadata` attribute."""


class _Storage:
    def __init__(self, dtype):
        self.dtype = dtype
        self.data: np.ndarray | None = None


class _LegacyUnpickler(pickle.Unpickler):
    """Reads torch's pre-1.6 checkpoint format; resolves only the classes a state dict needs."""

    def __init__(self, f, storages):
        super().__init__(f)
        self.storages = storages

    def find_class(self, module, name):
        if module == "collections" and name == "OrderedDict":
            return _StateDict
        if module == "torch._utils" and name in ("_rebuild_tensor", "_rebuild_tensor_v2"):
            return _lazy_tensor
        if module == "torch" and name in _DTYPES:
            return name
        raise pickle.UnpicklingError(f"unexpected class {module}.{name} in the encoder weights")

    def persistent_load(self, pid):
        _, storage_type, key, _location, _numel, *_ = pid
        return self.storages.setdefault(key, _Storage(_DTYPES[storage_type]))


def _lazy_tensor(storage, offset, size, stride, *_):
    return storage, offset, tuple(size), tuple(stride)


def load_state(path: Path) -> dict[str, np.ndarray]:
    storages: dict[str, _Storage] = {}
    with open(path, "rb") as f:
        for _ in range(3):  # magic number, protocol version, system info
            pickle.load(f)
        checkpoint = _LegacyUnpickler(f, storages).load()
        for key in pickle.load(f):
            storage = storages[key]
            count = int(np.frombuffer(f.read(8), "<i8")[0])
            storage.data = np.frombuffer(f.read(count * np.dtype(storage.dtype).itemsize), storage.dtype)
    return {name: _materialise(*t) for name, t in checkpoint["model_state"].items()}


def _materialise(storage, offset, size, stride) -> np.ndarray:
    item = storage.data.itemsize
    view = np.lib.stride_tricks.as_strided(storage.data[offset:], size, [s * item for s in stride])
    return np.array(view, dtype=np.float32)


@lru_cache(maxsize=1)
def _weights() -> dict[str, np.ndarray]:
    state = load_state(weights_path())
    out = {"linear_w": np.ascontiguousarray(state["linear.weight"].T), "linear_b": state["linear.bias"]}
    # torch orders the gates i, f, g, o; put the three sigmoid gates first so one call covers them
    order = np.r_[0:512, 768:1024, 512:768]
    for layer in range(LAYERS):
        w_ih = state[f"lstm.weight_ih_l{layer}"][order]
        w_hh = state[f"lstm.weight_hh_l{layer}"][order]
        bias = (state[f"lstm.bias_ih_l{layer}"] + state[f"lstm.bias_hh_l{layer}"])[order]
        out[f"w_ih{layer}"] = np.ascontiguousarray(w_ih.T)
        out[f"w_hh{layer}"] = np.ascontiguousarray(w_hh.T)
        out[f"b{layer}"] = bias
    return out


def _hz_to_mel(f):
    f = np.asarray(f, dtype=np.float64)
    log_part = 15.0 + np.log(np.maximum(f, 1e-10) / 1000.0) / (np.log(6.4) / 27.0)
    return np.where(f >= 1000.0, log_part, f / (200.0 / 3))


def _mel_to_hz(m):
    m = np.asarray(m, dtype=np.float64)
    return np.where(m >= 15.0, 1000.0 * np.exp((np.log(6.4) / 27.0) * (m - 15.0)), m * (200.0 / 3))


@lru_cache(maxsize=1)
def mel_filters() -> np.ndarray:
    """librosa.filters.mel(sr=16000, n_fft=400, n_mels=40): Slaney scale and area normalisation."""
    fft_freqs = np.linspace(0, SAMPLE_RATE / 2, 1 + N_FFT // 2)
    mel_f = _mel_to_hz(np.linspace(_hz_to_mel(0.0), _hz_to_mel(SAMPLE_RATE / 2), N_MELS + 2))
    fdiff = np.diff(mel_f)
    ramps = mel_f[:, None] - fft_freqs[None, :]
    lower = -ramps[:-2] / fdiff[:-1, None]
    upper = ramps[2:] / fdiff[1:, None]
    weights = np.maximum(0, np.minimum(lower, upper))
    weights *= (2.0 / (mel_f[2:] - mel_f[:-2]))[:, None]
    return weights.astype(np.float32)


def n_frames(n_samples: int) -> int:
    return 1 + n_samples // HOP


def mel_frames(wav: np.ndarray, first: int = 0, last: int | None = None) -> np.ndarray:
    """Mel power spectrogram (frames x 40) as resemblyzer computes it: centred, zero-padded STFT. Only frames
    first..last of the whole wav's, so a long recording is never framed whole; at least PARTIAL_FRAMES are
    computed, since BLAS rounds small products differently and the frames must equal the whole wav's."""
    total = n_frames(len(wav))
    last = total if last is None else last
    lo = max(0, min(first, total - PARTIAL_FRAMES))
    hi = min(total, max(last, lo + PARTIAL_FRAMES))
    return _mel(wav, lo, hi)[first - lo:last - lo]


def _mel(wav: np.ndarray, first: int, last: int) -> np.ndarray:
    lo, hi = first * HOP - N_FFT // 2, (last - 1) * HOP + N_FFT // 2  # samples under frames first..last
    part = wav[max(lo, 0):max(min(hi, len(wav)), 0)].astype(np.float32)
    padded = np.pad(part, (max(-lo, 0), hi - max(lo, 0) - len(part)))
    index = np.arange(N_FFT)[None, :] + HOP * np.arange(last - first)[:, None]
    window = (0.5 - 0.5 * np.cos(2 * np.pi * np.arange(N_FFT) / N_FFT)).astype(np.float32)
    spectrum = np.abs(np.fft.rfft(padded[index] * window, axis=1)) ** 2
    return (spectrum.astype(np.float32) @ mel_filters().T).astype(np.float32)


def volume_gain(wav: np.ndarray) -> float:
    """The gain that raises quiet audio to -30 dBFS, never lowering it (resemblyzer's preprocessing)."""
    rms = float(np.sqrt(np.mean(np.square(wav, dtype=np.float64)))) if len(wav) else 0.0
    if rms <= 1e-9:
        return 1.0
    return max(1.0, 10 ** ((TARGET_DBFS - 20 * np.log10(rms)) / 20))


def embed_partials(mels: list[np.ndarray], device: str = "cpu") -> np.ndarray:
    """One L2-normalised 256-d embedding per mel sequence (each at most PARTIAL_FRAMES long)."""
    if not mels:
        return np.zeros((0, HIDDEN), np.float32)
    length = max(len(m) for m in mels)
    batch = np.zeros((len(mels), length, N_MELS), np.float32)
    mask = np.zeros((len(mels), length), bool)
    for i, m in enumerate(mels):  # right-aligned, so every sequence ends on the last step
        batch[i, length - len(m):] = m
        mask[i, length - len(m):] = True
    if device.startswith("cuda"):
        hidden = _lstm_torch(batch, mask, device)
    else:
        # the recurrent products are small: with other work on the cores, BLAS threads spinning on them
        # were measured 40 times slower than one thread
        with threadpool_limits(limits=1, user_api="blas"):
            hidden = _lstm_numpy(batch, mask)
    w = _weights()
    raw = np.maximum(hidden @ w["linear_w"] + w["linear_b"], 0)
    return raw / np.maximum(np.linalg.norm(raw, axis=1, keepdims=True), 1e-9)


def _lstm_numpy(batch: np.ndarray, mask: np.ndarray) -> np.ndarray:
    # sorted longest first, the sequences under way at a step are the first rows: only those are computed
    length = mask.shape[1]
    starts = length - mask.sum(1)
    order = np.argsort(starts, kind="stable")
    seq = batch[order]
    under_way = np.searchsorted(starts[order], np.arange(length), side="right")
    for layer in range(LAYERS):
        seq, h = _layer_numpy(seq, under_way, layer)
    out = np.empty_like(h)
    out[order] = h
    return out


def _layer_numpy(seq: np.ndarray, under_way: np.ndarray, layer: int) -> tuple[np.ndarray, np.ndarray]:
    """One LSTM layer over right-aligned sequences, longest first (`under_way[t]`: how many have started by
    step t): every step's hidden state, zero before a sequence starts, and the last one."""
    w = _weights()
    n, length, _ = seq.shape
    inputs = (seq.reshape(n * length, -1) @ w[f"w_ih{layer}"]).reshape(n, length, -1)
    inputs += w[f"b{layer}"]  # in place: the gate inputs are the largest array here
    h = np.zeros((n, HIDDEN), np.float32)
    c = np.zeros((n, HIDDEN), np.float32)
    out = np.zeros((n, length, HIDDEN), np.float32)
    w_hh = w[f"w_hh{layer}"]
    for t in range(length):
        k = int(under_way[t])
        if not k:
            continue
        m = min(max(k, 2), n)  # BLAS rounds a one-row product differently (another path): never fewer than two
        gates = inputs[:m, t] + h[:m] @ w_hh
        sig = 0.5 + 0.5 * np.tanh(0.5 * gates[:, :768])
        c_new = sig[:, 256:512] * c[:m] + sig[:, :256] * np.tanh(gates[:, 768:])
        c[:k] = c_new[:k]
        h[:k] = (sig[:, 512:768] * np.tanh(c_new))[:k]
        out[:k, t] = h[:k]
    return out, h


def _lstm_torch(batch: np.ndarray, mask: np.ndarray, device: str) -> np.ndarray:
    import torch

    w = _weights()
    order = np.argsort(np.r_[0:512, 768:1024, 512:768])  # back to torch's gate order
    with torch.no_grad():
        seq = torch.from_numpy(batch).to(device)
        keep = torch.from_numpy(mask).to(device)[:, :, None]
        for layer in range(LAYERS):
            w_ih = torch.from_numpy(w[f"w_ih{layer}"][:, order]).to(device)
            w_hh = torch.from_numpy(w[f"w_hh{layer}"][:, order]).to(device)
            b = torch.from_numpy(w[f"b{layer}"][order]).to(device)
            inputs = seq @ w_ih + b
            h = torch.zeros(len(batch), HIDDEN, device=device)
            c = torch.zeros_like(h)
            outs = []
            for t in range(batch.shape[1]):
                i, f, g, o = (inputs[:, t] + h @ w_hh).chunk(4, dim=1)
                c_new = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
                h_new = torch.sigmoid(o) * torch.tanh(c_new)
                c = torch.where(keep[:, t], c_new, c)
                h = torch.where(keep[:, t], h_new, h)
                outs.append(h)
            seq = torch.stack(outs, dim=1)
        return h.cpu().numpy()
