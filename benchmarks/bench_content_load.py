"""Load+validate of a 10,000-card deck next to a plain libyaml parse of the same file.

Goal (issue 2): the whole load and validation, line numbers included, takes at most
1.5× a plain ``yaml.load(text, Loader=yaml.CSafeLoader)``. Both are measured in the same
run on the same file; figures are medians. Run: ``python benchmarks/bench_content_load.py``.
"""

from __future__ import annotations

import gc
import sys
import tempfile
from pathlib import Path

import yaml
from timing import median_seconds

from elamani_peli.content.loader import load_content

CARDS = 10_000
RUNS = 5
GOAL = 1.5


def write_deck(folder: Path, cards: int = CARDS) -> Path:
    """A themeless deck (so it needs no themes file) in two languages, with follow-ups."""
    lines = [
        "kind: deck",
        "id: bench",
        "title: {fi: Mittapakka, en: Benchmark deck}",
        "languages: [fi, en]",
        "cards:",
    ]
    for number in range(cards):
        lines += [
            f"  - id: bench-{number:05d}",
            f"    type: {('question', 'reflection', 'action')[number % 3]}",
            f"    level: {number % 3 + 1}",
            "    text:",
            f"      fi: Mikä on ollut viikkosi paras hetki, ja kenen kanssa vietit sen? ({number})",
            f"      en: What was the best moment of your week, and who were you with? ({number})",
            "    follow_up: {fi: Miltä se tuntui?, en: How did it feel?}",
            "    tags: [arki, viikko]",
        ]
    path = folder / "bench.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def main() -> int:
    with tempfile.TemporaryDirectory() as temp:
        path = write_deck(Path(temp))
        size_mb = path.stat().st_size / 1e6

        def plain_parse() -> object:
            return yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)

        def plain_parse_gc_paused() -> object:
            gc.disable()
            try:
                return plain_parse()
            finally:
                gc.enable()

        def full_load() -> object:
            result = load_content([path], include_builtin=False)
            if result.problems or len(result.library.decks["bench"].cards) != CARDS:
                raise SystemExit(f"the benchmark deck did not load cleanly: {result.problems[:3]}")
            return result

        plain = median_seconds(plain_parse, RUNS)
        plain_paused = median_seconds(plain_parse_gc_paused, RUNS)
        ours = median_seconds(full_load, RUNS)
    print(f"{CARDS} cards, {size_mb:.1f} MB, median of {RUNS} runs (Python {sys.version.split()[0]})")
    print(f"  yaml.load(CSafeLoader)                     {plain:6.3f} s   (baseline)")
    print(f"  yaml.load(CSafeLoader), GC paused          {plain_paused:6.3f} s")
    print(f"  load_content: parse+validate+positions     {ours:6.3f} s")
    print(f"  ratio load_content / baseline              {ours / plain:6.2f}×  (goal ≤ {GOAL}×)")
    print(f"  ratio load_content / GC-paused parse       {ours / plain_paused:6.2f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
