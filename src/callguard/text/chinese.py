"""Text clean-up shared by the engines: Chinese in simplified characters."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    return _converter().convert(text)


def clean(text: str, language: str) -> str:
    text = text.strip()
    return to_simplified(text) if language == "zh" else text
