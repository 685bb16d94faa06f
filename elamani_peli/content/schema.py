"""The JSON Schema (draft 2020-12) of content format v1, for editors and CI.

Generated from the pydantic models, so it cannot drift from what the loader accepts.
It checks the shape of one file; rules across files (unknown themes, duplicate ids) and
story graphs need ``elamani-peli validate``.
"""

from __future__ import annotations

from typing import Any

from pydantic import TypeAdapter

from .models import ContentFile

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def json_schema() -> dict[str, Any]:
    """One schema for every kind of file: a ``oneOf`` over the kinds, told apart by ``kind``."""
    schema = TypeAdapter(ContentFile).json_schema()
    space = schema.get("$defs", {}).get("Space")
    if space is not None:
        # The model checks this pairing in Python; say it in the schema too.
        space["if"] = {"properties": {"type": {"const": "theme"}}, "required": ["type"]}
        space["then"] = {"required": ["theme"]}
        space["else"] = {"not": {"required": ["theme"]}}
    _close_language_maps(schema)
    return {
        "$schema": SCHEMA_DIALECT,
        "$id": "https://elamani-peli.invalid/schema/content-v1.json",
        "title": "Elämäni peli content file (format v1)",
        "description": "A deck, story, themes, board, strengths or resources file; see docs/decks.md.",
        **schema,
    }


def _close_language_maps(node: Any) -> None:
    """Texts are maps from language codes only: ``{FI: …}`` must fail in the editor too."""
    if isinstance(node, dict):
        if "patternProperties" in node:
            node.setdefault("additionalProperties", False)
        for value in node.values():
            _close_language_maps(value)
    elif isinstance(node, list):
        for value in node:
            _close_language_maps(value)
