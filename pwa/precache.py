"""What the service worker keeps from its installation on, and the version that names
its caches.

Only a few small files: the offline page and what it needs to show (the site's
stylesheet, the scripts every page loads, the favicon). Pages, images and documents are
kept as they are read or saved, never at installation, so that installing costs a
phone on a weak connection a few kilobytes.
"""

import hashlib

from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import ManifestFilesMixin, staticfiles_storage
from django.templatetags.static import static
from django.urls import reverse

from . import worker

STATIC_FILES = (
    "css/site.css",
    "img/favicon.svg",
    "pwa/register.js",
    "pwa/offline.js",
)


def static_urls():
    """The precached static files and the scripts the worker imports, at their (hashed)
    URLs."""
    return [static(path) for path in (*STATIC_FILES, *worker.scripts())]


def urls():
    """Every URL the worker fetches when it installs."""
    return [reverse("pwa_offline"), *static_urls()]


def _fingerprint(path):
    """What identifies the current content of the static file ``path``: its hashed URL
    in production (ManifestStaticFilesStorage names files after their content); where
    names are not hashed (development, tests), the URL and a digest of the file, so
    that editing a file still gives the worker new bytes."""
    url = static(path)
    if isinstance(staticfiles_storage, ManifestFilesMixin):
        return url
    found = finders.find(path)
    if not found:
        return url
    with open(found, "rb") as source:
        return f"{url}#{hashlib.blake2b(source.read(), digest_size=8).hexdigest()}"


def version():
    """A short name for this generation of static files: it changes whenever one of the
    precached or imported files changes, and so do the worker's bytes, which is what
    makes browsers install the new worker."""
    fingerprints = "\n".join(_fingerprint(path) for path in (*STATIC_FILES, *worker.scripts()))
    return hashlib.blake2b(fingerprints.encode(), digest_size=6).hexdigest()
