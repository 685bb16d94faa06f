"""A tiny seeded random generator whose whole state is one integer.

The generator lives inside :class:`~elamani_peli.engine.state.GameState` (as ``rng``), so a
session replays exactly from setup + seed + action log, and a saved state needs nothing
but plain data. SplitMix64 is small, fast in pure Python and good enough for dice and
card draws; it is *not* the ``random`` module, whose state is large and version-bound.
"""

from __future__ import annotations

_MASK = (1 << 64) - 1
_GOLDEN = 0x9E3779B97F4A7C15


def seed_state(seed: int) -> int:
    """The generator state for a session seed (any int, negative or huge, is fine)."""
    return seed & _MASK


def _next(state: int) -> tuple[int, int]:
    """One 64-bit output and the next state."""
    state = (state + _GOLDEN) & _MASK
    z = state
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & _MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & _MASK
    return z ^ (z >> 31), state


def below(state: int, n: int) -> tuple[int, int]:
    """A uniform integer in ``0 .. n-1`` and the next state (rejection sampling, no bias)."""
    if n <= 0:
        raise ValueError("n must be positive")
    limit = (1 << 64) - ((1 << 64) % n)
    while True:
        value, state = _next(state)
        if value < limit:
            return value % n, state
