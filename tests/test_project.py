"""The project's own promises: README and CI agree, the code is ruff clean, layers hold."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _readme_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sh\n(.+?)\n```", readme)


def test_readme_opens_with_play_and_test_commands():
    play, test = _readme_commands()[:2]
    assert "pip install" in play and "elamani_peli" in play
    assert "pip install" in test and "pytest" in test


def test_ci_runs_exactly_the_readme_test_command():
    test_command = _readme_commands()[1]
    ci_lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert test_command in ci_lines


def _installed(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


@pytest.mark.skipif(not _installed("ruff"), reason="ruff is not installed (it comes with the test extras)")
def test_code_is_ruff_clean():
    """Through this interpreter's ruff, so it runs whether or not the venv is activated."""
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "elamani_peli", "tests", "benchmarks"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(not _installed("ruff"), reason="ruff is not installed (it comes with the test extras)")
def test_code_is_ruff_formatted():
    """One layout for all the code (``ruff format``), so diffs show changes, not restyling."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "format",
            "--check",
            "elamani_peli",
            "tests",
            "benchmarks",
            "packaging",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(not _installed("mypy"), reason="mypy is not installed (it comes with the test extras)")
def test_the_package_type_checks():
    """Zero mypy errors on the package; engine/ and content/ under the strict flags (pyproject)."""
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-error-summary"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    strict = next(o for o in _mypy_overrides() if "elamani_peli.engine.*" in o["module"])
    assert {"elamani_peli.engine.*", "elamani_peli.content.*"} <= set(strict["module"])
    assert strict["disallow_untyped_defs"] and strict["disallow_any_generics"]


def _mypy_overrides() -> list[dict]:
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return config["tool"]["mypy"]["overrides"]


@pytest.mark.parametrize("layer", ["elamani_peli.content", "elamani_peli.engine"])
def test_lower_layers_never_import_pygame(layer):
    """Import every module of a layer in a fresh interpreter; pygame must stay out."""
    code = (
        "import importlib, pkgutil, sys\n"
        f"package = importlib.import_module({layer!r})\n"
        "for info in pkgutil.walk_packages(package.__path__, package.__name__ + '.'):\n"
        "    importlib.import_module(info.name)\n"
        "upper = ('pygame', 'elamani_peli.ui', 'elamani_peli.cli')\n"
        "bad = sorted(m for m in sys.modules if m.startswith(upper))\n"
        "assert not bad, bad\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_a_wheel_carries_everything_the_game_reads_from_its_data_folder():
    """An installed (non-editable) copy finds cards, art, catalogs and the in-game guide."""
    import tomllib

    from elamani_peli.ui.scenes.guide import GUIDE_FILES

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    included = config["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    wanted = {"cards", "assets", "locales"} | {f"docs/{name}" for name in GUIDE_FILES.values()}
    assert wanted <= set(included)
    for source, target in included.items():
        assert (ROOT / source).exists(), source
        assert target == f"elamani_peli/_data/{source}"
