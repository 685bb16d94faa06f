"""Short, calm feedback: after giving a strength, after a story choice; a die before the first
roll; a bookmark that can be taken off again."""

from __future__ import annotations

from elamani_peli.ui.pilot import Pilot
from elamani_peli.ui.scenes.story import StoryModeScene


def _on_card(pilot: Pilot):
    pilot.app.registry.get("card").sample(pilot.app, 5)
    pilot.advance()
    assert pilot.scene.name == "card"
    return pilot.scene


def test_giving_a_strength_says_what_happened_on_the_card():
    with Pilot.start((1280, 720), seed=5, language="en") as pilot:
        card = _on_card(pilot)
        before = card.card_rect.copy()
        assert card.notice == ""
        pilot.click("strength")
        assert pilot.scene.name != "card"
        pilot.press("return")  # the focused strength
        for _ in range(3):
            if pilot.scene.name == "card":
                break
            pilot.press("return")
        assert pilot.scene.name == "card" and pilot.app.session.state.strengths
        gift = pilot.app.session.state.strengths[-1]
        table = card.table
        assert card.notice == (
            f"{table.player_name(gift.receiver)} received a strength from "
            f"{table.player_name(gift.giver)}: {table.strength_name(gift.strength)}"
        )
        assert card.notice_rect.height > 0 and card.card_rect.height < before.height
        assert not card.notice_rect.colliderect(card.card_rect)


def test_a_bookmark_can_be_removed_from_the_card():
    with Pilot.start((1280, 720), seed=5, language="en") as pilot:
        _on_card(pilot)
        pilot.click("bookmark")
        state = pilot.app.session.state
        assert state.card in state.bookmarks and pilot.find("bookmark").label == "Remove bookmark"
        pilot.click("bookmark")
        assert pilot.app.session.state.bookmarks == () and pilot.find("bookmark").label == "Bookmark"


def test_a_story_choice_is_said_back_while_the_table_talks(tmp_path):
    with Pilot.start((1280, 720), language="en") as pilot:
        story = next(s for s in pilot.app.library.stories.values() if not s.content_notes)
        view = StoryModeScene(pilot.app, story.id)
        pilot.app.scenes.push(view)
        pilot.advance()
        first = story.scene(view.state.scene)
        pilot.click("choice-1")
        assert view.step() == "discuss" and view.chosen == 0
        text = first.choices[0].text["en"]
        pilot.screenshot(tmp_path / "discuss.png")
        assert f"You chose: {text}" in view.said_back()


def test_the_die_is_drawn_before_the_first_roll_and_not_the_last_players_number():
    with Pilot.start((1280, 720), seed=3, language="en") as pilot:
        pilot.app.registry.get("board").sample(pilot.app, 3)
        pilot.advance()
        board = pilot.scene
        assert board.name == "board" and board.table.state.phase == "roll"
        die = pilot.region(board.die_rect)
        colours = {
            tuple(die.get_at((x, y)))
            for x in range(0, die.get_width(), 2)
            for y in range(0, die.get_height(), 2)
        }
        assert len(colours) > 4  # pips and edges, not an empty square


def test_after_a_roll_the_focus_does_not_jump_to_help():
    with Pilot.start((1280, 720), seed=3, language="en") as pilot:
        pilot.app.registry.get("board").sample(pilot.app, 3)
        pilot.advance()
        board = pilot.scene
        assert pilot.focused == "roll"
        pilot.press("return")
        assert board.table.state.phase != "roll"
        assert board.form.focus_id != "help"
        pilot.press("return")  # impatient: skips the animation, never opens Help
        pilot.advance(ms=3000)
        assert pilot.scene.name != "help"


def test_story_choices_and_the_discussion_are_in_both_languages_when_cards_are():
    from elamani_peli.ui.prefs import Preferences

    with Pilot.start((1280, 720), language="fi", prefs=Preferences(bilingual_cards=True)) as pilot:
        story = next(s for s in pilot.app.library.stories.values() if not s.content_notes)
        view = StoryModeScene(pilot.app, story.id)
        pilot.app.scenes.push(view)
        pilot.advance()
        choice = story.scene(view.state.scene).choices[0]
        assert pilot.find("choice-1").label == f"{choice.text['fi']} / {choice.text['en']}"


def test_settings_show_what_presenter_mode_does():
    from elamani_peli.ui.prefs import Preferences

    with Pilot.start((1280, 720), language="en", prefs=Preferences(presenter=True)) as pilot:
        pilot.app.open_scene("settings")
        pilot.advance()
        assert pilot.scene.name == "settings"
        assert pilot.find("text-scale").value == pilot.app.prefs.type_scale >= 1.5
        assert pilot.find("fullscreen").value == pilot.app.is_fullscreen()
