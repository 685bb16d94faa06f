"""The summary: per-player numbers and ids from the state, nicknames from the setup only."""

from __future__ import annotations

import json

from elamani_peli.engine.actions import Bookmark, ChooseOption, Continue, Done, GiveStrength, Pass
from elamani_peli.engine.autoplay import play_session
from elamani_peli.engine.rules import start_session
from elamani_peli.engine.summary import summarize, summary_to_json

from .conftest import make_setup
from .driving import roll_onto, run

HOME, STORY, FRIENDS = 4, 2, 1


def test_the_summary_counts_what_happened_per_player(library, setup):
    state = roll_onto(library, start_session(library, setup), HOME).state
    card = state.card
    state = run(library, state, Bookmark(), GiveStrength(1, 0, "courage"), Done())
    state = run(library, roll_onto(library, state, FRIENDS).state, Pass())
    state = run(library, roll_onto(library, state, STORY).state, ChooseOption(0), Continue())
    data = summary_to_json(summarize(library, setup, state))
    assert data["cards_answered"] == {"0": 1, "1": 0}
    assert data["cards_passed"] == {"0": 0, "1": 1}
    assert data["strengths"] == {"0": ["courage"], "1": []}
    assert data["bookmarks"] == [card]
    assert data["themes"] == ["home", "friends"]
    assert data["stories"] == [{"story": "polku", "scenes": ["alku"], "ending": None}]
    assert data["players"]["1"] == {"nickname": "B", "role": "worker"}


def test_a_whole_session_summary_is_plain_json(library):
    setup = make_setup(5, stories=("polku",), length=40)
    session = play_session(library, setup, 5)
    data = summary_to_json(summarize(library, setup, session.state))
    assert json.loads(json.dumps(data)) == data
    assert {"themes", "cards_answered", "cards_passed", "strengths", "bookmarks", "stories"} <= set(data)
    assert data["end_reason"] == session.state.end_reason
