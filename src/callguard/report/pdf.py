"""PDF of the HTML report, printed by headless Chromium (the page's print CSS lays it out)."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from callguard.errors import CallguardError, InputError

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--no-pdf-header-footer",
                 "--hide-scrollbars"]
TIMEOUT_S = 120


def find_chromium() -> str:
    """$CALLGUARD_CHROMIUM, else the first Chromium-family browser on PATH."""
    candidates = [os.environ.get("CALLGUARD_CHROMIUM", "")] + [shutil.which(b) or "" for b in BROWSERS]
    for path in candidates:
        if path and os.access(path, os.X_OK):
            return path
    raise CallguardError("chromium not found: install it (Debian: apt-get install -y chromium) "
                         "or set CALLGUARD_CHROMIUM to the browser's path")


def html_to_pdf(html_path: Path, pdf_path: Path) -> Path:
    """Print `html_path` to `pdf_path`, written atomically; a private profile keeps parallel runs apart."""
    html_path, pdf_path = Path(html_path).resolve(), Path(pdf_path)
    if not html_path.is_file():
        raise InputError(f"{html_path}: no such HTML report")
    browser = find_chromium()
    partial = pdf_path.with_name(f".{pdf_path.name}.part")
    with tempfile.TemporaryDirectory(prefix="callguard-chromium-") as profile:
        cmd = [browser, *CHROMIUM_ARGS, f"--user-data-dir={profile}", f"--print-to-pdf={partial}",
               html_path.as_uri()]
        try:
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT_S, check=False)
        except subprocess.TimeoutExpired:
            partial.unlink(missing_ok=True)
            raise CallguardError(f"chromium took over {TIMEOUT_S} s to print {html_path.name}") from None
    if done.returncode != 0 or not partial.is_file() or partial.stat().st_size == 0:
        partial.unlink(missing_ok=True)
        tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise CallguardError(f"chromium could not print {html_path.name} to PDF ({tail})")
    os.replace(partial, pdf_path)
    return pdf_path
