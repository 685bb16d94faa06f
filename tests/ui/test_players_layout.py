"""The players dialog is measured by a pure function (:func:`layout_players`) and its build only
adds widgets where that put them: rows, pages and the More players slot as data."""

from __future__ import annotations

import itertools

import pytest

from elamani_peli.ui.layout import Metrics
from elamani_peli.ui.scenes.players import layout_players


@pytest.mark.parametrize(("size", "scale"), [((1280, 720), 1.0), ((960, 600), 2.0), ((3840, 2160), 1.0)])
@pytest.mark.parametrize("count", [2, 3, 4, 5, 6])
def test_every_player_is_on_exactly_one_page_in_the_panel(size, scale, count):
    m = Metrics(*size, text_scale=scale)
    first = layout_players(m.body, m, count, 0, 120)
    assert first == layout_players(m.body, m, count, 0, 120)  # pure: the same inputs, the same data
    shown = []
    for page in range(first.pages):
        layout = layout_players(m.body, m, count, page, 120)
        assert layout.page == page and (layout.more is not None) == (layout.pages > 1)
        shown += range(layout.first, layout.first + len(layout.rows))
        for rects in layout.rows:
            assert len(rects) == 4 and all(layout.panel.contains(rect) for rect in rects)
            assert all(a.right <= b.left for a, b in itertools.pairwise(rects))
            assert all(rect.bottom <= min(r.top for r in layout.actions) for rect in rects)
        if layout.more is not None:
            assert all(layout.more.top >= rects[0].bottom for rects in layout.rows)
    assert shown == list(range(count))
    assert layout_players(m.body, m, count, -1, 120).page == first.pages - 1  # -1: the last page


def test_960x600_at_200_percent_pages_six_players_in_threes():
    m = Metrics(960, 600, text_scale=2.0)
    layout = layout_players(m.body, m, 6, 0, 120)
    assert (layout.pages, len(layout.rows), layout.more is not None) == (2, 3, True)
