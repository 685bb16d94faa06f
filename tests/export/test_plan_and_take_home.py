"""The printed session plan and the take-home strengths cards, read back with pdftotext."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from elamani_peli.cli import main
from elamani_peli.content.loader import load_content
from elamani_peli.engine.actions import Roll
from elamani_peli.engine.estimate import estimated_minutes
from elamani_peli.engine.rules import apply, start_session
from elamani_peli.engine.setup import PlayerSetup, default_setup
from elamani_peli.engine.state import StrengthGift
from elamani_peli.export.strengths_pdf import build_cards, write_cards
from elamani_peli.guide import guide_bullets, marked_bullets
from elamani_peli.i18n import Translator

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
LIBRARY = load_content().library


def _text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(out.split())


def _pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def test_the_guide_marks_an_opening_script_and_debrief_in_both_languages():
    for language in ("fi", "en"):
        opening, debrief = guide_bullets(language, "opening"), guide_bullets(language, "debrief")
        assert len(opening) >= 4 and len(debrief) >= 3
        assert not any("**" in line or "<!--" in line for line in opening + debrief)
    english = " ".join(guide_bullets("en", "opening"))
    for promise in ("passed", "Nothing you say is saved", "pause", "unless I am worried about your safety"):
        assert promise in english


def test_marked_bullets_stop_at_the_end_of_the_list():
    source = "# T\n<!-- plan: x -->\n- one\n  more\n- two\n\nAfter.\n- not this\n"
    assert marked_bullets(source, "x") == ["one more", "two"]
    assert marked_bullets(source, "missing") == []


def test_estimates_match_the_guide_for_the_built_in_boards():
    assert estimated_minutes(LIBRARY.boards["perus"]) == 45
    assert 15 <= estimated_minutes(LIBRARY.boards["lyhyt"]) <= 20
    assert estimated_minutes(LIBRARY.boards["perus"], players=4) > 45


@needs_poppler
@pytest.mark.parametrize("language", ["fi", "en"])
def test_plan_holds_choices_script_help_notes_and_debrief(tmp_path, capsys, language):
    out = tmp_path / "plan.pdf"
    args = ["plan", "--out", str(out), "--lang", language, "--board", "lyhyt", "--themes", "friends", "home"]
    assert main([*args, "--level", "1", "--minutes", "20"]) == 0
    assert "plan.pdf" in capsys.readouterr().out
    assert 1 <= _pages(out) <= 2
    text = _text(out)
    translator = Translator(language)
    _ = translator.gettext
    board = LIBRARY.boards["lyhyt"]
    assert board.title[language] in text and f"{len(board.spaces)} " in text
    for theme in ("friends", "home"):
        assert LIBRARY.themes[theme].name[language] in text
    assert LIBRARY.themes["future"].name[language] not in text
    assert _("Length: {count} min").format(count=20) in text
    assert _("light") in text
    for line in guide_bullets(language, "opening") + guide_bullets(language, "debrief"):
        assert " ".join(line.split())[:40] in text
    for service in LIBRARY.help_services(language):
        assert service.name in text
    assert _("My notes") in text and _("Session plan") in text


def test_plan_says_what_is_wrong_with_an_option(tmp_path, capsys):
    out = tmp_path / "plan.pdf"
    assert main(["plan", "--out", str(out), "--board", "nope"]) == 2
    assert main(["plan", "--out", str(out), "--themes", "nope"]) == 2
    assert main(["plan", "--out", str(out), "--level", "4"]) == 2
    err = capsys.readouterr().err
    assert "no board 'nope'" in err and "unknown theme nope" in err and "--level" in err
    assert "Traceback" not in err and not out.exists()


def _played_state():
    setup = replace(
        default_setup(LIBRARY, seed=4, players=3),
        players=(
            PlayerSetup("Aino", "young", "token-1"),
            PlayerSetup("Mikko", "worker", "token-2"),
            PlayerSetup("Eetu", "young", "token-3"),
        ),
    )
    state = start_session(LIBRARY, setup)
    state = apply(LIBRARY, state, Roll()).state
    gifts = (StrengthGift(1, 0, "courage"), StrengthGift(2, 0, "humour"), StrengthGift(2, 1, "kindness"))
    return setup, replace(state, strengths=gifts)


@needs_poppler
def test_take_home_cards_name_strengths_and_givers_and_nothing_else(tmp_path):
    setup, state = _played_state()
    state = replace(state, players=tuple(replace(p, answered=3, passed=2) for p in state.players))
    closing = next(c for d in LIBRARY.decks.values() for c in d.cards if "closing" in c.tags)
    translator = Translator("fi")
    cards = build_cards(LIBRARY, setup, state, translator, closing_card=closing.id)
    out = tmp_path / "strengths.pdf"
    assert write_cards(cards, out) == 2  # two cards a page, three players
    text = _text(out)
    courage, humour = LIBRARY.strengths["courage"].name["fi"], LIBRARY.strengths["humour"].name["fi"]
    assert f"{courage} – antoi Mikko" in text
    assert humour in text and "Eetu" in text and "Aino" in text
    assert closing.text["fi"][:30] in text
    for absent in ("3", "ohit", "vastas", "pass"):
        assert absent not in text.replace(translator.date(__import__("datetime").date.today()), "")


@needs_poppler
def test_take_home_cards_can_leave_out_the_names(tmp_path):
    setup, state = _played_state()
    cards = build_cards(LIBRARY, setup, state, Translator("en"), closing_card=None, names=False)
    out = tmp_path / "strengths.pdf"
    write_cards(cards, out)
    text = _text(out)
    for name in ("Aino", "Mikko", "Eetu"):  # neither the card's owner nor who gave a strength
        assert name not in text
    for strength in ("courage", "kindness"):
        assert LIBRARY.strengths[strength].name["en"] in text
    assert "A strength I noticed in myself today" in text  # Eetu received none: room to write
