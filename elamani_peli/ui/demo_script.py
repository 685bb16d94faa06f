"""What the demo does next: a steered, seeded autoplay that shows every kind of step early.

Pure (no pygame): the demo scene asks :meth:`DemoDirector.next_step` for the step to show
with the session's current state, and the same director can play a whole session without a
screen (:func:`plan_session`) — tests and the seed search use that.

Plain random play (``engine.autoplay``) would take many turns before a follow-up, a pass,
a strength and a story choice have all happened, so the director *steers*: while a kind of
step has not been shown yet and it is legal, it is chosen; afterwards play is random with
the autoplay weights. The dice cannot be steered (they live in the game's state), so
:func:`pick_seed` tries a few game seeds and keeps the first whose opening minutes reach a
story choice as well.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace

from ..content.library import ContentLibrary
from ..engine.actions import (
    Action,
    AnotherCard,
    Bookmark,
    ChooseOption,
    ChooseTheme,
    Continue,
    Done,
    EndSession,
    GiveStrength,
    Pass,
    Pause,
    Resume,
    Roll,
    ShowFollowUp,
)
from ..engine.autoplay import choose_action
from ..engine.legal import legal_actions
from ..engine.session import Session
from ..engine.setup import PlayerSetup, SessionSetup, default_setup
from ..engine.state import GameState, Phase

DEMO_NICKNAMES = ("Aino", "Sami")
"""Player 0 is the young person, player 1 the worker (``default_setup``'s roles)."""
DEMO_ROUNDS = 7
"""Seven rounds of two players take about four minutes at the default pace."""
DEMO_BOARD = "perus"

SECONDS: dict[str, float] = {
    "setup": 7.0,
    "turn": 3.5,
    "card": 6.0,
    "closing": 6.0,
    "follow-up": 4.5,
    "another": 4.0,
    "bookmark": 4.0,
    "strength-card": 4.5,
    "pass": 4.5,
    "done": 3.5,
    "closing-done": 4.0,
    "choose-theme": 5.0,
    "theme-chosen": 3.5,
    "strength-space": 5.0,
    "strength-given": 4.0,
    "scene": 7.0,
    "story-choice": 4.5,
    "discuss": 6.0,
    "discussed": 3.5,
    "story-end": 6.0,
    "breather": 5.0,
    "arrived": 5.0,
    "summary": 14.0,
}
"""How long each kind of step stays on screen at pace 1.0: long enough to read its caption."""

SITUATIONS: dict[Phase, str] = {
    "card": "card",
    "closing": "closing",
    "choose_theme": "choose-theme",
    "strength": "strength-space",
    "scene": "scene",
    "discuss": "discuss",
    "story_end": "story-end",
    "breather": "breather",
    "arrived": "arrived",
    "roll": "turn",
    "ended": "summary",
}
"""Phase → the step that explains what is on the table when the phase begins. Every phase of the
engine has one (``tests/ui/test_game_flow.py``): a new phase without a caption fails the tests
instead of being shown as "turn"."""

SHOWCASE = ("follow-up", "strength-card", "bookmark", "another", "pass")
"""Card steps the director makes sure appear early, in this order of preference."""
MUST_APPEAR = ("turn", "card", "follow-up", "pass", "strength-card", "scene", "story-choice", "discuss")
"""What the opening minutes must show for a seed to be picked."""
EXTRAS_PER_CARD = 2
CONTINUE_PHASES = ("story_end", "breather", "arrived")
"""Phases that only show something: their one step explains it and moves on."""


@dataclass(frozen=True)
class DemoStep:
    """One thing the demo shows: ``kind`` names its caption; ``action`` is applied after it."""

    kind: str
    action: Action | None = None
    seconds: float = 0.0


def demo_setup(library: ContentLibrary, seed: int) -> SessionSetup:
    """The demo's session: two named players, a rounds-based length, the default board."""
    setup = default_setup(library, seed=seed, players=2)
    players = tuple(
        PlayerSetup(nickname=name, role=player.role, token=player.token)
        for name, player in zip(DEMO_NICKNAMES, setup.players, strict=True)
    )
    board = DEMO_BOARD if DEMO_BOARD in library.boards else setup.board_id
    return replace(setup, players=players, board_id=board, length_unit="rounds", length=DEMO_ROUNDS)


def action_kind(state: GameState, action: Action) -> str:
    """The caption kind for applying ``action`` in ``state``."""
    closing = state.phase == "closing"
    if isinstance(action, Roll):
        return "turn"
    if isinstance(action, Done):
        return "closing-done" if closing else "done"
    if isinstance(action, Pass):
        return "pass"
    if isinstance(action, ShowFollowUp):
        return "follow-up"
    if isinstance(action, AnotherCard):
        return "another"
    if isinstance(action, Bookmark):
        return "bookmark"
    if isinstance(action, GiveStrength):
        return "strength-given" if state.phase == "strength" else "strength-card"
    if isinstance(action, ChooseTheme):
        return "theme-chosen"
    if isinstance(action, ChooseOption):
        return "story-choice"
    if isinstance(action, Continue) and state.phase == "discuss":
        return "discussed"
    return SITUATIONS[state.phase]


def _situation_key(state: GameState) -> tuple:
    """Changes whenever something new is on the table (a new phase, card or scene)."""
    return (state.phase, state.round, state.current_player, state.card, state.story, state.scene)


@dataclass
class DemoDirector:
    """Chooses the demo's steps from the live state with its own seeded generator."""

    library: ContentLibrary
    seed: int
    shown: set[str] = field(default_factory=set)
    _generator: random.Random = field(init=False)
    _situation: tuple | None = field(default=None, init=False)
    _extras: int = field(default=0, init=False)

    def __post_init__(self) -> None:
        self._generator = random.Random(self.seed)

    def next_step(self, state: GameState) -> DemoStep:
        """What to show now: a situation once per new thing on the table, then an action.

        The turn's situation and its roll are one step (the caption says who rolls).
        """
        key = _situation_key(state)
        if key != self._situation and state.phase not in ("roll",):
            self._situation, self._extras = key, 0
            shown: Action | None = Continue() if state.phase in CONTINUE_PHASES else None
            return self._step(SITUATIONS[state.phase], shown)
        if state.phase == "ended":
            return self._step("summary", None)
        action = self._choose(state)
        if action is None:
            return self._step("summary", None)
        if state.phase in ("card", "closing") and not isinstance(action, Done | Pass):
            self._extras += 1
        return self._step(action_kind(state, action), action)

    def _step(self, kind: str, action: Action | None) -> DemoStep:
        self.shown.add(kind)
        return DemoStep(kind, action, SECONDS.get(kind, 4.0))

    def _choose(self, state: GameState) -> Action | None:
        never = Pause | Resume | EndSession  # the demo plays a whole session, never stopping
        legal: list[Action] = [a for a in legal_actions(self.library, state) if not isinstance(a, never)]
        if not legal:
            return None
        generator = self._generator
        if state.phase in ("card", "closing"):
            return self._card_action(state, legal)
        if state.phase == "strength":
            gifts = [a for a in legal if isinstance(a, GiveStrength)]
            return generator.choice(gifts) if gifts else legal[0]
        for kind in (ChooseOption, ChooseTheme, Continue, Roll):  # stories and choices move on; no passing
            options = [a for a in legal if isinstance(a, kind)]
            if options:
                return generator.choice(options)
        return self._random(state, legal)

    def _card_action(self, state: GameState, legal: list[Action]) -> Action:
        by_kind = {action_kind(state, a): a for a in reversed(legal)}
        if self._extras < EXTRAS_PER_CARD and state.phase == "card":
            wanted = next((k for k in SHOWCASE if k not in self.shown and k in by_kind and k != "pass"), None)
            if wanted is not None:
                return self._pick(state, legal, wanted)
        if "pass" not in self.shown and "pass" in by_kind and state.phase == "card" and "done" in self.shown:
            return by_kind["pass"]
        if self._extras >= EXTRAS_PER_CARD:
            finishing = [a for a in legal if isinstance(a, Done | Pass)]
            return self._generator.choices(
                finishing, weights=[4.0 if isinstance(a, Done) else 1.0 for a in finishing]
            )[0]
        return self._random(state, legal)

    def _pick(self, state: GameState, legal: list[Action], kind: str) -> Action:
        return self._generator.choice([a for a in legal if action_kind(state, a) == kind])

    def _random(self, state: GameState, legal: list[Action]) -> Action:
        """The engine's weighted autoplay choice, never a pause."""
        for _ in range(20):
            action = choose_action(self.library, state, self._generator)
            if not isinstance(action, Pause | Resume):
                return action
        return legal[0]


def plan_session(library: ContentLibrary, seed: int, max_steps: int = 2000) -> list[DemoStep]:
    """Every step of one demo session played without a screen (ends with the summary)."""
    session = Session.new(library, demo_setup(library, seed))
    director = DemoDirector(library, seed)
    steps: list[DemoStep] = [DemoStep("setup", None, SECONDS["setup"])]
    for _ in range(max_steps):
        step = director.next_step(session.state)
        steps.append(step)
        if step.kind == "summary":
            break
        if step.action is not None:
            outcome = session.apply(step.action)
            if outcome.rejected is not None:
                raise RuntimeError(f"the demo chose a rejected action: {outcome.rejected}")
    return steps


def opening_kinds(steps: list[DemoStep], seconds: float) -> set[str]:
    """The kinds of step shown within the first ``seconds`` at pace 1.0."""
    kinds: set[str] = set()
    elapsed = 0.0
    for step in steps:
        if elapsed > seconds:
            break
        kinds.add(step.kind)
        elapsed += step.seconds
    return kinds


def pick_seed(library: ContentLibrary, start: int, tries: int = 40, within: float = 150.0) -> int:
    """The first seed from ``start`` whose opening ``within`` seconds show every kind in MUST_APPEAR."""
    for seed in range(start, start + tries):
        if set(MUST_APPEAR) <= opening_kinds(plan_session(library, seed), within):
            return seed
    return start
