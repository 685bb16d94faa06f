"""Soft optional sounds: made as data (quiet, no click at either end, deterministic), played
only with Settings → Soft sounds on, at a roll, a card turned over, a strength given and the
summary — and nothing at all (not even the mixer opened) while they are off."""

from __future__ import annotations

import pygame
import pytest

from elamani_peli.ui.pilot import Pilot
from elamani_peli.ui.prefs import Preferences, load_preferences
from elamani_peli.ui.sounds import MAKERS, PEAK, SAMPLE_RATE, samples
from tests.ui.test_navigation import _seed_landing_on


@pytest.mark.parametrize("name", sorted(MAKERS))
def test_each_sound_is_short_quiet_and_starts_and_ends_in_silence(name):
    wave = samples(name)
    seconds = len(wave) / SAMPLE_RATE
    assert 0.15 <= seconds <= 1.5, seconds
    loudest = max(abs(sample) for sample in wave)
    assert 0.5 * PEAK * 32767 <= loudest <= PEAK * 32767 + 1  # audible, never loud
    edge = SAMPLE_RATE // 1000  # 1 ms
    assert max(abs(sample) for sample in wave[:edge]) < 0.05 * 32767  # a soft start, no click
    assert max(abs(sample) for sample in wave[-edge:]) < 0.01 * 32767  # faded out
    assert samples(name) == wave  # the same every time (the noise is seeded)


def test_the_sounds_differ_from_each_other():
    assert len({samples(name).tobytes() for name in MAKERS}) == len(MAKERS)


def _play_to_a_strength(pilot: Pilot) -> None:
    pilot.click("new-game")
    pilot.click("start")
    pilot.pass_check_in()
    pilot.click("roll")
    for _ in range(600):
        if pilot.scene.name == "card":
            break
        pilot.advance()
    pilot.advance(ms=500)
    pilot.click("strength")
    pilot.press("return")  # the focused strength, for the player whose card it is
    pilot.press("return")


def test_with_sounds_on_a_roll_a_card_and_a_strength_each_make_their_sound():
    prefs = Preferences(language="fi", sounds=True)
    with Pilot.start(language="fi", seed=_seed_landing_on("card"), prefs=prefs) as pilot:
        _play_to_a_strength(pilot)
        state = pilot.app.session.state
        assert state.strengths, "a strength was given"
        assert list(pilot.app.sounds.played) == ["roll", "card", "strength"]
        assert pygame.mixer.get_init() is not None


def test_with_sounds_off_nothing_plays_and_the_mixer_stays_closed():
    with Pilot.start(language="fi", seed=_seed_landing_on("card")) as pilot:
        assert not pilot.app.prefs.sounds  # off unless the worker turns them on
        _play_to_a_strength(pilot)
        assert pilot.app.session.state.strengths
        assert list(pilot.app.sounds.played) == []
        assert pygame.mixer.get_init() is None


def test_settings_turns_sounds_on_and_remembers_it(private_user_folder):
    with Pilot.start(language="fi") as pilot:
        pilot.click("settings")
        toggle = pilot.find("sounds")
        assert toggle.label == "Pehmeät äänet" and not toggle.value
        pilot.click("sounds")
        assert pilot.app.prefs.sounds and load_preferences().sounds


def test_no_sound_device_leaves_the_game_quiet_not_broken(monkeypatch):
    def no_device(*args, **kwargs):
        raise pygame.error("no audio device")

    monkeypatch.setattr(pygame.mixer, "init", no_device)
    prefs = Preferences(language="fi", sounds=True)
    with Pilot.start(language="fi", seed=_seed_landing_on("card"), prefs=prefs) as pilot:
        _play_to_a_strength(pilot)
        assert pilot.app.session.state.strengths
        assert list(pilot.app.sounds.played) == []
