"""Any language the content has can be played, printed and screenshot (`--lang sv`); where the
game has no catalog for it, menus are English and the command says so once."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from elamani_peli.cli import main
from elamani_peli.content.loader import load_content
from elamani_peli.i18n import Translator, choose_language, menu_fallback_note

SWEDISH_DECK = """\
kind: deck
id: svenska-vanner
title:
  sv: Vänner
  fi: Ystävät
theme: friends
languages: [sv, fi]
cards:
  - id: svenska-vanner-01
    type: question
    level: 1
    text:
      sv: Vad gör en bra vän, tycker du?
      fi: Millainen on hyvä ystävä?
"""


@pytest.fixture
def swedish(tmp_path) -> Path:
    folder = tmp_path / "svenska"
    folder.mkdir()
    (folder / "vanner.yaml").write_text(SWEDISH_DECK, encoding="utf-8")
    return folder


def test_a_language_without_a_catalog_keeps_its_code_and_english_menus():
    translator = Translator("sv")
    assert translator.language == "sv" and not translator.catalog_found
    assert translator.gettext("New game") == "New game"
    assert Translator("xx").language == "fi"  # not a language at all


def test_the_content_languages_may_be_chosen(swedish):
    library = load_content([swedish]).library
    assert "sv" in library.languages
    assert choose_language("sv", None, tuple(library.languages)) == "sv"
    assert choose_language("sv") != "sv"  # without content in Swedish, nothing to show in it


def test_the_note_about_english_menus_names_the_language():
    note = menu_fallback_note("sv")
    assert note is not None and "Swedish (sv)" in note and "menus and buttons are in English" in note
    assert menu_fallback_note("fi") is None and menu_fallback_note("en") is None


def test_print_two_languages_of_choice(swedish, tmp_path, capsys):
    out = tmp_path / "cards.pdf"
    assert (
        main(
            [
                "print",
                "--lang",
                "fi,sv",
                "--decks",
                str(swedish),
                "--deck",
                "svenska-vanner",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    err = capsys.readouterr().err
    assert err.count("no Swedish (sv) translation") == 1
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Millainen on hyvä" in text and "Vad gör en bra vän, tycker du?" in text


def test_print_both_is_still_finnish_and_english():
    from elamani_peli.cli.print_command import print_languages

    assert print_languages("both") == ("fi", "en") and print_languages("fi,sv") == ("fi", "sv")


def test_a_language_the_content_does_not_have_is_a_usage_error(tmp_path, capsys):
    assert main(["print", "--lang", "sv", "--out", str(tmp_path / "x.pdf")]) == 2
    assert "no content in 'sv'; languages: fi, en" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        main(["print", "--lang", "fi,xx", "--out", str(tmp_path / "x.pdf")])
    assert exit_info.value.code == 2


def test_screenshot_in_swedish_shows_the_swedish_card_with_english_menus(swedish, tmp_path):
    out = tmp_path / "browser.png"
    env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy"}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "elamani_peli",
            "screenshot",
            "--scene",
            "title",
            "--lang",
            "sv",
            "--decks",
            str(swedish),
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("no Swedish (sv) translation") == 1 and out.is_file()


def test_the_app_starts_in_a_content_language(swedish):
    from elamani_peli.ui.app import App

    app = App(load_content([swedish]), language="sv")
    assert app.language == "sv" and "sv" in app.languages() and app._("New game") == "New game"


def test_the_title_says_once_that_the_menus_are_english(swedish):
    from elamani_peli.ui.pilot import Pilot

    with Pilot.start(language="sv", content=load_content([swedish])) as pilot:
        assert pilot.scene.name == "title"
        assert pilot.scene.menu_note() == "Menus are in English: the game has no Swedish translation yet."
        assert pilot.scene.menu_note() in pilot.scene.tagline()
        pilot.app.set_language("fi")
        assert pilot.scene.menu_note() == ""
