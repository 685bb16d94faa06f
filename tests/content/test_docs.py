"""The examples in the facilitator's guides are valid content, as a facilitator would copy them."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import jsonschema
import pytest
import yaml

from elamani_peli.content.lint import lint
from elamani_peli.content.loader import load_content
from elamani_peli.content.schema import json_schema

DOCS = Path(__file__).resolve().parents[2] / "docs"
EXAMPLE = re.compile(r"```yaml\n(kind: .+?)```", re.DOTALL)


@pytest.mark.parametrize("page", ["decks.md", "pakat.md"])
def test_every_example_of_the_guide_validates(tmp_path, page):
    examples = [
        text for text in EXAMPLE.findall((DOCS / page).read_text(encoding="utf-8")) if "\n" in text.strip()
    ]
    assert len(examples) == 6, "one complete example per kind"
    for number, text in enumerate(examples):
        (tmp_path / f"example-{number}.yaml").write_text(text, encoding="utf-8")
    result = load_content([tmp_path], include_builtin=False)
    assert [p.format() for p in result.problems] == []
    assert sorted(loaded.kind for loaded in result.loaded) == sorted(
        ["deck", "story", "themes", "board", "strengths", "resources"]
    )
    assert [p.format() for p in lint(result)] == []


@pytest.mark.parametrize("page", ["decks.md", "pakat.md"])
def test_every_example_of_the_guide_passes_the_json_schema(page):
    validator = jsonschema.Draft202012Validator(json_schema())
    for text in EXAMPLE.findall((DOCS / page).read_text(encoding="utf-8")):
        data = yaml.load(text, Loader=yaml.CSafeLoader)
        if isinstance(data, dict) and len(data) > 1:
            data = {
                key: value.isoformat() if isinstance(value, dt.date) else value for key, value in data.items()
            }
            assert list(validator.iter_errors(data)) == [], text
