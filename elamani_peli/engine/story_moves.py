"""Handlers for story scenes on the board (phases ``scene``, ``discuss`` and ``story_end``)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..content.library import ContentLibrary
from .actions import ChooseOption, Continue, Pass, is_int
from .events import (
    GENERAL_DISCUSSION_PROMPT,
    DiscussionPrompted,
    Event,
    OptionChosen,
    ScenePassed,
    SceneShown,
)
from .state import GameState
from .turn_flow import Result, end_story, end_turn, story_progress, with_story


def option_taken(
    library: ContentLibrary, story_id: str, scene_id: str, action: ChooseOption
) -> tuple[str, list[Event]] | str:
    """Where a choice leads and its events (chosen, then the discussion prompt), or why not.

    Shared by the board and :mod:`.story_mode`: the discussion is of the scene where the
    choice was made, with the general prompt when that scene has no ``discuss`` text.
    """
    scene = library.stories[story_id].scene(scene_id)
    index = action.index
    if not is_int(index) or not 0 <= index < len(scene.choices):
        return f"the scene {scene_id!r} has choices 0..{len(scene.choices) - 1}"
    next_scene = scene.choices[index].next
    prompt = None if scene.discuss is not None else GENERAL_DISCUSSION_PROMPT
    return next_scene, [
        OptionChosen(story_id, scene_id, index, next_scene),
        DiscussionPrompted(story_id, scene_id, prompt),
    ]


def choose_option(library: ContentLibrary, state: GameState, action: ChooseOption) -> Result:
    """Move the story along the chosen option and open the discussion of this scene."""
    story_id, scene_id = _shown(state)
    taken = option_taken(library, story_id, scene_id, action)
    if isinstance(taken, str):
        return taken
    next_scene, events = taken
    state = with_story(state, replace(story_progress(state, story_id), scene=next_scene))
    return replace(state, phase="discuss"), events


def pass_scene(library: ContentLibrary, state: GameState, action: Pass) -> Result:
    """The story waits on this scene for the next Story space."""
    story_id, scene_id = _shown(state)
    return end_turn(library, state, [ScenePassed(state.current_player, story_id, scene_id)])


def end_discussion(library: ContentLibrary, state: GameState, action: Continue | Pass) -> Result:
    """After the talk: show the ending at once if the choice led to one, else end the turn."""
    story_id, _ = _shown(state)
    progress = story_progress(state, story_id)
    if library.stories[story_id].scene(progress.scene).is_ending:
        visited = (*progress.visited, progress.scene)
        shown: list[Event] = [SceneShown(story_id, progress.scene)]
        return end_story(state, replace(progress, visited=visited), shown)
    return end_turn(library, state, [])


def _shown(state: GameState) -> tuple[str, str]:
    assert state.story is not None and state.scene is not None, "story phases always show a scene"
    return state.story, state.scene


@dataclass(frozen=True)
class StoryRecap:
    """What was chosen the last time a story went on: the scene and the choice taken there."""

    story: str
    scene: str
    choice: int


def story_recap(library: ContentLibrary, state: GameState) -> StoryRecap | None:
    """At a Story space of a story already begun, the choice that led to the scene now shown.

    Worked out from the scenes visited (the choice of the scene before whose ``next`` is
    this one), so it needs nothing stored and a saved, resumed session shows it too. None
    on a story's first scene and outside a story scene. Should two choices of a facilitator's
    scene lead to the same place, the first of them is named.
    """
    if state.phase != "scene" or state.story is None or state.scene is None:
        return None
    visited = story_progress(state, state.story).visited
    if len(visited) < 2 or visited[-1] != state.scene:
        return None
    story = library.stories[state.story]
    before = story.scene(visited[-2])
    index = next((i for i, choice in enumerate(before.choices) if choice.next == state.scene), None)
    return None if index is None else StoryRecap(story.id, before.id, index)
