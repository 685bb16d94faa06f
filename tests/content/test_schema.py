"""The JSON Schema accepts every valid file of every kind and refuses what the loader refuses."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from elamani_peli import paths
from elamani_peli.content.reading import parse
from elamani_peli.content.schema import SCHEMA_ID, json_schema

from .helpers import BROKEN, FIXTURES, LINT, VALID

YAML12 = FIXTURES / "yaml12"


def as_json(value: Any) -> Any:
    """YAML data as an editor's language server sees it: dates are strings."""
    if isinstance(value, dict):
        return {key: as_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [as_json(item) for item in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def load(path: Path) -> Any:
    """As the game reads it: YAML 1.2, like the language server."""
    return as_json(parse(path.read_text(encoding="utf-8")).data)


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_schema_is_draft_2020_12_with_one_branch_per_kind():
    schema = json_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    kinds = {branch["$ref"].rsplit("/", 1)[1] for branch in schema["oneOf"]}
    assert kinds == {"Deck", "Story", "ThemesFile", "Board", "StrengthsFile", "ResourcesFile"}
    assert set(schema["discriminator"]["mapping"]) == {
        "deck",
        "story",
        "themes",
        "board",
        "strengths",
        "resources",
    }
    json.dumps(schema)


@pytest.mark.parametrize(
    "path",
    sorted([*VALID.glob("*.yaml"), *LINT.glob("*.yaml"), *YAML12.glob("*.yaml")]),
    ids=lambda p: p.name,
)
def test_schema_accepts_every_valid_fixture(validator, path):
    assert list(validator.iter_errors(load(path))) == []


BUILTIN = sorted(paths.cards_dir().rglob("*.yaml"))


@pytest.mark.skipif(not BUILTIN, reason="the built-in content under cards/ is not written yet")
@pytest.mark.parametrize("path", BUILTIN, ids=lambda p: str(p.relative_to(paths.cards_dir())))
def test_schema_accepts_the_builtin_files(validator, path):
    assert list(validator.iter_errors(load(path))) == []


@pytest.mark.parametrize(
    "name",
    [
        "unknown-key",
        "missing-key",
        "wrong-type",
        "level-range",
        "card-type",
        "bad-values",
        "space-theme",
        "unknown-kind",
    ],
)
def test_schema_refuses_what_the_loader_refuses_in_one_file(validator, name):
    assert list(validator.iter_errors(load(BROKEN / f"{name}.yaml")))


def _properties(schema: dict[str, Any]):
    for model, definition in schema["$defs"].items():
        yield model, None, definition
        for name, field in definition.get("properties", {}).items():
            yield model, name, field


def test_every_model_and_field_is_described_in_english_and_finnish():
    undescribed = []
    for model, name, node in _properties(json_schema()):
        english, _, finnish = node.get("description", "").partition("\n\nSuomeksi: ")
        if not english.strip() or not finnish.strip():
            undescribed.append(f"{model}.{name}")
    assert undescribed == []


def test_every_allowed_value_is_described_and_level_offers_one_to_three():
    schema = json_schema()
    fields = [(model, name, node) for model, name, node in _properties(schema) if name and "enum" in node]
    assert {(model, name) for model, name, _ in fields} >= {
        ("Card", "type"),
        ("Card", "level"),
        ("Space", "type"),
    }
    for model, name, node in fields:
        descriptions = node.get("markdownEnumDescriptions", [])
        assert len(descriptions) == len(node["enum"]), f"{model}.{name}"
        assert all("\n\nSuomeksi: " in text for text in descriptions), f"{model}.{name}"
    level = schema["$defs"]["Card"]["properties"]["level"]
    assert level["enum"] == [1, 2, 3] and "Syvä" in level["markdownEnumDescriptions"][2]


def test_the_schema_id_is_stable():
    assert json_schema()["$id"] == SCHEMA_ID == "https://elamani-peli.invalid/schema/content-v1.json"
