"""Reading one content file safely: bytes → text → YAML data plus its node tree.

Content files come from facilitators' folders, so every file is treated as hostile:
its size is capped, it must be UTF-8 (a byte-order mark and CRLF line endings, which
Windows editors write, are fine), it is parsed with libyaml's safe loader only, aliases
are refused (a "billion laughs" document is a few lines of aliases), nesting is bounded
(libyaml's composer recurses in C and would crash the interpreter on a file nested
tens of thousands of levels deep), and duplicate keys are reported instead of PyYAML's
silent "last one wins".

The parse keeps the node tree (every node has its line and column) next to the plain
data, so that a file with problems can point at the exact key or value.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

import yaml

from . import files

MAX_FILE_BYTES = 16 * 1024 * 1024
"""Larger files are refused: the biggest real deck is a few hundred kilobytes."""
MAX_NESTING = 64
"""Deepest nesting of lists and mappings a content file may have (real files use about 6)."""

_FLOW_PEELS = 8
"""Flow nesting (``[…]``, ``{…}``) up to this depth is recognised by the cheap check."""
_INNERMOST_FLOW = re.compile(r"\[[^\[\]{}]*\]|\{[^\[\]{}]*\}")
_LONG_BLOCK_PREFIX = re.compile(r"^[ \-?:]{400}", re.MULTILINE)
"""A line that opens hundreds of block collections at once (``- - - …``, ``: - - …``)."""
_MAYBE_ANCHOR = re.compile(r"&[^\s,\[\]{}]")


class ContentReadError(Exception):
    """A file that cannot be read as a content document; carries a 1-based position."""

    def __init__(self, message: str, line: int = 1, column: int = 1) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column


@dataclass(frozen=True)
class Position:
    line: int
    column: int


@dataclass
class ParsedFile:
    """The plain data of a YAML document, its node tree, and duplicate keys found on the way."""

    data: Any
    root: yaml.Node | None
    duplicate_keys: list[tuple[yaml.Node, yaml.Node]] = field(default_factory=list)
    """(duplicate key node, the first key node with the same value)."""


class _AliasFound(yaml.YAMLError):  # type: ignore[misc]  # PyYAML ships no types
    pass


_CORE_SCHEMA: tuple[tuple[str, str, str], ...] = (
    ("bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", "-+0123456789"),
    (
        "float",
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
        "-+.0123456789",
    ),
    ("null", r"^(?:~|null|Null|NULL|)$", "~nN"),
)
"""YAML 1.2's core schema: which plain scalars are not strings (tag, pattern, first characters).

PyYAML resolves YAML 1.1, where ``Yes``, ``No``, ``on`` and ``off`` are booleans, ``0440000000``
is an octal number, ``9:00`` is 540 (base 60) and ``2026-11-01`` a date. Editors (VS Code's
yaml-language-server) read YAML 1.2, and so do we: what the editor shows as a text is a text.
Dates are strings here too; the one date field (``checked``) is parsed by its model.
"""


def _int_as_in_yaml_1_2(loader: yaml.BaseConstructor, node: yaml.ScalarNode) -> int:
    """``0440000000`` is 440000000 (decimal, not octal); ``0o17`` is octal, ``0x1f`` hex."""
    value = str(loader.construct_scalar(node))
    if value.startswith("0o"):
        return int(value[2:], 8)
    if value.startswith("0x"):
        return int(value[2:], 16)
    return int(value, 10)


def _float_as_in_yaml_1_2(loader: yaml.BaseConstructor, node: yaml.ScalarNode) -> float:
    value = str(loader.construct_scalar(node)).lower()
    if value.endswith(("inf", "nan")):
        return float(value.replace(".", ""))
    return float(value)


class _ContentLoader(yaml.CSafeLoader):  # type: ignore[misc]  # PyYAML ships no types
    """libyaml's safe loader reading YAML 1.2 scalars, recording duplicate keys instead of
    keeping the last silently.

    Only the resolver (which plain scalars are numbers, booleans or null) and the number
    constructors change; parsing stays in C and construction in the safe constructor.
    """

    yaml_implicit_resolvers: ClassVar[dict[Any, list[tuple[str, re.Pattern[str]]]]] = {}
    yaml_constructors_unchecked: ClassVar[dict[str, Any]] = {}

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.duplicate_keys: list[tuple[yaml.Node, yaml.Node]] = []

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        mapping: dict[Any, Any] = super().construct_mapping(node, deep)
        if len(mapping) != len(node.value):
            self._record_duplicates(node)
        return mapping

    def _record_duplicates(self, node: yaml.MappingNode) -> None:
        first: dict[tuple[str, str], yaml.Node] = {}
        for key_node, _ in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                continue
            identity = (key_node.tag, key_node.value)
            if identity in first:
                self.duplicate_keys.append((key_node, first[identity]))
            else:
                first[identity] = key_node

    def construct_checked_scalar(self, node: yaml.ScalarNode) -> Any:
        """Dates and integers that YAML recognises but Python refuses (2026-13-01, 10**5000)."""
        try:
            return self.yaml_constructors_unchecked[node.tag](self, node)
        except (ValueError, OverflowError):
            what = "date" if node.tag.endswith("timestamp") else "number"
            shown = node.value if len(node.value) <= 40 else node.value[:37] + "..."
            raise yaml.constructor.ConstructorError(
                None, None, f"`{shown}` looks like a {what} but is not a valid one", node.start_mark
            ) from None


for _name, _pattern, _first in _CORE_SCHEMA:
    _ContentLoader.add_implicit_resolver(f"tag:yaml.org,2002:{_name}", re.compile(_pattern), list(_first))
_ContentLoader.add_implicit_resolver("tag:yaml.org,2002:null", re.compile(r"^$"), [""])
for _tag, _construct in (
    ("tag:yaml.org,2002:int", _int_as_in_yaml_1_2),
    ("tag:yaml.org,2002:float", _float_as_in_yaml_1_2),
    ("tag:yaml.org,2002:timestamp", _ContentLoader.yaml_constructors["tag:yaml.org,2002:timestamp"]),
):
    _ContentLoader.yaml_constructors_unchecked[_tag] = _construct
    _ContentLoader.add_constructor(_tag, _ContentLoader.construct_checked_scalar)


class _AliasRefusingLoader(_ContentLoader):
    """Also refuses aliases, for files that may contain an anchor (``&name``).

    An alias node is the very node object of its anchor, so a node that is already
    constructed (or being constructed) is an alias: refusing it there stops a "billion
    laughs" document before it grows. Files without ``&`` cannot have aliases and skip
    this per-node check, which costs about a third of the parse.
    """

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        if node in self.constructed_objects or node in self.recursive_objects:
            raise _AliasFound()
        return super().construct_object(node, deep)


def read_text(path: Path) -> str:
    """The file's text: size-capped, UTF-8 (BOM stripped), CRLF kept for the YAML parser."""
    data = files.read_bytes(path, MAX_FILE_BYTES)
    if len(data) > MAX_FILE_BYTES:
        raise ContentReadError(
            f"the file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MiB; "
            "split it into several files (a deck of 1,000 cards is well under 1 MiB)"
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        line_start = data.rfind(b"\n", 0, error.start) + 1
        column = len(data[line_start : error.start].decode("utf-8", errors="replace")) + 1
        raise ContentReadError(
            f"the file is not UTF-8 (byte 0x{data[error.start]:02x} here); "
            "save it as UTF-8 in your editor (in Notepad: Save as → Encoding: UTF-8)",
            line,
            column,
        ) from None
    return text.removeprefix("\ufeff")


def parse(text: str) -> ParsedFile:
    """Parse one YAML document safely; raises :class:`ContentReadError` with a position."""
    if not text.strip():
        raise ContentReadError("the file is empty; it should start with `kind:` (e.g. `kind: deck`)")
    _check_nesting(text)
    loader = (_AliasRefusingLoader if _MAYBE_ANCHOR.search(text) else _ContentLoader)(text)
    try:
        with gc_paused():
            root = loader.get_single_node()
            if root is None:
                raise ContentReadError("the file holds only comments; it should start with `kind:`")
            data = loader.construct_document(root)
    except _AliasFound:
        raise _alias_error(text) from None
    except yaml.YAMLError as error:
        raise yaml_error(error, text) from None
    finally:
        loader.dispose()
    return ParsedFile(data, root, loader.duplicate_keys)


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a file's objects are built and validated.

    Parsing and validating create hundreds of thousands of objects and no cycles; with the
    collector running, it re-walks all of them again and again (3× slower overall).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def compose_file(path: Path) -> yaml.Node | None:
    """The node tree of a file that loaded before, to locate later findings; None if it changed."""
    try:
        text = read_text(path)
        _check_nesting(text)
    except (ContentReadError, OSError):
        return None
    loader = _ContentLoader(text)
    try:
        return loader.get_single_node()
    except yaml.YAMLError:
        return None
    finally:
        loader.dispose()


def start_of(node: yaml.Node) -> Position:
    return Position(node.start_mark.line + 1, node.start_mark.column + 1)


def _check_nesting(text: str) -> None:
    """Refuse files nested deeper than :data:`MAX_NESTING` before libyaml composes them.

    A cheap bound first: flow nesting is peeled off innermost-first with a regular
    expression (a few passes), block nesting is bounded by how far lines are indented
    (under 400 columns keeps it below ~800 levels, which libyaml survives even on a 1 MiB
    stack). Only a file that could be deep has its parse events counted, which costs a
    fraction of a parse.
    """
    peeled = text
    for _ in range(_FLOW_PEELS):
        if "[" not in peeled and "{" not in peeled:
            break
        peeled = _INNERMOST_FLOW.sub("", peeled)
    flat = "[" not in peeled and "{" not in peeled  # else deep, or brackets inside quoted texts
    if flat and not _LONG_BLOCK_PREFIX.search(text):
        return
    depth = 0
    loader = yaml.CSafeLoader(text)
    try:
        while loader.check_event():
            event = loader.get_event()
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_NESTING:
                    raise _too_deep(event.start_mark.line + 1, event.start_mark.column + 1)
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.YAMLError as error:
        position = _deep_flow_position(text) if "nesting depth" in str(error) else None
        if position is not None:
            # libyaml 0.2.6+ (PyYAML 6.0.4 wheels) stops at 1000 levels on its own while
            # scanning ahead, before our count of events reaches the limit.
            raise _too_deep(*position) from None
        raise yaml_error(error, text) from None
    finally:
        loader.dispose()


def _too_deep(line: int, column: int) -> ContentReadError:
    return ContentReadError(
        f"lists and mappings are nested more than {MAX_NESTING} levels deep here; "
        "content files need only a few levels",
        line,
        column,
    )


def _deep_flow_position(text: str) -> tuple[int, int] | None:
    """Where flow brackets first open deeper than :data:`MAX_NESTING`, skipping quotes and comments."""
    depth, line, column, quote = 0, 1, 0, ""
    previous = "\n"
    characters = iter(text)
    for character in characters:
        column += 1
        if character == "\n":
            line, column, previous = line + 1, 0, character
            continue
        if quote:
            if character == "\\" and quote == '"':
                next(characters, "")
                column += 1
            elif character == quote:
                quote = ""
        elif character in "\"'":
            quote = character
        elif character == "#" and previous in " \t\n":
            for skipped in characters:
                if skipped == "\n":
                    line, column = line + 1, 0
                    break
        elif character in "[{":
            depth += 1
            if depth > MAX_NESTING:
                return line, column
        elif character in "]}":
            depth -= 1
        previous = character
    return None


def _alias_error(text: str) -> ContentReadError:
    """Point at the first alias (``*name``): the loader only knows the anchor's node."""
    loader = yaml.CSafeLoader(text)
    try:
        while loader.check_event():
            event = loader.get_event()
            if isinstance(event, yaml.AliasEvent):
                mark = event.start_mark
                return ContentReadError(
                    f"aliases (*{event.anchor}) are not supported in content files; "
                    "write the value out in full instead",
                    mark.line + 1,
                    mark.column + 1,
                )
    finally:
        loader.dispose()
    return ContentReadError("aliases (*name) are not supported in content files; write the value out in full")


def yaml_error(error: yaml.YAMLError, text: str) -> ContentReadError:
    """A libyaml error in a facilitator's words, at the place the parser stopped."""
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    if isinstance(error, yaml.reader.ReaderError):  # a character YAML refuses: it has an offset, not a mark
        offset = min(error.position, len(text))
        line, column = text.count("\n", 0, offset) + 1, offset - text.rfind("\n", 0, offset)
    problem = str(getattr(error, "problem", None) or error)
    context = getattr(error, "context", None)
    context_mark = getattr(error, "context_mark", None)
    context_line = context_mark.line + 1 if context_mark is not None else line
    message = _explain(problem, context, _character_at(text, line, column), context_line)
    return ContentReadError(message, line, column)


def _character_at(text: str, line: int, column: int) -> str:
    lines = text.splitlines()
    if 0 < line <= len(lines) and 0 < column <= len(lines[line - 1]):
        return lines[line - 1][column - 1]
    return ""


def _explain(problem: str, context: str | None, character: str, context_line: int) -> str:
    if character == "\t" or "tab character" in problem:
        return "a tab character is used for indentation here; indent with spaces instead (2 spaces a level)"
    if "could not determine a constructor for the tag" in problem:
        tag = problem.split("'")[1] if "'" in problem else "?"
        tag = tag.replace("tag:yaml.org,2002:", "!!")
        return (
            f"the tag `{tag}` is not allowed in content files; remove it "
            "(content files hold only texts, numbers, lists and mappings)"
        )
    if "did not find expected ',' or" in problem:
        opening, closing = ("{", "}") if "}" in problem else ("[", "]")
        return (
            f"the `{opening}` on line {context_line} is not closed; add the missing `{closing}`, "
            "or put a text that contains commas or brackets in quotes"
        )
    if "did not find expected '-' indicator" in problem:
        return (
            f"this line is indented less than the list that starts on line {context_line}; "
            "line its keys up with the keys above, or start a new item with `- `"
        )
    if "did not find expected key" in problem:
        return (
            f"this line does not line up with the keys of the mapping that starts on line {context_line}; "
            "put keys of the same item exactly under each other (and quote texts that contain `: `)"
        )
    if "expected a single document" in f"{problem} {context}":
        return "a content file holds one document; remove this `---` line or split the file in two"
    if "mapping values are not allowed" in problem:
        return (
            "unexpected `:` here; if a text contains `: `, put the whole text in quotes "
            '(e.g. `text: "Kysymys: mitä nyt?"`), otherwise check the indentation'
        )
    if "looks like a" in problem:
        return f"{problem}; correct it, or put it in quotes if it is meant as text"
    if "unhashable key" in problem:
        return "a key must be a single word such as `id` or `text`, not a list or a mapping"
    if "control characters are not allowed" in problem or "special characters are not allowed" in problem:
        return "the file contains a control character that YAML does not allow; delete it"
    what = problem if not context else f"{problem} ({context} on line {context_line})"
    return f"this is not valid YAML: {what}; check the indentation and the quotes around this place"
