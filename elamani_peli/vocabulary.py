"""What the game calls things, once: card types, space types, roles, tokens, content notes,
levels and the messages for setup problems — for the screens, print, plan and the demo.

The same card type used to be "Something to do" on screen and "Action" in print, because
each place kept its own list. Every function takes the gettext of the language wanted
(``translator.gettext``, or ``str`` for the English ids), so the words follow a language
switch and ``pybabel extract`` finds them here. No pygame: the export layer uses it too.
A new card type, space type, role or content note gets its word here, and
``tests/test_vocabulary.py`` fails until it has one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import get_args

from .content.models import CONTENT_NOTES, MAX_LEVEL, CardType, SpaceType
from .engine.setup import MAX_PLAYERS, MIN_PLAYERS, Role

Gettext = Callable[[str], str]
Pgettext = Callable[[str, str], str]

__all__ = [
    "CARD_TYPES",
    "CONTENT_NOTES",
    "MAX_LEVEL",
    "ROLES",
    "SPACE_TYPES",
    "card_type_name",
    "card_type_names",
    "content_note_name",
    "content_note_names",
    "level_label",
    "level_name",
    "level_names",
    "level_short",
    "notes_in_sentence",
    "problem_message",
    "problem_messages",
    "role_names",
    "space_type_names",
    "token_names",
]

CARD_TYPES: tuple[str, ...] = get_args(CardType)
"""The card types of the content format (``content/models.py``)."""
SPACE_TYPES: tuple[str, ...] = get_args(SpaceType)
"""Board space types; a ``theme`` space is named by its theme, the others by :func:`space_type_names`."""
ROLES: tuple[str, ...] = get_args(Role)
SAVE_PROBLEMS = ("save-corrupt", "save-incompatible")
"""Save problems that the setup screen explains (Continue led there)."""


def card_type_names(_: Gettext) -> dict[str, str]:
    return {
        "question": _("Question"),
        "action": _("Something to do"),
        "reflection": _("Reflection"),
    }


def card_type_name(_: Gettext, card_type: str) -> str:
    return card_type_names(_).get(card_type, card_type)


def space_type_names(_: Gettext, pgettext: Pgettext) -> dict[str, str]:
    """Names of the spaces that are not a theme's ("Start" is a board space, not a button)."""
    return {
        "start": pgettext("board space", "Start"),
        "story": _("Story"),
        "reflection": _("Reflection"),
        "strengths": _("Strengths"),
        "free": _("Free choice"),
        "breather": _("Breather"),
        "goal": _("Goal"),
    }


def role_names(_: Gettext) -> dict[str, str]:
    return {"young": _("Young person"), "worker": _("Worker")}


def token_names(_: Gettext) -> dict[str, str]:
    """The token pictures by name (shape and word, never colour alone)."""
    return {
        "leaf": _("Birch leaf"),
        "fish": _("Fish"),
        "mushroom": _("Mushroom"),
        "star": _("Star"),
        "bird": _("Bird"),
        "boat": _("Boat"),
    }


def content_note_names(_: Gettext) -> dict[str, str]:
    return {
        "substance-use": _("Substance use"),
        "self-harm": _("Self-harm"),
        "violence": _("Violence"),
        "loss": _("Loss and grief"),
        "bullying": _("Bullying"),
        "homelessness": _("Homelessness"),
        "mental-health": _("Mental health"),
    }


def content_note_name(_: Gettext, note: str) -> str:
    return content_note_names(_).get(note, note)


def notes_in_sentence(_: Gettext, notes: Iterable[str]) -> str:
    """Content notes listed inside a sentence: "(päihteet, asunnottomuus)", not capitalised
    as they are on their own as checklist options."""
    names = content_note_names(_)
    return ", ".join(names.get(note, note).lower() for note in notes)


def level_names(_: Gettext) -> dict[int, str]:
    """Level 1 … :data:`MAX_LEVEL` in a word."""
    return {1: _("light"), 2: _("middle"), 3: _("deep")}


def level_name(_: Gettext, level: int) -> str:
    return level_names(_).get(level, str(level))


def level_label(_: Gettext, level: int) -> str:
    """ "Level 2 of 3": what the level marks on a card mean, in words."""
    return _("Level {level} of {most}").format(level=level, most=MAX_LEVEL)


def level_short(_: Gettext, level: int) -> str:
    return _("Level {level}").format(level=level)


def problem_messages(_: Gettext) -> dict[str, str]:
    """A sentence for every setup problem the engine can name, and the save problems."""
    return {
        "setup-player-count": _("A session needs {least} to {most} players.").format(
            least=MIN_PLAYERS, most=MAX_PLAYERS
        ),
        "setup-nickname-empty": _("Every player needs a name or a nickname."),
        "setup-role-unknown": _("Every player is either a young person or a worker."),
        "setup-token-twice": _("Two players have the same token: give each their own."),
        "setup-board-unknown": _("The chosen board is not among the loaded files."),
        "setup-length-unit-unknown": _("Choose the length in minutes or in rounds."),
        "setup-length-too-short": _("The session is too short: choose a longer length."),
        "setup-level-out-of-range": _("The deepest level is from 1 to {most}.").format(most=MAX_LEVEL),
        "setup-no-themes": _("Choose at least one theme."),
        "setup-theme-unknown": _("A chosen theme is not among the loaded files."),
        "setup-story-unknown": _("A chosen story is not among the loaded files."),
        "setup-story-twice": _("A story is chosen twice."),
        "setup-story-content-note": _(
            "A chosen story needs a content note that is not allowed: allow it under Content notes, "
            "or leave the story out."
        ),
        "setup-no-cards": _("No cards are in play with these choices."),
        "save-corrupt": _("The saved game could not be opened. It was kept aside; start a new game."),
        "save-incompatible": _(
            "The saved game was made with other cards or another version and cannot go on. "
            "It was kept aside; start a new game."
        ),
    }


def problem_message(_: Gettext, problem: str) -> str:
    return problem_messages(_).get(problem) or _("This setup cannot start ({problem}).").format(
        problem=problem
    )
