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


def test_left_alone_on_the_title_the_demo_plays_again(monkeypatch):
    from elamani_peli.cli import demo_command
    from elamani_peli.ui.pilot import Pilot

    monkeypatch.setattr(demo_command, "IDLE_RETURN_SECONDS", 0.0)
    with Pilot.start() as pilot:
        app, real_step, steps = pilot.app, pilot.app.step, []
        assert app.scenes.top.name == "title"

        def step(*args, **options):
            steps.append(1)
            if len(steps) >= 3:
                app.quit()
            return real_step(idle_wait=False, dt=1 / 60)

        monkeypatch.setattr(app, "step", step)
        demo_command._loop(app, 0.0)
        assert app.scenes.top.name == "demo"
