"""The printable session plan: one or two A4 pages the worker takes into the room.

It holds the choices of the setup (board, length, depth, themes, stories, content notes),
the opening script and the debrief questions — both read from the facilitator guide, so
plan and guide say the same — the help services of the language, and lines for the worker's
own notes. No player names: the plan is made before anyone sits down.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from elamani_peli.content.library import ContentLibrary
from elamani_peli.content.text import localize
from elamani_peli.engine.estimate import estimated_minutes
from elamani_peli.engine.setup import SessionSetup
from elamani_peli.guide import guide_bullets
from elamani_peli.i18n import Translator
from elamani_peli.vocabulary import level_name, notes_in_sentence

from .a4 import A4Document

NOTE_GAP = 8.0
NOTE_LINES = (5, 12)
"""At least five lines for notes (on a second page if need be), at most twelve."""


@dataclass(frozen=True)
class PlanDocument:
    title: str
    facts: tuple[str, ...]
    opening_heading: str
    opening: tuple[str, ...]
    help_heading: str
    help: tuple[str, ...]
    help_note: str
    notes_heading: str
    debrief_heading: str
    debrief: tuple[str, ...]


def build_plan(
    library: ContentLibrary,
    setup: SessionSetup,
    translator: Translator,
    guide: Callable[[str, str], list[str]] = guide_bullets,
) -> PlanDocument:
    """The plan's texts in the translator's language; ``guide(language, mark)`` gives the guide's bullets."""
    _, language = translator.gettext, translator.language
    board = library.boards.get(setup.board_id)
    facts = []
    if board is not None:
        facts.append(
            _("Board: {name}, {spaces} spaces, about {minutes} min").format(
                name=localize(board.title, language)[0],
                spaces=len(board.spaces),
                minutes=estimated_minutes(board, len(setup.players)),
            )
        )
    if setup.length_unit == "minutes":
        facts.append(_("Length: {count} min").format(count=setup.length))
    else:
        facts.append(
            translator.ngettext("Length: {n} round", "Length: {n} rounds", setup.length).format(
                n=setup.length
            )
        )
    facts.append(
        _("Deepest level: {level} · {name}").format(
            level=setup.max_level, name=level_name(_, setup.max_level)
        )
    )
    themes = [localize(library.themes[t].name, language)[0] for t in setup.themes if t in library.themes]
    facts.append(_("Themes: {names}").format(names=", ".join(themes)))
    stories = [library.stories[s].character.name for s in setup.stories if s in library.stories]
    facts.append(_("Stories: {names}").format(names=", ".join(stories)) if stories else _("Stories: off"))
    if setup.content_notes:
        facts.append(
            _("Content notes allowed: {notes}").format(notes=notes_in_sentence(_, setup.content_notes))
        )
    else:
        facts.append(_("Content notes: none allowed"))
    services = []
    for service in library.help_services(language):
        line = f"{service.name}: {service.contact}"
        if service.hours:
            line += f" ({service.hours})"
        services.append(line)
    checked = ""
    if library.resources is not None:
        checked = _("Checked on {date}.").format(date=translator.date(library.resources.checked))
    return PlanDocument(
        title=_("Session plan"),
        facts=tuple(facts),
        opening_heading=_("To say at the start"),
        opening=tuple(guide(language, "opening")),
        help_heading=_("Where to get help"),
        help=tuple(services),
        help_note=checked,
        notes_heading=_("My notes"),
        debrief_heading=_("At the end"),
        debrief=tuple(guide(language, "debrief")),
    )


def write_plan_pdf(plan: PlanDocument, out: Path) -> int:
    """Write the plan and return its number of pages (one or two)."""
    doc = A4Document()
    doc.add_page()
    doc.title_line(plan.title)
    doc.bullets(plan.facts)
    doc.heading(plan.opening_heading)
    doc.bullets(plan.opening)
    doc.heading(plan.help_heading)
    doc.bullets(plan.help)
    if plan.help_note:
        doc.paragraph(plan.help_note, size=9, muted=True)
    doc.heading(plan.debrief_heading)
    doc.bullets(plan.debrief)
    doc.heading(plan.notes_heading, keep_with=NOTE_LINES[0] * NOTE_GAP)
    doc.ruled_lines(*NOTE_LINES, gap=NOTE_GAP)
    out.parent.mkdir(parents=True, exist_ok=True)
    doc.output(str(out))
    return doc.pages_count
