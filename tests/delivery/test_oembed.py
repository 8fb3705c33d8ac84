"""The oEmbed provider at /api/oembed (https://oembed.com): other sites and tools turn a
link to a content page into an iframe of its embed view."""

import html as html_lib
import re
from unittest import mock
from urllib.parse import urlsplit

import pytest
import requests

from wagtail.embeds.embeds import get_embed
from wagtail.embeds.exceptions import EmbedNotFoundException
from wagtail.embeds.finders import get_finders
from wagtail.embeds.finders.oembed import OEmbedFinder
from wagtail.models import PageViewRestriction

from delivery.embeds.oembed import VIDEO_CAPTION_HEIGHT
from home.models import HomePage
from tests.factories import ImageFactory, LegalNewsPageFactory, translate

ENDPOINT = "/api/oembed"
PROVIDER = {"endpoint": "http://testserver/api/oembed", "urls": [r"^http://testserver/.+$"]}


def oembed(client, url, **params):
    return client.get(ENDPOINT, {"url": url, "format": "json", **params})


def iframe_attribute(markup, name):
    return re.search(rf'<iframe [^>]*\b{name}="([^"]*)"', markup).group(1)


def test_video_page_is_a_video_with_an_iframe_of_its_embed_view(client, one_of_each):
    page = one_of_each["video"]

    response = oembed(client, page.get_full_url())

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    data = response.json()
    assert data["version"] == "1.0"
    assert data["type"] == "video"
    assert data["title"] == "Video an toàn giao thông"
    assert data["author_name"] == "Sở Tư pháp"
    assert data["author_url"] == page.get_parent().get_full_url()
    assert data["provider_name"] == "PBGDPL Quảng Ninh"
    assert data["provider_url"] == "http://localhost/"
    assert data["cache_age"] > 0
    assert iframe_attribute(data["html"], "src") == f"http://testserver/embed/{page.pk}/"
    assert iframe_attribute(data["html"], "title") == page.title
    assert int(iframe_attribute(data["html"], "width")) == data["width"]
    assert int(iframe_attribute(data["html"], "height")) == data["height"]
    assert data["width"] == 640
    # No picture on this page: the thumbnail fields are left out together, never null.
    assert not {"thumbnail_url", "thumbnail_width", "thumbnail_height"} & data.keys()


@pytest.mark.parametrize("kind", ["news", "infographic", "leaflet", "ebook", "lecture"])
def test_other_content_types_are_rich(client, one_of_each, kind):
    page = one_of_each[kind]

    data = oembed(client, page.get_full_url()).json()

    assert data["type"] == "rich"
    assert data["title"] == page.title
    assert f"/embed/{page.pk}/" in data["html"]
    assert data["width"] > 0
    assert data["height"] > 0


def test_the_iframe_embed_view_answers(client, one_of_each):
    data = oembed(client, one_of_each["leaflet"].get_full_url()).json()

    response = client.get(urlsplit(iframe_attribute(data["html"], "src")).path)

    assert response.status_code == 200
    assert one_of_each["leaflet"].title in response.content.decode()


def test_thumbnail_is_a_rendition_of_the_share_image(
    client, one_of_each, django_capture_on_commit_callbacks
):
    page = one_of_each["news"]

    data = oembed(client, page.get_full_url()).json()

    assert data["thumbnail_url"].startswith("http://testserver/")
    assert data["thumbnail_url"].endswith(".jpg")
    assert (data["thumbnail_width"], data["thumbnail_height"]) == (320, 180)

    page.social_image = ImageFactory(title="Ảnh chia sẻ")
    # Cached API responses are retired when the publication commits.
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    shared = oembed(client, page.get_full_url()).json()
    assert shared["thumbnail_url"] != data["thumbnail_url"]


def test_video_keeps_its_proportions_within_maxwidth_and_maxheight(client, one_of_each):
    url = one_of_each["video"].get_full_url()

    narrow = oembed(client, url, maxwidth=320).json()
    low = oembed(client, url, maxheight=300).json()

    assert narrow["width"] == 320
    assert narrow["height"] == 180 + VIDEO_CAPTION_HEIGHT
    assert low["height"] <= 300
    assert low["width"] < 640
    for data in (narrow, low):
        assert int(iframe_attribute(data["html"], "width")) == data["width"]
        assert int(iframe_attribute(data["html"], "height")) == data["height"]


def test_rich_embeds_fit_within_maxwidth_and_maxheight(client, one_of_each):
    data = oembed(client, one_of_each["infographic"].get_full_url(), maxwidth=300, maxheight=250)

    assert (data.json()["width"], data.json()["height"]) == (300, 250)


def test_urls_as_visitors_and_editors_write_them(client, one_of_each):
    page = one_of_each["news"]
    path = page.url
    for url in (
        page.get_full_url(),  # the canonical URL, on the Wagtail site's host
        f"http://testserver{path}",  # the host the API was reached on
        f"https://localhost{path}",  # the site behind a TLS proxy
        f"http://localhost{path.rstrip('/')}",  # pasted without its final slash
        f"http://localhost{path}?utm_source=zalo#top",
    ):
        response = oembed(client, url)
        assert response.status_code == 200, url
        assert response.json()["title"] == page.title, url


def test_english_url_gives_the_english_page(client, one_of_each, justice_section):
    translate(HomePage.objects.get(), {})
    translate(justice_section, {"tin-tuc-phap-luat": "legal-news"})
    english = translate(
        one_of_each["news"],
        {
            "Luật Đất đai 2024 có hiệu lực": "The 2024 Land Law takes effect",
            "luat-dat-dai-2024-co-hieu-luc": "land-law-2024",
        },
    )
    assert english.url.startswith("/en/")

    data = oembed(client, english.get_full_url()).json()

    assert data["title"] == "The 2024 Land Law takes effect"
    assert f"/embed/{english.pk}/" in data["html"]


def test_the_endpoint_path_has_no_trailing_slash(client, one_of_each):
    url = one_of_each["news"].get_full_url()

    assert client.get("/api/oembed", {"url": url}).status_code == 200


def test_missing_url_is_a_bad_request(client):
    response = client.get(ENDPOINT, {"format": "json"})

    assert response.status_code == 400
    assert response.json()["detail"]


@pytest.mark.parametrize("value", ["0", "-5", "rộng"])
def test_invalid_maxwidth_is_a_bad_request(client, one_of_each, value):
    response = oembed(client, one_of_each["news"].get_full_url(), maxwidth=value)

    assert response.status_code == 400
    assert response.json()["detail"]


def test_an_empty_format_means_json(client, one_of_each):
    response = client.get(ENDPOINT, {"url": one_of_each["news"].get_full_url(), "format": ""})

    assert response.status_code == 200
    assert response.json()["title"] == one_of_each["news"].title


def test_xml_is_not_implemented(client, one_of_each):
    response = client.get(ENDPOINT, {"url": one_of_each["news"].get_full_url(), "format": "xml"})

    assert response.status_code == 501
    assert response.json() == {"detail": "Chỉ hỗ trợ định dạng json."}


@pytest.fixture
def not_embeddable(one_of_each, justice_section):
    draft = LegalNewsPageFactory(parent=justice_section, title="Bản nháp")
    draft_url = draft.get_full_url()
    draft.unpublish()
    private = one_of_each["ebook"]
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    return {
        "draft": draft_url,
        "private": private.get_full_url(),
        "section": justice_section.get_full_url(),
        "home": "http://localhost/",
        "unknown page": "http://localhost/tin-tuc-phap-luat/khong-co-trang-nay/",
        "search page": "http://localhost/tim-kiem/",
        "other site": f"https://example.com{one_of_each['news'].url}",
        "not a web URL": f"ftp://localhost{one_of_each['news'].url}",
        "not a URL": "Luật Đất đai 2024",
        "bad port": f"http://localhost:port{one_of_each['news'].url}",
        "port out of range": f"http://localhost:99999{one_of_each['news'].url}",
        "broken IPv6 host": "http://[::1/",
        "IPv6 host": f"http://[::1]{one_of_each['news'].url}",
    }


@pytest.mark.parametrize(
    "name",
    [
        "draft",
        "private",
        "section",
        "home",
        "unknown page",
        "search page",
        "other site",
        "not a web URL",
        "not a URL",
        "bad port",
        "port out of range",
        "broken IPv6 host",
        "IPv6 host",
    ],
)
def test_urls_that_are_not_public_content_pages_are_not_found(client, not_embeddable, name):
    response = oembed(client, not_embeddable[name])

    assert response.status_code == 404
    assert response.json()["detail"]


def test_openapi_describes_the_endpoint(client):
    schema = client.get("/api/openapi.json").json()

    operation = schema["paths"]["/api/oembed"]["get"]
    parameters = {parameter["name"] for parameter in operation["parameters"]}
    assert parameters == {"url", "format", "maxwidth", "maxheight"}
    assert {"200", "400", "404", "501"} <= operation["responses"].keys()
    reference = operation["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
    fields = schema["components"]["schemas"][reference.rsplit("/", 1)[-1]]["properties"]
    assert {"version", "type", "title", "html", "width", "height", "thumbnail_url"} <= set(fields)


def discovery_link(html):
    match = re.search(r'<link rel="alternate" type="application/json\+oembed" href="([^"]+)"', html)
    return html_lib.unescape(match.group(1)) if match else None


@pytest.mark.parametrize("kind", ["news", "video", "leaflet"])
def test_content_pages_advertise_a_working_endpoint(client, one_of_each, kind):
    page = one_of_each[kind]

    href = discovery_link(client.get(page.url).content.decode())

    assert href is not None
    assert href.startswith("http://testserver/api/oembed?url=")
    assert href.endswith("&format=json")
    parts = urlsplit(href)
    response = client.get(f"{parts.path}?{parts.query}")
    assert response.status_code == 200
    assert response.json()["title"] == page.title


def test_other_pages_advertise_no_endpoint(client, one_of_each, justice_section):
    for url in ("/", justice_section.url, "/tim-kiem/?q=dat"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert discovery_link(response.content.decode()) is None, url


def django_as_the_network(client):
    """``requests.get`` answered by Django's test client, for the oEmbed finder."""

    def get(url, params=None, headers=None, timeout=None):
        answer = client.get(urlsplit(url).path, params, headers=headers)
        response = requests.Response()
        response.status_code = answer.status_code
        response.reason = answer.reason_phrase
        response.url = url
        response.headers.update(answer.headers)
        response._content = answer.content
        return response

    return get


def test_wagtails_oembed_finder_embeds_our_pages(client, one_of_each):
    page = one_of_each["news"]
    finder = OEmbedFinder(providers=[PROVIDER])

    with mock.patch(
        "wagtail.embeds.finders.oembed.requests.get", side_effect=django_as_the_network(client)
    ) as network:
        found = finder.find_embed(f"http://testserver{page.url}", max_width=400)

    network.assert_called_once()
    assert found["type"] == "rich"
    assert found["title"] == page.title
    assert found["author_name"] == "Sở Tư pháp"
    assert found["provider_name"] == "PBGDPL Quảng Ninh"
    assert f'src="http://testserver/embed/{page.pk}/"' in found["html"]
    assert found["width"] == 400
    assert found["thumbnail_url"].startswith("http://testserver/")
    assert found["cache_until"] is not None


def test_wagtails_oembed_finder_refuses_unpublished_pages(client, justice_section):
    draft = LegalNewsPageFactory(parent=justice_section, title="Bản nháp")
    path = draft.url
    draft.unpublish()

    with (
        mock.patch(
            "wagtail.embeds.finders.oembed.requests.get",
            side_effect=django_as_the_network(client),
        ),
        pytest.raises(EmbedNotFoundException),
    ):
        OEmbedFinder(providers=[PROVIDER]).find_embed(f"http://testserver{path}")


def test_a_wagtail_site_can_embed_our_pages_by_url(client, settings, one_of_each):
    """What a district site running Wagtail does when an editor pastes a portal link into
    an embed block."""
    settings.WAGTAILEMBEDS_FINDERS = [
        {"class": "wagtail.embeds.finders.oembed", "providers": [PROVIDER]}
    ]
    get_finders.cache_clear()
    page = one_of_each["video"]

    with mock.patch(
        "wagtail.embeds.finders.oembed.requests.get", side_effect=django_as_the_network(client)
    ):
        embed = get_embed(f"http://testserver{page.url}")

    assert embed.type == "video"
    assert embed.title == page.title
    assert f"/embed/{page.pk}/" in embed.html
