"""A facilitator's own content everywhere: remembered folders in Settings (checked when added,
problems shown, listed under *Stored on this computer*), the deck browser and Stories mode
showing which folder an item came from, and --decks on every command that uses content."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from elamani_peli.cli import main
from elamani_peli.content.folders import check_folder, folders_to_load
from elamani_peli.content.loader import load_content
from elamani_peli.ui.pilot import Pilot
from elamani_peli.ui.prefs import Preferences, load_preferences

FIXTURES = Path(__file__).resolve().parents[1] / "content" / "fixtures"

DECK = """\
kind: deck
id: oma-pakka
title: Oma pakka
theme: home
cards:
  - id: oma-pakka-01
    type: question
    level: 1
    text: Missä kävit zorbingissa?
"""


@pytest.fixture
def mine(tmp_path) -> Path:
    folder = tmp_path / "omat"
    folder.mkdir()
    (folder / "pakka.yaml").write_text(DECK, encoding="utf-8")
    story = (
        (FIXTURES / "valid" / "story.yaml").read_text(encoding="utf-8").replace("test-tarina", "oma-tarina")
    )
    (folder / "tarina.yaml").write_text(
        story.replace("  portrait: test-portrait.svg\n", ""), encoding="utf-8"
    )
    return folder


@pytest.fixture
def broken(tmp_path) -> Path:
    folder = tmp_path / "rikki"
    folder.mkdir()
    shutil.copy(FIXTURES / "broken" / "comma-in-text.yaml", folder)
    return folder


def test_checking_a_folder_counts_its_files_and_its_own_problems(mine, broken, tmp_path):
    assert check_folder(mine).files == 2 and check_folder(mine).errors == []
    problems = check_folder(broken).errors
    assert problems and all(p.path.startswith(str(broken)) for p in problems)
    assert check_folder(tmp_path / "nowhere").errors[0].message == "no such folder"
    assert folders_to_load([mine], [str(mine), str(broken)]) == [mine, broken]


def test_settings_own_decks_adds_checks_loads_and_removes_a_folder(mine, broken, tmp_path):
    settings = tmp_path / "settings.json"
    with Pilot.start(prefs_path=settings) as pilot:
        assert "oma-pakka" not in pilot.app.library.decks
        pilot.click("settings")
        tabs = pilot.find("section")
        pilot.click((tabs.rect.centerx, tabs.rect.centery))  # the middle segment: Own decks
        assert pilot.scene.section == "decks"
        pilot.click("folder-path")
        pilot.type_text(str(mine))
        pilot.press("return")
        assert load_preferences(settings).deck_folders == (str(mine.resolve()),)
        assert "oma-pakka" in pilot.app.library.decks  # loaded at once: no game is running
        pilot.scene.add_folder(str(broken))
        check = pilot.scene.checks[str(broken.resolve())]
        assert check.errors and "ends the text" in " ".join(p.message for p in check.errors)
        assert "problem" in pilot.scene.folder_status(check)
        pilot.click("show-problems")
        assert pilot.scene.name == "problems"
        assert "comma-in-text.yaml" in " ".join(block.text for block in pilot.scene.blocks())
        pilot.press("escape")
        pilot.click("remove-folder-0")
        assert load_preferences(settings).deck_folders == (str(broken.resolve()),)
        assert "oma-pakka" not in pilot.app.library.decks


def test_a_folder_that_does_not_exist_is_not_remembered(tmp_path):
    with Pilot.start(prefs_path=tmp_path / "settings.json") as pilot:
        pilot.click("settings")
        pilot.scene._show_section("decks")
        pilot.scene.add_folder(str(tmp_path / "nowhere"))
        assert pilot.app.prefs.deck_folders == () and "nowhere" in pilot.scene.notice


def test_remembered_folders_are_listed_under_stored_and_can_be_forgotten(mine, tmp_path):
    settings = tmp_path / "settings.json"
    with Pilot.start(prefs=Preferences(deck_folders=(str(mine),)), prefs_path=settings) as pilot:
        pilot.click("settings")
        pilot.scene._show_section("storage")
        pilot.advance()
        assert any(
            item.key == "deck-folders" and str(mine) in str(item.location)
            for item, _ in pilot.scene.item_texts
        )
        pilot.click("delete-deck-folders")
        pilot.click("confirm") if pilot.scene.name == "confirm" else None
        assert pilot.app.prefs.deck_folders == ()


def test_bad_remembered_folders_in_the_settings_file_fall_back(tmp_path):
    settings = tmp_path / "settings.json"
    settings.write_text(json.dumps({"version": 1, "deck_folders": "not a list", "high_contrast": True}))
    assert load_preferences(settings) == Preferences(high_contrast=True)
    settings.write_text(json.dumps({"version": 1, "deck_folders": ["a", "a", "b"]}))
    assert load_preferences(settings).deck_folders == ("a", "b")


def test_the_browser_and_stories_mode_show_a_facilitators_folder(mine):
    content = load_content([mine])
    assert content.library.folder_of("deck", "oma-pakka") == str(mine)
    assert content.library.folder_of("deck", "ystavat") is None
    with Pilot.start(language="fi", content=content) as pilot:
        pilot.click("deck-browser")
        browser = pilot.scene
        browser.form.focus("search")
        pilot.type_text("zorbing")
        row = pilot.find("card-oma-pakka-01")
        assert row.label.startswith("[omat] ")
        pilot.press("escape")
        pilot.press("escape")
        pilot.click("stories")
        stories = pilot.scene
        shown = [story.id for story, _ in stories.cards]
        while "oma-tarina" not in shown and pilot.find("next-stories") is not None:
            pilot.click("next-stories")
            shown = [story.id for story, _ in stories.cards]
        assert "oma-tarina" in shown
        button = next(w.id for w in stories.form.widgets if w.id.startswith("story-") and w.label == "Testi")
        pilot.click(button)
        assert pilot.scene.name == "confirm"  # the story has a content note (loss): asked first


def test_simulate_takes_decks_and_plays_a_facilitators_board(capsys):
    assert main(["simulate", "--seed", "2", "--decks", str(FIXTURES / "valid"), "--board", "test-polku"]) == 0
    assert "board test-polku" in capsys.readouterr().out
