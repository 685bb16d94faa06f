"""Scalars are read as YAML 1.2 reads them (as yaml-language-server and VS Code do), with
libyaml's safe loader; texts cut by a comma inside `{…}` are reported at the comma."""

from __future__ import annotations

import yaml

from elamani_peli.content import reading
from elamani_peli.content.loader import load_content

from .helpers import FIXTURES, VALID


def test_words_that_yaml_1_1_turns_into_values_are_texts():
    data = reading.parse(
        "a: [Yes, No, on, off, y, n, 9:00, 2026-11-01, 0440000000, 0o17, 0x1f, true, ~, 1.5]\n"
    ).data
    assert data["a"] == [
        "Yes",
        "No",
        "on",
        "off",
        "y",
        "n",
        "9:00",
        "2026-11-01",
        440000000,
        15,
        31,
        True,
        None,
        1.5,
    ]


def test_the_loader_is_libyamls_safe_loader_with_another_resolver():
    loader = reading._ContentLoader("a: 1")
    try:
        assert isinstance(loader, yaml.CSafeLoader) and yaml.__with_libyaml__
        # not a constructor that builds Python objects (the full and unsafe ones, C or not)
        assert not isinstance(loader, yaml.constructor.FullConstructor)
    finally:
        loader.dispose()
    assert "tag:yaml.org,2002:timestamp" not in {
        tag for resolvers in reading._ContentLoader.yaml_implicit_resolvers.values() for tag, _ in resolvers
    }
    assert (
        yaml.CSafeLoader.yaml_implicit_resolvers != reading._ContentLoader.yaml_implicit_resolvers
    )  # untouched


def test_a_deck_of_yes_no_on_off_texts_loads_as_written():
    result = load_content([VALID, FIXTURES / "yaml12"], include_builtin=False)
    assert result.problems == []
    card = result.library.decks["test-yaml12"].cards[0]
    assert card.text == {"fi": "Kyllä", "en": "Yes"} and card.follow_up == {"fi": "Ei", "en": "No"}
    assert card.tags == ["on", "off", "y", "n", "9:00", "2026-11-01"]


def test_the_resources_date_is_still_a_date():
    result = load_content([VALID], include_builtin=False)
    assert (
        result.library.resources is not None and result.library.resources.checked.isoformat() == "2026-11-01"
    )
