"""The accessibility tree every scene gives a screen reader: roles, names, focus, live text —
as data, and as the AccessKit update the bridge sends."""

from __future__ import annotations

import pygame
import pytest

from elamani_peli.ui.access_bridge import ACCESS_EVENT, AccessBridge
from elamani_peli.ui.access_tree import CONTENT, WINDOW, access_tree
from elamani_peli.ui.pilot import Pilot
from elamani_peli.ui.prefs import Preferences

SAMPLED = ("title", "setup", "board", "card", "story", "pause", "help", "summary", "settings")


def tree_of(scene: str, language: str = "en"):
    pilot = Pilot.start((1280, 720), language=language, prefs=Preferences(language=language))
    pilot.app.registry.get(scene).sample(pilot.app, 1)
    pilot.advance(ms=3000)
    return pilot, access_tree(pilot.scene, "Elämäni peli")


@pytest.mark.parametrize("scene", SAMPLED)
@pytest.mark.parametrize("language", ["fi", "en"])
def test_every_control_has_a_role_and_a_name_and_focus_is_in_the_tree(scene, language):
    pilot, tree = tree_of(scene, language)
    with pilot:
        window, content = tree.nodes[0], tree.nodes[1]
        assert window.key == WINDOW and window.role == "window" and window.name.startswith("Elämäni peli")
        assert (
            content.key == CONTENT and content.live and content.value == "\n".join(pilot.scene.utterances())
        )
        keys = [node.key for node in tree.nodes]
        assert len(keys) == len(set(keys))
        assert set(window.children) == set(keys[1:])
        assert tree.focus in keys
        unnamed = [node.key for node in tree.nodes[2:] if node.focusable and not node.name]
        assert not unnamed, f"controls a screen reader could only call by their role: {unnamed}"
        focused = pilot.scene.form.focused
        assert tree.focus == (focused.id if focused is not None else WINDOW)


def test_a_card_is_announced_in_the_live_region():
    pilot, tree = tree_of("card")
    with pilot:
        card = pilot.app.library.card(pilot.app.session.state.card)
        assert card.text["en"] in tree.node(CONTENT).value
        done = tree.node("done")
        assert done.role == "button" and done.name == "Done" and done.enabled and done.focusable
        assert done.bounds == tuple(pilot.find("done").rect)


def test_a_toggle_says_whether_it_is_on():
    pilot, tree = tree_of("settings")
    with pilot:
        contrast = tree.node("high-contrast")
        assert contrast.role == "toggle" and contrast.checked is False
        pilot.click("high-contrast")
        assert access_tree(pilot.scene, "Elämäni peli").node("high-contrast").checked is True


def test_the_bridge_builds_an_accesskit_update_with_stable_ids():
    accesskit = pytest.importorskip("accesskit")
    pilot, tree = tree_of("card")
    with pilot:
        bridge = AccessBridge(accesskit, connect=False)
        update = bridge.tree_update(tree)
        assert len(update.nodes) == len(tree.nodes)
        assert update.focus == bridge.node_id(tree.focus)
        first = bridge.node_id("done")
        bridge.tree_update(access_tree(pilot.scene, "Elämäni peli"))
        assert bridge.node_id("done") == first  # the same control keeps its id


def test_a_screen_reader_can_move_focus_and_press_a_button():
    pilot, _tree = tree_of("card")
    with pilot:
        pygame.event.post(pygame.event.Event(ACCESS_EVENT, action="focus", target="bookmark"))
        pilot.advance()
        assert pilot.focused == "bookmark"
        pygame.event.post(pygame.event.Event(ACCESS_EVENT, action="click", target="bookmark"))
        pilot.advance()
        assert pilot.app.session.state.card in pilot.app.session.state.bookmarks
        pygame.event.post(pygame.event.Event(ACCESS_EVENT, action="click", target="no-such-widget"))
        pilot.advance()  # an unknown target is ignored, never a crash
