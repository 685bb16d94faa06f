"""One version everywhere (pyproject → --version, Settings, crash log) and the one place that
decides where user files go: ELAMANI_PELI_HOME, portable mode beside a frozen executable, or
the platform's user data folder."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

import pytest

from elamani_peli import paths
from elamani_peli.cli import main
from elamani_peli.ui.pilot import Pilot
from elamani_peli.ui.scene import Scene
from elamani_peli.version import version

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT_VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf8"))["project"]["version"]


def test_version_comes_from_pyproject_and_the_command_line_prints_it(capsys):
    assert version() == PYPROJECT_VERSION
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.strip() == f"elamani-peli {PYPROJECT_VERSION}"


def test_no_second_copy_of_the_version_in_the_code():
    hits = [
        path
        for path in (ROOT / "elamani_peli").rglob("*.py")
        if f'"{PYPROJECT_VERSION}"' in path.read_text(encoding="utf8")
    ]
    assert not hits


@pytest.fixture
def frozen_program(tmp_path, monkeypatch):
    """Pretend to be a PyInstaller build whose executable sits in ``tmp/Elamani-peli/``."""
    program = tmp_path / "Elamani-peli"
    program.mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program / "Elamani-peli"))
    monkeypatch.delenv(paths.HOME_VARIABLE)
    user_folder = tmp_path / "platform-user-data"
    monkeypatch.setattr(paths.platformdirs, "user_data_dir", lambda *args, **kwargs: str(user_folder))
    return program, user_folder


def test_a_frozen_build_without_portable_txt_uses_the_user_data_folder(frozen_program):
    program, user_folder = frozen_program
    assert paths.storage() == paths.Storage(user_folder, "user")
    assert paths.user_data_dir() == user_folder and user_folder.is_dir()
    assert not (program / "data").exists()


def test_portable_txt_beside_the_executable_keeps_everything_in_data_beside_it(frozen_program):
    program, user_folder = frozen_program
    (program / "portable.txt").write_text("", encoding="utf8")
    assert paths.portable()
    assert paths.user_data_dir() == program / "data"
    with Pilot.start() as pilot:
        pilot.press("f2")  # F2 opens Settings; the settings file is written
        pilot.app.open_scene("settings", section="storage")
        texts = " ".join(layout.text for layout in pilot.drawn_layouts())
    assert (program / "data" / "settings.json").is_file()
    assert not user_folder.exists()
    assert "Siirrettävä tila (portable.txt on ohjelman vieressä)" in texts
    assert str(program / "data") in texts


def test_the_environment_variable_wins_over_portable_mode(frozen_program, tmp_path, monkeypatch):
    program, _ = frozen_program
    (program / "portable.txt").write_text("", encoding="utf8")
    monkeypatch.setenv(paths.HOME_VARIABLE, str(tmp_path / "chosen"))
    assert paths.storage().mode == "override"
    assert paths.user_data_dir() == tmp_path / "chosen"


def test_portable_mode_is_only_for_a_frozen_build(tmp_path, monkeypatch):
    """Running from Python, the executable is the interpreter: a portable.txt beside it means nothing."""
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python"))
    (tmp_path / "portable.txt").write_text("", encoding="utf8")
    monkeypatch.delenv(paths.HOME_VARIABLE)
    assert paths.program_dir() is None
    assert paths.storage().mode == "user"


def test_inside_a_macos_app_bundle_the_program_folder_is_the_one_holding_the_app(tmp_path, monkeypatch):
    executable = tmp_path / "stick" / "Elamani-peli.app" / "Contents" / "MacOS" / "Elamani-peli"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(executable))
    assert paths.program_dir() == tmp_path / "stick"


def test_a_frozen_build_reads_its_data_from_the_bundle(tmp_path, monkeypatch):
    bundle = tmp_path / "_internal"
    (bundle / "cards").mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    assert paths.cards_dir() == bundle / "cards"
    assert paths.locales_dir() == bundle / "locales"


def test_settings_name_the_version_and_the_crash_log_carries_it(private_user_folder):
    class Broken(Scene):
        name = "broken"

        def draw_content(self, surface):
            raise RuntimeError("boom")

    with Pilot.start(reraise=False, language="fi") as pilot:
        pilot.app.open_scene("settings")
        texts = [layout.text for layout in pilot.drawn_layouts()]
        assert f"Elämäni peli, versio {PYPROJECT_VERSION}" in texts
        pilot.app.scenes.push(Broken(pilot.app))
        pilot.advance()
        assert pilot.scene.name == "error"
    log = (private_user_folder / "logs" / "elamani-peli.log").read_text(encoding="utf8")
    assert f"Unexpected error in elamani-peli {PYPROJECT_VERSION} (Python package;" in log


def test_exit_at_title_starts_the_real_game_draws_the_title_and_exits(private_user_folder):
    """What the frozen smoke test and the start-up benchmark run: the whole start path."""
    assert main(["play", "--exit-at-title"]) == 0
    assert (private_user_folder / "logs").is_dir()  # the game's own log handler was attached
