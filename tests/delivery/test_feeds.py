"""Feed readers, aggregators and partner sites follow the portal's RSS and Atom feeds."""

import datetime

import feedparser
import pytest

from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import resolve
from django.utils import timezone, translation

from wagtail.models import Locale, PageViewRestriction

from tests.factories import (
    ImageFactory,
    LegalFieldFactory,
    LegalNewsPageFactory,
    SectionPageFactory,
    png_file,
)

FORMATS = ["rss", "atom"]
ROOT = "http://localhost"

EXPECTED_CONTENT = {
    "news": ["sổ đỏ nhanh hơn", "tài nguyên đặc biệt", "Lấn chiếm đất", f'href="{ROOT}/documents/'],
    "infographic": ["hủy hoại sức khỏe", 'alt="Năm tác hại của ma túy"'],
    "video": ["Cài quai mũ bảo hiểm", 'href="https://www.youtube.com/watch?v=abc123XYZ"'],
    "leaflet": ["dấu hiệu nhận biết", "gọi 111", f'href="{ROOT}/documents/'],
    "ebook": ["Chương II. Ly hôn", "Thuận tình ly hôn"],
    "lecture": ["Phần 1. Hợp đồng lao động", "lập thành văn bản"],
}


def read_feed(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    # Keep the feed's own HTML: feedparser would otherwise resolve relative links itself
    # and hide a feed that gives relative ones.
    feed = feedparser.parse(response.content, resolve_relative_uris=False, sanitize_html=False)
    assert feed.bozo == 0, feed.get("bozo_exception")
    return feed


def titles(feed):
    return [entry.title for entry in feed.entries]


def entry_for(feed, page):
    (entry,) = [entry for entry in feed.entries if entry.title == page.title]
    return entry


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def news(parent, **kwargs):
    return publish(LegalNewsPageFactory(parent=parent, **kwargs))


@pytest.fixture
def large_image(db):
    return ImageFactory(
        title="Ảnh hội nghị", file=png_file("hoi-nghi.png", size=(1600, 900)), alt_text="Hội nghị"
    )


@pytest.mark.parametrize("kind", FORMATS)
def test_site_feed_holds_every_content_type_in_full(client, one_of_each, kind):
    feed = read_feed(client, f"/feeds/{kind}/")

    assert feed.version == {"rss": "rss20", "atom": "atom10"}[kind]
    assert feed.feed.language == "vi"
    assert feed.feed.link == f"{ROOT}/"
    assert any(
        link.rel == "self" and link.href == f"http://testserver/feeds/{kind}/"
        for link in feed.feed.links
    )
    assert feed.feed.get("updated_parsed")
    assert sorted(titles(feed)) == sorted(page.title for page in one_of_each.values())
    for name, page in one_of_each.items():
        page.refresh_from_db()
        entry = entry_for(feed, page)
        assert entry.link == page.full_url
        assert entry.link.startswith(f"{ROOT}/")
        published = timezone.localdate(page.first_published_at)
        assert entry.id == f"tag:localhost,{published:%Y-%m-%d}:page/{page.pk}"
        assert entry.summary == page.summary
        assert entry.author == "Sở Tư pháp"
        assert [tag.term for tag in entry.tags] == ["Đất đai"]
        assert entry.published_parsed
        html = entry.content[0].value
        assert entry.content[0].type == "text/html"
        for expected in EXPECTED_CONTENT[name]:
            assert expected in html, (name, expected)
        assert 'href="/' not in html and 'src="/' not in html


def test_atom_entries_carry_their_last_update(client, justice_section):
    page = news(justice_section)
    page.first_published_at -= datetime.timedelta(days=2)
    page.title = "Luật Đất đai 2024 chính thức có hiệu lực"
    publish(page)
    entry = entry_for(read_feed(client, "/feeds/atom/"), page)
    assert entry.updated_parsed > entry.published_parsed


@pytest.mark.parametrize("kind", FORMATS)
def test_share_image_is_a_jpeg_enclosure_with_its_real_size(
    client, justice_section, large_image, kind
):
    page = news(justice_section, cover_image=large_image)
    rendition = large_image.get_rendition("fill-1200x630|format-jpeg")

    (enclosure,) = entry_for(read_feed(client, f"/feeds/{kind}/"), page).enclosures
    assert enclosure.href == f"{ROOT}{rendition.url}"
    assert enclosure.type == "image/jpeg"
    assert int(enclosure.length) == rendition.file.size > 0
    assert (rendition.width, rendition.height) == (1200, 630)


def test_social_image_is_preferred_to_the_cover_image(client, justice_section, image, large_image):
    page = news(justice_section, cover_image=image, social_image=large_image)
    (enclosure,) = entry_for(read_feed(client, "/feeds/rss/"), page).enclosures
    assert enclosure.href == f"{ROOT}{large_image.get_rendition('fill-1200x630|format-jpeg').url}"


def test_pages_without_image_have_no_enclosure(client, justice_section):
    page = news(justice_section)
    assert entry_for(read_feed(client, "/feeds/rss/"), page).enclosures == []


def test_titles_are_plain_text(client, justice_section):
    page = news(justice_section, title='Cuộc thi "Tìm hiểu pháp luật" & <em>')
    for kind in FORMATS:
        assert titles(read_feed(client, f"/feeds/{kind}/")) == [page.title]


def test_categories_hold_legal_fields_and_tags(client, justice_section, land_field):
    page = news(justice_section)
    page.legal_fields.add(land_field)
    page.tags.add("sổ đỏ", "quyền sử dụng đất")
    publish(page)
    entry = entry_for(read_feed(client, "/feeds/atom/"), page)
    assert {tag.term for tag in entry.tags} == {"Đất đai", "sổ đỏ", "quyền sử dụng đất"}


def test_drafts_and_private_pages_stay_out_of_feeds(client, justice_section):
    published = news(justice_section, title="Tin đã đăng")
    LegalNewsPageFactory(parent=justice_section, title="Bản nháp", live=False)
    private = news(justice_section, title="Tin nội bộ")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="bi-mat"
    )
    private_section = SectionPageFactory(title="Chuyên mục nội bộ")
    news(private_section, title="Tin trong chuyên mục nội bộ")
    PageViewRestriction.objects.create(
        page=private_section, restriction_type=PageViewRestriction.LOGIN
    )

    for url in ("/feeds/rss/", "/feeds/atom/", f"/feeds/section/{justice_section.slug}/rss/"):
        assert titles(read_feed(client, url)) == [published.title]
    assert client.get(f"/feeds/section/{private_section.slug}/rss/").status_code == 404


def test_feeds_list_newest_first_and_at_most_thirty_items(client, justice_section):
    pages = [news(justice_section, title=f"Tin số {n:02d}") for n in range(32)]
    assert titles(read_feed(client, "/feeds/rss/")) == [page.title for page in pages[:1:-1]]


@pytest.mark.parametrize("kind", FORMATS)
def test_section_feed_lists_that_section_and_its_subsections(
    client, justice_section, ward_section, kind
):
    inside = news(justice_section, title="Tin của Sở")
    subsection = SectionPageFactory(parent=justice_section, title="Hỏi đáp")
    nested = news(subsection, title="Hỏi đáp đất đai")
    news(ward_section, title="Tin của phường")

    feed = read_feed(client, f"/feeds/section/{justice_section.slug}/{kind}/")
    assert titles(feed) == [nested.title, inside.title]
    assert feed.feed.title == "Tin tức pháp luật | PBGDPL Quảng Ninh"
    assert feed.feed.link == justice_section.full_url


def test_unit_feed_lists_what_the_unit_made(client, justice_section, ward_section, ward):
    news(justice_section, title="Tin của Sở")
    by_ward = news(ward_section, title="Tin của phường")
    # A unit may write in another unit's section when an editor sets it.
    lent = news(justice_section, title="Phường viết giúp", unit=ward)

    feed = read_feed(client, f"/feeds/unit/{ward.slug}/atom/")
    assert titles(feed) == [lent.title, by_ward.title]
    assert feed.feed.title == "Phường Hạ Long | PBGDPL Quảng Ninh"
    assert {entry.author for entry in feed.entries} == {"Phường Hạ Long"}


def test_legal_field_feed_lists_every_type_in_that_field(client, one_of_each, justice_section):
    traffic = LegalFieldFactory(name="Giao thông")
    video = one_of_each["video"]
    video.legal_fields.add(traffic)
    publish(video)
    news(justice_section, title="Tin không phân loại")

    assert titles(read_feed(client, f"/feeds/legal-field/{traffic.slug}/rss/")) == [video.title]
    land = read_feed(
        client, f"/feeds/legal-field/{one_of_each['news'].legal_fields.get().slug}/rss/"
    )
    assert sorted(titles(land)) == sorted(page.title for page in one_of_each.values())


def test_tag_feed_lists_tagged_pages(client, justice_section):
    tagged = news(justice_section, title="Tin về sổ đỏ")
    tagged.tags.add("sổ đỏ")
    publish(tagged)
    news(justice_section, title="Tin khác")

    slug = tagged.tags.get().slug
    feed = read_feed(client, f"/feeds/tag/{slug}/atom/")
    assert titles(feed) == [tagged.title]
    assert feed.feed.title == "sổ đỏ | PBGDPL Quảng Ninh"


@pytest.mark.parametrize(
    "url",
    [
        "/feeds/section/khong-co/rss/",
        "/feeds/unit/khong-co/atom/",
        "/feeds/legal-field/khong-co/rss/",
        "/feeds/tag/khong-co/atom/",
        "/feeds/tag/%E2%80%A6%3Cscript%3E/rss/",
        "/en/feeds/rss/",
    ],
)
def test_unknown_feeds_are_not_found(client, justice_section, url):
    assert client.get(url).status_code == 404


@pytest.fixture
def english_news(justice_section):
    """An English translation of a Vietnamese news page; its home page and section are
    copied into the English tree as they are (aliases)."""
    english = Locale.objects.get(language_code="en")
    page = news(justice_section, title="Luật Đất đai 2024 có hiệu lực")
    translation = page.copy_for_translation(english, copy_parents=True)
    translation.title = "The 2024 Land Law takes effect"
    translation.summary = "A new law on land."
    return page, publish(translation)


@pytest.mark.parametrize("kind", FORMATS)
def test_english_feeds_hold_english_content_only(client, english_news, kind):
    vietnamese, english = english_news

    feed = read_feed(client, f"/en/feeds/{kind}/")
    assert feed.feed.language == "en"
    assert titles(feed) == [english.title]
    assert feed.entries[0].link == english.full_url
    assert "/en/" in feed.entries[0].link
    assert titles(read_feed(client, f"/feeds/{kind}/")) == [vietnamese.title]

    section = english.get_parent()
    assert titles(read_feed(client, f"/en/feeds/section/{section.slug}/{kind}/")) == [english.title]


def test_untranslated_pages_stay_out_of_the_english_feed(client, english_news, justice_section):
    english_section = english_news[1].get_parent()
    untranslated = news(justice_section, title="Tin chưa dịch")
    untranslated.create_alias(parent=english_section, update_locale=english_section.locale)
    assert titles(read_feed(client, "/en/feeds/rss/")) == [english_news[1].title]


def feed_view(url):
    """The Vietnamese feed view itself, without the middleware (and its response cache),
    with its own caches warm: renditions are made and bodies rendered once per
    publication."""

    def read():
        with translation.override("vi"):
            return feedparser.parse(resolve(url).func(RequestFactory().get(url)).content)

    read()
    return read


def test_query_count_does_not_grow_with_the_number_of_items(
    one_of_each, justice_section, land_field, django_assert_max_num_queries
):
    def add_news(count):
        for n in range(count):
            page = LegalNewsPageFactory(
                parent=justice_section, cover_image=ImageFactory(), title=f"Tin {n}"
            )
            page.legal_fields.add(land_field)
            page.tags.add(f"thẻ {n}", "đất đai")
            publish(page)

    urls = ("/feeds/rss/", "/feeds/atom/")
    add_news(2)
    small = {}
    for url in urls:
        read = feed_view(url)
        with CaptureQueriesContext(connection) as queries:
            assert len(read().entries) == 8
        small[url] = len(queries)
    add_news(22)
    for url in urls:
        read = feed_view(url)
        assert small[url] < 30
        with django_assert_max_num_queries(small[url]):
            assert len(read().entries) == 30


def test_every_feed_is_linked_from_the_pages_it_covers(client, one_of_each, justice_section):
    news = one_of_each["news"]
    news.tags.add("sổ đỏ")
    publish(news)
    html = client.get(news.url).content.decode()
    unit = news.unit.slug
    field = news.legal_fields.get().slug
    for kind, mime in (("rss", "application/rss+xml"), ("atom", "application/atom+xml")):
        for url in (
            f"/feeds/{kind}/",
            f"/feeds/section/{justice_section.slug}/{kind}/",
            f"/feeds/unit/{unit}/{kind}/",
            f"/feeds/legal-field/{field}/{kind}/",
        ):
            assert f'<link rel="alternate" type="{mime}"' in html
            assert f'href="{url}"' in html, url
            assert client.get(url).status_code == 200


def test_section_pages_link_their_own_feed(client, justice_section):
    html = client.get(justice_section.url).content.decode()
    assert f'href="/feeds/section/{justice_section.slug}/rss/"' in html


def test_pages_outside_the_page_tree_link_the_site_feeds(client, justice_section):
    html = client.get("/tim-kiem/", {"q": "đất đai"}).content.decode()
    assert 'href="/feeds/rss/"' in html and 'href="/feeds/atom/"' in html
    assert "/feeds/section/" not in html


def test_english_pages_link_english_feeds(client, english_news):
    html = client.get(english_news[1].url).content.decode()
    assert 'href="/en/feeds/rss/"' in html
    assert f'href="/en/feeds/section/{english_news[1].get_parent().slug}/atom/"' in html
