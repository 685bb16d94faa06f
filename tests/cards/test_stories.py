"""The built-in character stories are sound stories, not just valid YAML.

Why: a story is played at a table with a young person. A scene nobody can reach is
wasted writing; a scene from which no ending can be reached traps the players; a choice
scene without a discussion question skips the very moment the story exists for. The
loader checks the format; these tests hold the built-in stories to the bar of issue 6
(at least 15 scenes, real choices, at least three endings, both languages everywhere).

Files are read with ``yaml.safe_load`` and checked as plain data, so a broken story is
reported here by its scene id even before the content loader can read it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from elamani_peli.content.models import KINDS
from elamani_peli.paths import cards_dir

LANGUAGES = ("fi", "en")
MIN_SCENES = 15
MIN_ENDINGS = 3
MAX_SINGLE_CHOICE_SCENES = 3
"""A lone "go on" choice is allowed now and then, never as the habit of a story."""

REQUIRED_CONTENT_NOTES = {"eve": {"substance-use", "homelessness"}}
EXPECTED_STORIES = {"hilja-ilona", "eve", "eeka"}


def story_files() -> list[Path]:
    return sorted((cards_dir() / "stories").glob("*.yaml"))


def load(path: Path) -> dict:
    with path.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    assert isinstance(data, dict), f"{path.name}: not a mapping"
    return data


def scenes_of(data: dict) -> dict[str, dict]:
    return {scene["id"]: scene for scene in data["scenes"]}


def reachable_from(start: str, scenes: dict[str, dict]) -> set[str]:
    """Every scene a player can get to from ``start`` by some sequence of choices."""
    seen: set[str] = set()
    todo = [start]
    while todo:
        scene_id = todo.pop()
        if scene_id in seen or scene_id not in scenes:
            continue
        seen.add(scene_id)
        todo.extend(choice["next"] for choice in scenes[scene_id].get("choices") or [])
    return seen


def can_end(scenes: dict[str, dict]) -> set[str]:
    """Every scene from which at least one ending is still reachable.

    A loop back to an earlier scene is fine; a set of scenes with no way out is not.
    """
    good = {scene_id for scene_id, scene in scenes.items() if "ending" in scene}
    grown = True
    while grown:
        grown = False
        for scene_id, scene in scenes.items():
            if scene_id not in good and any(c["next"] in good for c in scene.get("choices") or []):
                good.add(scene_id)
                grown = True
    return good


def texts(data: dict) -> Iterator[tuple[str, object]]:
    """(where, text) for every player-visible text of a story."""
    yield "title", data["title"]
    yield "character.intro", data["character"]["intro"]
    for scene in data["scenes"]:
        for key in ("text", "discuss", "ending"):
            if key in scene:
                yield f"{scene['id']}.{key}", scene[key]
        for index, choice in enumerate(scene.get("choices") or []):
            yield f"{scene['id']}.choices[{index}]", choice["text"]


STORY_FILES = story_files()
ids = [path.stem for path in STORY_FILES]


def test_the_three_character_stories_are_there() -> None:
    assert {load(path)["id"] for path in STORY_FILES} >= EXPECTED_STORIES


@pytest.mark.parametrize("path", STORY_FILES, ids=ids)
def test_story_matches_the_format(path: Path) -> None:
    data = load(path)
    KINDS["story"].model_validate(data, context={"default_language": data.get("languages", ["fi"])[0]})
    assert data["id"] == path.stem, "a story file is named after its id"


@pytest.mark.parametrize("path", STORY_FILES, ids=ids)
def test_story_is_long_enough_and_has_several_endings(path: Path) -> None:
    scenes = scenes_of(load(path))
    endings = [scene_id for scene_id, scene in scenes.items() if "ending" in scene]
    assert len(scenes) >= MIN_SCENES, f"{len(scenes)} scenes, want at least {MIN_SCENES}"
    assert len(endings) >= MIN_ENDINGS, f"endings {endings}, want at least {MIN_ENDINGS}"


@pytest.mark.parametrize("path", STORY_FILES, ids=ids)
def test_every_scene_offers_real_choices_and_a_question(path: Path) -> None:
    scenes = scenes_of(load(path))
    single = []
    for scene_id, scene in scenes.items():
        choices = scene.get("choices") or []
        if "ending" in scene:
            assert not choices, f"{scene_id}: an ending has no choices"
            continue
        assert 1 <= len(choices) <= 3, f"{scene_id}: {len(choices)} choices, want 2–3"
        if len(choices) == 1:
            single.append(scene_id)
        assert scene.get("discuss"), f"{scene_id}: a scene with choices needs a `discuss` question"
        targets = [choice["next"] for choice in choices]
        assert len(set(targets)) == len(targets), f"{scene_id}: two choices lead to the same scene"
    assert len(single) <= MAX_SINGLE_CHOICE_SCENES, f"too many one-choice scenes: {single}"


@pytest.mark.parametrize("path", STORY_FILES, ids=ids)
def test_every_scene_is_reachable_and_every_path_can_end(path: Path) -> None:
    data = load(path)
    scenes = scenes_of(data)
    assert len(scenes) == len(data["scenes"]), "duplicate scene ids"
    dangling = sorted(
        f"{scene_id} → {choice['next']}"
        for scene_id, scene in scenes.items()
        for choice in scene.get("choices") or []
        if choice["next"] not in scenes
    )
    assert not dangling, f"choices lead to unknown scenes: {dangling}"
    unreachable = sorted(set(scenes) - reachable_from(data["start"], scenes))
    assert not unreachable, f"not reachable from start `{data['start']}`: {unreachable}"
    trapped = sorted(set(scenes) - can_end(scenes))
    assert not trapped, f"no ending can be reached from: {trapped}"


@pytest.mark.parametrize("path", STORY_FILES, ids=ids)
def test_every_text_is_in_both_languages(path: Path) -> None:
    data = load(path)
    assert set(data.get("languages", [])) >= set(LANGUAGES)
    missing = [
        f"{where} ({language})"
        for where, text in texts(data)
        for language in LANGUAGES
        if not (isinstance(text, dict) and isinstance(text.get(language), str) and text[language].strip())
    ]
    assert not missing, f"texts missing a language: {missing}"


@pytest.mark.parametrize("path", STORY_FILES, ids=ids)
def test_sensitive_stories_carry_their_content_notes(path: Path) -> None:
    data = load(path)
    required = REQUIRED_CONTENT_NOTES.get(data["id"], set())
    assert required <= set(data.get("content_notes", [])), f"content_notes must include {sorted(required)}"


def test_graph_checks_catch_a_trap_and_an_orphan() -> None:
    scenes = {
        "a": {"id": "a", "choices": [{"next": "b"}, {"next": "c"}]},
        "b": {"id": "b", "choices": [{"next": "a"}]},
        "c": {"id": "c", "choices": [{"next": "d"}]},
        "d": {"id": "d", "choices": [{"next": "c"}]},
        "e": {"id": "e", "ending": "x"},
    }
    assert reachable_from("a", scenes) == {"a", "b", "c", "d"}
    assert can_end(scenes) == {"e"}
    scenes["d"]["choices"].append({"next": "e"})
    assert can_end(scenes) == set(scenes)
