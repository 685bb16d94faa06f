"""What a text may hold to be shown on a card, decided once for validate and the game alike.

Refused by ``validate`` (each with the character's place in the text):

- control characters other than a line break or a tab (a NUL from a ``"\\0"`` escape
  makes the font renderer raise; others show as boxes or move the cursor in a terminal),
  lone surrogates (``"\\ud800"``, not text at all), and
- a text with nothing visible: only zero-width or other invisible characters (pasted from
  a web page), which would give a blank card;
- a text longer than :data:`MAX_TEXT_CHARS` characters (a card holds about 230).

Shown by the game (:func:`for_display`): tabs become spaces, line and paragraph
separators (U+2028/U+2029) become line breaks, and zero-width and bidi format characters
are dropped before measuring, so a line of them is an empty line. Characters the font
lacks are the UI's business (it draws a visible replacement).
"""

from __future__ import annotations

import unicodedata

MAX_TEXT_CHARS = 3000
"""Longest text accepted; the longest built-in story scene is about 400 characters."""

BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800\u180e")
"""Characters that are letters or symbols to Unicode but print as nothing (Hangul fillers, …)."""

_NAMES = {"\x00": "NUL", "\x1b": "ESC", "\x7f": "DEL", "\r": "a carriage return"}


def text_problem(text: str) -> str | None:
    """Why ``text`` cannot be shown on a card, with the place of the first bad character; or None."""
    if len(text) > MAX_TEXT_CHARS:
        return (
            f"this text has {len(text):,} characters, more than the {MAX_TEXT_CHARS:,} a text may have "
            "(a card holds about 230); shorten it or split it"
        )
    for index, character in enumerate(text):
        category = unicodedata.category(character)
        if category == "Cc" and character not in "\n\t":
            name = _NAMES.get(character, "a control character")
            return (
                f"character {index + 1} of this text is U+{ord(character):04X} ({name}), which cannot be "
                "shown; delete it (it may have come from a `\\` escape in quotes or a pasted text)"
            )
        if category == "Cs":
            return (
                f"character {index + 1} of this text is U+{ord(character):04X}, half of a character "
                "(a lone surrogate); write the character itself instead of its escape code"
            )
    if not any(_visible(character) for character in text):
        return (
            "this text has only invisible characters (zero-width spaces or similar, often pasted from "
            "a web page); write the text, or remove the key if it is optional"
        )
    return None


def _visible(character: str) -> bool:
    category = unicodedata.category(character)
    invisible = ("Cf", "Cc", "Zs", "Zl", "Zp", "Mn", "Me")
    return not (character.isspace() or category in invisible or character in BLANK_LETTERS)


def for_display(text: str) -> str:
    """``text`` as the renderer can take it: never a control or format character, never a crash.

    Texts that passed validate only lose invisible characters; anything else (a nickname, a
    text from a file that bypassed validation) has its control characters replaced with U+FFFD.
    """
    if text.isascii() and text.isprintable():
        return text
    out = []
    for character in text:
        if character in "\n\u2028\u2029\x85":
            out.append("\n")
        elif character == "\t":
            out.append(" ")
        else:
            category = unicodedata.category(character)
            if category == "Cf":
                continue  # zero-width and bidi marks: nothing to draw
            out.append("\ufffd" if category in ("Cc", "Cs") else character)
    return "".join(out)
