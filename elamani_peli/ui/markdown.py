"""Just enough Markdown for the facilitator guide: headings, paragraphs, lists.

Inline marks (``**bold**``, ``*italic*``, ```code```, links) are reduced to their text;
the guide reads well without them and the screen stays calm. Comment lines (the guide's
``<!-- plan: ... -->`` marks) are not shown.
"""

from __future__ import annotations

import re

from ..guide import COMMENT, plain
from .scroll import Block

_BULLET = re.compile(r"^\s*[-*+]\s+(.*)")
_NUMBERED = re.compile(r"^\s*(\d+)[.)]\s+(.*)")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")


def markdown_blocks(source: str) -> list[Block]:
    """Blocks in reading order; a list item's continuation lines join the item."""
    blocks: list[Block] = []
    kind: str | None = None
    lines: list[str] = []

    def flush() -> None:
        nonlocal kind, lines
        if kind and lines:
            blocks.append(Block(kind, plain(" ".join(lines))))  # type: ignore[arg-type]
        kind, lines = None, []

    in_code = False
    for raw in source.splitlines():
        line = raw.rstrip()
        if line.strip().startswith("```"):
            flush()
            in_code = not in_code
            continue
        if in_code:
            blocks.append(Block("note", line))
            continue
        if not line.strip():
            flush()
            continue
        if COMMENT.match(line):  # marks for the printable plan, not for reading
            continue
        heading = _HEADING.match(line)
        bullet = _BULLET.match(line)
        numbered = _NUMBERED.match(line)
        if heading:
            flush()
            blocks.append(
                Block("title" if len(heading.group(1)) == 1 else "heading", plain(heading.group(2)))
            )
        elif bullet:
            flush()
            kind, lines = "bullet", [bullet.group(1)]
        elif numbered:
            flush()
            kind, lines = "paragraph", [f"{numbered.group(1)}. {numbered.group(2)}"]
        elif line.lstrip().startswith(">"):
            flush()
            kind, lines = "note", [line.lstrip()[1:].strip()]
        else:
            if kind is None:
                kind = "paragraph"
            lines.append(line.strip())
    flush()
    return blocks
