"""Language codes in content files: every text's keys, ``languages:`` and help-service lists.

The format only says "two or three lowercase letters"; a facilitator may still write a code
that names no language (``sw`` is Swahili, but ``dk`` is nothing) or a country's code for its
language (``se`` is Sweden; as a language code it is Northern Sami, and Swedish is ``sv``).
Babel's locale data (CLDR) knows which codes are languages and which language a country
speaks, so the message can say which code was probably meant.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache, lru_cache
from typing import Any

from pydantic import BaseModel

from .locate import Finding, Loc
from .models import EASY_FINNISH

MIX_UPS = {"se": "SE", "ee": "EE"}
"""Codes that are languages (Northern Sami, Ewe) but are far more often written meaning the
country (Sweden, Estonia): an error unless the file declares them in ``languages:``."""


@lru_cache(maxsize=1)
def known_languages() -> frozenset[str]:
    """Every language code CLDR has data for (``fi``, ``sv``, ``se``, ``smn`` …)."""
    from babel import localedata

    return frozenset(code for code in localedata.locale_identifiers() if "_" not in code)


def language_name(code: str) -> str:
    """``sv`` → ``Swedish`` (the code itself where CLDR has no name)."""
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(code).get_display_name("en") or code
    except (ValueError, UnknownLocaleError):
        return code


def code_problem(code: str, declared: list[str]) -> str | None:
    """Why ``code`` is not a usable language code here, with the code probably meant; or None."""
    if code == EASY_FINNISH:
        return None
    if code in known_languages() and not (code in MIX_UPS and code not in declared):
        return None
    meant = _probably_meant(code)
    if code in known_languages():
        country = _country_name(MIX_UPS[code])
        return (
            f"`{code}` is the country code of {country}; as a language code it means "
            f"{language_name(code)}. For {language_name(meant)} write `{meant}:`"
            f" (if this text really is in {language_name(code)}, add `{code}` to the file's `languages:`)"
        )
    hint = f" (did you mean `{meant}`, {language_name(meant)}?)" if meant else ""
    return (
        f"`{code}` is not a language code{hint}; use a two-letter ISO 639 code "
        "such as `fi` (Finnish), `sv` (Swedish) or `en` (English)"
    )


def _probably_meant(code: str) -> str:
    from babel.core import get_global

    alias = get_global("language_aliases").get(code)
    if alias and alias in known_languages():
        return str(alias)
    spoken = get_global("territory_languages").get(code.upper(), {})
    official = [
        (info.get("population_percent", 0), language)
        for language, info in spoken.items()
        if info.get("official_status") == "official" and language in known_languages()
    ]
    return max(official)[1] if official else ""


def _country_name(territory: str) -> str:
    from babel import Locale

    return str(Locale("en").territories.get(territory, territory))


def texts_in(value: Any, loc: Loc = ()) -> Iterator[tuple[Loc, dict[str, str]]]:
    """Every player-visible text in a model, with where it is (texts are the str → str maps)."""
    if isinstance(value, BaseModel):
        for name in _field_names(type(value)):
            item = getattr(value, name)
            if item is not None and not isinstance(item, str | int | bool):
                yield from texts_in(item, (*loc, name))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            if not isinstance(item, str):
                yield from texts_in(item, (*loc, index))
    elif isinstance(value, dict) and value and all(type(item) is str for item in value.values()):
        yield loc, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from texts_in(item, (*loc, key))


@cache
def _field_names(model: type[BaseModel]) -> tuple[str, ...]:
    """A model's field names, looked up once (pydantic builds ``model_fields`` on each access)."""
    return tuple(model.model_fields)


def language_findings(model: BaseModel, text_keys: set[object] | None = None) -> list[Finding]:
    """Errors for text keys, help-service lists and ``languages:`` entries that are not languages.

    ``text_keys`` (every key of every text, collected while validating) lets a file whose
    codes are all fine skip the walk over its texts: the usual case, and 10,000 cards long.
    """
    declared = list(getattr(model, "languages", []))
    codes = {*declared, *(getattr(model, "resources", None) or {})}
    if text_keys is not None and not any(code_problem(str(code), declared) for code in {*codes, *text_keys}):
        return []
    findings: list[Finding] = []
    for index, code in enumerate(declared):
        problem = code_problem(code, declared)  # declared: a Northern Sami file may say `se`
        if problem is not None:
            findings.append(Finding(("languages", index), problem))
    places: list[tuple[Loc, str]] = [(loc, code) for loc, text in texts_in(model) for code in text]
    places += [(("resources",), code) for code in getattr(model, "resources", {}) or {}]
    for loc, code in places:
        problem = code_problem(code, declared) if code not in declared else None  # else said above
        if problem is not None:
            findings.append(Finding((*loc, code), problem, "key"))
    return findings
