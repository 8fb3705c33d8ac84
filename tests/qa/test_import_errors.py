"""A file with mistakes imports nothing, and says in Vietnamese where every mistake is:
its line and its column."""

import json

import pytest

from django.core.management import CommandError, call_command

from qa.import_export.importer import ImportRejected, import_answers
from qa.import_export.reading import SourceError
from qa.models import QuestionAnswerPage
from tests.factories import LegalDocumentFactory, LegalFieldFactory, QAIndexPageFactory

from .reading import land_law
from .test_import import PAIR, jsonl

pytestmark = pytest.mark.django_db


def rejected(path, file_format="jsonl"):
    with pytest.raises(ImportRejected) as caught:
        import_answers(path, file_format)
    assert not QuestionAnswerPage.objects.exists()
    return caught.value.report.errors


@pytest.fixture
def shelf(db, land_field, ward):
    return land_law()


def test_every_mistake_is_listed_with_its_line_and_column(tmp_path, qa_index, shelf):
    path = jsonl(
        tmp_path,
        PAIR,
        {**PAIR, "external_id": "2", "title": ""},
        {**PAIR, "external_id": "3", "legal_fields": ["Thuế"], "unit": "Xã Không Có"},
        {**PAIR, "external_id": "4", "asked_on": "2021-13-01", "answered_on": "hôm qua"},
        {**PAIR, "external_id": "5", "asked_on": "2021-03-09", "answered_on": "2021-03-02"},
        {**PAIR, "external_id": "6", "references": ["99/2099/QH99", "31/2024/QH15 Điều 999"]},
        {**PAIR, "external_id": "7", "references": ["Điều 5 của luật"]},
        {**PAIR, "external_id": "pbgdpl-1024"},
        {**PAIR, "external_id": "9", "tieu_de": "sai tên cột"},
        {**PAIR, "external_id": "10", "answer": "<script>alert(1)</script>"},
        {**PAIR, "external_id": "11", "title": "x" * 300},
        {**PAIR, "external_id": "12", "legal_fields": "Đất đai", "question": ["không phải chuỗi"]},
    )
    errors = rejected(path)

    assert errors == [
        "dòng 2, cột title: bắt buộc, không được để trống",
        "dòng 3, cột unit: không có đơn vị 'Xã Không Có'; thêm đơn vị trong phần quản trị "
        "hoặc sửa tên",
        "dòng 3, cột legal_fields: không có lĩnh vực 'Thuế'; thêm lĩnh vực trong phần quản trị "
        "hoặc sửa tên",
        "dòng 4, cột asked_on: '2021-13-01' không phải ngày hợp lệ (YYYY-MM-DD hoặc DD/MM/YYYY)",
        "dòng 4, cột answered_on: 'hôm qua' không phải ngày hợp lệ (YYYY-MM-DD hoặc DD/MM/YYYY)",
        "dòng 5, cột answered_on: ngày trả lời 02/03/2021 trước ngày hỏi 09/03/2021",
        "dòng 6, cột references: tủ sách không có văn bản số '99/2099/QH99'; hãy nhập văn bản "
        "trước",
        "dòng 6, cột references: văn bản 31/2024/QH15 không có Điều 999 trong toàn văn trên tủ "
        "sách",
        "dòng 7, cột references: không thấy số ký hiệu văn bản trong 'của luật'",
        "dòng 8: external_id trùng với dòng 1",
        "dòng 9: khóa không có trong lược đồ: 'tieu_de'",
        "dòng 10, cột answer: không có chữ nào sau khi làm sạch HTML",
        "dòng 11, cột title: dài 300 ký tự, quá giới hạn 255",
        "dòng 12, cột question: phải là chuỗi, không phải danh sách",
    ]


def test_a_line_that_is_not_json_is_named(tmp_path, qa_index):
    path = tmp_path / "hoi-dap.jsonl"
    path.write_text(
        json.dumps({"title": "Câu hỏi?", "question": "Hỏi?", "answer": "Trả lời."}) + "\n"
        '{"title": "thiếu ngoặc"\n'
        "[1, 2]\n",
        encoding="utf-8",
    )
    errors = rejected(str(path))
    assert errors[0].startswith("dòng 2: không phải JSON hợp lệ")
    assert errors[1] == "dòng 3: không phải một đối tượng JSON {…}"


def test_a_csv_names_the_physical_line_of_each_record(tmp_path, qa_index):
    path = tmp_path / "hoi-dap.csv"
    path.write_text(
        "title,question,answer,asked_on\n"
        'Câu một?,"Dòng một\nDòng hai",Trả lời,2021-01-01\n'
        "Câu hai?,Hỏi,Trả lời,ngày sai\n"
        "Câu ba?,Hỏi\n",
        encoding="utf-8",
    )
    assert rejected(str(path), "csv") == [
        "dòng 4, cột asked_on: 'ngày sai' không phải ngày hợp lệ (YYYY-MM-DD hoặc DD/MM/YYYY)",
        "dòng 5: có 2 ô, dòng tiêu đề có 4 cột",
    ]


def test_a_csv_header_with_unknown_or_missing_columns_stops_the_import(tmp_path, qa_index):
    path = tmp_path / "hoi-dap.csv"
    path.write_text("tieu_de,question\nCâu?,Hỏi\n", encoding="utf-8")
    with pytest.raises(SourceError) as caught:
        import_answers(str(path), "csv")
    assert caught.value.messages[0].startswith("dòng 1: cột không có trong lược đồ: 'tieu_de'")
    assert caught.value.messages[1] == "dòng 1: thiếu cột bắt buộc: 'title', 'answer'"


def test_a_name_several_fields_could_mean_is_refused(tmp_path, qa_index):
    LegalFieldFactory(name="Thuế")
    LegalFieldFactory(name="Thuê")
    errors = rejected(jsonl(tmp_path, {**PAIR, "legal_fields": ["thuệ"], "references": []}))
    assert errors == [
        "dòng 1, cột unit: không có đơn vị 'Phường Hạ Long'; thêm đơn vị trong phần quản trị "
        "hoặc sửa tên",
        "dòng 1, cột legal_fields: 'thuệ' khớp với nhiều mục ('Thuê', 'Thuế'); hãy ghi đúng tên",
    ]


def test_a_number_shared_by_two_documents_is_refused(tmp_path, qa_index, shelf):
    LegalDocumentFactory(number="31/2024/QH15", title="Một văn bản khác cùng số")
    errors = rejected(jsonl(tmp_path, {**PAIR, "references": ["31/2024/QH15"]}))
    assert len(errors) == 1
    assert errors[0].startswith("dòng 1, cột references: số '31/2024/QH15' là của nhiều văn bản")


def test_the_command_lists_the_errors_and_fails(tmp_path, qa_index, shelf, capsys):
    path = jsonl(tmp_path, PAIR, {**PAIR, "external_id": "2", "question": ""})
    with pytest.raises(CommandError) as caught:
        call_command("import_qa", path, "--no-progress")
    assert "1 dòng không hợp lệ trong 2 dòng: không nhập câu hỏi nào" in str(caught.value)
    assert "dòng 2, cột question: bắt buộc, không được để trống" in capsys.readouterr().err
    assert not QuestionAnswerPage.objects.exists()


def test_the_command_explains_what_it_cannot_start_with(tmp_path, db):
    path = jsonl(tmp_path, PAIR)
    with pytest.raises(CommandError, match="Chưa có chuyên mục hỏi đáp"):
        call_command("import_qa", path, "--no-progress")
    QAIndexPageFactory()
    with pytest.raises(CommandError, match="Không biết định dạng"):
        call_command("import_qa", str(tmp_path / "hoi-dap.txt"), "--no-progress")
    with pytest.raises(CommandError, match="Không mở được tệp"):
        call_command("import_qa", str(tmp_path / "khong-co.jsonl"), "--no-progress")


def test_an_unknown_user_is_refused(tmp_path, qa_index):
    with pytest.raises(CommandError, match="Không có tài khoản đang hoạt động 'khong-co'"):
        call_command("import_qa", jsonl(tmp_path, PAIR), "--user", "khong-co")


def test_bytes_that_are_not_utf8_are_named(tmp_path, qa_index):
    path = tmp_path / "hoi-dap.csv"
    # A spreadsheet saved in a legacy code page (Latin-1 bytes).
    path.write_bytes(b"title,question,answer\nC\xe2u h\xe1i?,H\xe1i,Tr\xe1 l\xe1i\n")
    with pytest.raises(SourceError) as caught:
        import_answers(str(path), "csv")
    assert caught.value.messages[0].startswith("dòng 2: không phải văn bản UTF-8")
