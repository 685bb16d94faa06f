"""``elamani-peli print``: a PDF of printable cards for playing without a computer."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .options import add_decks_option, check_language, language, load_decks


def print_languages(text: str) -> tuple[str, ...]:
    """``fi``, ``fi,sv`` or ``both`` (= ``fi,en``): one language, or two for bilingual cards."""
    codes = ("fi", "en") if text == "both" else tuple(part.strip() for part in text.split(","))
    if not 1 <= len(codes) <= 2 or len(set(codes)) != len(codes):
        raise argparse.ArgumentTypeError(
            f"give one language or two different ones, e.g. fi,sv (got {text!r})"
        )
    return tuple(language(code) for code in codes)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "print",
        help="write printable cards (A4 PDF, 3×3 cards a page, cut marks)",
        description="Write the cards of the loaded decks as an A4 PDF, 3×3 cards a page with cut marks.",
    )
    parser.add_argument(
        "--lang",
        type=print_languages,
        default=("fi",),
        metavar="LANG[,LANG]",
        help="card language, or two separated by a comma (fi,sv: Finnish above, Swedish below); "
        "'both' is fi,en",
    )
    add_decks_option(parser)
    parser.add_argument(
        "--theme",
        action="append",
        default=[],
        metavar="ID",
        help="print only decks of this theme (repeatable)",
    )
    parser.add_argument(
        "--deck", action="append", default=[], metavar="ID", help="print only this deck (repeatable)"
    )
    parser.add_argument(
        "--backs",
        action="store_true",
        help="add a mirrored backs page after every fronts page, for duplex printing",
    )
    parser.add_argument("--out", required=True, type=Path, metavar="FILE.pdf", help="where to write the PDF")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from elamani_peli.export.cards_pdf import select_cards, write_cards_pdf
    from elamani_peli.i18n import Translator

    result = load_decks(args.decks, remembered=True)
    for problem in result.errors:
        print(problem.format(), file=sys.stderr)
    languages = args.lang
    if not all(check_language("print", wanted, result) for wanted in languages):
        return 2
    library = result.library
    unknown = [t for t in args.theme if t not in library.themes] + [
        d for d in args.deck if d not in library.decks
    ]
    if unknown:
        print(f"elamani-peli print: unknown theme or deck: {', '.join(unknown)}", file=sys.stderr)
        return 2
    cards = select_cards(library, language=languages[0], theme_ids=args.theme, deck_ids=args.deck)
    if not cards:
        print("elamani-peli print: no cards to print", file=sys.stderr)
        return 1
    translator = Translator(languages[0])
    pages = write_cards_pdf(
        cards, args.out, languages=languages, backs=args.backs, gettext=translator.gettext
    )
    print(f"{args.out}: {len(cards)} cards on {pages} pages")
    return 0
