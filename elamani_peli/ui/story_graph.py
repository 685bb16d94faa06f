"""A story's scene graph as a layered diagram: scenes as boxes, choices as arrows, endings marked.

Pure (no pygame). A scene's layer is its distance from the start scene (breadth first), so
the diagram stays as compact as the story: most choices point one column to the right; a
choice within a column or back to an earlier one is drawn beside the column, and one that
closes a loop in the story is marked. Layers are columns left to right; scenes no path reaches get a last
column of their own so a facilitator sees them too. Inside a column, scenes are ordered by
the average row of the scenes leading to them (one barycentre pass), which keeps most
arrows short and uncrossed. Positions are in *cells*: the scene turns them into pixels and
scrolls when cells would get too small to read.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..content.models import Story


@dataclass(frozen=True)
class Node:
    scene: str
    column: int
    row: int
    start: bool
    ending: bool
    reachable: bool


@dataclass(frozen=True)
class Edge:
    """One choice: from scene ``source`` (choice number ``index``, 0-based) to ``target``."""

    source: str
    target: str
    index: int
    loop: bool = False
    """True when this choice leads back into a path already taken (the story can go round)."""


@dataclass(frozen=True)
class GraphLayout:
    nodes: dict[str, Node]
    edges: list[Edge]
    columns: int
    rows: int
    """The most scenes in one column."""
    column_sizes: tuple[int, ...] = ()

    def column_size(self, column: int) -> int:
        return self.column_sizes[column] if 0 <= column < len(self.column_sizes) else 0

    def is_backwards(self, edge: Edge) -> bool:
        """A choice that does not lead to the next column: drawn beside the columns."""
        return self.nodes[edge.target].column != self.nodes[edge.source].column + 1


def layout_story(story: Story) -> GraphLayout:
    """Linear in scenes and choices (a 50,000-scene story lays out in well under a second)."""
    ids = [scene.id for scene in story.scenes]
    known = set(ids)
    order = {scene_id: index for index, scene_id in reversed(list(enumerate(ids)))}
    forward = _forward_choices(story, known)
    depth = _distances(story.start, forward) if story.start in known else {}
    reachable_columns = max(depth.values(), default=-1) + 1
    column_of = {scene_id: depth.get(scene_id, reachable_columns) for scene_id in ids}
    columns = max(column_of.values(), default=-1) + 1
    edges = []
    parents: dict[str, list[str]] = {}
    for scene in story.scenes:
        remaining = list(forward[scene.id])
        for index, choice in enumerate(scene.choices):
            if choice.next not in known:
                continue
            loop = choice.next not in remaining
            if not loop:
                remaining.remove(choice.next)
            edges.append(Edge(scene.id, choice.next, index, loop))
            parents.setdefault(choice.next, []).append(scene.id)
    by_column: list[list[str]] = [[] for _ in range(columns)]
    for scene_id in order:  # each id once, in file order
        by_column[column_of[scene_id]].append(scene_id)
    row_of: dict[str, float] = {}
    for members in by_column:
        members.sort(key=lambda scene_id: _barycentre(scene_id, parents, row_of, order))
        for row, scene_id in enumerate(members):
            row_of[scene_id] = row
    nodes = {
        scene.id: Node(
            scene=scene.id,
            column=column_of[scene.id],
            row=int(row_of[scene.id]),
            start=scene.id == story.start,
            ending=scene.ending is not None or not scene.choices,
            reachable=scene.id in depth,
        )
        for scene in story.scenes
    }
    sizes = [0] * columns
    for node in nodes.values():
        sizes[node.column] += 1
    return GraphLayout(nodes, edges, columns, max(sizes, default=0), tuple(sizes))


def _barycentre(
    scene_id: str, parents: dict[str, list[str]], row_of: dict[str, float], order: dict[str, int]
) -> tuple[float, int]:
    """Average row of the already placed scenes pointing here; file order breaks ties."""
    rows = [row_of[source] for source in parents.get(scene_id, ()) if source in row_of]
    average = sum(rows) / len(rows) if rows else float(len(order))
    return average, order[scene_id]


def _forward_choices(story: Story, known: set[str]) -> dict[str, list[str]]:
    """Each scene's next scenes, leaving out choices that close a loop (found depth first)."""
    forward: dict[str, list[str]] = {scene.id: [] for scene in story.scenes}
    state: dict[str, int] = {}  # 1 on the current path, 2 finished
    for root in [story.start, *forward]:
        if root not in known or root in state:
            continue
        stack = [(root, iter(story.scene(root).choices))]
        state[root] = 1
        while stack:
            scene_id, choices = stack[-1]
            choice = next(choices, None)
            if choice is None:
                state[scene_id] = 2
                stack.pop()
                continue
            target = choice.next
            if target not in known or state.get(target) == 1:
                continue  # unknown, or a loop back: not a forward step
            forward[scene_id].append(target)
            if target not in state:
                state[target] = 1
                stack.append((target, iter(story.scene(target).choices)))
    return forward


def _distances(start: str, forward: dict[str, list[str]]) -> dict[str, int]:
    """Fewest choices from ``start`` to each scene it reaches."""
    depth = {start: 0}
    frontier = [start]
    while frontier:
        following = []
        for scene_id in frontier:
            for target in forward[scene_id]:
                if target not in depth:
                    depth[target] = depth[scene_id] + 1
                    following.append(target)
        frontier = following
    return depth
