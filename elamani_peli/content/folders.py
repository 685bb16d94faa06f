"""Facilitators' own content folders: checking one when it is added in Settings, and the
list of folders to load (``--decks`` first, then the remembered ones, each once).

A remembered folder is checked the moment it is added — with the built-in content, as the
game will load it — so the worker sees at once whether the game can use it, and what to
fix if not, instead of finding out at the next start.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .library import Problem
from .loader import CONTENT_SUFFIXES, load_content

MAX_REMEMBERED = 3
"""More folders than a worker keeps (one's own, the organisation's, a colleague's); the
settings page keeps a readable row for each at 960×600 with 200 % type."""


@dataclass(frozen=True)
class FolderCheck:
    """What loading one folder together with the built-in content found."""

    folder: Path
    files: int
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [problem for problem in self.problems if problem.severity == "error"]

    @property
    def exists(self) -> bool:
        return self.folder.is_dir()


def check_folder(folder: Path) -> FolderCheck:
    """Load ``folder`` with the built-in content; its own files and problems."""
    if not folder.is_dir():
        return FolderCheck(folder, 0, [Problem(str(folder), 1, 1, "error", "no such folder")])
    result = load_content([folder])
    files = sum(1 for path in folder.rglob("*") if path.suffix.lower() in CONTENT_SUFFIXES)
    mine = [problem for problem in result.problems if _inside(problem.path, folder)]
    return FolderCheck(folder, files, mine)


def folders_to_load(given: Iterable[Path], remembered: Iterable[str]) -> list[Path]:
    """``--decks`` folders, then remembered ones not already given (the same folder loads once)."""
    chosen: list[Path] = []
    seen: set[Path] = set()
    for folder in [*given, *map(Path, remembered)]:
        key = _resolved(folder)
        if key not in seen:
            seen.add(key)
            chosen.append(folder)
    return chosen


def _inside(shown: str, folder: Path) -> bool:
    try:
        Path(shown).resolve().relative_to(folder.resolve())
    except (ValueError, OSError):
        return False
    return True


def _resolved(folder: Path) -> Path:
    try:
        return folder.expanduser().resolve()
    except OSError:
        return folder
