"""Setup: first-session defaults, and a message id for everything that stops a start."""

from __future__ import annotations

from dataclasses import replace

import pytest

from elamani_peli.engine.setup import (
    PlayerSetup,
    default_setup,
    setup_from_json,
    setup_problems,
    setup_to_json,
)

from .conftest import make_setup, players

B = PlayerSetup("B", "worker", "b")


def test_the_defaults_start_a_gentle_first_session(library):
    setup = default_setup(library, seed=5)
    assert [(p.nickname, p.role) for p in setup.players] == [("Nuori", "young"), ("Ohjaaja", "worker")]
    assert setup.board_id == "testi"  # no `perus` in the fixture: the first board
    assert setup.max_level == 2 and setup.themes == tuple(library.themes)
    assert setup.stories == ("polku",)  # `herkka` carries a content note
    assert setup.content_notes == () and setup.seed == 5
    assert setup_problems(library, setup) == []
    assert len(default_setup(library, players=6).players) == 6


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"players": players(1)}, "setup-player-count"),
        ({"players": players(7)}, "setup-player-count"),
        ({"players": (PlayerSetup(" ", "young", "a"), B)}, "setup-nickname-empty"),
        ({"players": (PlayerSetup("A", "boss", "a"), B)}, "setup-role-unknown"),
        ({"players": (PlayerSetup("A", "young", "b"), B)}, "setup-token-twice"),
        ({"board_id": "nope"}, "setup-board-unknown"),
        ({"length_unit": "hours"}, "setup-length-unit-unknown"),
        ({"length": 0}, "setup-length-too-short"),
        ({"max_level": 4}, "setup-level-out-of-range"),
        ({"themes": ()}, "setup-no-themes"),
        ({"themes": ("nope",)}, "setup-theme-unknown"),
        ({"stories": ("nope",)}, "setup-story-unknown"),
        ({"stories": ("herkka",)}, "setup-story-content-note"),
        ({"stories": ("polku", "polku")}, "setup-story-twice"),
        ({"themes": ("health",)}, "setup-no-cards"),
    ],
)
def test_each_problem_has_its_message_id(library, changes, problem):
    assert setup_problems(library, make_setup(**changes)) == [problem]


def test_a_setup_survives_json(library):
    setup = replace(make_setup(), seed=-(2**70))
    assert setup_from_json(setup_to_json(setup)) == setup
    broken = {**setup_to_json(setup), "length": "45"}
    with pytest.raises(TypeError):
        setup_from_json(broken)
