"""Translations for the Qt-free front end (the CLI), read from the GUI's ``.ts`` files.

The GUI uses Qt's compiled ``.qm`` files; the CLI reads the same translations from the ``.ts``
XML so both speak with one voice. Language: ``EXAMSITE_LANG`` (``zh_CN`` by default, ``en``).
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from defusedxml import ElementTree

from app.messages import Translate, identity
from app.paths import ts_source

DEFAULT_LANGUAGE = "zh_CN"


def language_from_env() -> str:
    return os.environ.get("EXAMSITE_LANG", DEFAULT_LANGUAGE)


@cache
def _catalog(path: Path) -> dict[tuple[str, str], str]:
    catalog: dict[tuple[str, str], str] = {}
    if not path.exists():
        return catalog
    root = ElementTree.parse(str(path)).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            if node is None or node.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if node.text:
                catalog[(name, source)] = node.text
    return catalog


def translator(language: str | None = None) -> Translate:
    """A ``translate(context, source)`` function for ``language`` (English: identity)."""
    language = language or language_from_env()
    if language.startswith("en"):
        return identity
    catalog = _catalog(ts_source(language))

    def translate(context: str, source: str) -> str:
        return catalog.get((context, source), source)

    return translate
