"""The service worker and the manifest are served from the root of the site."""

import json

import pytest

from pwa import worker


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
def test_the_manifest_names_the_site_and_its_scope(client):
    response = client.get("/manifest.webmanifest")

    manifest = json.loads(response.content)
    assert response["Content-Type"] == "application/manifest+json"
    assert manifest["start_url"] == "/"
    assert manifest["display"] == "standalone"
    assert manifest["icons"]


@pytest.mark.django_db
def test_pages_link_the_manifest_and_install_the_worker(client, justice_section):
    body = client.get(justice_section.url).content.decode()

    assert 'rel="manifest" href="/manifest.webmanifest"' in body
    assert "pwa/register.js" in body
