"""Shared pages show a proper card on Facebook, Zalo and X, can be shared without any
third-party script, and describe themselves to search engines (schema.org JSON-LD)."""

import datetime
import json
from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup

from wagtail.models import Locale

from publications.models import VideoPage
from tests.factories import DocumentFactory, ImageFactory, LegalNewsPageFactory, png_file

ROOT = "http://localhost"
SHARE_SPEC = "fill-1200x630|format-jpeg"


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def soup_of(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def meta(soup):
    """``{property or name: [content, …]}`` of the page's meta tags."""
    found = {}
    for tag in soup.find_all("meta"):
        key = tag.get("property") or tag.get("name")
        if key:
            found.setdefault(key, []).append(tag["content"])
    return found


def json_ld(soup):
    (script,) = soup.find_all("script", type="application/ld+json")
    return json.loads(script.string)


@pytest.fixture
def large_image(db):
    return ImageFactory(
        title="Hội nghị triển khai Luật Đất đai",
        file=png_file("hoi-nghi.png", size=(1600, 900)),
        alt_text="Hội nghị triển khai Luật Đất đai tại Hạ Long",
    )


@pytest.fixture
def news(justice_section, large_image, land_field):
    page = LegalNewsPageFactory(
        parent=justice_section,
        title="Hỏi & đáp: Luật Đất đai 2024",
        summary="Những điều người dân cần biết về sổ đỏ.",
        cover_image=large_image,
    )
    page.legal_fields.add(land_field)
    page.tags.add("sổ đỏ")
    return publish(page)


def test_content_pages_carry_open_graph_and_twitter_cards(client, news, large_image):
    tags = meta(soup_of(client, news))
    image_url = f"{ROOT}{large_image.get_rendition(SHARE_SPEC).url}"

    assert tags["og:type"] == ["article"]
    assert tags["og:title"] == tags["twitter:title"] == [news.title]
    assert tags["og:description"] == tags["twitter:description"] == [news.summary]
    assert tags["og:url"] == [news.full_url]
    assert tags["og:site_name"] == ["PBGDPL Quảng Ninh"]
    assert tags["og:locale"] == ["vi_VN"]
    assert tags["og:image"] == tags["twitter:image"] == [image_url]
    assert "fill-1200x630.format-jpeg" in image_url
    assert tags["og:image:type"] == ["image/jpeg"]
    assert (tags["og:image:width"], tags["og:image:height"]) == (["1200"], ["630"])
    assert tags["og:image:alt"] == tags["twitter:image:alt"] == [large_image.alt_text]
    assert tags["twitter:card"] == ["summary_large_image"]
    published = datetime.datetime.fromisoformat(tags["article:published_time"][0])
    assert published == news.first_published_at
    assert datetime.datetime.fromisoformat(tags["article:modified_time"][0])
    assert tags["article:section"] == ["Tin tức pháp luật"]
    assert tags["article:tag"] == ["Đất đai", "sổ đỏ"]


def test_social_image_and_text_override_cover_and_summary(client, news, image, large_image):
    news.cover_image = image
    news.social_image = large_image
    news.social_text = "Chia sẻ để người thân cùng biết."
    publish(news)
    tags = meta(soup_of(client, news))
    assert tags["og:description"] == ["Chia sẻ để người thân cùng biết."]
    assert tags["og:image"] == [f"{ROOT}{large_image.get_rendition(SHARE_SPEC).url}"]


def test_section_pages_are_websites_without_article_tags(client, justice_section):
    soup = soup_of(client, justice_section)
    tags = meta(soup)
    assert tags["og:type"] == ["website"]
    assert tags["og:title"] == [justice_section.title]
    assert tags["twitter:card"] == ["summary_large_image"]
    assert not any(key.startswith("article:") for key in tags)
    assert soup.find("script", type="application/ld+json") is None
    assert soup.find(class_="share") is None


def test_english_pages_say_their_locale(client, news):
    english = news.copy_for_translation(Locale.objects.get(language_code="en"), copy_parents=True)
    english.title = "Questions and answers: the 2024 Land Law"
    publish(english)

    tags = meta(soup_of(client, english))
    assert tags["og:locale"] == ["en_US"]
    assert tags["og:locale:alternate"] == ["vi_VN"]
    assert json_ld(soup_of(client, english))["inLanguage"] == "en"
    assert meta(soup_of(client, news))["og:locale:alternate"] == ["en_US"]


def share_links(soup):
    """``{accessible name: link}`` of the share links."""
    return {" ".join(link.get_text().split()): link for link in soup.select(".share a")}


def test_share_links_carry_the_encoded_page_address(client, news):
    links = share_links(soup_of(client, news))
    facebook = links["Chia sẻ lên Facebook (mở cửa sổ mới)"]["href"]
    zalo = links["Chia sẻ qua Zalo (mở cửa sổ mới)"]["href"]
    x = links["Chia sẻ lên X (mở cửa sổ mới)"]["href"]

    assert facebook.startswith(
        "https://www.facebook.com/sharer/sharer.php?u=http%3A%2F%2Flocalhost%2F"
    )
    assert zalo.startswith("https://sp.zalo.me/share_to_zalo?url=http%3A%2F%2Flocalhost%2F")
    assert x.startswith("https://twitter.com/intent/tweet?url=http%3A%2F%2Flocalhost%2F")
    assert parse_qs(urlsplit(facebook).query) == {"u": [news.full_url]}
    assert parse_qs(urlsplit(zalo).query) == {"url": [news.full_url]}
    # The "&" of the title must not split the query string.
    assert parse_qs(urlsplit(x).query) == {"url": [news.full_url], "text": [news.title]}


def test_share_links_are_plain_links_opening_safely(client, news):
    soup = soup_of(client, news)
    section = soup.find("section", class_="share")
    assert section.find(id=section["aria-labelledby"]).get_text(strip=True) == "Chia sẻ"
    for text, link in share_links(soup).items():
        if link["href"].startswith("https://"):
            assert link["target"] == "_blank", text
            assert "noopener" in link["rel"], text
    scripts = [script["src"] for script in soup.find_all("script", src=True)]
    assert "/static/js/share.js" in scripts
    assert all(src.startswith("/") for src in scripts)


def test_copy_link_works_as_a_plain_link_without_javascript(client, news):
    copy = share_links(soup_of(client, news))["Sao chép liên kết"]
    assert copy["href"] == news.full_url
    assert copy.has_attr("data-share-copy")


def test_share_links_follow_every_content_type(client, one_of_each):
    for page in one_of_each.values():
        assert len(share_links(soup_of(client, page))) == 4, page.title


def test_news_describes_itself_as_a_news_article(client, news, large_image):
    data = json_ld(soup_of(client, news))
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == data["name"] == news.title
    assert data["description"] == news.summary
    assert data["url"] == news.full_url
    assert data["inLanguage"] == "vi"
    assert datetime.datetime.fromisoformat(
        data["datePublished"]
    ) == news.first_published_at.replace(microsecond=0)
    assert datetime.datetime.fromisoformat(data["dateModified"])
    assert data["image"] == f"{ROOT}{large_image.get_rendition(SHARE_SPEC).url}"
    assert data["author"] == {"@type": "Organization", "name": "Sở Tư pháp"}
    assert data["publisher"] == {
        "@type": "Organization",
        "name": "Sở Tư pháp tỉnh Quảng Ninh",
        "url": ROOT,
    }
    assert data["articleSection"] == "Tin tức pháp luật"
    assert data["keywords"] == "Đất đai, sổ đỏ"


def test_video_describes_itself_as_a_video_object(client, one_of_each, large_image):
    video = one_of_each["video"]
    video.cover_image = large_image
    publish(video)

    data = json_ld(soup_of(client, video))
    assert data["@type"] == "VideoObject"
    assert data["name"] == "Video an toàn giao thông"
    assert data["description"] == "Đội mũ bảo hiểm đúng cách."
    assert data["thumbnailUrl"] == f"{ROOT}{large_image.get_rendition(SHARE_SPEC).url}"
    assert data["uploadDate"] == data["datePublished"]
    assert data["duration"] == "P0DT00H03M05S"
    # The player's address, as the embed provider gives it in its iframe.
    assert data["embedUrl"] == "https://www.youtube.com/watch?v=abc123XYZ"
    assert data["transcript"] == "Cài quai mũ bảo hiểm chắc chắn."
    assert "contentUrl" not in data


def test_uploaded_video_gives_its_file(client, justice_section):
    video_file = DocumentFactory(title="Clip tuyên truyền")
    video = VideoPage(
        title="Clip phòng cháy chữa cháy",
        summary="Thoát hiểm khi có cháy.",
        video_file=video_file,
        duration=datetime.timedelta(hours=1, seconds=7),
    )
    justice_section.add_child(instance=video)
    publish(video)

    data = json_ld(soup_of(client, video))
    assert data["contentUrl"] == f"{ROOT}{video_file.url}"
    assert data["duration"] == "P0DT01H00M07S"
    assert "embedUrl" not in data


def test_e_book_describes_itself_as_a_book(client, one_of_each):
    ebook = one_of_each["ebook"]
    data = json_ld(soup_of(client, ebook))
    assert data["@type"] == "Book"
    assert data["name"] == ebook.title
    assert data["bookFormat"] == "https://schema.org/EBook"
    assert data["url"] == ebook.full_url
    assert data["author"] == {"@type": "Organization", "name": "Sở Tư pháp"}
    assert data["publisher"]["name"] == "Sở Tư pháp tỉnh Quảng Ninh"
    assert data["encoding"] == [
        {
            "@type": "MediaObject",
            "contentUrl": f"{ROOT}{ebook.pdf_file.url}",
            "encodingFormat": "application/pdf",
        }
    ]


@pytest.mark.parametrize(
    ("kind", "schema_type"),
    [("infographic", "Article"), ("leaflet", "DigitalDocument"), ("lecture", "LearningResource")],
)
def test_other_content_types_describe_themselves(client, one_of_each, kind, schema_type):
    page = one_of_each[kind]
    data = json_ld(soup_of(client, page))
    assert data["@type"] == schema_type
    assert data["name"] == page.title
    assert data["url"] == page.full_url
    assert data["author"]["name"] == "Sở Tư pháp"


def test_structured_data_cannot_break_out_of_its_script(client, justice_section):
    title = 'Tin "mới" </script><script>alert(1)</script>'
    page = LegalNewsPageFactory(parent=justice_section, title=title)
    html = client.get(page.url).content.decode()
    assert "<script>alert(1)" not in html
    data = json_ld(BeautifulSoup(html, "html.parser"))
    assert data["name"] == title
