"""Read-aloud: the game says what the top scene shows, and the control focus lands on.

What is said is a pure function of the scene's state and the language:
:meth:`Scene.utterances` (each scene says what it shows: a card's theme, level in words,
text and follow-up; a story scene and its choices; whose turn it is). This module only
decides *when* to say it:

- a new scene on top: stop, then say its utterances;
- the same scene, new utterances (the follow-up was revealed, the die stopped): say the
  new ones only;
- focus moved: say the focused control (its :meth:`~elamani_peli.ui.widgets.Widget.describe`).

The speaker runs on its own thread (``speech/speaker.py``), so the frame loop never waits
for a voice, and a quiet table costs nothing: :meth:`ReadAloud.observe` only compares a
few strings after a frame was drawn.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..speech.speaker import Speaker
from .accessible import spoken

if TYPE_CHECKING:
    from .scene import Scene


class ReadAloud:
    """Watches the top scene and hands what changed to the speaker."""

    def __init__(self, speaker: Speaker, gettext: Callable[[str], str]) -> None:
        self.speaker = speaker
        self.gettext = gettext
        self._scene: Scene | None = None
        self._said: list[str] = []
        self._focus: str | None = None

    def forget(self) -> None:
        """Start afresh (read-aloud was turned on, the language changed): the next frame speaks all."""
        self._scene, self._said, self._focus = None, [], None

    def read(self, top: Scene, language: str, first: tuple[str, ...] = (), *, interrupt: bool = True) -> None:
        """Say ``first`` (a confirmation), then the whole scene from the top and its focus."""
        utterances = [text for text in top.utterances() if text]
        focused = top.form.focused
        self._scene, self._said = top, utterances
        self._focus = focused.id if focused is not None else None
        self.speaker.say([*first, *self._with_focus(utterances, focused)], language, interrupt=interrupt)

    def observe(self, top: Scene | None, language: str) -> None:
        """Call after a frame was drawn: speaks what is new on screen."""
        if top is None:
            self.speaker.stop()
            self.forget()
            return
        if top is not self._scene:
            self.read(top, language, interrupt=not _follows(self._scene, top))
            return
        utterances = [text for text in top.utterances() if text]
        focused = top.form.focused
        focus_id = focused.id if focused is not None else None
        new = [text for text in utterances if text not in self._said]
        self._said = utterances
        if new:
            self.speaker.say(new, language)
        if focus_id != self._focus:
            self._focus = focus_id
            if focused is not None:
                self.speaker.say([spoken(focused.describe(), self.gettext)], language, interrupt=not new)

    def _with_focus(self, utterances: list[str], focused: object) -> list[str]:
        describe = getattr(focused, "describe", None)
        return utterances + ([spoken(describe(), self.gettext)] if describe is not None else [])


def _follows(previous: Scene | None, top: Scene) -> bool:
    """True when ``top`` is the game going on from ``previous`` — a card opened over the board
    right after the die — so the die's value is not cut off. Anything else (pause, help, a
    scene closing) interrupts."""
    table = getattr(top, "table", None)
    return (
        previous is not None
        and table is not None
        and getattr(previous, "table", None) is table
        and previous in top.app.scenes
    )
