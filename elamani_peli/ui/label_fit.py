"""One type scale for labels: how a label is fitted, and one size for buttons that belong together.

Each label fitted on its own came out in a size of its own: in the title menu "Korttipakat"
shrank while "Opas" stayed large, in the card's action row "Jatkokysymys" was smaller than
"Valmis", the story choices differed by a line's worth of words (play review, finding 21).

:func:`fit_label` decides one label: one line while that keeps it at 3/4 of the full button
size or more; else its words wrap whole onto more lines at any size from the 100 % size
(``Metrics.floor``) up to full; only if neither works does it shrink. At 200 % type a long
label thus wraps at twice the 100 % size instead of dropping back to it.

:func:`harmonise_labels` runs after a scene's build: sibling controls (same class, same
size) get one shared cap, the smallest size any of them needs — but never below the 100 %
size (near 100 % type: 3/4 of full, see :func:`sharing_floor`), so one label that truly
needs less (a single long word) shrinks alone instead of pulling its neighbours down.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Protocol

import pygame

from .look import Look
from .text import TextLayout, cuts_a_word

ONE_LINE_SHARE = 3 / 4
"""A label stays on one line while that keeps it at this share of the full size or more."""


def fit_label(
    look: Look, text: str, box: tuple[int, int], *, cap: int | None = None, weight: str = "bold"
) -> TextLayout:
    """The layout of a control's label in ``box`` (the space beside its icon and number).

    ``cap``: a size shared with sibling controls (see :func:`harmonise_labels`); the label
    then takes exactly that size if it can, on one line or wrapped, and less only if it must.
    """
    m, cache = look.metrics, look.text
    full = m.font_size("button")
    top = full if cap is None else max(1, min(cap, full))
    # Alone, one line may give up a quarter of the size; sharing a size, it gives up none.
    one_line_from = -(-top * 3 // 4) if cap is None else top
    floor = min(m.floor("button"), top)
    width, height = max(1, box[0]), max(1, box[1])
    line = cache.fonts.get(top, weight).get_linesize()
    one_line = cache.fit(text, (width, min(height, line)), top, one_line_from, weight)
    if len(one_line.lines) == 1 and not one_line.below_min:
        return one_line
    wrapped = cache.fit(text, (width, height), top, floor, weight)
    if not wrapped.below_min and not cuts_a_word(text, cache.fonts.get(wrapped.size, weight), width):
        return wrapped
    return cache.fit(text, (width, height), top, m.min_font_size, weight)


def shared_cap(look: Look, sizes: Sequence[int], role: str = "button") -> int | None:
    """One size for texts that belong together: the smallest any needs, but not below
    :func:`sharing_floor` (a text needing less shrinks alone) — unless none reaches that floor,
    when they all share the least. None when they agree already."""
    if len(set(sizes)) < 2:
        return None
    floor = sharing_floor(look, role)
    if max(sizes) < floor:  # none reaches it (long choices in two languages): all share the least
        return min(sizes)
    return max(min(sizes), floor)


def sharing_floor(look: Look, role: str = "button") -> int:
    """How far siblings follow the one that needs the least: to the 100 % size, or — where
    the type is near 100 % — to what one label alone accepts on one line (3/4 of full).

    At 100 % the floor *is* full size, so a floor alone would let a row read 23, 25 and 26 px
    ("Tallenna yhteenveto", "Tulosta vahvuudet", "Alkuvalikkoon"); at 200 % it keeps every
    sibling at its 100 % size or more while one long word shrinks alone.
    """
    m = look.metrics
    return min(m.floor(role), -(-m.font_size(role) * 3 // 4))


class SharesLabelSize(Protocol):
    """A control whose label can take a cap shared with its siblings (Button, Toggle)."""

    label_cap: int | None

    def natural_label_size(self, look: Look) -> int | None:
        """The size its label takes alone (no cap); None: nothing to share."""
        ...


def harmonise_labels(widgets: Iterable[object], look: Look) -> None:
    """Give every group of sibling controls — same class, same size — one label cap.

    Run after a scene's build (``Scene.rebuild``). Controls of other sizes are different
    things (a wide Back button, a narrow pager) and keep their own sizes.
    """
    groups: dict[tuple, list[tuple[SharesLabelSize, int]]] = defaultdict(list)
    for widget in widgets:
        natural = getattr(widget, "natural_label_size", None)
        if natural is None:
            continue
        widget.label_cap = None  # type: ignore[attr-defined]
        size = natural(look)
        if size is None:
            continue
        rect = widget.rect  # type: ignore[attr-defined]
        groups[(type(widget), rect.width, rect.height)].append((widget, size))  # type: ignore[arg-type]
    for members in groups.values():
        cap = shared_cap(look, [size for _, size in members])
        for widget, _ in members:
            widget.label_cap = cap


def fit_siblings(
    look: Look, items: Sequence[tuple[str, pygame.Rect]], *, weight: str = "bold"
) -> list[TextLayout]:
    """Labels drawn by a scene beside its controls ("Kieli", "Tekstin koko"): each fitted as
    :func:`fit_label` fits a button's, and those in boxes of one size in one size."""
    naturals = [fit_label(look, text, rect.size, weight=weight) for text, rect in items]
    groups: dict[tuple[int, int], list[int]] = defaultdict(list)
    for index, (_, rect) in enumerate(items):
        groups[rect.size].append(index)
    fitted = list(naturals)
    for members in groups.values():
        cap = shared_cap(look, [naturals[i].size for i in members])
        if cap is not None:
            for i in members:
                fitted[i] = fit_label(look, items[i][0], items[i][1].size, cap=cap, weight=weight)
    return fitted
