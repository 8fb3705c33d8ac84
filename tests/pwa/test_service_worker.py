"""The service worker, its version, and what it is told to keep."""

import json
import re

import pytest

from pwa import precache, worker


def worker_config(body):
    """The settings the view writes into the worker (``var CONFIG = {...};``)."""
    return json.loads(re.search(r"^var CONFIG = (.*);$", body, re.MULTILINE).group(1))


@pytest.mark.django_db
def test_the_worker_is_served_from_the_root_and_checked_on_every_visit(client):
    response = client.get("/sw.js")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/javascript")
    assert response["Service-Worker-Allowed"] == "/"
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_the_worker_imports_the_scripts_apps_add(client, monkeypatch):
    monkeypatch.setattr(worker, "_scripts", [])
    worker.add_script("pwa/register.js")
    worker.add_script("pwa/register.js")

    body = client.get("/sw.js").content.decode()

    assert body.count('importScripts("/static/pwa/register.js")') == 1


@pytest.mark.django_db
def test_the_worker_precaches_only_the_offline_page_and_a_few_small_files(client):
    config = worker_config(client.get("/sw.js").content.decode())

    assert config["offlineUrl"] == "/offline/"
    # And the scripts the worker imports, which apps add (push's handlers).
    assert config["precache"] == [
        "/offline/",
        "/static/css/site.css",
        "/static/img/favicon.svg",
        "/static/pwa/register.js",
        "/static/pwa/offline.js",
        *(f"/static/{path}" for path in worker.scripts()),
    ]
    assert "/static/push/worker-push.js" in config["precache"]
    assert config["limits"] == {"pages": 50, "images": 60, "api": 40, "static": 80}


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "kept"),
    [
        ("/api/v2/pages/", True),
        ("/api/v2/pages/12/", True),
        ("/api/search", True),
        ("/api/qa/suggestions", True),
        ("/api/taxonomy/legal-fields/", True),
        ("/api/qa/questions/HD-2026-ABCD", False),
        ("/api/qa/captcha", False),
        ("/api/contests/attempts/3", False),
        ("/api/exports/activities", False),
        ("/feeds/tin-tuc/", False),
    ],
)
def test_the_worker_keeps_only_the_apis_public_answers(client, path, kept):
    """The pattern is JavaScript's and Python's alike; Python checks it here."""
    pattern = worker_config(client.get("/sw.js").content.decode())["publicApi"]

    assert bool(re.match(pattern, path)) is kept


def hashed(names):
    """A static() that names files as ManifestStaticFilesStorage would."""
    return lambda path: f"/static/{path}.{names.get(path, 'aaaa')}"


@pytest.mark.django_db
def test_a_changed_static_file_changes_the_worker_and_its_version(client, monkeypatch):
    monkeypatch.setattr(precache, "static", hashed({}))
    before = client.get("/sw.js").content.decode()

    monkeypatch.setattr(precache, "static", hashed({"css/site.css": "bbbb"}))
    after = client.get("/sw.js").content.decode()

    assert worker_config(before)["version"] != worker_config(after)["version"]
    assert "/static/css/site.css.bbbb" in worker_config(after)["precache"]
    assert before != after


@pytest.mark.django_db
def test_the_same_static_files_give_the_same_worker(client):
    assert client.get("/sw.js").content == client.get("/sw.js").content


@pytest.mark.django_db
def test_a_script_added_by_an_app_changes_the_version(client, monkeypatch):
    monkeypatch.setattr(worker, "_scripts", [])
    before = precache.version()

    worker.add_script("pwa/save-offline.js")

    assert precache.version() != before


def test_where_names_are_not_hashed_the_files_content_names_the_version(tmp_path, settings):
    static_dir = tmp_path / "static"
    (static_dir / "css").mkdir(parents=True)
    (static_dir / "css" / "site.css").write_text("body { color: black; }")
    settings.STATICFILES_DIRS = [static_dir, *settings.STATICFILES_DIRS]
    before = precache.version()

    (static_dir / "css" / "site.css").write_text("body { color: navy; }")

    assert precache.version() != before


@pytest.mark.django_db
def test_the_offline_page_explains_without_javascript(client):
    response = client.get("/offline/")

    body = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Không có kết nối mạng</h1>" in body
    assert "Khi có mạng trở lại" in body
    assert "pwa/offline.js" in body


@pytest.mark.django_db
def test_pages_link_the_manifest_icons_and_install_the_worker(client, justice_section):
    body = client.get(justice_section.url).content.decode()

    assert 'rel="manifest" href="/manifest.webmanifest"' in body
    assert 'rel="apple-touch-icon" href="/static/pwa/icons/apple-touch-icon.png"' in body
    assert "pwa/register.js" in body
