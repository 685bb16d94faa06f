"""Just enough Markdown for the facilitator guide: headings, paragraphs, lists.

Inline marks (``**bold**``, ``*italic*``, ```code```, links) are reduced to their text;
the guide reads well without them and the screen stays calm.
"""

from __future__ import annotations

import re

from .scroll import Block

_INLINE = [
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # [text](url) → text
    (re.compile(r"\*\*(.+?)\*\*"), r"\1"),
    (re.compile(r"__(.+?)__"), r"\1"),
    (re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])"), r"\1"),
    (re.compile(r"`([^`]+)`"), r"\1"),
]
_BULLET = re.compile(r"^\s*[-*+]\s+(.*)")
_NUMBERED = re.compile(r"^\s*(\d+)[.)]\s+(.*)")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")


def plain(text: str) -> str:
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    return text


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
