"""Read-aloud in the real App: F3 turns it on anywhere, new scenes and focus are spoken, F4
repeats, and what a scene says is its own state in the player's language."""

from __future__ import annotations

import shutil
import subprocess
import sys
import wave

import pygame
import pytest

from elamani_peli.ui.pilot import Pilot
from elamani_peli.ui.prefs import Preferences
from tests.speech.test_speaker import RecordingVoice

SAMPLED = ("title", "setup", "board", "card", "story", "pause", "help", "summary", "settings")


def start(language: str = "en", **prefs: object) -> tuple[Pilot, RecordingVoice]:
    pilot = Pilot.start((1280, 720), language=language, prefs=Preferences(language=language, **prefs))
    voice = RecordingVoice()
    pilot.app.voice_factory = lambda: voice
    return pilot, voice


def said(pilot: Pilot) -> list[str]:
    assert pilot.app.read_aloud is not None
    assert pilot.app.read_aloud.speaker.idle()
    return [text for text, _ in pilot.app.read_aloud.speaker.spoken]


def test_f3_turns_read_aloud_on_and_off_with_a_confirmation_on_screen():
    pilot, _voice = start()
    with pilot:
        before = pygame.image.tobytes(pilot.surface, "RGB")
        pilot.press(pygame.K_F3)
        assert pilot.app.prefs.read_aloud
        assert pygame.image.tobytes(pilot.surface, "RGB") != before  # the toast is drawn
        focused = pilot.scene.form.focused
        assert focused is not None
        # the confirmation, then the screen from the top, then the control that has focus
        assert said(pilot) == ["Read aloud on", *pilot.scene.utterances(), focused.describe().name]
        pilot.advance(ms=3000)  # the toast goes away by itself
        assert pygame.image.tobytes(pilot.surface, "RGB") == before
        pilot.press(pygame.K_F3)
        assert not pilot.app.prefs.read_aloud
        count = len(said(pilot))
        pilot.press(pygame.K_TAB)
        assert len(said(pilot)) == count  # off means silent


def test_a_card_is_read_with_its_theme_level_text_and_follow_up():
    pilot, _voice = start(read_aloud=True)
    with pilot:
        pilot.app.registry.get("card").sample(pilot.app, 1)
        pilot.advance(ms=100)
        card = pilot.app.library.card(pilot.app.session.state.card)
        spoken = said(pilot)
        assert card.text["en"] in spoken
        assert any(
            line.endswith(f", level {card.level}: " + ("light", "middle", "deep")[card.level - 1])
            for line in spoken
        )
        assert card.follow_up is not None and card.follow_up["en"] in spoken  # the sample shows it


def test_focus_moves_are_spoken_and_f4_repeats():
    pilot, _voice = start(read_aloud=True)
    with pilot:
        pilot.app.registry.get("card").sample(pilot.app, 1)
        pilot.advance(ms=100)
        before = len(said(pilot))
        pilot.press(pygame.K_TAB)
        focused = pilot.scene.form.focused
        assert focused is not None
        assert said(pilot)[before:] == [focused.describe().name]
        pilot.press(pygame.K_F4)
        assert said(pilot)[-1] == focused.describe().name


def test_speech_follows_a_language_switch():
    pilot, _voice = start("fi", read_aloud=True)
    with pilot:
        pilot.app.registry.get("card").sample(pilot.app, 1)
        pilot.advance(ms=100)
        card = pilot.app.library.card(pilot.app.session.state.card)
        assert card.text["fi"] in said(pilot)
        pilot.press(pygame.K_F2)
        assert card.text["en"] in said(pilot)


@pytest.mark.parametrize("scene", SAMPLED)
def test_every_scene_says_something_in_both_languages(scene):
    spoken = {}
    for language in ("fi", "en"):
        pilot = Pilot.start((1280, 720), language=language, prefs=Preferences(language=language))
        with pilot:
            pilot.app.registry.get(scene).sample(pilot.app, 1)
            pilot.advance(ms=3000)
            spoken[language] = pilot.scene.utterances()
    assert spoken["fi"] and spoken["en"]
    assert all(isinstance(line, str) and line.strip() for lines in spoken.values() for line in lines)
    assert spoken["fi"] != spoken["en"]


def test_read_aloud_off_makes_no_speaker_and_no_thread():
    pilot, _voice = start()
    with pilot:
        pilot.app.registry.get("card").sample(pilot.app, 1)
        pilot.advance(ms=100)
        assert pilot.app.read_aloud is None


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed")
@pytest.mark.parametrize("language", ["fi", "en"])
def test_speak_writes_speech_of_plausible_length(tmp_path, language):
    out = tmp_path / f"card-{language}.wav"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "elamani_peli",
            "speak",
            "--scene",
            "card",
            "--lang",
            language,
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    with wave.open(str(out)) as wav:
        seconds = wav.getnframes() / wav.getframerate()
        frames = wav.readframes(wav.getnframes())
    lines = [line.strip() for line in result.stderr.splitlines()[1:]]
    words = sum(len(line.split()) for line in lines)
    # espeak-ng speaks ~150–200 words a minute: the file holds every line, not silence or a stub
    assert words / 4 <= seconds <= words, (seconds, words)
    assert max(frames[1::2]) > 16  # there is sound in it, not only zeros


def test_settings_say_once_when_no_voice_speaks_the_language():
    class NoFinnish(RecordingVoice):
        def has_language(self, language: str) -> bool:
            return language == "en"

    pilot = Pilot.start((1280, 720), language="fi", prefs=Preferences(language="fi"))
    with pilot:
        pilot.app.voice_factory = NoFinnish
        pilot.app.registry.get("settings").sample(pilot.app, 1)
        pilot.advance(ms=100)
        notes = [text for text, _ in pilot.scene.labels if "puheääntä" in text]
        assert not notes  # read-aloud off: nothing to say about voices
        pilot.press(pygame.K_F3)
        assert [text for text, _ in pilot.scene.labels if "puheääntä" in text]
        pilot.press(pygame.K_F2)  # English has a voice here
        assert not [text for text, _ in pilot.scene.labels if "voice" in text]
        assert pilot.find("read-aloud").describe().checked
