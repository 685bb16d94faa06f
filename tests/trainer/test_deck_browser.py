"""The deck browser: filters and search (pure), the story graph layout, and the scene driven by a pilot."""

from __future__ import annotations

from pathlib import Path

import pytest

from elamani_peli.content.library import ContentLibrary
from elamani_peli.content.loader import load_content
from elamani_peli.content.models import Card, Choice, Deck, Scene, Story
from elamani_peli.ui.deck_filter import GENERAL, CardFilter, card_entries, filter_cards, filter_options, fold
from elamani_peli.ui.pilot import Pilot, builtin_content
from elamani_peli.ui.story_graph import layout_story


def deck(deck_id: str, theme: str | None, cards: list[Card], languages=("fi", "en")) -> Deck:
    return Deck(
        kind="deck", id=deck_id, title={"fi": deck_id}, theme=theme, cards=cards, languages=list(languages)
    )


def card(card_id: str, text: dict[str, str], level: int = 1, card_type: str = "question", **extra) -> Card:
    return Card(id=card_id, type=card_type, level=level, text=text, **extra)


@pytest.fixture()
def small_library() -> ContentLibrary:
    library = ContentLibrary()
    library.decks["koti"] = deck(
        "koti",
        "home",
        [
            card("koti-01", {"fi": "Mitä äiti laittaa ruoaksi?", "en": "What does mum cook?"}, 1),
            card("koti-02", {"fi": "Kuka siivoaa?"}, 2, follow_up={"fi": "Entä ÖISIN?"}),
            card("koti-03", {"en": "Do something kind at home today."}, 3, "action"),
        ],
    )
    library.decks["pohdinta"] = deck(
        "pohdinta",
        None,
        [card("pohdinta-01", {"fi": "Mikä jäi mieleen?", "en": "What stays?"}, 1, "reflection")],
    )
    return library


def ids(entries) -> list[str]:
    return [entry.card.id for entry in entries]


def test_fold_forgives_case_and_finnish_letters():
    assert fold("Äiti ÖLJY Åland") == "aiti oljy aland"


def test_each_filter_and_the_search(small_library):
    entries = card_entries(small_library)
    assert ids(filter_cards(entries, CardFilter())) == ["koti-01", "koti-02", "koti-03", "pohdinta-01"]
    assert ids(filter_cards(entries, CardFilter(theme="home"))) == ["koti-01", "koti-02", "koti-03"]
    assert ids(filter_cards(entries, CardFilter(theme=GENERAL))) == ["pohdinta-01"]
    assert ids(filter_cards(entries, CardFilter(level=2))) == ["koti-02"]
    assert ids(filter_cards(entries, CardFilter(card_type="action"))) == ["koti-03"]
    assert ids(filter_cards(entries, CardFilter(language="en"))) == ["koti-01", "koti-03", "pohdinta-01"]
    assert ids(filter_cards(entries, CardFilter(language="fi", level=1))) == ["koti-01", "pohdinta-01"]
    assert ids(filter_cards(entries, CardFilter(query="aiti"))) == ["koti-01"]  # "aiti" finds "äiti"
    assert ids(filter_cards(entries, CardFilter(query="MUM cook"))) == ["koti-01"]  # every word, any language
    assert ids(filter_cards(entries, CardFilter(query="oisin"))) == ["koti-02"]  # the follow-up counts
    assert ids(filter_cards(entries, CardFilter(query="pohdinta"))) == ["pohdinta-01"]  # deck id
    assert ids(filter_cards(entries, CardFilter(query="mum siivoaa"))) == []
    assert ids(filter_cards(entries, CardFilter(theme="home", query="kind"))) == ["koti-03"]


def test_filter_options_come_from_the_loaded_cards(small_library):
    options = filter_options(small_library, card_entries(small_library))
    assert options.themes == ("home", GENERAL)
    assert options.levels == (1, 2, 3)
    assert options.types == ("question", "action", "reflection")
    assert options.languages == ("fi", "en")


def test_every_builtin_card_is_found_by_its_own_id():
    entries = card_entries(builtin_content().library)
    assert len(entries) > 300
    for entry in entries[::25]:
        assert entry in filter_cards(entries, CardFilter(query=entry.card.id))


def story(scenes: list[Scene], start: str = "a") -> Story:
    return Story(
        kind="story", id="s", title={"fi": "S"}, character={"name": "Testi"}, start=start, scenes=scenes
    )


def scene(scene_id: str, *targets: str, ending: bool = False) -> Scene:
    return Scene(
        id=scene_id,
        text={"fi": scene_id},
        choices=[Choice(text={"fi": t}, next=t) for t in targets],
        ending={"fi": "loppu"} if ending else None,
    )


def test_the_graph_places_every_scene_once_and_has_an_arrow_per_choice():
    for built in builtin_content().library.stories.values():
        graph = layout_story(built)
        assert set(graph.nodes) == {s.id for s in built.scenes}
        places = {(node.column, node.row) for node in graph.nodes.values()}
        assert len(places) == len(graph.nodes)  # no two boxes on one spot
        assert len(graph.edges) == sum(len(s.choices) for s in built.scenes)
        assert graph.nodes[built.start].start and graph.nodes[built.start].column == 0
        assert all(graph.nodes[s.id].ending for s in built.scenes if s.ending)


def test_the_graph_marks_loops_unreachable_scenes_and_endings():
    graph = layout_story(
        story(
            [
                scene("a", "b", "c"),
                scene("b", "d"),
                scene("c", "d", "a"),  # c → a closes a loop
                scene("d", ending=True),
                scene("lost", "d"),  # nothing leads here
            ]
        )
    )
    columns = {scene_id: node.column for scene_id, node in graph.nodes.items()}
    assert columns == {"a": 0, "b": 1, "c": 1, "d": 2, "lost": 3}
    assert [e for e in graph.edges if e.loop] == [
        e for e in graph.edges if (e.source, e.target) == ("c", "a")
    ]
    assert graph.nodes["d"].ending and not graph.nodes["lost"].reachable
    assert graph.rows == 2 and graph.columns == 4


def test_typing_a_search_changes_the_list_and_a_card_opens_as_in_the_game():
    with Pilot.start(language="fi") as pilot:
        pilot.click("deck-browser")
        assert pilot.scene.name == "deck-browser"
        browser = pilot.scene
        everything = len(browser.results)
        assert everything == len(card_entries(builtin_content().library))
        assert pilot.focused == "search"
        pilot.type_text("ystava")
        narrowed = [entry.card.id for entry in browser.results]
        assert 0 < len(narrowed) < everything
        assert all("ystav" in fold(entry.haystack) for entry in browser.results)
        rows = [w.id for w in browser.form.widgets if w.id.startswith("card-")]
        assert rows and rows[0] == f"card-{narrowed[0]}"
        pilot.press("right")  # Tab order: search → theme stepper; the arrow keys move focus
        pilot.tap(rows[0])
        assert pilot.scene.name == "browser-card"
        assert pilot.scene.entry.card.id == narrowed[0]
        pilot.press("right")  # the next card of the list, and back
        assert pilot.scene.entry.card.id == narrowed[1]
        pilot.click("previous-card")
        assert pilot.scene.entry.card.id == narrowed[0]
        pilot.press("escape")
        assert pilot.scene is browser


def test_the_filters_are_chosen_from_a_list_by_keyboard_and_touch():
    with Pilot.start(language="en") as pilot:
        pilot.click("deck-browser")
        browser = pilot.scene
        pilot.tap("filter-level")
        assert pilot.scene.name == "chooser"
        pilot.tap("choice-1")  # "All levels" is first; then level 1
        assert pilot.scene is browser and browser.card_filter.level == 1
        assert all(entry.card.level == 1 for entry in browser.results)
        browser.form.focus("filter-card-type")
        pilot.press("return")
        pilot.press("down")
        pilot.press("return")
        assert browser.card_filter.card_type == "question"
        assert {entry.card.type for entry in browser.results} == {"question"}
        assert pilot.focused == "filter-card-type"  # focus comes back to the filter


def test_a_story_opens_as_its_graph_and_scrolls_when_large():
    with Pilot.start((960, 600), language="fi") as pilot:
        pilot.click("deck-browser")
        tabs = pilot.find("tabs")
        pilot.click((tabs.rect.right - 10, tabs.rect.centery))
        story_rows = [w.id for w in pilot.scene.form.widgets if w.id.startswith("story-")]
        assert len(story_rows) == len(builtin_content().library.stories)
        pilot.press("return") if pilot.focused in story_rows else pilot.click(story_rows[0])
        graph_scene = pilot.scene
        assert graph_scene.name == "browser-story"
        first_box = next(w for w in graph_scene.form.widgets if w.id.startswith("scene-"))
        pilot.tap(first_box.id)
        assert graph_scene.selected == first_box.scene_id  # its text shows under the graph
        pilot.press("escape")
        assert graph_scene.selected is None and pilot.scene is graph_scene
        pilot.press("tab")
        assert pilot.focused.startswith("scene-") or pilot.focused == "back"
        if graph_scene.max_scroll() != (0, 0):
            before = list(graph_scene.scroll)
            pilot.press("right")
            pilot.press("down")
            assert graph_scene.scroll != before


def test_a_facilitators_broken_file_is_listed_with_its_message(tmp_path: Path):
    folder = tmp_path / "decks"
    folder.mkdir()
    (folder / "oma.yaml").write_text(
        "kind: deck\nid: oma\ntitle: Oma\ntheme: home\ncards:\n"
        "  - id: oma-01\n    type: question\n    level: 1\n    text: Missä kävit zorbingissa?\n",
        encoding="utf-8",
    )
    (folder / "rikki.yaml").write_text("kind: deck\nid: rikki\ncards: [\n", encoding="utf-8")
    content = load_content([folder])
    assert content.skipped_files
    with Pilot.start(language="fi", content=content) as pilot:
        if pilot.scene.name == "problems":  # the notice on start; the browser lists the same
            pilot.press("escape")
        pilot.click("deck-browser")
        browser = pilot.scene
        browser.form.focus("search")
        pilot.type_text("ZORBING")
        assert [entry.card.id for entry in browser.results] == ["oma-01"]
        pilot.click("problems")
        assert pilot.scene.name == "problems"
        texts = " ".join(block.text for block in pilot.scene.blocks())
        assert "rikki.yaml" in texts


def test_with_large_type_in_a_small_window_the_filters_open_in_a_dialog():
    from elamani_peli.ui.prefs import Preferences

    with Pilot.start((960, 600), language="en", prefs=Preferences(language="en", text_scale=2.0)) as pilot:
        pilot.app.open_scene("deck-browser")
        pilot.advance()
        browser = pilot.scene
        assert browser.form.find("filter-level") is None
        pilot.tap("filters")
        assert pilot.scene.name == "deck-browser-filters"
        dialog = pilot.scene
        pilot.click("filter-level")
        assert pilot.scene.name == "chooser"
        pilot.click("choice-1")
        assert pilot.scene is dialog
        assert pilot.find("filter-level").label == "Level: Level 1"  # the dialog shows the new value
        pilot.press("escape")
        assert pilot.scene is browser and browser.card_filter.level == 1
        assert {entry.card.level for entry in browser.results} == {1}
        assert "1" in pilot.find("filters").label
