"""The roll on the board: a short, skippable animation — none at all with reduced motion — and
no frames drawn while nothing moves."""

from __future__ import annotations

from elamani_peli.ui.pilot import Pilot
from elamani_peli.ui.prefs import Preferences


def _board(pilot: Pilot):
    pilot.app.registry.get("board").sample(pilot.app, 2)
    pilot.advance()
    board = pilot.scene
    assert board.name == "board" and board.table.state.phase == "roll"
    return board


def test_the_roll_animates_then_the_space_opens_and_any_key_skips_it():
    with Pilot.start(prefs=Preferences(language="en")) as pilot:
        board = _board(pilot)
        pilot.press("r")
        assert board.animating and pilot.scene is board  # the die tumbles first
        pilot.advance(ms=300)
        assert board.animating
        pilot.press("x")  # any key skips the rest
        assert not board.animating
        assert pilot.scene is not board  # the space's scene is open
        assert board.table.state.phase != "roll"


def test_reduced_motion_shows_the_result_at_once():
    with Pilot.start(prefs=Preferences(language="en", reduced_motion=True)) as pilot:
        board = _board(pilot)
        position = board.table.state.players[board.table.state.current_player].position
        pilot.press("r")
        assert not board.animating
        assert pilot.scene is not board
        state = board.table.state
        assert state.last_roll is not None
        assert state.players[state.current_player].position != position or state.phase == "arrived"


def test_nothing_is_drawn_while_a_card_waits():
    with Pilot.start(prefs=Preferences(language="en")) as pilot:
        pilot.app.registry.get("card").sample(pilot.app, 2)
        pilot.advance(ms=500)
        assert pilot.scene.name == "card"
        drawn = pilot.app.frames_drawn
        pilot.advance(ms=2000)
        assert pilot.app.frames_drawn == drawn
