"""UI speed and calm, each figure next to a plain pygame baseline measured in the same run.

1. Start → first frame: a fresh process that loads the content, opens the App's window and
   draws the title, next to a bare pygame program that opens a 1280×720 window and flips
   once. Goal ≤ 1.5×. (Wall time from spawning the process to its "drawn" line; median.)
2. CPU over N seconds (default 10) with a static scene on screen and no input, next to a
   ``clock.tick(60)`` loop that redraws every frame. Goal < 1 % of one core. The scene is
   the card scene's sample when installed, else the title.
3. Frame time while animating at 1920×1080, through the App's own step (``update`` +
   ``draw`` + ``flip``): the board sample rolls the die ("r") and the token walks, frames
   measured while the scene animates, over fresh samples until enough frames are counted.
   Scenes without an animation (card, title) are measured as forced full redraws — an
   upper bound. p50, p90, p99; goal p99 < 8 ms.

Run: ``python benchmarks/bench_ui.py [--seconds 10] [--runs 5]``. Uses SDL's dummy video
driver unless ``DISPLAY`` is set and ``--window`` is given (then a real X window, e.g. Xvfb,
with ``SDL_FRAMEBUFFER_ACCELERATION=0`` as the play command sets).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import textwrap
import time

BARE_START = """
import pygame
pygame.display.init()
surface = pygame.display.set_mode((1280, 720), pygame.RESIZABLE)
surface.fill((234, 230, 222))
pygame.display.flip()
print("drawn", flush=True)
"""

APP_START = """
from elamani_peli.ui.splash import show_splash
show_splash((1280, 720))
print("drawn", flush=True)
from elamani_peli.content.loader import load_content
from elamani_peli.ui.app import App
app = App(load_content(), language="fi")
app.start()
app.step(idle_wait=False)
print("title", flush=True)
app.close()
"""

IDLE_APP = """
import resource, sys, time
from elamani_peli.content.loader import load_content
from elamani_peli.ui.app import App
seconds = float(sys.argv[1])
app = App(load_content(), language="fi")
entry = None
app.registry.discover()
for name in ("card", "title"):
    entry = app.registry.get(name)
    if entry is not None and entry.sample is not None:
        break
app.start_with(lambda a: entry.sample(a, 1))
for _ in range(600):
    app.step(idle_wait=False, dt=1 / 60)
    if not app.animating:
        break
app.draw()
frames = app.frames_drawn
r0 = resource.getrusage(resource.RUSAGE_SELF); t0 = time.perf_counter()
while time.perf_counter() - t0 < seconds:
    app.step()
r1 = resource.getrusage(resource.RUSAGE_SELF); t1 = time.perf_counter()
cpu = (r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime) / (t1 - t0)
print(entry.name, cpu, app.frames_drawn - frames, flush=True)
app.close()
"""

IDLE_TICK = """
import resource, sys, time
import pygame
seconds = float(sys.argv[1])
pygame.display.init()
surface = pygame.display.set_mode((1280, 720), pygame.RESIZABLE)
clock = pygame.time.Clock()
r0 = resource.getrusage(resource.RUSAGE_SELF); t0 = time.perf_counter()
while time.perf_counter() - t0 < seconds:
    pygame.event.get()
    surface.fill((234, 230, 222))
    pygame.display.flip()
    clock.tick(60)
r1 = resource.getrusage(resource.RUSAGE_SELF); t1 = time.perf_counter()
print("tick", (r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime) / (t1 - t0), 0, flush=True)
"""

FRAMES_APP = """
import statistics, sys, time
import pygame
from elamani_peli.content.loader import load_content
from elamani_peli.ui.app import App
frames, name, key = int(sys.argv[1]), sys.argv[2], sys.argv[3]
app = App(load_content(), language="fi", window_size=(1920, 1080))
app.registry.discover()
entry = app.registry.get(name)
if entry is None or entry.sample is None:
    print(name, "nan", "nan", "nan", flush=True)
    raise SystemExit(0)
app.start_with(lambda a: None)
times, forced, seed = [], False, 1
while len(times) < frames:
    app.scenes.clear()
    entry.sample(app, seed)
    seed += 1
    for _ in range(600):  # settle: entry animations of the sample
        app.step(idle_wait=False, dt=1 / 60)
        if not app.animating:
            break
    if key != "-":
        code = pygame.key.key_code(key)
        pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=code, mod=0, unicode="", scancode=0))
    app.step(idle_wait=False, dt=1 / 60)  # the frame that handles the key
    measured = 0
    while app.animating and measured < 600:
        start = time.perf_counter()
        app.step(idle_wait=False, dt=1 / 60)
        times.append((time.perf_counter() - start) * 1000)
        measured += 1
    if measured == 0:  # nothing animates here: measure full redraws instead
        forced = True
        for _ in range(frames):
            app.request_redraw()
            start = time.perf_counter()
            app.step(idle_wait=False, dt=1 / 60)
            times.append((time.perf_counter() - start) * 1000)
times.sort()
kind = "full redraws" if forced else "animation frames"
print(name, statistics.median(times), times[int(len(times) * 0.9) - 1], times[int(len(times) * 0.99) - 1],
      kind.replace(" ", "_"), len(times), flush=True)
app.close()
"""


def environment(real_window: bool) -> dict[str, str]:
    env = dict(os.environ, SDL_AUDIODRIVER="dummy", PYGAME_HIDE_SUPPORT_PROMPT="1")
    if real_window and env.get("DISPLAY"):
        env.pop("SDL_VIDEODRIVER", None)
        env["SDL_FRAMEBUFFER_ACCELERATION"] = "0"
    else:
        env["SDL_VIDEODRIVER"] = "dummy"
    return env


def run(code: str, env: dict[str, str], *args: str) -> tuple[float, str]:
    """Seconds from spawning ``python -c code`` to its first output line, and that line."""
    times, lines = run_lines(code, env, *args)
    return times[0], lines[0]


def run_lines(code: str, env: dict[str, str], *args: str) -> tuple[list[float], list[str]]:
    """Seconds from spawning ``python -c code`` to each of its output lines, and the lines."""
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code), *args], stdout=subprocess.PIPE, env=env, text=True
    )
    assert process.stdout is not None
    times, lines = [], []
    for line in process.stdout:
        times.append(time.perf_counter() - start)
        lines.append(line.strip())
    process.wait()
    if process.returncode or not lines:
        raise SystemExit(f"benchmark child failed ({process.returncode})")
    return times, lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0, help="idle CPU measurement length")
    parser.add_argument("--runs", type=int, default=5, help="start-up runs per program (median)")
    parser.add_argument("--frames", type=int, default=300, help="animated frames measured")
    parser.add_argument("--window", action="store_true", help="use the X display in DISPLAY (e.g. Xvfb)")
    options = parser.parse_args()
    env = environment(options.window)
    print(f"video driver: {'X11 ' + env['DISPLAY'] if 'SDL_VIDEODRIVER' not in env else 'dummy'}")

    bare = statistics.median(run(BARE_START, env)[0] for _ in range(options.runs))
    app_runs = [run_lines(APP_START, env)[0] for _ in range(options.runs)]
    app = statistics.median(times[0] for times in app_runs)
    title = statistics.median(times[1] for times in app_runs)
    verdict = "ok" if app <= 1.5 * bare else "OVER GOAL"
    print(
        f"start → first frame: app {app * 1000:.0f} ms, bare pygame window {bare * 1000:.0f} ms, "
        f"ratio {app / bare:.2f}× (goal ≤ 1.5×) {verdict}; "
        f"title ready (content loaded and validated) {title * 1000:.0f} ms"
    )

    _, tick_line = run(IDLE_TICK, env, str(options.seconds))
    _, app_line = run(IDLE_APP, env, str(options.seconds))
    tick_cpu = float(tick_line.split()[1])
    scene, app_cpu, frames = app_line.split()
    verdict = "ok" if float(app_cpu) < 0.01 else "OVER GOAL"
    print(
        f"CPU over {options.seconds:.0f} s, no input: {scene} scene {float(app_cpu) * 100:.2f} % of a core "
        f"({frames} frames drawn), clock.tick(60) loop {tick_cpu * 100:.2f} % (goal < 1 %) {verdict}"
    )

    for name, key in (("board", "r"), ("card", "-"), ("title", "-")):
        _, frame_line = run(FRAMES_APP, env, str(options.frames), name, key)
        scene, p50, p90, p99, *rest = frame_line.split()
        if p50 == "nan":
            print(f"frame time: no {name} scene installed")
            continue
        kind, count = rest[0].replace("_", " "), rest[1]
        verdict = "ok" if float(p99) < 8 else "OVER GOAL"
        print(
            f"frame time at 1920×1080, {scene} scene, {count} {kind}: p50 {float(p50):.2f} ms, "
            f"p90 {float(p90):.2f} ms, p99 {float(p99):.2f} ms (goal p99 < 8 ms) {verdict}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
