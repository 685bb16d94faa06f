"""Warnings about content that loads but will not play well.

Lint findings never keep a file out of the library; ``elamani-peli lint`` prints them next
to the validation errors. Warnings: a text missing in one of the languages its file
declares in ``languages:`` (a Swedish folder says nothing about the Finnish and English
built-in files, and a Finnish-only file is not asked for English), a card text too long to
fit a card at the largest type size, a deck without a level-1 card, a resources file
without help services for one of its languages, a translation whose source changed after
it was made (:mod:`.texts`), and a Finnish card that opens with a yes/no question
(*Onko…? Oletko…?*) and offers nothing open after it — a quiet player can end it with one
*joo*. One error: two cards anywhere in the loaded content with the same Finnish or English
text (the same card twice in a session makes the game feel thin). Every rule is one pass
over the cards: linear in their number. Given paths, only their files are reported on.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

from pydantic import BaseModel

from .languages import texts_in
from .library import LoadedFile, LoadResult, Problem
from .locate import Finding, to_problems
from .messages import closed_opener_message, duplicate_text_message
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
    findings: dict[int, list[Finding]] = defaultdict(list)
    reported = [not (only_given and loaded.origin == 0) for loaded in result.loaded]
    for index, loaded in enumerate(result.loaded):
        if reported[index]:
            languages = list(getattr(loaded.model, "languages", []))
            findings[index] += _warnings(loaded.model, languages, fits)
    for index, finding in _duplicate_texts(result.loaded):
        if reported[index]:
            findings[index].append(finding)
    problems: list[Problem] = []
    for index, found in findings.items():
        loaded = result.loaded[index]
        text = _text_of(loaded.path)
        if not found and " from " not in text:  # no note of a translation's source in it
            continue
        root = compose_file(loaded.path)
        found += stale_findings(loaded.model, root, text)
        if found:
            problems += to_problems(loaded.shown, root, found)
    return sorted(problems)


def _text_of(path: Path) -> str:
    try:
        return read_text(path)
    except (ContentReadError, OSError):
        return ""


_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"(?<=[.?!…])\s+")
_YES_NO_VERB = re.compile(r"^\w{2,}(?:ko|kö)(?:han|hän|s)?$", re.IGNORECASE)
"""A Finnish word with the question clitic -ko/-kö (*Onko, Oletko, Osaatko, Muistatko,
Tiedätkö, Voiko, Haluaisitko, Huomasitko, Onkohan*): it asks for yes or no. Question words
(*mikä, miten, kuka*) never end so."""
_NOT_VERBS = frozenset({"pakko", "jakso", "kirkko", "lukko", "kokko", "ruoko", "tikku"})
"""Everyday nouns ending in -ko that can open a sentence without asking yes or no."""


def opens_with_yes_no(text: str) -> bool:
    """True when ``text``'s first sentence is a yes/no question (its first word carries -ko/-kö)."""
    first = _WORD.search(text)
    if first is None:
        return False
    word = first.group().lower()
    return word not in _NOT_VERBS and _YES_NO_VERB.match(word) is not None


def closed_opener(text: str) -> bool:
    """A yes/no question with no open sentence after it (a later sentence not itself yes/no).

    "Onko sinulla lempipaikka? Millainen se on?" is open; "Onko sinulla lempipaikka?" and
    "Oletko aamu- vai iltaihminen?" are closed.
    """
    sentences = [part for part in _SENTENCE_END.split(text.strip()) if part]
    if not sentences or not opens_with_yes_no(sentences[0]) or "?" not in sentences[0]:
        return False
    return all(opens_with_yes_no(sentence) for sentence in sentences[1:])


def _same(text: str) -> str:
    """Texts count as the same when they differ only in case and spacing."""
    return " ".join(text.split()).casefold()


def _duplicate_texts(loaded_files: list[LoadedFile]) -> Iterator[tuple[int, Finding]]:
    """Cards whose `fi` or `en` text an earlier card (in load order) already has: one dict pass."""
    first_seen: dict[tuple[str, str], tuple[str, str]] = {}
    for index, loaded in enumerate(loaded_files):
        if not isinstance(loaded.model, Deck):
            continue
        for position, card in enumerate(loaded.model.cards):
            for language in ("fi", "en"):
                text = card.text.get(language)
                if text is None:
                    continue
                key = (language, _same(text))
                if key in first_seen:
                    other_file, other_card = first_seen[key]
                    yield (
                        index,
                        Finding(
                            ("cards", position, "text", language),
                            duplicate_text_message(language, other_card, other_file),
                        ),
                    )
                else:
                    first_seen[key] = (loaded.shown, card.id)


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
        finnish = card.text.get("fi")
        if finnish is not None and closed_opener(finnish):
            yield Finding(("cards", index, "text", "fi"), closed_opener_message(finnish), severity="warning")
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
