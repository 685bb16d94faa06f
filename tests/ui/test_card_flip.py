"""A card just drawn turns over (back, edge, face); a resumed card and reduced motion do not,
and a key during the turn finishes it and still does what it does on the card."""

from __future__ import annotations

import pygame

from elamani_peli.ui.pilot import Pilot
from elamani_peli.ui.prefs import Preferences
from tests.ui.test_navigation import _seed_landing_on

SEED = _seed_landing_on("card")


def _roll_to_the_card(pilot: Pilot) -> None:
    pilot.click("new-game")
    pilot.click("start")
    pilot.pass_check_in()
    pilot.click("roll")
    for _ in range(600):  # the die and the walk, frame by frame, until the card opens
        if pilot.scene.name == "card":
            return
        pilot.advance()
    raise AssertionError("the card never opened")


def _card_pixels(pilot: Pilot) -> bytes:
    return pygame.image.tobytes(pilot.surface.subsurface(pilot.scene.card_rect), "RGB")


def _face_width(pilot: Pilot) -> int:
    """How many columns across the card's lower middle are (nearly: smoothscale blends) the
    card face's own light colour."""
    rect = pilot.scene.card_rect
    face = pilot.app.look.palette.surface
    y = rect.centery + rect.height // 4

    def near(colour: tuple[int, int, int]) -> bool:
        return all(abs(a - b) <= 3 for a, b in zip(colour, face, strict=True))

    return sum(1 for x in range(rect.left, rect.right) if near(pilot.pixel((x, y))))


def test_a_drawn_card_turns_over_then_lies_still():
    with Pilot.start(language="fi", seed=SEED) as pilot:
        _roll_to_the_card(pilot)
        scene = pilot.scene
        assert scene.flip is not None and scene.flip.turning
        frames = []
        while scene.flip.turning:
            frames.append(_card_pixels(pilot))
            pilot.advance()
        assert 10 <= len(frames) <= 40  # about a third of a second at 60 frames a second
        pilot.advance()
        still = _card_pixels(pilot)
        assert frames[0] != still  # the back first
        assert len(set(frames)) > len(frames) // 2  # it moves
        pilot.advance(frames=5)
        assert _card_pixels(pilot) == still  # and then lies still: nothing redraws differently


def test_the_face_widens_from_the_edge_in_its_second_half():
    with Pilot.start(language="fi", seed=SEED) as pilot:
        _roll_to_the_card(pilot)
        widths = []
        while pilot.scene.flip.turning:
            face_up, _share = pilot.scene.flip.width_share()
            if face_up:
                widths.append(_face_width(pilot))
            pilot.advance()
        pilot.advance()
        full = _face_width(pilot)
        shown = [w for w in widths if w > 0]
        assert shown and shown == sorted(shown)  # only ever wider
        assert shown[0] < full // 2 and full > pilot.scene.card_rect.width // 2


def test_with_reduced_motion_the_card_is_there_at_once():
    with Pilot.start(language="fi", seed=SEED, prefs=Preferences(reduced_motion=True)) as pilot:
        _roll_to_the_card(pilot)
        assert not pilot.scene.flip.turning
        first = _card_pixels(pilot)
        pilot.advance()
        assert _card_pixels(pilot) == first


def test_a_key_during_the_turn_finishes_it_and_does_its_job():
    with Pilot.start(language="fi", seed=SEED) as pilot:
        _roll_to_the_card(pilot)
        card = pilot.scene
        assert card.flip.turning
        pilot.press("5")  # Bookmark, while the card is still turning
        assert not card.flip.turning
        state = pilot.app.session.state
        assert state.card in state.bookmarks


def test_a_resumed_card_does_not_turn_again():
    with Pilot.start(language="fi", seed=SEED) as pilot:
        _roll_to_the_card(pilot)
        pilot.advance(ms=500)
        pilot.press("escape")
        pilot.click("save-quit")
        pilot.click("continue")
        assert pilot.scene.name == "card"
        assert pilot.scene.flip is None
