"""Speech engines that read text aloud into a WAV file. ``AUDIO_TTS_ENGINE`` names the
class (a dotted path); unset, the site reads nothing by machine.

An engine is any class with ``name`` and ``speak(text, language, wav_path)``;
``EspeakEngine`` uses espeak-ng (Debian package ``espeak-ng``), which has a Vietnamese
voice. A cloud service's engine would be another such class.
"""

import tempfile
from pathlib import Path

from django.conf import settings
from django.utils.module_loading import import_string

from core import audio


class SpeechEngine:
    """What ``delivery.audio`` expects of an engine."""

    name = ""

    def speak(self, text, language, wav_path):
        """Write ``text`` read in ``language`` ("vi", "en") as a WAV file at ``wav_path``."""
        raise NotImplementedError


class EspeakEngine(SpeechEngine):
    """espeak-ng's voices: robotic but offline, free and present on every Debian."""

    name = "espeak-ng"
    voices = {"vi": "vi", "en": "en"}
    words_per_minute = 150

    def speak(self, text, language, wav_path):
        # The text goes through a file: an article is longer than a command line may be.
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt") as source:
            source.write(text)
            source.flush()
            audio.run(
                [
                    audio.program("espeak-ng"),
                    "-v",
                    self.voices.get(language, "vi"),
                    "-s",
                    str(self.words_per_minute),
                    "-b",
                    "1",
                    "-f",
                    source.name,
                    "-w",
                    str(wav_path),
                ]
            )


def configured_engine():
    """The engine ``AUDIO_TTS_ENGINE`` names, or None when machine reading is off."""
    dotted_path = getattr(settings, "AUDIO_TTS_ENGINE", "")
    return import_string(dotted_path)() if dotted_path else None


def speak_mp3(engine, text, language, mp3_path):
    """``text`` read by ``engine`` and encoded as the site's MP3 at ``mp3_path``."""
    with tempfile.TemporaryDirectory(prefix="pbgdpl-speech-") as folder:
        wav_path = Path(folder) / "speech.wav"
        engine.speak(text, language, wav_path)
        audio.encode_mp3(wav_path, mp3_path)
