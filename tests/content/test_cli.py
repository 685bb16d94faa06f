"""`elamani-peli validate | lint | schema`: output lines, the summary and exit statuses."""

from __future__ import annotations

import json
import shutil

import pytest

from elamani_peli import paths
from elamani_peli.cli import main

from .helpers import BROKEN, LINT, LINT_ERRORS, VALID


@pytest.fixture(autouse=True)
def builtin_is_the_valid_fixtures(tmp_path, monkeypatch):
    """The real cards/ may be half-written while writers work: use a known-clean stand-in."""
    root = tmp_path / "data"
    shutil.copytree(VALID, root / "cards", ignore=shutil.ignore_patterns("assets"))
    shutil.copytree(VALID / "assets", root / "assets")
    monkeypatch.setattr(paths, "cards_dir", lambda: root / "cards")
    monkeypatch.setattr(paths, "assets_dir", lambda: root / "assets")


def test_validate_clean_content_exits_0(capsys):
    assert main(["validate"]) == 0
    out, err = capsys.readouterr()
    assert out == "" and err == "7 files checked: no problems.\n"


def test_validating_a_builtin_file_or_folder_loads_it_once(capsys):
    """A file inside cards/ named on the command line must not clash with itself."""
    builtin = paths.cards_dir()
    assert main(["validate", str(builtin), *map(str, sorted(builtin.rglob("*.yaml"))[:2])]) == 0
    out, err = capsys.readouterr()
    assert out == "" and err == "7 files checked: no problems.\n"


def test_validate_reports_every_error_sorted_and_exits_1(capsys):
    files = [BROKEN / "story-graph.yaml", BROKEN / "card-type.yaml"]
    assert main(["validate", *map(str, files)]) == 1
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert lines[0].startswith(f"{BROKEN / 'card-type.yaml'}:6:11: error: `type` cannot be `questoin`")
    assert [line.split(": error: ")[0].rsplit("/", 1)[1] for line in lines] == [
        "card-type.yaml:6:11",
        "story-graph.yaml:5:8",
        "story-graph.yaml:11:9",
        "story-graph.yaml:13:9",
        "story-graph.yaml:16:5",
        "story-graph.yaml:18:9",
    ]
    assert err == "9 files checked: 6 errors; 2 files would be left out of the game.\n"


def test_validate_a_missing_path_is_a_usage_error(capsys, tmp_path):
    assert main(["validate", str(tmp_path / "nope")]) == 2
    assert "no such file or folder" in capsys.readouterr().err


def test_lint_warnings_alone_exit_0(capsys):
    assert main(["lint", str(LINT)]) == 0
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 8 and all(": warning: " in line for line in out.splitlines())
    assert err == "10 files checked: 0 errors, 8 warnings.\n"


def test_lint_exits_1_when_two_cards_share_a_text(capsys):
    assert main(["lint", str(LINT_ERRORS)]) == 1
    out, _ = capsys.readouterr()
    assert ": error: " in out and "is the same as card `lint-texts-02`'s" in out


def test_lint_with_errors_exits_1(capsys):
    assert main(["lint", "--no-builtin", str(BROKEN / "unknown-theme.yaml")]) == 1
    out, _ = capsys.readouterr()
    assert "unknown theme `test-frends`" in out and "(known themes: none)" in out


def test_validate_checks_given_paths_alone_with_no_builtin(capsys):
    assert main(["validate", "--no-builtin", str(VALID)]) == 0
    assert capsys.readouterr().err == "7 files checked: no problems.\n"


def test_paths_are_shown_as_given(capsys, monkeypatch):
    monkeypatch.chdir(BROKEN.parent)
    assert main(["validate", "broken/level-range.yaml"]) == 1
    assert capsys.readouterr().out.startswith("broken/level-range.yaml:7:12: error:")


def test_schema_prints_the_json_schema(capsys):
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema" and "oneOf" in schema


def test_an_unknown_option_is_a_usage_error():
    with pytest.raises(SystemExit) as exit_info:
        main(["validate", "--bogus"])
    assert exit_info.value.code == 2
