"""One type scale across scenes (play review finding 21, issue 11): sibling buttons share one
label size, labels wrap before they shrink, and at 200 % type no label falls below its 100 %
size where wrapping can avoid it. Asserted on the sizes the labels were really drawn at."""

from __future__ import annotations

from dataclasses import replace

import pygame
import pytest

from elamani_peli.content.text import localize
from elamani_peli.ui.label_fit import fit_label, harmonise_labels, sharing_floor
from elamani_peli.ui.pilot import Pilot, builtin_content
from elamani_peli.ui.prefs import Preferences
from elamani_peli.ui.scenes.story import StoryModeScene
from elamani_peli.ui.scroll import ScrollText
from elamani_peli.ui.text import cuts_a_word
from elamani_peli.ui.widgets import Button, Toggle, label_boxes

SIZES = [(1280, 720), (960, 600)]
SCALES = [1.0, 2.0]
LANGUAGES = ["fi", "en"]
TITLE_MENU = ("continue", "new-game", "stories", "deck-browser", "guide", "demo", "settings", "quit")
CARD_ROW = ("done", "pass", "another", "follow-up", "bookmark", "strength")


def start(size, scale: float, language: str, **prefs) -> Pilot:
    options = Preferences(language=language, text_scale=scale, **prefs)
    return Pilot.start(size, prefs=options, language=language, seed=5)


def drawn_sizes(pilot: Pilot, ids) -> dict[str, int]:
    """The size each button's label was drawn at in the last frame."""
    sizes = {}
    for widget_id in ids:
        button = pilot.find(widget_id)
        assert isinstance(button, Button) and button.label_layout is not None, widget_id
        assert button.label_layout.text == button.label
        sizes[widget_id] = button.label_layout.size
    return sizes


def assert_one_size_not_below_floor(pilot: Pilot, ids) -> None:
    """Siblings in one size; at 200 % none below the 100 % size; at 100 % none below what a
    label alone may shrink to on one line (3/4 of full)."""
    sizes = drawn_sizes(pilot, ids)
    assert len(set(sizes.values())) == 1, sizes
    size = next(iter(sizes.values()))
    m = pilot.app.look.metrics
    assert size >= (m.floor("button") if m.text_scale > 1 else sharing_floor(pilot.app.look)), sizes


def open_strengths(pilot: Pilot) -> None:
    pilot.app.registry.get("card").sample(pilot.app, 5)
    pilot.advance()
    pilot.press("s")  # Give strength
    assert pilot.scene.name == "strength"


def title_menu(pilot: Pilot) -> list[str]:
    assert pilot.scene.name == "title"
    return list(TITLE_MENU)


def card_row(pilot: Pilot) -> list[str]:
    pilot.app.registry.get("card").sample(pilot.app, 5)
    pilot.advance()
    assert pilot.scene.name == "card"
    return list(CARD_ROW)


def story_choices(pilot: Pilot) -> list[str]:
    pilot.app.registry.get("story").sample(pilot.app, 1)
    pilot.advance()
    choices = [w.id for w in pilot.scene.form.widgets if w.id.startswith("choice-")]
    assert len(choices) >= 2
    return choices


@pytest.mark.parametrize("row", [title_menu, card_row, story_choices], ids=lambda row: row.__name__)
@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("scale", SCALES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_sibling_buttons_are_in_one_size(row, size, scale, language):
    """The title menu ("Korttipakat", "Asetukset" shrank), the card's action row ("Jatkokysymys",
    "Anna vahvuus" smaller than "Valmis") and the story choices (1 larger than 2)."""
    with start(size, scale, language) as pilot:
        assert_one_size_not_below_floor(pilot, row(pilot))


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("scale", SCALES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_strengths_grid_is_in_one_size(size, scale, language):
    with start(size, scale, language) as pilot:
        open_strengths(pilot)
        grid = [w.id for w in pilot.scene.form.widgets if w.id.startswith("strength-") or w.id == "more"]
        assert len(grid) >= 6
        assert_one_size_not_below_floor(pilot, grid)
        m = pilot.app.look.metrics
        if m.text_scale == 1.0:  # the grid takes columns its longest names fit at full size
            assert drawn_sizes(pilot, grid[:1])[grid[0]] == m.font_size("button")
        before = drawn_sizes(pilot, grid)
        pilot.press("return")  # choose the focused strength: its check mark changes no size
        pilot.advance()
        assert pilot.focused == "give"
        assert drawn_sizes(pilot, grid) == before


def test_korttipakat_is_as_large_as_its_neighbours():
    """At 200 % type "Korttipakat" (one long word) needs less than "Uusi peli" and "Opas": drawn
    one by one it came out smaller than every other title entry."""
    with start((1280, 720), 2.0, "fi") as pilot:
        look = pilot.app.look
        deck, new = pilot.find("deck-browser"), pilot.find("new-game")
        assert isinstance(deck, Button) and isinstance(new, Button)
        assert deck.label == "Korttipakat"
        assert deck.natural_label_size(look) < new.natural_label_size(look)  # alone it would shrink
        sizes = drawn_sizes(pilot, TITLE_MENU)
        assert sizes["deck-browser"] == sizes["new-game"] == sizes["guide"], sizes


def test_a_label_wraps_at_full_size_before_it_shrinks():
    """200 % type: two words that do not fit one line at 3/4 size go onto two lines at a size
    from the 100 % size up — not onto one line at a fraction of it."""
    with start((1280, 720), 2.0, "fi") as pilot:
        look = pilot.app.look
        m = look.metrics
        full = m.font_size("button")
        text = "Tallenna yhteenveto"
        one_line = look.text.layout_at(text, full, 10_000, "bold")
        box = (one_line.width * 3 // 5, round(full * 2.6))  # two lines' height, 3/5 of one line's width
        layout = fit_label(look, text, box)
        assert len(layout.lines) == 2 and layout.size >= m.floor("button"), layout
        # Wide enough for one line at 3/4 size: one line it is.
        wide = fit_label(look, text, (one_line.width * 4 // 5, box[1]))
        assert len(wide.lines) == 1 and full * 3 // 4 <= wide.size < full, wide


def test_an_outlier_that_needs_less_than_the_floor_shrinks_alone():
    """Siblings share the smallest size any needs — but never below the 100 % size: one long
    word in a narrow button shrinks alone instead of pulling the others down with it."""
    with start((1280, 720), 2.0, "en") as pilot:
        look = pilot.app.look
        m = look.metrics
        rect = pygame.Rect(0, 0, m.font_size("button") * 5, m.button_height)
        buttons = [
            Button("a", "Go", rect=rect),
            Button("b", "Settings", rect=rect),
            Button("c", "Incomprehensibilities", rect=rect),
        ]
        naturals = [b.natural_label_size(look) for b in buttons]
        assert naturals[2] < m.floor("button") < min(naturals[:2]), naturals
        harmonise_labels(buttons, look)
        surface = pygame.Surface((rect.width, rect.height))
        for button in buttons:
            button.draw(surface, look)
        drawn = [b.label_layout.size for b in buttons if b.label_layout is not None]
        assert drawn == [m.floor("button"), m.floor("button"), naturals[2]], drawn
        other = Button("d", "Elsewhere", rect=rect.inflate(40, 0))  # another size: not a sibling
        harmonise_labels([*buttons, other], look)
        assert other.label_cap is None


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("scale", SCALES)
def test_story_picker_titles_and_intros_are_each_in_one_size(size, scale):
    with start(size, scale, "fi") as pilot:
        pilot.app.registry.get("stories").sample(pilot.app, 5)
        pilot.advance()
        cards = pilot.scene.card_texts()
        assert len(cards) >= 2
        m = pilot.app.look.metrics
        assert len({card.title.size for card in cards}) == 1
        assert len({card.intro.size for card in cards}) == 1
        assert cards[0].intro.size >= m.floor("small"), cards[0].intro.size
        for card in cards:
            assert card.intro.height <= card.intro_rect.height and card.intro.width <= card.intro_rect.width
            assert card.picture.height > 0 and card.title_rect.bottom <= card.intro_rect.top


def _longest_ending():
    library = builtin_content().library
    endings = [(story, scene) for story in library.stories.values() for scene in story.scenes if scene.ending]
    return max(
        endings, key=lambda pair: sum(len(localize(t, "fi")[0]) for t in (pair[1].text, pair[1].ending))
    )


@pytest.mark.parametrize(("size", "scale"), [((960, 600), 2.0), ((1280, 720), 1.0), ((960, 600), 1.0)])
def test_a_long_ending_in_both_languages_scrolls_instead_of_shrinking(size, scale):
    story, ending = _longest_ending()
    with start(size, scale, "fi", bilingual_cards=True) as pilot:
        view = StoryModeScene(pilot.app, story.id)
        pilot.app.scenes.push(view)
        view.state = replace(view.state, scene=ending.id, phase="ended")
        view.rebuild()
        pilot.advance()
        m = pilot.app.look.metrics
        drawn = pilot.drawn_layouts()
        # Every text drawn is at its 100 % small size or more (it was 13 and 10 px).
        assert min(layout.size for layout in drawn) >= m.floor("small"), [
            (x.size, x.text[:20]) for x in drawn
        ]
        scroll = view.form.find("story-text")
        assert isinstance(scroll, ScrollText) and view.scrolling
        shown = [block.text for block in scroll.blocks]
        assert localize(ending.ending, "fi")[0] in shown[0] and localize(ending.ending, "en")[0] in shown[1]
        layout = view.story_layout(view.story_words())
        assert layout.ending is not None and scroll.rect == layout.ending.story
        # the paragraph is at the body size (≥ its 100 % size) and the rest is a key away
        assert m.font_size("body") >= m.floor("body")
        assert scroll.max_offset > 0
        pilot.press("tab")  # from Continue to the text
        assert pilot.focused == "story-text"
        pilot.press("end")
        assert scroll.offset == scroll.max_offset


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("scale", SCALES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_settings_row_labels_are_in_one_size_like_the_toggles(size, scale, language):
    """ "Tekstin koko" shrank beside "Kieli" (and to the 100 % size beside 37 px toggles)."""
    with start(size, scale, language) as pilot:
        pilot.app.open_scene("settings")
        pilot.advance()
        _ = pilot.app._
        rows = {layout.text: layout.size for layout in pilot.drawn_layouts()}
        labels = [rows[_("Language")], rows[_("Text size")]]
        assert labels[0] == labels[1], labels
        toggle = pilot.find("high-contrast")
        assert isinstance(toggle, Toggle) and toggle.label_layout is not None
        assert labels[0] >= min(toggle.label_layout.size, pilot.app.look.metrics.font_size("button"))


@pytest.mark.parametrize("scale", SCALES)
def test_the_note_of_hope_is_never_larger_than_the_ending(scale):
    """Finding 25: the boilerplate closing note was set larger than the ending itself."""
    library = builtin_content().library
    endings = [(story, scene) for story in library.stories.values() for scene in story.scenes if scene.ending]
    with start((1280, 720), scale, "fi") as pilot:
        m = pilot.app.look.metrics
        for story, ending in endings:
            view = StoryModeScene(pilot.app, story.id)
            pilot.app.scenes.push(view)
            view.state = replace(view.state, scene=ending.id, phase="ended")
            view.rebuild()
            pilot.advance()
            words = view.story_words()
            layout = view.story_layout(words)
            assert layout.ending is not None and words.told is not None
            if view.scrolling:
                told = m.font_size("body")
            else:
                told = next(x.size for x in pilot.drawn_layouts() if x.text == words.told.primary)
                assert told >= m.floor("body"), (ending.id, told)
            assert layout.ending.hope.layout.size <= told, (ending.id, told)
            pilot.app.scenes.pop(view)


@pytest.mark.parametrize("size", SIZES)
def test_choices_in_both_languages_keep_their_100_percent_size_at_200_percent(size):
    """The longest scene with both languages on: its text scrolls, so the choices get the room
    to wrap at the 100 % size (they were 20 and 18 px beside 44 px text at 960×600)."""
    library = builtin_content().library
    scenes = [(story, scene) for story in library.stories.values() for scene in story.scenes if scene.choices]
    story, longest = max(scenes, key=lambda pair: len(localize(pair[1].text, "fi")[0]))
    with start(size, 2.0, "fi", bilingual_cards=True) as pilot:
        view = StoryModeScene(pilot.app, story.id)
        pilot.app.scenes.push(view)
        view.state = replace(view.state, scene=longest.id)
        view.rebuild()
        pilot.advance()
        assert view.scrolling
        choices = [w.id for w in view.form.widgets if w.id.startswith("choice-")]
        assert all(" / " in pilot.find(c).label for c in choices)  # type: ignore[attr-defined]
        assert_one_size_not_below_floor(pilot, choices)
        scroll = view.form.find("story-text")
        assert scroll is not None and scroll.rect.height >= pilot.app.look.metrics.font_size("body") * 2


def _open(pilot: Pilot, scene: str) -> None:
    app = pilot.app
    if scene == "strength":
        open_strengths(pilot)
    elif scene in ("players", "themes"):  # the dialogs of the setup
        app.registry.get("setup").sample(app, 5)
        pilot.advance()
        pilot.find(scene).activate()
    elif scene != "title":
        app.registry.get(scene).sample(app, 1 if scene == "story" else 5)
    pilot.advance()


def _label_box(widget: Button | Toggle, look) -> tuple[int, int]:
    if isinstance(widget, Button):
        rect = widget.label_rect(widget.rect)
        return label_boxes(look, rect, bool(widget.icon), widget.shortcut, widget.align).text.size
    return widget.text_rect(look).size


SCENES = ["title", "setup", "players", "themes", "board", "card", "strength", "story", "stories", "summary"]
SCENES += ["pause", "settings", "help"]


@pytest.mark.parametrize("scene", SCENES)
@pytest.mark.parametrize("size", SIZES)
def test_no_label_falls_below_its_100_percent_size_where_wrapping_avoids_it(scene, size):
    """Issue 11: at 200 % type a label smaller than at 100 % must be one that does not fit its
    button at the 100 % size even wrapped (a single long word): shrinking was the last resort."""
    for language in LANGUAGES:
        with start(size, 2.0, language) as pilot:
            _open(pilot, scene)
            look = pilot.app.look
            floor = look.metrics.floor("button")
            labelled = [w for w in pilot.scene.form.widgets if isinstance(w, Button | Toggle)]
            drawn = [w for w in labelled if w.label_layout is not None and w.label]
            assert drawn, f"{scene}: no labels drawn"
            for widget in drawn:
                layout = widget.label_layout
                assert layout is not None
                if layout.size >= floor:
                    continue
                box = _label_box(widget, look)
                at_floor = look.text.fit(widget.label, box, floor, floor, layout.weight)
                whole = not cuts_a_word(widget.label, look.text.fonts.get(floor, layout.weight), box[0])
                assert at_floor.below_min or not whole, (
                    scene,
                    language,
                    widget.id,
                    widget.label,
                    layout.size,
                )
