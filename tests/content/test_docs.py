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
from elamani_peli.content.reading import ContentReadError, parse
from elamani_peli.content.schema import json_schema

DOCS = Path(__file__).resolve().parents[2] / "docs"
EXAMPLE = re.compile(r"```yaml\n(kind: .+?)```", re.DOTALL)
YAML_BLOCK = re.compile(r"```yaml\n(.+?)```", re.DOTALL)
LANGUAGES = {"fi", "en", "sv"}


@pytest.mark.parametrize("page", ["decks.md", "pakat.md"])
def test_every_example_of_the_guide_validates(tmp_path, page):
    """Copied into a folder beside the built-in content, as a facilitator would: no id clashes."""
    examples = [
        text for text in EXAMPLE.findall((DOCS / page).read_text(encoding="utf-8")) if "\n" in text.strip()
    ]
    assert len(examples) == 6, "one complete example per kind"
    for number, text in enumerate(examples):
        (tmp_path / f"example-{number}.yaml").write_text(text, encoding="utf-8")
    result = load_content([tmp_path])
    assert [p.format() for p in result.problems] == []
    mine = [loaded for loaded in result.loaded if loaded.path.parent == tmp_path]
    assert sorted(loaded.kind for loaded in mine) == sorted(
        ["deck", "story", "themes", "board", "strengths", "resources"]
    )
    assert [p.format() for p in lint(result) if p.path.startswith(str(tmp_path))] == []


@pytest.mark.parametrize("page", ["decks.md", "pakat.md"])
def test_every_text_in_a_one_line_mapping_of_the_guide_is_quoted(page):
    """Inside `{…}` a comma ends a text, so the guides never show an unquoted one-line text."""
    unquoted = []
    for block in YAML_BLOCK.findall((DOCS / page).read_text(encoding="utf-8")):
        try:
            root = parse(block).root
        except ContentReadError:  # a fragment with `...` for the elided part
            continue
        for node in _flow_mappings(root):
            for key, value in node.value:
                if key.value in LANGUAGES and isinstance(value, yaml.ScalarNode) and not value.style:
                    unquoted.append(f"{key.value}: {value.value}")
    assert unquoted == []


def _flow_mappings(node):
    if isinstance(node, yaml.MappingNode):
        if node.flow_style:
            yield node
        for _key, value in node.value:
            yield from _flow_mappings(value)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            yield from _flow_mappings(item)


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
