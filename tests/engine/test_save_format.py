"""The save format: every version keeps loading, malformed files never raise, fields may be added."""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path

import pytest

from elamani_peli.engine import save_format
from elamani_peli.engine.autoplay import play_session
from elamani_peli.engine.save import SaveStore
from elamani_peli.engine.save_format import SAVE_VERSION, Unusable, migrate, parse_save
from elamani_peli.engine.session import Session
from elamani_peli.engine.setup import PlayerSetup

from .conftest import make_setup

FIXTURES = Path(__file__).parent / "fixtures" / "saves"
FIXTURE_SETUP = make_setup(
    11,
    board_id="pitka",
    players=(PlayerSetup("Äijä", "young", "token-1"), PlayerSetup("Ohjaaja", "worker", "token-2")),
)


def _expected(library) -> Session:
    return Session.replay(library, FIXTURE_SETUP, play_session(library, FIXTURE_SETUP, 11).log[:40])


@pytest.mark.parametrize("name", ["unversioned.json", "version-1.json", "version-2.json"])
def test_a_save_of_every_version_still_loads_to_the_same_game(library, tmp_path, name):
    shutil.copy(FIXTURES / name, tmp_path / "session.json")
    store = SaveStore(tmp_path)
    resumed = store.load(library)
    assert store.problems == []
    expected = _expected(library)
    assert resumed is not None and resumed.state == expected.state and resumed.log == expected.log
    assert [p.nickname for p in resumed.setup.players] == ["Äijä", "Ohjaaja"]


def test_there_is_a_fixture_of_the_current_version():
    versions = {
        json.loads((FIXTURES / name).read_text(encoding="utf-8")).get("version", 1)
        for name in ("unversioned.json", "version-1.json", "version-2.json")
    }
    assert versions == set(range(1, SAVE_VERSION + 1))
    assert set(save_format.MIGRATIONS) == set(range(1, SAVE_VERSION))


def test_peek_names_the_players_when_and_how_far_without_replaying(tmp_path):
    shutil.copy(FIXTURES / "version-2.json", tmp_path / "session.json")
    info = SaveStore(tmp_path).peek()
    assert info is not None
    assert (info.nicknames, info.saved_at, info.round) == (
        ("Äijä", "Ohjaaja"),
        "2026-12-01T20:15:00+00:00",
        7,
    )
    shutil.copy(FIXTURES / "version-1.json", tmp_path / "session.json")
    old = SaveStore(tmp_path).peek()
    assert old is not None and old.nicknames == ("Äijä", "Ohjaaja") and old.saved_at is None


def test_a_field_added_to_the_state_later_does_not_make_saves_unusable(library, tmp_path, monkeypatch):
    """The digest covers the fields the save lists; a new GameState field is not among them."""
    shutil.copy(FIXTURES / "version-2.json", tmp_path / "session.json")
    original = save_format.state_to_json
    monkeypatch.setattr(save_format, "state_to_json", lambda state: {**original(state), "mood_meter": 3})
    store = SaveStore(tmp_path)
    assert store.load(library) is not None and store.problems == []


def test_a_newer_version_is_incompatible_and_nonsense_versions_are_corrupt():
    data = json.loads((FIXTURES / "version-2.json").read_text(encoding="utf-8"))
    with pytest.raises(Unusable) as newer:
        migrate({**data, "version": SAVE_VERSION + 1})
    assert newer.value.message_id == "save-incompatible"
    for version in (0, "2", True, None, 2.0):
        with pytest.raises(Unusable) as bad:
            migrate({**data, "version": version})
        assert bad.value.message_id == "save-corrupt"


MALFORMED = {
    "100,000 nested brackets": "[" * 100_000 + "]" * 100_000,
    "100,000 nested objects": '{"a":' * 100_000 + "1" + "}" * 100_000,
    "a 5,000-digit number": '{"format": "elamani-peli-session", "version": ' + "9" * 5000 + "}",
    "a 5,000-digit seed": None,  # filled in below from a real save
    "NUL bytes": "\x00" * 100,
    "half a save": None,
    "not UTF-8": b"\xff\xfe\x00garbage",
    "empty": "",
    "a list": "[]",
    "null": "null",
    "deep setup": None,
}


def _malformed(name: str, good: str) -> bytes:
    if name == "a 5,000-digit seed":
        return good.replace('"seed":11', '"seed":' + "1" * 5000).encode()
    if name == "half a save":
        return good[: len(good) // 2].encode()
    if name == "deep setup":
        data = json.loads(good)
        data["setup"]["players"] = json.loads("[" * 900 + "]" * 900)
        return json.dumps(data).encode()
    value = MALFORMED[name]
    return value if isinstance(value, bytes) else value.encode()


@pytest.mark.parametrize("name", list(MALFORMED))
def test_every_malformed_save_is_set_aside_and_the_backup_is_used(library, tmp_path, name):
    good = (FIXTURES / "version-2.json").read_text(encoding="utf-8")
    (tmp_path / "session.json").write_bytes(_malformed(name, good))
    (tmp_path / "session.previous.json").write_text(good, encoding="utf-8")
    store = SaveStore(tmp_path)
    resumed = store.load(library)
    assert resumed is not None and resumed.log == _expected(library).log
    assert [p.message_id for p in store.problems] == ["save-corrupt", "save-restored-backup"]
    assert (tmp_path / "session.set-aside-1.json").read_bytes() == _malformed(name, good)


@pytest.mark.parametrize("name", list(MALFORMED))
def test_parse_save_raises_only_unusable(name):
    good = (FIXTURES / "version-2.json").read_text(encoding="utf-8")
    with pytest.raises(Unusable):
        parse_save(_malformed(name, good).decode("utf-8", errors="replace"))


def test_a_huge_file_is_not_read_whole(tmp_path, monkeypatch):
    monkeypatch.setattr(save_format, "MAX_SAVE_BYTES", 1000)
    path = tmp_path / "session.json"
    path.write_text(" " * 2000, encoding="utf-8")
    with pytest.raises(Unusable):
        save_format.read_save_text(path)


def test_the_state_fields_of_version_1_are_the_state_of_version_1():
    """If this fails, GameState lost a field: old digests can no longer be checked (write a migration)."""
    from elamani_peli.engine.state import GameState

    assert set(save_format.V1_STATE_FIELDS) <= {field.name for field in dataclasses.fields(GameState)}
