"""Seeded sample sessions for the ``screenshot`` command and tests: a board, a card, a story …

Plays the real engine forward from ``default_setup`` with a fixed seed until the wanted
phase, never saving, so a screenshot shows exactly what a player would see there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
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


def sample_session(app: App, seed: int, players: int = 3, board_id: str | None = None) -> Session:
    setup = default_setup(app.library, seed=seed, players=players)
    if board_id is not None:
        setup = replace(setup, board_id=board_id)
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


# -- one piece of content, asked for by id (``screenshot --board/--card/--story``) ---------------


def sample_board_of(board_id: str) -> Callable[[App, int], None]:
    """The board scene of the board ``board_id``, before the first roll."""

    def sample(app: App, seed: int) -> None:
        from .scenes.board import open_board

        session = sample_session(app, seed, board_id=board_id)
        advance_to(session, ("roll",))
        app.session = session
        app.scenes.push(open_board(app, session))

    return sample


def sample_card_of(card_id: str) -> Callable[[App, int], None]:
    """The card scene with the card ``card_id`` on the table, as drawn from its deck."""

    def sample(app: App, seed: int) -> None:
        from .scenes.board import open_board

        deck = app.library.deck_of(card_id)
        session = sample_session(app, seed)
        advance_to(session, ("roll",))
        session.state = replace(
            session.state,
            phase="card",
            card=card_id,
            card_deck=deck.id,
            card_theme=deck.theme,
            follow_up_shown=False,
        )
        app.session = session
        app.scenes.push(open_board(app, session))

    return sample


def sample_story_of(story_id: str, scene_id: str | None = None) -> Callable[[App, int], None]:
    """Stories mode playing ``story_id``, at its start or at ``scene_id``."""

    def sample(app: App, seed: int) -> None:
        from elamani_peli.engine.story_mode import StoryState

        from .scenes.story import StoryModeScene

        app.scenes.push(app.registry.create("title", app))
        scene = StoryModeScene(app, story_id)
        if scene_id is not None:
            ending = app.library.stories[story_id].scene(scene_id).is_ending
            scene.state = StoryState(story_id, "ended" if ending else "scene", scene_id, None, (scene_id,))
        app.scenes.push(scene)

    return sample
