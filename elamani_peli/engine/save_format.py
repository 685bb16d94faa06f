"""The save file's format, its versions and their migrations — no file handling here.

Version 2 (written today)::

    {"format": "elamani-peli-session", "version": 2,
     "saved_at": "2026-12-01T21:30:00+00:00",     # when (the New-game confirm names it)
     "deck_folders": ["/home/…/omat-kortit"],      # the facilitator's folders it was played with
     "progress": {"round": 3},                     # how far, without replaying
     "setup": {…}, "seed": 7, "actions": [{"type": "roll"}, …],
     "state_digest": "…", "digest_fields": ["bookmarks", "card", …]}

Version 1 had no ``saved_at``, ``deck_folders``, ``progress`` and ``digest_fields``; a file
with no ``version`` at all is version 1 too. :data:`MIGRATIONS` lifts an old file one version
at a time, so every save ever written keeps loading (the fixtures in
``tests/engine/fixtures/saves`` hold one of each version).

The digest proves that replaying the log gives the game that was saved. It covers the
top-level state fields listed in ``digest_fields``: a field added to ``GameState`` later
is not among an older save's fields, so adding one does not make running saves unusable.
(A change *inside* an existing field needs a new version whose migration says how.)
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .actions import Action, action_from_json, action_to_json
from .setup import SessionSetup, setup_from_json, setup_to_json
from .state import GameState, state_to_json

if TYPE_CHECKING:
    from .session import Session

SAVE_FORMAT = "elamani-peli-session"
SAVE_VERSION = 2
CRASH_FORMAT = "elamani-peli-crash"
MAX_SAVE_BYTES = 32 * 1024 * 1024
"""A real save is a few tens of kilobytes; anything this big is not one (and is not read)."""

V1_STATE_FIELDS = (
    "bookmarks",
    "card",
    "card_deck",
    "card_theme",
    "current_player",
    "elapsed_seconds",
    "end_reason",
    "follow_up_shown",
    "last_roll",
    "paused",
    "phase",
    "players",
    "rng",
    "round",
    "rules",
    "scene",
    "space_type",
    "stories",
    "story",
    "strengths",
    "theme_choices",
    "themes_visited",
    "used",
)
"""The state fields a version-1 digest covered (all of ``GameState`` when version 1 was current)."""


class Unusable(Exception):
    """A save that cannot be resumed; ``message_id`` says how (``save-corrupt`` / ``save-incompatible``)."""

    def __init__(self, message_id: str, detail: str) -> None:
        super().__init__(detail)
        self.message_id = message_id


@dataclass(frozen=True)
class ParsedSave:
    """A save file read, migrated to the current version and checked, not yet replayed."""

    setup: SessionSetup
    actions: tuple[Action, ...]
    digest: str
    digest_fields: tuple[str, ...]
    deck_folders: tuple[str, ...]
    saved_at: str | None
    round: int | None
    version: int


# -- writing ---------------------------------------------------------------------------------
def folder_key(folder: Path | str) -> str:
    """How a deck folder is recorded and compared: absolute, as the facilitator's system spells it."""
    return str(Path(folder).expanduser().resolve())


def save_to_json(
    session: Session, deck_folders: Sequence[str] = (), now: Callable[[], datetime] | None = None
) -> dict[str, Any]:
    state = session.state
    fields = sorted(state_to_json(state))
    return {
        "format": SAVE_FORMAT,
        "version": SAVE_VERSION,
        "saved_at": (now or _utc_now)().isoformat(timespec="seconds"),
        "deck_folders": list(deck_folders),
        "progress": {"round": state.round},
        "setup": setup_to_json(session.setup),
        "seed": session.setup.seed,
        "actions": [action_to_json(action) for action in session.log],
        "state_digest": digest_of(state, fields),
        "digest_fields": fields,
    }


def save_to_text(session: Session, deck_folders: Sequence[str] = ()) -> str:
    data = save_to_json(session, deck_folders)
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _utc_now() -> datetime:
    return datetime.now(UTC)


def digest_of(state: GameState, fields: Sequence[str]) -> str:
    """SHA-256 of the canonical JSON of the state's ``fields`` (a missing field counts as absent)."""
    data = state_to_json(state)
    chosen = {name: data[name] for name in fields if name in data}
    text = json.dumps(chosen, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def stored_digest_matches(parsed: ParsedSave, state: GameState) -> bool:
    return digest_of(state, parsed.digest_fields) == parsed.digest


# -- reading ---------------------------------------------------------------------------------
def read_save_text(path: Path) -> str:
    """The file's text; ``Unusable`` when it is too big or not UTF-8, ``OSError`` when unreadable."""
    with open(path, "rb") as file:
        raw = file.read(MAX_SAVE_BYTES + 1)
    if len(raw) > MAX_SAVE_BYTES:
        raise Unusable("save-corrupt", f"{path.name} is too big to be a save")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise Unusable("save-corrupt", f"{path.name} is not UTF-8 text: {error}") from error


def parse_json(text: str) -> Any:
    """``json.loads`` that turns every way a text can fail to be JSON into ``ValueError``.

    Besides syntax errors (``JSONDecodeError``), Python's parser raises ``RecursionError``
    for ~100,000 nested brackets and a plain ``ValueError`` for an integer of more than
    4,300 digits (the int/str conversion limit of Python 3.11).
    """
    try:
        return json.loads(text)
    except RecursionError as error:
        raise ValueError("nested too deeply") from error
    except MemoryError as error:
        raise ValueError("too big") from error


def parse_save(text: str, name: str = "the save") -> ParsedSave:
    """Read, migrate and check a save's text; ``Unusable`` says why it cannot be used."""
    try:
        data = parse_json(text)
    except ValueError as error:
        raise Unusable("save-corrupt", f"{name} is not readable JSON: {error}") from error
    data = migrate(data, name)
    try:
        setup = setup_from_json(data["setup"])
        actions = tuple(action_from_json(item) for item in data["actions"])
        digest = data["state_digest"]
        fields = tuple(data["digest_fields"])
        folders = tuple(data["deck_folders"])
        saved_at = data["saved_at"]
        progress = data["progress"]
        round_ = progress.get("round") if isinstance(progress, dict) else None
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as error:
        raise Unusable("save-corrupt", f"{name} is damaged: {error!r}") from error
    if not isinstance(digest, str) or not all(isinstance(f, str) for f in (*fields, *folders)):
        raise Unusable("save-corrupt", f"{name} is damaged: a digest or folder is not text")
    if data.get("seed") != setup.seed:
        raise Unusable("save-corrupt", f"{name} is damaged: the seed does not match its setup")
    return ParsedSave(
        setup,
        actions,
        digest,
        fields,
        folders,
        saved_at if isinstance(saved_at, str) else None,
        round_ if isinstance(round_, int) and not isinstance(round_, bool) else None,
        int(data["version"]),
    )


# -- migrations ------------------------------------------------------------------------------
def _from_version_1(data: dict[str, Any]) -> dict[str, Any]:
    """Version 1 → 2: nothing recorded the deck folders, the time or the progress."""
    return {
        **data,
        "version": 2,
        "saved_at": None,
        "deck_folders": [],
        "progress": None,
        "digest_fields": list(V1_STATE_FIELDS),
    }


MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _from_version_1}
"""Version N → a function giving the same save in version N + 1. Never remove one."""


def migrate(data: Any, name: str = "the save") -> dict[str, Any]:
    """The save's data in the current version; ``Unusable`` for what is not a save (or too new)."""
    if not isinstance(data, dict):
        raise Unusable("save-corrupt", f"{name} is not a saved session")
    looks_like_v1 = "format" not in data and {"setup", "actions", "state_digest"} <= set(data)
    if data.get("format") != SAVE_FORMAT and not looks_like_v1:
        raise Unusable("save-corrupt", f"{name} is not a saved session")
    version = data.get("version", 1)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise Unusable("save-corrupt", f"{name} has no usable version ({version!r})")
    if version > SAVE_VERSION:
        raise Unusable("save-incompatible", f"{name} has version {version}, newer than {SAVE_VERSION}")
    while version < SAVE_VERSION:
        data = MIGRATIONS[version](data)
        version = data["version"]
    migrated: dict[str, Any] = data
    return migrated


# -- crash markers ---------------------------------------------------------------------------
def crash_marker_text(state: GameState) -> str:
    fields = sorted(state_to_json(state))
    return json.dumps({"format": CRASH_FORMAT, "state_digest": digest_of(state, fields)})


def crash_marker_matches(text: str, state: GameState) -> bool:
    try:
        data = parse_json(text)
    except ValueError:
        return False
    if not isinstance(data, dict) or data.get("format") != CRASH_FORMAT:
        return False
    return data.get("state_digest") == digest_of(state, sorted(state_to_json(state)))
