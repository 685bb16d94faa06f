"""One vocabulary (issue 16): every card type, space type, role, level and problem id has its
words, the screens and print use the same ones, and the module stays free of pygame."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from elamani_peli import vocabulary
from elamani_peli.content.models import MAX_LEVEL
from elamani_peli.engine.setup import SETUP_PROBLEMS
from elamani_peli.i18n import Translator

ROOT = Path(__file__).resolve().parent.parent


def test_every_kind_of_thing_has_a_word():
    assert set(vocabulary.card_type_names(str)) == set(vocabulary.CARD_TYPES)
    names = vocabulary.space_type_names(str, lambda context, message: message)
    assert set(names) == set(vocabulary.SPACE_TYPES) - {"theme"}  # a theme space is named by its theme
    assert set(vocabulary.role_names(str)) == set(vocabulary.ROLES)
    assert set(vocabulary.content_note_names(str)) == set(vocabulary.CONTENT_NOTES)
    assert sorted(vocabulary.level_names(str)) == list(range(1, MAX_LEVEL + 1))


def test_every_problem_id_the_engine_can_name_has_a_message():
    source = (ROOT / "elamani_peli" / "engine" / "setup.py").read_text(encoding="utf-8")
    appended = set(re.findall(r'problems\.append\("([a-z-]+)"\)', source))
    assert appended == set(SETUP_PROBLEMS)
    messages = vocabulary.problem_messages(str)
    assert set(messages) == set(SETUP_PROBLEMS) | set(vocabulary.SAVE_PROBLEMS)
    assert "6" in messages["setup-player-count"] and str(MAX_LEVEL) in messages["setup-level-out-of-range"]


def test_the_words_are_translated_and_the_level_counts_to_the_maximum():
    fi = Translator("fi").gettext
    assert vocabulary.card_type_name(fi, "action") != "Something to do"
    assert vocabulary.level_label(str, 2) == f"Level 2 of {MAX_LEVEL}"
    assert vocabulary.level_label(fi, 2) == f"Taso 2/{MAX_LEVEL}"
    assert vocabulary.notes_in_sentence(fi, ["substance-use", "own-note"]) == "päihteet, own-note"


def test_screen_and_print_call_a_card_type_the_same():
    from elamani_peli.export import cards_pdf
    from elamani_peli.ui.pilot import builtin_content
    from elamani_peli.ui.scenes.card import face_of

    library = builtin_content().library
    card = next(c for deck in library.decks.values() for c in deck.cards if c.type == "action")
    for language in ("fi", "en"):
        _ = Translator(language).gettext
        on_screen = face_of(_, card, None, language, bilingual=False).type_label
        assert on_screen == cards_pdf._type_label(card.type, _) == vocabulary.card_type_name(_, "action")


def test_the_vocabulary_imports_no_pygame():
    code = "import sys, elamani_peli.vocabulary; assert 'pygame' not in sys.modules, 'pygame'"
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
