"""The portable build, built from the spec by the build script and run as a person would run it:
unzipped away from the repository, in an environment with no Python project on it. Every
command answers as the installed package does — the check that catches a module or a data
file the freezer left out, the same failure a Windows build would have.

Needs PyInstaller (``pip install ".[build]"``; .ci/run installs it): skipped without it.
Building takes ~40 s, the commands ~30 s more, so the test is marked slow.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
import tomllib

import pygame
import pytest

from elamani_peli.cli.game_commands import SCREENSHOT_SCENES

from .frozen import ROOT, build, bundle, clean_env, executable, program_folder

pytest.importorskip("PyInstaller", reason="the build extra (PyInstaller) is not installed")
pytestmark = pytest.mark.slow

VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf8"))["project"]["version"]
SIZE_BUDGET = 90_000_000  # bytes unpacked, on Linux


@pytest.fixture(scope="module")
def unpacked(tmp_path_factory):
    dist = tmp_path_factory.mktemp("dist")
    archive = build(dist, ROOT / "build" / "pyinstaller")
    assert archive.name == f"Elamani-peli-{VERSION}-{bundle.platform_tag()}.zip"
    return bundle.unzip(archive, tmp_path_factory.mktemp("unpacked"))


@pytest.fixture
def frozen(unpacked, tmp_path):
    """Run the console executable from a folder outside the repository."""

    def run(*args: str, **env: str) -> subprocess.CompletedProcess:
        env.setdefault("ELAMANI_PELI_HOME", str(tmp_path / "home"))
        return subprocess.run(
            [str(executable(unpacked, "elamani-peli-cli")), *args],
            cwd=tmp_path,
            env=clean_env(**env),
            capture_output=True,
            text=True,
            encoding="utf8",
            timeout=120,
        )

    return run


def package(*args: str, cwd) -> subprocess.CompletedProcess:
    """The same command through the installed package, for comparison."""
    return subprocess.run(
        [sys.executable, "-m", "elamani_peli", *args],
        cwd=cwd,
        env=clean_env(ELAMANI_PELI_HOME=str(cwd / "package-home")),
        capture_output=True,
        text=True,
        encoding="utf8",
        timeout=120,
    )


def test_the_folder_has_both_executables_the_data_and_fits_the_budget(unpacked):
    folder = program_folder(unpacked)
    for name in ("Elamani-peli", "elamani-peli-cli"):
        assert executable(unpacked, name).is_file()
    internal = folder / ("Contents/Frameworks" if sys.platform == "darwin" else "_internal")
    for data in ("cards", "assets/fonts", "locales/fi/LC_MESSAGES/messages.po", "docs/ohjaajan-opas.md"):
        assert (internal / data).exists(), data
    assert not (internal / "assets" / "src").exists()  # the art's source scripts stay out
    if importlib.util.find_spec("prism") is not None:  # read-aloud's native part, which analysis cannot see
        assert any((internal / "prism" / "_native").glob("_prism_cffi*"))
    kept = sorted(path.stem for path in (internal / "babel" / "locale-data").glob("*.dat"))
    assert {"root", "fi", "fi_FI", "en", "en_001", "en_GB", "sv", "sv_FI"} <= set(kept)
    assert len(kept) < 200  # of ~1,150
    if sys.platform.startswith("linux"):
        assert bundle.unpacked_size(folder) <= SIZE_BUDGET


def test_version_validate_lint_and_schema(frozen):
    version = frozen("--version")
    assert version.returncode == 0 and version.stdout.strip() == f"elamani-peli {VERSION}"
    validate = frozen("validate")
    assert validate.returncode == 0, validate.stdout + validate.stderr
    assert "no problems" in validate.stderr
    lint = frozen("lint")
    assert lint.returncode == 0, lint.stdout + lint.stderr
    schema = frozen("schema")
    assert json.loads(schema.stdout)["$schema"].endswith("2020-12/schema")


def test_a_bad_file_gets_its_message_not_a_traceback(frozen, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("cards:\n  - id: x\n    level: 9\n", encoding="utf8")
    result = frozen("validate", str(bad))
    assert result.returncode == 1
    assert "bad.yaml:" in result.stdout + result.stderr and "Traceback" not in result.stderr


def test_simulate_plays_the_same_session_as_the_package(frozen, tmp_path):
    result = frozen("simulate", "--seed", "1")
    assert result.returncode == 0, result.stderr
    assert result.stdout == package("simulate", "--seed", "1", cwd=tmp_path).stdout


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_print_makes_the_same_pdf_text_with_finnish_letters(frozen, tmp_path):
    result = frozen("print", "--lang", "fi", "--out", str(tmp_path / "frozen.pdf"))
    assert result.returncode == 0, result.stderr
    package("print", "--lang", "fi", "--out", str(tmp_path / "package.pdf"), cwd=tmp_path)

    def text(name: str) -> str:
        return subprocess.run(["pdftotext", str(tmp_path / name), "-"], capture_output=True, text=True).stdout

    frozen_text = text("frozen.pdf")
    assert "ä" in frozen_text and "ö" in frozen_text
    assert frozen_text == text("package.pdf")


@pytest.mark.parametrize("scene", SCREENSHOT_SCENES)
def test_every_scene_renders_as_the_package_renders_it(frozen, tmp_path, scene):
    result = frozen("screenshot", "--scene", scene, "--out", str(tmp_path / "frozen.png"))
    assert result.returncode == 0, result.stderr
    package("screenshot", "--scene", scene, "--out", str(tmp_path / "package.png"), cwd=tmp_path)
    shots = [pygame.image.load(str(tmp_path / name)) for name in ("frozen.png", "package.png")]
    assert shots[0].get_size() == (1280, 720)
    assert pygame.image.tobytes(shots[0], "RGB") == pygame.image.tobytes(shots[1], "RGB")


def test_portable_txt_keeps_the_games_files_beside_it(unpacked, tmp_path):
    """The windowed game itself, started as a double-click starts it but without
    ELAMANI_PELI_HOME: with portable.txt its files go to data/ beside it, nowhere else."""
    game = executable(unpacked, "Elamani-peli")
    marker_folder = program_folder(unpacked).parent if sys.platform == "darwin" else game.parent
    (marker_folder / "portable.txt").write_text("", encoding="utf8")
    xdg, home = tmp_path / "xdg-data", tmp_path / "home"
    try:
        result = subprocess.run(
            [str(game), "play", "--exit-at-title"],
            cwd=tmp_path,
            env=clean_env(XDG_DATA_HOME=str(xdg), HOME=str(home), APPDATA=str(home), LOCALAPPDATA=str(home)),
            capture_output=True,
            timeout=120,
        )
    finally:
        (marker_folder / "portable.txt").unlink()
    assert result.returncode == 0, result.stderr
    assert (marker_folder / "data" / "logs").is_dir()
    assert not xdg.exists() and not home.exists()
