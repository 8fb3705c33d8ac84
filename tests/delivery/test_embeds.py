"""District, commune and department sites frame the portal's content pages: a compact view
of each content type at /embed/<page id>/."""

import re

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from wagtail.models import PageViewRestriction
from wagtail.rich_text import RichText

from home.models import HomePage
from publications.models import InfographicPage, LeafletPage, VideoPage
from tests.factories import DocumentFactory, ImageFactory, LegalNewsPageFactory, translate

EXPECTED_CONTENT = {
    "video": [
        'class="embed-player"',
        '<iframe src="https://www.youtube.com/watch?v=abc123XYZ"',
        "Lời thoại",
        "Cài quai mũ bảo hiểm chắc chắn.",
    ],
    "infographic": ['alt="Năm tác hại của ma túy"', "srcset=", "hủy hoại sức khỏe"],
    "leaflet": [
        "data-leaflet-viewer",
        "Mặt 1/2",
        "Mặt 2/2",
        'alt="Mặt bìa tờ gấp"',
        'alt="Mặt trong tờ gấp"',
        "gọi 111",
        "js/leaflet-viewer.js",
    ],
    "news": ["Xem đầy đủ", "Tin pháp luật"],
    "ebook": ["Xem đầy đủ", "Sách pháp luật điện tử"],
    "lecture": ["Xem đầy đủ", "Bài giảng điện tử"],
}


def embed(client, page_id):
    return client.get(reverse("embeds:page", args=[page_id]))


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def links_to(html, url):
    """The <a> tags of ``html`` whose href is ``url``."""
    return [tag for tag in re.findall(r"<a [^>]+>", html) if f'href="{url}"' in tag]


def test_embed_url_is_outside_the_language_prefix():
    assert reverse("embeds:page", args=[42]) == "/embed/42/"


@pytest.mark.parametrize("kind", EXPECTED_CONTENT)
def test_every_content_type_has_a_compact_embed(client, one_of_each, kind):
    page = one_of_each[kind]

    response = embed(client, page.pk)

    assert response.status_code == 200
    html = response.content.decode()
    page_url = page.get_full_url()
    assert '<html lang="vi">' in html
    assert page.title in html
    assert f'<link rel="canonical" href="{page_url}">' in html
    assert '<meta name="robots" content="noindex">' in html
    # Its own small document: no site header, navigation or footer, no site stylesheet.
    assert "site-header" not in html
    assert "site-footer" not in html
    assert "css/site.css" not in html
    assert "css/embed.css" in html
    assert f'js/embed-frame.js" data-page="{page.pk}"' in html
    # A link back to the page on the portal, opening outside the frame.
    back_links = links_to(html, page_url)
    assert back_links
    assert all('target="_blank"' in tag for tag in back_links)
    for expected in EXPECTED_CONTENT[kind]:
        assert expected in html, expected
    images = re.findall(r"<img [^>]+>", html)
    assert all(re.search(r'alt="[^"]+"', tag) for tag in images)


@pytest.mark.parametrize("kind", ["news", "ebook", "lecture"])
def test_long_content_is_a_card_linking_to_the_full_page(client, one_of_each, kind):
    page = one_of_each[kind]
    page.cover_image = one_of_each["news"].cover_image
    page.save_revision().publish()

    html = embed(client, page.pk).content.decode()

    assert page.summary in html
    assert "Sở Tư pháp" in html
    published = timezone.localtime(page.first_published_at).strftime("%d/%m/%Y")
    assert published in html
    assert 'alt="Cán bộ tư pháp tuyên truyền pháp luật cho người dân"' in html
    (read_more,) = [tag for tag in links_to(html, page.get_full_url()) if "embed__button" in tag]
    assert 'target="_blank"' in read_more
    assert ">Xem đầy đủ</a>" in html
    # The card stays short: the body is read on the portal.
    assert "Người dân được cấp sổ đỏ nhanh hơn." not in html
    assert "Thuận tình ly hôn." not in html


def test_uploaded_video_plays_in_an_html5_player_with_subtitles(client, justice_section, image):
    video = DocumentFactory(title="Video hướng dẫn", file__filename="huong-dan.mp4")
    subtitles = DocumentFactory(
        title="Phụ đề", file__filename="huong-dan.vtt", file__data=b"WEBVTT\n"
    )
    page = publish(
        justice_section,
        VideoPage(
            title="Hướng dẫn đăng ký đất đai",
            summary="Từng bước đăng ký đất đai.",
            video_file=video,
            subtitles=subtitles,
            cover_image=image,
        ),
    )

    html = embed(client, page.pk).content.decode()

    assert "<video controls" in html
    assert f'<source src="{video.url}"' in html
    assert f'src="{subtitles.url}"' in html
    assert '<track kind="subtitles" srclang="vi"' in html
    assert 'poster="' in html


def test_english_translation_is_embedded_in_english(client, one_of_each, justice_section):
    translate(HomePage.objects.get(), {})
    translate(justice_section, {"tin-tuc-phap-luat": "legal-news"})
    english = translate(
        one_of_each["news"],
        {
            "Luật Đất đai 2024 có hiệu lực": "The 2024 Land Law takes effect",
            "luat-dat-dai-2024-co-hieu-luc": "land-law-2024",
        },
    )

    response = embed(client, english.pk)

    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="en">' in html
    assert "The 2024 Land Law takes effect" in html
    assert f'<link rel="canonical" href="{english.get_full_url()}">' in html
    assert "/en/" in english.get_full_url()


@pytest.fixture
def unavailable(one_of_each, justice_section):
    """Pages that exist but must not be shown to other sites."""
    draft = LegalNewsPageFactory(parent=justice_section, title="Bản nháp")
    draft.unpublish()
    private = one_of_each["ebook"]
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    return {
        "draft": draft.pk,
        "private": private.pk,
        "section": justice_section.pk,
        "home": HomePage.objects.get().pk,
        "unknown": 987654321,
        "beyond the id range": 10**20,
    }


@pytest.mark.parametrize(
    "name", ["draft", "private", "section", "home", "unknown", "beyond the id range"]
)
def test_drafts_private_and_other_pages_are_not_found(client, unavailable, name):
    response = embed(client, unavailable[name])

    assert response.status_code == 404
    html = response.content.decode()
    # The host site's frame shows why, rather than the browser's refusal to frame.
    assert "Nội dung này không còn được chia sẻ" in html
    assert not response.has_header("X-Frame-Options")


def test_pages_inside_a_private_section_are_not_found(client, one_of_each, justice_section):
    PageViewRestriction.objects.create(
        page=justice_section, restriction_type=PageViewRestriction.PASSWORD, password="bi-mat"
    )

    for page in one_of_each.values():
        assert embed(client, page.pk).status_code == 404


def test_embed_accepts_only_reads(client, one_of_each):
    response = client.post(reverse("embeds:page", args=[one_of_each["news"].pk]))

    assert response.status_code == 405


def frame_ancestors(response):
    directives = response["Content-Security-Policy"].split(";")
    return next(d.strip() for d in directives if d.strip().startswith("frame-ancestors"))


def test_embed_view_may_be_framed_by_any_site(client, one_of_each):
    response = embed(client, one_of_each["video"].pk)

    assert not response.has_header("X-Frame-Options")
    assert frame_ancestors(response) == "frame-ancestors *"


def test_frame_ancestors_come_from_settings(client, settings, one_of_each):
    settings.EMBED_FRAME_ANCESTORS = ["https://*.quangninh.gov.vn", "https://quangninh.gov.vn"]

    response = embed(client, one_of_each["video"].pk)

    assert frame_ancestors(response) == (
        "frame-ancestors https://*.quangninh.gov.vn https://quangninh.gov.vn"
    )


def test_the_rest_of_the_site_refuses_to_be_framed(client, one_of_each):
    page = one_of_each["video"]

    for url in (page.url, "/", "/api/docs"):
        response = client.get(url)
        assert response["X-Frame-Options"] == "DENY", url
        assert frame_ancestors(response) == "frame-ancestors 'none'", url


def infographic(section, image_count):
    return publish(
        section,
        InfographicPage(
            title=f"Infographic {image_count} ảnh",
            summary="Tóm tắt.",
            images=[
                ("image", {"image": ImageFactory(), "alt_text": f"Ảnh {n}", "caption": ""})
                for n in range(image_count)
            ],
            transcript="<p>Nội dung.</p>",
        ),
    )


def leaflet(section, panel_count):
    return publish(
        section,
        LeafletPage(
            title=f"Tờ gấp {panel_count} mặt",
            summary="Tóm tắt.",
            pdf=DocumentFactory(),
            panels=[
                (
                    "panel",
                    {
                        "image": ImageFactory(),
                        "alt_text": f"Mặt {n}",
                        "text": RichText(f"<p>Mặt {n}.</p>"),
                    },
                )
                for n in range(panel_count)
            ],
        ),
    )


def queries_for_embed(client, page):
    embed(client, page.pk)  # renditions are made on the first view
    with CaptureQueriesContext(connection) as queries:
        response = embed(client, page.pk)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("build", [infographic, leaflet])
def test_query_count_does_not_grow_with_the_number_of_images(client, justice_section, build):
    short = queries_for_embed(client, build(justice_section, 1))
    long = queries_for_embed(client, build(justice_section, 5))

    assert long == short
    assert short <= 8
