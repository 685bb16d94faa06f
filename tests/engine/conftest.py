"""A small content library built straight from the models, so engine tests never depend on
the built-in YAML (which other people are writing) — and the rules see every edge case:
several themes and levels, a deck behind a content note, a tiny deck that runs out, a
general reflection deck with closing cards, a board with every kind of space, and stories
with a branch and two endings.
"""

from __future__ import annotations

import pytest

from elamani_peli.content.library import ContentLibrary
from elamani_peli.content.models import Board, Deck, Story, Strength, Theme
from elamani_peli.engine.setup import PlayerSetup, SessionSetup


def _text(words: str) -> dict[str, str]:
    return {"fi": words, "en": words}


def _deck(deck_id: str, theme: str | None, cards: list[dict], notes: tuple[str, ...] = ()) -> Deck:
    return Deck.model_validate(
        {
            "kind": "deck",
            "id": deck_id,
            "title": _text(deck_id),
            "theme": theme,
            "content_notes": list(notes),
            "cards": cards,
        }
    )


def _card(card_id: str, level: int, card_type: str = "question", follow_up: bool = False, tags=()) -> dict:
    card = {"id": card_id, "type": card_type, "level": level, "text": _text(card_id), "tags": list(tags)}
    if follow_up:
        card["follow_up"] = _text(card_id + " more")
    return card


def make_library() -> ContentLibrary:
    themes = {
        theme_id: Theme(id=theme_id, name=_text(theme_id), colour="#336699")
        for theme_id in ("friends", "home", "school", "health")
    }
    decks = [
        _deck(
            "ystavat",
            "friends",
            [
                _card(f"ystavat-0{i}", level, follow_up=i % 2 == 0)
                for i, level in enumerate((1, 1, 2, 2, 3), 1)
            ]
            + [_card("ystavat-06", 1, "action"), _card("ystavat-07", 1, "reflection")],
        ),
        _deck(
            "koti", "home", [_card("koti-01", 1, follow_up=True), _card("koti-02", 2), _card("koti-03", 3)]
        ),
        _deck("koulu", "school", [_card("koulu-01", 1)]),
        _deck(
            "terveys", "health", [_card("terveys-01", 1), _card("terveys-02", 2)], notes=("substance-use",)
        ),
        _deck(
            "pohdinta",
            None,
            [
                _card("pohdinta-01", 1, "reflection", tags=("session",)),
                _card("pohdinta-02", 2, "reflection", follow_up=True, tags=("session",)),
                _card("pohdinta-03", 2, "reflection", tags=("closing",)),
                _card("pohdinta-04", 3, "reflection", tags=("closing",)),
            ],
        ),
    ]
    board = Board.model_validate(
        {
            "kind": "board",
            "id": "testi",
            "title": _text("testi"),
            "spaces": [
                {"type": "start"},
                {"type": "theme", "theme": "friends"},
                {"type": "story"},
                {"type": "reflection"},
                {"type": "theme", "theme": "home"},
                {"type": "strengths"},
                {"type": "free"},
                {"type": "breather"},
                {"type": "theme", "theme": "school"},
                {"type": "story"},
                {"type": "theme", "theme": "health"},
                {"type": "theme", "theme": "friends"},
                {"type": "story"},
                {"type": "theme", "theme": "home"},
                {"type": "goal"},
            ],
        }
    )
    short = Board.model_validate(
        {
            "kind": "board",
            "id": "lyhyt",
            "title": _text("lyhyt"),
            "spaces": [
                {"type": "start"},
                {"type": "story"},
                {"type": "theme", "theme": "friends"},
                {"type": "goal"},
            ],
        }
    )
    middle = [space.model_dump(exclude_none=True) for space in board.spaces[1:-1]]
    long = Board.model_validate(
        {
            "kind": "board",
            "id": "pitka",
            "title": _text("pitkä"),
            "spaces": [{"type": "start"}, *middle * 5, {"type": "goal"}],
        }
    )
    stories = [
        _story("polku", notes=()),
        _story("herkka", notes=("substance-use",)),
    ]
    strengths = [Strength(id=s, name=_text(s)) for s in ("courage", "honesty", "humour")]
    return ContentLibrary(
        themes=themes,
        decks={deck.id: deck for deck in decks},
        stories={story.id: story for story in stories},
        boards={board.id: board, short.id: short, long.id: long},
        strengths={s.id: s for s in strengths},
    )


def _story(story_id: str, notes: tuple[str, ...]) -> Story:
    """alku → (koti | ulos); koti → hyva (ending); ulos → (hyva | vaikea (ending))."""
    return Story.model_validate(
        {
            "kind": "story",
            "id": story_id,
            "title": _text(story_id),
            "character": {"name": story_id.title()},
            "content_notes": list(notes),
            "start": "alku",
            "scenes": [
                {
                    "id": "alku",
                    "text": _text("alku"),
                    "discuss": _text("miksi?"),
                    "choices": [
                        {"text": _text("kotiin"), "next": "koti"},
                        {"text": _text("ulos"), "next": "ulos"},
                    ],
                },
                {"id": "koti", "text": _text("koti"), "choices": [{"text": _text("jatka"), "next": "hyva"}]},
                {
                    "id": "ulos",
                    "text": _text("ulos"),
                    "choices": [
                        {"text": _text("soita"), "next": "hyva"},
                        {"text": _text("jää"), "next": "vaikea"},
                    ],
                },
                {"id": "hyva", "text": _text("hyvä"), "ending": _text("hyvä loppu")},
                {"id": "vaikea", "text": _text("vaikea"), "ending": _text("vaikea loppu")},
            ],
        }
    )


def players(count: int) -> tuple[PlayerSetup, ...]:
    return tuple(PlayerSetup(f"P{i}", "young" if i % 2 else "worker", f"token-{i + 1}") for i in range(count))


def make_setup(seed: int = 7, **changes) -> SessionSetup:
    values = {
        "players": (PlayerSetup("A", "young", "token-1"), PlayerSetup("B", "worker", "token-2")),
        "board_id": "testi",
        "length_unit": "rounds",
        "length": 30,
        "max_level": 2,
        "themes": ("friends", "home", "school", "health"),
        "stories": ("polku",),
        "content_notes": (),
        "seed": seed,
    }
    values.update(changes)
    return SessionSetup(**values)


@pytest.fixture(scope="session")
def library() -> ContentLibrary:
    return make_library()


@pytest.fixture
def setup() -> SessionSetup:
    return make_setup()
