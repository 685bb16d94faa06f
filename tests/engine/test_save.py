"""Autosave and resume: identical state, atomic writes, backups, and bad saves set aside."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from elamani_peli.engine.autoplay import play_session
from elamani_peli.engine.save import SaveStore, save_to_json
from elamani_peli.engine.session import Session
from elamani_peli.engine.state import state_to_json

from .conftest import make_library, make_setup, players

ROOT = Path(__file__).resolve().parents[2]


def _played(library, tmp_path, seed=3) -> tuple[Session, SaveStore]:
    store = SaveStore(tmp_path / "saves")
    setup = make_setup(seed)
    session = play_session(library, setup, seed, session=Session.new(library, setup, store))
    return session, store


def test_resume_gives_the_identical_state_and_keeps_autosaving(library, tmp_path):
    session, store = _played(library, tmp_path)
    resumed = store.load(library)
    assert resumed is not None and store.problems == []
    assert resumed.state == session.state and resumed.log == session.log and resumed.setup == session.setup
    assert resumed.store is store


def test_the_default_folder_is_the_users_data_folder(private_user_folder):
    assert SaveStore().folder == private_user_folder


def test_the_previous_save_is_kept_as_a_backup(library, tmp_path):
    session, store = _played(library, tmp_path)
    backup = json.loads(store.backup_path.read_text(encoding="utf-8"))
    assert backup["actions"] == save_to_json(session)["actions"][:-1]


def test_a_save_holds_setup_seed_log_and_digest_and_the_state_holds_no_nickname(library, tmp_path):
    session, store = _played(library, tmp_path)
    data = json.loads(store.path.read_text(encoding="utf-8"))
    assert set(data) == {
        "format",
        "version",
        "saved_at",
        "deck_folders",
        "progress",
        "setup",
        "seed",
        "actions",
        "state_digest",
        "digest_fields",
    }
    assert data["version"] == 2 and data["seed"] == session.setup.seed
    assert data["progress"] == {"round": session.state.round} and data["deck_folders"] == []
    flat = json.dumps(state_to_json(session.state))
    assert all(f'"{p.nickname}"' not in flat for p in session.setup.players)


@pytest.mark.parametrize(
    ("damage", "message_id"),
    [
        (lambda text: text[: len(text) // 2], "save-corrupt"),
        (lambda text: "\udcff not utf-8", "save-corrupt"),
        (lambda text: json.dumps({"hello": "world"}), "save-corrupt"),
        (lambda text: text.replace('"version":2', '"version":99'), "save-incompatible"),
        (lambda text: text.replace('"state_digest":"', '"state_digest":"0'), "save-incompatible"),
    ],
)
def test_a_bad_save_is_set_aside_and_the_game_starts_clean(library, tmp_path, damage, message_id):
    _, store = _played(library, tmp_path)
    store.backup_path.unlink()
    damaged = damage(store.path.read_text(encoding="utf-8"))
    store.path.write_bytes(damaged.encode("utf-8", errors="surrogateescape"))
    assert store.load(library) is None
    [problem] = store.problems
    assert problem.message_id == message_id
    assert problem.set_aside_as == store.folder / "session.set-aside-1.json"
    assert problem.set_aside_as.read_bytes() == damaged.encode("utf-8", errors="surrogateescape")
    assert not store.path.exists()


def test_a_save_made_with_other_content_is_incompatible(library, tmp_path):
    session, store = _played(library, tmp_path)
    changed = make_library()
    changed.decks.pop(session.state.used[0].deck)  # a deck the game drew from
    assert store.load(changed) is None
    assert {p.message_id for p in store.problems} == {"save-incompatible"}


def test_a_bad_save_falls_back_on_the_backup(library, tmp_path):
    session, store = _played(library, tmp_path)
    store.path.write_text("{", encoding="utf-8")
    resumed = store.load(library)
    assert resumed is not None and resumed.log == session.log[:-1]
    assert [p.message_id for p in store.problems] == ["save-corrupt", "save-restored-backup"]


def test_a_crash_between_the_renames_resumes_from_the_backup(library, tmp_path):
    session, store = _played(library, tmp_path)
    store.path.unlink()
    resumed = store.load(library)
    assert resumed.log == session.log[:-1] and store.problems == []


def test_set_aside_never_overwrites_an_earlier_one(library, tmp_path):
    _, store = _played(library, tmp_path)
    for _ in range(2):
        store.path.write_text("nonsense", encoding="utf-8")
        store.backup_path.unlink(missing_ok=True)
        store.load(library)
    assert sorted(p.name for p in store.folder.glob("*.set-aside-*")) == [
        "session.set-aside-1.json",
        "session.set-aside-2.json",
    ]


def test_discard_forgets_the_running_session(library, tmp_path):
    _, store = _played(library, tmp_path)
    store.discard()
    assert store.load(library) is None and store.problems == []


_CHILD = """
import sys
sys.path.insert(0, {root!r})
from pathlib import Path
from elamani_peli.engine.autoplay import play_session
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
def test_kill_9_during_autosaves_always_leaves_the_previous_or_the_new_save(library, tmp_path):
    """A child process autosaves after every action; we kill it at random moments.

    The child prints the log length after each completed save. After the kill, the save
    must load without problems to exactly that length (the previous save) or one more (the
    save in flight had reached its final rename) — and be a prefix of the same game.
    """
    generator = random.Random(9)
    for run in range(12):
        seed = run
        folder = tmp_path / f"run-{run}"
        setup = make_setup(seed, board_id="pitka", length=400, players=players(6))
        full_log = play_session(library, setup, seed).log
        code = _CHILD.format(root=str(ROOT), seed=seed, folder=str(folder))
        child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
        assert child.stdout.readline().strip() == "ready"
        time.sleep(generator.uniform(0.0, 0.1))
        os.kill(child.pid, signal.SIGKILL)
        output, _ = child.communicate()
        saved = [int(line) for line in output.split() if line.isdigit()]
        store = SaveStore(folder)
        session = store.load(library)
        assert store.problems == []
        if not saved:
            assert session is None or session.log == []
            continue
        assert session is not None
        assert len(session.log) in (saved[-1], saved[-1] + 1)
        assert session.log == full_log[: len(session.log)]
