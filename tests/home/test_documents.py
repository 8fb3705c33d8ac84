"""Private documents (in a collection with a view restriction) leave the site only through
Wagtail's document view, which asks for the collection's password: whatever links to
them, the API, feeds, embeds and the bookshelf hand out only that view's URL."""

import re

import pytest
from axes.models import AccessAttempt

from django.core.files.base import ContentFile
from django.urls import reverse

from wagtail.models import Collection, CollectionViewRestriction
from wagtail.utils import sendfile as wagtail_sendfile

from bookshelf.models import BookshelfPage, LegalDocumentAttachment
from demo.pages import add_published
from demo.samples import one_of_each_type
from publications.models import VideoPage
from tests.factories import DocumentFactory, LegalDocumentFactory, home_page

SECRET_BYTES = b"%PDF-1.4\n% Bao cao noi bo: khong cong bo\n%%EOF\n"
COLLECTION_PASSWORD = "noi-bo-2026"


@pytest.fixture
def private_collection(db):
    collection = Collection.get_first_root_node().add_child(name="Tài liệu nội bộ")
    CollectionViewRestriction.objects.create(
        collection=collection,
        restriction_type=CollectionViewRestriction.PASSWORD,
        password=COLLECTION_PASSWORD,
    )
    return collection


@pytest.fixture
def private_document(private_collection):
    return DocumentFactory(
        title="Báo cáo nội bộ",
        collection=private_collection,
        file=ContentFile(SECRET_BYTES, name="bao-cao-noi-bo.pdf"),
    )


def document_urls(document, text):
    return set(re.findall(rf"(?:https?://[^/\"'<\s]+)?/documents/{document.pk}/[^\"'<\s]+", text))


def asks_for_the_password(client, url):
    response = client.get(url)
    return (
        response.status_code == 200
        and "wagtaildocs/password_required.html" in [t.name for t in response.templates]
        and SECRET_BYTES not in response.content
    )


def pass_the_password(client, document):
    restriction = CollectionViewRestriction.objects.get()
    return client.post(
        reverse("wagtaildocs_authenticate_with_password", args=[restriction.pk]),
        {"password": COLLECTION_PASSWORD, "return_url": document.url},
    )


def test_the_documents_api_leaves_out_private_documents(client, private_document, document):
    nested = DocumentFactory(collection=private_document.collection.add_child(name="Quý 1"))

    listed = [item["id"] for item in client.get("/api/v2/documents/").json()["items"]]

    assert listed == [document.pk]
    for hidden in (private_document, nested):
        assert client.get(f"/api/v2/documents/{hidden.pk}/").status_code == 404


def test_the_api_does_not_list_them_even_to_a_visitor_who_has_the_password(
    client, private_document, document
):
    """API responses are public and kept in the shared response cache, which does not
    look at sessions: a listing made for one visitor is served to everyone."""
    pass_the_password(client, private_document)

    listed = [item["id"] for item in client.get("/api/v2/documents/").json()["items"]]

    assert listed == [document.pk]
    assert client.get(f"/api/v2/documents/{private_document.pk}/").status_code == 404


def test_every_link_to_a_private_document_asks_for_its_password(
    client, justice_section, image, private_document, land_field
):
    pages = one_of_each_type(justice_section, image, private_document, land_field)
    video = add_published(
        justice_section,
        VideoPage(title="Video tập huấn nội bộ", summary="Tập huấn.", video_file=private_document),
    )
    bookshelf = add_published(
        home_page(), BookshelfPage(title="Tủ sách pháp luật", summary="Văn bản")
    )
    law = LegalDocumentFactory(title="Luật Đất đai")
    LegalDocumentAttachment.objects.create(legal_document=law, document=private_document)
    sources = {
        "news page": pages["news"].url,
        "e-book page": pages["ebook"].url,
        "leaflet page": pages["leaflet"].url,
        "video page": video.url,
        "video embed": f"/embed/{video.pk}/",
        "content API": f"/api/v2/pages/{pages['news'].pk}/",
        "feed": "/feeds/rss/",
        "bookshelf": law.get_url(),
    }
    assert bookshelf.live

    for source, url in sources.items():
        urls = document_urls(private_document, client.get(url).content.decode())
        assert urls, f"the {source} links the document"
        assert all(asks_for_the_password(client, link) for link in urls), source


def test_the_password_opens_the_file_and_no_shared_cache_keeps_it(client, private_document):
    asked = client.get(private_document.url)

    passed = pass_the_password(client, private_document)
    served = client.get(private_document.url)

    assert "private" in asked["Cache-Control"]
    assert passed.status_code == 302
    assert b"".join(served.streaming_content) == SECRET_BYTES
    assert "private" in served["Cache-Control"] and "no-store" in served["Cache-Control"]


def test_public_documents_stay_cacheable(client, document):
    response = client.get(document.url)

    assert response.status_code == 200
    assert "Cache-Control" not in response


def test_guessing_a_collection_password_is_locked_out(client, private_document):
    restriction = CollectionViewRestriction.objects.get()
    url = reverse("wagtaildocs_authenticate_with_password", args=[restriction.pk])
    for n in range(5):
        client.post(url, {"password": f"doan-{n}", "return_url": private_document.url})

    refused = client.post(url, {"password": COLLECTION_PASSWORD, "return_url": "/"})

    assert refused.status_code == 429
    assert "Mật khẩu của tài liệu này đã bị nhập sai" in refused.content.decode()
    assert (
        AccessAttempt.objects.get().username == f"collection-password:{restriction.collection_id}"
    )


@pytest.fixture
def behind_nginx(settings):
    settings.SENDFILE_BACKEND = "home.sendfile_nginx"
    settings.SENDFILE_ROOT = settings.MEDIA_ROOT
    settings.SENDFILE_URL = "/internal-media/"
    wagtail_sendfile._get_sendfile.clear()
    yield
    wagtail_sendfile._get_sendfile.clear()


def test_in_production_nginx_sends_the_file(client, behind_nginx, db):
    document = DocumentFactory(file=ContentFile(b"%PDF-1.4\n", name="Tờ gấp luật đất đai.pdf"))

    response = client.get(document.url)

    stored = document.file.name  # documents/<name as stored>
    assert response["X-Accel-Redirect"].startswith("/internal-media/documents/")
    assert response["X-Accel-Redirect"] == "/internal-media/" + re.sub(
        r"[^A-Za-z0-9/._~-]",
        lambda match: "".join(f"%{byte:02X}" for byte in match.group().encode()),
        stored,
    )
    assert response.content == b""
    assert response.get("Content-Length", "0") == "0"
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Security-Policy"] == "default-src 'none'"


def test_behind_nginx_a_private_file_is_still_refused(client, behind_nginx, private_document):
    response = client.get(private_document.url)

    assert "X-Accel-Redirect" not in response
    assert asks_for_the_password(client, private_document.url)
