"""The project's own promises: README and CI agree, the code is ruff clean, layers hold."""

from __future__ import annotations

import re
import shutil
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


@pytest.mark.skipif(shutil.which("ruff") is None, reason="ruff is installed with the test extras")
def test_code_is_ruff_clean():
    result = subprocess.run(
        ["ruff", "check", "elamani_peli", "tests", "benchmarks"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


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
