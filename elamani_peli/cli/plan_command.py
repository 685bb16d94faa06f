"""``elamani-peli plan``: a printable session plan (A4 PDF) for the worker to prepare with."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .options import add_decks_option, check_language, language, load_decks


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "plan",
        help="write a printable session plan (A4 PDF): choices, opening script, help, notes, debrief",
        description="Write a one- or two-page A4 plan for a session: the board, length, depth and "
        "themes; what to say at the start (the right to pass, nothing is recorded, pause at any "
        "time, where confidentiality ends); the help services of the language; room for notes; "
        "and the debrief questions of the facilitator guide.",
    )
    parser.add_argument("--out", required=True, type=Path, metavar="FILE.pdf", help="where to write the PDF")
    parser.add_argument("--lang", type=language, default="fi", help="language of the plan (default fi)")
    parser.add_argument("--board", metavar="ID", help="board id (default: perus, else the first board)")
    parser.add_argument(
        "--themes", nargs="+", metavar="ID", default=None, help="theme ids in play (default: every theme)"
    )
    parser.add_argument("--level", type=int, default=None, help="deepest card level, 1–3 (default 2)")
    parser.add_argument("--minutes", type=int, default=None, help="session length in minutes (default 45)")
    add_decks_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from ..engine.setup import default_setup
    from ..export.plan_pdf import build_plan, write_plan_pdf
    from ..i18n import Translator

    result = load_decks(args.decks, remembered=True)
    if not check_language("plan", args.lang, result):
        return 2
    for problem in result.errors:
        print(problem.format(), file=sys.stderr)
    library = result.library
    setup = default_setup(library)
    wrong = _problem(args, library)
    if wrong:
        print(f"elamani-peli plan: {wrong}", file=sys.stderr)
        return 2
    if args.board:
        setup = replace(setup, board_id=args.board)
    if args.themes:
        setup = replace(setup, themes=tuple(dict.fromkeys(args.themes)))
    if args.level is not None:
        setup = replace(setup, max_level=args.level)
    if args.minutes is not None:
        setup = replace(setup, length_unit="minutes", length=args.minutes)
    plan = build_plan(library, setup, Translator(args.lang))
    try:
        pages = write_plan_pdf(plan, args.out)
    except OSError as error:
        print(f"elamani-peli plan: cannot write {args.out}: {error.strerror or error}", file=sys.stderr)
        return 1
    print(f"{args.out}: session plan, {pages} page{'s' if pages != 1 else ''}")
    return 0


def _problem(args: argparse.Namespace, library) -> str | None:
    if args.board and args.board not in library.boards:
        return f"there is no board {args.board!r} (boards: {', '.join(library.boards) or 'none'})"
    unknown = [theme for theme in args.themes or () if theme not in library.themes]
    if unknown:
        return f"unknown theme {', '.join(unknown)} (themes: {', '.join(library.themes)})"
    if args.level is not None and not 1 <= args.level <= 3:
        return "--level must be 1, 2 or 3"
    if args.minutes is not None and not 1 <= args.minutes <= 600:
        return "--minutes must be between 1 and 600"
    return None
