"""The voices this computer has, behind one small interface.

Two engines, both offline and local:

- **prismatoid** (``import prism``): one API over the operating system's speech and the
  screen reader that is running — SAPI and OneCore voices and NVDA/JAWS on Windows,
  AVSpeech/VoiceOver on macOS, Speech Dispatcher/Orca on Linux. Chosen over pyttsx3, which
  on Windows reads only SAPI voices and so misses the Finnish OneCore voice most laptops
  have, and cannot hand text to a running screen reader.
- **espeak-ng** (the command): Finnish and English voices on any Linux without Speech
  Dispatcher, and the engine that writes WAV files (``elamani-peli speak``).

A voice starts one utterance without waiting (:meth:`Voice.start`), can be waited on
(:meth:`Voice.wait`) and stopped (:meth:`Voice.stop`); the
:class:`~elamani_peli.speech.speaker.Speaker` drives it from a worker thread.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import threading
import time
from collections.abc import Callable
from typing import Any, Protocol

log = logging.getLogger(__name__)

ESPEAK_COMMANDS = ("espeak-ng", "espeak")
ESPEAK_VOICES = {"fi": "fi", "en": "en-gb", "sv": "sv"}
"""The espeak-ng voice for a language code; other codes are passed through as they are."""
POLL_SECONDS = 0.05


class Voice(Protocol):
    """One speech engine, saying one utterance at a time."""

    name: str

    def has_language(self, language: str) -> bool: ...

    def start(self, text: str, language: str) -> None:
        """Begin saying ``text``; returns at once."""

    def wait(self) -> None:
        """Block until the utterance begun last is said or stopped."""

    def stop(self) -> None:
        """Silence the utterance being said, if any."""


class NoVoice:
    """What a computer without any voice gets: the game goes on, silently."""

    name = "none"

    def has_language(self, language: str) -> bool:
        return False

    def start(self, text: str, language: str) -> None:
        return None

    def wait(self) -> None:
        return None

    def stop(self) -> None:
        return None


def espeak_command() -> str | None:
    """The espeak-ng program on PATH, or None."""
    for command in ESPEAK_COMMANDS:
        found = shutil.which(command)
        if found:
            return found
    return None


def espeak_voice(language: str) -> str:
    return ESPEAK_VOICES.get(language.split("-")[0], language)


class EspeakVoice:
    """espeak-ng as a child process: one process per utterance, killed on :meth:`stop`."""

    name = "espeak-ng"

    def __init__(self, command: str, run: Callable[..., Any] = subprocess.Popen) -> None:
        self.command = command
        self._run = run
        self._process: Any = None
        self._languages: set[str] | None = None

    def has_language(self, language: str) -> bool:
        if self._languages is None:
            self._languages = _espeak_languages(self.command)
        return espeak_voice(language).split("-")[0] in self._languages

    def start(self, text: str, language: str) -> None:
        self._process = self._run(
            [self.command, "-v", espeak_voice(language), "--", text],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def wait(self) -> None:
        process = self._process
        if process is not None:
            process.wait()

    def stop(self) -> None:
        process = self._process
        if process is not None and process.poll() is None:
            process.kill()


def _espeak_languages(command: str) -> set[str]:
    """The language codes espeak-ng has voices for (``--voices`` lists them, one a line)."""
    try:
        listing = subprocess.run(
            [command, "--voices"], capture_output=True, text=True, timeout=10, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError) as error:
        log.info("espeak-ng did not list its voices: %s", error)
        return set()
    codes = set()
    for line in listing.splitlines()[1:]:
        parts = line.split()
        if len(parts) > 1:
            codes.add(parts[1].split("-")[0])
    return codes


class PrismVoice:
    """The operating system's speech or a running screen reader, through prismatoid."""

    def __init__(self, backend: Any) -> None:
        self.backend = backend
        self.name = f"prism:{backend.name}"
        self._stopped = threading.Event()

    def _voice_for(self, language: str) -> int | None:
        try:
            count = self.backend.voices_count
            for index in range(count):
                if self.backend.get_voice_language(index).lower().startswith(language.split("-")[0]):
                    return index
        except Exception as error:  # a screen reader has no voice list: it speaks its own way
            log.debug("No voice list from %s: %s", self.name, error)
        return None

    def has_language(self, language: str) -> bool:
        try:
            if not self.backend.voices_count:
                return True  # a screen reader speaks every language its user has set up
        except Exception:
            return True
        return self._voice_for(language) is not None

    def start(self, text: str, language: str) -> None:
        self._stopped.clear()
        voice = self._voice_for(language)
        if voice is not None:
            try:
                self.backend.voice = voice
            except Exception as error:
                log.debug("Could not pick voice %s: %s", voice, error)
        self.backend.speak(text, interrupt=True)

    def wait(self) -> None:
        while not self._stopped.is_set():
            try:
                if not self.backend.speaking:
                    return
            except Exception:
                return  # the backend cannot tell: the text has been handed over
            time.sleep(POLL_SECONDS)

    def stop(self) -> None:
        self._stopped.set()
        try:
            self.backend.stop()
        except Exception as error:
            log.debug("Stopping %s: %s", self.name, error)


def prism_voice() -> PrismVoice | None:
    """The best prismatoid backend, if the library is installed and one works here."""
    try:
        import prism  # the ``prismatoid`` distribution (untyped: see [tool.mypy] in pyproject)
    except Exception as error:  # not installed on this platform, or its native part failed
        log.info("prismatoid is not available: %s", error)
        return None
    try:
        return PrismVoice(prism.Context().acquire_best())
    except Exception as error:
        log.info("prismatoid found no working speech backend: %s", error)
        return None


def best_voice() -> Voice:
    """The operating system's speech first, espeak-ng next, silence last."""
    found = prism_voice()
    if found is not None:
        return found
    command = espeak_command()
    if command is not None:
        return EspeakVoice(command)
    return NoVoice()
