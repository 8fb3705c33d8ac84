"""robots.txt, the sitemap and the admin's language."""

from django.urls import reverse

from tests.factories import LegalNewsPageFactory


def test_robots_txt_points_to_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


def test_sitemap_lists_live_pages_only(client, justice_section):
    live = LegalNewsPageFactory(parent=justice_section, title="Tin đã đăng")
    draft = LegalNewsPageFactory(parent=justice_section, title="Tin nháp", live=False)
    index = client.get("/sitemap.xml").content.decode()
    assert "<loc>http://testserver/sitemap-pages.xml</loc>" in index
    response = client.get("/sitemap-pages.xml")
    assert response.status_code == 200
    body = response.content.decode()
    assert live.full_url in body
    assert justice_section.full_url in body
    assert draft.slug not in body


def test_admin_is_in_vietnamese_by_default(client, superuser):
    client.force_login(superuser)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    assert '<html lang="vi"' in response.content.decode()
