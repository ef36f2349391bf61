"""A finding's evidence in words, in the call's language, from data/explain.yaml.

Detectors record what they saw as data (types.Evidence: detector, rule, matched words, cue turn,
score); this module is the one place that turns it into a sentence, for the report and for people.
"""

from __future__ import annotations

from callguard.resources import data_yaml
from callguard.types import Evidence


def texts(language: str) -> dict:
    data = data_yaml("callguard", "data/explain.yaml")
    return data.get(language, data["en"])


def say(language: str, key: str, **values) -> str:
    return texts(language)[key].format(**values)


def word(language: str, table: str, key: str) -> str:
    return texts(language)[table].get(key, key)


def join(language: str, parts: list[str]) -> str:
    return texts(language)["join"].join(parts)


def render(evidence: Evidence, language: str) -> str:
    """One detector's evidence as a sentence; a template "a+b" is a then b, from the same values."""
    return "".join(say(language, key, **evidence.values) for key in evidence.template.split("+"))
