"""Read-aloud costs nothing while the table talks: idle CPU on a card with read-aloud on,
next to the same card with read-aloud off, in the same run (alternating, median of each).

The voice is a silent stand-in (the cost of a real voice is the operating system's, on its
own thread or process); what is measured is the game's side: the speaker thread waiting on
its condition and ``ReadAloud.observe`` after each drawn frame.

Run: ``python benchmarks/bench_read_aloud.py [--seconds 8] [--runs 3]``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys

CHILD = r"""
import os, sys, time
os.environ["SDL_VIDEODRIVER"] = "dummy"; os.environ["SDL_AUDIODRIVER"] = "dummy"
from elamani_peli.ui.app import App
from elamani_peli.ui.pilot import builtin_content
from elamani_peli.ui.prefs import Preferences

class Quiet:
    name = "quiet"
    def has_language(self, language): return True
    def start(self, text, language): pass
    def wait(self): pass
    def stop(self): pass

app = App(builtin_content(), prefs=Preferences(language="fi", read_aloud=sys.argv[1] == "on"), language="fi")
app.voice_factory = Quiet
app.start()
app.registry.get("card").sample(app, 1)
for _ in range(30):
    app.step()
cpu, wall = time.process_time(), time.perf_counter()
while time.perf_counter() - wall < float(sys.argv[2]):
    app.step()
print(100 * (time.process_time() - cpu) / (time.perf_counter() - wall))
app.close()
"""


def idle_percent(mode: str, seconds: float, home: str) -> float:
    env = {**os.environ, "ELAMANI_PELI_HOME": home, "PYGAME_HIDE_SUPPORT_PROMPT": "1"}
    out = subprocess.run(
        [sys.executable, "-c", CHILD, mode, str(seconds)], capture_output=True, text=True, env=env, check=True
    )
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=8.0)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    import tempfile

    figures: dict[str, list[float]] = {"off": [], "on": []}
    with tempfile.TemporaryDirectory() as home:
        for _ in range(args.runs):
            for mode in ("off", "on"):  # alternating: both see the same machine
                figures[mode].append(idle_percent(mode, args.seconds, home))
    for mode in ("off", "on"):
        print(f"idle on a card, read-aloud {mode:>3}: {statistics.median(figures[mode]):.2f} % of a core")
    print("(baseline: read-aloud off, measured in the same run)")


if __name__ == "__main__":
    main()
