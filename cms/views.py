import base64
import hashlib
import re

from django.http import HttpResponse
from django.views import defaults
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

STYLE_BLOCK = re.compile(rb"<style>(.*?)</style>", re.DOTALL)


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /tim-kiem/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def server_error(request):
    """Django's 500 page, whose own <style> block (it links no static files, which may be
    what failed) the Content-Security-Policy allows by its hash, and nothing else inline."""
    response = defaults.server_error(request)
    blocks = STYLE_BLOCK.findall(response.content)
    response._csp_update = {"style-src": [_hash_source(block) for block in blocks]}
    return response


def _hash_source(content):
    digest = base64.b64encode(hashlib.sha256(content).digest()).decode()
    return f"'sha256-{digest}'"
