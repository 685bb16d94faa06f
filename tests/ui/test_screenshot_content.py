"""``screenshot --board/--card/--story [--story-scene]/--scene problems|browser``, with ``--decks``."""

from __future__ import annotations

import pygame
import pytest
from content.hostile_folders import GOOD_SVG, deck, story, write

from elamani_peli.cli import main


@pytest.fixture
def own_folder(tmp_path):
    folder = tmp_path / "omat"
    write(folder / "deck.yaml", deck("omat", ["Mikä sinua ilahduttaa tänään?", "Entä huomenna?"]))
    write(folder / "assets/portraits/oma.svg", GOOD_SVG)
    scenes = [
        ("alku", "Aamu alkaa.", ["keski"]),
        ("keski", "Päivä jatkuu.", ["loppu"]),
        ("loppu", "Ilta.", []),
    ]
    write(folder / "story.yaml", story("oma-tarina", scenes, portrait="oma.svg"))
    write(folder / "broken.yaml", deck("rikki", ["Moi"], level="9"))
    return folder


def shoot(tmp_path, *options: str) -> tuple[int, pygame.Surface | None]:
    out = tmp_path / "shot.png"
    status = main(["screenshot", *options, "--out", str(out), "--size", "1024x640"])
    return status, pygame.image.load(str(out)) if status == 0 else None


@pytest.mark.parametrize(
    "options",
    [
        ["--board", "lyhyt"],
        ["--card", "omat-000002"],
        ["--story", "oma-tarina"],
        ["--story", "oma-tarina", "--story-scene", "loppu"],
        ["--scene", "problems"],
        ["--scene", "browser"],
    ],
)
def test_each_piece_of_content_renders(tmp_path, own_folder, options):
    status, image = shoot(tmp_path, *options, "--decks", str(own_folder))
    assert status == 0 and image is not None and image.get_size() == (1024, 640)
    assert len({image.get_at((x, y))[:3] for x in range(0, 1024, 32) for y in range(0, 640, 32)}) > 3


def test_the_story_shows_the_facilitators_portrait(tmp_path, own_folder):
    status, image = shoot(tmp_path, "--story", "oma-tarina", "--decks", str(own_folder))
    assert status == 0 and image is not None
    colours = {image.get_at((x, y))[:3] for x in range(0, 400, 4) for y in range(60, 600, 4)}
    assert (0xC2, 0x18, 0x5B) in colours


@pytest.mark.parametrize(
    ("options", "listed"),
    [
        (["--board", "nope"], "no board `nope`; known: lyhyt"),
        (["--card", "nope"], "no card `nope`; known: "),
        (["--story", "nope"], "no story `nope`; known: "),
        (["--story", "oma-tarina", "--story-scene", "nope"], "no scene `nope`; known: alku, keski, loppu"),
    ],
)
def test_unknown_ids_are_a_usage_error_listing_the_known_ones(tmp_path, own_folder, capsys, options, listed):
    status, _ = shoot(tmp_path, *options, "--decks", str(own_folder))
    err = capsys.readouterr().err
    assert status == 2 and listed in err and "Traceback" not in err
    assert len(err.splitlines()) == 1 and len(err) < 800  # 30 ids at most, not every card


@pytest.mark.parametrize(
    "options", [[], ["--scene", "title", "--card", "x"], ["--story-scene", "alku", "--scene", "title"]]
)
def test_exactly_one_thing_to_show(tmp_path, capsys, options):
    status, _ = shoot(tmp_path, *options)
    assert status == 2 and "elamani-peli screenshot:" in capsys.readouterr().err
