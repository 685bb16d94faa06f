"""Translations and locale formatting shared by the UI and the command line.

Catalogs are the ``.po`` files themselves (``locales/<lang>/LC_MESSAGES/messages.po``),
read with Babel at start-up, so a translator's edit shows up on the next start with no
compile step. Message ids are English; a missing catalog therefore degrades to English
text, and :attr:`Translator.catalog_found` tells the caller so it can be reported.

There is no module-level "current language": whoever owns the session (the UI's
``App``) creates a :class:`Translator` and hands it to what needs it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gettext as _gettext
import io
import locale
import logging
import os
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_timedelta
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal

from . import paths

SUPPORTED_LANGUAGES: tuple[str, ...] = ("fi", "en")
DEFAULT_LANGUAGE = "fi"
SOURCE_LANGUAGE = "en"  # the language of the message ids: needs no catalog
DOMAIN = "messages"

log = logging.getLogger(__name__)


def catalog_path(language: str, locales_dir: Path | None = None) -> Path:
    return (locales_dir or paths.locales_dir()) / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def _load_catalog(language: str, locales_dir: Path | None) -> _gettext.NullTranslations | None:
    """The catalog as gettext translations, or None when there is none (or it is unreadable).

    The ``.po`` is parsed by Babel and turned into an in-memory ``.mo`` so that plural
    forms follow the catalog's own ``Plural-Forms`` header through the standard library.
    """
    path = catalog_path(language, locales_dir)
    if not path.is_file():
        return None
    try:
        with path.open("rb") as po_file:
            catalog = read_po(po_file, locale=language)
        buffer = io.BytesIO()
        write_mo(buffer, catalog, use_fuzzy=False)
        buffer.seek(0)
        return _gettext.GNUTranslations(buffer)
    except Exception as error:  # a broken catalog must never stop the game
        log.warning("Could not read the %s catalog %s: %s", language, path, error)
        return None


class Translator:
    """Everything language-dependent for one language: messages and formats."""

    def __init__(self, language: str, locales_dir: Path | None = None) -> None:
        self.language = language if language in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE
        catalog = _load_catalog(self.language, locales_dir)
        self.catalog_found = catalog is not None
        if catalog is None and self.language != SOURCE_LANGUAGE:
            log.warning("No message catalog for %r; showing the English message ids.", self.language)
        self._translations = catalog or _gettext.NullTranslations()
        try:
            self.locale = Locale.parse(self.language)
        except (UnknownLocaleError, ValueError):
            self.locale = Locale.parse(DEFAULT_LANGUAGE)

    def gettext(self, message: str) -> str:
        return self._translations.gettext(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        """The right plural form for ``n``; ``%(n)s`` / ``{n}`` placeholders are the caller's."""
        return self._translations.ngettext(singular, plural, n)

    # ``_`` is the conventional name that ``pybabel extract`` looks for.
    _ = gettext

    def number(self, value: float | int) -> str:
        """``1 234,5`` in Finnish (with a no-break space), ``1,234.5`` in English."""
        return format_decimal(value, locale=self.locale)

    def date(self, value: dt.date) -> str:
        """A date the way people write it: ``6.12.2026`` in Finnish."""
        return format_date(
            value, format="d.M.yyyy" if self.language == "fi" else "medium", locale=self.locale
        )

    def duration(self, seconds: float) -> str:
        """``45 minutes`` / ``45 minuuttia``; rounds to the largest sensible unit."""
        return format_timedelta(dt.timedelta(seconds=seconds), locale=self.locale)


def system_language() -> str | None:
    """The operating system's language if we support it, else None."""
    candidates = [os.environ.get(name, "") for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")]
    with contextlib.suppress(ValueError):
        candidates.append(locale.getlocale()[0] or "")
    for candidate in candidates:
        for part in candidate.split(":"):
            code = part.split("_")[0].split(".")[0].lower()
            if code in SUPPORTED_LANGUAGES:
                return code
    return None


def choose_language(requested: str | None = None, saved: str | None = None) -> str:
    """The language to start in: asked for, else saved, else the system's, else Finnish."""
    for candidate in (requested, saved, system_language()):
        if candidate in SUPPORTED_LANGUAGES:
            return candidate
    return DEFAULT_LANGUAGE
