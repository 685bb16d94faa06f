"""The JSON Schema (draft 2020-12) of content format v1, for editors and CI.

Generated from the pydantic models, so it cannot drift from what the loader accepts.
It checks the shape of one file; rules across files (unknown themes, duplicate ids) and
story graphs need ``elamani-peli validate``.
"""

from __future__ import annotations

from typing import Any

from pydantic import TypeAdapter

from .models import ContentFile
from .schema_docs import FIELDS, MODEL_FIELDS, MODELS, VALUES, bilingual

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_ID = "https://elamani-peli.invalid/schema/content-v1.json"
"""Stable: it names format v1, not a release, so editors' cached copies stay valid.
(``.invalid`` is a reserved domain: the id is a name, nothing is fetched from it.)"""


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
    _describe(schema.get("$defs", {}))
    return {
        "$schema": SCHEMA_DIALECT,
        "$id": SCHEMA_ID,
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


def _describe(definitions: dict[str, Any]) -> None:
    """Every model, field and allowed value gets its English and Finnish description."""
    for model_name, definition in definitions.items():
        if model_name in MODELS:
            definition["description"] = bilingual(MODELS[model_name])
        for field_name, field in definition.get("properties", {}).items():
            text = MODEL_FIELDS.get((model_name, field_name)) or FIELDS.get(field_name)
            if text is not None:
                field["description"] = bilingual(text)
            values = VALUES.get((model_name, field_name))
            if values is not None:
                field["enum"] = list(values)
                texts = [bilingual(values[value]) for value in values]
                field["enumDescriptions"] = texts  # completion and hover in VS Code's YAML extension
                field["markdownEnumDescriptions"] = texts
