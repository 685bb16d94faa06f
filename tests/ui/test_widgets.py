"""Widgets driven through a Form by real events: focus order, keys, mouse, touch, text input."""

from __future__ import annotations

import pygame

from elamani_peli.ui.pilot import Pilot
from elamani_peli.ui.scene import Scene
from elamani_peli.ui.text_input import TextInput
from elamani_peli.ui.widgets import Button, ToggleGroup


class Playground(Scene):
    name = "playground"
    pausable = False

    def __init__(self, app):
        super().__init__(app)
        self.pressed: list[str] = []
        self.nickname = ""
        self.choice = "a"

    def build(self):
        m = self.app.look.metrics
        self.form.add(
            TextInput(
                "nick",
                self.nickname,
                placeholder="Nickname",
                rect=pygame.Rect(40, 40, 400, 60),
                on_change=lambda v: setattr(self, "nickname", v),
            )
        )
        self.form.add(
            Button(
                "one",
                "One",
                lambda: self.pressed.append("one"),
                rect=pygame.Rect(40, 140, 300, 60),
                shortcut=1,
            )
        )
        self.form.add(
            Button(
                "off",
                "Off",
                lambda: self.pressed.append("off"),
                rect=pygame.Rect(40, 240, 300, 60),
                enabled=False,
            )
        )
        self.form.add(
            ToggleGroup(
                "pick",
                [("a", "A"), ("b", "B")],
                self.choice,
                lambda v: setattr(self, "choice", v),
                rect=pygame.Rect(40, 340, 300, m.button_height),
            )
        )


def start() -> Pilot:
    pilot = Pilot.start()
    pilot.app.scenes.push(Playground(pilot.app))
    pilot.advance()
    return pilot


def test_text_input_takes_textinput_events_and_shortcuts_stay_off_while_typing():
    with start() as pilot:
        assert pilot.focused == "nick"
        pilot.type_text("Äiti 1å")
        pilot.press(pygame.K_1)  # the KEYDOWN of a digit must not fire the "1" shortcut
        assert pilot.scene.nickname == "Äiti 1å" and pilot.scene.pressed == []
        pilot.press("backspace")
        assert pilot.scene.nickname == "Äiti 1"
        pilot.post(pygame.TEXTEDITING, text="ka", start=0, length=2)
        pilot.advance()
        assert pilot.find("nick").composition == "ka"


def test_tab_skips_disabled_buttons_and_enter_activates():
    with start() as pilot:
        pilot.press("tab")
        assert pilot.focused == "one"
        pilot.press("tab")
        assert pilot.focused == "pick"
        pilot.press("tab")
        assert pilot.focused == "nick"
        pilot.press("tab")
        pilot.press("return")
        assert pilot.scene.pressed == ["one"]


def test_number_shortcut_and_disabled_button_ignores_clicks():
    with start() as pilot:
        pilot.press("tab")
        pilot.press(pygame.K_1)
        pilot.click("off")
        assert pilot.scene.pressed == ["one"]


def test_mouse_press_outside_then_release_does_not_activate():
    with start() as pilot:
        button = pilot.find("one")
        pilot.post(pygame.MOUSEBUTTONDOWN, pos=button.rect.center, button=1, touch=False)
        pilot.post(pygame.MOUSEBUTTONUP, pos=(900, 700), button=1, touch=False)
        pilot.advance()
        assert pilot.scene.pressed == [] and not button.pressed


def test_touch_taps_activate_and_synthetic_mouse_events_are_ignored():
    with start() as pilot:
        pilot.tap("one")
        button = pilot.find("one")
        pilot.post(pygame.MOUSEBUTTONDOWN, pos=button.rect.center, button=1, touch=True)
        pilot.post(pygame.MOUSEBUTTONUP, pos=button.rect.center, button=1, touch=True)
        pilot.advance()
        assert pilot.scene.pressed == ["one"]


def test_toggle_group_by_arrows_and_click():
    with start() as pilot:
        pilot.scene.form.focus("pick")
        pilot.press("right")
        assert pilot.scene.choice == "b"
        group = pilot.find("pick")
        pilot.click((group.rect.left + 5, group.rect.centery))
        assert pilot.scene.choice == "a"


def test_focus_survives_a_rebuild_on_resize():
    with start() as pilot:
        pilot.press("tab")
        pilot.resize(1600, 900)
        assert pilot.focused == "one"
        assert pilot.app.look.metrics.width == 1600
