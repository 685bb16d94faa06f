"""Every rule has a failing fixture (with the exact line and column it must report) and
passes in the valid fixtures, which use every kind and every rule's allowed forms."""

from __future__ import annotations

from pathlib import Path

import pytest

from elamani_peli.content.lint import lint
from elamani_peli.content.loader import load_content

from .helpers import BROKEN, LINT, LINT_ERRORS, VALID, expectations

BROKEN_FIXTURES = sorted(BROKEN.glob("*.yaml"))
VALID_FILES = 7


def test_valid_fixtures_have_no_errors_and_no_warnings():
    result = load_content([VALID], include_builtin=False)
    assert result.problems == []
    assert lint(result) == []
    assert len(result.loaded) == VALID_FILES
    library = result.library
    assert set(library.themes) == {"test-friends", "test-home"}
    assert set(library.decks) == {"test-ystavat", "test-pohdinta"}
    assert set(library.stories) == {"test-tarina"} and set(library.boards) == {"test-polku"}
    assert set(library.strengths) == {"test-courage", "test-humour"}
    assert library.resources is not None and library.help_services("en")[0].name == "Test line"


@pytest.mark.parametrize("fixture", BROKEN_FIXTURES, ids=lambda path: path.stem)
def test_broken_fixture_reports_exactly_its_expected_errors(fixture: Path):
    expected = expectations(fixture)
    assert expected, f"{fixture.name} has no `# expect` lines"
    result = load_content([VALID, fixture], include_builtin=False)
    reported = [(p.severity, p.line, p.column, p.message) for p in result.problems]
    assert len(reported) == len(expected), "\n".join(p.format() for p in result.problems)
    for (severity, line, column, message), (want_severity, want_line, want_column, fragment) in zip(
        reported, expected, strict=True
    ):
        assert (severity, line, column) == (want_severity, want_line, want_column), message
        assert fragment in message
    assert {p.path for p in result.problems} == {str(fixture)}


@pytest.mark.parametrize("fixture", BROKEN_FIXTURES, ids=lambda path: path.stem)
def test_a_broken_file_stops_nothing_else_and_is_left_out_whole(fixture: Path):
    result = load_content([VALID, fixture], include_builtin=False)
    assert [loaded.path.parent for loaded in result.loaded] == [VALID] * VALID_FILES
    assert result.skipped_files == [str(fixture)]


def test_lint_fixtures_report_exactly_their_expected_warnings():
    result = load_content([VALID, LINT], include_builtin=False)
    assert result.problems == []
    warnings = lint(result)
    for fixture in sorted(LINT.glob("*.yaml")):
        reported = [p for p in warnings if p.path == str(fixture)]
        expected = expectations(fixture)
        assert len(reported) == len(expected), "\n".join(p.format() for p in reported)
        for problem, (severity, line, column, fragment) in zip(reported, expected, strict=True):
            position = (problem.severity, problem.line, problem.column)
            assert position == (severity, line, column), problem.message
            assert fragment in problem.message


def test_lint_reports_the_same_card_text_twice_as_an_error_naming_the_first_card():
    """Across files (against the valid fixtures) and within one file; case and spacing do not count."""
    result = load_content([VALID, LINT_ERRORS], include_builtin=False)
    assert result.problems == []
    fixture = LINT_ERRORS / "duplicate-texts.yaml"
    reported = [p for p in lint(result) if p.path == str(fixture)]
    expected = expectations(fixture)
    assert len(reported) == len(expected), "\n".join(p.format() for p in reported)
    for problem, (severity, line, column, fragment) in zip(reported, expected, strict=True):
        assert (problem.severity, problem.line, problem.column) == (severity, line, column), problem.message
        assert fragment in problem.message


def test_lint_uses_the_fit_measurement_it_is_given():
    result = load_content([VALID], include_builtin=False)
    never_fits = lint(result, fits=lambda text: False)
    assert never_fits and all("too long" in p.message and p.severity == "warning" for p in never_fits)
    assert all("about" not in p.message.split(";")[0] for p in never_fits)
