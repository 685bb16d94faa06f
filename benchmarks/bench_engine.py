"""Engine speed: actions applied per second, and the time to resume a 500-action session.

Each figure is printed next to a baseline measured in the same run on the same data:

1. ``apply`` throughput — replaying a recorded 500-action log through ``rules.apply``
   (pure, no saving), next to the same number of bare ``dataclasses.replace`` calls on
   the same state (the cheapest possible "new frozen state per action").
2. ``Session.apply`` with autosave — each action also written atomically (temp file,
   fsync, rename, backup), next to a loop that only writes and fsyncs the same bytes.
3. Resume — ``SaveStore.load`` of the 500-action save (read, parse, replay, digest
   check), next to a bare ``json.loads`` of the same file's text.

The session is played on the built-in content with random legal actions (6 players on a
board of four times the default board's spaces, so that it lasts past 500 actions), and
cut at 500 actions: a resume in the middle of a long session. Figures are medians.
Run: ``python benchmarks/bench_engine.py [--runs 5]``.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
from dataclasses import replace
from pathlib import Path

from timing import median_seconds

from elamani_peli.content.library import ContentLibrary
from elamani_peli.content.loader import load_content
from elamani_peli.engine.autoplay import play_session
from elamani_peli.engine.rules import apply, start_session
from elamani_peli.engine.save import SaveStore
from elamani_peli.engine.session import Session
from elamani_peli.engine.setup import SessionSetup, default_setup

ACTIONS = 500
LONG_BOARD = "bench-long"


def bench_library() -> ContentLibrary:
    """The built-in content plus a long board (the default board's middle spaces four times)."""
    library = load_content().library
    board = library.boards.get("perus") or next(iter(library.boards.values()))
    middle = board.spaces[1:-1]
    spaces = [board.spaces[0], *middle * 4, board.spaces[-1]]
    library.boards[LONG_BOARD] = board.model_copy(update={"id": LONG_BOARD, "spaces": spaces})
    return library


def long_session(library: ContentLibrary) -> tuple[SessionSetup, list]:
    setup = default_setup(library, seed=2026, players=6)
    setup = replace(setup, board_id=LONG_BOARD, length_unit="rounds", length=999)
    log = play_session(library, setup, play_seed=2026).log
    if len(log) < ACTIONS:
        raise SystemExit(f"the benchmark session has only {len(log)} actions; make the board longer")
    return setup, log[:ACTIONS]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    library = bench_library()
    setup, log = long_session(library)

    def replay_pure() -> None:
        state = start_session(library, setup)
        for action in log:
            state = apply(library, state, action).state

    first = start_session(library, setup)

    def replace_loop() -> None:
        state = first
        for number in range(ACTIONS):
            state = replace(state, elapsed_seconds=number)

    with tempfile.TemporaryDirectory() as folder:
        store = SaveStore(Path(folder) / "saves")

        def play_with_autosave() -> None:
            store.discard()
            session = Session.new(library, setup, store)
            for action in log:
                session.apply(action)

        play_with_autosave()
        text = store.path.read_text(encoding="utf-8")
        raw = Path(folder) / "raw.json"

        def write_fsync_loop() -> None:
            for _ in range(ACTIONS):
                with open(raw, "w", encoding="utf-8") as file:
                    file.write(text)
                    file.flush()
                    os.fsync(file.fileno())

        def resume() -> None:
            assert store.load(library) is not None and not store.problems

        timings = {
            "apply": median_seconds(replay_pure, runs),
            "replace": median_seconds(replace_loop, runs),
            "autosave": median_seconds(play_with_autosave, runs),
            "fsync": median_seconds(write_fsync_loop, runs),
            "resume": median_seconds(resume, runs),
            "json": median_seconds(lambda: json.loads(store.path.read_text(encoding="utf-8")), runs),
        }
        size = store.path.stat().st_size

    def rate(key: str) -> str:
        return f"{ACTIONS / timings[key]:>10,.0f} actions/s ({timings[key] * 1000:7.1f} ms for {ACTIONS})"

    def ratio(key: str, baseline: str) -> str:
        return f"{key}/baseline {timings[key] / timings[baseline]:.1f}x"

    print(f"Engine benchmark: {ACTIONS} actions, 6 players, built-in content, median of {runs} runs")
    print(f"  apply (pure replay)            {rate('apply')}")
    print(f"  baseline: dataclasses.replace  {rate('replace')}   {ratio('apply', 'replace')}")
    print(f"  Session.apply + autosave       {rate('autosave')}")
    print(f"  baseline: write+fsync only     {rate('fsync')}   {ratio('autosave', 'fsync')}")
    print(f"  resume (load + replay + check) {timings['resume'] * 1000:7.1f} ms   save file {size:,} bytes")
    print(f"  baseline: json.loads of it     {timings['json'] * 1000:7.1f} ms   {ratio('resume', 'json')}")


if __name__ == "__main__":
    main()
