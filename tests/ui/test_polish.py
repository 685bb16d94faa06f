"""QA polish findings from playing under Xvfb, each driven through the pilot with real events."""

from __future__ import annotations

import dataclasses

import pygame
import pytest

from elamani_peli.engine.session import Session
from elamani_peli.engine.setup import default_setup
from elamani_peli.ui.pilot import Pilot
from elamani_peli.ui.prefs import Preferences
from elamani_peli.ui.scenes.board import open_board
from tests.ui.test_qa_regressions import play_one_step, play_until

FOUR_THEMES = ("me", "home", "friends", "feelings")


def _board_with_four_themes(pilot: Pilot, seed: int = 3) -> None:
    """A session with 4 of the 9 themes in play, its board on screen."""
    app = pilot.app
    setup = dataclasses.replace(default_setup(app.library, seed=seed), themes=FOUR_THEMES)
    session = Session.new(app.library, setup)
    app.session = session
    app.scenes.push(open_board(app, session))
    pilot.advance()


def test_out_of_play_theme_spaces_are_hatched_and_carry_the_free_choice_badge():
    with Pilot.start(language="fi", seed=3) as pilot:
        _board_with_four_themes(pilot)
        board = pilot.scene
        looks = board.space_looks()
        spaces = board._board_spaces()
        for space, look in zip(spaces, looks, strict=True):
            assert look.out_of_play == (space.type == "theme" and space.theme not in FOUR_THEMES)
        out = next(i for i, look in enumerate(looks) if look.out_of_play)
        inside = next(i for i, look in enumerate(looks) if look.colour is not None and not look.out_of_play)
        # Not colour alone: the out-of-play tile has stripes and a white badge in its top-right corner.
        tile = pygame.Rect(board.layout.tiles[out])
        side = max(10, tile.height * 2 // 5)
        badge_centre = (tile.right - side // 2 - 1, tile.top + 1 + side // 2)
        assert pilot.pixel((badge_centre[0] - side // 3, badge_centre[1])) == (255, 255, 255)
        in_tile = pygame.Rect(board.layout.tiles[inside])
        plain = pilot.pixel((in_tile.right - side // 2 - 1 - side // 3, in_tile.top + 1 + side // 2))
        assert plain != (255, 255, 255)
        colours = {pilot.pixel((tile.left + 3 + x, tile.bottom - 4)) for x in range(tile.width // 3)}
        assert len(colours) >= 2  # stripes


def test_free_choice_from_an_out_of_play_theme_space_says_why():
    with Pilot.start(language="en", seed=3) as pilot:
        _board_with_four_themes(pilot)
        session = pilot.app.session
        board = pilot.scene
        spaces = board._board_spaces()
        # Play with real keys until a player lands on a theme space that is out of play.
        for _ in range(300):
            if pilot.scene.name == "free-choice":
                state = session.state
                if spaces[state.players[state.current_player].position].type == "theme":
                    break
                assert pilot.scene.reason() == ""  # a real free-choice space needs no reason
            play_one_step(pilot)
        else:
            raise AssertionError("never landed on an out-of-play theme space")
        reason = pilot.scene.reason()
        assert "is not in play" in reason
        assert pilot.scene.reason_rect.height > 0
        assert pilot.scene.reason_rect.bottom <= pilot.find("theme-1").rect.top


def _start_default_game(pilot: Pilot) -> None:
    pilot.press("return")  # New game
    pilot.press("return")  # Start with the defaults
    pilot.pass_check_in()
    assert pilot.scene.name == "board"


def test_give_strength_enter_enter_gives_the_focused_strength():
    with Pilot.start(seed=3) as pilot:
        _start_default_game(pilot)
        play_until(pilot, "card")
        session = pilot.app.session
        before = len(session.state.strengths)
        pilot.press("s")
        assert pilot.scene.name == "strength" and pilot.focused == "strength-0"
        pilot.press("return")  # pick the first strength …
        assert pilot.focused == "give"
        pilot.press("return")  # … and give it
        assert pilot.scene.name == "card"
        assert len(session.state.strengths) == before + 1


def test_esc_closes_the_give_strength_dialog_and_pauses_on_the_card():
    with Pilot.start(seed=3) as pilot:
        _start_default_game(pilot)
        play_until(pilot, "card")
        pilot.press("s")
        assert pilot.scene.name == "strength"
        pilot.press("escape")
        assert pilot.scene.name == "card"
        pilot.press("escape")  # a full game scene: Esc pauses
        assert pilot.scene.name == "pause"


def test_esc_on_a_strengths_space_pauses():
    with Pilot.start(seed=3) as pilot:
        _start_default_game(pilot)
        play_until(pilot, "strength-space")
        pilot.press("escape")
        assert pilot.scene.name == "pause"


def test_esc_closes_the_setup_dialogs():
    with Pilot.start(seed=3) as pilot:
        pilot.click("new-game")
        assert pilot.scene.name == "setup"
        for opener, dialog in (("players", "players"), ("themes", "checklist"), ("stories", "checklist")):
            pilot.click(opener)
            assert pilot.scene.name == dialog
            pilot.press("escape")
            assert pilot.scene.name == "setup", opener
        pilot.press("escape")  # and on the setup itself Esc goes back too, to the title
        assert [s.name for s in pilot.app.scenes] == ["title"]


def test_esc_closes_the_stories_picker_and_the_confirm_dialog():
    with Pilot.start(seed=3) as pilot:
        pilot.click("stories")
        assert pilot.scene.name == "stories"
        eve = next(w.id for w in pilot.scene.form.widgets if w.id.startswith("story-") and w.label == "Eve")
        pilot.click(eve)
        assert pilot.scene.name == "confirm"
        pilot.press("escape")
        assert pilot.scene.name == "stories"
        pilot.press("escape")
        assert pilot.scene.name == "title"


def test_title_has_help_but_no_pause():
    with Pilot.start(seed=3) as pilot:
        assert pilot.scene.name == "title"
        assert pilot.find("help") is not None
        assert pilot.scene.form.find("pause") is None
        assert pilot.find("help").rect.right > pilot.app.look.metrics.width * 3 // 4
        pilot.press("escape")
        assert pilot.scene.name == "title"
        pilot.click("help")
        assert pilot.scene.name == "help"


def test_type_size_plus_stays_under_the_pointer_from_100_to_200_percent():
    with Pilot.start((960, 600), language="fi") as pilot:
        pilot.click("settings")
        stepper = pilot.find("text-scale")
        plus = stepper.parts()[2].center
        for _ in range(20):
            pilot.click(plus)
        assert pilot.app.prefs.text_scale == 2.0
        assert pilot.find("text-scale").parts()[2].center == plus
        minus = pilot.find("text-scale").parts()[0].center
        for _ in range(20):
            pilot.click(minus)
        assert pilot.app.prefs.text_scale == 1.0


@pytest.mark.parametrize("lang", ["C.UTF-8", "C", "POSIX"])
def test_a_c_locale_starts_the_game_in_finnish(monkeypatch, lang):
    """With LANG=C.UTF-8 Python reports en_US, and the game started in English."""
    import locale

    from elamani_peli.i18n import system_language

    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", lang)
    monkeypatch.setattr(locale, "getlocale", lambda *args: ("en_US", "UTF-8"))
    assert system_language() is None
    with Pilot.start(language=None) as pilot:
        assert pilot.app.language == "fi"
        assert pilot.find("new-game").label == "Uusi peli"
        pilot.press("f2")  # the language switch still works
        assert pilot.app.language == "en"


def test_a_real_system_language_is_still_used(monkeypatch):
    from elamani_peli.i18n import system_language

    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert system_language() == "en"
    monkeypatch.setenv("LC_ALL", "fi_FI.UTF-8")
    assert system_language() == "fi"


def _board_text_sizes(size, text_scale: float) -> tuple[dict[str, int], dict[str, int]]:
    """Font sizes of the space names and of the player list on a board started with real keys."""
    with Pilot.start(size, language="fi", seed=3, prefs=Preferences(text_scale=text_scale)) as pilot:
        drawn = []
        cache = pilot.app.look.text
        original = cache.draw

        def record(surface, layout, *args, **kwargs):
            drawn.append(layout)
            return original(surface, layout, *args, **kwargs)

        cache.draw = record
        _start_default_game(pilot)
        pilot.advance()
        board = pilot.scene
        names = {look.name for look in board.space_looks()}
        players = {board.table.player_name(i) for i in range(len(board.table.state.players))}
        spaces = {layout.text: layout.size for layout in drawn if layout.text in names}
        rows = {layout.text: layout.size for layout in drawn if layout.text in players}
        return spaces, rows


def test_board_labels_and_player_list_grow_with_200_percent_type():
    spaces_100, players_100 = _board_text_sizes((960, 600), 1.0)
    spaces_200, players_200 = _board_text_sizes((960, 600), 2.0)
    assert spaces_100 and set(spaces_200) == set(spaces_100)
    for name, size in spaces_100.items():
        assert spaces_200[name] >= size, name  # never smaller than at 100 %
    assert max(spaces_200.values()) > max(spaces_100.values())  # and some larger
    assert set(players_200) == set(players_100)
    for name, size in players_100.items():
        assert players_200[name] >= size, name


def test_player_list_at_200_percent_is_at_least_as_large_as_at_100_at_1280x720():
    """At 1280×720 with 200 % type the heading and status took the room and the list shrank."""
    _, players_100 = _board_text_sizes((1280, 720), 1.0)
    _, players_200 = _board_text_sizes((1280, 720), 2.0)
    assert players_100 and set(players_200) == set(players_100)
    for name, size in players_100.items():
        assert players_200[name] >= size, name


def test_story_options_share_one_size_and_notes_are_lowercase_in_finnish():
    with Pilot.start((960, 600), language="fi", prefs=Preferences(text_scale=2.0)) as pilot:
        pilot.click("new-game")
        pilot.click("stories")
        assert pilot.scene.name == "checklist"
        labels = {w.label for w in pilot.scene.form.widgets if w.id.startswith("option-")}
        assert any("(päihteet, asunnottomuus)" in label for label in labels)
        sizes = {layout.size for layout in pilot.drawn_layouts() if layout.text in labels}
        assert len(sizes) == 1


def test_bookmark_stories_and_guide_have_icons_of_their_own():
    from elamani_peli.ui.icons import draw_icon

    with Pilot.start(seed=3) as pilot:
        stories, guide = pilot.find("stories").icon, pilot.find("guide").icon
        _start_default_game(pilot)
        play_until(pilot, "card")
        bookmark = pilot.find("bookmark").icon
    assert len({stories, guide, bookmark}) == 3
    pictures = []
    for name in (stories, guide, bookmark):
        surface = pygame.Surface((40, 40))
        draw_icon(surface, name, surface.get_rect(), (255, 255, 255))
        pictures.append(pygame.image.tobytes(surface, "RGB"))
    assert len(set(pictures)) == 3


def test_continue_demo_roll_and_give_strength_do_not_share_one_icon():
    """▶ once meant Continue, Demo and Give strength alike (play review, finding 23)."""
    from elamani_peli.ui.icons import draw_icon

    with Pilot.start(seed=3) as pilot:
        names = {"continue": pilot.find("continue").icon, "demo": pilot.find("demo").icon}
        _start_default_game(pilot)
        names["roll"] = pilot.find("roll").icon
        play_until(pilot, "card")
        names["strength"] = pilot.find("strength").icon
    assert len(set(names.values())) == 4, names
    pictures = set()
    for name in names.values():
        surface = pygame.Surface((40, 40))
        draw_icon(surface, name, surface.get_rect(), (255, 255, 255))
        assert pygame.mask.from_threshold(surface, (255, 255, 255), (1, 1, 1)).count() > 60, name
        pictures.add(pygame.image.tobytes(surface, "RGB"))
    assert len(pictures) == 4


def test_under_the_pause_menu_the_board_keeps_its_die_and_drops_its_focus_ring():
    """Play review, finding 23 (a second, stale focus ring under the pause scrim) and a blank
    die while paused (the resting die was drawn only when not paused)."""
    from elamani_peli.ui.compositor import Compositor

    with Pilot.start(language="fi", seed=3) as pilot:
        _start_default_game(pilot)
        board = pilot.scene
        assert board.name == "board" and pilot.focused == "roll"
        pilot.advance(ms=300)
        before = pilot.surface.copy()
        pilot.press("escape")
        assert pilot.scene.name == "pause"
        pilot.advance(ms=300)
        after = pilot.surface
        Compositor().dim(before, tuple(pilot.app.look.palette.scrim))

        def region(surface: pygame.Surface, rect: pygame.Rect) -> bytes:
            return pygame.image.tobytes(surface.subsurface(rect), "RGB")

        assert region(after, board.die_rect) == region(before, board.die_rect)
        m = pilot.app.look.metrics
        ring = board.form.find("roll").rect.inflate(2 * (m.focus_width + 2), 2 * (m.focus_width + 2))
        top_edge = pygame.Rect(ring.left + ring.width // 4, ring.top, ring.width // 2, m.focus_width)
        assert region(after, top_edge) != region(before, top_edge)  # the ring was there, now it is not
        outside = top_edge.move(0, -(m.focus_width + 3))
        assert region(after, top_edge) == region(after, outside)  # just the panel behind it


def test_remove_is_readable_at_200_percent():
    def remove_size(scale: float) -> int:
        with Pilot.start((960, 600), language="fi", prefs=Preferences(text_scale=scale)) as pilot:
            pilot.click("new-game")
            pilot.click("players")
            return max(layout.size for layout in pilot.drawn_layouts() if layout.text == "Poista")

    assert remove_size(2.0) > remove_size(1.0) * 1.5


def test_final_summary_without_strengths_reads_well_at_the_end():
    with Pilot.start(language="fi", seed=3) as pilot:
        app = pilot.app
        setup = dataclasses.replace(
            default_setup(app.library, seed=3), length_unit="rounds", length=1, stories=()
        )
        session = Session.new(app.library, setup)
        app.session = session
        app.scenes.push(open_board(app, session))
        pilot.advance()
        for _ in range(100):
            if pilot.scene.name == "summary":
                break
            if pilot.scene.name == "strength-space":
                pilot.click("pass")
                pilot.advance(ms=600)
                continue
            play_one_step(pilot)
        assert pilot.scene.name == "summary"
        assert not session.state.strengths
        texts = {layout.text for layout in pilot.drawn_layouts()}
        assert "Ei vahvuuksia tällä kertaa" in texts
        assert "Ei vielä vahvuuksia" not in texts
