"""A character-count estimate of whether a text fits on a card at the largest type size.

The UI owns the real measurement (it has the font). Until it plugs one in, ``lint`` uses
this estimate, which is deliberately simple and documented in ``docs/decks.md`` so that a
facilitator can predict it: the card's text area at the largest type size holds
:data:`CARD_LINES` lines of about :data:`CHARS_PER_LINE` characters; words wrap as in a
word processor and a word longer than a line takes as many lines as it needs.

To use a real measurement, pass any ``Callable[[str], bool]`` as ``fits`` to
:func:`elamani_peli.content.lint.lint`.
"""

from __future__ import annotations

CHARS_PER_LINE = 26
"""Characters per line on a card at the largest type size (Atkinson Hyperlegible, ~2× body size)."""
CARD_LINES = 9
"""Lines of text a card holds at the largest type size."""


def estimated_lines(text: str, chars_per_line: int = CHARS_PER_LINE) -> int:
    """How many lines ``text`` takes when wrapped greedily at ``chars_per_line`` characters."""
    lines = 0
    for paragraph in text.splitlines() or [""]:
        used = 0
        lines += 1
        for word in paragraph.split():
            needed = len(word) if used == 0 else used + 1 + len(word)
            if needed <= chars_per_line:
                used = needed
                continue
            if used:
                lines += 1
            full_lines, rest = divmod(len(word), chars_per_line)
            lines += full_lines - (1 if rest == 0 else 0)
            used = rest or chars_per_line
    return lines


def fits_on_card(text: str) -> bool:
    """True when ``text`` is estimated to fit a card at the largest type size."""
    return estimated_lines(text) <= CARD_LINES
