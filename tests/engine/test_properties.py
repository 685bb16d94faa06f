"""Properties over many setups and random legal plays (hypothesis draws both seeds).

Each example plays a session with :func:`autoplay.choose_action` (its own generator) and
checks every step: tokens on the board, draws within the setup, no early repeats, pass
versus done, replay, undo and rejections.
"""

from __future__ import annotations

import json
import random
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import replace

from hypothesis import assume, given
from hypothesis import strategies as st

from elamani_peli.content.library import ContentLibrary
from elamani_peli.engine.actions import (
    ACTION_TYPES,
    Action,
    ChooseOption,
    ChooseTheme,
    Done,
    GiveStrength,
    Pass,
    Pause,
    Resume,
    Roll,
    SetElapsed,
    action_from_json,
    action_to_json,
)
from elamani_peli.engine.autoplay import choose_action
from elamani_peli.engine.content_rules import reflection_cards, theme_cards
from elamani_peli.engine.events import CardDrawn, DeckRestarted
from elamani_peli.engine.rules import Outcome, apply, start_session
from elamani_peli.engine.session import Session
from elamani_peli.engine.setup import SessionSetup, setup_from_json, setup_problems, setup_to_json
from elamani_peli.engine.state import GameState

from .conftest import make_library, make_setup, players

LIBRARY = make_library()
MAX_STEPS = 250


@st.composite
def setups(draw) -> SessionSetup:
    notes = draw(st.sampled_from([(), ("substance-use",)]))
    story_pool = ["polku", "herkka"] if notes else ["polku"]
    stories = draw(st.permutations(story_pool))[: draw(st.integers(0, len(story_pool)))]
    unit = draw(st.sampled_from(["rounds", "minutes"]))
    setup = make_setup(
        seed=draw(st.integers(-(2**70), 2**70)),
        players=players(draw(st.integers(2, 6))),
        board_id=draw(st.sampled_from(["testi", "lyhyt"])),
        length_unit=unit,
        length=draw(st.integers(1, 12) if unit == "rounds" else st.integers(1, 40)),
        max_level=draw(st.integers(1, 3)),
        themes=tuple(draw(st.lists(st.sampled_from(list(LIBRARY.themes)), min_size=1, unique=True))),
        stories=tuple(stories),
        content_notes=notes,
    )
    assume(not setup_problems(LIBRARY, setup))
    return setup


def walk(setup: SessionSetup, play_seed: int) -> Iterator[tuple[GameState, Action, Outcome]]:
    """Every step of a random legal play: (state before, action, outcome)."""
    generator = random.Random(play_seed)
    state = start_session(LIBRARY, setup)
    for _ in range(MAX_STEPS):
        if state.phase == "ended":
            return
        action = choose_action(LIBRARY, state, generator)
        if isinstance(action, Roll) and setup.length_unit == "minutes" and generator.random() < 0.7:
            action = SetElapsed(state.elapsed_seconds + generator.randint(30, 400))
        outcome = apply(LIBRARY, state, action)
        assert outcome.rejected is None, outcome.rejected
        yield state, action, outcome
        state = outcome.state


play_seeds = st.integers(0, 2**32)


@given(setups(), play_seeds)
def test_tokens_stay_on_the_board_and_every_draw_respects_the_setup(setup, play_seed):
    last = len(LIBRARY.boards[setup.board_id].spaces) - 1
    for _, _, outcome in walk(setup, play_seed):
        state = outcome.state
        assert all(0 <= p.position <= last for p in state.players)
        assert all(p.arrived == (p.position == last) for p in state.players)
        assert 0 <= state.current_player < len(setup.players)
        for event in outcome.events:
            if isinstance(event, CardDrawn):
                deck, card = LIBRARY.decks[event.deck_id], LIBRARY.card(event.card_id)
                assert card.level <= setup.max_level
                assert set(deck.content_notes) <= set(setup.content_notes)
                assert deck.theme is None or deck.theme in setup.themes
                if card.type != "reflection":
                    assert state.card_theme == deck.theme


def _pool(library: ContentLibrary, state: GameState, card_id: str, deck_id: str) -> dict[str, set[str]]:
    """The pool a card was drawn from: deck id → card ids (theme cards, or reflection cards)."""
    card = library.card(card_id)
    if card.type == "reflection":
        pool = reflection_cards(library, state, closing=state.phase == "closing")
    else:
        pool = theme_cards(library, state.rules, library.decks[deck_id].theme or "")
    by_deck: dict[str, set[str]] = defaultdict(set)
    for deck, pooled in pool:
        by_deck[deck.id].add(pooled.id)
    return by_deck


@given(setups(), play_seeds)
def test_no_card_repeats_before_its_deck_is_used_up(setup, play_seed):
    seen: dict[str, set[str]] = defaultdict(set)
    for _, _, outcome in walk(setup, play_seed):
        restarted = {e.deck_id for e in outcome.events if isinstance(e, DeckRestarted)}
        for event in outcome.events:
            if not isinstance(event, CardDrawn):
                continue
            pool = _pool(LIBRARY, outcome.state, event.card_id, event.deck_id)
            for deck_id in restarted:
                assert pool[deck_id] <= seen[deck_id], "a deck started over before it was used up"
                seen[deck_id] -= pool[deck_id]
            assert event.card_id not in seen[event.deck_id], "a card came again before its deck was used up"
            seen[event.deck_id].add(event.card_id)


@given(setups(), play_seeds)
def test_pass_changes_nothing_but_the_card(setup, play_seed):
    for before, _, _ in walk(setup, play_seed):
        if before.phase != "card" or before.paused:
            continue
        done = apply(LIBRARY, before, Done()).state
        passed = apply(LIBRARY, before, Pass()).state
        player = before.current_player
        assert passed.players[player].passed == before.players[player].passed + 1
        assert passed.players[player].answered == before.players[player].answered
        assert done.players[player].answered == before.players[player].answered + 1
        others = [i for i in range(len(before.players)) if i != player]
        assert [passed.players[i] for i in others] == [done.players[i] for i in others]
        assert replace(passed, players=done.players) == done


@given(setups(), play_seeds)
def test_replay_of_the_saved_log_gives_the_same_state(setup, play_seed):
    steps = list(walk(setup, play_seed))
    final = steps[-1][2].state if steps else start_session(LIBRARY, setup)
    log = [action_to_json(action) for _, action, _ in steps]
    saved = json.loads(json.dumps({"setup": setup_to_json(setup), "log": log}))
    replayed = Session.replay(LIBRARY, setup_from_json(saved["setup"]), map(action_from_json, saved["log"]))
    assert replayed.state == final


@given(setups(), play_seeds)
def test_undo_after_apply_gives_back_the_state(setup, play_seed):
    session = Session.new(LIBRARY, setup)
    for _, action, _ in walk(setup, play_seed):
        before = session.state
        session.apply(action)
        if isinstance(action, Roll | SetElapsed | Pause | Resume):
            continue
        assert session.undo()
        assert session.state == before
        session.apply(action)


def _any_action(generator: random.Random, state: GameState) -> Action:
    """Any action at all, often illegal: random kind, random (sometimes absurd) arguments."""
    kind = generator.choice(list(ACTION_TYPES.values()))
    small = generator.randint(-2, 8)
    if kind is GiveStrength:
        strength = generator.choice(["courage", "x"])
        return GiveStrength(generator.randint(-1, 6), generator.randint(-1, 6), strength)
    if kind is ChooseTheme:
        return ChooseTheme(generator.choice([*LIBRARY.themes, "nope"]))
    if kind is ChooseOption:
        return ChooseOption(small)
    if kind is SetElapsed:
        return SetElapsed(state.elapsed_seconds + small * 60)
    return kind()


@given(setups(), play_seeds)
def test_a_rejected_action_leaves_the_state_unchanged(setup, play_seed):
    generator = random.Random(play_seed)
    for before, _, _ in walk(setup, play_seed):
        for _ in range(4):
            outcome = apply(LIBRARY, before, _any_action(generator, before))
            if outcome.rejected is not None:
                assert outcome.state is before and outcome.events == ()
                assert outcome.rejected.strip()
