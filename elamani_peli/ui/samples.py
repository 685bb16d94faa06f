"""Every scene's screenshot sample in one place: what ``elamani-peli screenshot --scene NAME``
and the tests put on the stack to show a scene.

Game scenes play the real engine forward from ``default_setup`` with a fixed seed until the
wanted phase, never saving, so a screenshot shows exactly what a player would see there.
Production scenes hold no sample code; the registry attaches :data:`SAMPLES` by name.
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

from . import game_flow
from .scenes.browser import DeckBrowserScene
from .scenes.demo import DemoScene
from .scenes.error import ErrorScene
from .scenes.help import HelpScene
from .scenes.message import already_running_message, needs_decks_message
from .scenes.pause import PauseScene
from .scenes.problems import ProblemsScene
from .scenes.settings import SettingsScene
from .scenes.setup import SetupScene
from .scenes.stories import StoryPickerScene
from .scenes.story import StoryModeScene
from .scenes.title import TitleScene

if TYPE_CHECKING:
    from .host import SceneHost
    from .scene import Scene

SampleBuilder = Callable[["SceneHost", int], None]
"""``sample(app, seed)`` pushes whatever the screenshot of that scene needs onto ``app.scenes``."""

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


def sample_session(app: SceneHost, seed: int, players: int = 3, board_id: str | None = None) -> Session:
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


def _push_board_at(app: SceneHost, seed: int, phases: Iterable[str], *, follow_up: bool = False) -> None:
    session = sample_session(app, seed)
    advance_to(session, ("roll",))
    session.apply(Roll())
    advance_to(session, phases)
    if follow_up and session.state.card and app.library.card(session.state.card).follow_up:
        session.apply(ShowFollowUp())
    app.scenes.push(game_flow.open_session(app, session))


def sample_board(app: SceneHost, seed: int) -> None:
    _push_board_at(app, seed, ("roll",))


def sample_card(app: SceneHost, seed: int) -> None:
    _push_board_at(app, seed, ("card",), follow_up=True)


def sample_story(app: SceneHost, seed: int) -> None:
    _push_board_at(app, seed, ("scene",))


def sample_summary(app: SceneHost, seed: int) -> None:
    _push_board_at(app, seed, ("ended",))


def over_title(scene_factory: Callable[[SceneHost], Scene]) -> SampleBuilder:
    """A sample for a scene reached from the title screen: the title, and the scene on top."""

    def sample(app: SceneHost, seed: int) -> None:
        app.scenes.push(TitleScene(app))
        app.scenes.push(scene_factory(app))

    return sample


def _push(app: SceneHost, scene: Scene) -> None:
    app.scenes.push(scene)


def sample_title(app: SceneHost, seed: int) -> None:
    app.scenes.push(TitleScene(app))


def sample_setup(app: SceneHost, seed: int) -> None:
    app.seed = seed if app.seed is None else app.seed
    app.scenes.push(SetupScene(app))


def sample_demo(app: SceneHost, seed: int) -> None:
    """The demo a few steps in, at full speed."""
    scene = DemoScene(app, seed=seed, pace=0.0)
    app.scenes.push(scene)
    for _ in range(12):
        scene.update(1 / 60)


def sample_needs_decks(app: SceneHost, seed: int) -> None:
    """Continue with a save made with a facilitator's folder that this launch lacks."""
    app.scenes.push(TitleScene(app))
    app.scenes.push(needs_decks_message(app, ("/home/ohjaaja/Omat_kortit/nuorisotalo",)))


# -- one piece of content, asked for by id (``screenshot --board/--card/--story``) ---------------


def sample_board_of(board_id: str) -> SampleBuilder:
    """The board scene of the board ``board_id``, before the first roll."""

    def sample(app: SceneHost, seed: int) -> None:
        session = sample_session(app, seed, board_id=board_id)
        advance_to(session, ("roll",))
        app.scenes.push(game_flow.open_session(app, session))

    return sample


def sample_card_of(card_id: str) -> SampleBuilder:
    """The card scene with the card ``card_id`` on the table, as drawn from its deck."""

    def sample(app: SceneHost, seed: int) -> None:
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
        app.scenes.push(game_flow.open_session(app, session))

    return sample


def sample_story_of(story_id: str, scene_id: str | None = None) -> SampleBuilder:
    """Stories mode playing ``story_id``, at its start or at ``scene_id``."""

    def sample(app: SceneHost, seed: int) -> None:
        from elamani_peli.engine.story_mode import StoryState

        app.scenes.push(TitleScene(app))
        scene = StoryModeScene(app, story_id)
        if scene_id is not None:
            ending = app.library.stories[story_id].scene(scene_id).is_ending
            scene.state = StoryState(story_id, "ended" if ending else "scene", scene_id, None, (scene_id,))
        app.scenes.push(scene)

    return sample


SAMPLES: dict[str, SampleBuilder] = {
    "title": sample_title,
    "setup": sample_setup,
    "board": sample_board,
    "card": sample_card,
    "story": sample_story,
    "summary": sample_summary,
    "pause": over_title(PauseScene),
    "settings": over_title(SettingsScene),
    "help": over_title(HelpScene),
    "stories": lambda app, seed: _push(app, StoryPickerScene(app)),
    "deck-browser": lambda app, seed: _push(app, DeckBrowserScene(app)),
    "demo": sample_demo,
    "error": lambda app, seed: _push(app, ErrorScene(app)),
    "needs-decks": sample_needs_decks,
    "already-running": lambda app, seed: _push(app, already_running_message(app)),
    "problems": over_title(ProblemsScene),  # shown even when nothing failed (an empty notice)
}
"""Scene name → its sample (the names ``screenshot --scene`` takes)."""
