"""Hand the accessibility tree to the operating system through AccessKit.

AccessKit (``accesskit``, its official Python bindings, with a pygame example upstream)
exposes the tree through UI Automation on Windows, NSAccessibility on macOS and AT-SPI on
Linux, so NVDA, Narrator, VoiceOver and Orca can read and move through the game. What a
screen reader asks (focus this, press that) comes back as a pygame event that the App
turns into the same focus move or activation a key press makes.

The bridge is made only for a real window and when the library imports; on AT-SPI it stays
idle until a screen reader asks for the tree. It never opens anything but the desktop's own
accessibility bus.
"""

from __future__ import annotations

import logging
import os
import platform
from typing import Any

import pygame

from .access_tree import AccessNode, AccessTree

log = logging.getLogger(__name__)

ACCESS_EVENT = pygame.event.custom_type()
"""Posted when assistive technology asks for something: ``action`` is ``focus`` or ``click``,
``target`` the widget id."""

ROLES = {
    "window": "WINDOW",
    "text": "LABEL",
    "button": "BUTTON",
    "toggle": "CHECK_BOX",
    "choice": "RADIO_GROUP",
    "stepper": "SPIN_BUTTON",
    "text-input": "TEXT_INPUT",
}


class AccessBridge:
    """Keeps AccessKit's picture of the game in step with the top scene."""

    def __init__(self, accesskit: Any, *, connect: bool = True) -> None:
        self.ak = accesskit
        self._ids: dict[str, int] = {}
        self._keys: dict[int, str] = {}
        self._tree: AccessTree | None = None
        self.adapter = self._make_adapter() if connect else None

    # -- ids: AccessKit wants integers, stable for as long as a widget lives ------------------
    def node_id(self, key: str) -> int:
        if key not in self._ids:
            number = len(self._ids) + 1
            self._ids[key], self._keys[number] = number, key
        return self._ids[key]

    # -- the tree ------------------------------------------------------------------------------
    def update(self, tree: AccessTree) -> None:
        """Tell assistive technology about the tree, if any is listening and it changed."""
        if tree == self._tree:
            return
        self._tree = tree
        if self.adapter is None:
            return
        try:
            events = self.adapter.update_if_active(lambda: self.tree_update(tree))
            if events is not None:
                events.raise_events()
        except Exception:
            log.exception("The accessibility bridge could not update; it goes quiet")
            self.adapter = None

    def tree_update(self, tree: AccessTree) -> Any:
        ak = self.ak
        update = ak.TreeUpdate(self.node_id(tree.focus))
        root = ak.Tree(self.node_id(tree.nodes[0].key))
        root.toolkit_name = "Elämäni peli"
        update.tree = root
        for node in tree.nodes:
            update.nodes.append((self.node_id(node.key), self.node(node)))
        return update

    def node(self, node: AccessNode) -> Any:
        ak = self.ak
        built = ak.Node(getattr(ak.Role, ROLES.get(str(node.role), "LABEL")))
        if node.name:
            built.set_label(node.name)
        if node.value:
            built.set_value(node.value)
        if node.bounds is not None:
            x, y, w, h = node.bounds
            built.set_bounds(ak.Rect(float(x), float(y), float(x + w), float(y + h)))
        if node.children:
            built.set_children([self.node_id(child) for child in node.children])
        if node.checked is not None:
            built.set_toggled(ak.Toggled.TRUE if node.checked else ak.Toggled.FALSE)
        if not node.enabled:
            built.set_disabled()
        if node.live:
            built.set_live(ak.Live.POLITE)
        if node.focusable:
            built.add_action(ak.Action.FOCUS)
            built.add_action(ak.Action.CLICK)
        return built

    # -- requests from assistive technology ------------------------------------------------------
    def _initial_tree(self) -> Any:
        tree = self._tree or AccessTree((AccessNode("window", "window", ""),), "window")
        return self.tree_update(tree)

    def _action(self, request: Any) -> None:
        """Called on AccessKit's thread: post an event, the App acts on it in the loop."""
        key = self._keys.get(int(request.target))
        action = {self.ak.Action.FOCUS: "focus", self.ak.Action.CLICK: "click"}.get(request.action)
        if key is not None and action is not None:
            pygame.event.post(pygame.event.Event(ACCESS_EVENT, action=action, target=key))

    def _deactivated(self) -> None:
        self._tree = None  # send the whole tree again when a screen reader comes back

    def window_focus(self, focused: bool) -> None:
        if self.adapter is not None and hasattr(self.adapter, "update_window_focus_state"):
            try:
                self.adapter.update_window_focus_state(focused)
            except Exception:
                log.exception("The accessibility bridge could not follow the window focus")

    def _make_adapter(self) -> Any:
        ak, system = self.ak, platform.system()
        try:
            if system == "Windows":
                hwnd = pygame.display.get_wm_info()["window"]
                return ak.windows.SubclassingAdapter(hwnd, self._initial_tree, self._action)
            if system == "Darwin":
                ak.macos.add_focus_forwarder_to_window_class("SDLWindow")
                window = pygame.display.get_wm_info()["window"]
                return ak.macos.SubclassingAdapter.for_window(window, self._initial_tree, self._action)
            return ak.unix.Adapter(self._initial_tree, self._action, self._deactivated)
        except Exception:
            log.info("No accessibility adapter on this system", exc_info=True)
            return None


def make_bridge() -> AccessBridge | None:
    """A bridge for a real window where AccessKit imports; None headless or without it."""
    if os.environ.get("SDL_VIDEODRIVER") in ("dummy", "offscreen"):
        return None
    try:
        import accesskit  # untyped: see [tool.mypy] in pyproject
    except Exception as error:
        log.info("AccessKit is not available: %s", error)
        return None
    return AccessBridge(accesskit)
