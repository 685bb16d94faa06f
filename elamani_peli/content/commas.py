"""Commas in one-line texts: ``{fi: Miltä tuntuu, kun viestiin ei vastata?, en: …}``.

Inside ``{…}`` a comma separates entries, so YAML reads that text as ``fi: Miltä tuntuu``
plus a second key ``kun viestiin ei vastata?`` with no value. pydantic then reports a
strange language code, an unknown key or an empty value. The facilitator needs to hear
what happened instead, at the comma: this module turns those errors into one message per
comma before the others are explained.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import yaml
from pydantic_core import ErrorDetails

from .locate import KEY_MARKER, Finding, Loc, node_at
from .reading import Position

COMMA_MESSAGE = "a comma inside `{…}` ends the text; put the text in quotes or write it on its own line"
_LOOKS_LIKE_A_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}$")


def comma_findings(
    errors: Sequence[ErrorDetails], root: yaml.Node | None, text: str
) -> tuple[list[Finding], list[ErrorDetails]]:
    """(a finding at each comma that split a text, the errors that have nothing to do with one)."""
    flagged = {key for key in map(_key_of, errors) if key is not None}
    findings: dict[int, Finding] = {}
    rest: list[ErrorDetails] = []
    for error in errors:
        key = _key_of(error)
        found = _comma_behind(key, flagged, root, text) if key is not None else None
        if found is None:
            rest.append(error)
        else:
            comma, cut_text = found
            message = f"the text stops at `{cut_text[-30:]}`: {COMMA_MESSAGE}" if cut_text else COMMA_MESSAGE
            findings.setdefault(comma, Finding(tuple(error["loc"]), message, at=_position(text, comma)))
    return list(findings.values()), rest


def _key_of(error: ErrorDetails) -> tuple[Loc, str] | None:
    """(where the mapping is, the key) of an error that a comma could have caused."""
    loc: Loc = tuple(error["loc"])
    if loc and loc[-1] == KEY_MARKER:
        loc = loc[:-1]
    elif not (
        error["type"] == "extra_forbidden" or (error["type"] == "string_type" and error.get("input") is None)
    ):
        return None
    return (loc[:-1], str(loc[-1])) if loc else None


def _comma_behind(
    key: tuple[Loc, str], flagged: set[tuple[Loc, str]], root: yaml.Node | None, text: str
) -> tuple[int, str] | None:
    """(index in ``text`` of the comma that made this key, the text before it), if a comma did."""
    parent_loc, name = key
    parent = node_at(root, parent_loc)
    if not isinstance(parent, yaml.MappingNode) or not parent.flow_style:
        return None
    names = [item.value if isinstance(item, yaml.ScalarNode) else None for item, _ in parent.value]
    if name not in names:
        return None
    position = names.index(name)
    if not _is_fragment(parent, position):
        return None
    while (parent_loc, names[position - 1]) in flagged and _is_fragment(parent, position - 1):
        position -= 1  # `{fi: a, b, c}`: one message, at the first comma
    before = parent.value[position - 1][1]
    comma = text.rfind(",", before.end_mark.index, parent.value[position][0].start_mark.index)
    if comma < 0:
        return None
    return comma, before.value if isinstance(before, yaml.ScalarNode) else ""


def _is_fragment(mapping: yaml.MappingNode, position: int) -> bool:
    """Whether the key at ``position`` is the rest of a text cut by a comma, not a key meant as one."""
    if position <= 0:
        return False
    key, value = mapping.value[position]
    if not isinstance(key, yaml.ScalarNode) or key.style:  # quoted (plain is "" in libyaml): meant as a key
        return False
    no_value = isinstance(value, yaml.ScalarNode) and value.value == "" and not value.style
    return no_value or not _LOOKS_LIKE_A_LANGUAGE.match(key.value)


def _position(text: str, index: int) -> Position:
    return Position(text.count("\n", 0, index) + 1, index - text.rfind("\n", 0, index))
