"""The title scene: buttons only for installed scenes, FI/EN switch, keys, mouse and touch."""

from __future__ import annotations

import itertools

import pygame

from elamani_peli.ui.pilot import Pilot
from elamani_peli.ui.prefs import load_preferences


def test_title_shows_only_installed_scenes_and_always_settings_and_quit():
    with Pilot.start() as pilot:
        assert pilot.scene.name == "title"
        ids = {w.id for w in pilot.scene.form.widgets}
        assert {"settings", "quit", "language", "help"} <= ids
        assert "pause" not in ids  # nothing to pause on the title
        registry = pilot.app.registry
        for widget_id, scene in [
            ("new-game", "setup"),
            ("stories", "stories"),
            ("deck-browser", "deck-browser"),
            ("guide", "guide"),
        ]:
            assert (widget_id in ids) == registry.has(scene)
        assert not pilot.find("continue").enabled  # no save in a fresh user folder: greyed, in place


def test_language_switch_by_click_key_and_tap_is_saved(private_user_folder):
    with Pilot.start(language="fi") as pilot:
        switch = pilot.find("language")
        pilot.click((switch.rect.right - 5, switch.rect.centery))
        assert pilot.app.language == "en"
        assert load_preferences().language == "en"
        pilot.press("f2")
        assert pilot.app.language == "fi"
        pilot.press(pygame.K_l, mod=pygame.KMOD_CTRL)
        assert pilot.app.language == "en"
        switch = pilot.find("language")
        pilot.tap((switch.rect.left + 5, switch.rect.centery))
        assert pilot.app.language == "fi"


def test_keyboard_focus_moves_and_activates_with_visible_ring():
    with Pilot.start() as pilot:
        first = pilot.focused
        pilot.press("tab")
        second = pilot.focused
        assert second != first
        pilot.press("tab", mod=pygame.KMOD_SHIFT)
        assert pilot.focused == first
        ring = pilot.find(first).rect
        focus_colour = pilot.app.look.palette.focus
        # the ring sits outside the button, where the background was before focus moved away
        pilot.press("tab")
        unfocused = pilot.pixel((ring.centerx, ring.top - pilot.app.look.metrics.focus_width))
        pilot.press("tab", mod=pygame.KMOD_SHIFT)
        focused = pilot.pixel((ring.centerx, ring.top - pilot.app.look.metrics.focus_width))
        assert focused == focus_colour != unfocused


def test_number_key_opens_settings_and_escape_comes_back():
    with Pilot.start() as pilot:
        number = pilot.find("settings").shortcut
        pilot.press(getattr(pygame, f"K_{number}"))
        assert pilot.scene.name == "settings"
        pilot.press("escape")
        assert pilot.scene.name == "title"


def test_quit_button_stops_the_app():
    with Pilot.start() as pilot:
        pilot.click("quit")
        assert not pilot.app.running


def test_hover_changes_the_button():
    with Pilot.start() as pilot:
        button = pilot.find("quit")
        before = pilot.region(button.rect)
        pilot.hover("quit")
        assert button.hovered
        after = pilot.region(button.rect)
        assert pygame.image.tobytes(before, "RGB") != pygame.image.tobytes(after, "RGB")


def test_problems_notice_over_the_title_when_content_failed(tmp_path):
    from elamani_peli.content.loader import load_content

    bad = tmp_path / "decks"
    bad.mkdir()
    (bad / "broken.yaml").write_text("kind: deck\nid: Broken Deck\ncards: []\n", encoding="utf-8")
    content = load_content([bad])
    assert content.errors
    with Pilot.start(content=content) as pilot:
        assert pilot.scene.name == "problems"
        blocks = pilot.find("problems-list").blocks
        assert any("broken.yaml" in block.text for block in blocks)
        pilot.press("return")
        assert pilot.scene.name == "title"


def test_save_and_quit_then_continue_resumes_the_same_game():
    with Pilot.start(seed=5) as pilot:
        if not (pilot.app.registry.has("setup") and pilot.app.registry.has("resume")):
            return  # the game scenes are not installed in this build
        assert not pilot.find("continue").enabled
        pilot.click("new-game")
        pilot.press("return")
        pilot.press("space")  # roll
        pilot.advance(ms=3000)
        phase = pilot.app.session.state.phase
        pilot.press("escape")
        assert pilot.scene.name == "pause"
        pilot.click("save-quit")
        assert [s.name for s in pilot.app.scenes] == ["title"] and pilot.app.session is None
        assert pilot.focused == "continue"
        saved = pilot.app.save_store.load(pilot.app.library)
        pilot.press("return")
        assert pilot.app.session is not None and pilot.app.session.state.phase == phase
        resumed = pilot.app.session.state
        assert (resumed.card, resumed.players, resumed.rng) == (
            saved.state.card,
            saved.state.players,
            saved.state.rng,
        )


def test_the_three_characters_stand_under_the_tagline_where_there_is_room():
    from elamani_peli.ui.prefs import Preferences

    for size, scale, expected in [((1280, 720), 1.0, 3), ((960, 600), 1.0, 3), ((1280, 720), 2.0, 0)]:
        with Pilot.start(size, language="fi", prefs=Preferences(text_scale=scale)) as pilot:
            scene = pilot.scene
            pilot.advance()
            drawn = scene.portraits
            assert len(drawn) == expected, (size, scale)
            buttons = [w.rect for w in scene.form.widgets]
            for rect in drawn:
                assert rect.collidelist(buttons) == -1  # clear of every button
                assert pilot.app.look.metrics.body.contains(rect)
                # a picture, not an empty box: several colours inside it
                colours = {
                    pilot.pixel((x, y))
                    for x in range(rect.left, rect.right, 9)
                    for y in range(rect.top, rect.bottom, 9)
                }
                assert len(colours) > 6
            tagline = [layout for layout in pilot.drawn_layouts() if layout.text.startswith("Peli arjesta")]
            assert tagline
            for a, b in itertools.pairwise(drawn):
                assert a.right < b.left  # side by side, not overlapping


def test_a_missing_or_broken_portrait_leaves_its_place_empty_and_the_title_draws(monkeypatch, tmp_path):
    from elamani_peli.ui.scenes import title

    broken = tmp_path / "broken.svg"
    broken.write_bytes(b"\x00\xffnot an svg")
    monkeypatch.setattr(title, "TITLE_PORTRAITS", ("portraits/no-such.svg", str(broken), "portraits/eve.svg"))
    with Pilot.start(language="fi") as pilot:
        pilot.advance()
        assert pilot.scene.name == "title" and len(pilot.scene.portraits) == 1
