"""Bugs found by playing the real game in a window, each with the test that would have caught it.

Every test drives the App with real pygame events through the pilot, the way a player would.
"""

from __future__ import annotations

import pygame
import pytest

from elamani_peli.ui.pilot import Pilot
from elamani_peli.ui.prefs import Preferences


def test_continue_after_save_and_quit_from_pause_can_roll_at_once():
    """Pause → Save and quit → Continue showed the board with the Roll button disabled."""
    with Pilot.start(seed=3) as pilot:
        pilot.press("return")  # New game
        pilot.press("return")  # Start with the defaults
        pilot.pass_check_in()
        assert pilot.scene.name == "board" and pilot.find("roll").enabled
        pilot.press("escape")
        assert pilot.scene.name == "pause"
        pilot.click("save-quit")
        assert pilot.scene.name == "title"
        assert pilot.focused == "continue"
        pilot.press("return")
        pilot.advance()
        assert pilot.scene.name == "board"
        assert not pilot.app.session.state.paused
        assert pilot.find("roll").enabled
        assert pilot.focused == "roll"
        pilot.press("return")
        assert pilot.app.session.state.last_roll is not None


def play_one_step(pilot: Pilot) -> None:
    """One player's move with real keys: roll, done, the first choice, the first strength."""
    name = pilot.scene.name
    if name == "board":
        pilot.press("r")
        pilot.advance(ms=3000)
    elif name == "story":
        pilot.press("1" if pilot.app.session.state.phase == "scene" else "return")
    elif name in ("card", "free-choice"):
        pilot.press("1")
    elif name == "strength-space":
        pilot.click("strength-0")
        pilot.click("give")
    elif name in ("breather", "arrived"):
        pilot.press("return")
    else:
        raise AssertionError(f"no move for {name!r}")
    pilot.advance(ms=600)


def play_until(pilot: Pilot, target: str, limit: int = 300) -> None:
    """Play on until ``target`` shows."""
    for _ in range(limit):
        if pilot.scene.name == target:
            return
        play_one_step(pilot)
    raise AssertionError(f"{target!r} never showed")


def _start_default_game(pilot: Pilot) -> None:
    pilot.press("return")  # New game
    pilot.press("return")  # Start with the defaults
    pilot.pass_check_in()
    assert pilot.scene.name == "board"


@pytest.mark.parametrize(("size", "language"), [((1280, 720), "fi"), ((960, 600), "en")])
def test_free_choice_theme_names_stop_before_the_colour_swatch(size, language):
    """At 1280×720 "Terveys ja hyvinvointi" ran under the theme's swatch and was cut."""
    with Pilot.start(size, language=language, seed=3) as pilot:
        _start_default_game(pilot)
        play_until(pilot, "free-choice")
        pilot.advance()
        p = pilot.app.look.palette
        buttons = [w for w in pilot.scene.form.widgets if w.id.startswith("theme-")]
        assert len(buttons) == 9
        for button in buttons:
            # The strip just left of the swatch, over the label's height, is bare button.
            strip = pygame.Rect(button.swatch.left - 6, button.swatch.top, 6, button.swatch.height)
            colours = {
                pilot.pixel((x, y))
                for x in range(strip.left, strip.right)
                for y in range(strip.top, strip.bottom)
            }
            focus_or_plain = {p.button, p.button_hover}
            assert colours <= focus_or_plain, (button.label, colours)


def cut_words(layout) -> list[str]:
    """Words of the text that wrapping cut between letters."""
    kept = " ".join(layout.lines).split()
    return [word for word in layout.text.split() if word not in kept]


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_card_buttons_keep_finnish_words_whole_at_common_window_sizes(size):
    """At 1280×720 the six card buttons sat in one row: "Jatkok/ysymys", "Merkits/e"."""
    with Pilot.start(size, language="fi", seed=3) as pilot:
        _start_default_game(pilot)
        play_until(pilot, "card")
        labels = {w.label for w in pilot.scene.form.widgets}
        cut = {
            layout.text: layout.lines
            for layout in pilot.drawn_layouts()
            if layout.text in labels and cut_words(layout)
        }
        assert not cut


def test_arrow_down_follows_the_strength_grid_to_give():
    """Down moved along the order (Rohkeus → Rehellisyys → …): Give was 20+ presses away."""
    with Pilot.start(language="fi", seed=3) as pilot:
        _start_default_game(pilot)
        play_until(pilot, "strength-space")
        assert pilot.focused == "strength-0"
        first = pilot.find("strength-0").rect
        pilot.press("down")
        below = pilot.find(pilot.focused).rect
        assert below.top > first.bottom and abs(below.centerx - first.centerx) < first.width // 2
        pilot.press("return")  # choose that strength: focus moves on to Give
        assert pilot.focused == "give"
        pilot.press("down")  # one too many: focus stays on Give, never slides onto Pass
        assert pilot.focused == "give"
        player = pilot.app.session.state.current_player
        pilot.press("return")
        assert pilot.scene.name != "strength-space"
        assert any(s.giver == player for s in pilot.app.session.state.strengths)


def _story_tagged_reflection_cards_drawn(pilot: Pilot) -> list[str]:
    """Play to the summary; the reflection cards tagged ``story`` that showed before any story scene."""
    session = pilot.app.session
    library = pilot.app.library
    shown = []
    for _ in range(400):
        if pilot.scene.name == "summary":
            return shown
        state = session.state
        if pilot.scene.name == "card" and state.card is not None:
            card = library.card(state.card)
            story_seen = any(progress.started for progress in state.stories)
            if card.type == "reflection" and "story" in card.tags and not story_seen:
                shown.append(card.id)
        play_one_step(pilot)
    raise AssertionError("the session did not end")


@pytest.mark.parametrize("seed", [3, 8])
def test_no_story_reflection_card_about_the_character_when_stories_are_off(seed):
    """With no stories in play a Reflection space asked "What could the character's next
    small step be?" — about a character nobody had met."""
    with Pilot.start(language="fi", seed=seed) as pilot:
        pilot.press("return")  # New game
        pilot.click("stories")
        for widget in list(pilot.scene.form.widgets):
            if widget.id.startswith("option-") and widget.value:
                pilot.click(widget.id)
        pilot.click("done")
        assert pilot.scene.setup.stories == ()
        pilot.click("start")
        pilot.pass_check_in()
        assert pilot.scene.name == "board"
        assert _story_tagged_reflection_cards_drawn(pilot) == []


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("{not json", "save-corrupt"),
        ('{"format": "elamani-peli-session", "version": 99}', "save-incompatible"),
    ],
)
def test_continue_with_an_unusable_save_says_why_a_new_game_opens(private_user_folder, content, problem):
    """Continue with a save that no longer replays opened "New game" without a word."""
    private_user_folder.mkdir(parents=True, exist_ok=True)
    (private_user_folder / "session.json").write_text(content, encoding="utf-8")
    with Pilot.start(language="en") as pilot:
        assert pilot.focused == "continue"
        pilot.press("return")
        assert pilot.scene.name == "setup"
        assert pilot.scene.problems == [problem]
        texts = " ".join(layout.text for layout in pilot.drawn_layouts())
        assert "The saved game" in texts and "start a new game" in texts
        assert list(private_user_folder.glob("session.set-aside-*.json"))  # kept, not deleted


def test_rendered_text_stays_within_its_memory_budget_over_a_long_session(monkeypatch):
    """RSS grew ~0.4 MB a turn (88 MB after 5 turns, 185 MB after ~130): every new card's big
    text surfaces were kept, up to 600 of them. Now a byte budget bounds them."""
    from elamani_peli.ui import text as text_module

    budget = 3 * 1024 * 1024
    monkeypatch.setattr(text_module, "SURFACE_BUDGET", budget)
    with Pilot.start(language="fi", seed=7, prefs=Preferences(language="fi", bilingual_cards=True)) as pilot:
        _start_default_game(pilot)
        cache = pilot.app.look.text
        rolls = 0
        while rolls < 30 and pilot.scene.name != "summary":
            rolls += pilot.scene.name == "board"
            play_one_step(pilot)
        held = sum(s.get_pitch() * s.get_height() for s in cache._surfaces.values())
        assert held <= budget
        assert held == cache.surface_bytes
        assert rolls >= 20


def test_stories_mode_asks_before_a_story_with_content_notes():
    """Stories mode opened Eve's story (substance use, homelessness) with no word of warning,
    though on the board such content is off unless the worker allows it."""
    with Pilot.start(language="fi") as pilot:
        pilot.click("stories")
        assert pilot.scene.name == "stories"
        names = [story.character.name for story, _rect in pilot.scene.cards]
        eve = names.index("Eve") + 1
        pilot.press(str(eve))
        assert pilot.scene.name == "confirm"
        question = pilot.scene.question()
        assert "päihteet" in question and "asunnottomuus" in question
        assert pilot.focused == "cancel"  # the safe answer is the default
        pilot.press("return")
        assert pilot.scene.name == "stories"
        pilot.press(str(eve))
        pilot.click("confirm")
        assert pilot.scene.name == "story-mode" and pilot.scene.story().id == "eve"
        pilot.app.scenes.pop()
        assert pilot.scene.name == "stories"
        pilot.press(str(names.index("Eeka") + 1))  # a story without content notes opens at once
        assert pilot.scene.name == "story-mode" and pilot.scene.story().id == "eeka"


def test_the_number_key_that_opens_the_deck_browser_is_not_typed_into_its_search():
    """Title → "4" opened the deck browser with "4" already in the search field: SDL sends
    the key's TEXTINPUT right after its KEYDOWN, and the new scene's field took it."""
    with Pilot.start(language="en") as pilot:
        button = pilot.find("deck-browser")
        key = pygame.key.key_code(str(button.shortcut))
        pilot.post(pygame.KEYDOWN, key=key, mod=0, unicode=str(button.shortcut), scancode=0)
        pilot.post(pygame.TEXTINPUT, text=str(button.shortcut))
        pilot.post(pygame.KEYUP, key=key, mod=0, unicode=str(button.shortcut), scancode=0)
        pilot.advance()
        assert pilot.scene.name == "deck-browser"
        assert pilot.focused == "search"
        assert pilot.find("search").value == ""
        pilot.type_text("koti")  # typing into the field still works
        assert pilot.find("search").value == "koti"


def test_pause_button_on_settings_opened_from_pause_goes_back_to_that_pause():
    """Pause → Settings → the header's Pause button stacked a second pause; its Resume then
    led back to Settings instead of the game."""
    with Pilot.start(language="fi", seed=3) as pilot:
        _start_default_game(pilot)
        pilot.press("escape")
        assert pilot.scene.name == "pause"
        pilot.click("settings")
        assert pilot.scene.name == "settings"
        pilot.click("pause")
        assert pilot.scene.name == "pause"
        assert [scene.name for scene in pilot.app.scenes].count("pause") == 1
        pilot.click("resume")
        assert pilot.scene.name == "board"
        assert not pilot.app.session.state.paused


def _overlapping(pilot: Pilot) -> list[tuple[str, str]]:
    widgets = [w for w in pilot.scene.form.widgets if w.rect.width > 0]
    return [
        (a.id, b.id)
        for index, a in enumerate(widgets)
        for b in widgets[index + 1 :]
        if a.rect.colliderect(b.rect)
    ]


def test_players_pager_does_not_cover_add_player_at_960x600_with_200_percent_type():
    """With six players at 960×600 and 200 % type, "More players (2/2)" sat on "Add a player"."""
    with Pilot.start((960, 600), language="fi", prefs=Preferences(language="fi", text_scale=2.0)) as pilot:
        pilot.press("return")  # New game
        pilot.click("players")
        for _ in range(4):
            pilot.click("add")
        assert pilot.find("more") is not None
        assert _overlapping(pilot) == []
        pilot.click("more")
        assert _overlapping(pilot) == []
