"""The deck browser's search stays linear in the number of cards, and a page costs the same.

The built-in cards are repeated to 2,500, 5,000, 10,000 and 20,000 entries. Timed, next to a
baseline measured in the same run (one plain pass that reads every letter of every entry's folded text):

- ``filter``: :func:`filter_cards` for a one-word query found in ~10 % of cards ("ystava"),
  a three-word query, a word found nowhere, and the theme filter with a query;
- ``counts``: :func:`option_counts` for the theme list (cards per theme with the search "mita"),
  what opening the theme chooser adds;
- ``search``: what one typed letter costs in the scene (filter, then build one page of
  rows — each row explained and its marks placed — and draw the frame), through the
  scene's own ``search`` and the App's draw, headless.

Linear work keeps a constant ratio to the baseline and doubles when the cards double (a
pairwise step would quadruple). Figures are medians.
Run: ``python benchmarks/bench_browser.py``.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

from timing import median_seconds

from elamani_peli.ui.deck_filter import CardFilter, card_entries, filter_cards, option_counts
from elamani_peli.ui.pilot import Pilot, builtin_content

SIZES = (2_500, 5_000, 10_000, 20_000)
RUNS = 9
QUERIES = {
    "one word": CardFilter(query="ystava"),
    "three words": CardFilter(query="mita sinulle on"),
    "no match": CardFilter(query="zorbingia"),
    "theme+word": CardFilter(theme="friends", query="mita"),
}


def main() -> int:
    library = builtin_content().library
    base_entries = card_entries(library)
    print(
        f"median of {RUNS} runs (Python {sys.version.split()[0]});"
        f" the {len(base_entries)} built-in cards repeated"
    )
    header = ("cards", "baseline", *QUERIES, "counts", "search+page", "per card")
    print("  " + "  ".join(f"{name:>11}" for name in header))
    previous: list[float] | None = None
    with Pilot.start(language="fi") as pilot:
        pilot.click("deck-browser")
        browser = pilot.scene
        for size in SIZES:
            entries = (base_entries * (size // len(base_entries) + 1))[:size]

            def baseline(entries=entries) -> int:  # reads every letter of every card once
                return sum(entry.haystack.count(" ") for entry in entries)

            base = median_seconds(baseline, RUNS)
            figures = [
                median_seconds(lambda f=card_filter, e=entries: filter_cards(e, f), RUNS)
                for card_filter in QUERIES.values()
            ]
            counted = CardFilter(query="mita")
            figures.append(median_seconds(lambda e=entries, f=counted: option_counts(e, f, "theme"), RUNS))
            browser.entries = entries

            def typed(flip=[False]) -> None:  # noqa: B006 - alternate so every call changes the list
                flip[0] = not flip[0]
                browser.search("ystava" if flip[0] else "ystav")
                pilot.app.draw()

            page = median_seconds(typed, RUNS)
            row = (
                f"  {size:>11}  {base * 1e3:9.2f}ms"
                + "".join(f"  {t * 1e3:9.2f}ms" for t in figures)
                + f"  {page * 1e3:9.2f}ms  {figures[0] / size * 1e9:8.0f}ns"
            )
            if previous is not None:
                row += f"   ×{figures[0] / previous[0]:.1f} (one word), ×{page / previous[1]:.1f} (page)"
            print(row)
            print("  " + " " * 11 + "  ratio to baseline: " + "  ".join(f"{t / base:.1f}" for t in figures))
            previous = [figures[0], page]
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
