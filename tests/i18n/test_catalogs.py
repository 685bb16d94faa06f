"""The catalogs are complete and in step with the code; plurals and formats follow CLDR.

Why: a player must never see an English message id in a Finnish game (or a blank), and a
translator's slip in a ``{placeholder}`` would crash ``str.format`` in the middle of a
session. The extraction runs the very command ``docs/translating.md`` gives, so a string
added to the UI without re-extracting fails here with the fix in the message.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import sys

import pytest
from babel import Locale

from elamani_peli.i18n import SUPPORTED_LANGUAGES, Translator, available_languages, catalog_path

from .catalogs import LOCALES, REPO, TEMPLATE, ids, messages, placeholders, read_catalog, strings

UPDATE_HINT = (
    "Run: pybabel extract -F babel.cfg -o locales/messages.pot --project=elamani-peli "
    "-c TRANSLATORS: . && pybabel update -i locales/messages.pot -d locales — then translate "
    "the new entries (see docs/translating.md)."
)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    """The messages the code uses right now, extracted with babel.cfg like a developer would."""
    out = tmp_path_factory.mktemp("extract") / "messages.pot"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "babel.messages.frontend",
            "-q",
            "extract",
            "-F",
            "babel.cfg",
            "-o",
            str(out),
            "--project=elamani-peli",
            "-c",
            "TRANSLATORS:",
            ".",
        ],
        cwd=REPO,
        check=True,
        capture_output=True,
    )
    return messages(read_catalog(out))


@pytest.fixture(scope="module")
def template():
    return messages(read_catalog(TEMPLATE))


def test_extraction_finds_the_strings_of_the_ui(extracted):
    """The extraction itself works: a known title-screen string and a plural are found."""
    assert (None, "New game") in extracted
    assert any(isinstance(msgid, tuple) for _, msgid in extracted)
    assert len(extracted) > 100


def test_the_template_is_up_to_date_with_the_code(extracted, template):
    missing = sorted(map(str, extracted.keys() - template.keys()))
    assert not missing, f"Messages in the code but not in locales/messages.pot: {missing}. {UPDATE_HINT}"
    stale = sorted(map(str, template.keys() - extracted.keys()))
    assert not stale, f"Messages in locales/messages.pot that the code no longer uses: {stale}. {UPDATE_HINT}"


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_every_message_is_translated(language, template):
    catalog = read_catalog(catalog_path(language, LOCALES), language)
    translated = messages(catalog)
    missing = sorted(map(str, template.keys() - translated.keys()))
    assert not missing, f"{language}: not in the catalog yet: {missing}. {UPDATE_HINT}"
    fuzzy = sorted(str(k) for k, m in translated.items() if m.fuzzy and k in template)
    assert not fuzzy, f"{language}: fuzzy (unchecked) entries are not shown to players: {fuzzy}"
    empty = sorted(
        str(k) for k, m in translated.items() if k in template and not all(s.strip() for s in strings(m))
    )
    assert not empty, f"{language}: empty translations: {empty}"
    expected_forms = catalog.num_plurals
    wrong_forms = sorted(
        str(k)
        for k, m in translated.items()
        if isinstance(m.id, tuple | list) and len(strings(m)) != expected_forms
    )
    assert not wrong_forms, f"{language}: plural entries without all {expected_forms} forms: {wrong_forms}"


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_translations_keep_the_placeholders(language):
    catalog = read_catalog(catalog_path(language, LOCALES), language)
    wrong = []
    for message in messages(catalog).values():
        wanted = set().union(*(placeholders(text) for text in ids(message)))
        for text in strings(message):
            if text and placeholders(text) - wanted:
                wrong.append((message.id, text))
            # the singular may leave the count out ("Yksi kortti"); every other form needs all of them
            if text and isinstance(message.id, str) and placeholders(text) != wanted:
                wrong.append((message.id, text))
    assert not wrong, f"{language}: placeholders changed in translation: {wrong}"


def test_finnish_translations_differ_from_the_english_ids():
    """A Finnish entry that is still the English text is an untranslated string in disguise."""
    catalog = messages(read_catalog(catalog_path("fi", LOCALES), "fi"))
    same_as_english = {"{count} min", "Round {round} · {minutes} of {total} min"}
    copied = [
        m.id
        for m in catalog.values()
        if isinstance(m.id, str) and m.string == m.id and m.id not in same_as_english
    ]
    assert not copied, f"Finnish entries identical to the English id: {copied}"


def test_plural_rule_of_each_catalog_is_the_cldr_rule():
    for language in available_languages(LOCALES):
        catalog = read_catalog(catalog_path(language, LOCALES), language)
        cldr = Locale.parse(language).plural_form
        translator = Translator(language, LOCALES)
        for n in range(0, 30):
            form = translator.ngettext("one", "other", n)
            assert form == ("one" if cldr(n) == "one" else "other"), (language, n, catalog.plural_forms)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("fi", ["0 kierrosta", "1 kierros", "2 kierrosta", "5 kierrosta"]),
        ("en", ["0 rounds", "1 round", "2 rounds", "5 rounds"]),
    ],
)
def test_plural_forms_for_0_1_2_5(language, expected):
    translator = Translator(language)
    got = [translator.ngettext("{count} round", "{count} rounds", n).format(count=n) for n in (0, 1, 2, 5)]
    assert got == expected


def test_finnish_formats_come_from_cldr():
    fi = Translator("fi")
    assert fi.number(1234.5) == "1\u00a0234,5"
    assert fi.date(dt.date(2026, 12, 6)) == "6.12.2026"
    assert fi.duration(45 * 60) == "45 minuuttia"
    assert fi.duration(60) == "1 minuutti"
    assert fi.duration(90 * 60) == "1 tunti ja 30 minuuttia"
    assert fi.duration(2 * 3600) == "2 tuntia"
    assert fi.duration(90 * 60, length="short") == "1 t, 30 min"


def test_english_formats_come_from_cldr():
    en = Translator("en")
    assert en.number(1234.5) == "1,234.5"
    assert en.date(dt.date(2026, 12, 6)) == "Dec 6, 2026"
    assert en.duration(45 * 60) == "45 minutes"
    assert en.duration(90 * 60) == "1 hour, 30 minutes"


def test_the_bundled_font_has_the_no_break_space():
    """Finnish numbers group with U+00A0; a font without it would draw a box in '1 234'."""
    pygame = pytest.importorskip("pygame")
    from elamani_peli.ui.fonts import FontBook

    pygame.font.init()
    font = FontBook().get(24)
    assert font.metrics("\u00a0")[0] is not None


def _voikko_rejects(words: list[str]) -> list[str]:
    result = subprocess.run(
        ["voikkospell"], input="\n".join(words), capture_output=True, text=True, check=True
    )
    return [line[2:].strip() for line in result.stdout.splitlines() if line.startswith("W:")]


@pytest.mark.skipif(
    shutil.which("voikkospell") is None, reason="voikkospell (Debian libvoikko-dev) is not installed"
)
def test_finnish_catalog_passes_the_spell_checker():
    catalog = messages(read_catalog(catalog_path("fi", LOCALES), "fi"))
    words: set[str] = set()
    for message in catalog.values():
        for text in strings(message):
            text = re.sub(r"\{[^}]*\}|elamani-peli|validate|F1", " ", text)
            words.update(w for w in re.findall(r"[A-Za-zÅÄÖåäö-]+", text) if w.strip("-"))
    # abbreviations ("min", "esim.") and "-vuotias" after a number ("{age}-vuotias")
    known = {"min", "esim", "vuotias"}
    rejected = [w for w in _voikko_rejects(sorted(w.strip("-") for w in words)) if w not in known]
    assert not rejected, f"Voikko does not know these words of the Finnish catalog: {rejected}"
