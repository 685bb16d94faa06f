"""Texts that pass validate never crash or freeze the game; facilitators' pictures show within limits.

Work is bounded by counting, never by timing: wrapping measures a number of characters
linear in the text, the problems notice holds one page, the story graph builds boxes only
near the view.
"""

from __future__ import annotations

import string
from pathlib import Path

import pygame
import pytest
from content.hostile_folders import GOOD_SVG, png_header, show_sample, story, write
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from elamani_peli.content.library import Problem
from elamani_peli.content.loader import load_content
from elamani_peli.content.models import Card, Story
from elamani_peli.content.shown_text import for_display, text_problem
from elamani_peli.ui import samples
from elamani_peli.ui import text as text_module
from elamani_peli.ui.app import App
from elamani_peli.ui.prefs import Preferences
from elamani_peli.ui.scenes.browser_views import CardViewScene, StoryGraphScene
from elamani_peli.ui.scenes.problems import PAGE_SIZE, ProblemsScene


class CountingFont:
    """Measures like a monospaced font and counts how many characters it was asked to measure."""

    def __init__(self, advance: int = 10) -> None:
        self.advance, self.measured = advance, 0

    def size(self, text: str) -> tuple[int, int]:
        self.measured += len(text)
        return len(text) * self.advance, 20


@pytest.mark.parametrize("length", [2_000, 10_000, 40_000])
def test_wrapping_a_long_word_measures_linearly_many_characters(length):
    font = CountingFont()
    lines = text_module.wrap_words("x" * length, font, width=600)
    assert "".join(lines) == "x" * length and all(len(line) == 60 for line in lines[:-1])
    assert font.measured <= 30 * length  # one letter at a time measured ~length²/120 (3.3 M at 2,000)


class CountingFonts:
    """A FontBook of :class:`CountingFont` (letters half as wide as the size), sharing one count."""

    def __init__(self) -> None:
        self.fonts: dict[int, CountingFont] = {}

    def get(self, size: int, weight: str = "regular") -> CountingFont:
        font = self.fonts.setdefault(size, CountingFont(max(1, size // 2)))
        font.get_linesize = lambda size=size: size + size // 4  # type: ignore[method-assign]
        return font

    @property
    def measured(self) -> int:
        return sum(font.measured for font in self.fonts.values())


@pytest.mark.parametrize("text", ["x" * 3000, "sana " * 600, "x" * 30_000])
def test_fitting_a_card_costs_what_the_box_holds_not_what_the_text_holds(text):
    fonts = CountingFonts()
    layout = text_module.TextCache(fonts).fit(text, (900, 330), 72, 24)  # type: ignore[arg-type]
    assert layout.lines
    # Sizes that overflow stop wrapping once the box is full; only the layout that fits (and
    # the last-resort smallest one) wraps the whole text.
    assert fonts.measured <= 60 * len(text) + 200_000, fonts.measured


def test_long_words_still_break_after_a_separator_in_reach():
    lines = text_module.wrap_words("polku/" * 30, CountingFont(), width=200)
    assert all(line.endswith("/") for line in lines[:-1]) and max(map(len, lines)) <= 20


# -- one App for the rendering tests ---------------------------------------------------------------


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    app = App(
        load_content(),
        prefs=Preferences(language="fi", text_scale=2.0),
        prefs_path=tmp_path_factory.mktemp("prefs") / "settings.json",
        language="fi",
        window_size=(960, 600),
        seed=1,
    )
    app.reraise_errors = True
    app.start_with(lambda started: None)
    yield app
    app.close()


show = show_sample


SCRIPTS = "你好世界友達आपकैसेहैंكيفتشعر😀👍🏽🏳️‍🌈"
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u202e\u2067\u2069\u0301"
texts = st.text(
    alphabet=st.sampled_from(list(string.ascii_letters + "äöåÄÖ .,?!-/\n\t" + SCRIPTS + INVISIBLE)),
    min_size=1,
    max_size=300,
) | st.builds(
    lambda word, rest: word * 10 + rest,
    st.text(string.ascii_letters, min_size=50, max_size=300),
    st.text(max_size=20),
)


def valid_card(text: str) -> Card:
    try:
        return Card.model_validate({"id": "arvottu-01", "type": "question", "level": 1, "text": {"fi": text}})
    except ValidationError:
        assume(False)
        raise


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=texts)
def test_any_text_that_passes_validate_renders_on_the_card_story_and_browser_scenes(app, monkeypatch, text):
    assume(text_problem(text) is None)
    card = valid_card(text)
    measured: list[tuple[int, int]] = []
    real_wrap = text_module.wrap_words

    class Counting:
        def __init__(self, font):
            self.font, self.measured = font, 0

        def size(self, part):
            self.measured += len(part)
            return self.font.size(part)

    def counting_wrap(shown, font, width, max_lines=None):
        proxy = Counting(font)
        lines = real_wrap(shown, proxy, width, max_lines)
        measured.append((len(shown), proxy.measured))
        return lines

    monkeypatch.setattr(text_module, "wrap_words", counting_wrap)
    library = app.library
    deck_id, deck = next(iter(library.decks.items()))
    story_id, real_story = next(iter(library.stories.items()))
    scene = real_story.scenes_by_id[real_story.start]
    try:
        library.decks[deck_id] = deck.model_copy(update={"cards": [card, *deck.cards]})
        changed = Story.model_validate(
            {
                **real_story.model_dump(exclude_none=True),
                "scenes": [
                    {**scene.model_dump(exclude_none=True), "text": {"fi": text}},
                    *(s.model_dump(exclude_none=True) for s in real_story.scenes if s is not scene),
                ],
            }
        )
        library.stories[story_id] = changed
        show(app, samples.sample_card_of(card.id))
        show(app, samples.sample_story_of(story_id))
        from elamani_peli.ui.deck_filter import CardEntry

        entry = CardEntry(card, library.decks[deck_id], text)
        show(app, lambda app, seed: app.scenes.push(CardViewScene(app, [entry])))
    finally:
        library.decks[deck_id], library.stories[story_id] = deck, real_story
    assert measured, "the texts were laid out"
    for length, characters in measured:  # linear in the text, whatever it holds
        assert characters <= 60 * length + 2_000, (length, characters)


def test_scripts_the_font_lacks_render_visibly_and_invisible_lines_do_not_crash(app):
    text_cache = app.look.text
    for shown in ["你好", "नमस्ते", "مرحبا", "😀", "a\n\u200b\u200b\nb", "\u0301\u0301 x"]:
        layout = text_cache.layout_at(shown, 30, 400)
        surface = text_cache.render(layout, (0, 0, 0))
        assert surface.get_bounding_rect().width > 0, shown
    assert text_cache.layout_at("a\n\u200b\u200b\nb", 30, 400).lines == ("a", "", "b")


def test_for_display_drops_format_characters_and_replaces_controls():
    assert for_display("a\u200bb\u202ec") == "abc"
    assert for_display("a\tb\u2028c") == "a b\nc"
    assert for_display("bad\x00nul\x1b[31m") == "bad\ufffdnul\ufffd[31m"
    assert for_display("plain ASCII") == "plain ASCII"


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("a\x00b", "character 2 of this text is U+0000 (NUL)"),
        ("\x1b[31mred", "character 1 of this text is U+001B (ESC)"),
        ("\u200b\u200d\ufeff", "only invisible characters"),
        ("\u3164", "only invisible characters"),
        ("x" * 3001, "3,001 characters"),
    ],
)
def test_validate_refuses_texts_that_cannot_be_shown(text, fragment):
    assert fragment in (text_problem(text) or "")
    with pytest.raises(ValidationError, match="text"):
        Card.model_validate({"id": "x", "type": "question", "level": 1, "text": {"fi": text}})


@pytest.mark.parametrize("text", ["你好 😀", "a\n\u200b\nb", "x" * 3000, "Ystävä\u200d", "a\tb"])
def test_validate_accepts_what_the_game_renders(text):
    assert text_problem(text) is None


# -- the problems notice ---------------------------------------------------------------------------


def test_the_problems_notice_holds_one_page_of_10000_errors(app):
    errors = [
        Problem(f"deck-{n // 100:03d}.yaml", n % 100 + 1, 1, "error", f"problem {n}") for n in range(10_000)
    ]
    app.content = type(app.content)(library=app.library, problems=errors)
    try:
        app.scenes.clear()
        notice = ProblemsScene(app)
        app.scenes.push(notice)
        app.draw()
        bullets = [block for block in notice.blocks() if block.kind == "bullet"]
        assert len(bullets) == PAGE_SIZE and notice.pages == 250
        assert bullets[0].text == "1:1 problem 0"
        page_height = notice.form.find("problems-list")._page.get_height()
        notice.turn_page(1)
        app.draw()
        assert next(block.text for block in notice.blocks() if block.kind == "bullet") == "41:1 problem 40"
        notice.turn_page(10_000)
        app.draw()
        assert [b.text for b in notice.blocks() if b.kind == "bullet"][-1] == "100:1 problem 9999"
        assert notice.form.find("problems-list")._page.get_height() <= page_height * 2
    finally:
        app.content = load_content()


def test_the_notice_buttons_turn_pages_with_real_clicks(app):
    from elamani_peli.ui.pilot import Pilot

    errors = [Problem("x.yaml", n + 1, 1, "error", f"problem {n}") for n in range(100)]
    app.content = type(app.content)(library=app.library, problems=errors)
    try:
        app.scenes.clear()
        app._push_first_scenes(app)
        pilot = Pilot(app)
        pilot.advance()
        assert pilot.scene.name == "problems" and pilot.scene.page == 0
        pilot.click("next")
        pilot.advance()
        assert pilot.scene.page == 1
        pilot.click("previous")
        pilot.advance()
        assert pilot.scene.page == 0
        pilot.screenshot("/tmp/hostile-shots/problems-pages.png")
    finally:
        app.content = load_content()


# -- big stories -----------------------------------------------------------------------------------


def chain(count: int) -> Story:
    scenes = [
        {"id": f"s{n}", "text": {"fi": "K"}, "choices": [{"text": {"fi": "go"}, "next": f"s{n + 1}"}]}
        for n in range(count - 1)
    ]
    scenes.append({"id": f"s{count - 1}", "text": {"fi": "L"}, "ending": {"fi": "L"}})
    return Story.model_validate(
        {
            "kind": "story",
            "id": "ketju",
            "title": {"fi": "K"},
            "character": {"name": "K"},
            "start": "s0",
            "scenes": scenes,
        }
    )


def executed_lines(function, *args) -> int:
    import sys

    count = 0

    def tracer(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return tracer

    sys.settrace(tracer)
    try:
        function(*args)
    finally:
        sys.settrace(None)
    return count


def test_story_checks_and_the_graph_layout_are_linear_in_scenes():
    from elamani_peli.content.rules import file_rules
    from elamani_peli.ui.story_graph import layout_story

    small, large = chain(1_000), chain(4_000)
    for work in (lambda story: file_rules(story, Path("."), []), layout_story):
        ratio = executed_lines(work, large) / executed_lines(work, small)
        assert ratio < 6, ratio  # linear: ~4; the old quadratic checks gave ~16


def test_the_story_graph_of_5000_scenes_builds_boxes_only_near_the_view(app):
    story = chain(5_000)
    app.scenes.clear()
    graph = StoryGraphScene(app, story)
    app.scenes.push(graph)
    app.draw()
    boxes = [w for w in graph.form.widgets if w.id.startswith("scene-")]
    assert 0 < len(boxes) < 200
    graph.scroll_by(graph.max_scroll()[0], 0)
    app.draw()
    assert any(w.id == "scene-s4999" for w in graph.form.widgets)


# -- facilitators' own pictures ----------------------------------------------------------------------


def own_story_content(tmp_path: Path, picture: str, data: bytes | str):
    write(tmp_path / "assets/portraits" / picture, data)
    write(
        tmp_path / "story.yaml",
        story("oma-kuva", [("alku", "Alku.", ["loppu"]), ("loppu", "Loppu.", [])], portrait=picture),
    )
    return load_content([tmp_path])


def portrait_colours(app: App, content) -> set[tuple[int, int, int]]:
    app.content, app.library = content, content.library
    try:
        show(app, samples.sample_story_of("oma-kuva"))
        scene = app.scenes.top
        region = pygame.display.get_surface().subsurface(scene.portrait_panel)
        return {
            region.get_at((x, y))[:3]
            for x in range(0, region.get_width(), 4)
            for y in range(0, region.get_height(), 4)
        }
    finally:
        app.content = load_content()
        app.library = app.content.library


def test_a_facilitators_own_portrait_is_shown(app, tmp_path):
    content = own_story_content(tmp_path, "oma.svg", GOOD_SVG)
    assert content.problems == [] and content.library.portraits["oma-kuva"].name == "oma.svg"
    assert (0xC2, 0x18, 0x5B) in portrait_colours(app, content)


@pytest.mark.parametrize(
    ("picture", "data", "fragment"),
    [
        ("pommi.png", png_header(100_000, 100_000), "100000×100000 pixels"),
        ("naurut.svg", '<!DOCTYPE svg [<!ENTITY a "b">]>' + GOOD_SVG, "<!DOCTYPE"),
        (
            "ulos.svg",
            GOOD_SVG.replace("<circle", '<use href="file:///etc/passwd"/><circle'),
            "file:///etc/passwd",
        ),
        ("muodot.svg", GOOD_SVG.replace("<circle", "<circle/>" * 300 + "<circle"), "302 shapes"),
        ("tiheä.svg", GOOD_SVG + "<!-- " + "x" * (300 * 1024) + " -->", "larger than 256 KiB"),
        ("iso.svg", GOOD_SVG + "<!-- " + "x" * (3 * 1024 * 1024) + " -->", "larger than 2 MiB"),
    ],
)
def test_a_picture_over_a_limit_falls_back_to_the_silhouette_and_is_reported(
    app, tmp_path, picture, data, fragment
):
    content = own_story_content(tmp_path, picture, data)
    [warning] = content.problems
    assert (warning.severity, warning.line, warning.column) == (
        "warning",
        6,
        13,
    ) and fragment in warning.message
    assert "oma-kuva" in content.library.stories and "oma-kuva" not in content.library.portraits
    assert (0xC2, 0x18, 0x5B) not in portrait_colours(app, content)
