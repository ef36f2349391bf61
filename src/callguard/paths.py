"""Where the assembled weights live: $CALLGUARD_MODELS, else the checkout's models/ folder."""

from __future__ import annotations

import os
from pathlib import Path

WHISPER_DIR = "whisper-base"
OPENAI_CHECKPOINT = "openai-whisper/base.pt"
DETECTOR_DIR = "detector"


def models_dir() -> Path:
    env = os.environ.get("CALLGUARD_MODELS")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2] / "models"
