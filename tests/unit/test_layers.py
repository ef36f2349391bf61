"""The code reads as a pipeline: no module imports a layer above its own (README, "How it is built")."""

from __future__ import annotations

import ast
from pathlib import Path

import callguard

# lowest first; a module may import its own layer and those before it
LAYERS = ["types", "errors", "text", "resources", "explain", "calltime", "ingest", "asr", "speakers", "detect",
          "report", "pipeline", "casework", "service", "training", "cli"]
ROOT = Path(callguard.__file__).parent


def imported(path: Path) -> list[str]:
    """Top-level callguard subpackages a file imports, at any depth of the file (late imports too)."""
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "callguard":
            parts = node.module.split(".")
            out += [parts[1]] if len(parts) > 1 else [a.name for a in node.names]
        elif isinstance(node, ast.Import):
            out += [a.name.split(".")[1] for a in node.names if a.name.startswith("callguard.")]
    return out


def test_every_module_has_a_layer():
    names = {p.relative_to(ROOT).parts[0].removesuffix(".py") for p in ROOT.rglob("*.py")}
    assert names - {"__init__", "__main__"} <= set(LAYERS)


def test_no_module_imports_a_layer_above_its_own():
    upward = []
    for path in ROOT.rglob("*.py"):
        own = path.relative_to(ROOT).parts[0].removesuffix(".py")
        if own in ("__init__", "__main__"):
            continue
        upward += [f"{path.relative_to(ROOT)} imports {name}" for name in imported(path)
                   if name in LAYERS and LAYERS.index(name) > LAYERS.index(own)]
    assert upward == []
