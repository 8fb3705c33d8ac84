"""Documents point at each other (amends, replaces, guides...) and pages point at the
documents they explain; readers can follow every link both ways."""

import datetime
import re

import pytest

from django.urls import reverse
from django.utils.text import slugify

from wagtail.models import PageViewRestriction
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from bookshelf.models import BookshelfPage, LegalDocumentRelation, PageLegalDocument, RelationType
from demo.pages import add_published
from publications.models import LegalNewsPage
from tests.factories import (
    DocumentTypeFactory,
    IssuingBodyFactory,
    LegalDocumentFactory,
    LegalNewsPageFactory,
    home_page,
    translate,
)


@pytest.fixture
def bookshelf(db):
    return add_published(home_page(), BookshelfPage(title="Tủ sách pháp luật"))


@pytest.fixture
def laws(db):
    law_type = DocumentTypeFactory(name="Luật")
    assembly = IssuingBodyFactory(name="Quốc hội")
    new = LegalDocumentFactory(
        number="31/2024/QH15",
        title="Luật Đất đai",
        doc_type=law_type,
        issuer=assembly,
        issued_date=datetime.date(2024, 1, 18),
    )
    old = LegalDocumentFactory(
        number="45/2013/QH13",
        title="Luật Đất đai năm 2013",
        doc_type=law_type,
        issuer=assembly,
        issued_date=datetime.date(2013, 11, 29),
    )
    decree = LegalDocumentFactory(
        number="102/2024/NĐ-CP", title="Nghị định quy định chi tiết Luật Đất đai"
    )
    return {"new": new, "old": old, "decree": decree}


def relate(source, relation_type, target=None, target_number=""):
    return LegalDocumentRelation.objects.create(
        source=source, relation_type=relation_type, target=target, target_number=target_number
    )


def section_of(html, heading):
    """The HTML of the section whose heading is ``heading``."""
    match = re.search(rf"<h2[^>]*>{heading}</h2>(.*?)</section>", html, re.S)
    assert match, heading
    return match.group(1)


class TestRelations:
    def test_are_shown_from_both_documents(self, client, bookshelf, laws):
        relate(laws["new"], RelationType.REPLACES, laws["old"])
        relate(laws["decree"], RelationType.GUIDES, laws["new"])

        new_page = section_of(
            client.get(laws["new"].get_url()).content.decode(), "Văn bản liên quan"
        )
        assert "<h3>Văn bản này thay thế</h3>" in new_page
        assert (
            f'<a href="{laws["old"].get_url()}">45/2013/QH13 – Luật Đất đai năm 2013</a>'
            in new_page
        )
        assert "<h3>Được hướng dẫn, quy định chi tiết bởi</h3>" in new_page
        assert f'href="{laws["decree"].get_url()}"' in new_page

        old_page = section_of(
            client.get(laws["old"].get_url()).content.decode(), "Văn bản liên quan"
        )
        assert "<h3>Bị thay thế bởi</h3>" in old_page
        assert f'<a href="{laws["new"].get_url()}">31/2024/QH15 – Luật Đất đai</a>' in old_page

        decree_page = client.get(laws["decree"].get_url()).content.decode()
        assert "<h3>Văn bản này hướng dẫn, quy định chi tiết</h3>" in decree_page

    def test_documents_not_on_the_bookshelf_are_named_by_number(self, client, bookshelf, laws):
        draft = LegalDocumentFactory(number="03/2025/TT-BTNMT", title="Thông tư nháp", live=False)
        relate(laws["decree"], RelationType.AMENDS, draft)
        relate(laws["decree"], RelationType.REPEALS, target_number="43/2014/NĐ-CP")

        html = section_of(
            client.get(laws["decree"].get_url()).content.decode(), "Văn bản liên quan"
        )
        assert "03/2025/TT-BTNMT" in html and "Thông tư nháp" not in html
        assert "43/2014/NĐ-CP" in html
        assert html.count("chưa có trên tủ sách") == 2
        assert draft.slug not in html

    def test_a_draft_does_not_announce_what_it_does(self, client, bookshelf, laws):
        draft = LegalDocumentFactory(
            number="04/2025/QH15", title="Luật sửa đổi (dự thảo)", live=False
        )
        relate(draft, RelationType.AMENDS, laws["new"])
        html = client.get(laws["new"].get_url()).content.decode()
        assert "04/2025/QH15" not in html
        assert "Văn bản liên quan" not in html

    def test_document_page_costs_no_query_per_relation(
        self, client, bookshelf, laws, django_assert_max_num_queries
    ):
        relate(laws["new"], RelationType.REPLACES, laws["old"])
        url = laws["new"].get_url()
        client.get(url)
        with django_assert_max_num_queries(40) as few:
            client.get(url)
        one_relation = len(few.captured_queries)
        for n in range(10):
            relate(
                laws["new"],
                RelationType.REPEALS,
                LegalDocumentFactory(number=f"{n + 1}/2010/NĐ-CP"),
            )
            relate(
                LegalDocumentFactory(number=f"{n + 1}/2025/NĐ-CP"), RelationType.GUIDES, laws["new"]
            )
        # New documents retire what was read once per content version (the bookshelf,
        # the names of lists): the first request after them reads it again.
        client.get(url)
        with django_assert_max_num_queries(one_relation):
            html = client.get(url).content.decode()
        assert html.count("/2010/NĐ-CP") == 10 and html.count("/2025/NĐ-CP") == 10


class TestPagesExplainingDocuments:
    @pytest.fixture
    def news(self, justice_section, laws):
        page = LegalNewsPageFactory(parent=justice_section, title="Những điểm mới của Luật Đất đai")
        for order, document in enumerate((laws["new"], laws["decree"])):
            PageLegalDocument.objects.create(page=page, legal_document=document, sort_order=order)
        return page

    def test_page_lists_the_documents_it_introduces(self, client, bookshelf, news, laws):
        draft = LegalDocumentFactory(number="05/2025/QH15", title="Luật chưa ban hành", live=False)
        PageLegalDocument.objects.create(page=news, legal_document=draft, sort_order=3)
        html = section_of(
            client.get(news.url).content.decode(), "Văn bản pháp luật được giới thiệu"
        )
        assert f'<a href="{laws["new"].get_url()}">31/2024/QH15 – Luật Đất đai</a>' in html
        assert html.index("31/2024/QH15") < html.index("102/2024/NĐ-CP")
        assert "Luật chưa ban hành" not in html

    def test_document_lists_the_pages_back(self, client, bookshelf, news, laws, justice_section):
        hidden = LegalNewsPageFactory(parent=justice_section, title="Bài chỉ dành cho cán bộ")
        PageViewRestriction.objects.create(page=hidden, restriction_type="login")
        draft = LegalNewsPageFactory(parent=justice_section, title="Bài chưa duyệt", live=False)
        for page in (hidden, draft):
            PageLegalDocument.objects.create(page=page, legal_document=laws["new"])

        html = section_of(
            client.get(laws["new"].get_url()).content.decode(),
            "Bài viết, tài liệu giới thiệu văn bản này",
        )
        assert f'<a href="{news.url}">{news.title}</a>' in html
        assert "Tin pháp luật" in html
        assert hidden.title not in html and draft.title not in html

    def test_translations_do_not_repeat_the_page(self, client, bookshelf, news, laws):
        english = translate(news, {news.title: "What is new in the Land Law"})
        assert english.legal_document_links.count() == 2
        html = client.get(laws["new"].get_url()).content.decode()
        assert news.title in html and "What is new in the Land Law" not in html

    def test_without_links_the_page_shows_no_documents(self, client, bookshelf, justice_section):
        page = LegalNewsPageFactory(parent=justice_section)
        assert "Văn bản pháp luật được giới thiệu" not in client.get(page.url).content.decode()


class TestLinkingInTheAdmin:
    """The links are an inline panel on every content page: they are saved with the
    page, kept in its revisions and shown once the page is published."""

    def page_form(self, title, documents, page=None, **extra):
        """The edit form as the admin posts it: links the page has come first, with
        their ids, then the new ones."""
        existing = list(page.legal_document_links.all()) if page else []
        forms = [{"id": link.pk, "legal_document": link.legal_document_id} for link in existing]
        linked = {link.legal_document_id for link in existing}
        forms += [{"legal_document": doc.pk} for doc in documents if doc.pk not in linked]
        return nested_form_data(
            {
                "title": title,
                "slug": slugify(title, allow_unicode=True),
                "summary": "Tóm tắt",
                "body": streamfield([("paragraph", rich_text("<p>Nội dung.</p>"))]),
                "tags": "",
                "comments": inline_formset([]),
                "legal_document_links": inline_formset(forms, initial=len(existing)),
                "social_posts": inline_formset([]),
                **extra,
            }
        )

    def test_every_content_page_has_the_panel(self, client, board_member, one_of_each):
        client.force_login(board_member)
        for page in one_of_each.values():
            response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
            assert response.status_code == 200
            assert "Văn bản pháp luật được giới thiệu" in response.content.decode()

    def test_board_links_documents_drafts_and_publishes(
        self, client, board_member, bookshelf, justice_section, laws
    ):
        client.force_login(board_member)
        add_url = reverse(
            "wagtailadmin_pages:add", args=["publications", "legalnewspage", justice_section.pk]
        )
        title = "Hỏi đáp Luật Đất đai"
        response = client.post(add_url, self.page_form(title, [laws["new"]]))
        assert response.status_code == 302
        page = LegalNewsPage.objects.get(title=title)
        assert [link.legal_document for link in page.legal_document_links.all()] == [laws["new"]]
        revision = page.latest_revision.as_object()
        assert [link.legal_document_id for link in revision.legal_document_links.all()] == [
            laws["new"].pk
        ]
        assert title not in client.get(laws["new"].get_url()).content.decode()

        edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        response = client.post(
            edit_url,
            self.page_form(title, [laws["decree"]], page=page, **{"action-publish": "1"}),
        )
        assert response.status_code == 302
        page.refresh_from_db()
        assert page.live
        assert [link.legal_document for link in page.legal_document_links.all()] == [
            laws["new"],
            laws["decree"],
        ]
        assert title in client.get(laws["decree"].get_url()).content.decode()

    def test_changes_wait_in_a_draft_until_published(
        self, client, board_member, bookshelf, justice_section, laws
    ):
        page = LegalNewsPageFactory(parent=justice_section, title="Tin đã đăng")
        client.force_login(board_member)
        edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        response = client.post(edit_url, self.page_form(page.title, [laws["old"]]))
        assert response.status_code == 302
        assert not PageLegalDocument.objects.filter(page=page).exists()
        assert page.title not in client.get(laws["old"].get_url()).content.decode()

        page.refresh_from_db()
        page.get_latest_revision().publish()
        assert page.title in client.get(laws["old"].get_url()).content.decode()

    def test_the_same_document_twice_is_refused(self, client, board_member, justice_section, laws):
        client.force_login(board_member)
        add_url = reverse(
            "wagtailadmin_pages:add", args=["publications", "legalnewspage", justice_section.pk]
        )
        response = client.post(add_url, self.page_form("Tin trùng", [laws["new"], laws["new"]]))
        assert response.status_code == 200
        formset = response.context["form"].formsets["legal_document_links"]
        assert "trùng lặp" in " ".join(formset.non_form_errors())
        assert not LegalNewsPage.objects.filter(title="Tin trùng").exists()

    def test_copying_a_page_copies_its_links(self, justice_section, laws):
        page = LegalNewsPageFactory(parent=justice_section, title="Tin gốc")
        PageLegalDocument.objects.create(page=page, legal_document=laws["new"])
        copy = page.copy(update_attrs={"title": "Tin sao chép", "slug": "tin-sao-chep"})
        assert [link.legal_document for link in copy.legal_document_links.all()] == [laws["new"]]
