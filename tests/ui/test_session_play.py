"""A whole session played through the real App with real key, mouse and finger events.

Scene and engine state are asserted first; rendered pixels second.
"""

from __future__ import annotations

import pygame
import pytest

from elamani_peli.ui.pilot import Pilot

MAX_STEPS = 400


def finish_animation(pilot: Pilot) -> None:
    pilot.advance(ms=3000)


def test_two_key_presses_start_a_session():
    with Pilot.start(seed=3) as pilot:
        assert pilot.scene.name == "title"
        pilot.app.scenes.top.form.focus("new-game")
        pilot.press("return")
        assert pilot.scene.name == "setup"
        pilot.press("return")
        assert pilot.scene.name == "feelings"  # the check-in, on by default; anyone may pass
        pilot.pass_check_in()
        assert pilot.scene.name == "board"
        assert pilot.app.session is not None
        assert pilot.app.session.state.phase == "roll"
        players = pilot.app.session.setup.players
        assert [p.role for p in players] == ["young", "worker"]
        assert all(p.nickname.strip() for p in players)


def _set_up_three_players_four_rounds(pilot: Pilot) -> None:
    pilot.click("new-game")
    assert pilot.scene.name == "setup"
    pilot.click("players")
    assert pilot.scene.name == "players"
    pilot.click("name-0")
    for _ in range(len(pilot.find("name-0").value)):
        pilot.press("backspace")
    pilot.type_text("Aino")
    pilot.tap("add")  # a finger adds the third player
    pilot.click("done")
    assert pilot.scene.name == "setup"
    assert pilot.scene.setup.players[0].nickname == "Aino"
    assert len(pilot.scene.setup.players) == 3
    pilot.click("unit")
    assert pilot.scene.setup.length_unit == "rounds"
    pilot.click("length")
    for _ in range(2):
        pilot.press("left")
    assert pilot.scene.setup.length == 4
    pilot.click("start")
    pilot.pass_check_in()


def test_a_whole_session_from_title_to_summary():
    steps = ("pass", "another", "follow-up", "bookmark", "strength", "story", "card", "space")
    done = dict.fromkeys(steps, 0)
    with Pilot.start(seed=11, language="en") as pilot:
        _set_up_three_players_four_rounds(pilot)
        assert pilot.scene.name == "board"
        session = pilot.app.session
        turns = 0
        for _ in range(MAX_STEPS):
            scene = pilot.scene
            state = session.state
            if scene.name == "summary":
                break
            if scene.name == "board":
                assert state.phase == "roll"
                pilot.press("r" if turns % 2 else "space")
                turns += 1
                finish_animation(pilot)
                if turns == 3:  # pause mid-session: Esc, the engine stops, Esc again resumes
                    pilot.press("escape")
                    assert pilot.scene.name == "pause"
                    pilot.advance()
                    assert session.state.paused
                    pilot.press("escape")
                    pilot.advance()
                    assert not session.state.paused
                if turns == 4:  # help is one key away, and back
                    pilot.press("f1")
                    assert pilot.scene.name == "help"
                    pilot.press("f1")
                    assert pilot.scene.name != "help"
                if turns == 5:  # switch language mid-session: the scene stays and re-lays itself out
                    before = pilot.scene.name
                    pilot.press("f2")
                    assert pilot.app.language == "fi"
                    assert pilot.scene.name == before
                if turns == 6:  # type size through Pause → Settings
                    pilot.press("escape")
                    pilot.click("settings")
                    assert pilot.scene.name == "settings"
                    pilot.click("text-scale")
                    pilot.press("right")
                    pilot.press("right")
                    assert pilot.app.prefs.text_scale == pytest.approx(1.2)
                    pilot.press("escape")
                    pilot.press("escape")
                    assert pilot.scene.name not in ("settings", "pause")
                continue
            if scene.name == "card":
                card_before = state.card
                if not done["follow-up"] and pilot.find("follow-up").enabled:
                    pilot.press("f")
                    assert session.state.follow_up_shown
                    done["follow-up"] += 1
                if not done["bookmark"]:
                    pilot.click("bookmark")
                    assert card_before in session.state.bookmarks
                    done["bookmark"] += 1
                if not done["strength"] and pilot.find("strength").enabled:
                    pilot.press("s")
                    assert pilot.scene.name == "strength"
                    pilot.click("strength-0")
                    pilot.press("return") if pilot.focused == "give" else pilot.click("give")
                    assert pilot.scene.name == "card"
                    assert len(session.state.strengths) == 1
                    done["strength"] += 1
                if not done["another"] and pilot.find("another").enabled:
                    pilot.press("a")
                    assert session.state.card != card_before
                    done["another"] += 1
                if not done["pass"] and done["card"] >= 1 and state.phase == "card":
                    passed_before = session.state.players[session.state.current_player].passed
                    player = session.state.current_player
                    pilot.press("p")
                    assert session.state.players[player].passed == passed_before + 1
                    done["pass"] += 1
                else:
                    pilot.click("done")
                done["card"] += 1
                continue
            if scene.name == "story":
                if state.phase == "scene":
                    pilot.press("1")
                    assert session.state.phase in ("discuss",)
                    done["story"] += 1
                else:
                    pilot.click("continue")
                continue
            if scene.name == "free-choice":
                pilot.press("1")
                done["space"] += 1
                continue
            if scene.name == "strength-space":
                pilot.click("strength-0")
                pilot.click("give")
                done["space"] += 1
                continue
            if scene.name in ("breather", "arrived"):
                pilot.click("continue")
                done["space"] += 1
                continue
            raise AssertionError(f"unexpected scene {scene.name}")
        assert pilot.scene.name == "summary", (pilot.scene.name, session.state.phase)
        assert session.state.phase == "ended"
        assert turns >= 10
        assert done["pass"] == 1 and done["follow-up"] == 1 and done["bookmark"] == 1
        assert done["strength"] == 1 and done["another"] == 1
        assert done["story"] >= 1, "seed 11 lands on a story space; pick another seed if the board changes"
        assert sum(p.answered for p in session.state.players) >= 5
        # Rendered second: the summary shows, nothing of it outside the window.
        pilot.advance()
        width, height = pilot.surface.get_size()
        for widget in pilot.scene.form.widgets:
            assert pygame.Rect(0, 0, width, height).contains(widget.rect)
        # Saving the summary is opt-in: one button, a Markdown and a PDF file in the user folder.
        from elamani_peli.paths import user_data_dir

        assert not (user_data_dir() / "summaries").exists()
        pilot.click("export")
        saved = sorted(p.suffix for p in (user_data_dir() / "summaries").iterdir())
        assert saved == [".md", ".pdf"]
        assert not pilot.find("export").enabled
        pilot.click("title")
        assert pilot.scene.name == "title"
        assert pilot.app.session is None
