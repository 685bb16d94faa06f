"""The accessibility tree of the top scene, as plain data.

A screen reader (NVDA, Narrator, Orca, VoiceOver) sees the game through this tree: a window
named after the game and the scene, a live text region with what the scene shows (a new card
is announced when it arrives), and one node per control with its role, name, value, state
and place on screen. It is built from the same :meth:`Scene.utterances` and
:meth:`Widget.describe` that read-aloud uses, so the screen, the speech and the screen
reader never disagree. ``ui/access_bridge.py`` hands it to AccessKit; tests read it as data.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .accessible import Role

if TYPE_CHECKING:
    from .scene import Scene

WINDOW = "window"
CONTENT = "content"


@dataclass(frozen=True)
class AccessNode:
    key: str
    """Stable within a scene: ``window``, ``content`` or the widget's id."""
    role: Role | str
    name: str
    value: str | None = None
    bounds: tuple[int, int, int, int] | None = None
    enabled: bool = True
    checked: bool | None = None
    children: tuple[str, ...] = ()
    live: bool = False
    """True: assistive technology announces changes (the scene's text)."""
    focusable: bool = False


@dataclass(frozen=True)
class AccessTree:
    nodes: tuple[AccessNode, ...]
    focus: str
    """The key of the focused node (the window when no control has focus)."""

    def node(self, key: str) -> AccessNode:
        return next(node for node in self.nodes if node.key == key)


def access_tree(scene: Scene, app_name: str) -> AccessTree:
    """The tree of ``scene``: what it shows, then its controls in focus order."""
    title = scene.title()
    controls = []
    for widget in scene.form.widgets:
        described = widget.describe()
        if described.role == "text" and not described.name:
            continue  # reading matter is in the content node already
        controls.append(
            AccessNode(
                widget.id,
                described.role,
                described.name,
                described.value,
                (widget.rect.x, widget.rect.y, widget.rect.width, widget.rect.height),
                described.enabled,
                described.checked,
                focusable=widget.can_focus,
            )
        )
    content = AccessNode(CONTENT, "text", title, "\n".join(scene.utterances()), live=True)
    window = AccessNode(
        WINDOW,
        "window",
        f"{app_name} — {title}" if title else app_name,
        children=(CONTENT, *(node.key for node in controls)),
    )
    focused = scene.form.focused
    return AccessTree((window, content, *controls), focused.id if focused is not None else WINDOW)
