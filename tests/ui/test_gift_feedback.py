"""A strength given gets a visible, calm answer (findings 16 and 20, issue 11): a sentence
naming giver, receiver and strength, the receiver's count marked where it shows — on the
card, and on the board after a Strengths space or once the card has closed — with one soft
halo that reduced motion leaves out."""

from __future__ import annotations

import logging

import pygame
import pytest

from elamani_peli.engine.actions import Roll
from elamani_peli.ui import game_flow
from elamani_peli.ui.gift_feedback import highlight_fill
from elamani_peli.ui.pilot import Pilot
from elamani_peli.ui.prefs import Preferences
from elamani_peli.ui.samples import advance_to, sample_session


def _colours(surface: pygame.Surface, rect: pygame.Rect) -> set[tuple[int, ...]]:
    return {
        tuple(surface.get_at((x, y)))
        for x in range(rect.left, rect.right, 2)
        for y in range(rect.top, rect.bottom, 2)
    }


def _give_from_the_card(pilot: Pilot):
    pilot.app.registry.get("card").sample(pilot.app, 5)
    pilot.advance()
    card = pilot.scene
    pilot.click("strength")
    for _ in range(4):
        if pilot.scene.name == "card":
            break
        pilot.press("return")
    assert pilot.scene is card and pilot.app.session.state.strengths
    return card


@pytest.mark.parametrize("reduced", [False, True])
def test_the_card_marks_the_receivers_new_count_with_a_halo_unless_motion_is_reduced(reduced):
    with Pilot.start((1280, 720), seed=5, language="en", prefs=Preferences(reduced_motion=reduced)) as pilot:
        card = _give_from_the_card(pilot)
        gift = pilot.app.session.state.strengths[-1]
        name = card.table.player_name(gift.receiver)
        assert card.chip == f"{name} · 1 strength"
        assert card.notice in card.utterances() and card.chip in card.utterances()  # read aloud too
        assert card.notice_rect.contains(card.chip_rect)
        pilot.advance()
        fill = (*highlight_fill(pilot.app.look), 255)
        assert fill in _colours(pilot.surface, card.chip_rect)
        assert card.glow is not None and card.glow.done is reduced
        assert card.update(0.05) is not reduced  # the halo asks for frames only while it moves
        halo = card.chip_rect.inflate(pilot.app.look.metrics.px(24), pilot.app.look.metrics.px(24))
        pilot.advance()
        during = pilot.region(halo).copy()
        pilot.advance(ms=2000)
        assert card.glow.done and card.update(0.05) is False
        after = pilot.region(halo)
        changed = any(
            during.get_at((x, y)) != after.get_at((x, y)) for x in range(0, halo.w, 2) for y in range(halo.h)
        )
        assert changed is not reduced


def test_after_the_card_closes_the_board_says_the_gift_and_marks_the_receiver_until_the_next_roll():
    with Pilot.start((1280, 720), seed=5, language="en") as pilot:
        card = _give_from_the_card(pilot)
        sentence = card.notice
        pilot.click("done")
        pilot.advance(ms=2000)
        board = pilot.scene
        assert board.name == "board"
        gift = board.table.state.strengths[-1]
        assert board.gift_text() == sentence and board.gift_receivers == {gift.receiver}
        assert sentence in board.utterances()
        assert board.gift_rect.height > 0 and board.panel.contains(board.gift_rect)
        assert (*highlight_fill(pilot.app.look), 255) in _colours(pilot.surface, board.panel)
        pilot.press("return")  # the next player rolls
        pilot.advance(ms=4000)
        assert board.gift is None and board.gift_receivers == frozenset()


def _on_a_strengths_space(pilot: Pilot):
    session = sample_session(pilot.app, 11)
    for _ in range(60):
        advance_to(session, ("roll",))
        session.apply(Roll())
        if advance_to(session, ("strength", "roll")) and session.state.phase == "strength":
            break
    assert session.state.phase == "strength"
    pilot.app.scenes.push(game_flow.open_session(pilot.app, session))
    pilot.advance()
    assert pilot.scene.name == "strength-space"
    return session


@pytest.mark.parametrize(("size", "scale", "language"), [((1280, 720), 1.0, "fi"), ((960, 600), 2.0, "en")])
def test_a_strength_given_on_a_strengths_space_is_said_and_marked_on_the_board(
    size, scale, language, tmp_path, caplog
):
    caplog.set_level(logging.WARNING, logger="elamani_peli.ui.text")
    with Pilot.start(size, seed=11, language=language, prefs=Preferences(text_scale=scale)) as pilot:
        session = _on_a_strengths_space(pilot)
        giver = pilot.scene.table.player_name(session.state.current_player)
        assert len(session.state.players) >= 3 and pilot.scene.prompt().startswith(f"{giver}, ")
        assert pilot.scene.prompt() in pilot.scene.utterances()  # who is giving, said too
        before = len(session.state.strengths)
        pilot.click("strength-0")
        pilot.press("return")  # Give has the focus once a strength is picked
        assert len(session.state.strengths) == before + 1
        pilot.advance()
        board = pilot.scene
        assert board.name == "board"
        gift = session.state.strengths[-1]
        table = board.table
        expected = pilot.app._("{receiver} received a strength from {giver}: {strength}").format(
            receiver=table.player_name(gift.receiver),
            giver=table.player_name(gift.giver),
            strength=table.strength_name(gift.strength),
        )
        assert board.gift_text() == expected and expected in board.utterances()
        assert board.gift_receivers == {gift.receiver}
        pilot.advance(ms=2000)
        pilot.screenshot(tmp_path / "board.png")
        assert (*highlight_fill(pilot.app.look), 255) in _colours(pilot.surface, board.panel)
        # the receiver's row keeps the body size of its neighbours: "· 1 strength" in words
        # where that fits, else a star and the number
        name = table.player_name(gift.receiver)
        others = {table.player_name(i) for i in range(len(session.state.players)) if i != gift.receiver}
        drawn = pilot.drawn_layouts()
        rows = [lay for lay in drawn if lay.text == name or lay.text.startswith(f"{name} · ")]
        neighbours = {lay.size for lay in drawn if lay.text in others}
        assert len(rows) == 1 and neighbours == {rows[0].size}
        assert rows[0].text != name or "1" in {lay.text for lay in drawn}
        # no room for the sentence (large type, small window): left out, not squeezed to nothing
        assert not [r for r in caplog.records if "does not fit" in r.getMessage()]


def test_taking_the_gift_back_forgets_it_on_the_board():
    with Pilot.start((1280, 720), seed=11, language="en") as pilot:
        session = _on_a_strengths_space(pilot)
        pilot.click("strength-0")
        pilot.press("return")
        pilot.advance()
        board = pilot.scene
        assert board.gift is not None
        pilot.press("z", mod=pygame.KMOD_CTRL)
        pilot.advance()
        assert pilot.scene.name == "strength-space" and board.gift is None
        assert len(session.state.strengths) == 0


def test_with_reduced_motion_the_board_marks_the_receiver_without_a_halo():
    with Pilot.start((1280, 720), seed=11, language="en", prefs=Preferences(reduced_motion=True)) as pilot:
        _on_a_strengths_space(pilot)
        pilot.click("strength-0")
        pilot.press("return")
        pilot.advance()
        board = pilot.scene
        assert board.name == "board" and board.gift_receivers
        assert board.gift_glow is not None and board.gift_glow.done
        assert board.update(0.05) is False  # nothing moves, the loop may sleep
        assert (*highlight_fill(pilot.app.look), 255) in _colours(pilot.surface, board.panel)
