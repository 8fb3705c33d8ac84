"""Citizens browse the legal bookshelf: its index, each document's page, and the lists
by type, issuing body, legal field, year, effect status and category."""

import datetime
import json
import re

import pytest

from django.urls import reverse

from wagtail.test.utils import WagtailPageTestCase

from bookshelf.models import BookshelfPage, EffectStatus, LegalDocumentAttachment
from demo.pages import add_published
from home.models import HomePage
from tests.factories import (
    DocumentTypeFactory,
    IssuingBodyFactory,
    LegalDocumentFactory,
    LegalFieldFactory,
    home_page,
)

LAND_LAW_BODY = (
    "<p>Chương I</p><p>QUY ĐỊNH CHUNG</p>"
    "<p><strong>Điều 1.</strong> Phạm vi điều chỉnh</p>"
    "<p>Luật này quy định về chế độ sở hữu đất đai.</p>"
    "<p>Chương II</p><p>QUYỀN CỦA NHÀ NƯỚC ĐỐI VỚI ĐẤT ĐAI</p>"
    "<p>Mục 1</p><p>QUYỀN CỦA NHÀ NƯỚC</p>"
    "<p><strong>Điều 12.</strong> Quyền của Nhà nước</p>"
    "<p>Nhà nước quyết định mục đích sử dụng đất.</p>"
)


@pytest.fixture
def bookshelf(db):
    return add_published(
        home_page(), BookshelfPage(title="Tủ sách pháp luật", summary="Văn bản, sách")
    )


@pytest.fixture
def land_law(db, land_field):
    return LegalDocumentFactory(
        number="31/2024/QH15",
        title="Luật Đất đai",
        doc_type=DocumentTypeFactory(name="Luật"),
        issuer=IssuingBodyFactory(name="Quốc hội"),
        issued_date=datetime.date(2024, 1, 18),
        effective_date=datetime.date(2024, 8, 1),
        signer="Vương Đình Huệ",
        signer_title="Chủ tịch Quốc hội",
        summary="Quy định chế độ sở hữu đất đai.",
        body=LAND_LAW_BODY,
        legal_fields=[land_field],
    )


@pytest.fixture
def decree(db):
    return LegalDocumentFactory(
        number="102/2024/NĐ-CP",
        title="Nghị định quy định chi tiết một số điều của Luật Đất đai",
        issued_date=datetime.date(2024, 7, 30),
    )


@pytest.fixture
def draft(db):
    return LegalDocumentFactory(
        number="999/2024/NĐ-CP", title="Nghị định còn là bản nháp", live=False
    )


def route(bookshelf, name, *args):
    return bookshelf.url + bookshelf.reverse_subpage(name, args=list(args))


def html_of(response):
    assert response.status_code == 200
    return response.content.decode()


class TestPageTree(WagtailPageTestCase):
    def test_bookshelf_has_no_children(self):
        self.assertAllowedSubpageTypes(BookshelfPage, set())

    def test_editors_preview_the_bookshelf(self):
        bookshelf = add_published(home_page(), BookshelfPage(title="Tủ sách pháp luật"))
        self.assertPageIsPreviewable(bookshelf)

    def test_editors_can_add_the_bookshelf_under_the_home_page(self):
        self.assertAllowedParentPageTypes(BookshelfPage, {HomePage})
        self.assertCanCreateAt(HomePage, BookshelfPage)


class TestIndex:
    def test_shows_categories_newest_documents_browse_lists_and_search(
        self, client, bookshelf, land_law, decree, draft, one_of_each
    ):
        html = html_of(client.get(bookshelf.url))
        assert land_law.title in html and decree.title in html
        assert draft.title not in html
        # Categories with their counts: two documents, one e-book, leaflet and lecture.
        for category, count in [
            ("van-ban-phap-luat", 2),
            ("sach-dien-tu", 1),
            ("to-gap", 1),
            ("bai-giang", 1),
        ]:
            link = re.search(
                rf'href="{route(bookshelf, "category", category)}">[^<]*<span[^>]*>(\d+)', html
            )
            assert link and int(link.group(1)) == count, category
        assert f'href="{route(bookshelf, "by_type", "luat")}"' in html
        assert f'href="{route(bookshelf, "by_issuer", "quoc-hoi")}"' in html
        assert f'href="{route(bookshelf, "by_legal_field", "dat-dai")}"' in html
        assert f'href="{route(bookshelf, "by_year", 2024)}"' in html
        assert f'href="{route(bookshelf, "by_status", "con-hieu-luc")}"' in html
        # The search box searches documents on the site's search page.
        form = re.search(
            r'<form[^>]*action="([^"]+)"[^>]*>(.*?)</form>', html.split("<main")[1], re.S
        )
        assert form.group(1) == reverse("search") == "/tim-kiem/"
        assert 'name="kind" value="legal_document"' in form.group(2)
        assert one_of_each["ebook"].title in html

    def test_costs_the_same_queries_however_many_documents(
        self, client, bookshelf, django_assert_max_num_queries
    ):
        LegalDocumentFactory.create_batch(2)
        html_of(client.get(bookshelf.url))  # Settings and the bookshelf's address, once.
        with django_assert_max_num_queries(30) as few:
            html_of(client.get(bookshelf.url))
        two_documents = len(few.captured_queries)
        LegalDocumentFactory.create_batch(
            12, doc_type=DocumentTypeFactory(name="Thông tư"), legal_fields=[LegalFieldFactory()]
        )
        # New documents retire what was read once per content version (the bookshelf,
        # the names of lists): the first request after them reads it again.
        html_of(client.get(bookshelf.url))
        with django_assert_max_num_queries(two_documents):
            html_of(client.get(bookshelf.url))


class TestDocumentPage:
    def test_shows_metadata_status_contents_and_anchored_text(self, client, bookshelf, land_law):
        html = html_of(client.get(route(bookshelf, "legal_document", land_law.slug)))
        assert "<h1>Luật Đất đai</h1>" in html
        assert "31/2024/QH15" in html
        assert "status--con_hieu_luc" in html and "Còn hiệu lực" in html
        assert "<dt>Cơ quan ban hành</dt>" in html and "Quốc hội" in html
        assert "Vương Đình Huệ (Chủ tịch Quốc hội)" in html
        assert "18/01/2024" in html and "01/08/2024" in html
        assert f'href="{route(bookshelf, "by_legal_field", "dat-dai")}"' in html
        # The table of contents links to anchors set in the full text.
        assert '<a href="#chuong-ii-muc-1">Mục 1. QUYỀN CỦA NHÀ NƯỚC</a>' in html
        assert '<p id="chuong-ii-muc-1">Mục 1</p>' in html
        assert '<a href="#dieu-12">Điều 12. Quyền của Nhà nước</a>' in html
        assert '<p id="dieu-12"><strong>Điều 12.</strong>' in html

    def test_describes_the_document_as_schema_org_legislation(self, client, bookshelf, land_law):
        html = html_of(client.get(route(bookshelf, "legal_document", land_law.slug)))
        script = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
        data = json.loads(script.group(1))
        assert data["@type"] == "Legislation"
        assert data["legislationIdentifier"] == "31/2024/QH15"
        assert data["legislationType"] == "Luật"
        assert data["legislationPassedBy"]["name"] == "Quốc hội"
        assert data["legislationDate"] == "2024-01-18"
        assert data["legislationLegalForce"] == "https://schema.org/InForce"
        assert data["about"] == [{"@type": "Thing", "name": "Đất đai"}]
        assert data["url"] == f"http://localhost{route(bookshelf, 'legal_document', land_law.slug)}"
        assert f'<link rel="canonical" href="{data["url"]}">' in html

    def test_document_without_number_has_no_identifier(self, client, bookshelf):
        constitution = LegalDocumentFactory(
            number="Không số",
            title="Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam",
            status=EffectStatus.PARTLY_EXPIRED,
        )
        html = html_of(client.get(constitution.get_url()))
        data = json.loads(re.search(r'ld\+json">(.*?)</script>', html, re.S).group(1))
        assert "legislationIdentifier" not in data
        assert data["legislationLegalForce"] == "https://schema.org/PartiallyInForce"
        assert "<title>Hiến pháp" in html

    def test_drafts_and_unknown_documents_are_not_found(self, client, bookshelf, draft):
        assert client.get(route(bookshelf, "legal_document", draft.slug)).status_code == 404
        assert client.get(route(bookshelf, "legal_document", "khong-co")).status_code == 404

    def test_attachments_are_listed_with_their_size(self, client, bookshelf, land_law, document):
        LegalDocumentAttachment.objects.create(
            legal_document=land_law, document=document, title="Toàn văn (bản ký số)"
        )
        html = html_of(client.get(land_law.get_url()))
        assert f'href="{document.url}"' in html
        assert "Tải Toàn văn (bản ký số) (PDF)" in html
        assert "download__size" in html

    def test_a_draft_bookshelf_serves_nothing(self, client, bookshelf, land_law):
        url = land_law.get_url()
        bookshelf.unpublish()
        assert client.get(url).status_code == 404
        assert land_law.get_url() is None


class TestListings:
    @pytest.fixture
    def documents(self, land_law, decree, draft):
        repealed = LegalDocumentFactory(
            number="45/2013/QH13",
            title="Luật Đất đai 2013",
            doc_type=land_law.doc_type,
            issuer=land_law.issuer,
            issued_date=datetime.date(2013, 11, 29),
            status=EffectStatus.EXPIRED,
        )
        return {"land_law": land_law, "decree": decree, "draft": draft, "repealed": repealed}

    @pytest.mark.parametrize(
        "name, argument, expected, excluded",
        [
            ("by_type", "luat", ["land_law", "repealed"], ["decree"]),
            ("by_type", "nghi-dinh", ["decree"], ["land_law", "draft"]),
            ("by_issuer", "quoc-hoi", ["land_law", "repealed"], ["decree"]),
            ("by_legal_field", "dat-dai", ["land_law"], ["decree", "repealed"]),
            ("by_year", 2013, ["repealed"], ["land_law", "decree"]),
            ("by_year", 2024, ["land_law", "decree"], ["repealed", "draft"]),
            ("by_status", "het-hieu-luc-toan-bo", ["repealed"], ["land_law", "decree"]),
            ("by_status", "con-hieu-luc", ["land_law", "decree"], ["repealed", "draft"]),
            ("category", "van-ban-phap-luat", ["land_law", "decree", "repealed"], ["draft"]),
        ],
    )
    def test_lists_what_it_names(
        self, client, bookshelf, documents, name, argument, expected, excluded
    ):
        html = html_of(client.get(route(bookshelf, name, argument)))
        for key in expected:
            assert f'href="{documents[key].get_url()}"' in html, key
        for key in excluded:
            assert f"/{documents[key].slug}/" not in html, key
        assert f"{len(expected)} văn bản" in html

    def test_lists_newest_first_and_paginates(self, client, bookshelf):
        days = [datetime.date(2020, 1, 1) + datetime.timedelta(n) for n in range(25)]
        # Titles of one length: none is the beginning of another ("số 1" of "số 19").
        decrees = [
            LegalDocumentFactory(issued_date=day, title=f"Nghị định ban hành ngày {day:%d/%m/%Y}")
            for day in days
        ]
        first = html_of(client.get(route(bookshelf, "by_type", "nghi-dinh")))
        second = html_of(client.get(route(bookshelf, "by_type", "nghi-dinh"), {"page": 2}))
        assert decrees[-1].title in first and decrees[0].title not in first
        assert decrees[0].title in second and decrees[-1].title not in second
        assert first.index(decrees[-1].title) < first.index(decrees[-2].title)
        assert "?page=2" in first

    @pytest.mark.parametrize(
        "name, argument",
        [
            ("by_type", "khong-co"),
            ("by_issuer", "khong-co"),
            ("by_legal_field", "khong-co"),
            ("by_year", 1890),
            ("by_year", 0),
            ("by_year", 10_000),
            ("by_year", 9 * 10**24),
            ("by_status", "con_hieu_luc"),
            ("category", "khong-co"),
        ],
    )
    def test_unknown_lists_are_not_found(self, client, bookshelf, documents, name, argument):
        assert client.get(route(bookshelf, name, argument)).status_code == 404

    @pytest.mark.parametrize(
        "category, kind",
        [("sach-dien-tu", "ebook"), ("to-gap", "leaflet"), ("bai-giang", "lecture")],
    )
    def test_publication_categories_list_live_public_pages(
        self, client, bookshelf, one_of_each, category, kind
    ):
        page = one_of_each[kind]
        draft = page.copy(
            to=page.get_parent(),
            update_attrs={"title": "Bản nháp chưa xuất bản", "slug": "ban-nhap", "live": False},
        )
        html = html_of(client.get(route(bookshelf, "category", category)))
        assert f'href="{page.url}"' in html
        assert draft.title not in html
        others = [other for key, other in one_of_each.items() if key != kind]
        assert all(other.title not in html for other in others)

    @pytest.mark.parametrize("name, argument", [("by_type", "nghi-dinh"), ("by_year", 2024)])
    def test_cost_no_query_per_row(
        self, client, bookshelf, name, argument, django_assert_max_num_queries
    ):
        LegalDocumentFactory.create_batch(2, issued_date=datetime.date(2024, 3, 1))
        html_of(client.get(route(bookshelf, name, argument)))
        with django_assert_max_num_queries(20) as few:
            html_of(client.get(route(bookshelf, name, argument)))
        two_rows = len(few.captured_queries)
        LegalDocumentFactory.create_batch(
            15,
            issued_date=datetime.date(2024, 3, 1),
            issuer=IssuingBodyFactory(name="Thủ tướng Chính phủ"),
        )
        # New documents retire what was read once per content version (the bookshelf,
        # the names of lists): the first listing after them reads it again.
        html_of(client.get(route(bookshelf, name, argument)))
        with django_assert_max_num_queries(two_rows):
            html = html_of(client.get(route(bookshelf, name, argument)))
        assert html.count('class="document-item"') == 17

    def test_publication_category_costs_no_query_per_card(
        self, client, bookshelf, justice_section, image, document, django_assert_max_num_queries
    ):
        from publications.models import LeafletPage

        def leaflets(count):
            for n in range(count):
                add_published(
                    justice_section,
                    LeafletPage(
                        title=f"Tờ gấp số {n}",
                        summary="Tờ gấp",
                        pdf=document,
                        cover_image=image,
                        panels=[("panel", {"image": image, "alt_text": "Mặt", "text": "x"})],
                    ),
                )

        leaflets(2)
        url = route(bookshelf, "category", "to-gap")
        html_of(client.get(url))
        with django_assert_max_num_queries(25) as few:
            html_of(client.get(url))
        leaflets(10)
        with django_assert_max_num_queries(len(few.captured_queries)):
            html = html_of(client.get(url))
        assert html.count('class="card"') == 12


class TestDocumentUrl:
    def test_is_none_without_a_live_bookshelf(self, land_law):
        assert BookshelfPage.document_url(land_law) is None

    def test_points_into_the_bookshelf(self, bookshelf, land_law, rf):
        path = f"/tu-sach-phap-luat/van-ban/{land_law.slug}/"
        assert land_law.slug == "31-2024-qh15-luat-dat-dai"
        assert BookshelfPage.document_url(land_law) == path
        assert BookshelfPage.document_url(land_law, full=True) == f"http://localhost{path}"
        assert land_law.get_url(rf.get("/")) == path

    def test_costs_no_query_once_the_bookshelf_is_known(
        self, bookshelf, land_law, decree, rf, django_assert_num_queries
    ):
        request = rf.get("/api/search/")
        BookshelfPage.document_url(land_law)
        BookshelfPage.document_url(land_law, request=request, full=True)
        with django_assert_num_queries(0):
            urls = [BookshelfPage.document_url(document) for document in (land_law, decree) * 20]
            full_urls = [
                BookshelfPage.document_url(document, request=request, full=True)
                for document in (land_law, decree) * 20
            ]
        assert len(set(urls)) == 2
        assert {url.removeprefix("http://localhost") for url in full_urls} == set(urls)

    def test_follows_a_renamed_bookshelf(self, bookshelf, land_law):
        assert land_law.get_url().startswith("/tu-sach-phap-luat/")
        bookshelf.slug = "thu-vien"
        bookshelf.save_revision().publish()
        assert land_law.get_url().startswith("/thu-vien/van-ban/")


class TestSitemap:
    def test_lists_published_documents_under_the_bookshelf(
        self, client, bookshelf, land_law, draft
    ):
        pages = client.get("/sitemap-pages.xml").content.decode()
        assert f"<loc>http://localhost{bookshelf.url}</loc>" in pages
        documents = client.get("/sitemap-documents.xml").content.decode()
        assert f"<loc>http://testserver{land_law.get_url()}</loc>" in documents
        assert draft.slug not in documents

    def test_documents_have_their_own_paginated_section(self, client, bookshelf, land_law):
        from delivery.sitemaps import LegalDocumentSitemap

        index = client.get("/sitemap.xml").content.decode()
        assert "sitemap-documents.xml" in index
        assert LegalDocumentSitemap.limit <= 50_000
