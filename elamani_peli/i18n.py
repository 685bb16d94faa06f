"""Translations and locale formatting shared by the UI and the command line.

Catalogs are the ``.po`` files themselves (``locales/<lang>/LC_MESSAGES/messages.po``),
read with Babel at start-up, so a translator's edit shows up on the next start with no
compile step (and a fresh clone or an editable install needs no build step either:
parsing a catalog costs ~30 ms cold and ~10 ms warm, against ~0.5 ms for a ``.mo``).
Message ids are English; a missing catalog therefore degrades to English text, and
:attr:`Translator.catalog_found` tells the caller so it can be reported.

Which languages exist is read from ``locales/`` too: Finnish and English always, plus
every other folder holding a catalog — adding Swedish is a translator's job (a ``.po``
file and YAML texts), with no change to the code. Language codes are the folder names
(``sv``, ``en_XA``), the same codes the content YAML uses for its texts.

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
from typing import Literal

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.lists import format_list
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal
from babel.units import format_unit

from . import paths

SUPPORTED_LANGUAGES: tuple[str, ...] = ("fi", "en")
"""The languages the game ships complete and always offers; see :func:`available_languages`."""
DEFAULT_LANGUAGE = "fi"
SOURCE_LANGUAGE = "en"  # the language of the message ids: needs no catalog
DOMAIN = "messages"

log = logging.getLogger(__name__)


EASY_DOMAIN = "selko"
"""Easy-Finnish (selkokieli) variants of the texts that matter during play, beside the Finnish
catalog (``locales/fi/LC_MESSAGES/selko.po``): a partial catalog, falling back to Finnish."""
EASY_LANGUAGE = "fi"


def catalog_path(language: str, locales_dir: Path | None = None, domain: str = DOMAIN) -> Path:
    return (locales_dir or paths.locales_dir()) / language / "LC_MESSAGES" / f"{domain}.po"


def available_languages(locales_dir: Path | None = None) -> tuple[str, ...]:
    """Finnish and English, then every other language with a catalog in ``locales/``, sorted.

    Read on each call (a directory listing): the language switch, the settings check and
    the command line all see a newly added catalog without anyone registering it.
    """
    folder = locales_dir or paths.locales_dir()
    extra: list[str] = []
    if folder.is_dir():
        extra = sorted(
            entry.name
            for entry in folder.iterdir()
            if entry.name not in SUPPORTED_LANGUAGES and catalog_path(entry.name, folder).is_file()
        )
    return (*SUPPORTED_LANGUAGES, *extra)


def babel_locale(language: str) -> Locale:
    """The CLDR locale for formats: the code itself, else its language part, else Finnish.

    ``en_XA`` (the pseudo-locale) is not in CLDR and formats like English.
    """
    for candidate in (language, language.split("_")[0].split("-")[0], DEFAULT_LANGUAGE):
        with contextlib.suppress(UnknownLocaleError, ValueError):
            return Locale.parse(candidate)
    raise AssertionError("the default locale is always known")  # pragma: no cover


def language_name(language: str) -> str:
    """The language named in itself, as a switch shows it: ``Suomi``, ``English``, ``Svenska``.

    Naming each language in its own words keeps the switch readable to someone who does
    not understand the language the game is in right now.
    """
    try:
        name = Locale.parse(language).get_display_name(language) or language
    except (UnknownLocaleError, ValueError):
        base = babel_locale(language)
        name = f"{base.get_display_name(base)} ({language})"
    return name[:1].upper() + name[1:]


def _load_catalog(
    language: str, locales_dir: Path | None, domain: str = DOMAIN
) -> _gettext.NullTranslations | None:
    """The catalog as gettext translations, or None when there is none (or it is unreadable).

    The ``.po`` is parsed by Babel and turned into an in-memory ``.mo`` so that plural
    forms follow the catalog's own ``Plural-Forms`` header through the standard library.
    Fuzzy entries are left out: a guess nobody checked shows the English id instead.
    A line Babel cannot parse is skipped (one typo must not turn the whole game English);
    Babel prints those warnings, so they are caught and sent to the log instead.
    """
    path = catalog_path(language, locales_dir, domain)
    if not path.is_file():
        return None
    try:
        with path.open("rb") as po_file, contextlib.redirect_stdout(io.StringIO()) as printed:
            catalog = read_po(po_file, locale=babel_locale(language))
        for line in printed.getvalue().splitlines():
            log.warning("%s: %s", path, line)
        buffer = io.BytesIO()
        write_mo(buffer, catalog, use_fuzzy=False)
        buffer.seek(0)
        return _gettext.GNUTranslations(buffer)
    except Exception as error:  # a broken catalog must never stop the game
        log.warning("Could not read the %s catalog %s: %s", language, path, error)
        return None


def is_language(code: str) -> bool:
    """Whether CLDR knows ``code`` as a language (``sv``, ``se``, ``smn``), catalog or not."""
    try:
        Locale.parse(code)
    except (UnknownLocaleError, ValueError):
        return False
    return True


class Translator:
    """Everything language-dependent for one language: messages and formats.

    Any language CLDR knows can be asked for, also one without a catalog (a facilitator's
    Swedish decks in a game that has no Swedish menus): then the menus are English (the
    message ids), formats follow the language, and :attr:`catalog_found` is false so the
    caller can say so.
    """

    def __init__(self, language: str, locales_dir: Path | None = None, *, easy: bool = False) -> None:
        """``easy``: the *Selkokieli* preference — in Finnish, the easy variants of the texts
        that matter during play (card buttons, turn prompts, help), Finnish for the rest."""
        offered = language in available_languages(locales_dir)
        self.language = language if offered or is_language(language) else DEFAULT_LANGUAGE
        catalog = _load_catalog(self.language, locales_dir)
        self.catalog_found = catalog is not None
        if catalog is None and not offered and self.language != DEFAULT_LANGUAGE:
            log.info("No catalog for %r (a language of the content only): English menus.", self.language)
        elif catalog is None and self.language != SOURCE_LANGUAGE:
            log.warning("No message catalog for %r; showing the English message ids.", self.language)
        self._translations = catalog or _gettext.NullTranslations()
        self.easy = False
        if easy and self.language == EASY_LANGUAGE:
            variants = _load_catalog(self.language, locales_dir, EASY_DOMAIN)
            if variants is not None:
                variants.add_fallback(self._translations)
                self._translations, self.easy = variants, True
        self.locale = babel_locale(self.language)

    def gettext(self, message: str) -> str:
        return self._translations.gettext(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        """The right plural form for ``n`` (CLDR rules via the catalog's ``Plural-Forms``).

        ``{n}`` placeholders are the caller's: ``ngettext("{n} card", "{n} cards", n).format(n=...)``.
        """
        return self._translations.ngettext(singular, plural, n)

    def pgettext(self, context: str, message: str) -> str:
        """``message`` in a context, for one English word that needs two translations:
        ``pgettext("board space", "Start")`` is *Lähtö*, the button ``_("Start")`` *Aloita*."""
        return self._translations.pgettext(context, message)

    # ``_`` is the conventional name that ``pybabel extract`` looks for.
    _ = gettext

    def number(self, value: float | int) -> str:
        """``1 234,5`` in Finnish (with a no-break space, U+00A0), ``1,234.5`` in English."""
        return format_decimal(value, locale=self.locale)

    def date(self, value: dt.date) -> str:
        """A date the way people write it: ``6.12.2026`` in Finnish, ``Dec 6, 2026`` in English."""
        return format_date(value, format="medium", locale=self.locale)

    def duration(self, seconds: float, length: Literal["short", "long", "narrow"] = "long") -> str:
        """A play time in whole minutes: ``45 minuuttia``, ``1 tunti ja 30 minuuttia``.

        ``length="short"`` gives ``1 t, 30 min``. Minutes are never rounded up to hours
        (Babel's ``format_timedelta`` would call 90 minutes "2 tuntia").
        """
        hours, minutes = divmod(max(0, round(seconds / 60)), 60)
        parts = []
        if hours:
            parts.append(format_unit(hours, "duration-hour", length=length, locale=self.locale))
        if minutes or not hours:
            parts.append(format_unit(minutes, "duration-minute", length=length, locale=self.locale))
        return format_list(parts, style="unit" if length == "long" else "unit-short", locale=self.locale)


def _no_language(code: str) -> bool:
    """``C`` and ``POSIX`` (also ``C.UTF-8``) name no language: containers and services set them."""
    return code in ("C", "POSIX")


def english_name(language: str) -> str:
    """``sv`` → ``Swedish``: for English sentences about a language (the menus' fallback)."""
    try:
        return Locale.parse(language).get_display_name("en") or language
    except (UnknownLocaleError, ValueError):
        return language


def menu_fallback_note(language: str) -> str | None:
    """Said once when the menus cannot be in ``language`` (it has no catalog), else None."""
    if language in available_languages() or not is_language(language):
        return None
    name = english_name(language)
    return (
        f"the game's own texts have no {name} ({language}) translation yet: menus and "
        f"buttons are in English; cards and stories are in {name} where the content has it"
    )


def system_language(languages: tuple[str, ...] | None = None) -> str | None:
    """The operating system's language if we have it, else None.

    A C/POSIX locale says nothing about the user's language — yet with ``LANG=C.UTF-8``
    Python's ``locale.getlocale()`` reports ``en_US``, which started the game in English
    instead of falling back to Finnish. So the locale the environment sets (``LC_ALL``, else
    ``LC_MESSAGES``, else ``LANG``) being C/POSIX means "no system language".
    """
    languages = languages or available_languages()
    names = ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")
    candidates = [os.environ.get(name, "") for name in names]
    effective = next((value for value in candidates[:3] if value), "")
    if _no_language(effective.split(".")[0].split("@")[0]):
        return None
    if not effective:  # nothing in the environment (Windows): ask the C library
        with contextlib.suppress(ValueError):
            candidates.append(locale.getlocale()[0] or "")
    for candidate in candidates:
        for part in candidate.split(":"):
            code = part.split(".")[0].split("@")[0]
            if _no_language(code):
                continue
            for option in (code, code.split("_")[0].lower()):
                if option in languages:
                    return option
    return None


def choose_language(
    requested: str | None = None, saved: str | None = None, content_languages: tuple[str, ...] = ()
) -> str:
    """The language to start in: asked for, else saved, else the system's, else Finnish.

    ``content_languages`` may be asked for too: languages the loaded content has texts in
    (a facilitator's Swedish deck) though the game has no catalog for them.
    """
    languages = available_languages()
    if requested in content_languages:
        return requested
    for candidate in (requested, saved, system_language(languages)):
        if candidate in languages:
            return candidate
    return DEFAULT_LANGUAGE
