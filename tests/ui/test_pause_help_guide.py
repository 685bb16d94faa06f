"""Pause, help and the guide: one step away from anywhere, and back to exactly where you were."""

from __future__ import annotations

import pygame
import pytest

from elamani_peli.ui.pilot import Pilot


def test_escape_pauses_and_resumes_keeping_the_scene_below():
    with Pilot.start() as pilot:
        pilot.click("settings")
        pilot.press("escape")  # settings: Esc goes back
        assert pilot.scene.name == "title"
        pilot.press("escape")  # nothing to pause on the title
        assert pilot.scene.name == "title"
        pilot.click("new-game")
        pilot.click("pause")  # setup: Esc goes back, like in its dialogs; Pause is in the header
        assert pilot.scene.name == "pause" and pilot.focused == "resume"
        assert [s.name for s in pilot.app.scenes] == ["title", "setup", "pause"]
        pilot.press("return")
        assert pilot.scene.name == "setup"
        pilot.press("escape")
        assert [s.name for s in pilot.app.scenes] == ["title"]


def test_pause_button_is_on_every_pausable_scene_and_works_by_touch():
    with Pilot.start() as pilot:
        for name in ("settings", "help", "guide"):
            if not pilot.app.registry.has(name):
                continue
            pilot.app.open_scene(name)
            pilot.advance()
            pilot.tap("pause")
            assert pilot.scene.name == "pause"
            pilot.press("escape")
            assert pilot.scene.name == name
            pilot.scene.dismiss()
            pilot.advance()


def test_pause_offers_settings_help_the_title_and_quit_when_no_game_runs():
    with Pilot.start() as pilot:
        pilot.click("new-game")
        pilot.click("pause")
        ids = [w.id for w in pilot.scene.form.widgets]
        assert ids == ["resume", "settings", "help", "title", "quit"]
        assert pilot.find("resume").label == "Back"  # nothing to resume: no game runs
        pilot.press(pygame.K_2)
        assert pilot.scene.name == "settings"
        pilot.press("escape")
        assert pilot.scene.name == "pause"
        pilot.press(pygame.K_5)
        assert pilot.scene.name == "confirm" and pilot.app.running  # Quit asks first
        pilot.press("escape")
        assert pilot.scene.name == "pause"
        pilot.press(pygame.K_4)
        assert [s.name for s in pilot.app.scenes] == ["title"]


@pytest.mark.parametrize("language", ["fi", "en"])
def test_help_lists_the_services_of_the_language_with_the_checked_date(language):
    with Pilot.start(language=language) as pilot:
        pilot.press("f1")
        assert pilot.scene.name == "help"
        texts = [block.text for block in pilot.find("services").blocks]
        services = pilot.app.library.help_services(language)
        assert services, "the built-in resources file lists help services"
        for service in services:
            assert service.name in texts and service.contact in texts
        checked = pilot.app.library.resources.checked
        assert pilot.app.translator.date(checked) in pilot.scene.checked_note()
        pilot.press("f1")  # F1 again closes help
        assert pilot.scene.name == "title"


def test_help_from_pause_and_from_settings_is_one_step():
    with Pilot.start() as pilot:
        pilot.click("settings")
        pilot.click("help")
        assert pilot.scene.name == "help"
        pilot.press("escape")
        assert pilot.scene.name == "settings"
        pilot.press("escape")
        pilot.click("new-game")
        pilot.click("pause")
        pilot.press(pygame.K_3)
        assert pilot.scene.name == "help"


def test_help_text_scrolls_by_keys_wheel_and_finger():
    with Pilot.start((960, 600), language="fi") as pilot:
        pilot.app.update_prefs(text_scale=2.0)
        pilot.press("f1")
        text = pilot.find("services")
        pilot.advance()
        assert text.max_offset > 0, "at 960×600 with 200 % type the list is longer than the box"
        pilot.scene.form.focus("services")
        pilot.press("pagedown")
        assert text.offset > 0
        pilot.press("home")
        assert text.offset == 0
        pilot.wheel("services", 3)
        assert text.offset > 0
        pilot.press("end")
        assert text.offset == text.max_offset
        pilot.drag("services", 0, 120)  # a finger pulls the text down: back towards the top
        assert 0 <= text.offset < text.max_offset
        assert pilot.scene.name == "help"  # a drag is not a tap on whatever it ends over


@pytest.mark.parametrize("language", ["fi", "en"])
def test_guide_shows_the_facilitator_guide_in_the_language(language):
    with Pilot.start(language=language) as pilot:
        pilot.app.open_scene("guide")
        pilot.advance()
        blocks = pilot.find("guide-text").blocks
        assert blocks[0].kind == "title"
        assert any(block.kind == "bullet" for block in blocks)
        assert not any("**" in block.text or block.text.startswith("#") for block in blocks)


# --- help follows the topic ----------------------------------------------------------


def _help_texts(pilot: Pilot) -> list[str]:
    return [block.text for block in pilot.find("services").blocks]


@pytest.mark.parametrize("language", ["fi", "en"])
def test_help_during_a_story_with_content_notes_lists_the_matching_services_first(language):
    """Eve's story carries `substance-use` and `homelessness`: F1 during it puts the
    substance and housing services first, each marked, then the rest under their own heading."""
    from elamani_peli.ui.scenes.story import StoryModeScene

    with Pilot.start(language=language) as pilot:
        pilot.app.scenes.push(StoryModeScene(pilot.app, "eve"))
        pilot.advance()
        pilot.press("f1")
        assert pilot.scene.name == "help"
        topics = pilot.scene.topics
        assert set(topics) == {"substance-use", "homelessness"}
        all_services = pilot.app.library.help_services(language)
        names = [block.text for block in pilot.find("services").blocks if block.kind == "heading"]
        service_names = [name for name in names if name in {s.name for s in all_services}]
        matching = [s.name for s in all_services if s.matches(topics)]
        assert matching, "the built-in help lists substance and housing services"
        assert service_names[: len(matching)] == matching
        assert sorted(service_names) == sorted(s.name for s in all_services), "nothing is dropped"
        blocks = pilot.find("services").blocks
        marks = [i for i, b in enumerate(blocks) if b.kind == "note"]
        assert len(marks) == len(matching), "every matching service is marked, and only those"
        for index in marks:
            assert blocks[index - 1].text in matching
        texts = _help_texts(pilot)
        assert any(pilot.scene.topic_names() in text for text in texts)
        if not all_services[0].matches(topics):  # the emergency number moved down: said at the top
            emergency = texts.index(pilot.app._("In an emergency, call 112."))
            assert emergency < texts.index(matching[0])
        pilot.press("escape")
        assert pilot.scene.name == "story-mode"


def test_help_from_the_title_keeps_the_file_order_and_marks_nothing():
    with Pilot.start(language="fi") as pilot:
        pilot.press("f1")
        assert pilot.scene.topics == ()
        blocks = pilot.find("services").blocks
        assert not any(block.kind == "note" for block in blocks)
        names = [b.text for b in blocks if b.kind == "heading"]
        in_file = [s.name for s in pilot.app.library.help_services("fi")]
        assert [n for n in names if n in in_file] == in_file


def test_help_over_a_drawn_card_follows_its_deck_theme():
    """On a card the topics are the deck's theme (and content notes): money services come
    first on an everyday-and-money card. Played through the real setup and board."""
    with Pilot.start(language="en") as pilot:
        pilot.click("new-game")
        pilot.press("return")  # defaults: start
        library = pilot.app.library
        for _ in range(400):
            scene = pilot.scene
            if scene.name == "card":
                break
            pilot.press("return")
            pilot.advance(30)
        assert pilot.scene.name == "card"
        state = pilot.scene.table.state
        deck = library.decks[state.card_deck]
        pilot.press("f1")
        assert pilot.scene.name == "help"
        assert deck.theme in pilot.scene.topics
        first = [s for s in library.help_services("en", pilot.scene.topics)]
        heading_names = [b.text for b in pilot.find("services").blocks if b.kind == "heading"]
        matching = [s.name for s in first if s.matches(pilot.scene.topics)]
        assert [n for n in heading_names if n in {s.name for s in first}][: len(matching)] == matching
