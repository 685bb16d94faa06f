"""Bugs found by playing the real game in a window, each with the test that would have caught it.

Every test drives the App with real pygame events through the pilot, the way a player would.
"""

from __future__ import annotations

from elamani_peli.ui.pilot import Pilot


def test_continue_after_save_and_quit_from_pause_can_roll_at_once():
    """Pause → Save and quit → Continue showed the board with the Roll button disabled."""
    with Pilot.start(seed=3) as pilot:
        pilot.press("return")  # New game
        pilot.press("return")  # Start with the defaults
        assert pilot.scene.name == "board" and pilot.find("roll").enabled
        pilot.press("escape")
        assert pilot.scene.name == "pause"
        pilot.click("save-quit")
        assert pilot.scene.name == "title"
        assert pilot.focused == "continue"
        pilot.press("return")
        pilot.advance()
        assert pilot.scene.name == "board"
        assert not pilot.app.session.state.paused
        assert pilot.find("roll").enabled
        assert pilot.focused == "roll"
        pilot.press("return")
        assert pilot.app.session.state.last_roll is not None
