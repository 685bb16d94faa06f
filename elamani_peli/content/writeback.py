"""Writing translations back into a facilitator's YAML files, keeping everything else.

ruamel.yaml's round-trip mode keeps comments, key order, quotes, flow and block styles
and line breaks, so a file in which one text changed differs from the old one only in that
text's lines (PyYAML can only write the data out anew). It is used *only* for writing: the
game reads content with libyaml's safe loader (:mod:`.reading`) and checks what was written
with it, as any file.

A text written one per line (``fi: …`` / ``en: …``) gets its new language as one more
line; a one-line ``{fi: …, en: …}`` text becomes that block form (its lines are the edited
ones anyway), so that the note about the source (``# sv from fi 1a2b3c4d``, see
:mod:`.texts`) sits on the translation's own line.
"""

from __future__ import annotations

import io
import itertools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .reading import parse, read_text
from .texts import loc_of, translation_note


@dataclass(frozen=True)
class Translation:
    """One translated text to write: where (by item id and field) and what."""

    item_id: str
    field: str
    language: str
    text: str
    source_language: str
    source: str
    """The source text the translator saw (its hash goes beside the translation)."""


def write_translations(path: Path, translations: list[Translation]) -> tuple[int, list[str]]:
    """Write ``translations`` into the file at ``path``; (texts changed, texts not found).

    The file is rewritten only when something changed, so unchanged files keep their bytes
    (and modification times).
    """
    from ruamel.yaml import YAML
    from ruamel.yaml.comments import CommentedMap

    original = read_text(path)
    # The game's own safe reader first: what it refuses (aliases, tags, deep nesting) never
    # reaches the round-trip loader, whose aliases a walk over the data would multiply.
    parse(original)
    round_trip = YAML(typ="rt")
    round_trip.preserve_quotes = True
    round_trip.width = 4096  # never re-wrap a long line
    offset = _sequence_offset(original)
    round_trip.indent(mapping=2, sequence=offset + 2, offset=offset)
    data = round_trip.load(original)
    default_language = _first_language(data)
    changed, missing = 0, []
    for item in translations:
        loc = loc_of(data, item.item_id, item.field)
        parent, key = _parent(data, loc) if loc else (None, None)
        if parent is None or key is None:
            missing.append(f"{item.item_id} {item.field}")
            continue
        text = parent[key]
        if isinstance(text, str):  # a plain string: it is in the file's first language
            text = CommentedMap([(default_language, text)])
            parent[key] = text
        if not isinstance(text, CommentedMap):
            missing.append(f"{item.item_id} {item.field}")
            continue
        note = translation_note(item.language, item.source_language, item.source)
        if text.get(item.language) == item.text and _has_note(text, item.language, note):
            continue
        _block_style(text, parent)
        text[item.language] = item.text
        text.yaml_add_eol_comment(note, item.language)
        changed += 1
    if changed:
        buffer = io.StringIO()
        round_trip.dump(data, buffer)
        path.write_text(buffer.getvalue(), encoding="utf-8", newline="\r\n" if "\r\n" in original else "\n")
    return changed, missing


def _sequence_offset(text: str) -> int:
    """How far a list's ``- `` is indented under its key in this file (0 or 2, usually)."""
    lines = text.splitlines()
    for key_line, item_line in itertools.pairwise(lines):
        key = re.match(r"^( *)[^ #\-][^:]*:\s*(#.*)?$", key_line)
        item = re.match(r"^( *)- ", item_line)
        if key and item:
            return max(0, len(item.group(1)) - len(key.group(1)))
    return 2


def _first_language(data: Any) -> str:
    languages = data.get("languages") if isinstance(data, dict) else None
    return str(languages[0]) if isinstance(languages, list) and languages else "fi"


def _parent(data: Any, loc: tuple[str | int, ...]) -> tuple[Any, str | int | None]:
    node = data
    for step in loc[:-1]:
        try:
            node = node[step]
        except (KeyError, IndexError, TypeError):
            return None, None
    if isinstance(node, dict) and loc[-1] in node:
        return node, loc[-1]
    return None, None


def _block_style(text: Any, parent: Any) -> None:
    """A one-line text becomes one language per line (and a one-line choice, which holds it)."""
    for mapping in (parent, text):
        style = getattr(mapping, "fa", None)
        if style is not None and style.flow_style():
            style.set_block_style()


def _has_note(text: Any, language: str, note: str) -> bool:
    comment = text.ca.items.get(language)
    return bool(comment) and any(
        token is not None and note in getattr(token, "value", "") for token in comment
    )
