"""``validate``, ``lint`` and ``schema``: the facilitator's checks of content files.

``validate`` and ``lint`` print one line per problem, ``FILE:LINE:COL: error: MESSAGE``
(the form editors and CI tools read), sorted by file and line, and a one-line summary
on stderr. Exit status: 0 no errors (warnings alone do not fail), 1 errors, 2 usage error.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

EXIT_CLEAN = 0
EXIT_ERRORS = 1
EXIT_USAGE = 2


def register(subparsers: argparse._SubParsersAction) -> None:
    for name, help_text, run in (
        ("validate", "check content files and folders, with the built-in content, for errors", _validate),
        ("lint", "like validate, and also warn about missing translations, long texts and more", _lint),
    ):
        parser = subparsers.add_parser(name, help=help_text, description=help_text)
        parser.add_argument(
            "paths",
            nargs="*",
            type=Path,
            metavar="PATH",
            help="content files or folders to check; without any, only the built-in content",
        )
        parser.add_argument(
            "--no-builtin",
            action="store_true",
            help="check only the given paths, without the built-in content",
        )
        parser.set_defaults(run=run)
    schema = subparsers.add_parser(
        "schema",
        help="print the JSON Schema of content files (for editors)",
        description="Print the JSON Schema (draft 2020-12) of content files, e.g. "
        "`elamani-peli schema > elamani-peli.schema.json`.",
    )
    schema.set_defaults(run=_schema)


def _validate(args: argparse.Namespace) -> int:
    return _check(args, with_warnings=False)


def _lint(args: argparse.Namespace) -> int:
    return _check(args, with_warnings=True)


def _check(args: argparse.Namespace, *, with_warnings: bool) -> int:
    from elamani_peli.content import files
    from elamani_peli.content.lint import lint
    from elamani_peli.content.loader import load_content

    missing = [path for path in args.paths if files.kind_of(path)[0] == "missing"]  # others: reported
    if missing:
        for path in missing:
            print(f"elamani-peli {args.command}: no such file or folder: {path}", file=sys.stderr)
        return EXIT_USAGE
    result = load_content(args.paths, include_builtin=not args.no_builtin)
    problems = list(result.problems)
    if with_warnings:
        problems += lint(result)
    _write("".join(f"{problem.format()}\n" for problem in sorted(problems)))  # by file, line, column
    errors = sum(1 for problem in problems if problem.severity == "error")
    warnings = len(problems) - errors
    print(_summary(len(result.files), errors, warnings, len(result.skipped_files)), file=sys.stderr)
    return EXIT_ERRORS if errors else EXIT_CLEAN


def _summary(files: int, errors: int, warnings: int, skipped: int) -> str:
    def count(number: int, word: str) -> str:
        return f"{number} {word}{'' if number == 1 else 's'}"

    if not errors and not warnings:
        return f"{count(files, 'file')} checked: no problems."
    parts = [count(errors, "error")] + ([count(warnings, "warning")] if warnings else [])
    tail = f"; {count(skipped, 'file')} would be left out of the game" if skipped else ""
    return f"{count(files, 'file')} checked: {', '.join(parts)}{tail}."


def _schema(args: argparse.Namespace) -> int:
    from elamani_peli.content.schema import json_schema

    _write(json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n")
    return EXIT_CLEAN


def _write(text: str) -> None:
    """Write to stdout; a reader that stops early (``| head``) is not an error."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
