"""The deck browser shows why a card matched: marks under the words, a tag for matches elsewhere.

Review finding 24: the ids led every row, a search for "ystava" listed every Friends card
without saying why, nothing was highlighted, and the filters were −/+ steppers through nine
themes. These tests drive the browser with real key, mouse and finger events and look at the
rendered pixels: the highlight colour under the matched word, none without a search.
"""

from __future__ import annotations

import pygame
import pytest

from elamani_peli.content.library import ContentLibrary
from elamani_peli.content.models import Card, Deck
from elamani_peli.ui.browser_rows import CardRow, marked_window
from elamani_peli.ui.deck_filter import (
    CardFilter,
    Snippet,
    card_entries,
    explain,
    filter_cards,
    find_spans,
    option_counts,
)
from elamani_peli.ui.pilot import Pilot, builtin_content
from elamani_peli.ui.prefs import Preferences


def _library() -> ContentLibrary:
    library = ContentLibrary()
    cards = [
        Card(
            id="koti-01",
            type="question",
            level=1,
            text={"fi": "Mitä äiti laittaa?", "en": "What does mum cook?"},
        ),
        Card(
            id="koti-02",
            type="question",
            level=2,
            text={"fi": "Kuka siivoaa?"},
            follow_up={"fi": "Entä öisin?"},
        ),
        Card(id="koti-zorbing", type="action", level=1, text={"fi": "Tee jotain kivaa."}),
    ]
    library.decks["koti"] = Deck(kind="deck", id="koti", title={"fi": "Kotona", "en": "At home"}, cards=cards)
    return library


def test_explain_marks_the_shown_text_and_names_where_else_a_word_was_found():
    entries = {entry.card.id: entry for entry in card_entries(_library())}
    first = entries["koti-01"]
    why = explain(first, "AITI", "Mitä äiti laittaa?", "fi")
    assert why.spans == ((5, 9),) and why.elsewhere == ()  # "aiti" marks "äiti"
    in_english = explain(first, "mum", "Mitä äiti laittaa?", "fi")
    assert in_english.elsewhere == ("translation",)
    assert in_english.snippet == Snippet("translation", "en", "What does mum cook?", ((10, 13),))
    at_night = explain(entries["koti-02"], "oisin", "Kuka siivoaa?", "fi")
    assert at_night.elsewhere == ("follow-up",) and at_night.snippet is not None
    assert at_night.snippet.text == "Entä öisin?" and at_night.snippet.spans == ((5, 10),)
    assert explain(first, "kotona", "Mitä äiti laittaa?", "fi").snippet is None  # the deck: nothing to quote
    assert explain(first, "kotona", "Mitä äiti laittaa?", "fi").elsewhere == ("deck",)
    assert explain(entries["koti-zorbing"], "zorb", "Tee jotain kivaa.", "fi").elsewhere == ("id",)
    both = explain(entries["koti-02"], "kuka oisin", "Kuka siivoaa?", "fi")
    assert both.spans == ((0, 4),) and both.elsewhere == ("follow-up",)
    assert explain(first, "", "Mitä äiti laittaa?", "fi") == explain(first, "  ", "x", "fi")


def test_spans_map_folded_matches_back_to_the_original_letters():
    assert find_spans("Ystävä, YSTÄVÄT", ["ystava"]) == ((0, 6), (8, 14))
    assert find_spans("Straße", ["ss"]) == ((4, 5),)  # "ß" folds to two letters, marks one
    assert find_spans("a\u0308iti", ["aiti"]) == ((0, 5),)  # a decomposed "ä"
    assert find_spans("aaaa", ["aa", "a"]) == ((0, 4),)  # overlaps merge into one mark


def test_a_long_text_is_shown_from_just_before_a_match_past_its_end():
    pygame.font.init()
    font = pygame.font.Font(None, 24)
    text = "alku " * 40 + "ystävä lopussa"
    start = text.index("ystävä")
    shown, spans = marked_window(font, text, [(start, start + 6)], 300)
    assert font.size(shown)[0] <= 300
    assert shown.startswith("…") and "ystävä" in shown
    assert [shown[a:b] for a, b in spans] == ["ystävä"]
    plain, none = marked_window(font, text, [], 300)
    assert plain.startswith("alku") and plain.endswith("…") and none == ()


def _rows(pilot: Pilot) -> list[CardRow]:
    return [w for w in pilot.scene.form.widgets if isinstance(w, CardRow)]


def _highlighted(pilot: Pilot, rect: pygame.Rect) -> int:
    """How many pixels of ``rect`` on screen are the highlight colour."""
    colour = pygame.Color(*pilot.app.look.palette.highlight)
    region = pilot.region(rect)
    mask = pygame.mask.from_threshold(region, colour, (8, 8, 8, 255))
    return mask.count()


@pytest.mark.parametrize(
    ("language", "size", "scale", "query"),
    [
        ("fi", (1280, 720), 1.0, "ystava"),
        ("en", (960, 600), 1.0, "friend"),
        ("fi", (960, 600), 2.0, "ystava"),
        ("en", (1280, 720), 2.0, "friend"),
    ],
)
def test_search_marks_the_matched_word_and_tags_a_match_found_elsewhere(language, size, scale, query):
    with Pilot.start(
        size, language=language, prefs=Preferences(language=language, text_scale=scale)
    ) as pilot:
        pilot.app.open_scene("deck-browser")
        pilot.advance()
        browser = pilot.scene
        listing = pygame.Rect(0, browser.status_rect.bottom, size[0], size[1] - browser.status_rect.bottom)
        assert _highlighted(pilot, listing) == 0  # no search, no marks
        first = _rows(pilot)[0]
        assert not first.label.startswith(first.card_id)  # the text leads the row, not the id
        assert first.card_id in first.describe().name  # the id is still there, quietly
        pilot.type_text(query)
        rows = _rows(pilot)
        assert rows and len(browser.results) < len(card_entries(builtin_content().library))
        marked = [row for row in rows if row.spans]
        assert marked, "some row shows the word in its text"
        row = marked[0]
        word = row.label[row.spans[0][0] : row.spans[0][1]]
        assert query[:5] in word.casefold().replace("ä", "a")
        assert row.marks and _highlighted(pilot, row.marks[0]) > row.marks[0].width  # drawn under the word
        tagged = [row for row in rows if row.reasons]
        for row in tagged:  # why: the tag names the other place (and quotes it, marked)
            assert _highlighted(pilot, row.rect) > 0
            if row.snippet is not None:
                _name, text, spans = row.snippet
                assert query[:5] in text[spans[0][0] : spans[0][1]].casefold().replace("ä", "a")
        said = browser.utterances()
        assert any(query in text for text in said)
        assert said[-1] == browser.status()


def test_a_match_in_the_deck_name_only_says_so_on_the_row():
    with Pilot.start(language="fi") as pilot:
        pilot.click("deck-browser")
        pilot.type_text("ystavat")  # the Friends deck's name and id; hardly any card text
        rows = _rows(pilot)
        by_deck = [row for row in rows if not row.spans]
        assert by_deck
        row = by_deck[0]
        assert row.reasons == ("Osuma: pakan nimi",)
        assert "Osuma: pakan nimi" in row.describe().name  # read-aloud says it too
        pilot.screenshot("/tmp/browser-shots/test-deck-match.png")
        tag_side = pygame.Rect(row.rect.centerx, row.rect.top, row.rect.width // 2, row.rect.height)
        assert _highlighted(pilot, tag_side) > 0


def test_the_chooser_lists_every_theme_and_closes_unchanged_on_escape_or_a_click_outside():
    with Pilot.start(language="fi") as pilot:
        pilot.click("deck-browser")
        browser = pilot.scene
        pilot.click("filter-theme")
        chooser = pilot.scene
        assert chooser.name == "chooser"
        labels = [w.label for w in chooser.form.widgets if w.id.startswith("choice-")]
        assert labels[0] == "Kaikki teemat" and len(labels) == len(browser.options.themes) + 1
        assert chooser.utterances()[0] == "Teema"
        pilot.press("escape")
        assert pilot.scene is browser and browser.card_filter.theme is None
        pilot.click("filter-theme")
        pilot.click((pilot.surface.get_width() - 5, pilot.surface.get_height() - 5))
        assert pilot.scene is browser and browser.card_filter.theme is None
        pilot.click("filter-theme")
        pilot.press("end")
        pilot.press("up")
        pilot.press("space")
        wanted = browser.options.themes[-2]
        assert browser.card_filter.theme == wanted
        assert {entry.theme for entry in browser.results} == {wanted}
        button = pilot.find("filter-theme")
        assert button.active and button.value != "Kaikki teemat"


def test_a_list_longer_than_the_window_scrolls_with_the_focus_and_the_wheel():
    with Pilot.start((960, 600), language="en", prefs=Preferences(language="en", text_scale=2.0)) as pilot:
        pilot.app.open_scene("deck-browser")
        pilot.advance()
        pilot.click("filters")
        pilot.click("filter-theme")
        chooser = pilot.scene
        shown = [w.id for w in chooser.form.widgets if w.id.startswith("choice-")]
        assert 1 < len(shown) < len(chooser.options)  # a window of the list
        assert all(chooser.panel.contains(w.rect) for w in chooser.form.widgets)
        pilot.press("end")
        assert pilot.focused == f"choice-{len(chooser.options) - 1}"
        assert pilot.find(pilot.focused).rect.bottom <= chooser.panel.bottom
        pilot.wheel(chooser.panel.center, -20)  # back to the top
        assert chooser.first == 0
        pilot.press("return")
        assert pilot.scene.name == "deck-browser-filters"


def test_filtering_thousands_of_cards_builds_only_one_page_of_rows():
    library = builtin_content().library
    entries = card_entries(library) * 20
    found = filter_cards(entries, CardFilter(query="ystava"))
    assert len(found) == 20 * len(filter_cards(card_entries(library), CardFilter(query="ystava")))
    with Pilot.start(language="fi") as pilot:
        pilot.click("deck-browser")
        browser = pilot.scene
        browser.entries = entries
        pilot.type_text("a")
        assert len(browser.results) > 1000
        assert len(_rows(pilot)) == browser.page_size


def _said(pilot: Pilot) -> list[str]:
    pilot.advance(ms=100)
    read_aloud = pilot.app.read_aloud
    assert read_aloud is not None and read_aloud.speaker.idle()
    return [text for text, _ in read_aloud.speaker.spoken]


@pytest.mark.parametrize(
    ("language", "query", "words"), [("fi", "ystava", "Haku: ystava"), ("en", "ystava", "Search: ystava")]
)
def test_read_aloud_says_the_search_the_count_and_why_a_focused_row_matched(language, query, words):
    from tests.speech.test_speaker import RecordingVoice

    pilot = Pilot.start((1280, 720), language=language, prefs=Preferences(language=language, read_aloud=True))
    pilot.app.voice_factory = RecordingVoice
    with pilot:
        pilot.click("deck-browser")
        pilot.type_text(query)
        browser = pilot.scene
        spoken = _said(pilot)
        assert words in spoken and browser.status() in spoken
        tagged = next(row for row in _rows(pilot) if row.reasons)
        browser.form.focus(tagged.id)
        pilot.press("tab")
        pilot.press("tab", mod=pygame.KMOD_SHIFT)  # focus lands on the row by keyboard
        assert pilot.focused == tagged.id
        assert any(tagged.reasons[0] in text and tagged.card_id in text for text in _said(pilot))
        pilot.click("filter-level")
        assert pilot.scene.utterances()[0] in _said(pilot)  # the list's name: "Taso" / "Level"


def test_a_card_found_by_its_follow_up_opens_with_the_follow_up_shown():
    with Pilot.start(language="fi") as pilot:
        pilot.click("deck-browser")
        pilot.type_text("ystava")
        browser = pilot.scene
        by_follow_up = next(row for row in _rows(pilot) if row.snippet and row.snippet[0] == "Jatkokysymys")
        by_text = next(row for row in _rows(pilot) if row.spans and not row.reasons)
        pilot.click(by_follow_up.id)
        view = pilot.scene
        assert view.name == "browser-card" and view.follow_up
        pilot.press("escape")
        pilot.click(by_text.id)
        assert pilot.scene.name == "browser-card" and not pilot.scene.follow_up
        pilot.press("escape")
        assert pilot.scene is browser


def test_a_search_that_finds_nothing_says_so_and_one_press_clears_it():
    with Pilot.start(language="fi") as pilot:
        pilot.click("deck-browser")
        browser = pilot.scene
        everything = len(browser.results)
        pilot.type_text("zzzqx")
        assert browser.results == [] and browser.empty_text() in browser.utterances()
        assert any(layout.text == browser.empty_text() for layout in pilot.drawn_layouts())
        pilot.click("clear-search")
        assert browser.card_filter == CardFilter() and len(browser.results) == everything
        assert pilot.focused == "search" and browser.form.find("clear-search") is None


def test_typing_a_letter_in_the_list_jumps_to_the_option_that_begins_with_it():
    with Pilot.start(language="fi") as pilot:
        pilot.click("deck-browser")
        browser = pilot.scene
        pilot.click("filter-theme")
        chooser = pilot.scene
        labels = [label for _value, label in chooser.options]
        pilot.press("t", unicode="t")
        first_t = next(i for i, label in enumerate(labels) if label.startswith("T"))
        assert pilot.focused == f"choice-{first_t}"
        pilot.press("t", unicode="t")
        second_t = next(i for i, label in enumerate(labels) if label.startswith("T") and i > first_t)
        assert pilot.focused == f"choice-{second_t}"
        pilot.press("return")
        assert browser.card_filter.theme == chooser.options[second_t][0]


def test_the_chooser_counts_the_cards_each_value_would_leave_in_one_pass():
    entries = card_entries(_library())
    assert option_counts(entries, CardFilter(), "level") == {None: 3, 1: 2, 2: 1}
    assert option_counts(entries, CardFilter(level=2, query="kuka"), "level") == {None: 1, 2: 1}
    assert option_counts(entries, CardFilter(), "language") == {None: 3, "fi": 3, "en": 1}
    assert option_counts(entries, CardFilter(card_type="action"), "card_type") == {
        None: 3,
        "question": 2,
        "action": 1,
    }
    with Pilot.start(language="fi") as pilot:
        pilot.click("deck-browser")
        browser = pilot.scene
        pilot.type_text("ystava")
        pilot.click("filter-theme")
        rows = [w for w in pilot.scene.form.widgets if w.id.startswith("choice-")]
        shown = {row.label: int(row.note) for row in rows}
        assert shown["Kaikki teemat"] == len(browser.results)
        assert sum(n for label, n in shown.items() if label != "Kaikki teemat") == len(browser.results)
        friends = next(row for row in rows if row.label == "Ystävät")
        assert friends.describe().name == f"Ystävät, {friends.note} korttia"
        pilot.click(friends.id)
        assert len(browser.results) == int(friends.note)
