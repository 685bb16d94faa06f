"""Short, gentle, skippable motion: the die tumbling and a token stepping along the path.

Animations here are plain timers (no pygame) that a scene advances with ``update(dt)``
and reads while drawing. They exist only to make a move easy to follow; the engine has
already decided everything. With reduced motion an animation is finished the moment it
is made, so scenes draw the end state straight away and the loop goes back to sleep.
"""

from __future__ import annotations

from dataclasses import dataclass, field

STEP_SECONDS = 0.22
"""One space of token movement: slow enough to count along, quick enough not to wait for."""
DIE_SECONDS = 0.7
DIE_FACE_SECONDS = 0.09
"""How long the tumbling die shows each passing face."""


def ease_in_out(t: float) -> float:
    """Smoothstep: starts and ends softly, which reads as calm rather than mechanical."""
    t = min(max(t, 0.0), 1.0)
    return t * t * (3 - 2 * t)


@dataclass
class Animation:
    """A timer from 0 to ``duration`` seconds; finished at once when ``duration`` is 0."""

    duration: float
    elapsed: float = 0.0

    @property
    def done(self) -> bool:
        return self.elapsed >= self.duration

    @property
    def progress(self) -> float:
        return 1.0 if self.duration <= 0 else min(self.elapsed / self.duration, 1.0)

    def update(self, dt: float) -> bool:
        """Advance; returns True while something still changes on screen."""
        was_done = self.done
        self.elapsed = min(self.elapsed + max(dt, 0.0), self.duration)
        return not was_done

    def skip(self) -> None:
        self.elapsed = self.duration


@dataclass
class TokenWalk(Animation):
    """A token moving space by space from ``start`` to ``end`` (either direction)."""

    start: int = 0
    end: int = 0

    @classmethod
    def between(cls, start: int, end: int, *, reduced_motion: bool) -> TokenWalk:
        steps = abs(end - start)
        return cls(duration=0.0 if reduced_motion else steps * STEP_SECONDS, start=start, end=end)

    @property
    def position(self) -> float:
        """Fractional space index: each step eases in and out, like a hop."""
        steps = abs(self.end - self.start)
        if steps == 0 or self.done:
            return float(self.end)
        travelled = self.progress * steps
        whole = int(travelled)
        part = ease_in_out(travelled - whole)
        direction = 1 if self.end > self.start else -1
        return self.start + direction * (whole + part)


@dataclass
class DieRoll(Animation):
    """The die tumbling through faces, landing on ``value``.

    The faces shown on the way come from a fixed cycle, not from randomness: they are
    decoration and must never look like a second roll.
    """

    value: int = 1
    faces: tuple[int, ...] = field(default=(3, 5, 2, 6, 1, 4))

    @classmethod
    def landing_on(cls, value: int, *, reduced_motion: bool) -> DieRoll:
        return cls(duration=0.0 if reduced_motion else DIE_SECONDS, value=value)

    @property
    def face(self) -> int:
        if self.done:
            return self.value
        index = int(self.elapsed / DIE_FACE_SECONDS)
        face = self.faces[index % len(self.faces)]
        return face if face != self.value else self.faces[(index + 1) % len(self.faces)]

    @property
    def tilt(self) -> float:
        """Degrees of rotation while tumbling; settles to 0 as the die lands."""
        if self.done:
            return 0.0
        sway = -1.0 if int(self.elapsed / DIE_FACE_SECONDS) % 2 else 1.0
        return 14.0 * (1.0 - ease_in_out(self.progress)) * sway


GLOW_SECONDS = 1.1
"""A strength landing on its receiver: one soft swell and fade, long enough to be seen."""


@dataclass
class Glow(Animation):
    """A halo that swells once round something that just changed, then fades (none at all
    with reduced motion: the change itself stays marked, without movement)."""

    @classmethod
    def once(cls, *, reduced_motion: bool) -> Glow:
        return cls(duration=0.0 if reduced_motion else GLOW_SECONDS)

    @property
    def halo(self) -> float:
        """How far out the halo is, 0 → 1 (eased); 0 once done."""
        return 0.0 if self.done else ease_in_out(self.progress)
