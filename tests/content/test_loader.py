"""How files combine: built-in content first, then facilitators' paths; what replaces what."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from elamani_peli import paths
from elamani_peli.content.loader import load_content

from .helpers import VALID, write_bytes


@pytest.fixture
def builtin(tmp_path, monkeypatch) -> Path:
    """A stand-in for the built-in `cards/` and `assets/`: a copy of the valid fixtures."""
    root = tmp_path / "data"
    shutil.copytree(VALID, root / "cards", ignore=shutil.ignore_patterns("assets"))
    shutil.copytree(VALID / "assets", root / "assets")
    monkeypatch.setattr(paths, "cards_dir", lambda: root / "cards")
    monkeypatch.setattr(paths, "assets_dir", lambda: root / "assets")
    return root


@pytest.fixture
def mine(tmp_path) -> Path:
    """A facilitator's folder, beside (not around) the stand-in built-in content."""
    folder = tmp_path / "mine"
    folder.mkdir()
    return folder


FACILITATOR_DECK = """\
kind: deck
id: oma-pakka
title: Oma pakka
theme: test-friends
cards:
  - {id: oma-pakka-01, type: question, level: 1, text: Mitä kuuluu?}
"""

RESOURCES = """\
kind: resources
checked: 2026-10-01
resources:
  fi:
    - {{name: {name}, contact: "010 000"}}
"""


def test_a_facilitator_folder_uses_builtin_themes(builtin, mine):
    write_bytes(mine, "pakka.yml", FACILITATOR_DECK.encode())
    result = load_content([mine])
    assert result.problems == []
    assert result.library.decks["oma-pakka"].cards[0].text == {"fi": "Mitä kuuluu?"}
    assert result.files[-1] == str(mine / "pakka.yml")
    assert [loaded.kind for loaded in result.loaded].count("deck") == 3


def test_plain_texts_are_in_the_files_first_language(tmp_path):
    deck = FACILITATOR_DECK.replace("theme: test-friends\n", "languages: [en, fi]\n")
    result = load_content([write_bytes(tmp_path, "d.yaml", deck.encode())], include_builtin=False)
    assert result.library.decks["oma-pakka"].title == {"en": "Oma pakka"}
    assert result.library.languages == ["fi", "en"]


def test_an_unknown_theme_mentions_a_themes_file_that_was_left_out(tmp_path):
    broken_themes = b"kind: themes\nthemes:\n  - {id: test-friends, name: X, colour: red}\n"
    write_bytes(tmp_path, "a-themes.yaml", broken_themes)
    write_bytes(tmp_path, "b-deck.yaml", FACILITATOR_DECK.encode())
    result = load_content([tmp_path], include_builtin=False)
    deck_problem = next(p for p in result.problems if p.path.endswith("b-deck.yaml"))
    assert (deck_problem.line, deck_problem.column) == (4, 8)
    assert "a-themes.yaml has errors and was not loaded: fix it first" in deck_problem.message


def test_resources_of_a_facilitator_path_are_added_after_the_builtin_ones(builtin, mine):
    write_bytes(mine, "help.yaml", RESOURCES.format(name="Oma apu").encode())
    result = load_content([mine / "help.yaml"])
    assert result.problems == []
    names = [service.name for service in result.library.help_services("fi")]
    assert names[0] == "Testipuhelin" and names[-1] == "Oma apu"  # the built-in first, then the added
    assert [service.name for service in result.library.help_services("en")] == ["Test line", "Test chat"]
    assert result.library.resources.checked.isoformat() == "2026-10-01"  # the oldest check is shown


def test_resources_that_say_replace_true_replace_the_builtin_ones(builtin, mine):
    replacing = RESOURCES.format(name="Oma apu").replace("resources:\n", "replace: true\nresources:\n", 1)
    write_bytes(mine, "help.yaml", replacing.encode())
    result = load_content([mine / "help.yaml"])
    assert result.problems == []
    assert [service.name for service in result.library.help_services("fi")] == ["Oma apu"]
    assert "en" not in result.library.resources.resources


def test_two_resources_files_in_one_folder_are_an_error(builtin, mine):
    write_bytes(mine, "a.yaml", RESOURCES.format(name="Eka").encode())
    write_bytes(mine, "b.yaml", RESOURCES.format(name="Toka").encode())
    result = load_content([mine])
    [problem] = result.problems
    assert (problem.path, problem.line, problem.column) == (str(mine / "b.yaml"), 1, 7)
    assert "already lists help services" in problem.message
    assert [service.name for service in result.library.help_services("fi")][-1] == "Eka"


def test_images_are_found_beside_the_file_or_in_the_folders_assets(builtin, mine):
    (mine / "assets" / "portraits").mkdir(parents=True)
    write_bytes(mine / "assets" / "portraits", "oma.svg", b"<svg/>")
    write_bytes(mine, "icon.svg", b"<svg/>")
    story = (VALID / "story.yaml").read_text(encoding="utf-8").replace("test-", "oma-")
    story = story.replace("portrait: oma-portrait.svg", "portrait: oma.svg")
    write_bytes(mine, "story.yaml", story.encode())
    themes = "kind: themes\nthemes:\n  - {id: oma, name: Oma, colour: '#123456', icon: icon.svg}\n"
    write_bytes(mine, "themes.yaml", themes.encode())
    result = load_content([mine])
    assert result.problems == []
    library = result.library
    assert library.portraits["oma-tarina"] == mine / "assets" / "portraits" / "oma.svg"
    assert library.portraits["test-tarina"] == builtin / "assets" / "portraits" / "test-portrait.svg"
    assert library.icons == {
        "test-friends": builtin / "assets" / "icons" / "friends.svg",
        "oma": mine / "icon.svg",
    }


def test_builtin_paths_are_shown_relative_to_the_working_folder(builtin, monkeypatch):
    monkeypatch.chdir(builtin)
    result = load_content()
    assert "cards/deck.yaml" in result.files


def test_help_services_for_topics_come_first_in_file_order_and_none_is_lost():
    library = load_content([VALID], include_builtin=False).library
    plain = library.help_services("fi")
    assert [s.name for s in plain] == ["Testipuhelin", "Testichat"]
    ordered = library.help_services("fi", ("test-friends",))
    assert [s.name for s in ordered] == ["Testichat", "Testipuhelin"]
    assert library.help_services("fi", ("no-such-topic",)) == plain
    deck = library.decks["test-ystavat"]
    assert library.topics_of(deck_id="test-ystavat") == (*deck.content_notes, "test-friends")
    assert library.topics_of(story_id="test-tarina") == tuple(library.stories["test-tarina"].content_notes)
    assert library.topics_of() == ()
