"""The two card-text lint rules grow linearly with the number of cards.

The same-text rule (one dict of seen texts across all loaded files) and the closed-opener
rule (one word test per Finnish card text) are timed on decks of 2,500, 5,000 and 10,000
cards, next to a baseline measured in the same run: one plain pass that reads every card's
`fi` and `en` text. Linear rules keep a constant ratio to the baseline and double when the
cards double (a pairwise comparison would quadruple). Figures are medians.
Run: ``python benchmarks/bench_lint_cards.py``.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from bench_content_load import write_deck
from timing import median_seconds

from elamani_peli.content.lint import _duplicate_texts, closed_opener
from elamani_peli.content.loader import load_content
from elamani_peli.content.models import Deck

SIZES = (2_500, 5_000, 10_000)
RUNS = 5


def measure(size: int) -> tuple[float, float, float]:
    """Median seconds of the baseline pass, the same-text rule and the opener rule."""
    with tempfile.TemporaryDirectory() as temp:
        result = load_content([write_deck(Path(temp), size)], include_builtin=False)
    deck = result.library.decks["bench"]
    assert isinstance(deck, Deck) and len(deck.cards) == size

    def baseline() -> int:
        return sum(len(card.text["fi"]) + len(card.text["en"]) for card in deck.cards)

    def same_text() -> int:
        return len(list(_duplicate_texts(result.loaded)))

    def openers() -> int:
        return sum(closed_opener(card.text["fi"]) for card in deck.cards)

    return median_seconds(baseline, RUNS), median_seconds(same_text, RUNS), median_seconds(openers, RUNS)


def main() -> int:
    print(f"median of {RUNS} runs (Python {sys.version.split()[0]})")
    header = ("cards", "baseline", "same text", "openers", "same/base", "open/base")
    print("  " + "  ".join(f"{name:>9}" for name in header))
    previous: tuple[float, float, float] | None = None
    for size in SIZES:
        base, same, opened = figures = measure(size)
        growth = ""
        if previous is not None:
            growth = f"   doubling the cards: ×{same / previous[1]:.1f} and ×{opened / previous[2]:.1f}"
        print(
            f"  {size:>9}  {base * 1e3:7.2f}ms  {same * 1e3:7.2f}ms  {opened * 1e3:7.2f}ms"
            f"  {same / base:9.1f}  {opened / base:9.1f}{growth}"
        )
        previous = figures
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
