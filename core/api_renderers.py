"""How the project's ninja endpoints (``/api/``) write JSON."""

from ninja.renderers import JSONRenderer


class UTF8JSONRenderer(JSONRenderer):
    """JSON in UTF-8 as it is, not with every Vietnamese letter escaped as ``\\uXXXX``:
    a round's questions are about a quarter smaller on a phone's connection, and
    cheaper to write. The charset is said in the Content-Type (``utf-8``), as before."""

    json_dumps_params = {"ensure_ascii": False}
