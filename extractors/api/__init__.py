"""Installed as the top-level package `extract_facts`: the Python API in one import.

    from extract_facts import extract
    facts = extract("news/article.txt", ["money", "dates"], reference_date="2025-12-25")

The library itself is `extract_facts.extractors` (engine and extractor
packages); the command line is `extract_facts.cli`.
"""

from extract_facts.extractors.engine.api import Extraction, ExtractionError, Fact, extract

__all__ = ["Extraction", "ExtractionError", "Fact", "extract"]
