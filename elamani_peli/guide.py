"""The facilitator guide as a source of text: where it is, and its marked sections.

The guide (``docs/ohjaajan-opas.md``, ``docs/facilitator-guide.md``) is read by the in-game
Guide and by the printable session plan, which takes the guide's own opening script and
debrief questions, so the two never drift apart. A section is marked with a comment line
such as ``<!-- plan: opening -->``; the bullets that follow it, up to the next heading or
blank-line-separated paragraph, are the section. No pygame here.
"""

from __future__ import annotations

import re
from pathlib import Path

from . import paths

GUIDE_FILES = {"fi": "ohjaajan-opas.md", "en": "facilitator-guide.md"}
COMMENT = re.compile(r"^\s*<!--.*-->\s*$")

_INLINE = [
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # [text](url) → text
    (re.compile(r"\*\*(.+?)\*\*"), r"\1"),
    (re.compile(r"__(.+?)__"), r"\1"),
    (re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])"), r"\1"),
    (re.compile(r"`([^`]+)`"), r"\1"),
]
_BULLET = re.compile(r"^\s*[-*+]\s+(.*)")


def plain(text: str) -> str:
    """Markdown inline marks reduced to their text."""
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    return text


def guide_path(language: str) -> Path | None:
    """The guide in ``language``, else in the other language, else None."""
    folder = paths.data_root() / "docs"
    for name in (GUIDE_FILES.get(language), *GUIDE_FILES.values()):
        if name and (folder / name).is_file():
            return folder / name
    return None


def marked_bullets(source: str, mark: str) -> list[str]:
    """The bullets after ``<!-- plan: MARK -->``, each joined to one line and made plain."""
    lines = source.splitlines()
    anchor = f"<!-- plan: {mark} -->"
    try:
        start = next(i for i, line in enumerate(lines) if line.strip() == anchor) + 1
    except StopIteration:
        return []
    bullets: list[str] = []
    for line in lines[start:]:
        bullet = _BULLET.match(line)
        if bullet:
            bullets.append(bullet.group(1).strip())
        elif line.startswith((" ", "\t")) and line.strip() and bullets:
            bullets[-1] += " " + line.strip()
        elif (line.strip() and not COMMENT.match(line)) or (not line.strip() and bullets):
            break
    return [plain(bullet) for bullet in bullets]


def guide_bullets(language: str, mark: str) -> list[str]:
    """A marked section of the guide in ``language`` (empty if the guide or mark is missing)."""
    path = guide_path(language)
    if path is None:
        return []
    try:
        return marked_bullets(path.read_text(encoding="utf-8"), mark)
    except (OSError, UnicodeDecodeError):
        return []
