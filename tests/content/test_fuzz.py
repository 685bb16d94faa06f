"""Whatever a file holds, loading gives models or problems — never another exception."""

from __future__ import annotations

import string
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from elamani_peli.content.lint import lint
from elamani_peli.content.loader import load_content

from .helpers import VALID

KEYS = [
    "kind",
    "id",
    "title",
    "theme",
    "cards",
    "type",
    "level",
    "text",
    "follow_up",
    "tags",
    "languages",
    "scenes",
    "start",
    "choices",
    "next",
    "ending",
    "spaces",
    "themes",
    "colour",
    "fi",
    "en",
    "checked",
    "resources",
    "strengths",
    "name",
    "character",
    "portrait",
    "deck",
    "story",
    "question",
    "goal",
]
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 10),
    st.floats(allow_nan=True),
    st.sampled_from(KEYS),
    st.text(max_size=20),
    st.dates(),
)
documents = st.recursive(
    scalars,
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=5), children, max_size=5)
    ),
    max_leaves=30,
)
FUZZ = settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def check(folder: Path, data: bytes) -> None:
    path = folder / "fuzz.yaml"
    path.write_bytes(data)
    result = load_content([VALID, path], include_builtin=False)
    lint(result)
    assert len(result.loaded) >= 7
    for problem in result.problems:
        assert problem.path == str(path) and problem.line >= 1 and problem.column >= 1 and problem.message


@FUZZ
@given(data=st.binary(max_size=300))
def test_arbitrary_bytes(tmp_path, data):
    check(tmp_path, data)


@FUZZ
@given(kind=st.sampled_from(["deck", "story", "themes", "board", "strengths", "resources"]), body=documents)
def test_arbitrary_yaml_documents_of_each_kind(tmp_path, kind, body):
    document = {"kind": kind, **body} if isinstance(body, dict) else body
    check(tmp_path, yaml.safe_dump(document, allow_unicode=True).encode())


VALID_TEXTS = [path.read_text(encoding="utf-8") for path in sorted(VALID.glob("*.yaml"))]


@FUZZ
@given(
    text=st.sampled_from(VALID_TEXTS),
    edits=st.lists(
        st.tuples(st.integers(0, 3000), st.integers(0, 20), st.text(string.printable, max_size=8)), max_size=4
    ),
)
def test_valid_files_with_random_edits(tmp_path, text, edits):
    for position, length, insert in edits:
        position %= len(text) + 1
        text = text[:position] + insert + text[position + length :]
    check(tmp_path, text.encode("utf-8"))
