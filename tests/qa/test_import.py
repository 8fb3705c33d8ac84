"""An administrator imports the existing question and answer pairs (the national
portal's 4,600) from JSON Lines or CSV: published answers, found and linked like any
other, and importing the file again changes only what changed."""

import datetime
import json

import pytest

from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import Page, PageLogEntry

from qa.import_export.importer import import_answers
from qa.models import QuestionAnswerPage
from search import engine
from search.engine import Params
from tests.factories import LegalFieldFactory, UnitFactory

from .reading import land_law

pytestmark = pytest.mark.django_db

PAIR = {
    "external_id": "pbgdpl-1024",
    "title": "Thủ tục thuê đất trả tiền hằng năm?",
    "question": "Gia đình tôi muốn thuê đất của xã để trồng rừng.\nThủ tục thế nào?",
    "answer": "<p>Theo <strong>Điều 56</strong> Luật Đất đai, Nhà nước cho thuê đất.</p>",
    "legal_fields": ["Đất đai"],
    "unit": "Phường Hạ Long",
    "asked_on": "2021-03-02",
    "answered_on": "09/03/2021",
    "references": ["31/2024/QH15 Điều 56", "Điều 1 Luật Đất đai số 31/2024/QH15"],
}


def jsonl(tmp_path, *records, name="hoi-dap.jsonl"):
    path = tmp_path / name
    path.write_text(
        "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records),
        encoding="utf-8",
    )
    return str(path)


def run(path, file_format="jsonl", **options):
    return import_answers(path, file_format, **options)


@pytest.fixture
def shelf(db, land_field, ward):
    return land_law()


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    return lambda: django_capture_on_commit_callbacks(execute=True)


def test_a_pair_becomes_a_published_answer(tmp_path, qa_index, shelf, land_field, ward, superuser):
    report = run(jsonl(tmp_path, PAIR), user=superuser)

    assert (report.created, report.updated, report.unchanged) == (1, 0, 0)
    page = QuestionAnswerPage.objects.get()
    assert page.title == PAIR["title"]
    assert page.question_text == (
        "Gia đình tôi muốn thuê đất của xã để trồng rừng.\nThủ tục thế nào?"
    )
    assert (
        page.answer == "<p>Theo <strong>Điều 56</strong> Luật Đất đai, Nhà nước cho thuê đất.</p>"
    )
    assert page.asked_on == datetime.date(2021, 3, 2)
    assert page.answered_on == datetime.date(2021, 3, 9)
    assert page.unit == ward
    assert list(page.legal_fields.all()) == [land_field]
    assert [(r.document_id, r.article_anchor, r.article_label) for r in page.references.all()] == [
        (shelf.pk, "dieu-56", "Điều 56"),
        (shelf.pk, "dieu-1", "Điều 1"),
    ]
    assert page.external_id == "pbgdpl-1024"
    assert page.slug == "thu-tuc-thue-dat-tra-tien-hang-nam"
    # Published, as the admin leaves a page: live, its revision, its history.
    assert page.live and not page.has_unpublished_changes
    assert page.live_revision == page.latest_revision
    assert page.live_revision.as_object().question_text == page.question_text
    assert page.live_revision.user == superuser
    assert set(PageLogEntry.objects.filter(page=page).values_list("action", flat=True)) == {
        "wagtail.create",
        "wagtail.publish",
    }
    # Dated as when it was answered, so that old pairs do not flood the news.
    assert timezone.localtime(page.first_published_at).date() == datetime.date(2021, 3, 9)
    assert Page.find_problems() == ([], [], [], [], [])
    assert Page.objects.get(pk=qa_index.pk).get_children().count() == 1


def test_imported_answers_are_read_found_and_listed(
    client, tmp_path, qa_index, shelf, superuser, committed
):
    with committed():
        run(jsonl(tmp_path, PAIR))
    page = QuestionAnswerPage.objects.get()

    assert client.get(page.url).status_code == 200
    assert PAIR["title"] in client.get(qa_index.url).content.decode()
    assert [hit.title for hit in engine.search(Params(q="thue dat tra tien hang nam")).results] == [
        PAIR["title"]
    ]
    items = client.get("/api/v2/pages/?type=qa.QuestionAnswerPage&search=thue dat").json()["items"]
    assert [item["id"] for item in items] == [page.pk]
    # The admin's search and its editor open the page.
    client.force_login(superuser)
    assert PAIR["title"] in client.get("/admin/pages/search/", {"q": "thuê đất"}).content.decode()
    assert client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200


def test_importing_the_same_file_again_changes_nothing(tmp_path, qa_index, shelf):
    path = jsonl(tmp_path, PAIR, {**PAIR, "external_id": "pbgdpl-1025", "title": "Câu thứ hai?"})
    run(path)
    revisions = {page.pk: page.live_revision_id for page in QuestionAnswerPage.objects.all()}

    report = run(path)

    assert (report.created, report.updated, report.unchanged) == (0, 0, 2)
    assert {page.pk: page.live_revision_id for page in QuestionAnswerPage.objects.all()} == (
        revisions
    )


def test_a_changed_pair_updates_its_page_at_the_same_address(tmp_path, qa_index, shelf):
    run(jsonl(tmp_path, PAIR))
    page = QuestionAnswerPage.objects.get()
    changed = {**PAIR, "title": "Thủ tục thuê đất (đã sửa)?", "references": ["31/2024/QH15"]}

    report = run(jsonl(tmp_path, changed))

    assert (report.created, report.updated) == (0, 1)
    page.refresh_from_db()
    assert page.title == "Thủ tục thuê đất (đã sửa)?"
    assert page.slug == "thu-tuc-thue-dat-tra-tien-hang-nam"
    assert [(r.article_anchor, r.article_label) for r in page.references.all()] == [("", "")]
    assert page.live and not page.has_unpublished_changes
    assert page.revisions.count() == 2


def test_pairs_without_an_id_are_matched_by_their_question(tmp_path, qa_index, shelf):
    pair = {key: value for key, value in PAIR.items() if key != "external_id"}
    run(jsonl(tmp_path, pair))
    # The same question, spelt with other case and spacing.
    again = {**pair, "title": pair["title"].upper(), "answer": "Câu trả lời mới."}
    report = run(jsonl(tmp_path, again))

    assert (report.created, report.updated) == (0, 1)
    assert QuestionAnswerPage.objects.get().answer == "<p>Câu trả lời mới.</p>"


def test_csv_with_a_byte_order_mark_and_list_cells(tmp_path, qa_index, shelf, land_field):
    family = LegalFieldFactory(name="Hôn nhân và gia đình")
    path = tmp_path / "hoi-dap.csv"
    path.write_bytes(
        (
            "\ufeffexternal_id,title,question,answer,legal_fields,unit,references\n"
            'csv-1,Chia tài sản khi ly hôn?,"Vợ chồng tôi ly hôn.\nChia đất thế nào?",'
            "'- Chia đôi nếu là tài sản chung.,dat-dai;hon nhan va gia dinh,STP,"
            "31/2024/QH15 Điều 56\n"
        ).encode()
    )
    UnitFactory(name="Sở Tư pháp tỉnh", short_name="STP")
    report = run(str(path), "csv")

    assert report.created == 1
    page = QuestionAnswerPage.objects.get()
    assert page.question_text == "Vợ chồng tôi ly hôn.\nChia đất thế nào?"
    # The apostrophe that kept a spreadsheet from running the cell is gone.
    assert page.answer == "<p>- Chia đôi nếu là tài sản chung.</p>"
    assert set(page.legal_fields.all()) == {land_field, family}
    assert page.unit.short_name == "STP"


def test_csv_without_a_byte_order_mark(tmp_path, qa_index):
    path = tmp_path / "hoi-dap.csv"
    path.write_text("title,question,answer\nCâu hỏi?,Nội dung,Trả lời\n", encoding="utf-8")
    assert run(str(path), "csv").created == 1
    assert QuestionAnswerPage.objects.get().title == "Câu hỏi?"


def test_answers_are_cleaned_to_what_the_editor_allows(tmp_path, qa_index):
    html = (
        '<h2>Căn cứ</h2><p onclick="steal()">Xem <a href="javascript:alert(1)">đây</a> và '
        '<a href="https://vbpl.vn/van-ban">vbpl</a>.</p><script>alert("x")</script>'
        '<img src="x" onerror="alert(1)"><table><tr><td>Mức phạt</td><td>5 triệu</td></tr></table>'
    )
    run(jsonl(tmp_path, {"title": "Câu hỏi?", "question": "<b>Hỏi</b> gì?", "answer": html}))
    page = QuestionAnswerPage.objects.get()

    assert page.answer.startswith("<h3>Căn cứ</h3>")
    assert '<a href="https://vbpl.vn/van-ban">vbpl</a>' in page.answer
    for banned in ("script", "alert", "onclick", "javascript", "<img", "onerror", "<table"):
        assert banned not in page.answer
    assert "Mức phạt | 5 triệu" in page.answer
    assert page.question_text == "Hỏi gì?"


def test_plain_text_answers_keep_their_paragraphs(tmp_path, qa_index):
    answer = "Đoạn một, dòng một.\nDòng hai <có dấu nhỏ hơn>.\n\nĐoạn hai."
    run(jsonl(tmp_path, {"title": "Câu hỏi?", "question": "Hỏi?", "answer": answer}))
    assert QuestionAnswerPage.objects.get().answer == (
        "<p>Đoạn một, dòng một.<br/>Dòng hai &lt;có dấu nhỏ hơn&gt;.</p><p>Đoạn hai.</p>"
    )


def test_a_dry_run_saves_nothing(tmp_path, qa_index, shelf):
    report = run(jsonl(tmp_path, PAIR), dry_run=True)
    assert report.created == 1
    assert not QuestionAnswerPage.objects.exists()
    assert Page.objects.get(pk=qa_index.pk).numchild == 0


def test_the_command_reports_what_it_did(tmp_path, qa_index, shelf, superuser, capsys):
    call_command("import_qa", jsonl(tmp_path, PAIR), "--user", "admin", "--no-progress")
    out = capsys.readouterr().out
    assert "1 dòng hợp lệ" in out
    assert "1 câu hỏi mới, 0 cập nhật, 0 không đổi" in out
    assert QuestionAnswerPage.objects.get().owner == superuser


def test_a_large_file_costs_few_queries_per_pair(tmp_path, qa_index, shelf):
    def pairs(count, start):
        return [
            {**PAIR, "external_id": f"pair-{number}", "title": f"Câu hỏi số {number}?"}
            for number in range(start, start + count)
        ]

    with CaptureQueriesContext(connection) as few:
        run(jsonl(tmp_path, *pairs(5, 0), name="a.jsonl"))
    with CaptureQueriesContext(connection) as many:
        run(jsonl(tmp_path, *pairs(105, 100), name="b.jsonl"))
    # Each page is announced on its own to those listening for published pages: the
    # webhooks (a query in a savepoint) and the question it may answer (a look-up);
    # everything else is written in bulk.
    assert len(many) - len(few) <= 4 * 100 + 10
    assert QuestionAnswerPage.objects.count() == 110
    assert Page.find_problems() == ([], [], [], [], [])


def test_a_title_already_taken_gets_a_numbered_address(tmp_path, qa_index):
    pair = {"title": "Thủ tục ly hôn?", "question": "Hỏi?", "answer": "Trả lời."}
    run(jsonl(tmp_path, {**pair, "external_id": "a"}, name="a.jsonl"), section=qa_index)
    # The same section object, its count of children now out of date.
    run(jsonl(tmp_path, {**pair, "external_id": "b"}, name="b.jsonl"), section=qa_index)

    slugs = sorted(QuestionAnswerPage.objects.values_list("slug", flat=True))
    assert slugs == ["thu-tuc-ly-hon", "thu-tuc-ly-hon-2"]
    assert Page.find_problems() == ([], [], [], [], [])
