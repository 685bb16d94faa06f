"""One copy at a time: a second copy says so and exits without touching the save; a killed
first copy leaves no stuck lock (tested with real processes on Linux)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from elamani_peli.single_copy import LOCK_NAME, AlreadyRunning, SingleCopyLock

ROOT = Path(__file__).resolve().parents[1]

_HOLDER = """
import sys, time
sys.path.insert(0, {root!r})
from pathlib import Path
from elamani_peli.single_copy import SingleCopyLock
lock = SingleCopyLock(Path({folder!r}))
assert lock.acquire()
print("holding", flush=True)
sys.stdin.readline()
"""


@pytest.fixture
def holder(private_user_folder):
    """A real first copy: another process holding the lock in the user folder."""
    code = _HOLDER.format(root=str(ROOT), folder=str(private_user_folder))
    child = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "holding"
    yield child
    if child.poll() is None:
        child.kill()
    child.wait()


def test_a_second_lock_is_refused_while_the_first_process_runs(holder, private_user_folder):
    with pytest.raises(AlreadyRunning):
        SingleCopyLock(private_user_folder).acquire()


def test_a_killed_first_copy_leaves_no_stuck_lock(holder, private_user_folder):
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    assert (private_user_folder / LOCK_NAME).exists()  # the file stays; the lock went with the process
    lock = SingleCopyLock(private_user_folder)
    assert lock.acquire()
    lock.release()


def test_the_second_copy_of_the_game_says_so_and_leaves_the_save_alone(holder, private_user_folder):
    save = private_user_folder / "session.json"
    save.write_bytes(b'{"format": "elamani-peli-session", "version": 2, "not": "touched"}')
    before = {path.name: path.read_bytes() for path in private_user_folder.iterdir()}
    env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy", "LANGUAGE": "fi"}
    second = subprocess.run(
        [sys.executable, "-m", "elamani_peli", "play", "--lang", "fi"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert second.returncode == 3
    assert "Peli on jo käynnissä tällä koneella." in second.stderr
    assert "Traceback" not in second.stderr
    after = {path.name: path.read_bytes() for path in private_user_folder.iterdir()}
    assert after == before


def test_without_a_data_folder_the_game_runs_without_the_lock(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    assert SingleCopyLock(blocker / "data").acquire() is False


def test_the_already_running_window_names_the_problem_and_ok_closes_it():
    from elamani_peli.ui.pilot import Pilot

    with Pilot.start(language="en") as pilot:
        pilot.app.scenes.reset(pilot.app.registry.create("already-running", pilot.app))
        pilot.advance()
        texts = " ".join(layout.text for layout in pilot.drawn_layouts())
        assert "already open" in texts and "Nothing was changed" in texts
        pilot.press("return")
        assert not pilot.app.running
