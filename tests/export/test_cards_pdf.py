"""Printable cards: page counts, texts (extracted with pdftotext), Finnish letters, both languages."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from elamani_peli.cli import main
from elamani_peli.content.library import ContentLibrary
from elamani_peli.content.loader import load_content
from elamani_peli.content.models import Deck, Theme
from elamani_peli.export.cards_pdf import CARD_H, CARD_W, MARGIN_X, MARGIN_Y, select_cards, write_cards_pdf

needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


def _library(card_count: int) -> ContentLibrary:
    theme = Theme(id="friends", name={"fi": "Ystävät", "en": "Friends"}, colour="#2f7a4f")
    cards = [
        {
            "id": f"ystavat-{n:02d}",
            "type": "question",
            "level": 1 + n % 3,
            "text": {
                "fi": f"Kysymys {n}: mitä ystävä tekee, kun on hölmö päivä?",
                "en": f"Question {n}: a friend?",
            },
            "follow_up": {"fi": f"Jatko {n} äöå", "en": f"Follow-up {n}"},
        }
        for n in range(1, card_count + 1)
    ]
    deck = Deck.model_validate(
        {
            "kind": "deck",
            "id": "ystavat",
            "title": {"fi": "Ystävät", "en": "Friends"},
            "theme": "friends",
            "cards": cards,
        }
    )
    return ContentLibrary(themes={"friends": theme}, decks={"ystavat": deck})


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def _card_text(path: Path, page: int, slot: int) -> str:
    """The text inside one card's rectangle (pdftotext crops in points at its default 72 dpi)."""
    points = 72 / 25.4
    x = (MARGIN_X + (slot % 3) * CARD_W) * points
    y = (MARGIN_Y + (slot // 3) * CARD_H) * points
    crop = [
        "-x",
        str(int(x)),
        "-y",
        str(int(y)),
        "-W",
        str(int(CARD_W * points)),
        "-H",
        str(int(CARD_H * points)),
    ]
    command = ["pdftotext", "-f", str(page), "-l", str(page), *crop, str(path), "-"]
    text = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    return " ".join(text.split())


def _page_count(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


@needs_pdftotext
@pytest.mark.parametrize(
    ("cards", "backs", "pages"), [(9, False, 1), (10, False, 2), (10, True, 4), (1, True, 2)]
)
def test_nine_cards_a_page_and_a_backs_page_each(tmp_path, cards, backs, pages):
    out = tmp_path / "cards.pdf"
    library = _library(cards)
    written = write_cards_pdf(select_cards(library, language="fi"), out, languages=("fi",), backs=backs)
    assert written == (pages, ())
    assert _page_count(out) == pages


@needs_pdftotext
def test_finnish_texts_survive_intact(tmp_path):
    out = tmp_path / "cards.pdf"
    write_cards_pdf(select_cards(_library(3), language="fi"), out, languages=("fi",))
    for n in (1, 2, 3):
        text = _card_text(out, 1, n - 1)
        assert f"Kysymys {n}: mitä ystävä tekee, kun on hölmö päivä?" in text
        assert f"Jatko {n} äöå" in text
        assert "Ystävät" in text
        assert f"{_library(3).decks['ystavat'].cards[n - 1].level}" in text
    assert "Question 1" not in _pdf_text(out)


@needs_pdftotext
def test_both_languages_print_both_texts(tmp_path):
    out = tmp_path / "cards.pdf"
    write_cards_pdf(select_cards(_library(2), language="fi"), out, languages=("fi", "en"))
    text = _card_text(out, 1, 0)
    assert "Kysymys 1: mitä ystävä tekee" in text
    assert "Question 1: a friend?" in text


def test_theme_and_deck_filters_choose_cards():
    library = _library(4)
    assert len(select_cards(library, language="fi", theme_ids=["friends"])) == 4
    assert select_cards(library, language="fi", theme_ids=["home"]) == []
    assert select_cards(library, language="fi", deck_ids=["other"]) == []


@needs_pdftotext
def test_print_command_writes_the_builtin_decks(tmp_path, capsys):
    out = tmp_path / "all.pdf"
    status = main(["print", "--lang", "both", "--theme", "friends", "--out", str(out)])
    report = capsys.readouterr().out
    assert status == 0, report
    cards = int(report.split(": ")[1].split()[0])
    assert cards >= 30
    assert _page_count(out) == -(-cards // 9)
    text = " ".join(_pdf_text(out).split())
    decks = load_content().library.decks_for_theme("friends")
    first = next(deck for deck in decks if not deck.content_notes).cards[0]  # noted decks stay out
    assert "Ystävät" in text
    assert " ".join(first.text["fi"].split()) in text
    assert " ".join(first.text["en"].split()) in text


def test_print_command_rejects_an_unknown_theme(tmp_path, capsys):
    assert main(["print", "--theme", "no-such-theme", "--out", str(tmp_path / "x.pdf")]) == 2
    assert "no-such-theme" in capsys.readouterr().err


def _noted_library() -> ContentLibrary:
    """The friends deck plus a deck behind a content note."""
    library = _library(2)
    noted = Deck.model_validate(
        {
            "kind": "deck",
            "id": "paihteet",
            "title": {"fi": "Päihteet", "en": "Substances"},
            "theme": "friends",
            "content_notes": ["substance-use"],
            "cards": [
                {"id": "paihteet-01", "type": "question", "level": 3, "text": {"fi": "Syvä", "en": "Deep"}}
            ],
        }
    )
    return ContentLibrary(themes=library.themes, decks={**library.decks, "paihteet": noted})


def test_decks_with_content_notes_are_left_out_unless_named():
    library = _noted_library()
    assert [c.card.id for c in select_cards(library, language="fi")] == ["ystavat-01", "ystavat-02"]
    named = select_cards(library, language="fi", content_notes=["substance-use"])
    assert [c.card.id for c in named][-1] == "paihteet-01"
    other_note = select_cards(library, language="fi", content_notes=["loss"])
    assert other_note == select_cards(library, language="fi")


@needs_pdftotext
def test_a_printed_card_names_its_content_note_on_its_face(tmp_path):
    out = tmp_path / "cards.pdf"
    cards = select_cards(_noted_library(), language="fi", content_notes=["substance-use"])
    names = {"substance-use": "Päihteiden käyttö"}
    fi = {"Content note": "Sisältövaroitus"}
    write_cards_pdf(
        cards, out, languages=("fi",), gettext=lambda m: fi.get(m, m), note_name=names.__getitem__
    )
    assert "Sisältövaroitus: Päihteiden käyttö" in _card_text(out, 1, 2)
    assert "Sisältövaroitus" not in _card_text(out, 1, 0)


@needs_pdftotext
def test_both_languages_carry_labels_and_follow_up_in_both(tmp_path):
    out = tmp_path / "cards.pdf"
    fi = {"Question": "Kysymys", "Level {level}": "Taso {level}", "Follow-up": "Jatkokysymys"}
    write_cards_pdf(
        select_cards(_library(1), language="fi"),
        out,
        languages=("fi", "en"),
        gettexts=[lambda m: fi.get(m, m), lambda m: m],
    )
    text = _card_text(out, 1, 0)
    assert "Kysymys / Question" in text and "Taso 2 / Level 2" in text  # card 1 is level 1 + 1 % 3
    assert "Jatkokysymys: Jatko 1 äöå" in text and "Follow-up: Follow-up 1" in text


@needs_pdftotext
def test_print_command_leaves_out_noted_decks_and_says_so(tmp_path, capsys):
    library = load_content().library
    noted = [deck for deck in library.decks.values() if deck.content_notes]
    assert noted, "the built-in content has decks behind content notes"
    out = tmp_path / "all.pdf"
    assert main(["print", "--out", str(out)]) == 0
    captured = capsys.readouterr()
    assert "left out" in captured.err and noted[0].id in captured.err
    text = " ".join(_pdf_text(out).split())
    assert " ".join(noted[0].cards[0].text["fi"].split()) not in text
    note = noted[0].content_notes[0]
    notes = noted[0].content_notes
    assert main(["print", "--content-notes", *notes, "--deck", noted[0].id, "--out", str(out)]) == 0
    text = " ".join(_pdf_text(out).split())
    assert "Sisältövaroitus" in text
    assert " ".join(noted[0].cards[0].text["fi"].split())[:30] in text
    assert main(["print", "--content-notes", "no-such-note", "--out", str(out)]) == 2
    assert note in capsys.readouterr().err


def _long_card_library(words: int) -> ContentLibrary:
    library = _library(2)
    deck = library.decks["ystavat"]
    long_text = " ".join(f"sana{n}" for n in range(words))
    first = deck.cards[0].model_copy(update={"text": {"fi": long_text, "en": long_text}})
    decks = {"ystavat": deck.model_copy(update={"cards": (first, *deck.cards[1:])})}
    return ContentLibrary(themes=library.themes, decks=decks)


@needs_pdftotext
def test_a_text_too_long_for_a_card_is_cut_after_a_word_and_named_not_printed_over_the_edge(tmp_path):
    out = tmp_path / "cards.pdf"
    cards = select_cards(_long_card_library(300), language="fi")
    printed = write_cards_pdf(cards, out, languages=("fi", "en"))
    assert printed == (1, ("ystavat-01",))
    first = _card_text(out, 1, 0)
    assert re.search(r"sana\d+…", first)  # cut after a whole word
    assert "sana0 sana1" in first and "sana299" not in first
    assert "Jatko" not in first  # the follow-up went first, then the end of the text
    assert _card_text(out, 1, 3) == ""  # nothing ran down into the card below
    assert "Kysymys 2" in _card_text(out, 1, 1)  # the next card as it was


@needs_pdftotext
def test_print_names_the_cards_it_had_to_shorten(tmp_path, capsys):
    folder = tmp_path / "decks"
    folder.mkdir()
    text = " ".join(f"sana{n}" for n in range(300))
    (folder / "pitka.yaml").write_text(
        "kind: deck\nid: pitka\ntitle: {fi: Pitkä, en: Long}\ntheme: friends\ncards:\n"
        f"  - id: pitka-01\n    type: question\n    level: 1\n    text: {{fi: {text}, en: {text}}}\n",
        encoding="utf-8",
    )
    out = tmp_path / "cards.pdf"
    assert main(["print", "--decks", str(folder), "--deck", "pitka", "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert "1 card(s) too long for a printed card" in err and "pitka-01" in err
