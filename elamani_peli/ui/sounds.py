"""Soft, optional sounds: a die's few clicks, a card turning, a chime for a strength given,
a closing chord on the summary. Off unless Settings turns them on.

The sounds are made here, not loaded: a few short tones and a breath of noise, each with
a soft start and a long fade, quiet (a third of full scale at most) so that they sit under
talk in a small room rather than over it. Making them is pure arithmetic (tested as data);
only :class:`Sounds` touches the mixer, opens it the first time a sound is wanted, and
goes quiet for good if the computer has no sound device. Nothing is ever recorded.
"""

from __future__ import annotations

import array
import logging
import math
import random
from collections import deque
from collections.abc import Callable

import pygame

log = logging.getLogger(__name__)

SAMPLE_RATE = 22050
PEAK = 0.32
"""The loudest a sound gets, as a share of full scale."""
PLAYED_KEPT = 50


def _envelope(index: int, length: int, attack: int) -> float:
    """A soft start (no click) and an exponential fade that reaches silence at the end."""
    rise = min(1.0, index / attack) if attack else 1.0
    fade = math.exp(-4.0 * index / length) * (1.0 - index / length)
    return rise * fade


def _tone(frequency: float, seconds: float, loudness: float, attack_seconds: float = 0.015) -> list[float]:
    """A sine with a quiet octave above it: warmer than a bare sine, still very plain. The
    attack (15 ms unless asked) is what keeps a tone from starting with a click."""
    length = round(seconds * SAMPLE_RATE)
    attack = round(attack_seconds * SAMPLE_RATE)
    step = 2 * math.pi * frequency / SAMPLE_RATE
    return [
        loudness * _envelope(i, length, attack) * (math.sin(step * i) + 0.18 * math.sin(2 * step * i)) / 1.18
        for i in range(length)
    ]


def _noise(seconds: float, loudness: float, smoothing: float, seed: int) -> list[float]:
    """Low-passed noise that swells and fades: a card sliding over the table."""
    rng = random.Random(seed)
    length = round(seconds * SAMPLE_RATE)
    value, out = 0.0, []
    for i in range(length):
        value += smoothing * (rng.uniform(-1.0, 1.0) - value)
        swell = math.sin(math.pi * i / length) ** 2
        out.append(loudness * swell * value * 4.0)
    return out


def _mix(length_seconds: float, parts: list[tuple[float, list[float]]]) -> list[float]:
    """``parts`` (start second, samples) laid over one silence."""
    out = [0.0] * round(length_seconds * SAMPLE_RATE)
    for start, samples in parts:
        offset = round(start * SAMPLE_RATE)
        for i, sample in enumerate(samples[: len(out) - offset]):
            out[offset + i] += sample
    return out


def _roll() -> list[float]:
    clicks = [
        (0.07 * n, _tone(frequency, 0.09, 0.9, 0.012)) for n, frequency in enumerate((1320, 1180, 1250))
    ]
    return _mix(0.26, clicks)


def _card() -> list[float]:
    return _noise(0.22, 0.9, 0.08, seed=7)


def _strength() -> list[float]:
    return _mix(0.85, [(0.0, _tone(659.25, 0.6, 0.26)), (0.12, _tone(880.0, 0.7, 0.24))])


def _end() -> list[float]:
    notes = (523.25, 659.25, 783.99)
    return _mix(1.4, [(0.16 * n, _tone(frequency, 1.1, 0.16)) for n, frequency in enumerate(notes)])


MAKERS: dict[str, Callable[[], list[float]]] = {
    "roll": _roll,
    "card": _card,
    "strength": _strength,
    "end": _end,
}
"""Every sound the game has, by name."""


def samples(name: str) -> array.array:
    """The named sound as signed 16-bit mono samples at :data:`SAMPLE_RATE`, never above :data:`PEAK`."""
    wave = MAKERS[name]()
    loudest = max((abs(sample) for sample in wave), default=0.0)
    scale = min(1.0, PEAK / loudest) if loudest else 1.0
    return array.array("h", (round(sample * scale * 32767) for sample in wave))


class Sounds:
    """Plays the named sounds while ``enabled()`` says so; ``played`` records the latest names."""

    def __init__(self, enabled: Callable[[], bool]) -> None:
        self.enabled = enabled
        self.played: deque[str] = deque(maxlen=PLAYED_KEPT)
        self._sounds: dict[str, pygame.mixer.Sound] = {}
        self._broken = False

    def play(self, name: str) -> None:
        if not self.enabled() or self._broken:
            return
        sound = self._sounds.get(name) or self._load(name)
        if sound is None:
            return
        try:
            sound.play()
        except Exception:  # a sound is never worth an error on screen
            log.exception("Could not play the sound %s", name)
            return
        self.played.append(name)

    def _load(self, name: str) -> pygame.mixer.Sound | None:
        try:
            if not pygame.mixer.get_init():
                pygame.mixer.init(frequency=SAMPLE_RATE, size=-16, channels=1, buffer=512)
            sound = pygame.mixer.Sound(buffer=samples(name).tobytes())
        except (pygame.error, NotImplementedError, ImportError) as error:
            log.info("No sound on this computer (%s); the game stays quiet", error)
            self._broken = True
            return None
        self._sounds[name] = sound
        return sound

    def close(self) -> None:
        self._sounds.clear()
        if pygame.mixer.get_init():
            pygame.mixer.quit()
