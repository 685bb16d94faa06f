"""Rules one model cannot check on its own: story graphs, board ends, files on disk, ids
shared between files and references from one file to another.

Each rule returns :class:`~.locate.Finding` objects (a ``loc`` path and a message); the
loader turns them into lines and columns. ``{see}`` in a message is replaced with the
line of ``Finding.see`` (e.g. where an id was first used).
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable
from pathlib import Path, PurePosixPath
from typing import Any

from pydantic import BaseModel

from . import files
from .images import image_problem
from .languages import language_findings
from .locate import Finding, Loc
from .messages import did_you_mean
from .models import Board, Story, ThemesFile


def file_rules(
    model: BaseModel, folder: Path, asset_roots: list[Path], language_keys: set[object] | None = None
) -> list[Finding]:
    """Rules within one file: language codes, the graph of a story, the ends of a board,
    duplicate ids, images. ``language_keys``: every text key validation saw, if collected."""
    findings: list[Finding] = language_findings(model, language_keys)
    if isinstance(model, Story):
        findings += _story_rules(model)
        if model.character.portrait:
            findings += _asset_rule(
                model.character.portrait, "portraits", ("character", "portrait"), folder, asset_roots
            )
    if isinstance(model, Board):
        findings += _board_rules(model)
    if isinstance(model, ThemesFile):
        for index, theme in enumerate(model.themes):
            if theme.icon:
                findings += _asset_rule(theme.icon, "icons", ("themes", index, "icon"), folder, asset_roots)
    for list_key in _LISTS:
        items = getattr(model, list_key, None)
        if isinstance(items, list):
            findings += _duplicates(list_key, enumerate(item.id for item in items))
    return findings


_LISTS = ("cards", "scenes", "themes", "strengths")
"""The lists whose items have ids that must be unique within their file."""
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def is_slug(value: object) -> bool:
    """Whether a value from a file is a well-formed id (the cross-file checks skip the others)."""
    return isinstance(value, str) and _SLUG.match(value) is not None


def listed_ids(data: dict[str, Any], list_key: str) -> list[tuple[int, str]]:
    """(index, id) of the well-formed ids of the items under ``list_key`` (cards, scenes, …)."""
    items = data.get(list_key)
    if not isinstance(items, list):
        return []
    return [
        (index, item["id"])
        for index, item in enumerate(items)
        if isinstance(item, dict) and is_slug(item.get("id"))
    ]


def raw_asset_findings(data: dict[str, Any], folder: Path, asset_roots: list[Path]) -> list[Finding]:
    """Missing images named in a file whose shape is wrong (its well-formed image names only)."""
    findings: list[Finding] = []
    character = data.get("character")
    portrait = character.get("portrait") if isinstance(character, dict) else None
    if data.get("kind") == "story" and isinstance(portrait, str) and portrait.strip():
        findings += _asset_rule(portrait, "portraits", ("character", "portrait"), folder, asset_roots)
    themes = data.get("themes") if data.get("kind") == "themes" else None
    for index, theme in enumerate(themes if isinstance(themes, list) else []):
        icon = theme.get("icon") if isinstance(theme, dict) else None
        if isinstance(icon, str) and icon.strip():
            findings += _asset_rule(icon, "icons", ("themes", index, "icon"), folder, asset_roots)
    return findings


def raw_duplicate_findings(data: dict[str, Any]) -> list[Finding]:
    """Ids used twice within one file, read from the plain data (also of a file whose shape is wrong)."""
    findings: list[Finding] = []
    for list_key in _LISTS:
        findings += _duplicates(list_key, listed_ids(data, list_key))
    return findings


def _duplicates(list_key: str, ids: Iterable[tuple[int, str]]) -> list[Finding]:
    first: dict[str, int] = {}
    findings: list[Finding] = []
    for index, item_id in ids:
        if item_id in first:
            findings.append(
                Finding(
                    (list_key, index, "id"),
                    f"the id `{item_id}` is already used on line {{see}} of this file; ids must be unique",
                    see=(list_key, first[item_id], "id"),
                )
            )
        else:
            first[item_id] = index
    return findings


def find_asset(name: str, subfolder: str, folder: Path, asset_roots: list[Path]) -> Path | None:
    """The image file ``name`` refers to, or None.

    Looked up beside the content file, then in each asset root (a facilitator's folder and
    its ``assets/``, then the built-in ``assets/``), directly and in ``subfolder``
    (``portraits`` or ``icons``). A name that could leave the folder on any OS is refused
    before anything on disk is asked about it (:func:`.files.unsafe_name`).
    """
    return _look_up(name, subfolder, folder, asset_roots)[0]


def _look_up(
    name: str, subfolder: str, folder: Path, asset_roots: list[Path]
) -> tuple[Path | None, str | None]:
    """(the file, None) or (None, why a candidate could not be used, if one was there but unusable)."""
    if files.unsafe_name(name) is not None:
        return None, None
    relative = PurePosixPath(name)
    trouble = None
    for root in (folder, *asset_roots):
        for candidate in (root / relative, root / subfolder / relative):
            found, why = files.kind_of(candidate)
            if found == "file":
                return candidate, None
            if found in ("error", "other") and trouble is None:
                trouble = f"{candidate.name}: {why}"
    return None, trouble


def _asset_rule(name: str, subfolder: str, loc: Loc, folder: Path, asset_roots: list[Path]) -> list[Finding]:
    unsafe = files.unsafe_name(name)
    if unsafe is not None:
        return [
            Finding(
                loc,
                f"`{name}`: give an image file name under `assets/{subfolder}/`, "
                f"not a path outside it (this name {unsafe})",
            )
        ]
    found, trouble = _look_up(name, subfolder, folder, asset_roots)
    if found is not None:
        problem = image_problem(found)
        if problem is None:
            return []
        fallback = "the neutral silhouette" if subfolder == "portraits" else "the theme's built-in icon"
        return [
            Finding(
                loc,
                f"the image `{name}` is not shown ({problem}); {fallback} is shown instead",
                severity="warning",
            )
        ]
    if trouble is not None:
        return [Finding(loc, f"the image `{name}` cannot be used ({trouble}); check the file and its folder")]
    return [
        Finding(
            loc,
            f"no image `{name}` in `assets/{subfolder}/` or beside this file; "
            f"check the spelling or put the file in `assets/{subfolder}/`",
        )
    ]


def _story_rules(story: Story) -> list[Finding]:
    findings: list[Finding] = []
    scene_ids = [scene.id for scene in story.scenes]
    known = set(scene_ids)
    if story.start not in known:
        findings.append(
            Finding(
                ("start",),
                f"no scene has the id `{story.start}`{did_you_mean(story.start, scene_ids)}; "
                "`start` must be the id of a scene in this story",
            )
        )
    for index, scene in enumerate(story.scenes):
        for choice_index, choice in enumerate(scene.choices):
            if choice.next not in known:
                findings.append(
                    Finding(
                        ("scenes", index, "choices", choice_index, "next"),
                        f"no scene has the id `{choice.next}`{did_you_mean(choice.next, scene_ids)}; "
                        "`next` must be the id of a scene in this story",
                    )
                )
        if scene.is_ending and scene.choices:
            findings.append(
                Finding(
                    ("scenes", index, "choices"),
                    f"the scene `{scene.id}` is an ending (it has `ending:`), "
                    "so it cannot have choices; remove `choices:` or `ending:`",
                    "key",
                )
            )
        if not scene.is_ending and not scene.choices:
            findings.append(
                Finding(
                    ("scenes", index, "id"),
                    f"the scene `{scene.id}` has no choices and is not an ending; "
                    "add `choices:` (a single 'go on' choice is fine) or `ending:` with the ending's text",
                )
            )
    if story.start not in known:
        return findings
    reached = _reachable(story)
    for index, scene in enumerate(story.scenes):
        if scene.id not in reached:
            findings.append(
                Finding(
                    ("scenes", index, "id"),
                    f"the scene `{scene.id}` cannot be reached from `start`: "
                    "no choice leads to it; add a choice with `next: " + scene.id + "` or remove the scene",
                )
            )
    if not any(story.scenes_by_id[scene_id].is_ending for scene_id in reached):
        findings.append(
            Finding(
                ("start",),
                "no ending can be reached from `start`; give at least one reachable scene an `ending:` text",
            )
        )
    on_cycles = _on_cycles(story) if any(scene.once for scene in story.scenes) else set()
    traced = 0
    for index, scene in enumerate(story.scenes):
        if not (scene.once and scene.id in on_cycles):
            continue
        traced += 1  # each trace walks the story once: only the first few (a hostile file marks all)
        loop = _way_back(story, scene.id) if traced <= MAX_TRACED_LOOPS else [scene.id, "…", scene.id]
        if loop:
            findings.append(
                Finding(
                    ("scenes", index, "once"),
                    f"the scene `{scene.id}` is marked `once: true`, but the story can come back to it: "
                    f"{' → '.join(loop)}; lead the returning choice to a scene written for the return, "
                    "or remove `once: true`",
                )
            )
    return findings


def _way_back(story: Story, scene_id: str) -> list[str] | None:
    """The shortest run of choices from ``scene_id`` back to itself, or None if there is none.

    Why: a scene marked ``once`` tells something that happens once (a first meeting); if a
    loop can bring the players back to it, they would meet the same person for the first
    time twice.
    """
    by_id = story.scenes_by_id
    came_from: dict[str, str] = {}
    queue = deque([scene_id])
    while queue:
        current = queue.popleft()
        for choice in by_id[current].choices:
            if choice.next == scene_id:
                path = [current]
                while path[-1] != scene_id:
                    path.append(came_from[path[-1]])
                return [scene_id, *reversed(path[:-1]), scene_id]
            if choice.next in by_id and choice.next not in came_from:
                came_from[choice.next] = current
                queue.append(choice.next)
    return None


MAX_TRACED_LOOPS = 5
"""`once` scenes whose way back is spelled out in full; later ones are named without it."""


def _on_cycles(story: Story) -> set[str]:
    """Scenes a run of choices can lead back to (Tarjan's strongly connected components, iterative).

    Linear in scenes and choices, so the `once` check stays linear however many scenes say `once`.
    """
    by_id = story.scenes_by_id
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cyclic: set[str] = set()
    for root in by_id:
        if root in index:
            continue
        work = [(root, iter(by_id[root].choices))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, choices = work[-1]
            choice = next(choices, None)
            if choice is not None:
                target = choice.next
                if target == node:
                    cyclic.add(node)
                if target not in by_id:
                    continue
                if target not in index:
                    index[target] = low[target] = len(index)
                    stack.append(target)
                    on_stack.add(target)
                    work.append((target, iter(by_id[target].choices)))
                elif target in on_stack:
                    low[node] = min(low[node], index[target])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    cyclic.update(component)
    return cyclic


def _reachable(story: Story) -> set[str]:
    by_id = story.scenes_by_id  # with a duplicate id (reported), the first one counts
    reached = {story.start}
    queue = deque([story.start])
    while queue:
        for choice in by_id[queue.popleft()].choices:
            if choice.next in by_id and choice.next not in reached:
                reached.add(choice.next)
                queue.append(choice.next)
    return reached


def _board_rules(board: Board) -> list[Finding]:
    findings: list[Finding] = []
    last = len(board.spaces) - 1
    for index, space in enumerate(board.spaces):
        if index == 0 and space.type != "start":
            findings.append(
                Finding(("spaces", 0), "a board starts with `{type: start}`; add it as the first space")
            )
        elif index == last and space.type != "goal":
            findings.append(
                Finding(("spaces", last), "a board ends with `{type: goal}`; add it as the last space")
            )
        elif 0 < index < last and space.type in {"start", "goal"}:
            findings.append(
                Finding(
                    ("spaces", index, "type"),
                    f"`{space.type}` can only be the "
                    f"{'first' if space.type == 'start' else 'last'} space of a board; use another type here",
                )
            )
    return findings
