"""A story played alone: scene, choice, discussion, next scene, until an ending."""

from __future__ import annotations

import pytest

from elamani_peli.engine.actions import ChooseOption, Continue, Roll
from elamani_peli.engine.events import GENERAL_DISCUSSION_PROMPT, DiscussionPrompted, SceneShown, StoryEnded
from elamani_peli.engine.story_mode import apply_story, start_story, story_start_events


def _play(library, *indexes: int):
    state = start_story(library, "polku")
    events = list(story_start_events(state))
    for index in indexes:
        for action in (ChooseOption(index), Continue()):
            outcome = apply_story(library, state, action)
            assert outcome.rejected is None, outcome.rejected
            state, events = outcome.state, events + list(outcome.events)
    return state, events


@pytest.mark.parametrize(("choices", "ending"), [((0, 0), "hyva"), ((1, 0), "hyva"), ((1, 1), "vaikea")])
def test_every_path_reaches_its_ending(library, choices, ending):
    state, events = _play(library, *choices)
    assert state.phase == "ended" and state.scene == ending
    assert events[-1] == StoryEnded("polku", ending)
    assert state.visited[-1] == ending and state.visited[0] == "alku"


def test_the_discussion_is_of_the_scene_where_the_choice_was_made(library):
    _, events = _play(library, 1, 1)
    prompts = [e for e in events if isinstance(e, DiscussionPrompted)]
    assert prompts == [
        DiscussionPrompted("polku", "alku", None),
        DiscussionPrompted("polku", "ulos", GENERAL_DISCUSSION_PROMPT),
    ]
    assert SceneShown("polku", "ulos") in events


def test_wrong_actions_are_rejected_and_change_nothing(library):
    state = start_story(library, "polku")
    for action in (Continue(), ChooseOption(2), ChooseOption(-1), Roll()):
        outcome = apply_story(library, state, action)
        assert outcome.rejected and outcome.state is state
    ended, _ = _play(library, 0, 0)
    assert apply_story(library, ended, ChooseOption(0)).rejected
