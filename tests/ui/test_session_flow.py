"""Pilot tests of the setup choices and the closing moments lane `flow` added: the board
choice, check-in and check-out (memory only), the printed plan and the take-home cards."""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import replace

import pygame
import pytest

from elamani_peli.engine.session import Session
from elamani_peli.ui.pilot import Pilot
from elamani_peli.ui.storage import summaries_dir

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


def _to_setup(pilot: Pilot) -> None:
    pilot.click("new-game")
    assert pilot.scene.name == "setup"


def _finish(pilot: Pilot) -> Session:
    """Play the running session to its end with the engine's own random legal play, then let
    the board show what the end phase shows (it does so after its own actions)."""
    from elamani_peli.engine.autoplay import play_session

    session = pilot.app.session
    play_session(session.library, session.setup, play_seed=1, session=session)
    assert session.state.phase == "ended"
    assert pilot.scene.name == "board"
    pilot.scene.show_phase()
    pilot.advance(ms=100)
    return session


def test_board_choice_lists_every_board_and_passes_the_choice_into_the_session():
    with Pilot.start(seed=5, language="en") as pilot:
        _to_setup(pilot)
        assert "Path of life · 37 spaces · about 45 min" in pilot.find("board").label
        pilot.click("board")
        assert pilot.scene.name == "board-choice"
        labels = [w.label for w in pilot.scene.form.widgets if w.id.startswith("board-")]
        assert len(labels) == len(pilot.app.library.boards) >= 2
        assert any("Short path · 17 spaces · about 20 min" in label for label in labels)
        short = next(w for w in pilot.scene.form.widgets if "Short path" in w.label)
        preview = next(rect for board, rect in pilot.scene.previews if board.id == "lyhyt")
        picture = pilot.region(preview)
        colours = {
            tuple(picture.get_at((x, y)))
            for x in range(0, preview.width, 3)
            for y in range(0, preview.height, 3)
        }
        assert len(colours) > 3  # a drawn path, not an empty box
        pilot.click(short.id)
        assert pilot.scene.name == "setup" and pilot.scene.setup.board_id == "lyhyt"
        assert "Short path" in pilot.find("board").label
        pilot.click("start")
        pilot.pass_check_in()
        assert pilot.scene.name == "board"
        assert pilot.app.session.setup.board_id == "lyhyt"


def test_check_in_values_reach_the_summary_and_nothing_else(tmp_path):
    with Pilot.start(seed=8, language="en") as pilot:
        _to_setup(pilot)
        assert pilot.find("check-in").value  # on by default for a new session
        pilot.click("start")
        assert pilot.scene.name == "feelings"
        assert "Young person, what is your weather like today?" in pilot.scene.question()
        assert not any(ch.isdigit() for w in pilot.scene.form.widgets for ch in w.label)  # never a number
        pilot.click("weather-sunny")
        assert pilot.scene.name == "feelings" and "Worker" in pilot.scene.question()
        pilot.click("weather-rainy")
        assert pilot.scene.name == "board"
        table = pilot.scene.table
        assert table.feelings.check_in == {0: "sunny", 1: "rainy"}
        session = pilot.app.session
        saved = session.store.path.read_text(encoding="utf-8")
        for word in ("sunny", "rainy", "weather", "check_in", "check-in"):
            assert word not in saved  # the running save never holds them
        _finish(pilot)
        assert pilot.scene.name == "feelings" and "at the end" in pilot.scene.question()
        pilot.click("weather-cloudy")
        pilot.click("pass")
        assert pilot.scene.name == "summary"
        assert pilot.scene.feeling_lines() == ("Young person: Sunny → Cloudy", "Worker: Rainy → –")
        pilot.screenshot(tmp_path / "summary.png")
        user_files = [p for p in summaries_dir().parent.rglob("*") if p.is_file()]
        for path in user_files:
            text = path.read_bytes().decode("utf-8", "replace")
            assert "sunny" not in text.lower() and "Sunny" not in text, path
        pilot.click("export")  # the worker saves the summary: now, and only now, they are kept
        saved_md = next(summaries_dir().glob("*.md")).read_text(encoding="utf-8")
        assert "Young person: Sunny → Cloudy" in saved_md


def test_check_in_can_be_turned_off_in_setup():
    with Pilot.start(seed=9, language="fi") as pilot:
        _to_setup(pilot)
        pilot.click("check-in")
        pilot.click("start")
        assert pilot.scene.name == "board" and pilot.scene.table.feelings is None


@needs_poppler
def test_print_plan_button_writes_the_plan_of_the_choices():
    with Pilot.start(seed=5, language="fi") as pilot:
        _to_setup(pilot)
        pilot.click("level")  # 2 → 3
        pilot.click("plan")
        plans = list(summaries_dir().glob("elamani-peli-plan-*.pdf"))
        assert len(plans) == 1 and "Suunnitelma tallennettu" in pilot.scene.plan_note
        text = subprocess.run(["pdftotext", str(plans[0]), "-"], capture_output=True, text=True).stdout
        assert "Syvin taso: 3" in text and "Elämänpolku" in text
        assert pilot.scene.name == "setup"  # still here, ready to start


@needs_poppler
def test_print_strengths_from_the_summary_makes_one_card_per_player():
    with Pilot.start(seed=6, language="en") as pilot:
        _to_setup(pilot)
        pilot.click("check-in")
        pilot.click("start")
        session = _finish(pilot)
        assert pilot.scene.name == "summary"
        pilot.click("strengths")
        assert pilot.scene.name == "confirm"  # names on the cards, or not: asked first
        pilot.press("escape")
        assert pilot.scene.name == "summary" and not list(summaries_dir().glob("elamani-peli-strengths-*"))
        pilot.click("strengths")
        pilot.click("confirm")  # With names
        cards = list(summaries_dir().glob("elamani-peli-strengths-*.pdf"))
        assert len(cards) == 1
        text = subprocess.run(["pdftotext", str(cards[0]), "-"], capture_output=True, text=True).stdout
        assert text.count("My strengths") == len(session.setup.players)
        assert all(player.nickname in text for player in session.setup.players)
        assert "answered" not in text and "passed" not in text
        assert json.dumps(str(cards[0].name))  # a plain file name beside the summaries
        assert "Strength cards saved" in pilot.scene.saved_note
        cards[0].unlink()
        pilot.click("strengths")
        pilot.click("other")  # Without names
        (card,) = summaries_dir().glob("elamani-peli-strengths-*.pdf")
        text = subprocess.run(["pdftotext", str(card), "-"], capture_output=True, text=True).stdout
        assert text.count("My strengths") == len(session.setup.players)
        assert not any(player.nickname in text for player in session.setup.players)


def test_switching_the_length_unit_keeps_each_value():
    with Pilot.start(seed=5, language="en") as pilot:
        _to_setup(pilot)
        assert pilot.find("unit").label == "Length in minutes · switch to rounds"
        pilot.click("length")
        pilot.press("left")  # 45 → 40 min
        assert pilot.scene.setup.length == 40
        pilot.click("unit")
        assert pilot.scene.setup.length_unit == "rounds"
        pilot.click("unit")
        assert (pilot.scene.setup.length_unit, pilot.scene.setup.length) == ("minutes", 40)


def test_a_story_that_cannot_run_is_named_with_where_to_fix_it():
    with Pilot.start(seed=5, language="en") as pilot:
        _to_setup(pilot)
        setup = pilot.scene
        noted = next(s for s in pilot.app.library.stories.values() if s.content_notes)
        setup.setup = replace(setup.setup, stories=(*setup.setup.stories, noted.id))
        pilot.click("start")
        assert pilot.scene is setup and setup.problems == ["setup-story-content-note"]
        message = setup._problem_text("setup-story-content-note")
        assert message.startswith(f"{noted.character.name}: ") and "Content notes" in message


def test_a_default_name_is_replaced_by_typing_and_enter_goes_to_the_next_name():
    with Pilot.start(seed=5, language="fi") as pilot:
        _to_setup(pilot)
        pilot.click("players")
        assert pilot.scene.name == "players" and pilot.focused == "name-0"
        pilot.type_text("Aino")
        assert pilot.find("name-0").value == "Aino"  # not "NuoriAino"
        pilot.press("return")
        assert pilot.focused == "name-1"
        pilot.type_text("Mikko Virtanen")
        pilot.press("backspace", mod=pygame.KMOD_CTRL)  # the last word goes
        assert pilot.find("name-1").value == "Mikko"
        pilot.press("a", mod=pygame.KMOD_CTRL)
        pilot.type_text("Kim")
        assert pilot.find("name-1").value == "Kim"
        pilot.press("return")  # after the last name: Done
        assert pilot.scene.name == "setup"
        assert [p.nickname for p in pilot.scene.setup.players] == ["Aino", "Kim"]


@pytest.mark.parametrize(
    "size, scale", [((960, 600), 2.0), ((960, 600), 1.0), ((1280, 720), 2.0), ((1280, 720), 1.0)]
)
def test_the_summary_always_shows_its_thank_you_and_what_was_just_saved(size, scale):
    """In a small window or at 200 % the thank-you, the day and the play time were dropped (and
    with them the note saying where the strength cards went); beside three buttons they fell
    to ~11 px."""
    from elamani_peli.ui.prefs import Preferences

    with Pilot.start(size, seed=6, language="fi", prefs=Preferences(text_scale=scale)) as pilot:
        _to_setup(pilot)
        pilot.click("start")
        pilot.pass_check_in()
        _finish(pilot)
        pilot.pass_check_in()  # the check-out
        assert pilot.scene.name == "summary"
        m = pilot.app.look.metrics

        def shown(start: str) -> list:
            pilot.advance()
            return [layout for layout in pilot.drawn_layouts() if layout.text.startswith(start)]

        (facts,) = shown("Kiitos yhteisestä pelihetkestä")
        assert facts.size >= m.floor("small"), facts.size
        assert pilot.scene.facts_rect.bottom <= min(
            w.rect.top for w in pilot.scene.form.widgets if w.id == "title"
        )
        pilot.click("strengths")
        pilot.click("other")
        (note,) = shown("Vahvuuskortit tallennettu")
        assert note.size >= m.floor("small")
