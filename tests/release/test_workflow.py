"""The release workflow cannot run here (no Windows or macOS machines): these checks keep it in
step with what CI does run — the same build scripts and the same frozen smoke test — and keep
it and the install guides honest about that."""

from __future__ import annotations

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"


def test_the_workflow_builds_on_three_systems_with_the_scripts_and_the_smoke_test_ci_runs():
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf8"))
    job = workflow["jobs"]["build"]
    assert set(job["strategy"]["matrix"]["os"]) == {"windows-latest", "macos-latest", "ubuntu-latest"}
    commands = "\n".join(step.get("run", "") for step in job["steps"])
    assert "tests/release/test_frozen.py" in commands
    assert "packaging/build.sh" in commands and "packaging/build.ps1" in commands
    assert '".[test,build]"' in commands
    assert (ROOT / "tests" / "release" / "test_frozen.py").is_file()
    for script in ("build.sh", "build.ps1"):
        assert "elamani-peli.spec" in (ROOT / "packaging" / script).read_text(encoding="utf8")


def test_the_workflow_and_the_guides_say_that_it_has_not_run():
    header = WORKFLOW.read_text(encoding="utf8").split("\nname:")[0]
    assert "NOT RUN" in header
    assert "has not run" in header or "never been executed" in header

    def words(name: str) -> str:
        return " ".join((ROOT / "docs" / name).read_text(encoding="utf8").replace(">", " ").split())

    assert "The Windows and macOS builds have not been tested" in words("install.md")
    assert "Windows- ja macOS-versioita ei ole testattu" in words("asennus.md")
