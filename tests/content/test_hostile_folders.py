"""Every hostile folder of :mod:`.hostile_folders` through validate and the whole game, headless.

validate must find what the folder says it holds (or nothing, for the valid ones), in one
escaped line per problem; the game must show the problems notice (first and last page),
every board, every card, every story and the deck browser without raising.
"""

from __future__ import annotations

import os

import pytest

from elamani_peli.content.loader import load_content

from .hostile_folders import FOLDERS, Validated, generate, problems_in_output, walk_game

SCALE = 200
"""1/200 of the full size: 500 cards, 500 errors, 250-scene stories (the full set: run the module)."""


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    made = {spec.name: path for spec, path in generate(root, SCALE)}
    yield made
    for path in made.values():  # chmod 000 folders would keep pytest from cleaning up
        for dirpath, dirnames, _ in os.walk(path):
            for name in dirnames:
                os.chmod(os.path.join(dirpath, name), 0o755)


@pytest.mark.parametrize("spec", FOLDERS, ids=[spec.name for spec in FOLDERS])
def test_hostile_folder(spec, generated, tmp_path):
    if spec.name not in generated:
        pytest.skip("needs symbolic links and FIFOs")
    path = generated[spec.name]
    content = load_content([path])
    result = Validated(1 if content.errors else 0, [problem.format() for problem in content.problems])
    assert problems_in_output(result) == []
    errors, warnings = result.with_severity("error"), result.with_severity("warning")
    if spec.clean:
        assert errors == [] and warnings == [], "\n".join(result.lines)
    for fragment in spec.errors:
        assert any(fragment in line for line in errors), (fragment, result.lines[:20])
    for fragment in spec.warnings:
        assert any(fragment in line for line in warnings), (fragment, result.lines[:20])
    walked = walk_game(path, tmp_path, max_cards=8, content=content)
    if errors:
        assert walked.problem_pages >= 1
    assert walked.boards >= 1


def test_the_set_is_about_55_folders():
    assert len(FOLDERS) >= 55
    assert len({spec.name for spec in FOLDERS}) == len(FOLDERS)
