"""The portable (frozen) build's start-up and size, next to the installed package and a bare
pygame window measured in the same run.

1. Start → interactive title, wall time from spawning the process to its exit with
   ``play --exit-at-title`` (content loaded, window open, title drawn once, window closed):
   the frozen ``Elamani-peli`` executable, the installed package (``python -m elamani_peli``)
   and, as the baseline, a bare pygame program that opens a 1280×720 window and flips once.
   The three are run in turn, ``--runs`` times each; medians. SDL's dummy drivers unless
   ``--window`` is given and ``DISPLAY`` is set (then real X windows, e.g. Xvfb).
2. The unpacked folder's size by component (the same report the build script prints).

Run: ``python benchmarks/bench_frozen.py [--folder dist/Elamani-peli] [--runs 5] [--window]``.
Without ``--folder`` it builds first with packaging/build.sh into a temporary folder (needs
the build extra: ``pip install ".[build]"``).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
import bundle  # noqa: E402

BARE_WINDOW = """
import pygame
pygame.display.init()
surface = pygame.display.set_mode((1280, 720), pygame.RESIZABLE)
surface.fill((234, 230, 222))
pygame.display.flip()
pygame.display.quit()
"""


def build(dist: Path) -> Path:
    env = {**os.environ, "PYTHON": sys.executable, "DIST": str(dist)}
    subprocess.run(
        ["bash", str(ROOT / "packaging" / "build.sh")],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return dist / "Elamani-peli"


def game_executable(folder: Path) -> Path:
    if folder.suffix == ".app":
        return folder / "Contents" / "MacOS" / "Elamani-peli"
    return folder / ("Elamani-peli.exe" if sys.platform == "win32" else "Elamani-peli")


def wall_time(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path, help="an unpacked build (default: build one now)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--window", action="store_true", help="real windows on DISPLAY instead of SDL's dummy"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-frozen-") as scratch:
        folder = args.folder or build(Path(scratch) / "dist")
        env = {
            **os.environ,
            "ELAMANI_PELI_HOME": str(Path(scratch) / "home"),
            "PYGAME_HIDE_SUPPORT_PROMPT": "1",
        }
        if not (args.window and os.environ.get("DISPLAY")):
            env.update(SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")
        env.setdefault("SDL_AUDIODRIVER", "dummy")
        commands = {
            "bare pygame window (baseline)": [sys.executable, "-c", BARE_WINDOW],
            "installed package": [sys.executable, "-m", "elamani_peli", "play", "--exit-at-title"],
            "frozen build": [str(game_executable(folder)), "play", "--exit-at-title"],
        }
        for command in commands.values():  # warm the file cache once, unmeasured
            wall_time(command, env)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, command in commands.items():
                times[name].append(wall_time(command, env))
        video = "X window" if "SDL_VIDEODRIVER" not in env else "dummy video"
        print(f"Start → interactive title ({video}; median of {args.runs}):")
        baseline = statistics.median(times["bare pygame window (baseline)"])
        for name, values in times.items():
            median = statistics.median(values)
            print(f"  {name:<30} {median:6.2f} s   {median / baseline:4.1f}× the baseline")
        print()
        print(bundle.size_report(folder))
    return 0


if __name__ == "__main__":
    sys.exit(main())
