import shutil
import subprocess
from pathlib import Path

import pytest

from django.core.files import File

from wagtail.models import Collection

from tests.factories import DocumentFactory

ESPEAK = "delivery.audio.engines.EspeakEngine"

# Debian packages the audio features need. A missing one fails the test: skipping would
# let CI pass on a machine where loudspeaker audio cannot be made.
PROGRAMS = {"ffmpeg": "ffmpeg", "ffprobe": "ffmpeg", "espeak-ng": "espeak-ng"}


@pytest.fixture(autouse=True)
def audio_programs():
    missing = sorted({package for name, package in PROGRAMS.items() if not shutil.which(name)})
    if missing:
        pytest.fail(
            "The audio tests need the Debian packages "
            f"{', '.join(missing)}: apt-get install {' '.join(missing)}",
            pytrace=False,
        )


@pytest.fixture
def speech_engine(settings):
    settings.AUDIO_TTS_ENGINE = ESPEAK


def tone(path, seconds, frequency=440):
    """A sine tone of ``seconds`` at ``path``, in the format its extension names."""
    subprocess.run(  # noqa: S603
        [
            shutil.which("ffmpeg"),
            "-nostdin",
            "-v",
            "error",
            "-y",
            "-f",
            "lavfi",
            "-i",
            f"sine=frequency={frequency}:duration={seconds}",
            str(path),
        ],
        check=True,
    )
    return path


def audio_document(tmp_path, name, seconds, **kwargs):
    """A Wagtail document holding ``seconds`` of tone, named ``name`` (its extension
    chooses the format)."""
    path = tone(tmp_path / name, seconds)
    with path.open("rb") as handle:
        return DocumentFactory(
            title=name,
            file=File(handle, name=name),
            collection=Collection.get_first_root_node(),
            **kwargs,
        )


def probe(path):
    """ffprobe's length of the file, as operators' players would see it."""
    output = subprocess.run(  # noqa: S603
        [
            shutil.which("ffprobe"),
            "-v",
            "error",
            "-show_entries",
            "format=duration",
            "-of",
            "default=noprint_wrappers=1:nokey=1",
            str(path),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    return float(output.stdout.strip())


def document_path(document):
    return Path(document.file.path)
