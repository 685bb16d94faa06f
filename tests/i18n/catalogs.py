"""Reading the catalogs the way the tests need them: message keys, placeholders, pseudo text."""

from __future__ import annotations

import string
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import read_po

REPO = Path(__file__).resolve().parents[2]
LOCALES = REPO / "locales"
TEMPLATE = LOCALES / "messages.pot"

MessageKey = tuple[str | None, str | tuple[str, ...]]
"""(context, msgid or (singular, plural)) — what makes a message unique in a catalog."""


def read_catalog(path: Path, locale: str | None = None) -> Catalog:
    with path.open("rb") as po_file:
        return read_po(po_file, locale=locale)


def key(message: Message) -> MessageKey:
    msgid = message.id if isinstance(message.id, str) else tuple(message.id)
    return message.context, msgid


def messages(catalog: Catalog) -> dict[MessageKey, Message]:
    """Every real message (not the header) by key."""
    return {key(message): message for message in catalog if message.id}


def placeholders(text: str) -> set[str]:
    """``{name}`` fields of a ``str.format`` text: a translation must keep exactly these."""
    return {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}


def strings(message: Message) -> list[str]:
    return [message.string] if isinstance(message.string, str) else list(message.string)


def ids(message: Message) -> list[str]:
    return [message.id] if isinstance(message.id, str) else list(message.id)
