"""Leaving and ending (issue 11): end the session early, back to the title from every screen,
quit asks first, the title's number keys stay put, undo the last step — with real keys and clicks."""

from __future__ import annotations

import pygame
import pytest

from elamani_peli.engine.actions import Roll
from elamani_peli.engine.session import Session
from elamani_peli.engine.setup import default_setup
from elamani_peli.ui.pilot import Pilot, builtin_content
from elamani_peli.ui.scenes.title import TITLE_KEYS


def _seed_landing_on(phase: str) -> int:
    """A seed whose first roll (with the setup's defaults) lands on ``phase``."""
    library = builtin_content().library
    for seed in range(200):
        session = Session.new(library, default_setup(library, seed=seed))
        session.apply(Roll())
        if session.state.phase == phase:
            return seed
    raise AssertionError(f"no seed lands on {phase}")


def _start_game(pilot: Pilot) -> None:
    pilot.click("new-game")
    pilot.click("start")
    pilot.pass_check_in()
    pilot.press("space")  # roll
    pilot.advance(ms=3000)


def _stack(pilot: Pilot) -> list[str]:
    return [scene.name for scene in pilot.app.scenes]


def test_ending_early_shows_the_closing_card_then_the_summary_and_clears_the_save():
    with Pilot.start(seed=_seed_landing_on("card")) as pilot:
        _start_game(pilot)
        assert pilot.scene.name == "card" and pilot.app.has_saved_session()
        card_before = pilot.app.session.state.card
        pilot.press("escape")
        assert pilot.find("end").label == "End the session"
        pilot.click("end")
        assert pilot.scene.name == "confirm"
        pilot.press("escape")  # Cancel is the safe default: nothing happened
        assert pilot.scene.name == "pause" and pilot.app.session.state.phase == "card"
        pilot.click("end")
        pilot.click("confirm")
        state = pilot.app.session.state
        assert state.phase == "closing" and state.end_reason == "stopped" and state.card != card_before
        assert _stack(pilot) == ["title", "board", "card"] and not state.paused
        pilot.press("escape")
        assert not pilot.find("end").enabled  # the closing card already ends the session
        pilot.press("escape")
        assert pilot.app.has_saved_session()  # until the summary shows, a crash can still resume
        pilot.press("d")  # Done on the closing card
        assert pilot.scene.name == "summary"
        assert not pilot.app.has_saved_session(), "the running save goes once the summary is shown"
        pilot.click("title")
        assert _stack(pilot) == ["title"] and pilot.app.session is None
        assert not pilot.find("continue").enabled


def test_save_and_go_to_the_title_says_what_it_does_and_continue_picks_it_up():
    with Pilot.start(seed=_seed_landing_on("card")) as pilot:
        _start_game(pilot)
        pilot.press("escape")
        assert pilot.find("save-quit").label == "Save and go to the title"
        pilot.click("save-quit")
        assert _stack(pilot) == ["title"] and pilot.app.running
        pilot.press(pygame.K_1)  # Continue
        assert pilot.scene.name == "card"


@pytest.mark.parametrize("language", ["en", "fi"])
def test_quit_asks_first_and_says_the_session_is_saved(language):
    with Pilot.start(seed=_seed_landing_on("card"), language=language) as pilot:
        _start_game(pilot)
        pilot.press("escape")
        pilot.click("quit")
        assert pilot.scene.name == "confirm" and pilot.app.running
        question = pilot.scene.question()
        assert ("saved" in question) if language == "en" else ("tallessa" in question)
        pilot.click("cancel")
        assert pilot.scene.name == "pause" and pilot.app.running
        pilot.click("quit")
        pilot.click("confirm")
        assert not pilot.app.running
        assert pilot.app.save_store.load(pilot.app.library) is not None


def test_quit_from_a_session_that_is_not_saved_says_so():
    with Pilot.start(seed=_seed_landing_on("card")) as pilot:
        _start_game(pilot)
        pilot.app.session.store = None  # e.g. no user folder could be written
        pilot.press("escape")
        pilot.click("quit")
        assert "not saved" in pilot.scene.question()


def _open_pause_and_go_to_title(pilot: Pilot) -> None:
    pilot.click("pause")
    assert pilot.scene.name == "pause"
    assert "save-quit" not in {w.id for w in pilot.scene.form.widgets}
    pilot.click("title")
    assert _stack(pilot) == ["title"]


@pytest.mark.parametrize("entry", ["new-game", "stories", "deck-browser", "settings", "guide"])
def test_back_to_the_title_from_every_screen_through_the_pause_menu(entry):
    with Pilot.start(seed=3) as pilot:
        pilot.click(entry)
        assert pilot.scene.name != "title"
        _open_pause_and_go_to_title(pilot)


def test_back_to_the_title_from_inside_a_story_in_stories_mode():
    with Pilot.start() as pilot:
        pilot.click("stories")
        pilot.press(pygame.K_1)
        assert pilot.scene.name == "story-mode"
        pilot.press("escape")  # mid-story, Esc pauses …
        assert pilot.scene.name == "pause"
        pilot.click("title")  # … and the pause menu leads home, not out of the program
        assert _stack(pilot) == ["title"] and pilot.app.running


def test_stories_mode_and_the_deck_browser_have_a_visible_way_back():
    with Pilot.start() as pilot:
        pilot.click("stories")
        pilot.press(pygame.K_1)
        assert pilot.find("leave").label == "Back to the stories"
        pilot.press(pygame.K_1)  # a choice: the way out is still there while the table talks
        pilot.click("leave")
        assert pilot.scene.name == "stories"
        pilot.click("back")
        assert _stack(pilot) == ["title"]
        pilot.click("deck-browser")
        pilot.click("back")
        assert _stack(pilot) == ["title"]


def test_the_title_number_keys_stay_the_same_with_or_without_continue():
    with Pilot.start(seed=_seed_landing_on("card")) as pilot:
        without = {w.id: w.shortcut for w in pilot.scene.form.widgets if w.shortcut}
        assert without["continue"] == 1 and not pilot.find("continue").enabled
        pilot.press(pygame.K_1)  # nothing to continue: the greyed entry does nothing
        assert _stack(pilot) == ["title"]
        _start_game(pilot)
        pilot.press("escape")
        pilot.click("save-quit")
        with_save = {w.id: w.shortcut for w in pilot.scene.form.widgets if w.shortcut}
        assert pilot.find("continue").enabled
        assert with_save == without
        assert with_save == {name: TITLE_KEYS.index(name) + 1 for name in with_save}
        pilot.press(pygame.K_7)
        assert pilot.scene.name == "settings"


def test_undo_takes_back_done_and_the_card_comes_back():
    with Pilot.start(seed=_seed_landing_on("card")) as pilot:
        _start_game(pilot)
        card = pilot.app.session.state.card
        pilot.press("escape")
        assert not pilot.find("undo").enabled  # nothing chosen yet since the roll
        pilot.press("escape")
        pilot.press("d")  # Done
        assert pilot.scene.name == "board" and pilot.app.session.state.phase == "roll"
        answered = pilot.app.session.state.players[0].answered
        pilot.press("escape")
        assert pilot.find("undo").enabled
        pilot.click("undo")
        state = pilot.app.session.state
        assert pilot.scene.name == "card" and state.phase == "card" and state.card == card
        assert state.players[0].answered == answered - 1 and not state.paused
        saved = pilot.app.save_store.load(pilot.app.library)
        assert saved is not None and saved.state.phase == "card"  # the undo is saved too


def test_ctrl_z_takes_back_a_pass_and_does_nothing_right_after_the_roll():
    with Pilot.start(seed=_seed_landing_on("card")) as pilot:
        _start_game(pilot)
        log_length = len(pilot.app.session.log)
        pilot.press("z", mod=pygame.KMOD_CTRL)  # the roll is a wall: nothing to take back
        assert pilot.scene.name == "card" and len(pilot.app.session.log) == log_length
        pilot.press("p")  # Pass
        assert pilot.scene.name == "board" and pilot.app.session.state.players[0].passed == 1
        pilot.press("z", mod=pygame.KMOD_CTRL)
        assert pilot.scene.name == "card" and pilot.app.session.state.players[0].passed == 0


def test_the_pause_menu_fits_at_200_percent_in_the_smallest_window():
    with Pilot.start((960, 600), seed=_seed_landing_on("card"), language="fi") as pilot:
        pilot.app.update_prefs(text_scale=2.0)
        _start_game(pilot)
        pilot.press("escape")
        window = pygame.Rect((0, 0), pilot.app.look.metrics.window.size)
        buttons = [w.rect for w in pilot.scene.form.widgets]
        assert len(buttons) == 7
        assert all(window.contains(rect) for rect in buttons)
        assert not any(a.colliderect(b) for i, a in enumerate(buttons) for b in buttons[i + 1 :])
