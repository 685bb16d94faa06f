"""A speaker that never blocks the frame loop.

The game calls :meth:`Speaker.say` from the loop; a worker thread speaks the utterances
one by one. A new ``say`` interrupts what is being said (a new card replaces the old one),
:meth:`stop` silences it (the scene changed), :meth:`repeat` says the last utterances
again. The thread sleeps on a condition while there is nothing to say, so read-aloud
costs no CPU when the table is quiet.

An utterance is *started* while the lock is held and *waited on* outside it, so a
``say`` or ``stop`` never lets an interrupted utterance slip through: whatever was
started before is stopped, and nothing old is started after.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Sequence

from .voices import Voice

log = logging.getLogger(__name__)

SPOKEN_KEPT = 200


class Speaker:
    """Speaks on its own thread; every public method returns at once."""

    def __init__(self, voice: Voice) -> None:
        self.voice = voice
        self.last: tuple[tuple[str, ...], str] = ((), "")
        self.spoken: deque[tuple[str, str]] = deque(maxlen=SPOKEN_KEPT)
        """The latest (utterance, language) begun, in order: what tests check. Bounded, so a
        whole day of read-aloud does not grow the game's memory."""
        self._queue: list[str] = []
        self._language = ""
        self._speaking = False
        self._closed = False
        self._condition = threading.Condition()
        self._thread = threading.Thread(target=self._run, name="read-aloud", daemon=True)
        self._thread.start()

    def say(self, texts: Sequence[str], language: str, *, interrupt: bool = True) -> None:
        """Speak ``texts`` in order; with ``interrupt`` whatever was being said stops first."""
        cleaned = tuple(text for text in (t.strip() for t in texts) if text)
        if not cleaned:
            return
        with self._condition:
            if interrupt:
                self._silence()
            self._queue.extend(cleaned)
            self._language = language
            self.last = (cleaned, language)
            self._condition.notify_all()

    def repeat(self) -> None:
        """Say the last utterances again (the player asked for it)."""
        texts, language = self.last
        if texts:
            self.say(texts, language)

    def stop(self) -> None:
        with self._condition:
            self._silence()
            self._condition.notify_all()

    def idle(self, timeout: float = 5.0) -> bool:
        """Wait until nothing is queued or being said (tests); True if that came in time."""
        with self._condition:
            return self._condition.wait_for(lambda: not self._queue and not self._speaking, timeout)

    def close(self) -> None:
        with self._condition:
            self._closed = True
            self._silence()
            self._condition.notify_all()
        self._thread.join(timeout=1.0)

    def _silence(self) -> None:
        """Drop the queue and stop the voice; the caller holds the lock."""
        self._queue.clear()
        if self._speaking:
            self.voice.stop()

    def _run(self) -> None:
        while True:
            with self._condition:
                self._speaking = False
                self._condition.notify_all()
                self._condition.wait_for(lambda: bool(self._queue) or self._closed)
                if self._closed:
                    return
                text, language = self._queue.pop(0), self._language
                try:
                    self.voice.start(text, language)
                except Exception:  # a broken voice must never take the game down
                    log.exception("The voice %s could not start; read-aloud goes quiet", self.voice.name)
                    self._queue.clear()
                    continue
                self._speaking = True
                self.spoken.append((text, language))
            try:
                self.voice.wait()
            except Exception:
                log.exception("The voice %s failed while speaking", self.voice.name)
