"""The rules, one situation at a time, driven through ``apply`` on real states."""

from __future__ import annotations

from dataclasses import replace
from typing import get_args

import pytest

from elamani_peli.engine import phases, rules
from elamani_peli.engine.actions import (
    AnotherCard,
    Bookmark,
    ChooseOption,
    ChooseTheme,
    Continue,
    Done,
    GiveStrength,
    Pass,
    Pause,
    Resume,
    Roll,
    SetElapsed,
    ShowFollowUp,
)
from elamani_peli.engine.events import (
    GENERAL_DISCUSSION_PROMPT,
    CardDrawn,
    ClosingStarted,
    DeckRestarted,
    DiscussionPrompted,
    PlayerArrived,
    SessionEnded,
    SpaceReached,
    StoryEnded,
    StrengthGiven,
    TurnStarted,
)
from elamani_peli.engine.rules import SetupError, apply, start_session
from elamani_peli.engine.setup import PlayerSetup
from elamani_peli.engine.state import Phase
from elamani_peli.engine.turn_flow import with_player

from .conftest import make_setup
from .driving import accepted, roll_onto, run, with_die

FRIENDS, STORY, REFLECTION, HOME, STRENGTHS, FREE, BREATHER, SCHOOL, HEALTH = 1, 2, 3, 4, 5, 6, 7, 8, 10
GOAL = 14


def test_every_phase_is_in_the_table_and_only_the_end_accepts_nothing():
    assert set(phases.HANDLERS) == set(get_args(Phase))
    assert [phase for phase, accepted in phases.PHASE_ACTIONS.items() if not accepted] == ["ended"]


def test_a_session_starts_with_every_token_on_the_start_and_player_0_to_roll(library, setup):
    state = start_session(library, setup)
    assert state.phase == "roll" and state.current_player == 0 and state.round == 1
    assert [p.position for p in state.players] == [0, 0]
    assert rules.start_events(state) == (TurnStarted(0, 1),)


def test_a_setup_with_problems_does_not_start(library):
    with pytest.raises(SetupError) as error:
        start_session(library, make_setup(players=(PlayerSetup("A", "young", "t"),)))
    assert error.value.problems == ["setup-player-count"]


def test_a_theme_space_draws_a_question_or_action_card_of_that_theme(library, setup):
    outcome = roll_onto(library, start_session(library, setup), HOME)
    state = outcome.state
    assert state.phase == "card" and state.card_theme == "home" and state.card in ("koti-01", "koti-02")
    assert state.themes_visited == ("home",)
    assert SpaceReached(0, HOME, "theme", "theme") in outcome.events


def test_done_counts_an_answer_and_hands_the_die_on(library, setup):
    state = roll_onto(library, start_session(library, setup), HOME).state
    outcome = accepted(library, state, Done())
    assert outcome.state.players[0].answered == 1 and outcome.state.phase == "roll"
    assert outcome.state.current_player == 1 and outcome.state.card is None
    assert outcome.events[-1] == TurnStarted(1, 1)


def test_pass_differs_from_done_only_in_the_pass_count(library, setup):
    state = roll_onto(library, start_session(library, setup), FRIENDS).state
    done, passed = apply(library, state, Done()).state, apply(library, state, Pass()).state
    assert passed.players[0].passed == 1 and passed.players[0].answered == 0
    assert replace(passed, players=done.players) == done


def test_another_card_draws_from_the_same_deck_and_never_the_same_card(library, setup):
    state = roll_onto(library, start_session(library, setup), FRIENDS).state
    seen = {state.card}
    for _ in range(6):
        outcome = accepted(library, state, AnotherCard())
        assert outcome.state.card != state.card and outcome.state.card_deck == "ystavat"
        state = outcome.state
        seen.add(state.card)
    # level <= 2 question/action cards of ystavat: 01 02 03 04 06; the deck started over on the way
    assert seen == {"ystavat-01", "ystavat-02", "ystavat-03", "ystavat-04", "ystavat-06"}


def test_another_card_is_rejected_when_the_deck_has_no_other_card(library, setup):
    state = roll_onto(library, start_session(library, setup), SCHOOL).state
    assert state.card == "koulu-01"
    outcome = apply(library, state, AnotherCard())
    assert outcome.rejected == "the deck 'koulu' has no other card in play" and outcome.state is state


def test_a_used_up_deck_starts_over(library, setup):
    state = roll_onto(library, start_session(library, setup), SCHOOL).state
    state = run(library, state, Done())
    outcome = roll_onto(library, state, SCHOOL)
    assert DeckRestarted("koulu") in outcome.events and outcome.state.card == "koulu-01"


def test_follow_up_is_shown_once_and_only_if_the_card_has_one(library, setup):
    state = roll_onto(library, start_session(library, setup), HOME).state
    state = replace(state, card="koti-01")
    shown = accepted(library, state, ShowFollowUp()).state
    assert shown.follow_up_shown
    assert apply(library, shown, ShowFollowUp()).rejected == "the follow-up question is already shown"
    assert apply(library, replace(state, card="koti-02"), ShowFollowUp()).rejected is not None


def test_bookmarks_hold_card_ids_once(library, setup):
    state = roll_onto(library, start_session(library, setup), HOME).state
    marked = accepted(library, state, Bookmark()).state
    assert marked.bookmarks == (state.card,)
    assert apply(library, marked, Bookmark()).rejected is not None


def test_a_bookmark_can_be_taken_off_again(library, setup):
    from elamani_peli.engine.actions import RemoveBookmark, action_from_json, action_to_json
    from elamani_peli.engine.events import BookmarkRemoved

    state = roll_onto(library, start_session(library, setup), HOME).state
    assert apply(library, state, RemoveBookmark()).rejected is not None  # nothing to take off
    marked = accepted(library, state, Bookmark()).state
    outcome = accepted(library, marked, RemoveBookmark())
    assert outcome.state.bookmarks == () and outcome.events == (BookmarkRemoved(state.card),)
    assert accepted(library, outcome.state, Bookmark()).state.bookmarks == (state.card,)
    assert action_from_json(action_to_json(RemoveBookmark())) == RemoveBookmark()


def test_on_a_card_any_other_player_gives_the_answerer_a_strength(library, setup):
    state = roll_onto(library, start_session(library, setup), HOME).state
    outcome = accepted(library, state, GiveStrength(1, 0, "courage"))
    assert outcome.events == (StrengthGiven(1, 0, "courage"),)
    assert outcome.state.phase == "card"
    for bad in (
        GiveStrength(0, 1, "courage"),
        GiveStrength(0, 0, "courage"),
        GiveStrength(1, 0, "nope"),
        GiveStrength(5, 0, "courage"),
    ):
        assert apply(library, state, bad).rejected is not None, bad


def test_a_strengths_space_lets_the_current_player_give_one_and_ends_the_turn(library, setup):
    state = roll_onto(library, start_session(library, setup), STRENGTHS).state
    assert state.phase == "strength"
    assert apply(library, state, GiveStrength(1, 0, "humour")).rejected is not None
    given = accepted(library, state, GiveStrength(0, 1, "humour")).state
    assert given.strengths[-1].receiver == 1 and given.phase == "roll" and given.current_player == 1


def test_free_choice_offers_themes_with_cards_and_draws_the_chosen_one(library, setup):
    state = roll_onto(library, start_session(library, setup), FREE).state
    assert state.phase == "choose_theme"
    assert state.theme_choices == ("friends", "home", "school")  # health needs a content note
    assert apply(library, state, ChooseTheme("health")).rejected is not None
    chosen = accepted(library, state, ChooseTheme("school")).state
    assert chosen.phase == "card" and chosen.card == "koulu-01"


def test_a_theme_out_of_play_acts_as_a_free_choice(library, setup):
    outcome = roll_onto(library, start_session(library, setup), HEALTH)
    assert outcome.state.phase == "choose_theme"
    assert SpaceReached(0, HEALTH, "theme", "free") in outcome.events


def test_a_content_note_allowed_brings_its_deck_in(library):
    setup = make_setup(content_notes=("substance-use",))
    state = roll_onto(library, start_session(library, setup), HEALTH).state
    assert state.card == "terveys-01" or state.card == "terveys-02"


def test_a_breather_asks_nothing(library, setup):
    state = roll_onto(library, start_session(library, setup), BREATHER).state
    assert state.phase == "breather"
    assert accepted(library, state, Continue()).state.current_player == 1


def test_a_reflection_space_draws_a_reflection_card_kept_from_the_close(library, setup):
    state = roll_onto(library, start_session(library, setup), REFLECTION).state
    assert state.phase == "card"
    card = library.card(state.card)
    assert card.type == "reflection" and "closing" not in card.tags


def test_a_story_plays_scene_discussion_and_ending_across_story_spaces(library, setup):
    state = roll_onto(library, start_session(library, setup), STORY).state
    assert (state.phase, state.story, state.scene) == ("scene", "polku", "alku")
    outcome = accepted(library, state, ChooseOption(1))
    assert DiscussionPrompted("polku", "alku", None) in outcome.events  # alku has its own discuss
    state = run(library, outcome.state, Continue())
    assert state.phase == "roll" and state.stories[0].scene == "ulos"
    state = roll_onto(library, state, STORY).state  # player 1 on the next story space
    assert state.scene == "ulos"
    outcome = accepted(library, state, ChooseOption(1))
    assert DiscussionPrompted("polku", "ulos", GENERAL_DISCUSSION_PROMPT) in outcome.events
    outcome = accepted(library, outcome.state, Continue())
    assert StoryEnded("polku", "vaikea") in outcome.events and outcome.state.phase == "story_end"
    assert outcome.state.stories[0].visited == ("alku", "ulos", "vaikea")
    state = run(library, outcome.state, Continue())
    # every chosen story has ended: a story space now acts as a reflection space
    outcome = roll_onto(library, state, STORY)
    assert SpaceReached(0, STORY, "story", "reflection") in outcome.events


def test_the_next_story_space_starts_the_next_chosen_story(library):
    setup = make_setup(stories=("polku", "herkka"), content_notes=("substance-use",))
    state = roll_onto(library, start_session(library, setup), STORY).state
    state = run(library, state, ChooseOption(0), Continue())
    state = roll_onto(library, state, STORY).state
    state = run(library, state, ChooseOption(0), Continue(), Continue())
    assert state.stories[0].ended and state.phase == "roll"
    assert roll_onto(library, state, STORY).state.story == "herkka"


def test_passing_a_scene_keeps_the_story_where_it_was(library, setup):
    state = roll_onto(library, start_session(library, setup), STORY).state
    passed = accepted(library, state, Pass()).state
    assert passed.stories[0].scene == "alku" and passed.phase == "roll"
    assert passed.players == state.players


def test_stories_off_make_a_story_space_a_reflection_space(library):
    outcome = roll_onto(library, start_session(library, make_setup(stories=())), STORY)
    assert SpaceReached(0, STORY, "story", "reflection") in outcome.events


def test_passing_the_goal_stops_on_it_and_the_player_is_skipped_afterwards(library, setup):
    state = start_session(library, setup)
    state = with_die(with_player(state, 0, position=GOAL - 2), 6)
    outcome = accepted(library, state, Roll())
    assert outcome.state.players[0].position == GOAL and outcome.state.players[0].arrived
    assert PlayerArrived(0) in outcome.events and outcome.state.phase == "arrived"
    state = run(library, outcome.state, Continue())
    assert state.current_player == 1
    state = run(library, roll_onto(library, state, BREATHER).state, Continue())
    assert state.current_player == 1 and state.round == 2  # player 0 takes no more turns


def test_when_everyone_has_arrived_the_closing_card_comes_then_the_end(library, setup):
    state = start_session(library, setup)
    state = with_player(with_player(state, 1, position=GOAL, arrived=True), 0, position=GOAL - 1)
    state = with_die(state, 1)
    state = run(library, state, Roll())
    outcome = accepted(library, state, Continue())
    assert ClosingStarted("all_arrived") in outcome.events and outcome.state.phase == "closing"
    assert "closing" in library.card(outcome.state.card).tags
    done = accepted(library, outcome.state, Done())
    assert done.state.phase == "ended" and done.events[-1] == SessionEnded("all_arrived")
    assert done.state.players == outcome.state.players  # the closing card counts for no one
    assert apply(library, done.state, Roll()).rejected is not None


def test_rounds_end_the_session_after_the_last_round(library):
    state = start_session(library, make_setup(length=1))
    state = roll_onto(library, state, BREATHER).state
    state = run(library, state, Continue())
    state = roll_onto(library, state, BREATHER).state
    outcome = accepted(library, state, Continue())
    assert ClosingStarted("rounds") in outcome.events and outcome.state.round == 1


def test_minutes_are_checked_between_turns_only(library):
    state = start_session(library, make_setup(length_unit="minutes", length=10))
    state = roll_onto(library, state, HOME).state
    state = run(library, state, SetElapsed(601))
    assert state.phase == "card"  # the card in progress is finished first
    outcome = accepted(library, state, Done())
    assert ClosingStarted("minutes") in outcome.events


def test_time_running_out_before_a_roll_closes_at_once(library):
    state = start_session(library, make_setup(length_unit="minutes", length=10))
    outcome = accepted(library, state, SetElapsed(600))
    assert outcome.state.phase == "closing" and outcome.state.end_reason == "minutes"


def test_time_never_goes_backwards(library, setup):
    state = run(library, start_session(library, setup), SetElapsed(100))
    assert apply(library, state, SetElapsed(99)).rejected is not None


def test_nothing_advances_while_paused(library, setup):
    state = run(library, start_session(library, setup), Pause())
    assert state.paused
    outcome = apply(library, state, Roll())
    assert outcome.rejected == "Roll is not allowed while paused (accepted: Resume, SetElapsed)"
    assert apply(library, state, Pause()).rejected is not None
    assert not run(library, state, Resume()).paused


def test_a_draw_respects_level_and_theme(library):
    state = start_session(library, make_setup(max_level=1))
    for seed in range(20):
        drawn = roll_onto(library, replace(state, rng=seed), FRIENDS).state
        card = library.card(drawn.card)
        assert card.level == 1 and card.type in ("question", "action")


def test_a_closing_card_without_closing_tags_falls_back_to_any_reflection_card(library):
    state = start_session(library, make_setup(max_level=1, length=1))
    state = run(library, roll_onto(library, state, BREATHER).state, Continue())
    outcome = accepted(library, roll_onto(library, state, BREATHER).state, Continue())
    assert any(isinstance(event, CardDrawn) for event in outcome.events)
    card = library.card(outcome.state.card)  # no closing card at level 1 in the fixture
    assert card.type == "reflection" and "closing" not in card.tags
