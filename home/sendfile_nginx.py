"""A sendfile backend for Wagtail's document view (``SENDFILE_BACKEND``): once the view
has checked a document's privacy, nginx sends the file from an ``internal`` location,
so that a download does not hold a gunicorn worker.

``X-Accel-Redirect`` names the file under ``SENDFILE_URL``, its path relative to
``SENDFILE_ROOT`` (the media folder), which nginx's internal location aliases.
"""

from pathlib import Path
from urllib.parse import quote

from django.conf import settings
from django.http import HttpResponse


class AcceleratedResponse(HttpResponse):
    """An empty response that nginx replaces with the file. Wagtail sets the file's
    length on it, but the body Django sends is empty, and a length that does not match
    it would leave nginx waiting on the connection: nginx counts the file itself."""

    def __setitem__(self, header, value):
        if header.lower() != "content-length":
            super().__setitem__(header, value)


def sendfile(request, filename, **kwargs):
    relative = Path(filename).resolve().relative_to(Path(settings.SENDFILE_ROOT).resolve())
    response = AcceleratedResponse()
    response["X-Accel-Redirect"] = (
        f"{settings.SENDFILE_URL.rstrip('/')}/{quote(relative.as_posix())}"
    )
    return response
