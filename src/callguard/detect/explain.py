"""Explanations in the call's language, from data/explain.yaml."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml


@lru_cache(maxsize=1)
def _texts() -> dict:
    return yaml.safe_load(resources.files("callguard.detect").joinpath("data/explain.yaml").read_text("utf-8"))


def texts(language: str) -> dict:
    data = _texts()
    return data.get(language, data["en"])


def say(language: str, key: str, **values) -> str:
    return texts(language)[key].format(**values)


def word(language: str, table: str, key: str) -> str:
    return texts(language)[table].get(key, key)


def join(language: str, parts: list[str]) -> str:
    return texts(language)["join"].join(parts)
