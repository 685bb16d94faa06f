"""The opt-in session summary as Markdown and PDF, in the current language.

The worker may save this for follow-up. It holds what the session *did* — date, length,
themes visited, strengths per nickname, bookmarked cards with their follow-up questions,
stories and endings reached — and nothing a player said, because the program never had
it. Pass counts are left out on purpose: passing is never held against anyone, and a file
that outlives the session is not the place to count it.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from fpdf import FPDF

from elamani_peli.content.library import ContentLibrary
from elamani_peli.content.text import localize
from elamani_peli.engine.summary import Summary
from elamani_peli.i18n import Translator
from elamani_peli.paths import SUMMARIES_FOLDER, assets_dir, user_data_dir

SUMMARY_FOLDER = SUMMARIES_FOLDER


@dataclass(frozen=True)
class Section:
    heading: str
    items: tuple[str, ...]
    empty: str
    """Shown instead of the items when there are none."""


@dataclass(frozen=True)
class SummaryDocument:
    """The summary as plain headed lists, rendered to Markdown or PDF by the writers below."""

    title: str
    facts: tuple[str, ...]
    sections: tuple[Section, ...]


def build_document(
    library: ContentLibrary,
    summary: Summary,
    translator: Translator,
    when: dt.datetime,
    feelings: tuple[str, ...] = (),
) -> SummaryDocument:
    """``feelings``: check-in and check-out lines ("Aino: Sunny → Cloudy"), if they were asked."""
    _ = translator.gettext
    language = translator.language
    minutes = max(1, round(summary.elapsed_seconds / 60)) if summary.elapsed_seconds else 0
    facts = [
        _("Date: {date}").format(date=translator.date(when.date())),
        translator.ngettext("Length: {n} round", "Length: {n} rounds", summary.rounds).format(
            n=summary.rounds
        ),
    ]
    if minutes:
        facts.append(
            translator.ngettext("Play time: {n} minute", "Play time: {n} minutes", minutes).format(n=minutes)
        )
    facts.append(_("Players: {names}").format(names=", ".join(p.nickname for p in summary.players)))

    themes = tuple(
        localize(library.themes[t].name, language)[0] for t in summary.themes if t in library.themes
    )
    strengths = []
    for player in summary.players:
        counts = Counter(player.strengths)
        names = [
            _name_with_count(localize(library.strengths[s].name, language)[0], n)
            for s, n in counts.items()
            if s in library.strengths
        ]
        strengths.append(f"{player.nickname}: {', '.join(names) if names else '–'}")
    bookmarks = []
    for card_id in summary.bookmarks:
        try:
            card = library.card(card_id)
        except KeyError:
            continue
        line = localize(card.text, language)[0]
        if card.follow_up:
            line += f" — {_('Follow-up')}: {localize(card.follow_up, language)[0]}"
        bookmarks.append(line)
    stories = []
    for progress in summary.stories:
        story = library.stories.get(progress.story_id)
        if story is None:
            continue
        title = localize(story.title, language)[0]
        if progress.ending is not None:
            ending = story.scene(progress.ending).ending or {}
            stories.append(f"{title}: {localize(ending, language)[0]}" if ending else title)
        else:
            name = story.character.name  # the same words as the summary on screen
            stories.append(_("{name}: the story goes on").format(name=name))
    return SummaryDocument(
        title=_("Session summary"),
        facts=tuple(facts),
        sections=(
            Section(_("Themes visited"), themes, _("No themes yet.")),
            Section(_("Strengths received"), tuple(strengths), _("No strengths this time.")),
            Section(_("Bookmarked cards"), tuple(bookmarks), _("No bookmarks.")),
            Section(_("Stories"), tuple(stories), _("No stories this time.")),
            *((Section(_("Check-in and check-out"), feelings, ""),) if feelings else ()),
        ),
    )


def _name_with_count(name: str, count: int) -> str:
    return f"{name} ×{count}" if count > 1 else name


def to_markdown(document: SummaryDocument) -> str:
    lines = [f"# {document.title}", ""]
    lines += [f"- {fact}" for fact in document.facts]
    for section in document.sections:
        lines += ["", f"## {section.heading}", ""]
        lines += [f"- {item}" for item in section.items] or [section.empty]
    return "\n".join(lines) + "\n"


def write_pdf(document: SummaryDocument, out: Path) -> None:
    pdf = FPDF(orientation="P", unit="mm", format="A4")
    fonts = assets_dir() / "fonts"
    pdf.add_font("Atkinson", "", str(fonts / "AtkinsonHyperlegible-Regular.ttf"))
    pdf.add_font("Atkinson", "B", str(fonts / "AtkinsonHyperlegible-Bold.ttf"))
    pdf.set_margins(20, 20, 20)
    pdf.set_creator("Elämäni peli")
    pdf.add_page()
    pdf.set_font("Atkinson", "B", 20)
    pdf.multi_cell(0, 10, document.title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Atkinson", "", 11)
    for fact in document.facts:
        pdf.multi_cell(0, 6, fact, new_x="LMARGIN", new_y="NEXT")
    for section in document.sections:
        pdf.ln(4)
        pdf.set_font("Atkinson", "B", 14)
        pdf.multi_cell(0, 8, section.heading, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Atkinson", "", 11)
        for item in section.items or (section.empty,):
            pdf.multi_cell(0, 6, f"• {item}" if section.items else item, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(out))


def export_summary(
    library: ContentLibrary,
    summary: Summary,
    translator: Translator,
    when: dt.datetime,
    folder: Path | None = None,
    feelings: tuple[str, ...] = (),
) -> tuple[Path, Path]:
    """Write ``<date-time>.md`` and ``.pdf`` into the summaries folder; returns both paths."""
    target = folder or user_data_dir() / SUMMARY_FOLDER
    target.mkdir(parents=True, exist_ok=True)
    document = build_document(library, summary, translator, when, feelings)
    stem = target / f"elamani-peli-{when:%Y-%m-%d-%H%M%S}"
    markdown, pdf = stem.with_suffix(".md"), stem.with_suffix(".pdf")
    markdown.write_text(to_markdown(document), encoding="utf-8")
    write_pdf(document, pdf)
    return markdown, pdf
