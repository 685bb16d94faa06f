"""``elamani-peli simulate`` on the built-in content: whole sessions, deterministic output.

These are the only engine tests that read ``cards/``; they check shape and determinism,
never particular cards, so content edits do not break them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from elamani_peli.cli import main

ROOT = Path(__file__).resolve().parents[2]
SUMMARY_KEYS = {"themes", "cards_answered", "cards_passed", "strengths", "bookmarks", "stories"}


def _simulate(capsys, *arguments: str) -> tuple[int, str, str]:
    status = main(["simulate", *arguments])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.mark.parametrize(("seed", "players"), [(1, 2), (2, 3), (3, 6)])
def test_simulate_plays_a_whole_session_and_prints_a_json_summary(capsys, seed, players):
    status, out, _ = _simulate(capsys, "--seed", str(seed), "--players", str(players), "--json")
    assert status == 0
    summary = json.loads(out)
    assert set(summary) >= SUMMARY_KEYS
    assert summary["end_reason"] in ("rounds", "minutes", "all_arrived")
    assert len(summary["cards_answered"]) == players
    assert out == json.dumps(summary, sort_keys=True, ensure_ascii=False, indent=2) + "\n"


def test_the_same_seed_gives_byte_identical_output_in_fresh_processes():
    outputs = set()
    for hash_seed in ("1", "2"):
        for flags in (["--json"], []):
            result = subprocess.run(
                [sys.executable, "-m", "elamani_peli", "simulate", "--seed", "42", *flags],
                cwd=ROOT,
                capture_output=True,
                env={**os.environ, "PYTHONHASHSEED": hash_seed},
                check=True,
            )
            outputs.add((tuple(flags), result.stdout))
    assert len(outputs) == 2  # one text and one JSON output, each the same under both hash seeds


def test_text_output_names_players_and_themes(capsys):
    status, out, _ = _simulate(capsys, "--seed", "7")
    assert status == 0
    assert "Nuori (young)" in out and "Themes visited:" in out


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--players", "1"], "--players must be between 2 and 6"),
        (["--players", "7"], "--players must be between 2 and 6"),
        (["--board", "no-such-board"], "there is no board 'no-such-board'"),
    ],
)
def test_a_bad_option_gets_a_clear_message_and_no_traceback(capsys, arguments, message):
    status, out, err = _simulate(capsys, "--seed", "1", *arguments)
    assert status == 2 and out == ""
    assert message in err and "Traceback" not in err


@pytest.mark.parametrize("players", [2, 6])
def test_simulate_json_lists_the_cards_drawn_in_order(capsys, players):
    from elamani_peli.content.loader import load_content
    from elamani_peli.engine.autoplay import play_session
    from elamani_peli.engine.events import CardDrawn
    from elamani_peli.engine.rules import apply, start_session
    from elamani_peli.engine.setup import default_setup

    status, out, _ = _simulate(capsys, "--seed", "5", "--players", str(players), "--json")
    assert status == 0
    cards = json.loads(out)["cards"]
    library = load_content().library
    setup = default_setup(library, seed=5, players=players)
    session = play_session(library, setup, play_seed="simulate:5")
    state, expected = start_session(library, setup), []
    for action in session.log:  # read back the same way a facilitator would check it by hand
        outcome = apply(library, state, action)
        expected += [e.card_id for e in outcome.events if isinstance(e, CardDrawn)]
        state = outcome.state
    assert cards == expected and len(cards) >= 5
    assert set(cards) <= {card.id for deck in library.decks.values() for card in deck.cards}
