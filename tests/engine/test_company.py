"""Cards for two only (``one_to_one``) and cards everyone answers in turn (``everyone``).

The fixtures are built here from the models, so the rules are tested apart from the built-in
decks that lane `cards` marks: a theme whose deck mixes for-two and ordinary cards, a deck
marked for two as a whole, and a theme whose cards everyone answers.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from elamani_peli.content.library import ContentLibrary
from elamani_peli.content.models import Board, Deck, Strength, Theme
from elamani_peli.engine.actions import AnotherCard, Done, GiveStrength, Pass
from elamani_peli.engine.autoplay import play_session
from elamani_peli.engine.events import AnswererChanged, TurnEnded
from elamani_peli.engine.history import cards_drawn
from elamani_peli.engine.rules import apply, start_session
from elamani_peli.engine.session import Session
from elamani_peli.engine.setup import PlayerSetup, SessionSetup
from elamani_peli.engine.state import GameState, state_digest, state_to_json

from .driving import accepted, roll_onto


def _text(words: str) -> dict[str, str]:
    return {"fi": words, "en": words}


def _deck(deck_id: str, theme: str | None, cards: list[dict], **flags: bool) -> Deck:
    data = {"kind": "deck", "id": deck_id, "title": _text(deck_id), "theme": theme, "cards": cards, **flags}
    return Deck.model_validate(data)


def _card(card_id: str, card_type: str = "question", **flags: bool) -> dict:
    return {"id": card_id, "type": card_type, "level": 1, "text": _text(card_id), **flags}


def company_library() -> ContentLibrary:
    themes = {t: Theme(id=t, name=_text(t), colour="#336699") for t in ("home", "group")}
    decks = [
        _deck(
            "koti",
            "home",
            [_card("koti-kaksin", one_to_one=True), _card("koti-01"), _card("koti-02"), _card("koti-03")],
        ),
        _deck("kahden", "home", [_card("kahden-01"), _card("kahden-02")], one_to_one=True),
        _deck("ryhma", "group", [_card("ryhma-01", everyone=True), _card("ryhma-02", everyone=True)]),
        _deck(
            "pohdinta",
            None,
            [_card("pohdinta-kaksin", "reflection", one_to_one=True), _card("pohdinta-01", "reflection")],
        ),
    ]
    spaces = [{"type": "start"}]
    for _ in range(6):
        spaces += [
            {"type": "theme", "theme": "home"},
            {"type": "reflection"},
            {"type": "theme", "theme": "group"},
        ]
    spaces.append({"type": "goal"})
    board = Board.model_validate({"kind": "board", "id": "polku", "title": _text("polku"), "spaces": spaces})
    return ContentLibrary(
        themes=themes,
        decks={deck.id: deck for deck in decks},
        stories={},
        boards={board.id: board},
        strengths={"courage": Strength(id="courage", name=_text("courage"))},
    )


LIBRARY = company_library()
FOR_TWO = {"koti-kaksin", "kahden-01", "kahden-02", "pohdinta-kaksin"}


def setup_for(count: int, seed: int, themes: tuple[str, ...] = ("home", "group")) -> SessionSetup:
    players = tuple(PlayerSetup(f"P{i}", "young", f"token-{i + 1}") for i in range(count))
    return SessionSetup(players, "polku", "rounds", 6, 3, themes, (), (), seed)


def drawn_cards(session: Session) -> list[str]:
    return cards_drawn(LIBRARY, session.setup, session.log)


def test_for_two_cards_are_never_drawn_for_three_players_in_200_sessions() -> None:
    for seed in range(200):
        session = play_session(LIBRARY, setup_for(3, seed), play_seed=seed)
        cards = drawn_cards(session)
        assert cards, "every session draws cards"
        assert not FOR_TWO & set(cards), (seed, FOR_TWO & set(cards))


def test_for_two_cards_are_drawn_when_two_play() -> None:
    """The same filter must not hide them from the two-player sessions they were written for."""
    seen: set[str] = set()
    for seed in range(40):
        seen |= set(drawn_cards(play_session(LIBRARY, setup_for(2, seed), play_seed=seed)))
    assert seen >= FOR_TWO


def _on_group_card(count: int) -> GameState:
    state = start_session(LIBRARY, setup_for(count, seed=3, themes=("group",)))
    state = roll_onto(LIBRARY, state, 3).state
    assert state.phase == "card" and state.card in ("ryhma-01", "ryhma-02")
    return state


@pytest.mark.parametrize("count", [2, 3, 6])
def test_everyone_card_goes_round_every_player_from_the_one_in_turn(count: int) -> None:
    state = _on_group_card(count)
    turn = state.current_player
    answerers = []
    while state.phase == "card":
        answerers.append(state.answerer)
        outcome = accepted(LIBRARY, state, Done())
        state = outcome.state
    assert answerers == [(turn + step) % count for step in range(count)]
    assert [player.answered for player in state.players] == [1] * count
    assert state.answerer is None and state.current_player == (turn + 1) % count


def test_everyone_card_tells_whose_turn_it_is_and_counts_a_pass_for_that_player() -> None:
    state = _on_group_card(3)
    outcome = accepted(LIBRARY, state, Pass())
    assert AnswererChanged(1, state.card) in outcome.events
    assert not any(isinstance(event, TurnEnded) for event in outcome.events)
    state = outcome.state
    assert state.answerer == 1 and state.current_player == 0
    assert [p.passed for p in state.players] == [1, 0, 0]


def test_everyone_card_strength_goes_to_the_player_answering_now() -> None:
    state = accepted(LIBRARY, _on_group_card(3), Done()).state
    assert apply(LIBRARY, state, GiveStrength(0, 0, "courage")).rejected  # 0 is not answering now
    assert apply(LIBRARY, state, GiveStrength(2, 0, "courage")).rejected
    assert accepted(LIBRARY, state, GiveStrength(0, 1, "courage")).state.strengths


def test_another_card_keeps_the_round_of_answers_where_it_was() -> None:
    state = accepted(LIBRARY, _on_group_card(3), Done()).state
    state = accepted(LIBRARY, state, AnotherCard()).state
    assert state.answerer == 1 and state.card in ("ryhma-01", "ryhma-02")


def test_ordinary_cards_have_no_answerer_and_old_saves_keep_their_digest() -> None:
    state = start_session(LIBRARY, setup_for(2, seed=1, themes=("home",)))
    state = roll_onto(LIBRARY, state, 1).state
    assert state.phase == "card" and state.answerer is None
    assert "answerer" not in state_to_json(state)  # as before the field existed
    assert state_digest(state) != state_digest(replace(state, answerer=1))
