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
    assert len(out.splitlines()) == 9 and all(": warning: " in line for line in out.splitlines())
    assert err == "12 files checked: 0 errors, 9 warnings.\n"


def test_lint_warns_only_about_the_files_given(capsys, tmp_path):
    """A Swedish folder does not make the (Finnish and English) built-in files miss Swedish."""
    swedish = (LINT / "swedish-deck.yaml").read_text(encoding="utf-8")
    (tmp_path / "sv.yaml").write_text(swedish, encoding="utf-8")
    builtin = paths.cards_dir() / "fi-only.yaml"
    builtin.write_text((LINT / "deck-warnings.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    assert main(["lint", str(tmp_path)]) == 0
    out, err = capsys.readouterr()
    assert out == "" and err.endswith("files checked: no problems.\n")
    assert main(["lint"]) == 0
    assert "fi-only.yaml" in capsys.readouterr().out  # the built-in files when no path is given


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


def test_format_github_prints_workflow_annotations(capsys):
    assert main(["lint", "--format", "github", str(BROKEN / "comma-in-text.yaml"), str(LINT)]) == 1
    lines = capsys.readouterr().out.splitlines()
    comma = next(line for line in lines if "comma" in line)
    assert comma.startswith(f"::error file={BROKEN / 'comma-in-text.yaml'},line=9,col=28::the text stops at")
    assert any(line.startswith("::warning file=") for line in lines)
    assert all(line.startswith(("::error ", "::warning ")) for line in lines)


def test_format_github_escapes_what_would_end_a_property_or_the_message():
    from elamani_peli.cli.content_commands import formatted
    from elamani_peli.content.library import Problem

    problem = Problem("a,b:c.yaml", 1, 2, "error", "100% wrong\nhere")
    assert formatted([problem], "github") == "::error file=a%2Cb%3Ac.yaml,line=1,col=2::100%25 wrong%0Ahere\n"


def test_format_json_is_a_list_of_problems(capsys):
    assert main(["validate", "--format", "json", str(BROKEN / "level-range.yaml")]) == 1
    records = json.loads(capsys.readouterr().out)
    assert records[0] == {
        "file": str(BROKEN / "level-range.yaml"),
        "line": 7,
        "column": 12,
        "severity": "error",
        "message": records[0]["message"],
    }
    assert "`level` cannot be" in records[0]["message"] and len(records) == 2


def test_strict_fails_on_warnings_alone(capsys):
    assert main(["lint", str(LINT)]) == 0
    assert main(["lint", "--strict", str(LINT)]) == 1
    capsys.readouterr()
    assert main(["lint", "--strict", "--format", "json", "--no-builtin", str(VALID)]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_schema_out_writes_the_schema_to_a_file(capsys, tmp_path):
    from elamani_peli.content.schema import json_schema

    out = tmp_path / "elamani-peli.schema.json"
    assert main(["schema", "--out", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8")) == json_schema()
    assert capsys.readouterr().out == f"{out}\n"
    assert main(["schema", "--out", str(tmp_path / "no" / "such" / "x.json")]) == 1
    assert "cannot write" in capsys.readouterr().err
