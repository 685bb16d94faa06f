"""Shared by the content tests: fixture folders and the `# expect` lines of fixtures."""

from __future__ import annotations

import re
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"
VALID = FIXTURES / "valid"
BROKEN = FIXTURES / "broken"
LINT = FIXTURES / "lint"
LINT_ERRORS = FIXTURES / "lint-errors"

_EXPECT = re.compile(r"^# expect (?:(warning) )?(\d+):(\d+) (.+)$", re.MULTILINE)


def expectations(path: Path) -> list[tuple[str, int, int, str]]:
    """(severity, line, column, message fragment) from a fixture's trailing `# expect` comments."""
    return [
        (severity or "error", int(line), int(column), fragment)
        for severity, line, column, fragment in _EXPECT.findall(path.read_text(encoding="utf-8"))
    ]


def write_bytes(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path
