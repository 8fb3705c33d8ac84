"""Audio files measured, encoded and joined with ffmpeg's programs (Debian package
``ffmpeg``), run as subprocesses with arguments, never through a shell.

Every file the site makes is an MP3 of one shape (``SAMPLE_RATE``, ``CHANNELS``,
``BITRATE``): loudspeaker amplifiers and phones play it, and files of one shape join
without surprises.
"""

import json
import shutil
import subprocess  # noqa: S404 (fixed programs, argument lists, no shell)
from pathlib import Path

# Extensions editors may upload as a page's audio, and the MIME type podcast apps expect.
AUDIO_TYPES = {"mp3": "audio/mpeg", "ogg": "audio/ogg", "m4a": "audio/mp4"}

# Speech over loudspeakers: one channel; 44.1 kHz so that every player accepts it.
SAMPLE_RATE = 44100
CHANNELS = 1
BITRATE = "96k"

# A reading of a long article takes seconds; a bulletin of a dozen items a minute.
TIMEOUT_SECONDS = 15 * 60


class AudioToolMissing(RuntimeError):
    """ffmpeg, ffprobe or a speech engine's program is not installed on this server."""


class AudioError(RuntimeError):
    """A program ran and failed: the file is not audio, or could not be made."""


def program(name, package=None):
    """The path of the program ``name``; ``AudioToolMissing`` names the Debian package
    to install when it is not on the PATH."""
    found = shutil.which(name)
    if found is None:
        raise AudioToolMissing(
            f"'{name}' is not installed: install the Debian package "
            f"'{package or name}' (apt-get install {package or name})."
        )
    return found


def run(arguments):
    try:
        completed = subprocess.run(  # noqa: S603 (argument list from this module)
            arguments, capture_output=True, timeout=TIMEOUT_SECONDS, check=False
        )
    except subprocess.TimeoutExpired as error:
        raise AudioError(f"{Path(arguments[0]).name} took too long") from error
    if completed.returncode != 0:
        message = completed.stderr.decode("utf-8", "replace").strip().splitlines()
        raise AudioError(f"{Path(arguments[0]).name} failed: {message[-1] if message else ''}")
    return completed.stdout


def duration(path):
    """The length in seconds of the audio file at ``path``; ``AudioError`` when it holds
    no audio stream."""
    output = run(
        [
            program("ffprobe", "ffmpeg"),
            "-v",
            "error",
            "-select_streams",
            "a:0",
            "-show_entries",
            "stream=codec_type:format=duration",
            "-of",
            "json",
            str(path),
        ]
    )
    probed = json.loads(output or b"{}")
    seconds = probed.get("format", {}).get("duration")
    if not probed.get("streams") or seconds in (None, "N/A"):
        raise AudioError("the file holds no audio")
    return float(seconds)


def clock(seconds):
    """``seconds`` as H:MM:SS, or M:SS under an hour (podcast apps read both)."""
    minutes, second = divmod(round(seconds or 0), 60)
    hours, minute = divmod(minutes, 60)
    return f"{hours}:{minute:02d}:{second:02d}" if hours else f"{minute}:{second:02d}"


def _encoding():
    return ["-ar", str(SAMPLE_RATE), "-ac", str(CHANNELS), "-c:a", "libmp3lame", "-b:a", BITRATE]


def encode_mp3(source, target):
    """``source`` (any audio ffmpeg reads) re-encoded as the site's MP3 at ``target``."""
    run(
        [
            program("ffmpeg"),
            "-nostdin",
            "-v",
            "error",
            "-y",
            "-i",
            str(source),
            "-vn",
            *_encoding(),
            str(target),
        ]
    )


def join_mp3(sources, target):
    """The audio files ``sources``, one after the other, as one MP3 at ``target``.

    ffmpeg's concat filter decodes every part, so parts of different formats, rates
    and channel counts join; each is first brought to the site's rate and channels.
    """
    if not sources:
        raise AudioError("nothing to join")
    inputs = []
    for source in sources:
        inputs += ["-i", str(source)]
    shaped = "".join(
        f"[{index}:a:0]aresample={SAMPLE_RATE},aformat=sample_rates={SAMPLE_RATE}:"
        f"channel_layouts=mono[part{index}];"
        for index in range(len(sources))
    )
    parts = "".join(f"[part{index}]" for index in range(len(sources)))
    run(
        [
            program("ffmpeg"),
            "-nostdin",
            "-v",
            "error",
            "-y",
            *inputs,
            "-filter_complex",
            f"{shaped}{parts}concat=n={len(sources)}:v=0:a=1[joined]",
            "-map",
            "[joined]",
            *_encoding(),
            str(target),
        ]
    )
