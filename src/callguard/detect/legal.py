"""Legal basis per label and jurisdiction, from data/legal_basis.yaml (shared/docs/taxonomy.md): what the
reports cite and what the complaint drafts cite."""

from __future__ import annotations

from callguard.resources import data_yaml


def legal_basis(label: str, jurisdiction: str) -> list[str]:
    return list(data_yaml("callguard.detect", "data/legal_basis.yaml").get(jurisdiction, {}).get(label, []))
