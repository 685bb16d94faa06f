"""Typography of the built-in texts: curly apostrophes, as in the curly quotes already used.

The play review saw "Eeka's story" beside “quoted speech”: a straight apostrophe in a title
looks like a typing slip. Facilitators' own files may use either; this holds for ours."""

from __future__ import annotations

import re
from pathlib import Path

from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
STRAIGHT = re.compile(r"(?<=[A-Za-zÀ-ÿ}])'(?=[A-Za-zÀ-ÿ])")


def test_built_in_content_uses_curly_apostrophes():
    found = []
    for path in sorted((ROOT / "cards").rglob("*.yaml")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.lstrip().startswith("#") and STRAIGHT.search(line):
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()[:60]}")
    assert not found, "\n".join(found)


def test_the_english_catalog_uses_curly_apostrophes():
    with open(ROOT / "locales" / "en" / "LC_MESSAGES" / "messages.po", "rb") as file:
        catalog = read_po(file)
    strings = [m.string for m in catalog if m.id]
    flat = [s for value in strings for s in ((value,) if isinstance(value, str) else value)]
    assert [s for s in flat if STRAIGHT.search(s)] == []
