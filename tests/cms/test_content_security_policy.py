"""The Content-Security-Policy every response carries: strict on the site, the same with
the framing embeds need on embed views, looser only where the admin's own code needs it."""

import base64
import hashlib
import os
import re
import subprocess
import sys

from django.http import HttpResponse
from django.test import Client
from django.urls import reverse

from cms.csp import PathPolicyMiddleware
from tests.cms.test_settings import ROOT


def policy(response):
    """The enforced policy as {directive: [sources]}."""
    assert "Content-Security-Policy-Report-Only" not in response
    return {
        name: sources
        for name, *sources in (
            part.split() for part in response["Content-Security-Policy"].split(";")
        )
    }


def test_public_pages_load_nothing_inline_or_from_elsewhere(client, one_of_each):
    for url in ["/", one_of_each["news"].url, "/tim-kiem/?q=luat", "/api/docs"]:
        directives = policy(client.get(url))

        assert directives["default-src"] == ["'self'"], url
        assert directives["script-src"] == ["'self'"], url
        assert directives["style-src"] == ["'self'"], url
        assert directives["object-src"] == ["'none'"] and directives["base-uri"] == ["'self'"]
        assert directives["frame-ancestors"] == ["'none'"], url
        assert directives["frame-src"] == [
            "'self'",
            "https://www.youtube.com",
            "https://www.youtube-nocookie.com",
        ]


def test_a_template_that_needs_an_inline_script_gets_a_nonce(rf):
    request = rf.get("/")
    middleware = PathPolicyMiddleware(lambda request: None)
    middleware.process_request(request)
    nonce = str(request.csp_nonce)  # what a template writes as nonce="{{ request.csp_nonce }}"

    response = middleware.process_response(request, HttpResponse())

    assert policy(response)["script-src"] == ["'self'", f"'nonce-{nonce}'"]


def test_embeds_may_be_framed_by_the_configured_sites_under_the_same_policy(
    client, settings, one_of_each
):
    settings.EMBED_FRAME_ANCESTORS = ["https://*.quangninh.gov.vn"]

    directives = policy(client.get(reverse("embeds:page", args=[one_of_each["video"].pk])))

    assert directives["frame-ancestors"] == ["https://*.quangninh.gov.vn"]
    assert directives["script-src"] == ["'self'"]


def test_the_admin_allows_inline_code_except_on_its_sign_in_page(client, superuser):
    sign_in_page = policy(client.get(reverse("wagtailadmin_login")))
    client.force_login(superuser)
    dashboard = policy(client.get(reverse("wagtailadmin_home")))

    assert sign_in_page["script-src"] == ["'self'"] and sign_in_page["style-src"] == ["'self'"]
    assert dashboard["script-src"] == ["'self'", "'unsafe-inline'"]
    assert dashboard["style-src"] == ["'self'", "'unsafe-inline'"]
    assert dashboard["img-src"] == ["'self'", "data:", "blob:"]
    assert dashboard["frame-ancestors"] == ["'self'"]
    assert dashboard["connect-src"] == ["'self'"]  # still nothing from elsewhere
    assert "'unsafe-eval'" not in str(dashboard)


def setting_in(module, expression, **env):
    """``expression`` (on ``settings``) printed by a fresh process with ``env``."""
    result = subprocess.run(  # noqa: S603 (this interpreter, with expressions from the tests)
        [
            sys.executable,
            "-c",
            f"import django; django.setup(); from django.conf import settings; print({expression})",
        ],
        env={"DJANGO_SETTINGS_MODULE": module, "PATH": os.environ["PATH"], **env},
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_headless_front_ends_may_be_framed_by_the_preview_panel():
    admin_frames = setting_in(
        "cms.settings.test",
        "settings.CONTENT_SECURITY_POLICY_BY_PATH[0][2]['frame-src']",
        HEADLESS_PREVIEW_CLIENTS="halong=https://halong.example.vn/preview/",
    )

    assert "'https://halong.example.vn'" in admin_frames


def test_previews_may_be_framed_by_the_admin(one_of_each):
    preview = one_of_each["news"].make_preview_request()

    assert policy(preview)["frame-ancestors"] == ["'self'"]
    assert policy(preview)["script-src"] == ["'self'"]


def test_documents_keep_wagtails_own_policy(client, document):
    assert client.get(document.url)["Content-Security-Policy"] == "default-src 'none'"


def test_the_server_error_page_may_use_its_own_styles_only(monkeypatch, db):
    def broken(*args, **kwargs):
        raise RuntimeError("the database is gone")

    monkeypatch.setattr("cms.views.HttpResponse", broken)
    response = Client(raise_request_exception=False).get("/robots.txt")

    assert response.status_code == 500
    style = re.search(rb"<style>(.*?)</style>", response.content, re.DOTALL).group(1)
    digest = base64.b64encode(hashlib.sha256(style).digest()).decode()
    assert policy(response)["style-src"] == ["'self'", f"'sha256-{digest}'"]


def test_production_upgrades_insecure_requests():
    upgrade = setting_in(
        "cms.settings.production",
        "settings.CONTENT_SECURITY_POLICY['DIRECTIVES']['upgrade-insecure-requests']",
        SECRET_KEY="s3cret",
        PERSONAL_DATA_KEY="k3y",
        ALLOWED_HOSTS="pbgdpl.example",
    )

    assert upgrade == "True"


def test_a_changed_policy_applies_at_once(client, settings):
    assert policy(client.get("/robots.txt"))["img-src"] == ["'self'"]

    settings.CONTENT_SECURITY_POLICY = {
        "DIRECTIVES": {"default-src": ["'self'"], "img-src": ["'self'", "https://anh.example.vn"]}
    }

    assert policy(client.get("/robots.txt"))["img-src"] == ["'self'", "https://anh.example.vn"]
