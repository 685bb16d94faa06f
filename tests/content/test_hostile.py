"""Hostile or broken files: a clear error at the right place, never a traceback, a crash,
code execution or a hang. Windows files (BOM + CRLF) are accepted."""

from __future__ import annotations

from pathlib import Path

import pytest

from elamani_peli.content import reading
from elamani_peli.content.loader import load_content

from .helpers import VALID, write_bytes


def only_problem(path: Path):
    result = load_content([path], include_builtin=False)
    assert result.loaded == [] and len(result.problems) == 1, [p.format() for p in result.problems]
    return result.problems[0]


def test_bom_and_crlf_are_accepted_with_the_same_positions(tmp_path):
    text = (VALID / "deck.yaml").read_text(encoding="utf-8")
    windows = write_bytes(tmp_path, "deck.yaml", b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    result = load_content([VALID / "themes.yaml", windows], include_builtin=False)
    assert result.problems == []
    assert result.library.decks["test-ystavat"].cards[0].text["fi"] == "Millainen on hyvä ystävä?"

    broken = text.replace("level: 3", "level: 7").replace("\n", "\r\n").encode("utf-8")
    path = write_bytes(tmp_path, "broken.yaml", b"\xef\xbb\xbf" + broken)
    (problem,) = load_content([VALID / "themes.yaml", path], include_builtin=False).problems
    assert (problem.line, problem.column) == (17, 12) and "`level` cannot be 7" in problem.message


def test_non_utf8_points_at_the_first_bad_byte(tmp_path):
    path = write_bytes(tmp_path, "latin1.yaml", "kind: deck\nid: x\ntitle: Työ ja äly\n".encode("latin-1"))
    problem = only_problem(path)
    assert (problem.line, problem.column) == (3, 10)
    assert "not UTF-8" in problem.message and "0xf6" in problem.message


def test_tab_indentation_says_to_indent_with_spaces(tmp_path):
    problem = only_problem(write_bytes(tmp_path, "tabs.yaml", b"kind: deck\nid: x\ncards:\n\t- id: x-01\n"))
    assert (problem.line, problem.column) == (4, 1)
    assert "indent with spaces" in problem.message


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b"", "the file is empty"),
        (b"   \n\n", "the file is empty"),
        (b"# just a comment\n", "only comments"),
        (b"just a text\n", "but this file is the text `just a text`"),
    ],
)
def test_empty_and_non_mapping_files(tmp_path, data, fragment):
    problem = only_problem(write_bytes(tmp_path, "x.yaml", data))
    assert (problem.line, problem.column) == (1, 1)
    assert fragment in problem.message


@pytest.mark.parametrize(
    "document",
    [
        "kind: deck\nid: !!python/object/apply:os.system ['touch {marker}']\n",
        "kind: deck\nid: !!python/name:os.system\n",
        "kind: !!python/object/new:os.system ['touch {marker}']\n",
    ],
)
def test_python_tags_never_run_code(tmp_path, document):
    marker = tmp_path / "pwned"
    problem = only_problem(write_bytes(tmp_path, "evil.yaml", document.format(marker=marker).encode()))
    assert "is not allowed in content files" in problem.message
    assert not marker.exists()


def test_recursive_alias_is_refused(tmp_path):
    problem = only_problem(write_bytes(tmp_path, "loop.yaml", b"kind: deck\ncards: &a [*a]\n"))
    assert (problem.line, problem.column) == (2, 12) and "aliases (*a)" in problem.message


def test_an_anchor_without_alias_is_harmless(tmp_path):
    text = (VALID / "strengths.yaml").read_text(encoding="utf-8").replace("strengths:\n", "strengths: &all\n")
    result = load_content([write_bytes(tmp_path, "s.yaml", text.encode())], include_builtin=False)
    assert result.problems == [] and "test-courage" in result.library.strengths


@pytest.mark.parametrize(
    ("document", "position"),
    [
        ("[" * 100_000 + "]" * 100_000, (1, 65)),
        ("- " * 100_000 + "x", (1, 129)),
        ("? a\n: " + "- " * 100_000 + "x", (2, 129)),
        ("a:\n" + "".join(" " * level + "a:\n" for level in range(1, 500)), (65, 65)),
    ],
    ids=["flow", "block-dashes", "block-value", "block-indent"],
)
def test_deep_nesting_is_refused_before_libyaml_recurses(tmp_path, document, position):
    problem = only_problem(write_bytes(tmp_path, "deep.yaml", document.encode()))
    assert (problem.line, problem.column) == position
    assert "nested more than 64 levels" in problem.message


def test_brackets_inside_quoted_texts_do_not_count_as_nesting(tmp_path):
    text = (VALID / "strengths.yaml").read_text(encoding="utf-8").replace("Rohkeus", '"Rohkeus :-[ {"')
    result = load_content([write_bytes(tmp_path, "s.yaml", text.encode())], include_builtin=False)
    assert result.problems == [] and result.library.strengths["test-courage"].name["fi"] == "Rohkeus :-[ {"


def test_a_multi_megabyte_deck_loads(tmp_path):
    cards = "".join(
        f"  - {{id: big-{n:05d}, type: question, level: 1, text: {{fi: Kysymys {n} {'x' * 60}}}}}\n"
        for n in range(25_000)
    )
    path = write_bytes(tmp_path, "big.yaml", f"kind: deck\nid: big\ntitle: Iso\ncards:\n{cards}".encode())
    assert path.stat().st_size > 2_500_000
    result = load_content([path], include_builtin=False)
    assert result.problems == [] and len(result.library.decks["big"].cards) == 25_000


def test_a_file_over_the_size_cap_is_refused_without_reading_it_all(tmp_path, monkeypatch):
    monkeypatch.setattr(reading, "MAX_FILE_BYTES", 1000)
    path = write_bytes(tmp_path, "huge.yaml", b"kind: deck\n" + b"# padding\n" * 200)
    problem = only_problem(path)
    assert (problem.line, problem.column) == (1, 1) and "larger than" in problem.message


@pytest.mark.parametrize(
    ("data", "position", "fragment"),
    [
        (b"kind: deck\nid: a\x00b\n", (2, 6), "control character"),
        (b"kind: deck\nlevel: " + b"9" * 5000 + b"\n", (2, 8), "looks like a number"),
        (b"kind: deck\n? [a, b]\n: 1\n", (2, 3), "a key must be a single word"),
        (b"kind: deck\nid: *nothing\n", (2, 5), "not valid YAML"),
    ],
    ids=["nul", "huge-int", "list-key", "undefined-alias"],
)
def test_odd_yaml_gets_a_positioned_message(tmp_path, data, position, fragment):
    problem = only_problem(write_bytes(tmp_path, "odd.yaml", data))
    assert (problem.line, problem.column) == position
    assert fragment in problem.message


def test_an_unreadable_path_is_a_problem_not_an_exception(tmp_path):
    (tmp_path / "folder.yaml").mkdir()
    missing = tmp_path / "missing"
    result = load_content([tmp_path, missing], include_builtin=False)
    assert [(p.path, p.message) for p in result.problems] == [(str(missing), "no such file or folder")]


def test_deep_flow_position_skips_quotes_and_comments():
    """Used where libyaml (0.2.6+) stops deep flow nesting itself, before our event count does."""
    from elamani_peli.content.reading import MAX_NESTING, _deep_flow_position

    noise = 'a: \'[[[[\' # [[[[\nb: "[\\"[["\n'
    text = noise + "c: " + "[" * (MAX_NESTING + 5)
    assert _deep_flow_position(text) == (3, 3 + MAX_NESTING + 1)
    assert _deep_flow_position(noise + "[" * MAX_NESTING) is None
