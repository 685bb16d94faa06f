"""Every player-visible text of some content files, as rows a translator can work on.

A row names its text the way a person would look for it — the id of the card, scene,
theme … that holds it and the field inside that item (``text``, ``follow_up``,
``choices.1.text``, ``character.intro``) — plus the file and line where it is. That is
stable while cards are added or moved, unlike a position in a list, so a spreadsheet made
last month still finds its texts (:mod:`.writeback` follows the same names back).

Stale translations: when a translation is written back, a short hash of the source text
it was made from goes beside it as a comment (``# sv from fi 1a2b3c4d``). When the source
changes later, the hash no longer matches and ``lint`` says so (:func:`stale_findings`).
A comment, because it is invisible to the game and the format needs no new key.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import yaml
from pydantic import BaseModel

from .languages import texts_in
from .library import LoadedFile
from .locate import Finding, Loc, locate, node_at

_NOTE = re.compile(r"#\s*([a-z]{2,3}) from ([a-z]{2,3}) ([0-9a-f]{8})\b")
ITEM_LISTS = ("cards", "scenes", "themes", "strengths")


def source_hash(text: str) -> str:
    """Eight hex digits of SHA-1: enough to notice a changed source, short enough to read past."""
    return hashlib.sha1(text.strip().encode("utf-8")).hexdigest()[:8]


def translation_note(language: str, source_language: str, source: str) -> str:
    """The comment written beside a translation (without the ``#``)."""
    return f"{language} from {source_language} {source_hash(source)}"


@dataclass(frozen=True)
class TextRow:
    """One text of one file: where it is, its source, and its translation so far."""

    file: str
    line: int
    id: str
    field: str
    source: str
    translation: str


def text_rows(
    loaded: LoadedFile, root: yaml.Node | None, source_language: str, language: str
) -> Iterator[TextRow]:
    """The rows of one loaded file (texts without a source-language version are left out)."""
    for loc, text in texts_in(loaded.model):
        source = text.get(source_language, "")
        if not source.strip():
            continue
        item_id, field = name_of(loaded.model, loc)
        line = locate(root, (*loc, source_language)).line
        yield TextRow(loaded.shown, line, item_id, field, source, text.get(language, ""))


def name_of(model: BaseModel, loc: Loc) -> tuple[str, str]:
    """(id of the item that holds the text, dotted field inside it): ``("eeka-aamu", "choices.0.text")``."""
    if len(loc) >= 2 and loc[0] in ITEM_LISTS and isinstance(loc[1], int):
        item = getattr(model, str(loc[0]))[loc[1]]
        return item.id, ".".join(map(str, loc[2:]))
    return str(getattr(model, "id", "") or getattr(model, "kind", "")), ".".join(map(str, loc))


def loc_of(data: Any, item_id: str, field: str) -> Loc | None:
    """The reverse of :func:`name_of` on a file's plain data; None when there is no such item."""
    steps: list[str | int] = [int(step) if step.isdigit() else step for step in field.split(".")]
    if isinstance(data, dict) and (
        data.get("id") == item_id or (not data.get("id") and data.get("kind") == item_id)
    ):
        return tuple(steps)
    for list_key in ITEM_LISTS:
        items = data.get(list_key) if isinstance(data, dict) else None
        for index, item in enumerate(items if isinstance(items, list) else []):
            if isinstance(item, dict) and item.get("id") == item_id:
                return (list_key, index, *steps)
    return None


def stale_findings(model: BaseModel, root: yaml.Node | None, text: str) -> list[Finding]:
    """Warnings for translations whose source text changed after they were written back."""
    if "from" not in text:
        return []
    lines = text.splitlines()
    findings = []
    for loc, value in texts_in(model):
        for language in value:
            node = node_at(root, (*loc, language))
            if node is None or node.end_mark.line >= len(lines):
                continue
            note = _NOTE.search(lines[node.end_mark.line][node.end_mark.column :])
            if note is None or note.group(1) != language:
                continue
            source_language, stored = note.group(2), note.group(3)
            source = value.get(source_language)
            if source is not None and source_hash(source) != stored:
                findings.append(
                    Finding(
                        (*loc, language),
                        f"the `{source_language}` text changed after this `{language}` translation was made; "
                        "check the translation, then update the note "
                        f"`# {language} from {source_language} …` (`texts import` does it for you)",
                        "key",
                        "warning",
                    )
                )
    return findings
