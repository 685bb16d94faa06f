"""``demo``: a session that plays itself with captions, for a trainer's room or a fair stand.

Any key, click or touch goes to the title screen, from where the game is played as usual;
left untouched on the title screen for two minutes, the demo starts again.
"""

from __future__ import annotations

import argparse
import os

from .options import add_decks_option, check_language, language, load_decks, window_size

IDLE_RETURN_SECONDS = 120.0
"""Started with ``demo``: after this long untouched on the title screen, the demo plays again."""


def speed(text: str) -> float:
    """``--speed 2`` plays twice as fast; 0.25–10 keeps captions readable or at least moving."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number such as 1 or 1.5, got {text!r}") from None
    if not 0.25 <= value <= 10:
        raise argparse.ArgumentTypeError(f"speed goes from 0.25 to 10, got {text!r}")
    return value


def register(subparsers: argparse._SubParsersAction) -> None:
    demo = subparsers.add_parser("demo", help="a session that plays itself, with captions (any key stops it)")
    demo.add_argument("--lang", type=language, help="caption and game language (default: saved setting)")
    demo.add_argument("--seed", metavar="N", type=int, default=1, help="first game seed (default 1)")
    demo.add_argument(
        "--speed", type=speed, default=1.0, metavar="X", help="pace factor (default 1: a few seconds a step)"
    )
    demo.add_argument("--fullscreen", action="store_true", help="start in full screen")
    demo.add_argument("--window", metavar="WxH", type=window_size, default=(1280, 720), help="window size")
    add_decks_option(demo)
    demo.set_defaults(run=run_demo)


def run_demo(args: argparse.Namespace) -> int:
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    os.environ.setdefault("SDL_FRAMEBUFFER_ACCELERATION", "0")
    from ..ui.app import App

    content = load_decks(args.decks, remembered=True)
    if not check_language("demo", args.lang, content):
        return 2
    app = App(
        content,
        language=args.lang,
        window_size=args.window,
        fullscreen=True if args.fullscreen else None,
        seed=args.seed,
        deck_dirs=tuple(args.decks),
    )
    pace = 1.0 / args.speed

    def show_demo(started: App) -> None:
        if started.open_scene("demo", seed=args.seed, pace=pace) is None:
            started.back_to_title()

    app.start_with(show_demo)
    try:
        _loop(app, pace)
    except KeyboardInterrupt:
        pass
    finally:
        app.close()
    return app.exit_status


def _loop(app, pace: float) -> None:
    """The App's loop, plus: left alone on the title screen, the demo starts again (a fair stand)."""
    import time

    import pygame

    inputs = (pygame.KEYDOWN, pygame.MOUSEBUTTONDOWN, pygame.MOUSEMOTION, pygame.FINGERDOWN, pygame.TEXTINPUT)
    last_input = time.monotonic()
    while app.running:
        if pygame.event.peek(inputs):
            last_input = time.monotonic()
        app.step()
        top = app.scenes.top
        if top is not None and top.name == "title" and time.monotonic() - last_input > IDLE_RETURN_SECONDS:
            app.open_scene("demo", seed=app.seed, pace=pace)
            last_input = time.monotonic()
