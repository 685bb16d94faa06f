"""From a path of keys and indexes (``("cards", 3, "level")``) to a line and column.

Validation speaks in such paths (pydantic's ``loc``, and the cross-file rules use the
same form); the facilitator needs the place in the file. A problem can point at the
*key* (an unknown or duplicate key), the *value* (a wrong value), or the *item* (a card
or scene that lacks something: its first line).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import yaml

from .library import Problem
from .reading import Position, start_of

Loc = tuple[str | int, ...]
Anchor = Literal["key", "value"]

KEY_MARKER = "[key]"
"""pydantic's last ``loc`` entry when a mapping *key* (e.g. a language code) is wrong."""


@dataclass(frozen=True)
class Finding:
    """A problem found in a file, before it has a line and column."""

    loc: Loc
    message: str
    anchor: Anchor = "value"
    severity: Literal["error", "warning"] = "error"
    see: Loc | None = None
    """Another place in the same file; ``{see}`` in the message becomes its line number."""
    at: Position | None = None
    """An exact place found some other way (e.g. a comma inside a key): used instead of ``loc``."""


def locate(root: yaml.Node | None, loc: Sequence[str | int], anchor: Anchor = "value") -> Position:
    """The position of the deepest node along ``loc`` that exists in the file.

    With ``anchor="key"`` and a loc ending in a mapping key, the key itself; otherwise
    the value. Entries that do not match a node (a text given as a plain string has no
    language keys) stop the walk at the last node found, which is still the right line.
    """
    if root is None:
        return Position(1, 1)
    node = root
    key_node: yaml.Node | None = None
    path = list(loc)
    if path and path[-1] == KEY_MARKER:
        path.pop()
        anchor = "key"
    for step in path:
        child = child_node(node, step)
        if child is None:
            break
        key_node, node = child
    else:
        if anchor == "key" and key_node is not None:
            return start_of(key_node)
    return start_of(node)


def child_node(node: yaml.Node, step: str | int) -> tuple[yaml.Node | None, yaml.Node] | None:
    if isinstance(node, yaml.SequenceNode) and isinstance(step, int):
        return (None, node.value[step]) if 0 <= step < len(node.value) else None
    found = None
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode) and _same_key(key, step):
                found = key, value  # the last one: YAML keeps the last of duplicate keys
    return found


def to_problems(shown: str, root: yaml.Node | None, findings: Sequence[Finding]) -> list[Problem]:
    """Findings of one file as :class:`Problem` objects with their lines and columns."""
    problems = []
    for finding in findings:
        position = finding.at or locate(root, finding.loc, finding.anchor)
        message = finding.message
        if finding.see is not None:
            message = message.replace("{see}", str(locate(root, finding.see).line))
        problems.append(Problem(shown, position.line, position.column, finding.severity, message))
    return problems


def _same_key(key: yaml.ScalarNode, step: str | int) -> bool:
    """pydantic names a `true:`/`false:` key 1 or 0 in its ``loc``; match those too."""
    if key.value == str(step):
        return True
    return (
        key.tag == "tag:yaml.org,2002:bool"
        and not isinstance(step, str)
        and {"true": True, "false": False}.get(key.value.lower()) == step
    )


def node_at(root: yaml.Node | None, loc: Sequence[str | int]) -> yaml.Node | None:
    """The node exactly at ``loc``, or None where the file has no such node."""
    node = root
    for step in loc:
        found = child_node(node, step) if node is not None else None
        if found is None:
            return None
        node = found[1]
    return node
