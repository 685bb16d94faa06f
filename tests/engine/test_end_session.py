"""Stopping for today: EndSession leads to the closing card and the end from any phase."""

from __future__ import annotations

import pytest

from elamani_peli.engine.actions import Done, EndSession, Pause, Roll
from elamani_peli.engine.events import ClosingStarted, SessionEnded
from elamani_peli.engine.legal import legal_actions
from elamani_peli.engine.rules import apply, start_session
from elamani_peli.engine.session import Session

from .conftest import make_setup
from .driving import accepted, roll_onto, run

FRIENDS, STORY, BREATHER = 1, 2, 7


@pytest.mark.parametrize("space", [None, FRIENDS, STORY, BREATHER])
def test_ending_early_brings_the_closing_card_from_any_phase(library, space):
    state = start_session(library, make_setup(seed=3))
    if space is not None:
        state = roll_onto(library, state, space).state
        assert state.phase != "roll"
    outcome = accepted(library, state, EndSession())
    assert ClosingStarted("stopped") in outcome.events
    closing = outcome.state
    assert closing.phase == "closing" and closing.end_reason == "stopped"
    assert closing.card is not None and closing.story is None
    ended = accepted(library, closing, Done())
    assert ended.state.phase == "ended" and SessionEnded("stopped") in ended.events


def test_ending_early_keeps_what_happened_so_far(library):
    state = start_session(library, make_setup(seed=5))
    state = run(library, roll_onto(library, state, FRIENDS).state, Done())
    answered = state.players[0].answered
    closing = accepted(library, state, EndSession()).state
    assert closing.players[0].answered == answered == 1
    assert closing.round == state.round


def test_ending_early_is_refused_on_the_closing_card_after_the_end_and_while_paused(library):
    state = start_session(library, make_setup(seed=1))
    assert apply(library, run(library, state, Pause()), EndSession()).rejected is not None
    closing = accepted(library, state, EndSession()).state
    assert apply(library, closing, EndSession()).rejected is not None
    assert EndSession() not in legal_actions(library, closing)
    ended = accepted(library, closing, Done()).state
    assert apply(library, ended, EndSession()).rejected is not None


def test_an_early_end_replays_and_can_be_undone(library):
    session = Session.new(library, make_setup(seed=2))
    session.apply(Roll())
    before = session.state
    assert session.apply(EndSession()).rejected is None
    assert Session.replay(library, session.setup, session.log).state == session.state
    assert session.undo() and session.state == before
