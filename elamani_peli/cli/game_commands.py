"""``play`` (the default command), ``screenshot`` (one scene rendered headless to a PNG) and
``speak`` (what read-aloud says on one scene, written to a WAV file)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Collection
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .options import add_decks_option, check_language, language, load_decks, window_size

if TYPE_CHECKING:
    from ..ui.app import App
    from ..ui.prefs import Preferences

SCREENSHOT_SCENES = ("title", "setup", "board", "card", "story", "pause", "help", "summary", "settings")
CONTENT_SCENES = ("problems", "browser")
"""``--scene problems``: the notice of files that failed to load; ``browser``: the deck browser."""
_REGISTRY_NAMES = {"browser": "deck-browser"}
KNOWN_SHOWN = 30
"""A usage error lists at most this many known ids (a folder may have 100,000 cards)."""


def text_scale(text: str) -> float:
    try:
        value = float(text.rstrip("%")) / (100 if text.endswith("%") else 1)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number such as 1.5 or 150%, got {text!r}") from None
    if not 1.0 <= value <= 2.0:
        raise argparse.ArgumentTypeError(f"text scale goes from 1.0 to 2.0 (100–200 %), got {text!r}")
    return value


def register(subparsers: argparse._SubParsersAction) -> None:
    play = subparsers.add_parser("play", help="play the game (the default command)")
    play.add_argument("--lang", type=language, help="language (default: saved setting, else system, else fi)")
    add_decks_option(play)
    play.add_argument("--fullscreen", action="store_true", help="start in full screen")
    play.add_argument(
        "--presenter",
        action="store_true",
        help="presenter mode: full screen, large type, cards in both languages (also in Settings)",
    )
    play.add_argument(
        "--window",
        metavar="WxH",
        type=window_size,
        default=(1280, 720),
        help="window size (default 1280x720, at least 960x600)",
    )
    play.add_argument(
        "--seed", metavar="N", type=int, help="seed new sessions (for demonstrations and tests)"
    )
    play.add_argument(
        "--exit-at-title",
        action="store_true",
        help="start as usual, draw the title once and exit (a start-up check for a build, and benchmarks)",
    )
    play.set_defaults(run=run_play)

    shot = subparsers.add_parser("screenshot", help="render one scene to a PNG file, without a window")
    shot.add_argument(
        "--scene",
        choices=SCREENSHOT_SCENES + CONTENT_SCENES,
        help="the scene to show (or give --board, --card or --story instead)",
    )
    shot.add_argument("--board", metavar="ID", help="the board scene of this board")
    shot.add_argument("--card", metavar="ID", help="the card scene with this card on the table")
    shot.add_argument("--story", metavar="ID", help="this story in Stories mode")
    shot.add_argument("--story-scene", metavar="SCENE_ID", help="with --story: show this scene of it")
    shot.add_argument("--out", required=True, type=Path, metavar="FILE.png")
    shot.add_argument(
        "--lang",
        type=language,
        default="fi",
        help="fi, en, another catalog in locales/, or a language the content has (sv)",
    )
    shot.add_argument("--size", type=window_size, default=(1280, 720), metavar="WxH")
    shot.add_argument(
        "--text-scale", type=text_scale, default=1.0, metavar="S", help="1.0–2.0 (or 100%%–200%%)"
    )
    shot.add_argument("--high-contrast", action="store_true")
    shot.add_argument(
        "--seed", type=int, default=1, metavar="N", help="seed of the sample session (default 1)"
    )
    add_decks_option(shot)
    shot.set_defaults(run=run_screenshot)

    speak = subparsers.add_parser(
        "speak", help="write what read-aloud says on one scene to a WAV file (to hear the voice)"
    )
    speak.add_argument("--scene", required=True, choices=SCREENSHOT_SCENES)
    speak.add_argument("--card", metavar="ID", help="the card scene with this card on the table")
    speak.add_argument("--out", required=True, type=Path, metavar="FILE.wav")
    speak.add_argument("--lang", type=language, default="fi", help="fi, en or another catalog in locales/")
    speak.add_argument(
        "--seed", type=int, default=1, metavar="N", help="seed of the sample session (default 1)"
    )
    add_decks_option(speak)
    speak.set_defaults(run=run_speak)


ALREADY_RUNNING_STATUS = 3
"""Exit status of a second copy of the game, which says so and touches nothing."""


def run_play(args: argparse.Namespace) -> int:
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    os.environ.setdefault("SDL_FRAMEBUFFER_ACCELERATION", "0")  # software path: far less CPU without a GPU
    from .. import paths
    from ..single_copy import AlreadyRunning, SingleCopyLock

    lock = SingleCopyLock(paths.user_data_location())
    try:
        lock.acquire()
    except AlreadyRunning:
        return _already_running(args)
    try:
        return _play(args)
    except KeyboardInterrupt:
        return 0
    except Exception:  # before the App's own guard exists (window, content): log, say it plainly
        import logging

        from ..ui.logfile import attach_log_file, log_path

        attach_log_file()
        logging.getLogger("elamani_peli").exception("The game could not start")
        print(f"elamani-peli: the game could not start. Details: {log_path()}", file=sys.stderr)
        return 1
    finally:
        lock.release()


def _already_running(args: argparse.Namespace) -> int:
    """A second copy: a line on stderr and a calm window in the player's language, then exit.
    It reads no content and opens no save (the first copy owns them)."""
    from ..content.library import ContentLibrary, LoadResult
    from ..i18n import Translator, choose_language
    from ..ui.prefs import load_preferences

    prefs = load_preferences()
    language = choose_language(args.lang, prefs.language)
    _ = Translator(language).gettext
    print("elamani-peli: " + _("The game is already running on this computer."), file=sys.stderr)
    if os.environ.get("SDL_VIDEODRIVER") in ("dummy", "offscreen"):
        return ALREADY_RUNNING_STATUS  # no screen anyone could read a window on
    try:
        from ..ui.app import App

        app = App(LoadResult(ContentLibrary()), prefs=prefs, language=language, window_size=args.window)
        app.save_store = None
        app.start_with(lambda started: started.open_scene("already-running"))
        try:
            while app.running:
                app.step()
        finally:
            app.close()
    except Exception:  # no display: the line on stderr has said it
        pass
    return ALREADY_RUNNING_STATUS


def _play(args: argparse.Namespace) -> int:
    from ..ui.splash import show_splash

    show_splash(
        (max(960, args.window[0]), max(600, args.window[1]))
    )  # the name on screen while content loads
    content = load_decks(args.decks, remembered=True)
    if not check_language("play", args.lang, content):
        return 2
    from ..ui.app import App

    prefs = None
    if args.presenter:
        from ..ui.prefs import load_preferences

        prefs = load_preferences().with_changes(presenter=True)
    app = App(
        content,
        prefs=prefs,
        language=args.lang,
        window_size=args.window,
        fullscreen=True if args.fullscreen else None,
        seed=args.seed,
        deck_dirs=tuple(args.decks),
    )
    if args.exit_at_title:
        app.start()
        try:
            app.step(idle_wait=False)
        finally:
            app.close()
        return app.exit_status
    return app.run()


def run_screenshot(args: argparse.Namespace) -> int:
    import pygame

    from ..ui.prefs import Preferences

    if _usage_problem(args):
        return 2
    prefs = Preferences(language=args.lang, text_scale=args.text_scale, high_contrast=args.high_contrast)

    def save(app: App) -> None:
        app.draw()
        args.out.parent.mkdir(parents=True, exist_ok=True)
        surface = pygame.display.get_surface()
        assert surface is not None, "the window is open"
        pygame.image.save(surface, str(args.out))

    return _with_sample_scene("screenshot", args, prefs, args.size, save)


def run_speak(args: argparse.Namespace) -> int:
    from ..speech.voices import espeak_command
    from ..speech.wav import write_wav
    from ..ui.accessible import spoken
    from ..ui.prefs import Preferences

    if espeak_command() is None:
        print("elamani-peli speak: espeak-ng is not installed, so no WAV can be made", file=sys.stderr)
        return 1

    def speak(app: App) -> None:
        top = app.scenes.top
        assert top is not None
        said = list(top.utterances())
        focused = top.form.focused
        if focused is not None:
            said.append(spoken(focused.describe(), app._))
        args.out.parent.mkdir(parents=True, exist_ok=True)
        seconds = write_wav(said, app.language, args.out)
        print(f"{args.out}: {seconds:.1f} s", file=sys.stderr)
        for line in said:
            print(f"  {line}", file=sys.stderr)

    return _with_sample_scene("speak", args, Preferences(language=args.lang), (1280, 720), speak)


def _with_sample_scene(
    command: str,
    args: argparse.Namespace,
    prefs: Preferences,
    size: tuple[int, int],
    use: Callable[[App], None],
) -> int:
    """Start the App headless on a seeded sample of ``args.scene`` and hand it to ``use``."""
    os.environ["SDL_VIDEODRIVER"] = "dummy"
    os.environ["SDL_AUDIODRIVER"] = "dummy"
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    content = load_decks(args.decks)
    if not check_language(command, args.lang, content):
        return 2
    from ..ui.app import App

    app = App(
        content,
        prefs=prefs,
        prefs_path=args.out.with_suffix(".settings.json"),
        language=args.lang,
        window_size=size,
        seed=args.seed,
    )
    app.reraise_errors = True
    sample = _chosen_sample(command, args, app)
    if sample is None:
        app.close()
        return 2
    try:
        app.start_with(lambda started: sample(started, args.seed))
        for _ in range(600):  # let entry animations finish (at most 10 s of game time)
            app.step(idle_wait=False, dt=1 / 60)
            if not app.animating:
                break
        use(app)
    except Exception as error:
        named = (getattr(args, name, None) for name in ("board", "card", "story"))
        what = args.scene or next((value for value in named if value), None)
        print(f"elamani-peli {command}: could not render {what!r}: {error}", file=sys.stderr)
        return 1
    finally:
        app.close()
    print(args.out)
    return 0


def _usage_problem(args: argparse.Namespace) -> bool:
    """Exactly one of --scene, --board, --card, --story; --story-scene only with --story."""
    given = [name for name in ("scene", "board", "card", "story") if getattr(args, name)]
    problem = None
    if len(given) != 1:
        problem = "give one of --scene, --board ID, --card ID or --story ID"
    elif args.story_scene and not args.story:
        problem = "--story-scene needs --story ID"
    if problem:
        print(f"elamani-peli screenshot: {problem}", file=sys.stderr)
    return problem is not None


def _chosen_sample(command: str, args: argparse.Namespace, app: Any) -> Callable[[Any, int], None] | None:
    """The sample builder the options ask for; None (after saying why) for an unknown name or id."""
    from ..ui import samples

    library = app.library
    if getattr(args, "board", None):
        return samples.sample_board_of(args.board) if _known("board", args.board, library.boards) else None
    if getattr(args, "card", None):
        cards = {card.id: card for deck in library.decks.values() for card in deck.cards}
        return samples.sample_card_of(args.card) if _known("card", args.card, cards) else None
    if getattr(args, "story", None):
        if not _known("story", args.story, library.stories):
            return None
        story = library.stories[args.story]
        if args.story_scene and not _known("scene", args.story_scene, story.scenes_by_id):
            return None
        return samples.sample_story_of(args.story, args.story_scene)
    entry = app.registry.discover().get(_REGISTRY_NAMES.get(args.scene, args.scene))
    if entry is None or entry.sample is None:
        print(
            f"elamani-peli {command}: the {args.scene!r} scene is not available in this version",
            file=sys.stderr,
        )
        return None
    return entry.sample


def _known(what: str, wanted: str, known: Collection[str]) -> bool:
    if wanted in known:
        return True
    from ..content.library import one_line

    names = sorted(known)
    listed = ", ".join(names[:KNOWN_SHOWN]) + (
        f" … and {len(names) - KNOWN_SHOWN} more" if len(names) > KNOWN_SHOWN else ""
    )
    print(
        one_line(f"elamani-peli screenshot: no {what} `{wanted}`; known: {listed or 'none'}"), file=sys.stderr
    )
    return False
