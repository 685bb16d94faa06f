"""The ``elamani-peli`` command line.

Each subcommand lives in its own module with a ``register(subparsers)`` function that
adds its parser and sets ``run`` to a function taking the parsed arguments and
returning an exit status. Modules import their heavy dependencies (pygame, fpdf)
inside ``run`` so that e.g. ``validate`` starts fast. The modules are imported here by
plain ``from . import`` statements, so a frozen build (PyInstaller) finds every one.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Sequence
from types import ModuleType

from ..version import version
from . import (
    content_commands,
    demo_command,
    engine_commands,
    game_commands,
    plan_command,
    print_command,
    texts_command,
)

COMMAND_MODULES: tuple[ModuleType, ...] = (
    content_commands,
    print_command,
    plan_command,
    game_commands,
    engine_commands,
    demo_command,
    texts_command,
)
DEFAULT_COMMAND = "play"
TOP_LEVEL_OPTIONS = {"-h", "--help", "--version"}


def build_parser() -> tuple[argparse.ArgumentParser, set[str]]:
    """The parser and the names of its subcommands."""
    parser = argparse.ArgumentParser(
        prog="elamani-peli",
        description="Elämäni peli — a dialogue game for a youth worker and a young person.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {version()}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(subparsers)
    return parser, set(subparsers.choices)


def main(argv: Sequence[str] | None = None) -> int:
    _console_never_fails()
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser, commands = build_parser()
    if DEFAULT_COMMAND in commands and (not args_list or args_list[0] not in commands | TOP_LEVEL_OPTIONS):
        args_list.insert(0, DEFAULT_COMMAND)
    args = parser.parse_args(args_list)
    if not getattr(args, "run", None):
        parser.print_help()
        return 2
    return int(args.run(args))


def _console_never_fails() -> None:
    """A console that cannot show a character (cp1252 on Windows, redirected output in CI)
    gets an escape such as ``\\u2192`` instead of a ``UnicodeEncodeError``."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):  # closed or detached: nothing to protect
                reconfigure(errors="backslashreplace")
