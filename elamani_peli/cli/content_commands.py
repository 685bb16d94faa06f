"""``validate``, ``lint`` and ``schema``: the facilitator's checks of content files.

``validate`` and ``lint`` print one line per problem, ``FILE:LINE:COL: error: MESSAGE``
(the form editors and CI tools read), sorted by file and line, and a one-line summary
on stderr. ``--format github`` prints GitHub Actions annotations instead, ``--format json``
one JSON list. Exit status: 0 no errors (warnings alone do not fail unless ``--strict``),
1 errors, 2 usage error.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from elamani_peli.content.library import Problem

FORMATS = ("text", "github", "json")
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
        parser.add_argument(
            "--format",
            choices=FORMATS,
            default="text",
            help="text: FILE:LINE:COL: error: MESSAGE (default); github: GitHub Actions annotations; "
            "json: a list of {file, line, column, severity, message}",
        )
        parser.add_argument("--strict", action="store_true", help="warnings fail too (exit status 1)")
        parser.set_defaults(run=run)
    schema = subparsers.add_parser(
        "schema",
        help="print the JSON Schema of content files (for editors)",
        description="Print the JSON Schema (draft 2020-12) of content files, e.g. "
        "`elamani-peli schema > elamani-peli.schema.json`.",
    )
    schema.add_argument(
        "--out", type=Path, metavar="FILE", help="write the schema to FILE instead of printing it"
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
        problems += lint(result, only_given=bool(args.paths))
    _write(formatted(sorted(problems), args.format))  # by file, line, column
    errors = sum(1 for problem in problems if problem.severity == "error")
    warnings = len(problems) - errors
    print(_summary(len(result.files), errors, warnings, len(result.skipped_files)), file=sys.stderr)
    return EXIT_ERRORS if errors or (args.strict and warnings) else EXIT_CLEAN


def formatted(problems: list[Problem], style: str) -> str:
    """The problems as lines for people and editors, GitHub annotations, or JSON."""
    if style == "json":
        records = [
            {"file": p.path, "line": p.line, "column": p.column, "severity": p.severity, "message": p.message}
            for p in problems
        ]
        return json.dumps(records, indent=2, ensure_ascii=False) + "\n"
    if style == "github":
        return "".join(_annotation(problem) for problem in problems)
    return "".join(f"{problem.format()}\n" for problem in problems)


def _annotation(problem: Problem) -> str:
    """``::error file=F,line=L,col=C::MESSAGE``, escaped as GitHub's workflow commands require."""

    def escape(text: str, *, property_value: bool) -> str:
        text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        return text.replace(":", "%3A").replace(",", "%2C") if property_value else text

    where = f"file={escape(problem.path, property_value=True)},line={problem.line},col={problem.column}"
    return f"::{problem.severity} {where}::{escape(problem.message, property_value=False)}\n"


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

    text = json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"
    if args.out is None:
        _write(text)
        return EXIT_CLEAN
    try:
        args.out.write_text(text, encoding="utf-8")
    except OSError as error:
        print(f"elamani-peli schema: cannot write {args.out}: {error.strerror or error}", file=sys.stderr)
        return EXIT_ERRORS
    print(args.out)
    return EXIT_CLEAN


def _write(text: str) -> None:
    """Write to stdout; a reader that stops early (``| head``) is not an error."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
