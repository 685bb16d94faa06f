"""The worst cases a hostile facilitator folder can ask for, each next to a baseline of the same run.

- wrap a 10,000-letter word (baseline: 10,000 letters of ordinary words, same width);
- fit the longest text validate accepts into a card (baseline: an ordinary card text);
- open the problems notice with 10,000 errors: time and peak memory (baseline: 10 errors);
  memory is Python's (tracemalloc) plus the pixels of the notice's text page (SDL's own
  allocations are invisible to tracemalloc);
- validate a 50,000-scene story (baseline: a plain libyaml parse of the same file).

Run: ``python benchmarks/bench_hostile.py``. Figures are medians of a few runs.
"""

from __future__ import annotations

import os
import sys
import tempfile
import tracemalloc
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pygame
import yaml
from timing import median_seconds

from elamani_peli import paths
from elamani_peli.content.library import LoadResult, Problem
from elamani_peli.content.loader import load_content
from elamani_peli.ui.fonts import FontBook
from elamani_peli.ui.text import wrap_words

RUNS = 5


def wrapping() -> None:
    pygame.font.init()
    font = FontBook().get(32)
    word = "x" * 10_000
    words = " ".join(["sana"] * 2_000)[:10_000]
    long_word = median_seconds(lambda: wrap_words(word, font, 600), RUNS)
    ordinary = median_seconds(lambda: wrap_words(words, font, 600), RUNS)
    print(
        f"wrap a 10,000-letter word        {long_word * 1000:8.1f} ms   "
        f"(baseline 10,000 letters of words: {ordinary * 1000:.1f} ms)"
    )


def worst_card() -> None:
    """Fitting the longest text validate allows (3,000 letters, no spaces) into a card's text box."""
    from elamani_peli.content.shown_text import MAX_TEXT_CHARS
    from elamani_peli.ui.text import TextCache

    pygame.font.init()
    fonts = FontBook()

    def fit(text: str) -> None:
        TextCache(fonts).fit(text, (900, 330), 72, 24)  # a fresh cache: the full layout cost

    worst = median_seconds(lambda: fit("x" * MAX_TEXT_CHARS), RUNS)
    ordinary = "Mikä on ollut viikkosi paras hetki, ja kenen kanssa vietit sen?"
    normal = median_seconds(lambda: fit(ordinary), RUNS)
    print(
        f"fit the longest legal card text  {worst * 1000:8.1f} ms   "
        f"(baseline an ordinary card text: {normal * 1000:.1f} ms; a frame at 60 Hz: 16.7 ms)"
    )


def notice(errors: int, home: Path) -> tuple[float, int, int]:
    """(seconds to open and draw, Python peak bytes, bytes of the rendered text page)."""
    from elamani_peli.ui.app import App
    from elamani_peli.ui.prefs import Preferences
    from elamani_peli.ui.scenes.problems import ProblemsScene

    library = load_content([], include_builtin=True).library
    problems = [
        Problem(
            f"deck-{n // 100:04d}.yaml", n % 100 + 1, 3, "error", f"`level` cannot be 7; use 1, 2 or 3 ({n})"
        )
        for n in range(errors)
    ]
    app = App(
        LoadResult(library=library, problems=problems),
        prefs=Preferences(),
        prefs_path=home / "s.json",
        window_size=(1280, 720),
    )
    app.start_with(lambda started: None)
    try:
        scene: ProblemsScene | None = None

        def open_notice() -> None:
            nonlocal scene
            app.scenes.clear()
            scene = ProblemsScene(app)
            app.scenes.push(scene)
            app.draw()

        seconds = median_seconds(open_notice, RUNS)
        tracemalloc.start()
        open_notice()
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        page = scene.form.find("problems-list")._page  # type: ignore[union-attr]
        return seconds, peak, page.get_pitch() * page.get_height()
    finally:
        app.close()


def problems_notice() -> None:
    with tempfile.TemporaryDirectory() as temp:
        big = notice(10_000, Path(temp))
        small = notice(10, Path(temp))
    print(
        f"problems notice, 10,000 errors   {big[0] * 1000:8.1f} ms, Python peak {big[1] / 1e6:.1f} MB, "
        f"page {big[2] / 1e6:.1f} MB   (baseline 10 errors: {small[0] * 1000:.1f} ms, "
        f"{small[1] / 1e6:.1f} MB, page {small[2] / 1e6:.1f} MB)"
    )


def story_chain(scenes: int = 50_000) -> None:
    lines = [
        "kind: story",
        "id: ketju",
        "title: {fi: Ketju}",
        "character: {name: Eeka}",
        "start: s0",
        "scenes:",
    ]
    lines += [
        f"  - {{id: s{n}, text: {{fi: Kohtaus {n}}}, choices: [{{text: {{fi: Eteenpäin}}, next: s{n + 1}}}]}}"
        for n in range(scenes - 1)
    ]
    lines.append(f"  - {{id: s{scenes - 1}, text: {{fi: Loppu}}, ending: {{fi: Loppu}}}}")
    with tempfile.TemporaryDirectory() as temp:
        path = Path(temp) / "chain.yaml"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        runs = 3
        validate = median_seconds(lambda: load_content([path], include_builtin=False), runs)
        parse = median_seconds(
            lambda: yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader), runs
        )
        result = load_content([path], include_builtin=False)
        assert not result.problems, result.problems[:3]
    print(
        f"validate a 50,000-scene story    {validate:8.2f} s    "
        f"(baseline plain libyaml parse: {parse:.2f} s; before issue 10: 53 s)"
    )


def main() -> int:
    print(f"data: {paths.data_root()}")
    wrapping()
    worst_card()
    problems_notice()
    story_chain()
    return 0


if __name__ == "__main__":
    sys.exit(main())
