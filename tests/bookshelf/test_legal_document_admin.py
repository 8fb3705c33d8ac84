"""The editorial board keeps the bookshelf in the admin: legal documents as drafts,
published, searched without diacritics, previewed; document types and issuing bodies."""

import datetime
import json
import re

import pytest

from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text
from wagtail.users.models import UserProfile

from bookshelf.models import BookshelfPage, LegalDocument
from demo.pages import add_published
from tests.conftest import BOARD, SITE_ADMINS
from tests.factories import (
    DocumentTypeFactory,
    IssuingBodyFactory,
    LegalDocumentFactory,
    UserFactory,
    home_page,
)

pytestmark = pytest.mark.django_db


def url(name, *args):
    return reverse(f"wagtailsnippets_bookshelf_legaldocument:{name}", args=args)


@pytest.fixture
def board_client(client, board_member):
    client.force_login(board_member)
    return client


def form_data(**overrides):
    fields = {
        "number": "31/2024/QH15",
        "doc_type": DocumentTypeFactory(name="Luật").pk,
        "title": "Luật Đất đai",
        "issuer": IssuingBodyFactory(name="Quốc hội").pk,
        "scope": "Toàn quốc",
        "signer": "Vương Đình Huệ",
        "signer_title": "Chủ tịch Quốc hội",
        "issued_date": "2024-01-18",
        "effective_date": "2024-08-01",
        "expiry_date": "",
        "gazette_date": "",
        "status": "con_hieu_luc",
        "summary": "Quy định chế độ sở hữu đất đai.",
        "body": rich_text(
            "<p>Điều 1. Phạm vi điều chỉnh</p><p>Luật này quy định về đất đai.</p>",
            features=["bold", "italic", "link"],
        ),
        "attachments": inline_formset([]),
        "relations": inline_formset([]),
        "source": "Cơ sở dữ liệu quốc gia về pháp luật",
        "source_url": "https://vbpl.vn/",
        "external_id": "",
        "slug": "",
        **overrides,
    }
    legal_fields = fields.pop("legal_fields", [])
    return {**nested_form_data(fields), "legal_fields": legal_fields}


def form_errors(response):
    return response.context["form"].errors


class TestCreateAndPublish:
    def test_forms_open(self, board_client):
        document = LegalDocumentFactory()
        for response in (board_client.get(url("add")), board_client.get(url("edit", document.pk))):
            html = response.content.decode()
            assert response.status_code == 200
            for panel in ("Thông tin văn bản", "Tệp đính kèm", "Quan hệ với văn bản khác"):
                assert panel in html

    def test_board_saves_a_draft_then_publishes_it(self, board_client, land_field):
        response = board_client.post(url("add"), form_data(legal_fields=[land_field.pk]))
        assert response.status_code == 302, form_errors(response)
        document = LegalDocument.objects.get(number="31/2024/QH15")
        assert not document.live
        assert document.title == "Luật Đất đai"
        assert document.issued_date == datetime.date(2024, 1, 18)
        assert document.signer_title == "Chủ tịch Quốc hội"
        assert list(document.legal_fields.all()) == [land_field]
        assert document.slug == "31-2024-qh15-luat-dat-dai"
        assert document.search_key == "31/2024/qh15 luat dat dai"
        assert "Điều 1. Phạm vi điều chỉnh" in document.body
        assert document.latest_revision is not None

        response = board_client.post(
            url("edit", document.pk),
            {**form_data(legal_fields=[land_field.pk]), "action-publish": "action-publish"},
        )
        assert response.status_code == 302, form_errors(response)
        document.refresh_from_db()
        assert document.live
        assert document.first_published_at is not None

    def test_published_document_appears_on_the_bookshelf(self, board_client, client):
        add_published(home_page(), BookshelfPage(title="Tủ sách pháp luật"))
        board_client.post(url("add"), {**form_data(), "action-publish": "action-publish"})
        document = LegalDocument.objects.get(number="31/2024/QH15")
        response = client.get(document.get_url())
        assert response.status_code == 200
        assert "Luật Đất đai" in response.content.decode()

    def test_imported_markup_is_cleaned_when_validated(self):
        dirty = '<p onclick="x()">Điều 1.</p><script>alert(1)</script>'
        # The body field takes Draftail's JSON; a form posting HTML is what an import
        # or an API would send through the same validation.
        document = LegalDocumentFactory.build(
            body=dirty, doc_type=DocumentTypeFactory(), issuer=IssuingBodyFactory()
        )
        document.full_clean()
        assert document.body == "<p>Điều 1.</p>"

    @pytest.mark.parametrize("language", ["vi", "en"])
    def test_dates_are_written_and_read_day_first(self, board_client, board_member, language):
        profile = UserProfile.get_for_user(board_member)
        profile.preferred_language = language
        profile.save()
        document = LegalDocumentFactory(issued_date=datetime.date(2024, 6, 18))

        html = board_client.get(url("edit", document.pk)).content.decode()
        assert re.search(r'name="issued_date"[^>]*value="18/06/2024"', html)
        assert "2024-06-18" not in html

        response = board_client.post(
            url("add"), form_data(issued_date="05/06/2024", effective_date="01/07/2024")
        )
        assert response.status_code == 302, form_errors(response)
        saved = LegalDocument.objects.get(number="31/2024/QH15")
        assert saved.issued_date == datetime.date(2024, 6, 5)
        assert saved.effective_date == datetime.date(2024, 7, 1)

    def test_number_is_unique_per_issuer(self, board_client):
        LegalDocumentFactory(
            number="31/2024/QH15",
            doc_type=DocumentTypeFactory(name="Luật"),
            issuer=IssuingBodyFactory(name="Quốc hội"),
        )
        # Typed differently, it is still the same number.
        response = board_client.post(url("add"), form_data(number="31/2024/qh15 "))
        assert response.status_code == 200
        assert form_errors(response)["number"] == [
            "Cơ quan ban hành này đã có văn bản mang số ký hiệu này."
        ]
        assert LegalDocument.objects.count() == 1
        # Another issuer may use the same number.
        other = IssuingBodyFactory(name="Ủy ban Thường vụ Quốc hội").pk
        response = board_client.post(url("add"), form_data(number="31/2024/QH15", issuer=other))
        assert response.status_code == 302, form_errors(response)

    def test_documents_without_a_number_may_share_it(self, board_client):
        for title in ("Hiến pháp năm 2013", "Hiến pháp năm 1992"):
            response = board_client.post(url("add"), form_data(number="Không số", title=title))
            assert response.status_code == 302, form_errors(response)
        assert LegalDocument.objects.filter(number_key="").count() == 2

    def test_expiry_cannot_precede_effect(self, board_client):
        response = board_client.post(
            url("add"), form_data(effective_date="2024-08-01", expiry_date="2024-01-01")
        )
        assert "expiry_date" in form_errors(response)

    def test_relations_are_saved_with_the_document(self, board_client):
        old_law = LegalDocumentFactory(number="45/2013/QH13", title="Luật Đất đai 2013")
        data = form_data(
            relations=inline_formset(
                [
                    {"relation_type": "replaces", "target": old_law.pk, "target_number": ""},
                    {"relation_type": "amends", "target": "", "target_number": "01/2099/QH15"},
                ]
            )
        )
        response = board_client.post(url("add"), {**data, "action-publish": "action-publish"})
        assert response.status_code == 302, form_errors(response)
        document = LegalDocument.objects.get(number="31/2024/QH15")
        relations = {
            (r.relation_type, r.target_id, r.target_number) for r in document.relations.all()
        }
        assert relations == {
            ("replaces", old_law.pk, "45/2013/QH13"),
            ("amends", None, "01/2099/QH15"),
        }


class TestListing:
    @pytest.fixture
    def documents(self):
        land = DocumentTypeFactory(name="Luật")
        assembly = IssuingBodyFactory(name="Quốc hội")
        return {
            "land_law": LegalDocumentFactory(
                number="31/2024/QH15",
                title="Luật Đất đai",
                doc_type=land,
                issuer=assembly,
                issued_date=datetime.date(2024, 1, 18),
            ),
            "old_land_law": LegalDocumentFactory(
                number="45/2013/QH13",
                title="Luật Đất đai",
                doc_type=land,
                issuer=assembly,
                issued_date=datetime.date(2013, 11, 29),
                status="het_hieu_luc_toan_bo",
            ),
            "draft": LegalDocumentFactory(
                number="102/2024/NĐ-CP",
                title="Nghị định hướng dẫn Luật Đất đai",
                issued_date=datetime.date(2024, 7, 30),
                live=False,
            ),
            "traffic": LegalDocumentFactory(
                number="36/2024/QH15",
                title="Luật Trật tự, an toàn giao thông đường bộ",
                doc_type=land,
                issuer=assembly,
                issued_date=datetime.date(2024, 6, 27),
            ),
        }

    def listed(self, client, **params):
        response = client.get(url("list"), params)
        assert response.status_code == 200
        return {document.number for document in response.context["object_list"]}

    def test_shows_each_documents_facts_and_state(self, board_client, documents):
        html = board_client.get(url("list")).content.decode()
        for text in ("31/2024/QH15", "Luật Đất đai", "Quốc hội", "Còn hiệu lực", "Bản nháp"):
            assert text in html

    def test_search_folds_diacritics_and_finds_drafts(self, board_client, documents):
        land_laws = {"31/2024/QH15", "45/2013/QH13", "102/2024/NĐ-CP"}
        assert self.listed(board_client, q="luat dat dai") == land_laws
        assert self.listed(board_client, q="LUẬT ĐẤT ĐAI") == land_laws
        assert self.listed(board_client, q="dat dai nghi dinh") == {"102/2024/NĐ-CP"}
        assert self.listed(board_client, q="102/2024/nd-cp") == {"102/2024/NĐ-CP"}
        assert self.listed(board_client, q="hôn nhân") == set()

    @pytest.mark.parametrize(
        "params, expected",
        [
            ({"live": "draft"}, {"102/2024/NĐ-CP"}),
            ({"live": "live"}, {"31/2024/QH15", "45/2013/QH13", "36/2024/QH15"}),
            ({"year": "2013"}, {"45/2013/QH13"}),
            ({"status": "het_hieu_luc_toan_bo"}, {"45/2013/QH13"}),
        ],
    )
    def test_filters(self, board_client, documents, params, expected):
        assert self.listed(board_client, **params) == expected

    def test_filters_by_type_and_issuer(self, board_client, documents):
        decree_type = documents["draft"].doc_type_id
        government = documents["draft"].issuer_id
        assert self.listed(board_client, doc_type=decree_type) == {"102/2024/NĐ-CP"}
        assert self.listed(board_client, issuer=government) == {"102/2024/NĐ-CP"}

    def test_newest_issued_first(self, board_client, documents):
        response = board_client.get(url("list"))
        numbers = [document.number for document in response.context["object_list"]]
        assert numbers == ["102/2024/NĐ-CP", "36/2024/QH15", "31/2024/QH15", "45/2013/QH13"]

    def test_costs_no_query_per_row(self, board_client, django_assert_max_num_queries):
        LegalDocumentFactory.create_batch(2)
        board_client.get(url("list"))
        with django_assert_max_num_queries(40) as few:
            assert board_client.get(url("list")).status_code == 200
        LegalDocumentFactory.create_batch(
            10, doc_type=DocumentTypeFactory(name="Thông tư"), issuer=IssuingBodyFactory()
        )
        with django_assert_max_num_queries(len(few.captured_queries)):
            assert board_client.get(url("list")).status_code == 200

    def test_chooser_search_folds_diacritics(self, board_client, documents):
        chooser = reverse("wagtailsnippetchoosers_bookshelf_legaldocument:choose_results")
        response = board_client.get(chooser, {"q": "luat dat dai"})
        assert response.status_code == 200
        numbers = {document.number for document in response.context["results"]}
        assert numbers == {"31/2024/QH15", "45/2013/QH13", "102/2024/NĐ-CP"}


class TestPreview:
    def test_renders_the_public_template_with_unsaved_changes(self, board_client):
        document = LegalDocumentFactory(number="31/2024/QH15", title="Luật Đất đai")
        data = form_data(
            title="Luật Đất đai (sửa đổi)",
            body=rich_text("<p>Điều 5. Người sử dụng đất</p>", features=["bold"]),
        )
        preview_url = url("preview_on_edit", document.pk)
        response = board_client.post(preview_url, data)
        assert response.json()["is_valid"] is True
        html = board_client.get(preview_url).content.decode()
        assert "<h1>Luật Đất đai (sửa đổi)</h1>" in html
        assert '<a href="#dieu-5">Điều 5. Người sử dụng đất</a>' in html
        assert 'id="dieu-5"' in html

    def test_renders_a_new_document(self, board_client):
        preview_url = url("preview_on_add")
        assert board_client.post(preview_url, form_data())
        html = board_client.get(preview_url).content.decode()
        assert "<h1>Luật Đất đai</h1>" in html
        assert "Còn hiệu lực" in html


class TestPermissions:
    @pytest.mark.parametrize("group", [BOARD, SITE_ADMINS])
    def test_board_and_site_admins_keep_the_bookshelf(self, group):
        user = UserFactory(groups=[Group.objects.get(name=group)])
        for action in ("add", "change", "delete", "publish", "lock", "unlock"):
            assert user.has_perm(f"bookshelf.{action}_legaldocument"), action
        for model in ("documenttype", "issuingbody"):
            for action in ("add", "change", "delete"):
                assert user.has_perm(f"bookshelf.{action}_{model}"), (model, action)

    def test_unit_editors_do_not(self, justice_editor):
        assert not justice_editor.has_perm("bookshelf.add_legaldocument")

    def test_menu_groups_the_bookshelf(self, board_client):
        html = board_client.get(reverse("wagtailadmin_home")).content.decode()
        props = re.search(r'id="wagtail-sidebar-props"[^>]*>(.*?)</script>', html, re.S)
        menu = json.dumps(json.loads(props.group(1)), ensure_ascii=False)
        group = menu[menu.index("Tủ sách pháp luật") :]
        for item in ("Văn bản pháp luật", "Loại văn bản", "Cơ quan ban hành"):
            assert item in group[: group.index("Hình ảnh")]

    @pytest.mark.parametrize("model", ["documenttype", "issuingbody"])
    def test_lists_are_editable(self, board_client, model):
        response = board_client.post(
            reverse(f"wagtailsnippets_bookshelf_{model}:add"),
            {"name": "Ủy ban nhân dân tỉnh Quảng Ninh", "slug": "", "sort_order": 0},
        )
        assert response.status_code == 302
        listing = board_client.get(reverse(f"wagtailsnippets_bookshelf_{model}:list"))
        assert "Ủy ban nhân dân tỉnh Quảng Ninh" in listing.content.decode()
