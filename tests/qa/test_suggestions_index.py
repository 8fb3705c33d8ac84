"""The suggestions follow what citizens may read: published_answers published, unpublished,
deleted, hidden or moved; shelf_documents edited, unpublished, deleted or imported in bulk.
Drafts, private pages and what was never published are never suggested."""

import io
import json

import pytest
from django_tasks import task_backends

from django.core.management import call_command

from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.models import Page, PageViewRestriction

from bookshelf.import_export.importer import import_documents
from bookshelf.models import LegalDocument
from qa.models import SuggestionEntry, SuggestionPosting, SuggestionTerm
from qa.suggestions import suggest
from tests.factories import LegalDocumentFactory, QAIndexPageFactory, QuestionAnswerPageFactory

from .suggestion_fixtures import answer, law_text, publish

QUESTION = "hòa giải ở cơ sở khi tranh chấp lối đi chung"
TITLE = "Tranh chấp lối đi chung có phải hòa giải ở cơ sở không?"


def answer_titles(question=QUESTION):
    return [found.title for found in suggest(question).answers]


def article_labels(question):
    return [found.label for found in suggest(question).articles]


@pytest.fixture
def mediation(qa_index, index_on_commit):
    return answer(
        qa_index,
        index_on_commit,
        TITLE,
        "Nhà tôi và nhà hàng xóm tranh chấp lối đi chung, có phải hòa giải ở cơ sở không?",
    )


def move(page, target, index_on_commit):
    with index_on_commit():
        Page.objects.get(pk=page.pk).move(Page.objects.get(pk=target.pk), pos="last-child")


@pytest.fixture
def private_section(db, index_on_commit):
    """A second Q&A section, open only to signed-in users."""
    section = QAIndexPageFactory(title="Hỏi đáp nội bộ")
    with index_on_commit():
        PageViewRestriction.objects.create(page=section, restriction_type="login")
    return section


def test_published_then_unpublished_then_published_again(mediation, index_on_commit):
    assert answer_titles() == [TITLE]
    with index_on_commit():
        mediation.unpublish()
    assert answer_titles() == []
    assert not SuggestionEntry.objects.filter(object_id=mediation.pk, kind=1).exists()
    publish(mediation, index_on_commit)
    assert answer_titles() == [TITLE]


def test_a_draft_is_never_suggested(qa_index, index_on_commit):
    with index_on_commit():
        draft = QuestionAnswerPageFactory(
            parent=qa_index, title=TITLE, question_text=QUESTION, live=False
        )
        draft.save_revision()
    assert answer_titles() == []
    assert not SuggestionEntry.objects.exists()


def test_a_draft_of_a_published_answer_changes_nothing_until_published(mediation, index_on_commit):
    page = Page.objects.get(pk=mediation.pk).specific
    page.title = "Lối đi chung bị lấn chiếm thì làm đơn gửi ai?"
    page.question_text = "Hàng xóm lấn chiếm lối đi chung thì làm đơn gửi ai?"
    with index_on_commit():
        page.save_revision()
    assert answer_titles() == [TITLE]
    assert answer_titles("lấn chiếm lối đi") == [TITLE]  # the live words still: "lối đi"
    assert "Lối đi chung bị lấn chiếm thì làm đơn gửi ai?" not in answer_titles("lan chiem")
    publish(page, index_on_commit)
    assert answer_titles("lan chiem") == ["Lối đi chung bị lấn chiếm thì làm đơn gửi ai?"]


def test_deleted(mediation, index_on_commit):
    with index_on_commit():
        Page.objects.get(pk=mediation.pk).delete()
    assert answer_titles() == []
    assert not SuggestionEntry.objects.exists()
    assert not SuggestionPosting.objects.exists()


def test_deleted_with_its_section(mediation, qa_index, index_on_commit):
    with index_on_commit():
        Page.objects.get(pk=qa_index.pk).delete()
    assert answer_titles() == []
    assert not SuggestionEntry.objects.exists()


def test_unpublished_with_its_section(mediation, qa_index, index_on_commit, superuser):
    with index_on_commit():
        UnpublishPageAction(qa_index, user=superuser, include_descendants=True).execute()
    assert answer_titles() == []


def test_hidden_behind_a_restriction_and_opened_again(mediation, qa_index, index_on_commit):
    with index_on_commit():
        restriction = PageViewRestriction.objects.create(page=qa_index, restriction_type="login")
    assert answer_titles() == []
    assert not SuggestionEntry.objects.exists()
    with index_on_commit():
        restriction.delete()
    assert answer_titles() == [TITLE]


def test_moved_to_a_private_section_and_back(mediation, qa_index, private_section, index_on_commit):
    move(mediation, private_section, index_on_commit)
    assert answer_titles() == []
    assert not SuggestionEntry.objects.exists()
    move(mediation, qa_index, index_on_commit)
    assert answer_titles() == [TITLE]


def test_an_index_behind_the_tree_shows_nothing_private(mediation, qa_index):
    """A change still on its way to the index (queued, or its write failed) must not show
    the answer meanwhile."""
    PageViewRestriction.objects.create(page=qa_index, restriction_type="login")
    assert SuggestionEntry.objects.filter(object_id=mediation.pk).exists()
    assert answer_titles() == []


def test_a_large_section_comes_back_through_a_background_task(
    mediation, qa_index, private_section, index_on_commit, settings, monkeypatch
):
    monkeypatch.setattr("qa.suggestions.signals.IN_REQUEST", 0)
    move(mediation, private_section, index_on_commit)
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    move(mediation, qa_index, index_on_commit)
    queued = [
        result
        for result in task_backends["default"].results
        if result.task.name == "reindex_answer_pages"
    ]
    assert len(queued) == 1
    assert answer_titles() == []
    queued[0].task.call(*queued[0].args)
    assert answer_titles() == [TITLE]


def test_the_index_holds_no_filler(mediation):
    """Nor does it hold "tôi" or "muốn": only what a question is about."""
    texts = set(SuggestionTerm.objects.values_list("text", flat=True))
    assert {"a:hoa", "a:giai", "b:hoa giai", "b:loi di"} <= texts
    assert not {"a:toi", "a:muon", "a:khong", "b:phai hoa"} & texts


def test_a_document_edited_unpublished_and_deleted(shelf_documents, index_on_commit):
    family = shelf_documents["family"]
    assert "Điều 8. Điều kiện kết hôn" in article_labels("điều kiện kết hôn")
    family.body = law_text((8, "Tuổi kết hôn", "Nam từ đủ 20 tuổi, nữ từ đủ 18 tuổi."))
    with index_on_commit():
        family.save()
    assert "Điều 8. Tuổi kết hôn" in article_labels("tuổi kết hôn")
    assert "Điều 8. Điều kiện kết hôn" not in article_labels("điều kiện kết hôn")
    assert "Điều 56. Ly hôn theo yêu cầu của một bên" not in article_labels("ly hôn")

    with index_on_commit():
        family.unpublish()
    assert "Điều 8. Tuổi kết hôn" not in article_labels("tuổi kết hôn")
    assert not SuggestionEntry.objects.filter(object_id=family.pk, kind__in=[2, 3]).exists()

    with index_on_commit():
        family.save_revision().publish()
    assert "Điều 8. Tuổi kết hôn" in article_labels("tuổi kết hôn")

    with index_on_commit():
        LegalDocument.objects.get(pk=family.pk).delete()
    assert "Điều 8. Tuổi kết hôn" not in article_labels("tuổi kết hôn")
    assert not SuggestionEntry.objects.filter(object_id=family.pk, kind__in=[2, 3]).exists()


def test_a_draft_document_is_never_suggested(shelf_documents, index_on_commit):
    with index_on_commit():
        LegalDocumentFactory(
            title="Nghị định về đăng ký khai sinh",
            body=law_text((3, "Thủ tục đăng ký khai sinh lưu động", "Cán bộ tư pháp.")),
            live=False,
        )
    shown = article_labels("đăng ký khai sinh lưu động")
    assert "Điều 3. Thủ tục đăng ký khai sinh lưu động" not in shown


def import_file(tmp_path, rows):
    path = tmp_path / "van-ban.jsonl"
    path.write_text("\n".join(json.dumps(row, ensure_ascii=False) for row in rows))
    return path


CIVIL_STATUS_ROW = {
    "number": "60/2014/QH13",
    "title": "Luật Hộ tịch",
    "doc_type": "Luật",
    "issuer": "Quốc hội",
    "issued_date": "2014-11-20",
    "status": "Còn hiệu lực",
    "body_html": law_text(
        (1, "Phạm vi điều chỉnh", "Luật này quy định về hộ tịch."),
        (13, "Thẩm quyền đăng ký khai sinh", "Ủy ban nhân dân cấp xã nơi cư trú."),
        (16, "Thủ tục đăng ký khai sinh", "Người đi đăng ký khai sinh nộp tờ khai."),
    ),
}


def test_an_import_is_suggested_once_it_commits(db, bookshelf_page, tmp_path):
    """Imports write in bulk without save signals: the bookshelf tells the suggestions
    which shelf_documents it wrote."""
    import_documents(import_file(tmp_path, [CIVIL_STATUS_ROW]), "jsonl")
    assert article_labels("thu tuc dang ky khai sinh")[0] == "Điều 16. Thủ tục đăng ký khai sinh"
    assert "Điều 1. Phạm vi điều chỉnh" not in article_labels("phạm vi điều chỉnh hộ tịch")


def test_a_dry_run_import_suggests_nothing(db, bookshelf_page, tmp_path):
    import_documents(import_file(tmp_path, [CIVIL_STATUS_ROW]), "jsonl", dry_run=True)
    assert article_labels("thu tuc dang ky khai sinh") == []
    assert not SuggestionEntry.objects.exists()


def test_a_large_import_is_indexed_by_background_tasks(
    db, bookshelf_page, tmp_path, settings, monkeypatch
):
    monkeypatch.setattr("qa.suggestions.signals.IN_REQUEST", 0)
    monkeypatch.setattr("qa.suggestions.signals.TASK_SIZE", 1)
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    other = {**CIVIL_STATUS_ROW, "number": "61/2014/QH13", "title": "Luật Căn cước"}
    import_documents(import_file(tmp_path, [CIVIL_STATUS_ROW, other]), "jsonl")
    queued = [
        result
        for result in task_backends["default"].results
        if result.task.name == "reindex_documents"
    ]
    assert len(queued) == 2
    assert article_labels("thu tuc dang ky khai sinh") == []
    for result in queued:
        result.task.call(*result.args)
    assert len(article_labels("thu tuc dang ky khai sinh")) == 2


def test_a_failing_listener_does_not_undo_the_import(
    db, bookshelf_page, tmp_path, monkeypatch, caplog
):
    def broken(document_ids):
        raise RuntimeError("chỉ mục gợi ý không ghi được")

    monkeypatch.setattr("qa.suggestions.indexing.index_documents", broken)
    report = import_documents(import_file(tmp_path, [CIVIL_STATUS_ROW]), "jsonl")
    assert report.created == 1
    assert LegalDocument.objects.filter(number="60/2014/QH13", live=True).exists()
    assert "chỉ mục gợi ý không ghi được" in caplog.text


def test_rebuild_writes_everything_again(mediation, shelf_documents):
    SuggestionPosting.objects.all().delete()
    SuggestionEntry.objects.all().delete()
    SuggestionTerm.objects.all().delete()
    assert answer_titles() == []
    out = io.StringIO()
    call_command("rebuild_qa_suggestions", "--no-progress", stdout=out)
    assert answer_titles() == [TITLE]
    assert article_labels("ly hon don phuong")[0] == "Điều 56. Ly hôn theo yêu cầu của một bên"
    assert "1 câu trả lời, 4 văn bản, 11 điều" in out.getvalue()


def test_counts_stay_exact_through_rewrites(mediation, shelf_documents, index_on_commit):
    """How many entries hold each term decides how rare it is: rewriting an object must
    leave the counts as a rebuild would make them."""
    for _ in range(2):
        publish(mediation, index_on_commit)
        with index_on_commit():
            shelf_documents["family"].save()
    before = dict(SuggestionTerm.objects.filter(entries__gt=0).values_list("text", "entries"))
    call_command("rebuild_qa_suggestions", "--no-progress", stdout=io.StringIO())
    after = dict(SuggestionTerm.objects.filter(entries__gt=0).values_list("text", "entries"))
    assert before == after
    assert SuggestionPosting.objects.count() == sum(
        count for text, count in after.items() if not text.startswith("#")
    )
