"""Write what read-aloud would say to a WAV file, with espeak-ng.

For a worker who wants to hear the voice before a session, and for tests that listen to
speech as a file's length. Each utterance is spoken on its own and the pieces are joined
with a short pause, as the game pauses between them.
"""

from __future__ import annotations

import subprocess
import tempfile
import wave
from collections.abc import Sequence
from pathlib import Path

from .voices import espeak_command, espeak_voice

PAUSE_SECONDS = 0.4
TIMEOUT_SECONDS = 120


class NoVoiceError(RuntimeError):
    """This computer has no espeak-ng, so no WAV can be made."""


def write_wav(texts: Sequence[str], language: str, out: Path) -> float:
    """Speak ``texts`` into ``out``; returns the length in seconds."""
    command = espeak_command()
    if command is None:
        raise NoVoiceError("espeak-ng")
    with tempfile.TemporaryDirectory(prefix="elamani-peli-speak-") as folder:
        pieces = []
        for index, text in enumerate(t for t in texts if t.strip()):
            piece = Path(folder) / f"{index}.wav"
            subprocess.run(
                [command, "-v", espeak_voice(language), "-w", str(piece), "--", text],
                check=True,
                capture_output=True,
                timeout=TIMEOUT_SECONDS,
            )
            pieces.append(piece)
        return _join(pieces, out)


def _join(pieces: list[Path], out: Path) -> float:
    frames = 0
    with wave.open(str(out), "wb") as target:
        for number, piece in enumerate(pieces):
            with wave.open(str(piece), "rb") as source:
                if number == 0:
                    target.setparams(source.getparams())
                    rate, width, channels = (
                        source.getframerate(),
                        source.getsampwidth(),
                        source.getnchannels(),
                    )
                else:
                    silence = int(rate * PAUSE_SECONDS)
                    target.writeframes(b"\0" * silence * width * channels)
                    frames += silence
                data = source.readframes(source.getnframes())
                target.writeframes(data)
                frames += source.getnframes()
        if not pieces:
            target.setparams((1, 2, 22050, 0, "NONE", "not compressed"))
            return 0.0
    return frames / rate
