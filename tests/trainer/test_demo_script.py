"""The demo's director without a screen: legal, steered, long enough, deterministic; captions fill in."""

from __future__ import annotations

import pytest

from elamani_peli.engine.session import Session
from elamani_peli.i18n import Translator
from elamani_peli.ui.demo_captions import _templates, caption
from elamani_peli.ui.demo_script import (
    MUST_APPEAR,
    SECONDS,
    DemoDirector,
    demo_setup,
    opening_kinds,
    pick_seed,
    plan_session,
)
from elamani_peli.ui.pilot import builtin_content


@pytest.fixture(scope="module")
def library():
    return builtin_content().library


def test_a_picked_seed_shows_every_kind_of_step_in_the_first_minutes(library):
    for start in (1, 50, 300):
        seed = pick_seed(library, start)
        steps = plan_session(library, seed)  # raises if the director ever chose a rejected action
        assert set(MUST_APPEAR) <= opening_kinds(steps, 150.0), seed
        assert {"bookmark", "another", "done", "summary"} <= {s.kind for s in steps}


def test_a_demo_session_lasts_at_least_three_minutes_before_it_loops(library):
    for seed in range(1, 11):
        steps = plan_session(library, seed)
        assert steps[-1].kind == "summary" and steps[0].kind == "setup"
        assert sum(step.seconds for step in steps) >= 180.0, seed


def test_the_same_seed_plays_the_same_demo_and_another_seed_differs(library):
    first = [(s.kind, s.action) for s in plan_session(library, 7)]
    assert first == [(s.kind, s.action) for s in plan_session(library, 7)]
    assert first != [(s.kind, s.action) for s in plan_session(library, 8)]


def test_the_demo_never_pauses_and_stories_move_on(library):
    kinds = {s.kind for seed in range(1, 6) for s in plan_session(library, seed)}
    assert not kinds - set(SECONDS), "every kind of step has a time on screen"
    actions = {
        type(s.action).__name__ for seed in range(1, 6) for s in plan_session(library, seed) if s.action
    }
    assert not {"Pause", "Resume", "SetElapsed"} & actions


@pytest.mark.parametrize("language", ["fi", "en"])
def test_every_step_has_a_caption_with_its_names_filled_in(library, language):
    _ = Translator(language).gettext
    seed = pick_seed(library, 1)
    session = Session.new(library, demo_setup(library, seed))
    director = DemoDirector(library, seed)
    seen: set[str] = set()
    for _step in range(400):
        step = director.next_step(session.state)
        text = caption(_, language, library, session.setup, session.state, step)
        assert text.strip() and "{" not in text, (step.kind, text)
        seen.add(step.kind)
        if step.kind == "summary":
            break
        if step.action is not None:
            session.apply(step.action)
    assert set(MUST_APPEAR) <= seen
    assert set(SECONDS) <= set(_templates(_)) | {"card"}
