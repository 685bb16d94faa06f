"""The "last time…" recap of a story (finding 15): at the next Story space of a story already
begun, the choice made last time, worked out from the state (so a resumed session has it)."""

from __future__ import annotations

from elamani_peli.engine.actions import ChooseOption, Continue, Pass
from elamani_peli.engine.rules import start_session
from elamani_peli.engine.story_moves import StoryRecap, story_recap

from .driving import accepted, roll_onto, run
from .test_rules import STORY


def test_the_first_scene_has_no_recap_and_the_next_story_space_names_the_choice(library, setup):
    state = roll_onto(library, start_session(library, setup), STORY).state
    assert state.scene == "alku" and story_recap(library, state) is None
    discussing = accepted(library, state, ChooseOption(1)).state
    assert story_recap(library, discussing) is None  # the table talks; "You chose" says it there
    state = run(library, discussing, Continue())
    assert story_recap(library, state) is None  # on the board, between Story spaces
    state = roll_onto(library, state, STORY).state
    assert state.scene == "ulos"
    assert story_recap(library, state) == StoryRecap("polku", "alku", 1)


def test_the_other_choice_is_named_when_the_other_way_was_taken(library, setup):
    state = roll_onto(library, start_session(library, setup), STORY).state
    state = run(library, state, ChooseOption(0), Continue())
    state = roll_onto(library, state, STORY).state
    assert (state.scene, story_recap(library, state)) == ("koti", StoryRecap("polku", "alku", 0))


def test_a_scene_passed_keeps_the_recap_of_the_choice_that_led_there(library, setup):
    state = roll_onto(library, start_session(library, setup), STORY).state
    state = run(library, state, ChooseOption(1), Continue())
    state = roll_onto(library, state, STORY).state
    state = run(library, state, Pass())
    state = roll_onto(library, state, STORY).state
    assert state.scene == "ulos" and story_recap(library, state) == StoryRecap("polku", "alku", 1)
