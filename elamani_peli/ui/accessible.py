"""What a control is, in words and roles: the one description read-aloud (and a screen-reader
bridge) uses, so that what is spoken and what is drawn come from the same widget state."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

Role = Literal["button", "toggle", "choice", "stepper", "text-input", "text"]


@dataclass(frozen=True)
class Described:
    """One control as assistive technology sees it."""

    role: Role
    name: str
    value: str | None = None
    enabled: bool = True
    checked: bool | None = None


def spoken(described: Described, _: Callable[[str], str]) -> str:
    """The words read-aloud says when focus lands on a control, in the player's language."""
    parts = [described.name] if described.name else []
    if described.role == "toggle":
        parts.append(_("on") if described.checked else _("off"))
    elif described.role == "choice" and described.value:
        parts.append(_("chosen: {value}").format(value=described.value))
    elif described.role == "stepper" and described.value:
        parts.append(described.value)
    elif described.role == "text-input":
        parts.append(described.value or _("empty text field"))
    if not described.enabled:
        parts.append(_("not available"))
    return ", ".join(part for part in parts if part)
