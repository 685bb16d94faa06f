"""``elamani-peli demo`` and ``play --presenter`` on the command line."""

from __future__ import annotations

import pytest

from elamani_peli.cli import build_parser


def test_demo_takes_language_seed_and_speed():
    parser, commands = build_parser()
    assert "demo" in commands
    args = parser.parse_args(["demo", "--lang", "en", "--seed", "7", "--speed", "2"])
    assert (args.lang, args.seed, args.speed) == ("en", 7, 2.0)
    assert parser.parse_args(["demo"]).speed == 1.0


@pytest.mark.parametrize("speed", ["0", "fast", "50"])
def test_a_speed_out_of_range_is_a_clear_error(speed, capsys):
    parser, _ = build_parser()
    with pytest.raises(SystemExit):
        parser.parse_args(["demo", "--speed", speed])
    assert "speed" in capsys.readouterr().err


def test_play_has_presenter_mode():
    parser, _ = build_parser()
    assert parser.parse_args(["play", "--presenter"]).presenter
    assert not parser.parse_args(["play"]).presenter
