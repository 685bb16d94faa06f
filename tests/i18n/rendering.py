"""Render a registered scene's sample headless and record every text drawn in the frame.

The same path as ``elamani-peli screenshot``: an App with the sample's seeded session,
run until its entry animation settles, then one frame drawn while the App's
:class:`TextCache` reports each layout and the box it was drawn into.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pygame

from elamani_peli.ui.app import App
from elamani_peli.ui.pilot import builtin_content
from elamani_peli.ui.prefs import Preferences
from elamani_peli.ui.registry import SceneRegistry
from elamani_peli.ui.text import BREAK_AFTER, TextLayout, placement

from .catalogs import TEMPLATE, ids, read_catalog

_REGISTRY = SceneRegistry().discover()
SAMPLED_SCENES = [name for name in _REGISTRY.names() if _REGISTRY.get(name).sample]
"""Every registered scene that the screenshot command can show."""


@dataclass(frozen=True)
class DrawnText:
    layout: TextLayout
    box: pygame.Rect  # the rect the caller gave
    placed: pygame.Rect  # where the whole layout went (before any clipping)
    clip: pygame.Rect  # the surface's clip at the time: a scroll view's port, else the window


@dataclass
class Frame:
    texts: list[DrawnText] = field(default_factory=list)


@contextmanager
def rendered_sample(
    name: str,
    language: str,
    size: tuple[int, int] = (960, 600),
    text_scale: float = 2.0,
    seed: int = 1,
    **preferences: object,
) -> Iterator[tuple[App, Frame]]:
    """An App showing the sample of scene ``name``, and the texts of one freshly drawn frame."""
    prefs = Preferences(language=language, text_scale=text_scale).with_changes(**preferences)
    app = App(builtin_content(), prefs=prefs, language=language, window_size=size, seed=seed)
    app.reraise_errors = True
    entry = app.registry.discover().get(name)
    show = EXTRA_VIEWS.get(name) or (entry.sample if entry is not None else None)
    assert show is not None, f"no sample for {name!r}"
    try:
        app.start_with(lambda started: show(started, seed))
        settle(app)
        frame = Frame()
        record_texts(app, frame)
        app.draw()
        yield app, frame
    finally:
        app.close()


def settle(app: App, limit: int = 600) -> None:
    """Step the App (1/60 s each) until nothing animates, at most ``limit`` steps."""
    for _ in range(limit):
        app.step(idle_wait=False, dt=1 / 60)
        if not getattr(app, "animating", False):
            break


def record_texts(app: App, frame: Frame) -> None:
    """Make the App's text cache report every layout it draws into ``frame``."""
    cache = app.text
    original = cache.__dict__.get("_undecorated_draw", cache.draw)  # record into one frame at a time
    cache._undecorated_draw = original  # type: ignore[attr-defined]

    def draw(surface, layout, rect, colour, align="left", valign="top"):
        placed = original(surface, layout, rect, colour, align, valign)
        whole = placement(layout, rect, align, valign)
        frame.texts.append(DrawnText(layout, pygame.Rect(rect), whole, surface.get_clip()))
        return placed

    cache.draw = draw  # type: ignore[method-assign]


def missing_glyphs(app: App, layout: TextLayout) -> set[str]:
    """Characters of ``layout`` the font draws as its "no glyph" box."""
    font = app.fonts.get(layout.size, layout.weight)
    box = pygame.image.tobytes(font.render("\ue000", True, (0, 0, 0)), "RGBA")  # a private-use character
    return {
        ch
        for ch in set(layout.text) - set(" \n")
        if pygame.image.tobytes(font.render(ch, True, (0, 0, 0)), "RGBA") == box
    }


def _broken_words(layout: TextLayout) -> bool:
    """True when wrapping had to cut a word (paths and hyphenated words may break after a separator)."""
    words = [word for word in layout.text.split() if not any(mark in word for mark in BREAK_AFTER)]
    joined = " ".join(layout.lines).split()
    return any(word not in joined for word in words)


def layout_problems(app: App, frame: Frame, slack: int = 2, *, whole_words: bool = False) -> list[str]:
    """Text or widgets outside their box or the window, text that did not fit, blank labels,
    letters the font does not have — and with ``whole_words``, a word broken across lines."""
    window = pygame.display.get_surface().get_rect()
    problems = []
    for drawn in frame.texts:
        text = drawn.layout.text[:50]
        missing = missing_glyphs(app, drawn.layout)
        if missing:
            problems.append(f"the font has no glyph for {sorted(missing)} in {text!r}")
        if whole_words and _broken_words(drawn.layout):
            problems.append(f"a word is broken across lines: {drawn.layout.lines}")
        if not drawn.layout.fits:
            problems.append(f"text does not fit even at the smallest size: {text!r}")
        if not drawn.clip.inflate(2 * slack, 2 * slack).contains(drawn.placed):
            problems.append(f"text {text!r} at {drawn.placed} runs outside {drawn.clip}")
        if not drawn.box.inflate(2 * slack, 2 * slack).contains(drawn.placed) and drawn.clip == window:
            problems.append(f"text {text!r} at {drawn.placed} runs outside its box {drawn.box}")
    for scene in app.scenes.visible():
        for widget in scene.form.widgets:
            if not window.contains(widget.rect):
                problems.append(f"{scene.name}: widget {widget.id!r} at {widget.rect} is outside the window")
            labels = [getattr(widget, "label", "x")] + [label for _, label in getattr(widget, "options", ())]
            if any(not str(label).strip() for label in labels):
                problems.append(f"{scene.name}: widget {widget.id!r} has a blank label")
    return problems


def _msgid_patterns() -> list[re.Pattern[str]]:
    """One pattern per English message id with words of its own (placeholders match anything)."""
    patterns = []
    for message in read_catalog(TEMPLATE):
        for text in ids(message) if message.id else ():
            words = re.sub(r"\{[^{}]*\}", "", text)
            if not re.search(r"[A-Za-z]{4,}", words):  # "{count} min" reads the same in Finnish
                continue
            pieces = re.split(r"\{[^{}]*\}", text)
            patterns.append(re.compile(".*".join(re.escape(piece) for piece in pieces), re.DOTALL))
    return patterns


def raw_msgids(frame: Frame) -> list[str]:
    """Drawn texts that are an English message id as it is (not translated)."""
    patterns = _msgid_patterns()
    found = []
    for drawn in frame.texts:
        text = drawn.layout.text
        if any(pattern.fullmatch(text) for pattern in patterns):
            found.append(text)
    return found


# -- scenes without a screenshot sample, reached the way a player reaches them ---------------


def _board_at(phase: str):
    """The board with the overlay for ``phase`` (free choice, breather, …), from a sample session."""

    def build(app: App, seed: int) -> None:
        from elamani_peli.engine.actions import Roll
        from elamani_peli.ui.samples import advance_to, sample_session
        from elamani_peli.ui.scenes.board import open_board

        for attempt in range(seed, seed + 40):  # some seeds never land on a breather
            session = sample_session(app, attempt)
            advance_to(session, ("roll",))
            session.apply(Roll())
            if advance_to(session, (phase,)):
                break
        assert session.state.phase == phase, f"no sample session reaches {phase!r}"
        app.session = session
        app.scenes.push(open_board(app, session))

    return build


def _over(sample: str, widget_id: str):
    """A registered sample, then the button ``widget_id`` pressed (a dialog opens)."""

    def build(app: App, seed: int) -> None:
        _REGISTRY.get(sample).sample(app, seed)
        app.scenes.top.rebuild()
        form = app.scenes.top.form
        while form.find(widget_id) is None and form.find("more") is not None:  # a paged setup
            form.find("more").activate(None)
            form = app.scenes.top.form
        form.find(widget_id).activate(None)

    return build


def _opened(name: str, **options: object):
    def build(app: App, seed: int) -> None:
        _REGISTRY.get("title").sample(app, seed)
        app.open_scene(name, **options)

    return build


def _story_mode(app: App, seed: int) -> None:
    from elamani_peli.ui.scenes.story import StoryModeScene

    _REGISTRY.get("stories").sample(app, seed)
    app.scenes.push(StoryModeScene(app, sorted(app.library.stories)[0]))


def _confirm_delete(app: App, seed: int) -> None:
    """Settings → Stored on this computer → Delete: the question before anything is deleted."""
    from elamani_peli.ui.scenes.settings import SettingsScene
    from elamani_peli.ui.storage import stored_items

    _REGISTRY.get("title").sample(app, seed)
    settings = SettingsScene(app, section="storage")
    app.scenes.push(settings)
    settings._ask_delete(next(item for item in stored_items() if item.key == "logs"))


def _problems(app: App, seed: int) -> None:
    """The notice shown at start when a content file has errors (a broken deck in --decks)."""
    import tempfile

    from elamani_peli.content.loader import load_content

    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "rikki.yaml").write_text("kind: deck\nid: Rikki Pakka\ncards: [\n", encoding="utf-8")
        app.content = load_content([Path(folder)])
    assert app.content.errors
    _REGISTRY.get("title").sample(app, seed)
    app.open_scene("problems")


EXTRA_VIEWS = {
    "free-choice": _board_at("choose_theme"),
    "strengths-space": _board_at("strength"),
    "breather": _board_at("breather"),
    "arrived": _board_at("arrived"),
    "story-discuss": _board_at("discuss"),
    "closing-card": _board_at("closing"),
    "give-strength": _over("card", "strength"),
    "setup-players": _over("setup", "players"),
    "setup-themes": _over("setup", "themes"),
    "setup-stories": _over("setup", "stories"),
    "setup-notes": _over("setup", "notes"),
    "guide": _opened("guide"),
    "confirm": _confirm_delete,
    "story-mode": _story_mode,
    "problems": _problems,
}
"""Views the screenshot command has no sample for; ``rendered_sample`` accepts these names too."""
