"""Which language the game starts in, and what a broken or missing catalog does.

Order (issue 5): the ``--lang`` option, else the saved setting, else the system's locale,
else Finnish. A catalog that cannot be read must never stop the game: the English ids
show and the problem is logged.
"""

from __future__ import annotations

import locale
import logging

import pytest

from elamani_peli import i18n
from elamani_peli.i18n import Translator, choose_language, system_language
from elamani_peli.ui.pilot import Pilot
from elamani_peli.ui.prefs import Preferences


@pytest.fixture
def system(monkeypatch):
    """Set the system locale the way the environment variables and ``locale`` report it."""

    def set_to(value: str) -> None:
        for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("LANG", value)
        monkeypatch.setattr(locale, "getlocale", lambda *args: (None, None))

    return set_to


@pytest.mark.parametrize(
    ("requested", "saved", "system_locale", "expected"),
    [
        ("en", "fi", "fi_FI.UTF-8", "en"),  # the command line wins
        (None, "en", "fi_FI.UTF-8", "en"),  # then the saved setting
        (None, None, "en_GB.UTF-8", "en"),  # then the system
        (None, None, "fi_FI.UTF-8", "fi"),
        (None, None, "de_DE.UTF-8", "fi"),  # a language we don't have: Finnish
        (None, None, "C.UTF-8", "fi"),
        ("de", "xx", "de_DE.UTF-8", "fi"),  # unknown requests and settings are skipped
    ],
)
def test_the_language_to_start_in(requested, saved, system_locale, expected, system):
    system(system_locale)
    assert choose_language(requested, saved) == expected


def test_the_system_language_reads_lc_messages_before_lang(system, monkeypatch):
    system("fi_FI.UTF-8")
    monkeypatch.setenv("LC_MESSAGES", "en_US.UTF-8")
    assert system_language() == "en"


def test_the_app_starts_in_the_system_language_when_nothing_is_saved(system):
    system("en_US.UTF-8")
    with Pilot.start((960, 600), language=None, prefs=Preferences()) as pilot:
        assert pilot.app.language == "en"
        assert pilot.find("new-game").label == "New game"


def test_a_line_the_parser_cannot_read_is_logged_and_the_rest_still_works(tmp_path, caplog, capsys):
    catalog = tmp_path / "fi" / "LC_MESSAGES" / "messages.po"
    catalog.parent.mkdir(parents=True)
    catalog.write_text(
        'msgid "New game"\nmsgstr "Uusi peli"\n\nthis is not po {{{\n\n'
        'msgid "Settings"\nmsgstr "Asetukset"\n',
        encoding="utf-8",
    )
    with caplog.at_level(logging.WARNING, logger=i18n.__name__):
        translator = Translator("fi", tmp_path)
    assert translator.catalog_found
    assert (translator.gettext("New game"), translator.gettext("Settings")) == ("Uusi peli", "Asetukset")
    assert any("this is not po" in record.getMessage() for record in caplog.records)
    assert capsys.readouterr().out == ""  # nothing printed on the player's terminal


def test_an_unreadable_catalog_shows_the_english_ids_and_is_logged(tmp_path, caplog):
    catalog = tmp_path / "fi" / "LC_MESSAGES" / "messages.po"
    catalog.parent.mkdir(parents=True)
    catalog.write_bytes(b'msgid "New game"\nmsgstr "\xff\xfe broken bytes"\n')
    with caplog.at_level(logging.WARNING, logger=i18n.__name__):
        translator = Translator("fi", tmp_path)
    assert not translator.catalog_found
    assert translator.gettext("New game") == "New game"
    assert translator.ngettext("{count} round", "{count} rounds", 2) == "{count} rounds"
    assert translator.number(1234.5) == "1\u00a0234,5"  # formats still follow the language
    assert any("Could not read" in record.getMessage() for record in caplog.records)


def test_a_missing_catalog_is_reported_and_english_shows(tmp_path, caplog):
    (tmp_path / "en").mkdir()
    with caplog.at_level(logging.WARNING, logger=i18n.__name__):
        translator = Translator("fi", tmp_path)
    assert translator.language == "fi" and not translator.catalog_found
    assert translator.gettext("Settings") == "Settings"
    assert any("No message catalog" in record.getMessage() for record in caplog.records)
