"""No input breaks the public surface: every endpoint answers every hostile value of
every parameter it reads, and every hostile path segment, with a 4xx that says what is
wrong (JSON ``{"detail": ...}`` under /api/, a page in Vietnamese elsewhere) or with a
200 where ignoring the value is the right answer. Never a 5xx.

The table is endpoint × parameter × input, and Hypothesis then tries query strings of
its own on the endpoints that read the most parameters; the content they run on is
built once for the module (every page type, a bookshelf with a document, a unit, a
legal field, a tag)."""

import datetime
from urllib.parse import quote, quote_from_bytes

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from django.db import transaction

from bookshelf.models import BookshelfPage
from demo.pages import add_published
from demo.samples import one_of_each_type
from home.models import Unit
from tests.factories import (
    DocumentFactory,
    DocumentTypeFactory,
    ImageFactory,
    IssuingBodyFactory,
    LegalDocumentFactory,
    LegalFieldFactory,
    SectionPageFactory,
    UnitFactory,
    home_page,
)

# Each value is percent-encoded into the query string as it is.
HOSTILE_VALUES = {
    "NUL": "\x00",
    "lone double quote": '"',
    "lone single quote": "'",
    "beyond 64 bits": "9" * 25,
    "negative": "-1",
    "hugely negative": "-" + "9" * 25,
    "superscript digit": "²",
    "fraction": "1.5",
    "exponent": "1e400",
    "empty": "",
    "10k characters": "a" * 10_000,
    "10k digits": "1" * 10_000,
    "1,000 words": " ".join(["luật"] * 1000),
    "bad date": "2024-02-30",
    "backslash and brackets": "\\[(*",
}
# Inputs that are query strings of their own rather than one value.
HOSTILE_QUERIES = {
    "invalid UTF-8": "{name}=%FF%FE",
    "overlong UTF-8": "{name}=%C0%AF",
    "repeated": "{name}=1&{name}=luat&{name}=",
}
HOSTILE_SEGMENTS = {
    "NUL": "%00",
    "lone double quote": "%22",
    "beyond 64 bits": "9" * 25,
    "negative": "-1",
    "superscript digit": "%C2%B2",
    "invalid UTF-8": "%FF%FE",
    "10k characters": "a" * 10_000,
}

# (name, path, base query, parameters the endpoint reads). "{…}" is filled in from the
# module's content.
ENDPOINTS = [
    (
        "pages",
        "/api/v2/pages/",
        "",
        [
            "type",
            "fields",
            "order",
            "search",
            "search_operator",
            "offset",
            "limit",
            "child_of",
            "descendant_of",
            "ancestor_of",
            "translation_of",
            "locale",
            "section",
            "unit",
            "legal_field",
            "tag",
            "published_after",
            "published_before",
            "rich_text_format",
            "id",
            "slug",
            "title",
            "show_in_menus",
        ],
    ),
    (
        "news pages",
        "/api/v2/pages/",
        "type=publications.LegalNewsPage",
        ["fields", "order", "search", "cover_image", "social_image", "unit", "first_published_at"],
    ),
    ("page", "/api/v2/pages/{news}/", "", ["fields", "type", "rich_text_format"]),
    ("find page", "/api/v2/pages/find/", "", ["html_path", "id"]),
    (
        "images",
        "/api/v2/images/",
        "",
        ["search", "fields", "order", "offset", "limit", "id", "title", "tags"],
    ),
    ("image", "/api/v2/images/{image}/", "", ["fields"]),
    (
        "documents",
        "/api/v2/documents/",
        "",
        ["search", "fields", "order", "offset", "limit", "id", "title", "tags"],
    ),
    ("find document", "/api/v2/documents/find/", "", ["id"]),
    ("page preview", "/api/v2/page_preview/", "", ["content_type", "token"]),
    ("units", "/api/taxonomy/units", "", ["kind", "include_inactive"]),
    ("legal fields", "/api/taxonomy/legal-fields", "", []),
    ("sections", "/api/taxonomy/sections", "", ["locale"]),
    ("tags", "/api/taxonomy/tags", "", ["locale"]),
    (
        "oembed",
        "/api/oembed",
        "url=http%3A%2F%2Ftestserver{news_url}",
        ["url", "format", "maxwidth", "maxheight"],
    ),
    (
        "export",
        "/api/exports/activities",
        "from=2024-01-01&to=2030-12-31",
        ["from", "to", "format", "unit", "type", "locale"],
    ),
    (
        "search",
        "/api/search",
        "q=luat",
        [
            "q",
            "kind",
            "doc_type",
            "issuer",
            "field",
            "status",
            "year_from",
            "year_to",
            "unit",
            "sort",
            "page",
            "page_size",
        ],
    ),
    ("suggestions", "/api/search/suggest", "q=luat", ["q", "limit"]),
    (
        "search page",
        "/tim-kiem/",
        "q=luat",
        [
            "q",
            "page",
            "kind",
            "doc_type",
            "issuer",
            "field",
            "status",
            "year_from",
            "year_to",
            "unit",
            "sort",
        ],
    ),
    ("site feed", "/feeds/rss/", "", []),
    ("English feed", "/en/feeds/atom/", "", []),
    ("section feed", "/feeds/section/{section_slug}/atom/", "", []),
    ("embed", "/embed/{video}/", "", []),
    ("bookshelf", "{bookshelf}", "", ["page"]),
    ("bookshelf by type", "{bookshelf}loai/{doc_type}/", "", ["page"]),
    ("bookshelf by year", "{bookshelf}nam/2024/", "", ["page"]),
    ("bookshelf category", "{bookshelf}danh-muc/sach-phap-luat/", "", ["page"]),
    ("section page", "{section_url}", "", ["page"]),
    ("home page", "/", "", ["page"]),
    ("sitemap", "/sitemap.xml", "", ["p"]),
    ("sitemap section", "/sitemap-pages.xml", "", ["p"]),
    ("robots", "/robots.txt", "", []),
]
# Paths with one segment taken from the address; "{}" is the hostile segment.
SEGMENT_ROUTES = {
    "page": "/api/v2/pages/{}/",
    "image": "/api/v2/images/{}/",
    "document": "/api/v2/documents/{}/",
    "embed": "/embed/{}/",
    "section feed": "/feeds/section/{}/rss/",
    "unit feed": "/feeds/unit/{}/atom/",
    "legal field feed": "/feeds/legal-field/{}/rss/",
    "tag feed": "/feeds/tag/{}/rss/",
    "bookshelf document": "{bookshelf}van-ban/{}/",
    "bookshelf type": "{bookshelf}loai/{}/",
    "bookshelf issuer": "{bookshelf}co-quan/{}/",
    "bookshelf field": "{bookshelf}linh-vuc/{}/",
    "bookshelf year": "{bookshelf}nam/{}/",
    "bookshelf status": "{bookshelf}hieu-luc/{}/",
    "bookshelf category": "{bookshelf}danh-muc/{}/",
    "document download": "/documents/{}/to-gap.pdf",
    "captcha image": "/captcha/image/{}/",
    "captcha audio": "/captcha/audio/{}.wav",
    "sitemap section": "/sitemap-{}.xml",
    "site page": "/{}/",
    "English page": "/en/{}/",
}


def query_cases():
    for name, path, base, parameters in ENDPOINTS:
        yield pytest.param(path, base + "&unknown_parameter=1", id=f"{name}-unknown parameter")
        for parameter in parameters:
            for label, value in HOSTILE_VALUES.items():
                query = f"{base}&{parameter}={quote(value)}"
                yield pytest.param(path, query, id=f"{name}-{parameter}-{label}")
            for label, template in HOSTILE_QUERIES.items():
                query = f"{base}&{template.format(name=parameter)}"
                yield pytest.param(path, query, id=f"{name}-{parameter}-{label}")


def segment_cases():
    for name, route in SEGMENT_ROUTES.items():
        for label, segment in HOSTILE_SEGMENTS.items():
            yield pytest.param(route, segment, id=f"{name}-{label}")


@pytest.fixture(scope="module")
def content(django_db_setup, django_db_blocker):
    """Built once and rolled back after the module; each test runs in a savepoint."""
    with django_db_blocker.unblock(), transaction.atomic():
        unit = UnitFactory(name="Sở Tư pháp", kind=Unit.Kind.DEPARTMENT)
        section = SectionPageFactory(title="Tin tức pháp luật", unit=unit)
        field = LegalFieldFactory(name="Đất đai")
        pages = one_of_each_type(section, ImageFactory(), DocumentFactory(), field)
        pages["news"].tags.add("đất đai")
        pages["news"].save_revision().publish()
        bookshelf = add_published(home_page(), BookshelfPage(title="Tủ sách pháp luật"))
        doc_type = DocumentTypeFactory(name="Luật")
        LegalDocumentFactory(
            number="31/2024/QH15",
            title="Luật Đất đai",
            doc_type=doc_type,
            issuer=IssuingBodyFactory(name="Quốc hội"),
            issued_date=datetime.date(2024, 1, 18),
            legal_fields=[field],
        )
        yield {
            "news": pages["news"].pk,
            "news_url": quote(pages["news"].url, safe=""),
            "video": pages["video"].pk,
            "image": pages["news"].cover_image_id,
            "section_slug": section.slug,
            "section_url": section.url,
            "bookshelf": bookshelf.url,
            "doc_type": doc_type.slug,
        }
        transaction.set_rollback(True)


def assert_answered_clearly(response, path, not_implemented=False):
    # oEmbed answers 501 to a format other than json, as its specification says.
    allowed = {501} if not_implemented else set()
    assert response.status_code < 500 or response.status_code in allowed, response.content[:500]
    # A CAPTCHA image (django-simple-captcha) for an unknown key is an empty 410.
    if response.status_code < 400 or response.status_code == 405 or path.startswith("/captcha/"):
        return
    if path.startswith("/api/"):
        detail = response.json()["detail"]
        assert isinstance(detail, str)
        assert detail.strip()
    elif path.endswith((".xml", ".txt", "/rss/", "/atom/")):
        assert response.content
    else:
        languages = ("vi", "en") if path.startswith("/en/") else ("vi",)
        assert any(f'<html lang="{code}">' in response.content.decode() for code in languages)


@pytest.mark.parametrize(("path", "query"), list(query_cases()))
def test_no_parameter_value_gives_a_server_error(client, db, content, path, query):
    path = path.format(**content)
    response = client.get(f"{path}?{query.format(**content).lstrip('&')}")
    assert_answered_clearly(response, path, not_implemented=path == "/api/oembed")


@pytest.mark.parametrize(("route", "segment"), list(segment_cases()))
def test_no_path_segment_gives_a_server_error(client, db, content, route, segment):
    path = route.replace("{}", "\0").format(**content).replace("\0", segment)
    response = client.get(path)
    assert_answered_clearly(response, path)
    assert response.status_code in (400, 404, 410, 301, 302)


# Percent-encoded values: any text, any number, the table's inputs, and raw bytes (most
# of them not UTF-8).
encoded_values = st.one_of(
    st.text(max_size=200).map(lambda text: quote(text, safe="")),
    st.integers().map(str),
    st.sampled_from([quote(value, safe="") for value in HOSTILE_VALUES.values()]),
    st.binary(max_size=12).map(lambda raw: quote_from_bytes(raw, safe="")),
)
EXPLORED = [
    endpoint
    for endpoint in ENDPOINTS
    if endpoint[0]
    in ("pages", "news pages", "images", "oembed", "export", "search", "search page", "bookshelf")
]


@pytest.mark.parametrize(
    ("path", "base", "parameters"),
    [pytest.param(path, base, parameters, id=name) for name, path, base, parameters in EXPLORED],
)
@settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_no_query_string_gives_a_server_error(client, db, content, path, base, parameters, data):
    names = st.sampled_from([*parameters, "khac"])
    pairs = data.draw(st.lists(st.tuples(names, encoded_values), min_size=1, max_size=4))
    query = "&".join([base.format(**content), *(f"{name}={value}" for name, value in pairs)])
    path = path.format(**content)
    response = client.get(f"{path}?{query.lstrip('&')}")
    assert_answered_clearly(response, path, not_implemented=path == "/api/oembed")
