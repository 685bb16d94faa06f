"""The demo on the real App, headless at pace zero: long runs, bounded memory, any input stops it."""

from __future__ import annotations

import gc

import pygame
import pytest

from elamani_peli.engine.save import SAVE_NAME
from elamani_peli.ui.pilot import Pilot
from elamani_peli.ui.scenes.demo import DemoScene
from elamani_peli.ui.text import CACHE_SIZE


def start_demo(pilot: Pilot, seed: int = 1) -> DemoScene:
    scene = pilot.app.open_scene("demo", seed=seed, pace=0.0)
    assert isinstance(scene, DemoScene)
    pilot.advance()
    return scene


def test_the_title_offers_the_demo_and_opens_it():
    with Pilot.start() as pilot:
        pilot.click("demo")
        assert pilot.scene.name == "demo"


def test_the_demo_plays_hundreds_of_steps_and_loops_without_error_or_saving(private_user_folder):
    with Pilot.start(language="fi") as pilot:
        demo = start_demo(pilot)
        shown: set[str] = set()
        stage_scenes: set[str] = set()
        for _ in range(1500):
            pilot.advance()
            if demo.step_now is not None:
                shown.add(demo.step_now.kind)
            stage_scenes |= {scene.name for scene in demo.stage.scenes}
        assert demo.errors == 0
        assert demo.loops >= 3 and demo.steps_shown >= 300
        assert {
            "turn",
            "card",
            "follow-up",
            "pass",
            "strength-card",
            "scene",
            "story-choice",
            "summary",
        } <= shown
        assert {"board", "card", "story", "summary"} <= stage_scenes  # the real game scenes
        assert pilot.app.session is None  # the demo's session lives on its stage only
        assert not (private_user_folder / SAVE_NAME).exists()
        assert demo.text[0]  # a caption is on screen


def test_memory_stays_flat_over_many_loops():
    """Live Python objects after a warm-up and several loops later: within a generous margin.

    (A 24,000-step run — about 22 hours of demo at the normal pace — kept the process at
    160–167 MB resident from the fifth loop on; see the issue 7 report.)
    """
    with Pilot.start(language="en") as pilot:
        demo = start_demo(pilot, seed=3)
        pilot.advance(frames=600)  # warm-up: text, font and picture caches fill
        gc.collect()
        warm = len(gc.get_objects())
        loops_then = demo.loops
        pilot.advance(frames=1200)
        gc.collect()
        later = len(gc.get_objects())
        assert demo.loops >= loops_then + 3
        assert later < warm * 1.05, (warm, later)
        assert len(demo.art._cache) < 100  # pictures: one per file and size, sizes do not change
        assert len(pilot.app.text._surfaces) <= CACHE_SIZE


@pytest.mark.parametrize(
    "stop",
    [
        lambda pilot: pilot.press("space"),
        lambda pilot: pilot.press("escape"),
        lambda pilot: pilot.press("f1"),
        lambda pilot: pilot.press("f2"),
        lambda pilot: pilot.press("f11"),
        lambda pilot: pilot.click((400, 300)),
        lambda pilot: pilot.tap((640, 650)),
    ],
    ids=["key", "escape", "f1-help", "f2-language", "f11-fullscreen", "click", "touch"],
)
def test_any_key_click_or_touch_returns_to_the_title(stop):
    with Pilot.start() as pilot:
        demo = start_demo(pilot)
        pilot.advance(frames=20)
        stop(pilot)
        assert pilot.scene.name == "title"
        assert [scene.name for scene in pilot.app.scenes] == ["title"]
        assert not list(demo.stage.scenes)


def test_an_error_is_logged_and_the_demo_starts_over(monkeypatch, caplog):
    with Pilot.start(reraise=False) as pilot:
        demo = start_demo(pilot)
        pilot.advance(frames=10)
        loops = demo.loops
        original = demo.director.next_step
        calls = {"n": 0}

        def broken(state):
            calls["n"] += 1
            if calls["n"] == 1:
                raise RuntimeError("a test failure inside the demo")
            return original(state)

        monkeypatch.setattr(demo.director, "next_step", broken)
        demo.step_now = None
        pilot.advance(frames=30)
        assert demo.errors == 1
        assert pilot.scene is demo  # still running, no error screen
        assert demo.loops == loops + 1
        assert "a test failure inside the demo" in caplog.text


def test_resize_and_language_switch_keep_the_demo_running():
    with Pilot.start(language="fi") as pilot:
        demo = start_demo(pilot)
        pilot.advance(frames=30)
        pilot.resize(1920, 1080)
        assert demo.stage.look.metrics.width == 1920
        pilot.app.set_language("en")
        pilot.advance(frames=30)
        assert demo.errors == 0 and pilot.scene is demo
        assert demo.stage_rect.bottom == demo.caption_rect.top
        assert pygame.display.get_surface().get_size() == (1920, 1080)


def test_content_no_session_can_start_from_keeps_the_demo_waiting_not_crashing(caplog):
    from elamani_peli.content.library import ContentLibrary, LoadResult

    with Pilot.start(content=LoadResult(ContentLibrary()), reraise=False) as pilot:
        demo = pilot.app.open_scene("demo", seed=1, pace=0.0)
        pilot.advance(frames=5)
        assert pilot.scene is demo and demo.errors >= 1
        assert "starts over" in caplog.text
