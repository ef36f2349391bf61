#!/usr/bin/env bash
# Set up callguard on a fresh Debian machine: ffmpeg, a virtual environment, the package, the weights.
#   scripts/setup.sh          what `callguard analyze` needs
#   scripts/setup.sh --test   also what the tests need (pytest, ruff, headless Chromium, CJK fonts, PostgreSQL)
set -euo pipefail
cd "$(dirname "$0")/.."
want_test=0
[ "${1:-}" = "--test" ] && want_test=1

apt_install() {
  local sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

need=()
command -v ffmpeg >/dev/null && command -v ffprobe >/dev/null || need+=(ffmpeg)
if [ $want_test = 1 ]; then
  command -v chromium >/dev/null || need+=(chromium)
  command -v pdftoppm >/dev/null || need+=(poppler-utils)
  fc-list 2>/dev/null | grep -qi -e wqy -e noto.*cjk || need+=(fonts-wqy-microhei)
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)  # the service tests' second database
fi
if [ ${#need[@]} -gt 0 ]; then
  echo "setup: installing ${need[*]} (Debian packages)"
  apt_install "${need[@]}"
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
py=.venv/bin/python
# torch first and pinned: unpinned, pip would pull a CUDA build of several GB
$py -m pip install -q --disable-pip-version-check "torch==2.13.0" 2>&1 | grep -v "is ignored" || true
extra="[train,service]"
[ $want_test = 1 ] && extra="[test,train,service,ray]"
$py -m pip install -q --disable-pip-version-check -e ".${extra}" 2>&1 | grep -v "is ignored" || true
$py -c "import callguard, faster_whisper, whisper" || { echo "setup: the Python install failed" >&2; exit 1; }

$py scripts/assemble_models.py
$py scripts/convert_ct2_to_openai.py
[ -f src/callguard/detect/model/thresholds.json ] || $py -m callguard.training.train
echo "setup: done"
