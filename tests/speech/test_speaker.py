"""The speaker's worker thread: order, interruption, repeat, a failing voice, no stray speech."""

from __future__ import annotations

import threading

from elamani_peli.speech.speaker import Speaker


class RecordingVoice:
    """A voice that 'speaks' by recording; ``hold`` keeps an utterance going until released."""

    name = "recording"

    def __init__(self, hold: bool = False) -> None:
        self.started: list[tuple[str, str]] = []
        self.stops = 0
        self.hold = hold
        self._release = threading.Event()

    def has_language(self, language: str) -> bool:
        return language in ("fi", "en")

    def start(self, text: str, language: str) -> None:
        self.started.append((text, language))
        self._release.clear()

    def wait(self) -> None:
        if self.hold:
            self._release.wait(5)

    def stop(self) -> None:
        self.stops += 1
        self._release.set()


def test_utterances_are_spoken_in_order_and_blank_ones_skipped():
    voice = RecordingVoice()
    speaker = Speaker(voice)
    try:
        speaker.say(["Ainon vuoro", "  ", "Kierros 1/8"], "fi")
        assert speaker.idle()
        assert voice.started == [("Ainon vuoro", "fi"), ("Kierros 1/8", "fi")]
        assert list(speaker.spoken) == voice.started
    finally:
        speaker.close()


def test_a_new_say_interrupts_and_nothing_of_the_old_one_is_started_after():
    voice = RecordingVoice(hold=True)
    speaker = Speaker(voice)
    try:
        speaker.say(["old card text", "old follow-up"], "en")
        for _ in range(200):  # the worker has begun the first utterance
            if voice.started:
                break
            threading.Event().wait(0.01)
        speaker.say(["new card"], "en")
        voice.hold = False
        voice.stop()  # let the held wait return if the stop raced ahead of it
        assert speaker.idle()
        assert voice.started[0] == ("old card text", "en")
        assert ("old follow-up", "en") not in voice.started
        assert voice.started[-1] == ("new card", "en")
        assert voice.stops >= 1
    finally:
        speaker.close()


def test_queued_say_without_interrupt_follows_the_current_one():
    voice = RecordingVoice()
    speaker = Speaker(voice)
    try:
        speaker.say(["Aino rolled 4"], "en")
        speaker.say(["Aino's card"], "en", interrupt=False)
        assert speaker.idle()
        assert [text for text, _ in voice.started] == ["Aino rolled 4", "Aino's card"]
    finally:
        speaker.close()


def test_repeat_says_the_last_utterances_again_and_stop_empties_the_queue():
    voice = RecordingVoice()
    speaker = Speaker(voice)
    try:
        speaker.say(["Mikä ruoka antaa sinulle virtaa?"], "fi")
        assert speaker.idle()
        speaker.repeat()
        assert speaker.idle()
        assert [text for text, _ in voice.started] == ["Mikä ruoka antaa sinulle virtaa?"] * 2
        speaker.stop()
        assert speaker.idle()
    finally:
        speaker.close()


def test_a_broken_voice_never_raises_into_the_game():
    class BrokenVoice(RecordingVoice):
        def start(self, text: str, language: str) -> None:
            raise OSError("no audio device")

    speaker = Speaker(BrokenVoice())
    try:
        speaker.say(["one", "two"], "fi")
        assert speaker.idle()
        speaker.say(["three"], "fi")  # still usable afterwards
        assert speaker.idle()
    finally:
        speaker.close()


def test_close_ends_the_thread():
    speaker = Speaker(RecordingVoice())
    speaker.close()
    assert not speaker._thread.is_alive()


def test_what_was_spoken_is_kept_only_for_the_latest_utterances():
    """A whole day of read-aloud must not grow the game's memory: the record is bounded."""
    from elamani_peli.speech.speaker import SPOKEN_KEPT

    voice = RecordingVoice()
    speaker = Speaker(voice)
    try:
        for batch in range(3):
            speaker.say([f"utterance {batch}-{n}" for n in range(SPOKEN_KEPT)], "en", interrupt=False)
            assert speaker.idle()
        assert len(voice.started) == 3 * SPOKEN_KEPT
        assert len(speaker.spoken) == SPOKEN_KEPT
        assert speaker.spoken[-1] == (f"utterance 2-{SPOKEN_KEPT - 1}", "en")
    finally:
        speaker.close()
