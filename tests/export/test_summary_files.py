"""The opt-in summary files hold what the session did and nothing else."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess

import pytest

from elamani_peli.content.loader import load_content
from elamani_peli.engine.autoplay import play_session
from elamani_peli.engine.setup import PlayerSetup, default_setup
from elamani_peli.engine.summary import summarize
from elamani_peli.export.summary_files import build_document, export_summary, to_markdown
from elamani_peli.i18n import Translator

WHEN = dt.datetime(2026, 12, 6, 14, 30, 5)


@pytest.fixture(scope="module")
def played():
    library = load_content().library
    setup = default_setup(library, seed=7)
    setup = type(setup)(
        **{
            **setup.__dict__,
            "players": (
                PlayerSetup("Kettu", "young", setup.players[0].token),
                PlayerSetup("Aino", "worker", setup.players[1].token),
            ),
        }
    )
    session = play_session(library, setup, play_seed=3)
    return library, setup, summarize(library, setup, session.state)


def test_markdown_lists_what_the_session_did(played):
    library, _setup, summary = played
    assert summary.themes and summary.bookmarks and any(p.strengths for p in summary.players)
    text = to_markdown(build_document(library, summary, Translator("en"), WHEN))
    assert text.startswith("# Session summary\n")
    for theme_id in summary.themes:
        assert library.themes[theme_id].name["en"] in text
    for player in summary.players:
        line = next(line for line in text.splitlines() if line.startswith(f"- {player.nickname}:"))
        for strength_id in set(player.strengths):
            assert library.strengths[strength_id].name["en"] in line
    for card_id in summary.bookmarks:
        assert library.card(card_id).text["en"] in text
    assert "Dec 6, 2026" in text


def test_finnish_summary_uses_finnish_dates_and_names(played):
    library, _setup, summary = played
    text = to_markdown(build_document(library, summary, Translator("fi"), WHEN))
    assert "6.12.2026" in text
    for theme_id in summary.themes:
        assert library.themes[theme_id].name["fi"] in text


def test_summary_holds_nothing_but_content_ids_nicknames_and_counts(played):
    """Every line is a heading, a fact, a nickname's strengths, or a content text we own."""
    library, setup, summary = played
    text = to_markdown(build_document(library, summary, Translator("en"), WHEN))
    content_texts = {
        t["en"]
        for deck in library.decks.values()
        for card in deck.cards
        for t in (card.text, card.follow_up)
        if t
    }
    content_texts |= {
        t["en"]
        for story in library.stories.values()
        for scene in story.scenes
        for t in (scene.ending, story.title)
        if t
    }
    assert "passed" not in text.lower()
    for line in text.splitlines():
        body = line.removeprefix("- ").removeprefix("## ").removeprefix("# ")
        if not body or body in {
            "Session summary",
            "Themes visited",
            "Strengths received",
            "Bookmarked cards",
            "Stories",
            "No strengths this time.",
            "No bookmarks.",
            "No stories this time.",
        }:
            continue
        if re.fullmatch(r"(Date|Length|Play time|Players): .+", body):
            continue
        if any(body.startswith(f"{p.nickname}: ") for p in setup.players):
            continue
        if body in {theme.name["en"] for theme in library.themes.values()}:
            continue
        remainder = body
        for known in sorted(content_texts, key=len, reverse=True):
            remainder = remainder.replace(known, "")
        assert remainder.strip(" —:") in {"", "Follow-up"} or remainder.endswith(
            ": the story goes on"  # the words the summary on screen uses too
        ), line


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_export_writes_markdown_and_pdf_into_the_user_folder(played, private_user_folder):
    library, _setup, summary = played
    markdown, pdf = export_summary(library, summary, Translator("fi"), WHEN)
    assert markdown.parent == pdf.parent == private_user_folder / "summaries"
    assert markdown.name == "elamani-peli-2026-12-06-143005.md"
    pdf_text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "6.12.2026" in pdf_text
    for theme_id in summary.themes:
        assert library.themes[theme_id].name["fi"] in pdf_text
