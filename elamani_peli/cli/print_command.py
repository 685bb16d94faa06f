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
        help="card language, or two separated by a comma (fi,sv: Finnish above, Swedish below, "
        "labels and follow-up too); 'both' is fi,en",
    )
    parser.add_argument(
        "--content-notes",
        nargs="+",
        default=[],
        metavar="NOTE",
        help="also print decks with these content notes (e.g. substance-use loss); "
        "without it, decks with a content note are left out. A printed card shows its note.",
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
    from elamani_peli.vocabulary import content_note_names as note_names

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
    known_notes = sorted(
        {note for deck in library.decks.values() for note in deck.content_notes}
        | {note for story in library.stories.values() for note in story.content_notes}
    )
    unknown_notes = [note for note in args.content_notes if note not in known_notes]
    if unknown_notes:
        print(
            f"elamani-peli print: unknown content note: {', '.join(unknown_notes)} "
            f"(the content has: {', '.join(known_notes) or 'none'})",
            file=sys.stderr,
        )
        return 2
    cards = select_cards(
        library,
        language=languages[0],
        theme_ids=args.theme,
        deck_ids=args.deck,
        content_notes=args.content_notes,
    )
    if not cards:
        print("elamani-peli print: no cards to print", file=sys.stderr)
        return 1
    translators = [Translator(language) for language in languages]
    names = note_names(translators[0].gettext)
    pages, shortened = write_cards_pdf(
        cards,
        args.out,
        languages=languages,
        backs=args.backs,
        gettexts=[translator.gettext for translator in translators],
        note_name=lambda note: names.get(note, note),
    )
    left_out = _left_out(library, args.content_notes)
    if left_out:
        print(
            f"{args.out}: {len(left_out)} deck(s) with content notes left out "
            f"({', '.join(left_out)}); name the notes with --content-notes to print them",
            file=sys.stderr,
        )
    if shortened:
        print(
            f"{args.out}: {len(shortened)} card(s) too long for a printed card, the end left off "
            f"({', '.join(shortened)}); shorten the text or its follow-up in the deck file",
            file=sys.stderr,
        )
    print(f"{args.out}: {len(cards)} cards on {pages} pages")
    return 0


def _left_out(library, allowed: list[str]) -> list[str]:
    return [deck.id for deck in library.decks.values() if not set(deck.content_notes) <= set(allowed)]
