"""Installed as the top-level package `extract_facts`: the Python API in one import.

    from extract_facts import extract
    facts = extract("news/article.txt", ["money", "dates"], reference_date="2025-12-25")

The library itself is `extract_facts.extractors` (engine and extractor
packages); the command line is `extract_facts.cli`. The API loads on first use,
so importing the command line (which imports this package first) stays fast.
"""

from __future__ import annotations

from typing import Any

__all__ = ["Extraction", "ExtractionError", "Fact", "extract"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from extract_facts.extractors.engine import api

        return getattr(api, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
