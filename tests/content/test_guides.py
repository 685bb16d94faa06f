"""The facilitator guides say the same thing in both languages, and their safety chapter is there.

Why: a worker reads the guide in Finnish or in English and should get the same advice; the
safety chapter (where confidentiality ends, the duty to report, suicidal thoughts) is the
part a worker needs most and is the easiest to lose in an edit. The guide must also not
promise sensitive decks that the game does not have (review G1): every sensitive topic it
names must be a content note some built-in deck or story carries.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from elamani_peli.content.loader import load_content
from elamani_peli.ui.markdown import markdown_blocks
from elamani_peli.ui.scenes.guide import GUIDE_FILES

DOCS = Path(__file__).resolve().parents[2] / "docs"

TOPIC_WORDS = {
    "substance-use": ("päihte", "substance"),
    "homelessness": ("asunnottomuu", "homelessness"),
    "loss": ("menety", "loss"),
    "violence": ("väkival", "violence"),
    "self-harm": ("itsensä vahingoit", "self-harm"),
    "bullying": ("kiusaa", "bullying"),
    "mental-health": ("mielenterv", "mental health"),
}
"""Content-note ids and how the guides write them (fi stem, en stem)."""

SAFETY_MUST_SAY = [
    "417/2007",
    "25 a",
    "1301/2014",
    "35",
    "112",
    "Sekasin",
]


def guide(language: str) -> str:
    return (DOCS / GUIDE_FILES[language]).read_text(encoding="utf-8")


def outline(text: str) -> list[tuple[str, int]]:
    """Each heading with the number of list items under it, in order."""
    shape: list[tuple[str, int]] = []
    for block in markdown_blocks(text):
        if block.kind in {"title", "heading"}:
            shape.append((block.kind, 0))
        elif block.kind == "bullet" or re.match(r"\d+\. ", block.text):
            kind, count = shape[-1]
            shape[-1] = (kind, count + 1)
    return shape


def test_both_guides_have_the_same_sections_and_points() -> None:
    assert outline(guide("fi")) == outline(guide("en"))
    assert len(outline(guide("fi"))) >= 15


@pytest.mark.parametrize("language", ["fi", "en"])
def test_the_safety_chapter_cites_the_laws_and_the_crisis_routes(language: str) -> None:
    heading = {"fi": "## Turvallisuus", "en": "## Safety"}[language]
    text = guide(language)
    assert heading in text
    chapter = text.split(heading, 1)[1].split("\n## ", 1)[0]
    missing = [phrase for phrase in SAFETY_MUST_SAY if phrase not in chapter]
    assert not missing, f"the safety chapter no longer says: {missing}"
    assert ("Kriisipuhelim" if language == "fi" else "Crisis Helpline") in chapter


@pytest.mark.parametrize("language", ["fi", "en"])
def test_the_guide_names_only_sensitive_topics_the_game_has(language: str) -> None:
    start = {"fi": "**Herkät aiheet", "en": "**Sensitive topics"}[language]
    text = guide(language)
    bullet = text.split(start, 1)[1].split("\n- ", 1)[0].casefold()
    result = load_content([])
    in_use = {note for deck in result.library.decks.values() for note in deck.content_notes}
    in_use |= {note for story in result.library.stories.values() for note in story.content_notes}
    index = 0 if language == "fi" else 1
    named = {note for note, words in TOPIC_WORDS.items() if words[index] in bullet}
    assert named, "the sensitive-topics point names no topic"
    assert named <= in_use, f"the guide promises decks that do not exist: {sorted(named - in_use)}"
