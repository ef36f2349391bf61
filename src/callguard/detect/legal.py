"""Legal basis per label and jurisdiction, from data/legal_basis.yaml (shared/docs/taxonomy.md)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml


@lru_cache(maxsize=1)
def _table() -> dict:
    text = resources.files("callguard.detect").joinpath("data/legal_basis.yaml").read_text("utf-8")
    return yaml.safe_load(text)


def legal_basis(label: str, jurisdiction: str) -> list[str]:
    return list(_table().get(jurisdiction, {}).get(label, []))
