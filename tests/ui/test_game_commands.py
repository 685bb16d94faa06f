"""``elamani-peli screenshot`` and the ``play`` options."""

from __future__ import annotations

import pygame
import pytest

from elamani_peli.cli import build_parser, main
from elamani_peli.cli.game_commands import SCREENSHOT_SCENES


@pytest.mark.parametrize("scene", ["title", "pause", "help", "settings"])
def test_screenshot_renders_a_png_of_the_asked_size(tmp_path, scene):
    out = tmp_path / f"{scene}.png"
    status = main(
        [
            "screenshot",
            "--scene",
            scene,
            "--out",
            str(out),
            "--lang",
            "fi",
            "--size",
            "1024x640",
            "--text-scale",
            "150%",
            "--high-contrast",
        ]
    )
    assert status == 0
    image = pygame.image.load(str(out))
    assert image.get_size() == (1024, 640)
    colours = {image.get_at((x, y))[:3] for x in range(0, 1024, 16) for y in range(0, 640, 16)}
    assert len(colours) > 2, "the picture has content, not a blank fill"


def test_screenshot_of_every_registered_name_or_a_clear_message(tmp_path, capsys):
    for scene in SCREENSHOT_SCENES:
        status = main(["screenshot", "--scene", scene, "--out", str(tmp_path / f"{scene}.png")])
        err = capsys.readouterr().err
        assert status in (0, 2), err
        if status == 2:
            assert "not available" in err and "Traceback" not in err


def test_play_options_parse():
    parser, commands = build_parser()
    assert {"play", "screenshot"} <= commands
    args = parser.parse_args(
        [
            "play",
            "--lang",
            "en",
            "--decks",
            "a",
            "--decks",
            "b",
            "--fullscreen",
            "--window",
            "1600x900",
            "--seed",
            "7",
        ]
    )
    assert (args.lang, [str(d) for d in args.decks], args.fullscreen, args.window, args.seed) == (
        "en",
        ["a", "b"],
        True,
        (1600, 900),
        7,
    )


@pytest.mark.parametrize(
    "bad",
    [["play", "--window", "big"], ["screenshot", "--scene", "title", "--out", "x.png", "--text-scale", "3"]],
)
def test_bad_options_give_a_message_not_a_traceback(bad, capsys):
    with pytest.raises(SystemExit) as stop:
        main(bad)
    assert stop.value.code == 2
    assert "Traceback" not in capsys.readouterr().err
