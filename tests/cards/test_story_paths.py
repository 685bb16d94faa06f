"""Every way through every built-in story reads as one consistent story and reaches an end.

Why: a facilitator who plays a story several times takes many different paths, and on the
board a story is told a scene at a time over a whole session. A loop that brings the
players back to a first meeting ("Päivi opens the study record…" a second time) breaks the
story's facts, and a loop with no way out except an "active" choice turns the story into a
quiz. Both are properties of whole paths, which the per-scene checks of ``test_stories``
cannot see.

How: :func:`walk` follows every loop-free path from ``start``: every sequence of choices
that shows no scene twice, up to an ending or up to the choice that would close a loop.
A scene marked ``once: true`` (a first meeting, a birthday, a first night somewhere) must
never be where such a loop closes, and from every point of every path an ending must
still be reachable without going round (so within the story's scene count). The built-in
stories are written so that loops go to scenes written for the return ("return scenes",
see docs/decks.md), which is what keeps them true on every path.

Run this file as a script to read the paths yourself::

    python tests/cards/test_story_paths.py eve            # every path, scene ids
    python tests/cards/test_story_paths.py eve fi 3       # path number 3 in full, in Finnish
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import yaml

from elamani_peli.paths import cards_dir

REQUIRED_ONCE = {
    "hilja-ilona": {"opo", "yths", "sanni-vastaa", "kavely", "rutiini", "yksin"},
    "eve": {"sosiaalityo", "paihdetyo", "yomaja", "asema", "vahattely", "soluasunto", "hoitojono", "odotus"},
    "eeka": {"top-alku", "synttarit", "kaisa", "palaveri", "poissaolot", "iltatyo", "laina"},
}
"""The first meetings and one-off events of the built-in stories: they must carry
``once: true``, so that a later edit that loops back to one of them fails here and in
``elamani-peli validate``."""


@dataclass
class Walk:
    """Every loop-free path of one story."""

    endings: list[tuple[str, ...]] = field(default_factory=list)
    """Paths from ``start`` to an ending scene."""
    loops: list[tuple[str, ...]] = field(default_factory=list)
    """Paths whose last choice leads back to a scene already on the path (the last id)."""
    stuck: list[tuple[str, ...]] = field(default_factory=list)
    """Path prefixes from which no ending can be reached without showing a scene again."""


def walk(start: str, scenes: dict[str, dict]) -> Walk:
    result = Walk()

    def go(path: tuple[str, ...]) -> bool:
        """Follow every choice from the end of ``path``; True if some ending lies ahead."""
        scene = scenes[path[-1]]
        if "ending" in scene:
            result.endings.append(path)
            return True
        ends = False
        for choice in scene.get("choices") or []:
            target = choice["next"]
            if target in path:
                result.loops.append((*path, target))
            else:
                ends = go((*path, target)) or ends
        if not ends:
            result.stuck.append(path)
        return ends

    go((start,))
    return result


def once_broken(result: Walk, scenes: dict[str, dict]) -> list[str]:
    """Loops that bring the players back to a scene marked ``once``."""
    return [" → ".join(path) for path in result.loops if scenes[path[-1]].get("once")]


def story_files() -> list[Path]:
    return sorted((cards_dir() / "stories").glob("*.yaml"))


def load(path: Path) -> dict:
    with path.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def scenes_of(data: dict) -> dict[str, dict]:
    return {scene["id"]: scene for scene in data["scenes"]}


STORY_FILES = story_files()
ids = [path.stem for path in STORY_FILES]


@pytest.mark.parametrize("path", STORY_FILES, ids=ids)
def test_no_loop_returns_to_a_first_meeting(path: Path) -> None:
    data = load(path)
    scenes = scenes_of(data)
    broken = once_broken(walk(data["start"], scenes), scenes)
    assert not broken, "these paths meet a `once` scene a second time:\n  " + "\n  ".join(broken)


@pytest.mark.parametrize("path", STORY_FILES, ids=ids)
def test_every_path_can_still_reach_an_ending(path: Path) -> None:
    data = load(path)
    scenes = scenes_of(data)
    result = walk(data["start"], scenes)
    stuck = [" → ".join(prefix) for prefix in result.stuck]
    assert not stuck, "from the end of these paths every choice goes round again:\n  " + "\n  ".join(stuck)
    longest = max(len(p) for p in result.endings)
    assert longest <= len(scenes), f"a path of {longest} scenes in a story of {len(scenes)}"


@pytest.mark.parametrize("path", STORY_FILES, ids=ids)
def test_every_scene_and_every_ending_lies_on_some_path(path: Path) -> None:
    data = load(path)
    scenes = scenes_of(data)
    result = walk(data["start"], scenes)
    on_paths = {scene_id for p in result.endings for scene_id in p}
    assert set(scenes) == on_paths, f"on no path to an ending: {sorted(set(scenes) - on_paths)}"


@pytest.mark.parametrize("path", STORY_FILES, ids=ids)
def test_first_meetings_are_marked_once(path: Path) -> None:
    data = load(path)
    scenes = scenes_of(data)
    marked = {scene_id for scene_id, scene in scenes.items() if scene.get("once")}
    missing = REQUIRED_ONCE.get(data["id"], set()) - marked
    assert not missing, f"mark these first meetings and one-off events `once: true`: {sorted(missing)}"


def test_the_walk_catches_a_returning_first_meeting_and_a_circle_with_no_way_out() -> None:
    scenes = {
        "aamu": {"choices": [{"next": "opo"}, {"next": "ilta"}]},
        "opo": {"once": True, "choices": [{"next": "yths"}, {"next": "loppu"}]},
        "yths": {"choices": [{"next": "opo"}]},
        "ilta": {"choices": [{"next": "sohva"}]},
        "sohva": {"choices": [{"next": "ilta"}]},
        "loppu": {"ending": "x"},
    }
    result = walk("aamu", scenes)
    assert result.endings == [("aamu", "opo", "loppu")]
    assert once_broken(result, scenes) == ["aamu → opo → yths → opo"]
    assert ("aamu", "ilta", "sohva") in result.stuck and ("aamu", "ilta") in result.stuck
    assert ("aamu",) not in result.stuck
    scenes["yths"]["choices"] = [{"next": "opo-jatko"}]
    scenes["opo-jatko"] = {"choices": [{"next": "loppu"}]}
    scenes["sohva"]["choices"].append({"next": "loppu"})
    result = walk("aamu", scenes)
    assert once_broken(result, scenes) == [] and result.stuck == []


# --- reading the paths ----------------------------------------------------------------


def _text(value: object, language: str) -> str:
    return value.get(language, "") if isinstance(value, dict) else str(value or "")


def path_text(path: tuple[str, ...], scenes: dict[str, dict], language: str) -> Iterator[str]:
    """A path as it is played: each scene's text, then the choice taken (or the ending)."""
    for index, scene_id in enumerate(path):
        scene = scenes[scene_id]
        yield f"[{scene_id}]"
        yield _text(scene["text"], language)
        following = path[index + 1] if index + 1 < len(path) else None
        for choice in scene.get("choices") or []:
            if choice["next"] == following:
                yield f"  → {_text(choice['text'], language)}"
        if "ending" in scene:
            yield f"  ★ {_text(scene['ending'], language)}"
        yield ""


def main(arguments: list[str]) -> None:
    story_id, *rest = arguments
    data = load(cards_dir() / "stories" / f"{story_id}.yaml")
    scenes = scenes_of(data)
    result = walk(data["start"], scenes)
    if len(rest) == 2:
        print("\n".join(path_text(result.endings[int(rest[1]) - 1], scenes, rest[0])))
        return
    for number, path in enumerate(result.endings, start=1):
        print(f"{number:3}. {' → '.join(path)}")
    print(f"{len(result.endings)} paths to an ending, {len(result.loops)} loops closed")
    for path in result.loops:
        print(f"  loop: {' → '.join(path)}")


if __name__ == "__main__":
    main(sys.argv[1:])
