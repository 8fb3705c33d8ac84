"""What the site's service worker imports besides its own code.

The service worker (``/sw.js``) is one script for the whole site, served by this app;
apps above it add their handlers (Web Push, for instance) by naming a static file here in
their ``AppConfig.ready()``. The worker loads them with ``importScripts`` at their hashed
static URLs, so a change to any of them changes the worker's bytes, which is what makes
browsers install the new worker.
"""

_scripts = []


def add_script(static_path):
    """Have the service worker import the static file ``static_path`` (e.g.
    ``"push/worker-push.js"``), once, in the order apps add them."""
    if static_path not in _scripts:
        _scripts.append(static_path)


def scripts():
    return tuple(_scripts)
