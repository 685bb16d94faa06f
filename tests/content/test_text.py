"""Choosing a text's language, and the estimate of whether a text fits a card."""

from __future__ import annotations

import pytest

from elamani_peli.content.text import localize
from elamani_peli.content.textfit import CARD_LINES, CHARS_PER_LINE, estimated_lines, fits_on_card


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ({"fi": "Hei", "en": "Hi"}, "en", ("Hi", "en")),
        ({"fi": "Hei", "en": "Hi"}, "fi", ("Hei", "fi")),
        ({"fi": "Hei"}, "en", ("Hei", "fi")),
        ({"en": "Hi"}, "fi", ("Hi", "en")),
        ({"sv": "Hej"}, "fi", ("Hej", "sv")),
        ({"fi": "  ", "en": "Hi"}, "fi", ("Hi", "en")),
        ({}, "fi", ("", "fi")),
    ],
)
def test_localize_falls_back_and_says_which_language_it_used(text, language, expected):
    assert localize(text, language) == expected


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("", 1),
        ("a" * CHARS_PER_LINE, 1),
        ("a" * (CHARS_PER_LINE + 1), 2),
        ("aaa " * 7, 2),
        ("rivi\ntoinen", 2),
        ("a" * (2 * CHARS_PER_LINE + 1) + " b", 3),
    ],
)
def test_estimated_lines_wrap_like_a_word_processor(text, lines):
    assert estimated_lines(text) == lines


def test_fits_on_card_at_the_line_limit():
    assert fits_on_card("\n".join(["sana"] * CARD_LINES))
    assert not fits_on_card("\n".join(["sana"] * (CARD_LINES + 1)))
