"""Names of content-note ids, shared by the screens and the printed sheets (no pygame here).

The content format uses ids (``substance-use``); people read words. Both the setup screen
and ``print``/``plan`` need the same words, so they live in one pygame-free place.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

Gettext = Callable[[str], str]


def note_names(_: Gettext) -> dict[str, str]:
    return {
        "substance-use": _("Substance use"),
        "self-harm": _("Self-harm"),
        "violence": _("Violence"),
        "loss": _("Loss and grief"),
        "bullying": _("Bullying"),
        "homelessness": _("Homelessness"),
        "mental-health": _("Mental health"),
    }


def notes_in_sentence(_: Gettext, notes: Iterable[str]) -> str:
    """Content notes listed inside a sentence: "(päihteet, asunnottomuus)", not capitalised
    as they are on their own as checklist options."""
    names = note_names(_)
    return ", ".join(names.get(note, note).lower() for note in notes)
