"""The session holder: replay from the log, undo by replay (never across a roll), autosave."""

from __future__ import annotations

import pytest

from elamani_peli.engine.actions import Bookmark, ChooseOption, Done, Pause, Resume, Roll, SetElapsed
from elamani_peli.engine.autoplay import play_session
from elamani_peli.engine.save import SaveStore
from elamani_peli.engine.session import ReplayError, Session

from .conftest import make_setup
from .driving import with_die


@pytest.mark.parametrize("seed", range(8))
def test_a_whole_session_replays_to_the_same_state(library, seed):
    setup = make_setup(seed, length_unit="minutes" if seed % 2 else "rounds", length=12)
    session = play_session(library, setup, play_seed=seed)
    assert session.state.phase == "ended"
    assert Session.replay(library, setup, session.log).state == session.state


def test_a_rejected_action_is_not_logged(library, setup):
    session = Session.new(library, setup)
    outcome = session.apply(Done())
    assert outcome.rejected is not None and session.log == []


def _session_on_a_card(library, setup) -> Session:
    """A session whose player 0 has just rolled onto a card (seeded dice, found by search)."""
    for seed in range(200):
        session = Session.new(library, make_setup(seed))
        session.apply(Roll())
        if session.state.phase == "card":
            return session
    raise AssertionError("no seed lands on a card")


def test_undo_takes_back_the_last_action_but_never_the_roll(library, setup):
    session = _session_on_a_card(library, setup)
    on_card = session.state
    assert not session.can_undo  # the roll is a wall
    assert session.undo() is False and session.state == on_card
    session.apply(Bookmark())
    session.apply(Done())
    assert session.undo() and session.state.bookmarks and session.state.phase == "card"
    assert session.undo() and session.state == on_card
    assert not session.undo()


def test_undo_keeps_time_and_pauses_and_does_nothing_while_paused(library, setup):
    session = _session_on_a_card(library, setup)
    session.apply(Bookmark())
    session.apply(SetElapsed(120))
    session.apply(Pause())
    assert not session.can_undo
    session.apply(Resume())
    assert session.undo()
    assert session.state.bookmarks == () and session.state.elapsed_seconds == 120
    assert [type(a) for a in session.log] == [Roll, SetElapsed, Pause, Resume]


def test_a_rerolled_die_would_show_the_same_number(library, setup):
    """Why undo may stop at the roll without hiding anything: the generator is in the state."""
    state = with_die(Session.new(library, setup).state, 4)
    first = Session(library, setup, state).apply(Roll())
    second = Session(library, setup, state).apply(Roll())
    assert first.state == second.state and first.events == second.events


def test_a_log_that_no_longer_fits_fails_to_replay_clearly(library, setup):
    with pytest.raises(ReplayError, match="action 1"):
        Session.replay(library, setup, [ChooseOption(0)])


def test_every_accepted_action_and_every_undo_is_saved(library, setup, tmp_path):
    store = SaveStore(tmp_path)
    session = _session_on_a_card(library, setup)
    session.store = store
    session.apply(Bookmark())
    assert len(store.load(library).log) == 2
    session.undo()
    assert store.load(library).state == session.state


def test_a_failing_autosave_never_stops_the_game(library, setup, tmp_path):
    blocked = tmp_path / "a-file-not-a-folder"
    blocked.write_text("", encoding="utf-8")
    session = Session.new(library, setup, SaveStore(blocked))
    assert session.save_error is not None
    outcome = session.apply(Roll())
    assert outcome.accepted and session.log == [Roll()] and session.save_error is not None
    session.store = SaveStore(tmp_path / "saves")
    session.apply(Pause())
    assert session.save_error is None and session.store.load(library).log == [Roll(), Pause()]
