"""Seeded sample sessions for the ``screenshot`` command and tests: a board, a card, a story …

Plays the real engine forward from ``default_setup`` with a fixed seed until the wanted
phase, never saving, so a screenshot shows exactly what a player would see there.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from elamani_peli.engine.actions import (
    ChooseOption,
    ChooseTheme,
    Continue,
    Done,
    GiveStrength,
    Roll,
    ShowFollowUp,
)
from elamani_peli.engine.legal import legal_actions
from elamani_peli.engine.session import Session
from elamani_peli.engine.setup import default_setup

if TYPE_CHECKING:
    from .app import App

PREFERRED = (Roll, Done, Continue, ChooseOption, ChooseTheme, GiveStrength)
SAMPLE_NAMES = ("Aino", "Mikko", "Sami")


def advance_to(session: Session, phases: Iterable[str], max_actions: int = 600) -> bool:
    """Apply plain, forward-moving actions until the phase is one of ``phases``; False if never."""
    wanted = set(phases)
    for _ in range(max_actions):
        if session.state.phase in wanted:
            return True
        legal = legal_actions(session.library, session.state)
        action = next((a for kind in PREFERRED for a in legal if type(a) is kind), None)
        if action is None:
            return False
        session.apply(action)
    return session.state.phase in wanted


def sample_session(app: App, seed: int, players: int = 3) -> Session:
    setup = default_setup(app.library, seed=seed, players=players)
    names = [*SAMPLE_NAMES, *(p.nickname for p in setup.players[len(SAMPLE_NAMES) :])]
    setup = type(setup)(
        **{
            **setup.__dict__,
            "players": tuple(
                type(p)(nickname=names[i], role=p.role, token=p.token) for i, p in enumerate(setup.players)
            ),
        }
    )
    return Session.new(app.library, setup)


def _push_board_at(app: App, seed: int, phases: Iterable[str], *, follow_up: bool = False) -> None:
    from .scenes.board import open_board

    session = sample_session(app, seed)
    advance_to(session, ("roll",))
    session.apply(Roll())
    advance_to(session, phases)
    if follow_up and session.state.card and app.library.card(session.state.card).follow_up:
        session.apply(ShowFollowUp())
    app.session = session
    app.scenes.push(open_board(app, session))


def sample_board(app: App, seed: int) -> None:
    _push_board_at(app, seed, ("roll",))


def sample_card(app: App, seed: int) -> None:
    _push_board_at(app, seed, ("card",), follow_up=True)


def sample_story(app: App, seed: int) -> None:
    _push_board_at(app, seed, ("scene",))


def sample_summary(app: App, seed: int) -> None:
    _push_board_at(app, seed, ("ended",))
