"""Warnings about content that loads but will not play well.

Warnings never keep a file out of the library; ``elamani-peli lint`` prints them next to
the errors. Checked: a text missing in one of the library's languages (the languages all
loaded files declare, Finnish and English for the built-in content), a card text too
long to fit a card at the largest type size, a deck without a level-1 card, and a
resources file without help services for one of the languages.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from pydantic import BaseModel

from .library import LoadResult, Problem
from .locate import Finding, Loc, to_problems
from .models import Deck, ResourcesFile
from .reading import compose_file
from .textfit import CARD_LINES, estimated_lines, fits_on_card


def lint(result: LoadResult, fits: Callable[[str], bool] = fits_on_card) -> list[Problem]:
    """Warnings for every loaded file, sorted by file and line.

    ``fits`` decides whether a card text fits a card at the largest type size; the
    default is the character-count estimate of :mod:`.textfit`. The UI can pass a real
    measurement with its font.
    """
    languages = result.library.languages
    problems: list[Problem] = []
    for loaded in result.loaded:
        findings = list(_warnings(loaded.model, languages, fits))
        if findings:
            problems += to_problems(loaded.shown, compose_file(loaded.path), findings)
    return sorted(problems)


def _warnings(model: BaseModel, languages: list[str], fits: Callable[[str], bool]) -> Iterator[Finding]:
    for loc, text in _texts(model, ()):
        missing = [language for language in languages if language not in text]
        if missing:
            names = " and ".join(f"`{language}`" for language in missing)
            yield Finding(loc, f"this text has no {names} version; add `{missing[0]}: …`", severity="warning")
    if isinstance(model, Deck):
        yield from _deck_warnings(model, fits)
    if isinstance(model, ResourcesFile):
        for language in languages:
            if language not in model.resources:
                yield Finding(
                    ("resources",),
                    f"no help services for `{language}`; "
                    "players of that language will see another language's list",
                    "key",
                    "warning",
                )


def _deck_warnings(deck: Deck, fits: Callable[[str], bool]) -> Iterator[Finding]:
    if not any(card.level == 1 for card in deck.cards):
        yield Finding(
            ("cards",),
            "this deck has no level-1 (light) card, so a session limited to light cards never draws from it; "
            "add one with `level: 1`",
            "key",
            "warning",
        )
    for index, card in enumerate(deck.cards):
        for field in ("text", "follow_up"):
            for language, text in (getattr(card, field) or {}).items():
                if not fits(text):
                    estimate = "" if fits is not fits_on_card else f" (about {estimated_lines(text)} lines)"
                    yield Finding(
                        ("cards", index, field, language),
                        f"this text is too long to fit a card at the largest type size{estimate}; "
                        f"a card holds about {CARD_LINES} lines: shorten it",
                        severity="warning",
                    )


def _texts(value: Any, loc: Loc) -> Iterator[tuple[Loc, dict[str, str]]]:
    """Every player-visible text in a model, with where it is (texts are the str → str maps)."""
    if isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from _texts(getattr(value, name), (*loc, name))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _texts(item, (*loc, index))
    elif isinstance(value, dict) and value and all(isinstance(item, str) for item in value.values()):
        yield loc, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _texts(item, (*loc, key))
