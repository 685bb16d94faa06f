"""Reading the catalogs the way the tests need them: message keys, placeholders, pseudo text."""

from __future__ import annotations

import re
import shutil
import string
from collections.abc import Callable
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import read_po, write_po

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


# -- generated catalogs: the pseudo-locale and a third language ------------------------------

PSEUDO_LANGUAGE = "en_XA"
"""The pseudo-locale's code: ``en`` formats (CLDR has no ``en_XA``), English-looking text."""

_ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "åḃçđéƒĝĥîĵķļṁñöþǫŕšţûṽŵẋýžÅḂÇĐÉḞĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",  # all in the bundled font
)
_FIELD = re.compile(r"(\{[^{}]*\})")


def pseudo_text(text: str) -> str:
    """``Settings`` → ``[Šééţţîîñĝš ~]``: accented, ~40 % longer, bracketed, placeholders kept.

    Every word grows (vowels doubled) because long words — Finnish compounds — are what
    breaks a layout, not only long sentences; the brackets show a cut-off at a glance.
    """
    if not text:
        return text
    parts = []
    for part in _FIELD.split(text):
        if _FIELD.fullmatch(part):
            parts.append(part)
            continue
        grown = []
        for ch in part:
            grown.append(ch)
            if ch.lower() in "aeiouy":
                grown.append(ch)
        parts.append("".join(grown).translate(_ACCENTED))
    body = "".join(parts)
    padding = "~" * max(1, (len(body) - len(text)) // 4)
    return f"[{body} {padding}]"


def write_catalog(
    locales_dir: Path, language: str, translate: Callable[[str], str], source: Path = TEMPLATE
) -> Path:
    """A complete ``.po`` for ``language`` from the template, each text through ``translate``."""
    template = read_catalog(source)
    catalog = Catalog(locale=language, project="elamani-peli")
    for message in template:
        if not message.id:
            continue
        if isinstance(message.id, str):
            string: str | tuple[str, ...] = translate(message.id)
        else:
            singular, plural = message.id
            string = tuple(translate(singular if n == 0 else plural) for n in range(catalog.num_plurals))
        catalog.add(message.id, string, context=message.context)
    path = locales_dir / language / "LC_MESSAGES" / "messages.po"
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as po_file:
        write_po(po_file, catalog)
    return path


def copy_locales(target: Path) -> Path:
    """The shipped ``locales/`` copied to ``target`` (a temp folder a test may add to)."""
    shutil.copytree(LOCALES, target)
    return target
