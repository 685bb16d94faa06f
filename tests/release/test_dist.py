"""The wheel and the sdist as a release makes them (``python -m build``: the sdist first, the
wheel built from the unpacked sdist), installed into a fresh virtual environment outside the
repository and run from a folder that is not the repository: the data travels with them.

Needs the ``build`` front end (the build extra) and PyPI for the build back end and the
dependencies; slow (~1 min with a warm pip cache).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import tomllib
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf8"))["project"]["version"]
DATA = (
    "cards/",
    "assets/fonts/",
    "assets/portraits/",
    "locales/fi/LC_MESSAGES/messages.po",
    "locales/en/LC_MESSAGES/messages.po",
    "docs/facilitator-guide.md",
    "docs/ohjaajan-opas.md",
)

pytest.importorskip("build", reason="the build extra (python -m build) is not installed")
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def dist(tmp_path_factory):
    out = tmp_path_factory.mktemp("dist")
    result = subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return out


def test_the_sdist_carries_the_data_and_the_wheel_carries_it_inside_the_package(dist):
    with tarfile.open(dist / f"elamani_peli-{VERSION}.tar.gz") as sdist:
        names = {name.split("/", 1)[1] for name in sdist.getnames() if "/" in name}
    for data in DATA:
        assert any(name.startswith(data) for name in names), data
    assert not any("__pycache__" in name or name.startswith("elamani_peli/_data") for name in names)
    with zipfile.ZipFile(dist / f"elamani_peli-{VERSION}-py3-none-any.whl") as wheel:
        names = set(wheel.namelist())
    for data in DATA:
        assert any(name.startswith(f"elamani_peli/_data/{data}") for name in names), data
    assert not any(name.startswith(("tests/", "cards/", "packaging/")) for name in names)


def test_a_fresh_venv_outside_the_repository_runs_the_installed_wheel(dist, tmp_path):
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    bin_dir = env_dir / ("Scripts" if sys.platform == "win32" else "bin")
    python = bin_dir / "python"
    wheel = dist / f"elamani_peli-{VERSION}-py3-none-any.whl"
    install = subprocess.run(
        [str(python), "-m", "pip", "install", "-q", str(wheel)], capture_output=True, text=True
    )
    assert install.returncode == 0, install.stdout[-3000:] + install.stderr[-3000:]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "ELAMANI_PELI"))}
    env.update(SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy", ELAMANI_PELI_HOME=str(tmp_path / "home"))
    command = bin_dir / "elamani-peli"

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([str(command), *args], cwd=tmp_path, env=env, capture_output=True, text=True)

    assert run("--version").stdout.strip() == f"elamani-peli {VERSION}"
    where = subprocess.run(
        [str(python), "-c", "from elamani_peli import paths; print(paths.data_root())"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
    ).stdout.strip()
    assert Path(where).is_relative_to(env_dir) and where.endswith("_data")
    validate = run("validate")
    assert validate.returncode == 0 and "no problems" in validate.stderr, validate.stderr
    shot = run("screenshot", "--scene", "card", "--lang", "fi", "--out", str(tmp_path / "card.png"))
    assert shot.returncode == 0 and (tmp_path / "card.png").stat().st_size > 10_000, shot.stderr
    printed = run("print", "--lang", "fi", "--out", str(tmp_path / "cards.pdf"))
    assert printed.returncode == 0 and (tmp_path / "cards.pdf").read_bytes().startswith(b"%PDF"), (
        printed.stderr
    )
