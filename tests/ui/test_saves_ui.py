"""Saves as the worker meets them: Continue always offered, New game asks, missing deck
folders named, autosave failures shown, Help stops the clock, a crash does not loop."""

from __future__ import annotations

import errno
import json
import os
import re
import subprocess
from pathlib import Path

import pytest

from elamani_peli.content.loader import load_content
from elamani_peli.engine.actions import Roll
from elamani_peli.engine.save import SaveStore
from elamani_peli.ui.pilot import Pilot
from elamani_peli.ui.prefs import Preferences
from tests.ui.test_qa_regressions import play_one_step


def _texts(pilot: Pilot) -> str:
    return " ".join(layout.text for layout in pilot.drawn_layouts())


def _files(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir()) if path.is_file()}


def _play_a_little(pilot: Pilot, steps: int = 4) -> None:
    pilot.click("new-game")
    if pilot.scene.name == "confirm":
        pilot.click("confirm")
    pilot.press("return")  # Start with the defaults
    pilot.pass_check_in()
    assert pilot.scene.name == "board"
    for _ in range(steps):
        play_one_step(pilot)


def _saved_game(private_user_folder: Path, **options) -> list:
    with Pilot.start(language="en", seed=6, **options) as pilot:
        _play_a_little(pilot)
        log = list(pilot.app.session.log)
    assert (private_user_folder / "session.json").exists()
    return log


def test_continue_is_offered_when_only_the_backup_and_a_complete_tmp_are_left(private_user_folder):
    """A kill between the save's two renames left no session.json: the title offered nothing."""
    log = _saved_game(private_user_folder)
    os.replace(private_user_folder / "session.json", private_user_folder / "session.json.tmp")
    with Pilot.start(language="en") as pilot:
        assert pilot.focused == "continue"
        pilot.press("return")
        assert pilot.scene.name in ("board", "card", "story", "free-choice", "strength-space", "breather")
        assert pilot.app.session.log[: len(log)] == log


def test_continue_is_offered_when_only_the_backup_is_left(private_user_folder):
    _saved_game(private_user_folder)
    (private_user_folder / "session.json").unlink()
    with Pilot.start(language="en") as pilot:
        assert pilot.focused == "continue"


def test_new_game_names_the_unfinished_session_and_cancel_keeps_it(private_user_folder):
    _saved_game(private_user_folder)
    before = _files(private_user_folder)
    with Pilot.start(language="en") as pilot:
        pilot.click("new-game")
        assert pilot.scene.name == "confirm"
        question = _texts(pilot)
        assert "Young person and Worker" in question and "saved" in question
        assert re.search(r"round \d+, 45 minutes planned", question)
        assert pilot.focused == "cancel"
        pilot.press("return")
        assert pilot.scene.name == "title"
    assert {k: v for k, v in _files(private_user_folder).items() if k != "elamani-peli.lock"} == {
        k: v for k, v in before.items() if k != "elamani-peli.lock"
    }


def test_new_game_after_the_confirm_replaces_the_session(private_user_folder):
    old = _saved_game(private_user_folder)
    with Pilot.start(language="en", seed=9) as pilot:
        pilot.click("new-game")
        pilot.click("confirm")
        assert pilot.scene.name == "setup"
        pilot.press("return")
        pilot.pass_check_in()
        assert pilot.scene.name == "board" and pilot.app.session.state.round == 1
        new_log = list(pilot.app.session.log)
    resumed = SaveStore(private_user_folder).load(load_content().library)
    assert resumed is not None and resumed.log == new_log and resumed.setup.seed == 9  # the old was 6
    assert any(isinstance(action, Roll) for action in old)
    assert not any(isinstance(action, Roll) for action in new_log)  # nothing of the old game
    backup = private_user_folder / "session.previous.json"  # if any, of the new game
    assert not backup.exists() or json.loads(backup.read_text(encoding="utf-8"))["seed"] == 9


def test_setup_reached_another_way_still_asks_before_replacing(private_user_folder):
    _saved_game(private_user_folder)
    with Pilot.start(language="fi") as pilot:
        pilot.app.open_scene("setup")
        pilot.press("return")
        assert pilot.scene.name == "confirm"
        assert "Young person ja Worker · tallennettu" in _texts(pilot)  # named as they were typed
        pilot.press("escape")
        assert pilot.scene.name == "setup"


@pytest.fixture
def own_decks(tmp_path) -> Path:
    folder = tmp_path / "Omat kortit"
    folder.mkdir()
    (folder / "omat.yaml").write_text(
        "kind: deck\nid: omat\ntitle: {fi: Omat, en: Our own}\ntheme: friends\ncards:\n"
        "  - {id: omat-01, type: question, level: 1, text: {fi: Mikä ilahduttaa?, en: What cheers you?}}\n",
        encoding="utf-8",
    )
    return folder


def test_continue_without_the_deck_folder_names_it_and_keeps_the_files_byte_identical(
    private_user_folder, own_decks
):
    content = load_content([own_decks])
    log = _saved_game(private_user_folder, content=content, deck_dirs=(own_decks,))
    before = _files(private_user_folder)
    with Pilot.start(language="en") as pilot:  # a launch without --decks
        pilot.press("return")  # Continue
        assert pilot.scene.name == "message"
        texts = _texts(pilot)
        assert str(own_decks.resolve()) in texts and "kept exactly as it is" in texts
        pilot.press("return")  # OK
        assert pilot.scene.name == "title" and pilot.focused == "continue"
    assert _files(private_user_folder) == before
    with Pilot.start(language="en", content=content, deck_dirs=(own_decks,)) as pilot:
        pilot.press("return")
        assert pilot.app.session is not None and pilot.app.session.log[: len(log)] == log


def test_help_stops_the_play_clock_like_pause(private_user_folder):
    with Pilot.start(language="en", seed=4) as pilot:
        _play_a_little(pilot, steps=0)
        board = pilot.scene
        table = board.table
        pilot.press("f1")
        assert pilot.scene.name == "help"
        assert pilot.app.session.state.paused and table._running_since is None
        played = table.play_seconds()
        pilot.advance(ms=2000)
        assert table.play_seconds() == played
        pilot.press("f1")
        assert pilot.scene is board
        pilot.advance()
        assert not pilot.app.session.state.paused and table._running_since is not None


@pytest.mark.parametrize(
    ("error", "notice"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "Not saving: the disk is full"),
        (OSError(errno.EROFS, "Read-only file system"), "Not saving: the game’s folder cannot be written to"),
    ],
)
def test_an_autosave_failure_shows_a_notice_until_a_save_works_again(private_user_folder, error, notice):
    with Pilot.start(language="en", seed=4) as pilot:
        _play_a_little(pilot, steps=1)

        def fail(step: str) -> None:
            if step == "temp-written":
                raise error

        pilot.app.save_store.step_hook = fail
        play_one_step(pilot)
        assert notice in _texts(pilot)
        pilot.app.save_store.step_hook = None
        play_one_step(pilot)
        assert "Not saving" not in _texts(pilot)
        assert SaveStore(private_user_folder).load(pilot.app.library).log == pilot.app.session.log


def _mount_tmpfs(folder: Path, options: str) -> None:
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    folder.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)], capture_output=True
    )
    if result.returncode != 0:
        pytest.skip("cannot mount a tmpfs here")


@pytest.fixture
def tiny_home(tmp_path, monkeypatch):
    home = tmp_path / "tiny-home"
    _mount_tmpfs(home, "size=64k,mode=0700")
    monkeypatch.setenv("ELAMANI_PELI_HOME", str(home))
    try:
        yield home
    finally:
        subprocess.run(["umount", "-l", str(home)], capture_output=True)


def test_a_full_disk_end_to_end(tiny_home):
    """The data folder on a 64 KiB tmpfs; filled while a game runs; emptied again."""
    with Pilot.start(language="fi", seed=4) as pilot:
        _play_a_little(pilot, steps=1)
        filler = tiny_home / "filler"
        descriptor = os.open(filler, os.O_WRONLY | os.O_CREAT)
        for size in (4096, 1):
            try:
                while True:
                    os.write(descriptor, b"\0" * size)
            except OSError:
                pass
        os.close(descriptor)
        play_one_step(pilot)
        assert "Ei tallenneta: levy on täynnä" in _texts(pilot)
        filler.unlink()
        play_one_step(pilot)
        assert "Ei tallenneta" not in _texts(pilot)


def test_a_read_only_folder_end_to_end(tmp_path, monkeypatch):
    """The data folder on a write-protected medium: a save from before is there; Continue
    works, the notice says that nothing is saved, Settings still lists what is stored."""
    home = tmp_path / "ro-home"
    if os.geteuid() == 0:
        _mount_tmpfs(home, "size=1m")
    else:
        home.mkdir()
    monkeypatch.setenv("ELAMANI_PELI_HOME", str(home))
    try:
        log = _saved_game(home)
        before = _files(home)
        if os.geteuid() == 0:
            subprocess.run(["mount", "-o", "remount,ro", str(home)], check=True)
        else:
            home.chmod(0o500)
        with Pilot.start(language="en", seed=4) as pilot:
            assert pilot.focused == "continue"
            pilot.press("return")
            assert pilot.app.session.log[: len(log)] == log
            while pilot.scene.name != "board":
                play_one_step(pilot)
            play_one_step(pilot)
            assert "Not saving: the game’s folder cannot be written to" in _texts(pilot)
            pilot.press("escape")
            pilot.click("settings")
            assert pilot.scene.name == "settings"  # listing what is stored still works
        assert _files(home) == before
    finally:
        if os.geteuid() == 0:
            subprocess.run(["umount", "-l", str(home)], capture_output=True)
        else:
            home.chmod(0o700)


def test_a_data_folder_that_cannot_be_created_end_to_end(tmp_path, monkeypatch):
    """The game starts, plays, says it is not saving, and a crash is logged in the temp folder."""
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("ELAMANI_PELI_HOME", str(blocker / "data"))
    monkeypatch.setenv("TMPDIR", str(tmp_path / "temp"))
    (tmp_path / "temp").mkdir(exist_ok=True)
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)
    with Pilot.start(language="en", seed=4, reraise=False) as pilot:
        assert pilot.scene.name == "title" and pilot.focused == "new-game"
        _play_a_little(pilot, steps=1)
        assert "Not saving: the game’s folder cannot be created" in _texts(pilot)
        pilot.app.crash(RuntimeError("a test crash"))
        pilot.advance()
        assert pilot.scene.name == "error"
        owner = f"-{os.getuid()}" if hasattr(os, "getuid") else ""
        log = tmp_path / "temp" / f"elamani-peli-logs{owner}" / "elamani-peli.log"
        assert str(log) in _texts(pilot)
        from elamani_peli.ui.storage import stored_items

        (logs,) = [item for item in stored_items() if item.key == "logs"]
        assert log in logs.files and logs.location == log.parent  # Settings lists the log it went to
    assert "a test crash" in log.read_text(encoding="utf-8")


def test_continue_after_a_crash_does_not_crash_again(private_user_folder, monkeypatch):
    """A card that breaks rendering crashed the game again on every Continue."""
    from elamani_peli.ui.scenes.card import CardScene

    with Pilot.start(language="en", seed=4, reraise=False) as pilot:
        pilot.click("new-game")
        pilot.press("return")
        pilot.pass_check_in()
        for _ in range(40):
            if pilot.scene.name == "card":
                break
            play_one_step(pilot)
        assert pilot.scene.name == "card"
        broken = pilot.app.session.state.card

        original = CardScene.draw_content

        def draw_content(self, surface):
            if self.table.state.card == broken:
                raise RuntimeError("this card breaks the renderer")
            original(self, surface)

        monkeypatch.setattr(CardScene, "draw_content", draw_content)
        pilot.app.request_redraw()
        pilot.advance()
        assert pilot.scene.name == "error"
        pilot.press("return")  # Back to title
        assert pilot.scene.name == "title" and pilot.focused == "continue"
        pilot.press("return")
        pilot.advance(ms=600)
        assert pilot.scene.name != "error"
        assert pilot.app.session.state.card != broken
    log = (private_user_folder / "logs" / "elamani-peli.log").read_text(encoding="utf-8")
    assert "this card breaks the renderer" in log


def test_deleting_the_unfinished_game_removes_set_aside_copies(private_user_folder):
    _saved_game(private_user_folder)
    (private_user_folder / "session.previous.set-aside-1.json").write_text(
        '{"nick": "Aino"}', encoding="utf-8"
    )
    (private_user_folder / "session.set-aside-1.json").write_text("{", encoding="utf-8")
    with Pilot.start(language="fi") as pilot:
        pilot.click("settings")
        pilot.scene.section = "storage"
        pilot.scene.rebuild()
        assert "2 säilytettyä kopiota" in _texts(pilot)
        pilot.click("delete-session")
        pilot.click("confirm")
        assert "Ei mitään tallessa" in _texts(pilot)
    assert not list(private_user_folder.glob("session*"))


def test_a_deeply_nested_settings_file_falls_back_to_the_defaults(private_user_folder):
    private_user_folder.mkdir(parents=True, exist_ok=True)
    (private_user_folder / "settings.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with Pilot.start(language="en") as pilot:
        assert pilot.scene.name == "title" and pilot.app.prefs == Preferences()


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_settings_and_logs_are_private_too(private_user_folder):
    with Pilot.start(language="en") as pilot:
        pilot.app.update_prefs(high_contrast=True)
    for path in [private_user_folder / "settings.json", *private_user_folder.glob("logs/*")]:
        assert path.stat().st_mode & 0o777 == 0o600, path
    assert (private_user_folder / "logs").stat().st_mode & 0o777 == 0o700
    assert json.loads((private_user_folder / "settings.json").read_text(encoding="utf-8"))["high_contrast"]


def test_save_and_go_to_the_title_says_so_when_the_save_fails(private_user_folder):
    """It went to the title as if saved, and the turns since the last good save were lost."""
    with Pilot.start(language="en", seed=4) as pilot:
        _play_a_little(pilot, steps=2)
        saved = SaveStore(private_user_folder).load(pilot.app.library).log

        def full(step: str) -> None:
            if step == "temp-written":
                raise OSError(errno.ENOSPC, "No space left on device")

        pilot.app.save_store.step_hook = full
        while pilot.scene.name != "board":
            play_one_step(pilot)
        pilot.press("escape")
        pilot.click("save-quit")
        assert pilot.scene.name == "confirm"
        assert "Not saving: the disk is full" in _texts(pilot)
        pilot.press("return")  # Cancel, the default: back in the game
        assert pilot.app.session is not None
        pilot.click("save-quit")
        pilot.click("confirm")
        assert pilot.scene.name == "title" and pilot.focused == "continue"
    assert SaveStore(private_user_folder).load(load_content().library).log[: len(saved)] == saved
