"""Autosave and resume: identical state, atomic writes, backups, and bad saves set aside."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from elamani_peli.engine.actions import Pass, Roll
from elamani_peli.engine.autoplay import play_session
from elamani_peli.engine.save import SaveStore, save_to_json
from elamani_peli.engine.session import Session
from elamani_peli.engine.state import state_to_json

from .conftest import make_library, make_setup

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


def _files(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def test_a_save_records_the_deck_folders_and_without_them_nothing_is_touched(library, tmp_path):
    decks = tmp_path / "omat kortit"
    decks.mkdir()
    store = SaveStore(tmp_path / "saves", deck_folders=[decks])
    setup = make_setup(3)
    session = play_session(library, setup, 3, session=Session.new(library, setup, store))
    data = json.loads(store.path.read_text(encoding="utf-8"))
    assert data["deck_folders"] == [str(decks.resolve())]
    store.mark_crash(session)
    before = _files(store.folder)
    without = SaveStore(store.folder)
    assert without.has_session() and without.missing_folders() == (str(decks.resolve()),)
    assert without.load(library) is None
    [problem] = without.problems
    assert problem.message_id == "save-needs-decks" and problem.folders == (str(decks.resolve()),)
    assert problem.set_aside_as is None
    assert _files(store.folder) == before  # byte-identical, nothing renamed, nothing added
    again = SaveStore(store.folder, deck_folders=[decks])
    resumed = again.load(library)
    assert resumed is not None and resumed.log == session.log and again.problems == []


def test_only_a_backup_and_a_complete_temporary_file_still_offer_continue(library, tmp_path):
    """A kill between the two renames: no session.json, the backup and a whole .tmp."""
    session, store = _played(library, tmp_path)
    os.replace(store.path, store.temp_path)
    assert store.has_session()
    resumed = store.load(library)
    assert resumed is not None and resumed.log == session.log and store.problems == []
    assert store.path.exists() and not store.temp_path.exists() and store.backup_path.exists()


def test_an_incomplete_temporary_file_is_ignored_not_set_aside(library, tmp_path):
    session, store = _played(library, tmp_path)
    store.temp_path.write_text('{"format": "elamani-peli-session", "vers', encoding="utf-8")
    resumed = store.load(library)
    assert resumed is not None and resumed.log == session.log and store.problems == []
    assert store.set_aside_files() == []


def test_a_restored_backup_is_written_back_so_the_next_launch_finds_it(library, tmp_path):
    """Damaged save, backup restored, the player quits before the next turn: still Continue."""
    session, store = _played(library, tmp_path)
    store.path.write_text("{", encoding="utf-8")
    assert store.load(library) is not None
    assert store.path.exists()
    again = SaveStore(store.folder)
    assert again.load(library).log == session.log[:-1] and again.problems == []


def test_a_new_game_removes_readable_saves_and_sets_unreadable_ones_aside(library, tmp_path):
    _, store = _played(library, tmp_path)
    store.backup_path.write_text("not a save", encoding="utf-8")
    store.clear_for_new_game()
    assert not store.has_session()
    assert [p.name for p in store.set_aside_files()] == ["session.previous.set-aside-1.json"]


def test_discard_with_set_aside_removes_every_copy(library, tmp_path):
    _, store = _played(library, tmp_path)
    store.path.write_text("{", encoding="utf-8")
    store.backup_path.write_text("{", encoding="utf-8")
    store.load(library)
    assert len(store.set_aside_files()) == 2
    store.discard()
    assert len(store.set_aside_files()) == 2  # the end of a session asks nobody about them
    store.discard(set_aside=True)
    assert list(store.folder.iterdir()) == []


def test_continue_after_a_crash_steps_past_the_moment_that_crashed(library, tmp_path):
    from elamani_peli.engine.recovery import step_past

    store = SaveStore(tmp_path)
    setup = make_setup(5)
    session = Session.new(library, setup, store)
    session.apply(Roll())
    while session.state.phase != "card":
        session.apply(Pass() if session.state.phase != "roll" else Roll())
    store.mark_crash(session)
    assert "A" not in store.crash_path.read_text(encoding="utf-8")  # a digest, no nicknames
    resumed = store.load(library)
    assert store.crashed_here(resumed)
    assert step_past(resumed) == [Pass()]
    assert resumed.state.phase != "card" and not store.crashed_here(resumed)
    assert store.load(library).log == resumed.log  # the step was saved


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_the_data_folder_is_0700_and_its_files_0600(library, private_user_folder):
    store = SaveStore()
    setup = make_setup(5)
    session = Session.new(library, setup, store)
    session.apply(Roll())
    store.mark_crash(session)
    assert private_user_folder.stat().st_mode & 0o777 == 0o700
    for path in private_user_folder.iterdir():
        assert path.stat().st_mode & 0o777 == 0o600, path.name
