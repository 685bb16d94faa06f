"""Texts out to a spreadsheet (CSV) or a translation file (.po), and back.

CSV: UTF-8 with a byte-order mark, so Excel shows Finnish letters (LibreOffice does either
way); columns ``id, field, <source language>, <language>, file, line`` — the header names
the two languages, so the file says what it holds. .po (gettext, read and written with
Babel): one entry per text, ``msgctxt`` = ``id field``, ``msgid`` the source text,
``msgstr`` the translation, the file and line as its reference, so Poedit and Weblate
show where a text comes from; the catalog's ``Language`` is the translation's language
and each entry's comment names the source language.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..content.texts import TextRow

FORMATS = ("csv", "po")
_FIXED_COLUMNS = ("id", "field")


@dataclass(frozen=True)
class TranslatedText:
    """One row read back: which text, in which file, and what the translator wrote."""

    file: str
    item_id: str
    field: str
    source_language: str
    source: str
    language: str
    translation: str


class TextsFileError(Exception):
    """A texts file that cannot be read back; the message says what to fix."""


def write_texts(rows: Iterable[TextRow], out: Path, style: str, source_language: str, language: str) -> int:
    rows = list(rows)
    if style == "csv":
        buffer = io.StringIO(newline="")
        writer = csv.writer(buffer)
        writer.writerow([*_FIXED_COLUMNS, source_language, language, "file", "line"])
        for row in rows:
            writer.writerow([row.id, row.field, row.source, row.translation, row.file, row.line])
        out.write_text(buffer.getvalue(), encoding="utf-8-sig", newline="")
    else:
        _write_po(rows, out, source_language, language)
    return len(rows)


def _write_po(rows: list[TextRow], out: Path, source_language: str, language: str) -> None:
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import write_po

    catalog = Catalog(locale=language, fuzzy=False)
    for row in rows:
        catalog.add(
            row.source,
            row.translation,
            locations=[(row.file, row.line)],
            auto_comments=[f"from {source_language}"],
            context=f"{row.id} {row.field}",
        )
    with out.open("wb") as stream:
        write_po(stream, catalog, width=0, sort_output=False, omit_header=False)


def read_texts(path: Path) -> list[TranslatedText]:
    """The non-empty translations of a CSV or .po file written by :func:`write_texts`."""
    if path.suffix.lower() == ".po":
        return _read_po(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise TextsFileError("the file is not UTF-8; save it as CSV UTF-8 in your spreadsheet") from None
    dialect = (
        csv.excel_tab if text.split("\n", 1)[0].count("\t") > text.split("\n", 1)[0].count(",") else csv.excel
    )
    if text.split("\n", 1)[0].count(";") > text.split("\n", 1)[0].count(","):
        dialect = _Semicolon  # Excel in Finnish saves CSV with semicolons
    records = list(csv.reader(io.StringIO(text, newline=""), dialect))
    if not records or len(records[0]) < 6 or tuple(records[0][:2]) != _FIXED_COLUMNS:
        raise TextsFileError("the first row must be: id, field, <source language>, <language>, file, line")
    source_language, language = records[0][2].strip(), records[0][3].strip()
    found = []
    for record in records[1:]:
        if len(record) < 5 or not record[3].strip():
            continue
        found.append(
            TranslatedText(record[4], record[0], record[1], source_language, record[2], language, record[3])
        )
    return found


class _Semicolon(csv.excel):
    delimiter = ";"


def _read_po(path: Path) -> list[TranslatedText]:
    from babel.messages.pofile import PoFileError, read_po

    try:
        with path.open("rb") as stream:
            catalog = read_po(stream, abort_invalid=True)
    except (PoFileError, UnicodeDecodeError, ValueError) as error:
        raise TextsFileError(f"this is not a readable .po file: {error}") from None
    language = str(catalog.locale) if catalog.locale else ""
    if not language:
        raise TextsFileError("the .po file names no language (its `Language:` header is empty)")
    found = []
    for message in catalog:
        if not message.id or not message.string or message.fuzzy or not message.context:
            continue
        item_id, _, field = str(message.context).partition(" ")
        source_language = next(
            (
                comment.removeprefix("from ").strip()
                for comment in message.auto_comments
                if comment.startswith("from ")
            ),
            "fi",
        )
        file = message.locations[0][0] if message.locations else ""
        found.append(
            TranslatedText(
                file, item_id, field, source_language, str(message.id), language, str(message.string)
            )
        )
    return found
