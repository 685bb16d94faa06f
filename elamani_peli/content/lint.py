"""Warnings about content that loads but will not play well.

Warnings never keep a file out of the library; ``elamani-peli lint`` prints them next to
the errors. Checked: a text missing in one of the languages its file declares in
``languages:`` (a Swedish folder says nothing about the Finnish and English built-in
files, and a Finnish-only file is not asked for English), a card text too long to fit a
card at the largest type size, a deck without a level-1 card, and a resources file
without help services for one of its languages.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from pydantic import BaseModel

from .languages import texts_in
from .library import LoadResult, Problem
from .locate import Finding, to_problems
from .models import Deck, ResourcesFile
from .reading import ContentReadError, compose_file, read_text
from .textfit import CARD_LINES, estimated_lines, fits_on_card
from .texts import stale_findings


def lint(
    result: LoadResult, fits: Callable[[str], bool] = fits_on_card, *, only_given: bool = False
) -> list[Problem]:
    """Warnings for every loaded file, sorted by file and line.

    ``fits`` decides whether a card text fits a card at the largest type size; the
    default is the character-count estimate of :mod:`.textfit`. The UI can pass a real
    measurement with its font. ``only_given``: warn only about the files of the paths
    given (not the built-in content they were loaded with).
    """
    problems: list[Problem] = []
    for loaded in result.loaded:
        if only_given and loaded.origin == 0:
            continue
        languages = list(getattr(loaded.model, "languages", []))
        findings = list(_warnings(loaded.model, languages, fits))
        root, text = compose_file(loaded.path), _text_of(loaded.path)
        findings += stale_findings(loaded.model, root, text)
        if findings:
            problems += to_problems(loaded.shown, root, findings)
    return sorted(problems)


def _text_of(path: Path) -> str:
    try:
        return read_text(path)
    except (ContentReadError, OSError):
        return ""


def _warnings(model: BaseModel, languages: list[str], fits: Callable[[str], bool]) -> Iterator[Finding]:
    for loc, text in texts_in(model):
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
