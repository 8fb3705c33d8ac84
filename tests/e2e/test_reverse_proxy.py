"""The nginx server block of docs/operations.md, run as written (with this machine's port,
media folder and app address) in front of the app with its production document
settings: images are served from the media folder, documents only through the app, which
checks a private collection's password and then has nginx send the file; and the client
address the app sees is the one nginx saw, whatever the client claims."""

import http.cookiejar
import os
import re
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from axes.models import AccessAttempt

from django.core.files.base import ContentFile
from django.test.testcases import _MediaFilesHandler

from wagtail.models import Collection, CollectionViewRestriction
from wagtail.utils import sendfile as wagtail_sendfile

from tests.factories import DocumentFactory, ImageFactory

NGINX = Path("/usr/sbin/nginx")
OPERATIONS = Path(__file__).resolve().parents[2] / "docs" / "operations.md"
SECRET_BYTES = b"%PDF-1.4\n% Bao cao noi bo\n%%EOF\n"
PUBLIC_BYTES = b"%PDF-1.4\n% To gap cong khai\n%%EOF\n"
PASSWORD = "noi-bo-2026"


def documented_server_block():
    return re.search(r"```nginx\n(.*?)```", OPERATIONS.read_text(), re.DOTALL).group(1)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def nginx_config(block, port, media_root, upstream, run_dir):
    replacements = {
        "listen 443 ssl;": f"listen 127.0.0.1:{port};",
        "/srv/pbgdpl/media/": f"{media_root}/",
        "http://127.0.0.1:8000": upstream,
    }
    for placeholder, value in replacements.items():
        assert placeholder in block, f"the documented block no longer has {placeholder!r}"
        block = block.replace(placeholder, value)
    temp_paths = "".join(
        f"{kind}_temp_path {run_dir}/{kind};" for kind in ("client_body", "proxy", "fastcgi")
    )
    return f"""
{"user root root;" if os.geteuid() == 0 else ""}
daemon off;
pid {run_dir}/nginx.pid;
error_log {run_dir}/error.log;
events {{}}
http {{
    access_log off;
    include /etc/nginx/mime.types;
    {temp_paths} uwsgi_temp_path {run_dir}/uwsgi; scgi_temp_path {run_dir}/scgi;
    {block}
}}
"""


@pytest.fixture
def production_documents(settings):
    settings.SENDFILE_BACKEND = "home.sendfile_nginx"
    settings.SENDFILE_ROOT = settings.MEDIA_ROOT
    settings.SENDFILE_URL = "/internal-media/"
    settings.TRUSTED_PROXY_COUNT = 1
    wagtail_sendfile._get_sendfile.clear()
    yield
    wagtail_sendfile._get_sendfile.clear()


@pytest.fixture
def production_media(monkeypatch):
    """The test server serves MEDIA_ROOT at /media/ as a convenience; production Django
    does not, and only nginx's locations may decide what leaves the media folder."""
    monkeypatch.setattr(_MediaFilesHandler, "_should_handle", lambda handler, path: False)


@pytest.fixture
def nginx(live_server, settings, production_documents, production_media, tmp_path):
    if not NGINX.exists():
        pytest.fail(f"{NGINX} is missing: install Debian's nginx (apt-get install nginx).")
    port = free_port()
    config = tmp_path / "nginx.conf"
    config.write_text(
        nginx_config(
            documented_server_block(), port, settings.MEDIA_ROOT, live_server.url, tmp_path
        )
    )
    server = subprocess.Popen(  # noqa: S603 (a fixed binary and a file written above)
        [NGINX, "-p", str(tmp_path), "-c", str(config)], stderr=subprocess.PIPE
    )
    deadline = time.monotonic() + 10
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            assert server.poll() is None, server.stderr.read().decode()
            assert time.monotonic() < deadline, "nginx did not start"
            time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.terminate()
    server.wait(timeout=10)


class Browser:
    """urllib with cookies, and errors returned as responses."""

    def __init__(self, base):
        self.base = base
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
        )

    def open(self, path, data=None, headers=None):
        url = self.base + path  # always the nginx under test, over http
        request = urllib.request.Request(url, data=data, headers=headers or {})  # noqa: S310
        try:
            response = self.opener.open(request, timeout=10)
        except urllib.error.HTTPError as error:
            response = error
        return response.status, response.headers, response.read()


@pytest.fixture
def media(transactional_db, django_db_serialized_rollback):
    private = Collection.get_first_root_node().add_child(name="Tài liệu nội bộ")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.PASSWORD, password=PASSWORD
    )
    return {
        "private": DocumentFactory(
            collection=private, file=ContentFile(SECRET_BYTES, name="bao-cao-noi-bo.pdf")
        ),
        "public": DocumentFactory(file=ContentFile(PUBLIC_BYTES, name="to-gap-cong-khai.pdf")),
        "image": ImageFactory(),
    }


def password_form(html):
    action = re.search(r'<form action="([^"]+)"', html).group(1)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    return action, token


def test_documents_never_leave_through_the_media_folder(nginx, media):
    browser = Browser(nginx)
    for document in (media["private"], media["public"]):
        name = document.file.name  # documents/<file>
        assert browser.open(f"/media/{name}")[0] == 404
        assert browser.open(f"/internal-media/{name}")[0] == 404

    status, headers, _ = browser.open(media["image"].file.url)
    assert status == 200 and headers["Content-Type"] == "image/png"


def test_nginx_sends_a_document_once_the_app_allows_it(nginx, media):
    browser = Browser(nginx)
    public_status, public_headers, public_body = browser.open(media["public"].url)
    asked_status, _, asked = browser.open(media["private"].url)
    action, token = password_form(asked.decode())

    browser.open(
        action,
        data=f"csrfmiddlewaretoken={token}&password={PASSWORD}&return_url=/".encode(),
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    status, headers, body = browser.open(media["private"].url)

    assert (public_status, public_body) == (200, PUBLIC_BYTES)
    assert asked_status == 200 and SECRET_BYTES not in asked
    assert (status, body) == (200, SECRET_BYTES)
    assert headers["Content-Type"] == "application/pdf"
    assert 'filename="bao-cao-noi-bo' in headers["Content-Disposition"]
    assert headers["Content-Security-Policy"] == "default-src 'none'"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert "private" in headers["Cache-Control"]
    assert "X-Accel-Redirect" not in headers


def test_the_app_sees_the_address_nginx_saw_not_the_clients_claim(nginx, media):
    browser = Browser(nginx)
    _, _, asked = browser.open(media["private"].url)
    action, token = password_form(asked.decode())

    browser.open(
        action,
        data=f"csrfmiddlewaretoken={token}&password=doan&return_url=/".encode(),
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "X-Forwarded-For": "203.0.113.9",
        },
    )

    assert AccessAttempt.objects.get().ip_address == "127.0.0.1"
