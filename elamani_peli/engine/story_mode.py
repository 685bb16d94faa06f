"""A story played alone, start to end, like the original visual novel (same style as the rules).

Scene → choose an option → discuss → the next scene … → an ending. No card, no board, no
counting: leaving early is the UI's business. Pure functions over a frozen state, like
:mod:`.rules`, and a rejected action leaves the state unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from ..content.library import ContentLibrary
from .actions import Action, ChooseOption, Continue
from .events import Event, SceneShown, StoryEnded, StoryStarted
from .story_moves import option_taken

StoryPhase = Literal["scene", "discuss", "ended"]


@dataclass(frozen=True)
class StoryState:
    story: str
    phase: StoryPhase
    scene: str
    """In ``scene``: the scene shown; in ``discuss``: the scene whose choice is discussed;
    in ``ended``: the ending scene."""
    next_scene: str | None = None
    """In ``discuss``: where the choice leads."""
    visited: tuple[str, ...] = ()


@dataclass(frozen=True)
class StoryOutcome:
    state: StoryState
    events: tuple[Event, ...] = ()
    rejected: str | None = None


def start_story(library: ContentLibrary, story_id: str) -> StoryState:
    """The story's first scene (``KeyError`` for an unknown story)."""
    story = library.stories[story_id]
    return _arrive(library, story_id, story.start, ())


def story_start_events(state: StoryState) -> tuple[Event, ...]:
    return (StoryStarted(state.story), SceneShown(state.story, state.scene))


def apply_story(library: ContentLibrary, state: StoryState, action: Action) -> StoryOutcome:
    """Accepts ``ChooseOption`` in ``scene`` and ``Continue`` in ``discuss``."""
    story = library.stories[state.story]
    if state.phase == "scene" and isinstance(action, ChooseOption):
        taken = option_taken(library, story.id, state.scene, action)
        if isinstance(taken, str):
            return StoryOutcome(state, (), taken)
        next_scene, events = taken
        return StoryOutcome(replace(state, phase="discuss", next_scene=next_scene), tuple(events))
    if state.phase == "discuss" and isinstance(action, Continue):
        assert state.next_scene is not None, "a discussion always knows where the story goes"
        new_state = _arrive(library, story.id, state.next_scene, state.visited)
        shown: tuple[Event, ...] = (SceneShown(story.id, new_state.scene),)
        if new_state.phase == "ended":
            shown += (StoryEnded(story.id, new_state.scene),)
        return StoryOutcome(new_state, shown)
    wanted = {"scene": "ChooseOption", "discuss": "Continue", "ended": "nothing"}[state.phase]
    reason = f"{type(action).__name__} is not allowed in phase {state.phase!r} (accepted: {wanted})"
    return StoryOutcome(state, (), reason)


def _arrive(library: ContentLibrary, story_id: str, scene_id: str, visited: tuple[str, ...]) -> StoryState:
    scene = library.stories[story_id].scene(scene_id)
    phase: StoryPhase = "ended" if scene.is_ending else "scene"
    return StoryState(story_id, phase, scene_id, None, (*visited, scene_id))
