"""Choosing the language of a content text.

Every text a player sees is a mapping ``language → string``. A text may be missing in
the language the session uses (a facilitator's Finnish-only deck in an English session),
and a player must never see a blank card, so :func:`localize` falls back to another
language and says which one it used: the UI can then mark the text as "in Finnish".
"""

from __future__ import annotations

from collections.abc import Mapping

FALLBACK_ORDER = ("fi", "en")
"""Languages tried, in this order, when the wanted one is missing: Finnish is the first language."""


def localize(text: Mapping[str, str], language: str) -> tuple[str, str]:
    """The text in ``language`` if it has it, else in the first available fallback.

    Returns ``(string, language actually used)``. Blank strings count as missing. An empty
    mapping (which validation never lets through) gives ``("", language)``.
    """
    wanted = text.get(language)
    if wanted and wanted.strip():
        return wanted, language
    for candidate in (*FALLBACK_ORDER, *text):
        value = text.get(candidate)
        if value and value.strip():
            return value, candidate
    return "", language
