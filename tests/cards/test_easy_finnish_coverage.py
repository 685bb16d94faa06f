"""Every built-in card, follow-up, deck and story text, theme, strength and board has its
easy-Finnish (selkokieli) text, and every built-in file declares ``fi-x-selko`` so that
``lint`` names any text that lacks one (the help services are plain Finnish lists)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import yaml

from elamani_peli.content.models import EASY_FINNISH
from elamani_peli.paths import cards_dir


def _files() -> list[Path]:
    return sorted(path for path in cards_dir().rglob("*.yaml") if path.name != "resources.yaml")


def _texts(node: object, trail: str) -> Iterator[tuple[str, dict]]:
    """Every language mapping (a dict with ``fi``) under ``node``, with where it is."""
    if isinstance(node, dict):
        if "fi" in node and all(isinstance(value, str) for value in node.values()):
            yield trail, node
            return
        for key, value in node.items():
            yield from _texts(value, f"{trail}.{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            name = value.get("id", index) if isinstance(value, dict) else index
            yield from _texts(value, f"{trail}[{name}]")


def test_every_built_in_text_has_easy_finnish():
    counted, missing = 0, []
    for path in _files():
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for where, text in _texts(data, path.stem):
            counted += 1
            if not text.get(EASY_FINNISH, "").strip():
                missing.append(where)
    assert counted > 1000  # cards, follow-ups, stories, themes, strengths, boards
    assert not missing, f"{len(missing)} of {counted} texts lack `{EASY_FINNISH}`: {missing[:20]}"


def test_every_built_in_file_declares_easy_finnish_so_lint_guards_it():
    undeclared = [
        path.name
        for path in _files()
        if EASY_FINNISH not in yaml.safe_load(path.read_text(encoding="utf-8")).get("languages", [])
    ]
    assert not undeclared
