"""Rebuild an openai-whisper checkpoint (base.pt) from the CTranslate2 Whisper model, so both engines
run on the same weights.

    python scripts/convert_ct2_to_openai.py [--src DIR] [--out FILE]

model.bin layout (ctranslate2/specs/model_spec.py `_serialize`, read back by src/models/model.cc),
little-endian: u32 binary version, string spec name, u32 spec revision, u32 variable count, then per
variable: string name, u8 rank, u32 x rank shape, u8 dtype id, u32 byte count, raw bytes; then u32
alias count and (alias, target) string pairs. A string is a u16 length that counts a trailing NUL.
"""

from __future__ import annotations

import argparse
import base64
import gzip
import json
import os
import re
import struct
import sys
import tempfile
from pathlib import Path

import numpy as np
import torch

SUPPORTED_VERSIONS = range(4, 7)
SPEC = "WhisperSpec"
# Index = dtype id, the order of ctranslate2's DataType enum.
DTYPES = (torch.float32, torch.int8, torch.int16, torch.int32, torch.float16, torch.bfloat16)
GELU = 3
# Scalars the openai-whisper architecture fixes; any other value means a model it cannot represent.
EXPECTED_SCALARS = {
    "decoder/activation": GELU,
    "decoder/pre_norm": 1,
    "decoder/alibi": 0,
    "decoder/scale_embeddings": 0,
    "decoder/start_from_zero_embedding": 0,
}
# CTranslate2 runtime settings with no counterpart in openai-whisper (alignment heads come from config.json).
IGNORED_SCALARS = {"decoder/alibi_use_positive_positions", "decoder/scale_alibi",
                   "decoder/alignment_heads", "decoder/alignment_layer"}


class ConversionError(Exception):
    pass


class Reader:
    def __init__(self, data: bytearray):
        self.data = data
        self.pos = 0

    def unpack(self, fmt: str) -> tuple:
        fmt = "<" + fmt
        size = struct.calcsize(fmt)
        if self.pos + size > len(self.data):
            raise ConversionError(f"model.bin is truncated at byte {self.pos}")
        values = struct.unpack_from(fmt, self.data, self.pos)
        self.pos += size
        return values

    def string(self) -> str:
        (length,) = self.unpack("H")
        raw = bytes(self.data[self.pos:self.pos + length])
        if length == 0 or len(raw) != length or raw[-1] != 0:
            raise ConversionError(f"model.bin has a malformed string at byte {self.pos}")
        self.pos += length
        return raw[:-1].decode("utf-8")

    def tensor(self, shape: tuple[int, ...], type_id: int, num_bytes: int) -> torch.Tensor:
        if type_id >= len(DTYPES):
            raise ConversionError(f"model.bin uses unknown dtype id {type_id} at byte {self.pos}")
        dtype = DTYPES[type_id]
        count = int(np.prod(shape, dtype=np.int64)) if shape else 1
        if count * dtype.itemsize != num_bytes:
            raise ConversionError(f"model.bin: tensor at byte {self.pos} does not match its shape {shape}")
        if self.pos + num_bytes > len(self.data):
            raise ConversionError(f"model.bin is truncated at byte {self.pos}")
        flat = torch.frombuffer(self.data, dtype=dtype, count=count, offset=self.pos)
        self.pos += num_bytes
        return flat.reshape(shape).clone()


def read_ct2(path: Path) -> tuple[dict[str, torch.Tensor], dict[str, str]]:
    """The variables and aliases of a CTranslate2 Whisper model.bin."""
    reader = Reader(bytearray(path.read_bytes()))
    (version,) = reader.unpack("I")
    if version not in SUPPORTED_VERSIONS:
        raise ConversionError(f"{path}: CTranslate2 binary version {version} is not supported "
                              f"(expected {SUPPORTED_VERSIONS.start}-{SUPPORTED_VERSIONS.stop - 1})")
    spec = reader.string()
    reader.unpack("I")  # spec revision: the variable names below are checked one by one instead
    if spec != SPEC:
        raise ConversionError(f"{path} holds a {spec}, not a {SPEC}")
    variables = {}
    for _ in range(reader.unpack("I")[0]):
        name = reader.string()
        (rank,) = reader.unpack("B")
        shape = reader.unpack(f"{rank}I") if rank else ()
        type_id, num_bytes = reader.unpack("BI")
        variables[name] = reader.tensor(shape, type_id, num_bytes)
    aliases = {}
    for _ in range(reader.unpack("I")[0]):
        alias = reader.string()
        aliases[alias] = reader.string()
    if reader.pos != len(reader.data):
        raise ConversionError(f"{path} has {len(reader.data) - reader.pos} unread bytes at the end")
    return variables, aliases


class Variables:
    """CTranslate2 variables by name; each one taken is crossed off, so leftovers can be reported."""

    def __init__(self, tensors: dict[str, torch.Tensor], aliases: dict[str, str]):
        self.tensors = dict(tensors)
        self.aliases = dict(aliases)

    def take(self, name: str) -> torch.Tensor:
        if name not in self.tensors:
            raise ConversionError(f"model.bin has no variable {name}")
        return self.tensors.pop(name)

    def scalar(self, name: str) -> int:
        value = self.take(name)
        if value.dim() != 0:
            raise ConversionError(f"model.bin variable {name} should be a scalar, not {tuple(value.shape)}")
        return int(value.item())

    def layer_count(self, stack: str) -> int:
        pattern = re.compile(rf"{stack}/layer_(\d+)/")
        indices = {int(m.group(1)) for name in self.tensors if (m := pattern.match(name))}
        if indices != set(range(len(indices))) or not indices:
            raise ConversionError(f"model.bin has {stack} layers {sorted(indices)}, not 0..n-1")
        return len(indices)

    def check_all_taken(self) -> None:
        left = sorted(self.tensors) + [f"{a} (alias of {t})" for a, t in sorted(self.aliases.items())]
        if left:
            raise ConversionError(f"{len(left)} model.bin variables have no openai-whisper counterpart: "
                                  + ", ".join(left))


def linear(v: Variables, src: str, dst: str) -> dict[str, torch.Tensor]:
    return {f"{dst}.weight": v.take(f"{src}/weight"), f"{dst}.bias": v.take(f"{src}/bias")}


def layer_norm(v: Variables, src: str, dst: str) -> dict[str, torch.Tensor]:
    return {f"{dst}.weight": v.take(f"{src}/gamma"), f"{dst}.bias": v.take(f"{src}/beta")}


def split_linear(v: Variables, src: str, dsts: list[str]) -> dict[str, torch.Tensor]:
    """A fused CTranslate2 projection (rows stacked q|k|v or k|v) -> openai's separate ones."""
    weight, bias = v.take(f"{src}/weight"), v.take(f"{src}/bias")
    if weight.shape[0] % len(dsts) or bias.shape != weight.shape[:1]:
        raise ConversionError(f"{src} has shape {tuple(weight.shape)}, cannot split into {len(dsts)}")
    rows = weight.shape[0] // len(dsts)
    out = {}
    for i, dst in enumerate(dsts):
        part = slice(i * rows, (i + 1) * rows)
        out[f"{dst}.weight"] = weight[part].clone()
        if not dst.endswith(".key"):
            out[f"{dst}.bias"] = bias[part].clone()
        elif bias[part].any():
            # The converter fills the missing key bias with zeros; anything else would be lost here.
            raise ConversionError(f"{src}/bias has a non-zero key part; openai-whisper has no key bias")
    return out


def block(v: Variables, src: str, dst: str, cross: bool) -> dict[str, torch.Tensor]:
    qkv = [f"{dst}.attn.{p}" for p in ("query", "key", "value")]
    out = split_linear(v, f"{src}/self_attention/linear_0", qkv)
    out |= linear(v, f"{src}/self_attention/linear_1", f"{dst}.attn.out")
    out |= layer_norm(v, f"{src}/self_attention/layer_norm", f"{dst}.attn_ln")
    if cross:
        out |= linear(v, f"{src}/attention/linear_0", f"{dst}.cross_attn.query")
        kv = [f"{dst}.cross_attn.key", f"{dst}.cross_attn.value"]
        out |= split_linear(v, f"{src}/attention/linear_1", kv)
        out |= linear(v, f"{src}/attention/linear_2", f"{dst}.cross_attn.out")
        out |= layer_norm(v, f"{src}/attention/layer_norm", f"{dst}.cross_attn_ln")
    out |= linear(v, f"{src}/ffn/linear_0", f"{dst}.mlp.0")
    out |= linear(v, f"{src}/ffn/linear_1", f"{dst}.mlp.2")
    out |= layer_norm(v, f"{src}/ffn/layer_norm", f"{dst}.mlp_ln")
    return out


def check_scalars(v: Variables) -> None:
    for name, expected in EXPECTED_SCALARS.items():
        if (value := v.scalar(name)) != expected:
            raise ConversionError(f"model.bin {name} is {value}, openai-whisper needs {expected}")
    for name in IGNORED_SCALARS:
        v.scalar(name)


def check_tied_projection(v: Variables) -> None:
    """openai-whisper computes logits with the token embedding, so the projection must be tied to it."""
    target = v.aliases.pop("decoder/projection/weight", None)
    if target != "decoder/embeddings/weight":
        raise ConversionError("model.bin decoder/projection/weight is not tied to decoder/embeddings/weight")


def encoder(v: Variables) -> tuple[dict, dict]:
    layers = v.layer_count("encoder")
    state = {"encoder.positional_embedding": v.take("encoder/position_encodings/encodings")}
    for conv in ("conv1", "conv2"):
        state |= linear(v, f"encoder/{conv}", f"encoder.{conv}")
    for i in range(layers):
        state |= block(v, f"encoder/layer_{i}", f"encoder.blocks.{i}", cross=False)
    state |= layer_norm(v, "encoder/layer_norm", "encoder.ln_post")
    ctx, width = state["encoder.positional_embedding"].shape
    dims = {"n_mels": state["encoder.conv1.weight"].shape[1], "n_audio_ctx": ctx, "n_audio_state": width,
            "n_audio_head": v.scalar("encoder/num_heads"), "n_audio_layer": layers}
    return state, dims


def decoder(v: Variables) -> tuple[dict, dict]:
    layers = v.layer_count("decoder")
    state = {"decoder.token_embedding.weight": v.take("decoder/embeddings/weight"),
             "decoder.positional_embedding": v.take("decoder/position_encodings/encodings")}
    for i in range(layers):
        state |= block(v, f"decoder/layer_{i}", f"decoder.blocks.{i}", cross=True)
    state |= layer_norm(v, "decoder/layer_norm", "decoder.ln")
    check_tied_projection(v)
    check_scalars(v)
    ctx, width = state["decoder.positional_embedding"].shape
    dims = {"n_vocab": state["decoder.token_embedding.weight"].shape[0], "n_text_ctx": ctx,
            "n_text_state": width, "n_text_head": v.scalar("decoder/num_heads"), "n_text_layer": layers}
    return state, dims


def alignment_heads_dump(heads: list, layers: int, n_heads: int) -> bytes:
    """config.json's [layer, head] pairs in openai-whisper's own encoding (base85 of gzipped bool mask)."""
    mask = np.zeros((layers, n_heads), dtype=bool)
    for layer, head in heads:
        if not (0 <= layer < layers and 0 <= head < n_heads):
            raise ConversionError(f"config.json alignment head {[layer, head]} is outside {layers}x{n_heads}")
        mask[layer, head] = True
    return base64.b85encode(gzip.compress(mask.tobytes(), mtime=0))


def check_loadable(checkpoint: dict) -> None:
    """Load the state dict strictly into openai-whisper's model: names and shapes must all match."""
    from whisper.model import ModelDimensions, Whisper

    model = Whisper(ModelDimensions(**checkpoint["dims"]))
    try:
        model.load_state_dict(checkpoint["model_state_dict"], strict=True)
    except RuntimeError as e:
        raise ConversionError(f"the converted weights do not fit openai-whisper: {e}") from e
    model.set_alignment_heads(checkpoint["alignment_heads"])


def convert(src: Path) -> dict:
    for name in ("model.bin", "config.json"):
        if not (src / name).is_file():
            raise ConversionError(f"no {name} in {src} (run scripts/setup.sh to assemble the model)")
    v = Variables(*read_ct2(src / "model.bin"))
    enc_state, enc_dims = encoder(v)
    dec_state, dec_dims = decoder(v)
    v.check_all_taken()
    dims = {k: int(x) for k, x in (enc_dims | dec_dims).items()}
    heads = json.loads((src / "config.json").read_text()).get("alignment_heads")
    if not heads:
        raise ConversionError(f"{src / 'config.json'} has no alignment_heads")
    return {"dims": dims, "model_state_dict": enc_state | dec_state,
            "alignment_heads": alignment_heads_dump(heads, dims["n_text_layer"], dims["n_text_head"])}


def save_atomic(checkpoint: dict, out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    try:
        os.fchmod(fd, 0o644)  # mkstemp makes it owner-only; the checkout is shared
        with os.fdopen(fd, "wb") as fh:
            torch.save(checkpoint, fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def main(argv: list[str] | None = None) -> int:
    from callguard.resources import OPENAI_CHECKPOINT, WHISPER_DIR, models_dir

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--src", type=Path, default=models_dir() / WHISPER_DIR,
                        help="CTranslate2 Whisper model directory (model.bin, config.json)")
    parser.add_argument("--out", type=Path, default=models_dir() / OPENAI_CHECKPOINT,
                        help="openai-whisper checkpoint to write")
    args = parser.parse_args(argv)
    try:
        checkpoint = convert(args.src)
        check_loadable(checkpoint)
        save_atomic(checkpoint, args.out)
    except (ConversionError, OSError) as e:
        print(f"convert_ct2_to_openai: {e}", file=sys.stderr)
        return 1
    print(f"wrote {args.out} ({len(checkpoint['model_state_dict'])} tensors, dims {checkpoint['dims']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
