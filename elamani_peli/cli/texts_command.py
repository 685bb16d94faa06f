"""``texts export`` and ``texts import``: content texts to a spreadsheet or .po file and back.

``elamani-peli texts export [PATH ...] --lang sv [--from fi] --format csv|po --out FILE``
writes every text of the given files and folders (the built-in content without a PATH);
``elamani-peli texts import FILE`` writes the translations back into the YAML files,
keeping their comments, order and layout, and then validates the files it changed.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

from .options import language

EXIT_CLEAN, EXIT_ERRORS, EXIT_USAGE = 0, 1, 2


def register(subparsers: argparse._SubParsersAction) -> None:
    texts = subparsers.add_parser(
        "texts",
        help="texts out to a spreadsheet (CSV) or translation file (.po), and translations back in",
        description="Translate or edit content texts in a spreadsheet or a translation tool.",
    )
    actions = texts.add_subparsers(dest="texts_command", metavar="ACTION")
    export = actions.add_parser("export", help="write every text with its translation so far")
    export.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="content files or folders")
    export.add_argument(
        "--lang", required=True, type=language, help="the language to translate into, e.g. sv"
    )
    export.add_argument("--from", dest="source", type=language, default="fi", help="source language (fi)")
    export.add_argument("--format", choices=("csv", "po"), help="csv or po (default: from --out)")
    export.add_argument(
        "--out", required=True, type=Path, metavar="FILE", help="the .csv or .po file to write"
    )
    export.set_defaults(run=run_export)
    back = actions.add_parser("import", help="write the translations of a .csv or .po file into the YAML")
    back.add_argument("file", type=Path, metavar="FILE", help="a file made by `texts export` and translated")
    back.set_defaults(run=run_import)
    texts.set_defaults(run=lambda args: texts.print_help() or EXIT_USAGE)


def run_export(args: argparse.Namespace) -> int:
    from ..content.loader import load_content
    from ..content.reading import compose_file
    from ..content.texts import text_rows
    from ..export.texts_files import write_texts

    missing = [path for path in args.paths if not path.exists()]
    if missing:
        print(f"elamani-peli texts export: no such file or folder: {missing[0]}", file=sys.stderr)
        return EXIT_USAGE
    style = args.format or ("po" if args.out.suffix.lower() in {".po", ".pot"} else "csv")
    result = load_content(args.paths)
    wanted = [loaded for loaded in result.readable if (loaded.origin > 0) == bool(args.paths)]
    unreadable = {problem.path for problem in result.errors} - {loaded.shown for loaded in result.readable}
    for path in sorted(unreadable):
        print(f"{path}: has errors and was left out; run `elamani-peli validate {path}`", file=sys.stderr)
    rows = [
        row
        for loaded in wanted
        for row in text_rows(loaded, compose_file(loaded.path), args.source, args.lang)
    ]
    try:
        count = write_texts(rows, args.out, style, args.source, args.lang)
    except OSError as error:
        print(
            f"elamani-peli texts export: cannot write {args.out}: {error.strerror or error}", file=sys.stderr
        )
        return EXIT_ERRORS
    print(f"{args.out}: {count} texts from {len(wanted)} files ({args.source} → {args.lang})")
    return EXIT_CLEAN


def run_import(args: argparse.Namespace) -> int:
    from ..content.loader import CONTENT_SUFFIXES, load_content
    from ..content.reading import ContentReadError
    from ..content.writeback import Translation, write_translations
    from ..export.texts_files import TextsFileError, read_texts

    name = "elamani-peli texts import"
    try:
        texts = read_texts(args.file)
    except FileNotFoundError:
        print(f"{name}: no such file: {args.file}", file=sys.stderr)
        return EXIT_USAGE
    except (TextsFileError, OSError) as error:
        print(f"{name}: {args.file}: {error}", file=sys.stderr)
        return EXIT_ERRORS
    by_file: dict[str, list[Translation]] = defaultdict(list)
    for text in texts:
        by_file[text.file].append(
            Translation(
                text.item_id, text.field, text.language, text.translation, text.source_language, text.source
            )
        )
    changed_files, changed_texts, failed = [], 0, False
    for file, translations in by_file.items():
        path = Path(file)
        if path.suffix.lower() not in CONTENT_SUFFIXES or not path.is_file():
            print(
                f"{name}: {file}: no such content file (run the import where you ran the export)",
                file=sys.stderr,
            )
            failed = True
            continue
        try:
            changed, not_found = write_translations(path, translations)
        except (ContentReadError, OSError, ValueError) as error:  # ruamel's errors are ValueErrors
            print(f"{name}: {file}: could not write the translations: {error}", file=sys.stderr)
            failed = True
            continue
        for where in not_found:
            print(f"{file}: warning: no text `{where}` in this file any more; that translation was skipped")
        if changed:
            changed_files.append(path)
            changed_texts += changed
    print(f"{changed_texts} texts written into {len(changed_files)} files", file=sys.stderr)
    if not changed_files:
        return EXIT_ERRORS if failed else EXIT_CLEAN
    result = load_content(changed_files)
    for problem in result.problems:
        print(problem.format())
    return EXIT_ERRORS if failed or result.errors else EXIT_CLEAN
