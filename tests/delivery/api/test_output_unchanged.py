"""The content API answers exactly as it did when ``golden/api_output.json`` was recorded:
every page type, detail and listing, every rich text format, field selections
(``*``, ``_``, ``-field``, nested), filters, and the image and document endpoints.

The recording was made with the serializers that walked StreamField JSON themselves,
before blocks gave their own API representation and before page representations were
cached; it is the reference any later way of building the answers has to match. Record
it again (after a deliberate change of the API's output) with
``API_GOLDEN_WRITE=1 pytest tests/delivery/api/test_output_unchanged.py``, and review the
diff.
"""

import json
import os
from pathlib import Path
from unittest import mock

import pytest

from delivery.api.views import PagesAPIViewSet

from . import golden_content as golden

pytestmark = pytest.mark.django_db

GOLDEN = Path(__file__).parent / "golden" / "api_output.json"
FORMATS = ["html", "db_html", "markdown", "db_markdown"]
DETAIL_PAGES = [
    "home",
    "section",
    "linked_news",
    "news",
    "infographic",
    "linked_video",
    "file_video",
    "leaflet",
    "ebook",
    "lecture",
    "bookshelf",
    "contest",
    "quiz",
]
TYPES = [
    "home.HomePage",
    "home.SectionPage",
    "publications.LegalNewsPage",
    "publications.InfographicPage",
    "publications.VideoPage",
    "publications.LeafletPage",
    "publications.EBookPage",
    "publications.LecturePage",
    "bookshelf.BookshelfPage",
    "quizzes.ContestPage",
    "quizzes.QuizPage",
]


def page_urls():
    urls = []
    for name in DETAIL_PAGES:
        detail = f"/api/v2/pages/{getattr(golden, name.upper())}/"
        urls += [detail, f"{detail}?fields=*", f"{detail}?fields=_,title"]
        urls += [f"{detail}?rich_text_format={text_format}" for text_format in FORMATS]
    news = f"/api/v2/pages/{golden.NEWS}/"
    urls += [
        f"{news}?fields=-summary,-cover_image,-body",
        f"{news}?fields=_,title,cover_image(title,width)",
        f"{news}?fields=_,title,unit(name)",
        f"{news}?fields=_,title,body(type)",
        f"{news}?fields=_,title,parent",
        f"/api/v2/pages/{golden.PRIVATE_NEWS}/",
        f"/api/v2/pages/{golden.DRAFT_NEWS}/",
    ]
    return urls


def listing_urls():
    pages = "/api/v2/pages/?order=id"
    urls = [pages, f"{pages}&fields=*", f"{pages}&fields=_,title"]
    for page_type in TYPES:
        typed = f"{pages}&type={page_type}"
        urls += [typed, f"{typed}&fields=_,title,summary"]
        urls += [f"{typed}&fields=*&rich_text_format={text_format}" for text_format in FORMATS]
        urls.append(f"{typed}&fields=*")
    news = f"{pages}&type=publications.LegalNewsPage"
    urls += [
        f"{news}&fields=title,cover_image(title,width)",
        f"{news}&fields=*,cover_image(id),-body",
        f"{news}&fields=_,unit(name)",
        f"{news}&fields=_,legal_fields(name)",
        f"{news}&fields=_,body(type)",
        f"{news}&fields=*,-body,-tags,-unit",
        f"{pages}&type=publications.LegalNewsPage,publications.VideoPage&fields=*",
        "/api/v2/pages/?type=publications.LegalNewsPage&search=dat dai&fields=*",
        f"/api/v2/pages/?unit={golden.UNIT}&order=-first_published_at&fields=*&limit=3&offset=1",
        f"/api/v2/pages/?child_of={golden.SECTION}&order=title&fields=_,title",
        f"/api/v2/pages/?descendant_of={golden.SECTION}&order=id&fields=*&limit=50",
        f"{pages}&tag=giao thông&fields=*",
        f"{pages}&legal_field={golden.LAND}&fields=*",
    ]
    return urls


def media_urls():
    return [
        "/api/v2/images/?order=id",
        "/api/v2/images/?order=id&fields=*",
        f"/api/v2/images/{golden.COVER}/",
        "/api/v2/documents/?order=id",
        "/api/v2/documents/?order=id&fields=*",
        f"/api/v2/documents/{golden.LAW_PDF}/",
    ]


URLS = page_urls() + listing_urls() + media_urls()


@pytest.fixture
def golden_pages(settings, tmp_path):
    # Media of their own, so that file and rendition names carry no random suffix.
    settings.MEDIA_ROOT = tmp_path / "media"
    return golden.build()


def answer(client, url):
    response = client.get(url)
    return {"status": response.status_code, "body": json.loads(response.content)}


def canonical(value):
    """JSON text with sorted keys: the order of a JSON object's keys means nothing, and
    the keys of a table block come out in the order the database kept them (PostgreSQL's
    jsonb sorts them)."""
    return json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True)


def compare(answers, recorded):
    assert sorted(answers) == sorted(recorded), "the recorded URLs differ from the test's"
    for url, got in answers.items():
        assert canonical(got) == canonical(recorded[url]), f"the answer to {url} changed"


def test_answers_match_the_recording(client, golden_pages, settings):
    answers = {url: answer(client, url) for url in URLS}
    if os.environ.get("API_GOLDEN_WRITE") == "1":
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(canonical(answers) + "\n", encoding="utf-8")
    recorded = json.loads(GOLDEN.read_text(encoding="utf-8"))
    compare(answers, recorded)

    # The same from the cache of page representations (delivery/api/page_cache.py): first
    # rendered and kept, then taken from it without serialising any page. (This client
    # made its response cache middleware while the server-side caches were off.)
    settings.PUBLIC_CACHE_SERVER_SECONDS = 300
    compare({url: answer(client, url) for url in URLS}, recorded)
    with mock.patch.object(PagesAPIViewSet, "render", side_effect=AssertionError("rendered")):
        compare({url: answer(client, url) for url in URLS}, recorded)
