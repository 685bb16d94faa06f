"""Faults during a save: a kill at every step, random kill -9s, a full disk, a read-only or
uncreatable folder. After each, Continue is offered and resumes the last saved state."""

from __future__ import annotations

import errno
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from elamani_peli.engine.actions import Roll
from elamani_peli.engine.autoplay import choose_action, play_session
from elamani_peli.engine.save import SAVE_STEPS, SaveStore
from elamani_peli.engine.session import Session

from .conftest import make_setup, players

ROOT = Path(__file__).resolve().parents[2]

_KILL_AT_STEP = """
import os, signal, sys
sys.path.insert(0, {root!r})
from pathlib import Path
from elamani_peli.engine.autoplay import choose_action, play_session
from elamani_peli.engine.save import SaveStore
from elamani_peli.engine.session import Session
from tests.engine.conftest import make_library, make_setup

library = make_library()
setup = make_setup({seed})
store = SaveStore(Path({folder!r}))
saves = 0

def hook(step):
    if saves == {kill_on_save} and step == {step!r}:
        os.kill(os.getpid(), signal.SIGKILL)

class Counting(SaveStore):
    def save(self, session):
        global saves
        super().save(session)
        saves += 1

store = Counting(Path({folder!r}))
store.step_hook = hook
play_session(library, setup, {seed}, session=Session.new(library, setup, store))
"""


@pytest.mark.parametrize("step", SAVE_STEPS)
def test_a_kill_at_every_step_of_the_save_leaves_a_save_continue_resumes(library, tmp_path, step):
    """The writer is killed (SIGKILL, no clean-up) right after ``step`` of its 6th save.

    Before the new file is complete the 5th save resumes, from then on the 6th — and
    Continue is offered in every case, with a backup kept."""
    seed, kill_on_save = 3, 5  # saves counted from 0: the 6th save is killed
    setup = make_setup(seed)
    full_log = play_session(library, setup, seed).log
    code = _KILL_AT_STEP.format(
        root=str(ROOT), seed=seed, folder=str(tmp_path), kill_on_save=kill_on_save, step=step
    )
    child = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert child.returncode == -signal.SIGKILL, child.stderr
    store = SaveStore(tmp_path)
    assert store.has_session() and store.peek() is not None  # the title offers Continue
    resumed = store.load(library)
    assert store.problems == [] and resumed is not None
    # the first save (Session.new) holds no action, so save number n holds n actions
    complete = SAVE_STEPS.index(step) >= SAVE_STEPS.index("temp-written")
    last_done, in_flight = kill_on_save - 1, kill_on_save
    assert len(resumed.log) == (in_flight if complete else last_done)  # the newest complete file wins
    assert resumed.log == full_log[: len(resumed.log)]
    assert store.backup_path.exists()
    assert store.path.exists()  # settled: next launch finds session.json itself
    assert not store.temp_path.exists() or not complete


_RANDOM_KILL_CHILD = """
import sys
sys.path.insert(0, {root!r})
from pathlib import Path
from elamani_peli.engine.autoplay import choose_action, play_session
from elamani_peli.engine.save import SaveStore
from elamani_peli.engine.session import Session
from tests.engine.conftest import make_library, make_setup, players

class Reporting(SaveStore):
    def save(self, session):
        super().save(session)
        print(len(session.log), flush=True)

library = make_library()
setup = make_setup({seed}, board_id="pitka", length=400, players=players(6))
print("ready", flush=True)
play_session(library, setup, {seed}, session=Session.new(library, setup, Reporting(Path({folder!r}))))
"""


@pytest.mark.slow
def test_random_kill_9s_always_leave_a_save_continue_offers(library, tmp_path):
    """15 kills at random moments: Continue is offered every time (a complete .tmp or the
    backup counts), and resumes the last completed save or the one in flight — the same
    game, since loading replays the log and checks the digest of the state it reaches."""
    generator = random.Random(10)
    for run in range(15):
        folder = tmp_path / f"run-{run}"
        code = _RANDOM_KILL_CHILD.format(root=str(ROOT), seed=run, folder=str(folder))
        child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        time.sleep(generator.uniform(0.02, 0.15))
        os.kill(child.pid, signal.SIGKILL)
        output, _ = child.communicate()
        saved = [int(line) for line in output.split() if line.isdigit()]
        store = SaveStore(folder)
        if not saved:
            continue
        assert store.has_session(), f"run {run}: no Continue after {saved[-1]} saves"
        session = store.load(library)
        assert store.problems == [] and session is not None
        assert len(session.log) in (saved[-1], saved[-1] + 1)
        assert session.setup == make_setup(run, board_id="pitka", length=400, players=players(6))


# -- disk full, read-only, uncreatable --------------------------------------------------------
def _advance(library, session: Session, count: int) -> Session:
    """``count`` more random legal actions (fewer if the session ends)."""
    generator = random.Random(len(session.log))
    for _ in range(count):
        if session.state.phase == "ended":
            break
        session.apply(choose_action(library, session.state, generator))
    return session


def _fail_at(step_wanted: str, error: OSError):
    def hook(step: str) -> None:
        if step == step_wanted:
            raise error

    return hook


@pytest.mark.parametrize(
    ("error", "kind"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "disk-full"),
        (OSError(errno.EROFS, "Read-only file system"), "read-only"),
        (PermissionError(errno.EACCES, "Permission denied"), "read-only"),
        (OSError(errno.EIO, "Input/output error"), "other"),
    ],
)
@pytest.mark.parametrize("step", ["temp-half-written", "temp-written", "temp-synced", "backup-moved"])
def test_an_injected_failure_keeps_the_last_save_and_is_retried_after_the_next_action(
    library, tmp_path, error, kind, step
):
    setup = make_setup(4)
    store = SaveStore(tmp_path)
    session = Session.new(library, setup, store)
    session.apply(Roll())
    before = store.path.read_bytes()
    store.step_hook = _fail_at(step, error)
    _advance(library, session, 2)
    assert session.save_failure == kind and session.save_error
    resumed = store.load(library)
    assert resumed is not None and store.problems == []
    # a temporary file that was written whole is the newest save (a kill would leave it so too)
    whole = step == "backup-moved"
    assert resumed.log == (session.log if whole else [Roll()])
    if step != "backup-moved":
        assert store.path.read_bytes() == before
    if step in ("temp-half-written", "temp-written"):
        assert not store.temp_path.exists()  # a half-written file is removed to free the space
    store.step_hook = None
    _advance(library, session, 1)  # the next action saves again
    assert session.save_failure is None and store.load(library).log == session.log


def test_a_folder_that_cannot_be_created_is_reported_as_such(library, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    session = Session.new(library, make_setup(), SaveStore(blocker / "data"))
    assert session.save_failure == "no-folder"
    session.apply(Roll())
    assert session.save_failure == "no-folder" and session.log == [Roll()]


@pytest.fixture
def tiny_tmpfs(tmp_path):
    """A 64 KiB tmpfs (root only); skipped where mounting is impossible (CI containers)."""
    mount = tmp_path / "tiny"
    mount.mkdir()
    if not shutil.which("mount") or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k,mode=0700", "tmpfs", str(mount)], capture_output=True
    )
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.decode(errors='replace').strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def _fill(folder: Path) -> Path:
    """Fill the file system to the last byte (unbuffered, so nothing is left to flush)."""
    filler = folder / "filler"
    descriptor = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        for size in (4096, 1):
            try:
                while True:
                    os.write(descriptor, b"\0" * size)
            except OSError as error:
                assert error.errno == errno.ENOSPC
    finally:
        os.close(descriptor)
    return filler


def test_a_full_disk_keeps_the_last_save_and_saving_resumes_when_space_is_freed(library, tiny_tmpfs):
    setup = make_setup(6)
    store = SaveStore(tiny_tmpfs / "data")
    session = _advance(library, Session.new(library, setup, store), 10)
    assert session.save_failure is None
    saved, saved_log = store.path.read_bytes(), list(session.log)
    filler = _fill(tiny_tmpfs)
    _advance(library, session, 4)
    assert session.save_failure == "disk-full"
    assert store.path.read_bytes() == saved and not store.temp_path.exists()  # half-written file removed
    assert store.load(library).log == saved_log
    filler.unlink()
    _advance(library, session, 1)
    assert session.save_failure is None and store.load(library).log == session.log


@pytest.fixture
def read_only_folder(tmp_path):
    """A folder nobody can write to: chmod for a normal user; a read-only mount for root
    (who ignores permission bits); skipped where neither works."""
    folder = tmp_path / "data"
    folder.mkdir()
    if os.geteuid() != 0:
        folder.chmod(0o500)
        yield folder
        folder.chmod(0o700)
        return
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder)], capture_output=True
    )
    if result.returncode != 0:
        pytest.skip("cannot mount a read-only folder here")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def _make_read_only(folder: Path) -> None:
    if os.geteuid() == 0:
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True, capture_output=True)
    else:
        folder.chmod(0o500)


def test_a_read_only_folder_keeps_the_save_and_is_reported(library, read_only_folder):
    if os.geteuid() != 0:
        read_only_folder.chmod(0o700)
    setup = make_setup(8)
    store = SaveStore(read_only_folder)
    session = _advance(library, Session.new(library, setup, store), 6)
    saved, saved_log = store.path.read_bytes(), list(session.log)
    _make_read_only(read_only_folder)
    _advance(library, session, 3)
    assert session.save_failure == "read-only"
    assert store.path.read_bytes() == saved and store.load(library).log == saved_log
