"""Importing legal documents from JSON Lines and CSV files (manage.py import_legal_documents)."""

import datetime
import io
import json
import shutil
from pathlib import Path
from unittest import mock

import pytest

from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import DatabaseError, connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Revision

from bookshelf.import_export import relations as relation_writing
from bookshelf.models import (
    DocumentType,
    EffectStatus,
    IssuingBody,
    LegalDocument,
    LegalDocumentRelation,
)
from home.models import LegalField
from tests.factories import (
    DocumentTypeFactory,
    IssuingBodyFactory,
    LegalDocumentFactory,
    LegalFieldFactory,
)

DATA = Path(__file__).parent / "data"

pytestmark = pytest.mark.django_db


def run_import(path, *args):
    out, err = io.StringIO(), io.StringIO()
    call_command(
        "import_legal_documents", str(path), "--no-progress", *args, stdout=out, stderr=err
    )
    return out.getvalue(), err.getvalue()


def rejected_import(path, *args):
    """The error lines of an import that must fail, and the command's message."""
    err = io.StringIO()
    with pytest.raises(CommandError) as failure:
        call_command(
            "import_legal_documents",
            str(path),
            "--no-progress",
            *args,
            stdout=io.StringIO(),
            stderr=err,
        )
    return err.getvalue().splitlines(), str(failure.value)


def read_lines(name):
    return [json.loads(line) for line in (DATA / name).read_text("utf-8").splitlines() if line]


def write_lines(path, records):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    return path


def summary_counts(out):
    """The created / updated / unchanged figures of the summary."""
    line = next(line for line in out.splitlines() if line.startswith("Văn bản:"))
    numbers = [int(word) for word in line.replace(",", " ").split() if word.isdigit()]
    return dict(zip(("created", "updated", "unchanged", "invalid"), numbers, strict=True))


def numbered(number):
    return LegalDocument.objects.get(number=number)


def relation_rows(document):
    return list(
        document.relations.order_by("sort_order").values_list(
            "relation_type", "target_number", "target__number"
        )
    )


def test_jsonl_file_creates_published_documents_with_their_lists():
    out, err = run_import(DATA / "documents.jsonl")

    assert err == ""
    assert summary_counts(out) == {"created": 4, "updated": 0, "unchanged": 0, "invalid": 0}
    assert "Tạo mới: 4 loại văn bản, 3 cơ quan ban hành, 3 lĩnh vực." in out
    land_law = LegalDocument.objects.get(external_id="vbpl-166226")
    assert land_law.number == "31/2024/QH15"
    assert land_law.number_key == "31-2024-qh15"
    assert land_law.title == "Luật Đất đai"
    assert land_law.slug == "31-2024-qh15-luat-dat-dai"
    assert land_law.search_key == "31/2024/qh15 luat dat dai"
    assert land_law.doc_type.name == "Luật"
    assert land_law.doc_type.slug == "luat"
    assert land_law.issuer.name == "Quốc hội"
    assert (land_law.signer, land_law.signer_title) == ("Vương Đình Huệ", "Chủ tịch Quốc hội")
    assert land_law.issued_date == datetime.date(2024, 1, 18)
    assert land_law.effective_date == datetime.date(2024, 8, 1)
    assert land_law.expiry_date is None
    assert land_law.status == EffectStatus.IN_FORCE
    assert land_law.scope == "Toàn quốc"
    assert land_law.summary.startswith("Luật quy định về chế độ sở hữu đất đai")
    assert land_law.body.startswith("<h2>Chương I. QUY ĐỊNH CHUNG</h2>")
    assert land_law.source_url == "https://vbpl.vn/TW/Pages/vbpq-toanvan.aspx?ItemID=166226"
    assert sorted(land_law.legal_fields.values_list("name", flat=True)) == [
        "Tài nguyên - Môi trường",
        "Đất đai",
    ]
    # Published at once, and without a revision per document.
    assert land_law.live and not land_law.has_unpublished_changes
    assert land_law.first_published_at is not None
    assert land_law.last_published_at == land_law.first_published_at
    assert land_law.latest_revision is None
    assert not Revision.objects.exists()


def test_statuses_fields_and_missing_scope_are_read_like_an_editor_would():
    run_import(DATA / "documents.jsonl")

    constitution = LegalDocument.objects.get(title__startswith="Hiến pháp")
    assert constitution.number == "Không số"
    assert constitution.number_key == ""
    assert constitution.status == EffectStatus.IN_FORCE  # "con hieu luc", no diacritics
    assert constitution.scope == "Toàn quốc"
    assert constitution.slug == "hien-phap-nuoc-cong-hoa-xa-hoi-chu-nghia-viet-nam"
    decision = numbered("25/2024/QĐ-UBND")
    # "đất đai" is the field "Đất đai" created by the first line.
    assert list(decision.legal_fields.values_list("name", flat=True)) == ["Đất đai"]
    assert sorted(LegalField.objects.values_list("name", flat=True)) == [
        "Hiến pháp",
        "Tài nguyên - Môi trường",
        "Đất đai",
    ]


def test_relations_link_documents_in_the_file_and_keep_unknown_numbers():
    run_import(DATA / "documents.jsonl")

    assert relation_rows(numbered("102/2024/NĐ-CP")) == [("guides", "31/2024/QH15", "31/2024/QH15")]
    assert relation_rows(numbered("25/2024/QĐ-UBND")) == [
        ("guides", "31/2024/QH15", "31/2024/QH15"),
        ("replaces", "10/2020/QĐ-UBND", None),
    ]
    assert relation_rows(numbered("31/2024/QH15")) == [("replaces", "45/2013/QH13", None)]


def test_relations_are_linked_when_a_later_file_brings_the_document():
    run_import(DATA / "documents.jsonl")
    out, _err = run_import(DATA / "older.jsonl")

    old_law = numbered("45/2013/QH13")
    assert relation_rows(numbered("31/2024/QH15")) == [("replaces", "45/2013/QH13", "45/2013/QH13")]
    assert list(old_law.incoming_relation_rows.values_list("source__number", flat=True)) == [
        "31/2024/QH15"
    ]
    assert "1 quan hệ có sẵn được liên kết" in out


def test_csv_with_bom_multi_line_bodies_and_list_cells():
    out, err = run_import(DATA / "documents.csv")

    assert err == ""
    assert summary_counts(out)["created"] == 3
    decision = LegalDocument.objects.get(external_id="qn-2024-25")
    assert decision.body == (
        "<p><b>Điều 1.</b> Phạm vi điều chỉnh</p>\n"
        "<p><b>Điều 2.</b> Đối tượng áp dụng</p>\n"
        "<p><b>Điều 3.</b> Hạn mức giao đất ở</p>"
    )
    # The apostrophe that kept a spreadsheet from reading a formula is not part of the text.
    assert decision.summary == "- Hạn mức giao đất ở tại đô thị và nông thôn."
    assert sorted(decision.legal_fields.values_list("name", flat=True)) == ["Xây dựng", "Đất đai"]
    resolution = LegalDocument.objects.get(external_id="qn-2024-30")
    assert resolution.title == (
        "Nghị quyết quy định mức chi hỗ trợ công tác phổ biến, giáo dục pháp luật"
    )
    assert relation_rows(resolution) == [
        ("amends", "12/2021/NQ-HĐND", None),
        ("guides", "25/2024/QĐ-UBND", "25/2024/QĐ-UBND"),
    ]
    directive = numbered("05/2023/CT-UBND")
    assert directive.external_id is None
    assert directive.status == EffectStatus.EXPIRED
    assert directive.expiry_date == datetime.date(2024, 12, 31)
    assert directive.signer == ""


def test_format_comes_from_the_extension_unless_given(tmp_path):
    unnamed = tmp_path / "van-ban.txt"
    shutil.copy(DATA / "documents.jsonl", unnamed)

    _lines, message = rejected_import(unnamed)
    assert "--format" in message
    assert not LegalDocument.objects.exists()

    out, _err = run_import(unnamed, "--format", "jsonl")
    assert summary_counts(out)["created"] == 4


def test_missing_file_is_reported():
    _lines, message = rejected_import(DATA / "khong-co.jsonl")

    assert "Không mở được tệp" in message


def test_every_invalid_jsonl_row_is_reported_with_its_line_and_nothing_is_written():
    # One document per batch: the valid first line is written before the errors.
    lines, message = rejected_import(DATA / "invalid.jsonl", "--batch-size", "1")

    assert "13 dòng không hợp lệ: không nhập văn bản nào" in message
    assert "--skip-invalid" in message
    assert lines[0] == "dòng 2: issued_date '2024-13-01' không phải ngày hợp lệ (YYYY-MM-DD)"
    assert lines[1].startswith("dòng 3: không phải JSON hợp lệ (")
    assert lines[2].startswith("dòng 4: status 'còn hiệu' không phải tình trạng hiệu lực")
    assert lines[3:5] == ["dòng 5: thiếu title", "dòng 5: thiếu doc_type"]
    assert lines[5] == "dòng 6: expiry_date 2024-04-30 trước effective_date 2024-05-01"
    assert lines[6].startswith("dòng 7: relations thứ 1: type 'cancels' không phải loại quan hệ")
    assert lines[7] == "dòng 7: relations thứ 2: thiếu number"
    assert lines[8] == (
        "dòng 8: source_url 'vbpl.vn/tt-08' không phải URL hợp lệ (http:// hoặc https://)"
    )
    assert lines[9] == "dòng 9: khóa không có trong lược đồ: 'ngay_ky'"
    assert lines[10] == "dòng 10: external_id 'tt-01' trùng với dòng 1"
    assert lines[11] == "dòng 11: không phải một đối tượng JSON {…}"
    assert lines[12] == "dòng 13: fields phải là danh sách tên lĩnh vực, không phải chuỗi"
    assert lines[13] == ("dòng 14: number '1/2024/tt-btp' của issuer 'Bộ Tư pháp' trùng với dòng 1")
    assert lines[14] == "dòng 16: title chứa ký tự NUL (\\x00), cơ sở dữ liệu không lưu được"
    assert len(lines) == 15
    assert not LegalDocument.objects.exists()
    assert not DocumentType.objects.exists()
    assert not IssuingBody.objects.exists()
    assert not LegalField.objects.exists()


def test_csv_errors_name_the_physical_line_each_record_starts_on():
    lines, _message = rejected_import(DATA / "invalid.csv")

    assert lines[0] == "dòng 4: issued_date '02/01/2024' không phải ngày hợp lệ (YYYY-MM-DD)"
    assert lines[1] == "dòng 5: thiếu title"
    assert lines[2].startswith("dòng 5: status 'Hết hiệu lực' không phải tình trạng hiệu lực")
    assert lines[3].startswith(
        "dòng 5: relations thứ 1: 'amends 01/2024/TT-BTP' phải có dạng loại:số ký hiệu"
    )
    assert lines[4] == "dòng 8: có 9 ô, dòng tiêu đề có 8 cột"
    assert len(lines) == 5
    assert not LegalDocument.objects.exists()


def test_skip_invalid_imports_the_valid_rows_and_still_lists_the_others():
    out, err = run_import(DATA / "invalid.jsonl", "--skip-invalid")

    assert len(err.splitlines()) == 15
    assert summary_counts(out) == {"created": 2, "updated": 0, "unchanged": 0, "invalid": 13}
    assert set(LegalDocument.objects.values_list("external_id", flat=True)) == {"tt-01", "tt-14"}
    # Only names used by valid rows are created.
    assert list(LegalField.objects.values_list("name", flat=True)) == ["Hộ tịch"]
    assert list(IssuingBody.objects.values_list("name", flat=True)) == ["Bộ Tư pháp"]


def test_a_csv_header_with_unknown_or_missing_columns_stops_the_import(tmp_path):
    path = tmp_path / "sai-cot.csv"
    path.write_text("number,tieu_de,doc_type,issuer\n1/2024/TT-BTP,x,Thông tư,Bộ Tư pháp\n")

    _lines, message = rejected_import(path, "--skip-invalid")

    assert "dòng 1: cột không có trong lược đồ: 'tieu_de'" in message
    assert "dòng 1: thiếu cột bắt buộc: 'title', 'status'" in message
    assert not LegalDocument.objects.exists()


def test_importing_the_same_file_again_changes_nothing():
    run_import(DATA / "documents.jsonl")
    before = {
        document.pk: (document.updated_at, document.last_published_at, document.slug)
        for document in LegalDocument.objects.all()
    }
    relation_ids = set(LegalDocumentRelation.objects.values_list("pk", flat=True))

    with mock.patch("bookshelf.import_export.importer.index_legal_documents") as index:
        out, _err = run_import(DATA / "documents.jsonl")

    assert summary_counts(out) == {"created": 0, "updated": 0, "unchanged": 4, "invalid": 0}
    assert "Tạo mới: 0 loại văn bản, 0 cơ quan ban hành, 0 lĩnh vực." in out
    after = {
        document.pk: (document.updated_at, document.last_published_at, document.slug)
        for document in LegalDocument.objects.all()
    }
    assert after == before
    assert set(LegalDocumentRelation.objects.values_list("pk", flat=True)) == relation_ids
    index.assert_not_called()


def test_a_changed_row_updates_its_document_only(tmp_path):
    run_import(DATA / "documents.jsonl")
    land_law = LegalDocument.objects.get(external_id="vbpl-166226")
    records = read_lines("documents.jsonl")
    records[0]["status"] = "Hết hiệu lực một phần"
    records[0]["title"] = "Luật Đất đai năm 2024"
    records[0]["fields"] = ["Đất đai"]
    records[0]["relations"] = [{"type": "repeals", "number": "45/2013/QH13"}]

    out, _err = run_import(write_lines(tmp_path / "sua.jsonl", records))

    assert summary_counts(out) == {"created": 0, "updated": 1, "unchanged": 3, "invalid": 0}
    updated = LegalDocument.objects.get(pk=land_law.pk)
    assert updated.status == EffectStatus.PARTLY_EXPIRED
    assert updated.title == "Luật Đất đai năm 2024"
    assert updated.search_key == "31/2024/qh15 luat dat dai nam 2024"
    assert updated.slug == land_law.slug  # addresses do not move
    assert updated.first_published_at == land_law.first_published_at
    assert updated.last_published_at > land_law.last_published_at
    assert list(updated.legal_fields.values_list("name", flat=True)) == ["Đất đai"]
    assert relation_rows(updated) == [("repeals", "45/2013/QH13", None)]
    assert LegalDocument.objects.count() == 4


def test_keys_a_file_leaves_out_keep_their_values(tmp_path):
    run_import(DATA / "documents.jsonl")
    path = tmp_path / "tinh-trang.csv"
    path.write_text(
        "number,title,doc_type,issuer,status\n"
        "31/2024/QH15,Luật Đất đai,Luật,Quốc hội,Hết hiệu lực một phần\n",
        "utf-8",
    )

    out, _err = run_import(path)

    assert summary_counts(out)["updated"] == 1
    land_law = numbered("31/2024/QH15")
    assert land_law.status == EffectStatus.PARTLY_EXPIRED
    assert land_law.body.startswith("<h2>Chương I.")
    assert land_law.legal_fields.count() == 2
    assert relation_rows(land_law) == [("replaces", "45/2013/QH13", None)]


def test_external_id_finds_the_document_even_when_its_number_changes(tmp_path):
    document = LegalDocumentFactory(external_id="vbpl-1", number="12/2024/NĐ-CP", title="Cũ")
    record = {
        "external_id": "vbpl-1",
        "number": "13/2024/NĐ-CP",
        "title": "Nghị định đã sửa số",
        "doc_type": "Nghị định",
        "issuer": "Chính phủ",
        "status": "Còn hiệu lực",
    }

    out, _err = run_import(write_lines(tmp_path / "a.jsonl", [record]))

    assert summary_counts(out)["updated"] == 1
    document.refresh_from_db()
    assert (document.number, document.number_key) == ("13/2024/NĐ-CP", "13-2024-nd-cp")
    assert document.title == "Nghị định đã sửa số"
    assert LegalDocument.objects.count() == 1


def test_number_and_issuer_find_a_document_however_they_are_spelt(tmp_path):
    document = LegalDocumentFactory(number="52/2015/NĐ-CP", title="Nghị định về cơ sở dữ liệu")
    record = {
        "external_id": "vbpl-52",
        "number": "52/2015/nd-cp",
        "title": "Nghị định về cơ sở dữ liệu quốc gia về pháp luật",
        "doc_type": "nghi dinh",
        "issuer": "CHÍNH PHỦ",
        "status": "con_hieu_luc",
    }

    out, _err = run_import(write_lines(tmp_path / "a.jsonl", [record]))

    assert summary_counts(out)["updated"] == 1
    assert "Tạo mới: 0 loại văn bản, 0 cơ quan ban hành, 0 lĩnh vực." in out
    document.refresh_from_db()
    assert document.external_id == "vbpl-52"  # adopted: later files match by it
    assert document.title == "Nghị định về cơ sở dữ liệu quốc gia về pháp luật"
    assert LegalDocument.objects.count() == 1


def test_a_number_taken_by_another_document_is_an_error(tmp_path):
    LegalDocumentFactory(external_id="vbpl-other", number="52/2015/NĐ-CP")
    record = {
        "external_id": "vbpl-new",
        "number": "52/2015/NĐ-CP",
        "title": "Trùng số",
        "doc_type": "Nghị định",
        "issuer": "Chính phủ",
        "status": "Còn hiệu lực",
    }

    lines, _message = rejected_import(write_lines(tmp_path / "a.jsonl", [record]))

    assert lines == [
        "dòng 1: number '52/2015/NĐ-CP': cơ quan ban hành này đã có văn bản khác "
        "(mã nguồn 'vbpl-other') mang số ký hiệu này"
    ]


def test_documents_without_a_number_are_always_new(tmp_path):
    LegalDocumentFactory(
        number="Không số", title="Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam"
    )
    constitution = read_lines("documents.jsonl")[2]
    del constitution["external_id"]
    records = [constitution] * 2

    out, _err = run_import(write_lines(tmp_path / "a.jsonl", records))

    assert summary_counts(out)["created"] == 2
    slugs = sorted(LegalDocument.objects.values_list("slug", flat=True))
    assert slugs == [
        "hien-phap-nuoc-cong-hoa-xa-hoi-chu-nghia-viet-nam",
        "hien-phap-nuoc-cong-hoa-xa-hoi-chu-nghia-viet-nam-2",
        "hien-phap-nuoc-cong-hoa-xa-hoi-chu-nghia-viet-nam-3",
    ]


def test_names_match_existing_rows_without_case_or_diacritics(tmp_path):
    decree = DocumentTypeFactory(name="Nghị định")
    government = IssuingBodyFactory(name="Chính phủ")
    land = LegalFieldFactory(name="Đất đai")
    record = {
        "number": "1/2025/NĐ-CP",
        "title": "Nghị định thử",
        "doc_type": "NGHỊ ĐỊNH",
        "issuer": "chinh phu",
        "fields": ["dat dai", "ĐẤT ĐAI"],
        "status": "Còn hiệu lực",
    }

    out, _err = run_import(write_lines(tmp_path / "a.jsonl", [record]))

    assert "Tạo mới: 0 loại văn bản, 0 cơ quan ban hành, 0 lĩnh vực." in out
    document = numbered("1/2025/NĐ-CP")
    assert (document.doc_type, document.issuer) == (decree, government)
    assert list(document.legal_fields.all()) == [land]


def test_a_name_matching_several_rows_only_without_diacritics_is_an_error(tmp_path):
    LegalFieldFactory(name="Thuế")
    LegalFieldFactory(name="Thuê")
    record = {
        "number": "1/2025/TT-BTC",
        "title": "Thông tư",
        "doc_type": "Thông tư",
        "issuer": "Bộ Tài chính",
        "fields": ["thue"],
        "status": "Còn hiệu lực",
    }

    lines, _message = rejected_import(write_lines(tmp_path / "a.jsonl", [record]))

    assert lines == [
        "dòng 1: fields 'thue' khớp với nhiều tên ('Thuê', 'Thuế'); hãy ghi đúng một tên"
    ]


def test_dry_run_reports_what_would_happen_and_writes_nothing():
    with mock.patch("bookshelf.import_export.importer.index_legal_documents") as index:
        out, _err = run_import(DATA / "documents.jsonl", "--dry-run")

    assert "Chạy thử (--dry-run): đã hoàn tác. Không có thay đổi nào được lưu." in out
    assert summary_counts(out)["created"] == 4
    assert not LegalDocument.objects.exists()
    assert not DocumentType.objects.exists()
    assert not LegalField.objects.exists()
    assert not LegalDocumentRelation.objects.exists()
    index.assert_not_called()


def test_a_failure_while_writing_leaves_the_database_as_it_was():
    LegalDocumentFactory(number="99/2020/NĐ-CP")
    # Small batches: several are written before relations, written last, fail.
    failing = mock.patch.object(
        relation_writing, "insert_rows", side_effect=DatabaseError("ổ đĩa đầy")
    )

    with failing, pytest.raises(CommandError) as failure:
        run_import(DATA / "documents.jsonl", "--batch-size", "1")

    assert "Lỗi cơ sở dữ liệu: ổ đĩa đầy" in str(failure.value)
    assert "Không có thay đổi nào được lưu." in str(failure.value)
    assert list(LegalDocument.objects.values_list("number", flat=True)) == ["99/2020/NĐ-CP"]
    assert list(DocumentType.objects.values_list("name", flat=True)) == ["Nghị định"]
    assert not LegalField.objects.exists()


def test_an_interruption_leaves_the_database_as_it_was():
    interrupting = mock.patch(
        "bookshelf.import_export.importer.link_waiting_relations",
        side_effect=KeyboardInterrupt,
    )

    with interrupting, pytest.raises(CommandError) as failure:
        run_import(DATA / "documents.jsonl", "--batch-size", "2")

    assert failure.value.returncode == 130
    assert not LegalDocument.objects.exists()
    assert not IssuingBody.objects.exists()


def test_the_search_index_is_updated_once_after_the_import_commits():
    calls = []
    # The test's own transactions stay open; the import's must be closed by then.
    outer_transactions = len(connection.atomic_blocks)

    def index(document_ids, progress=None):
        calls.append((sorted(document_ids), len(connection.atomic_blocks)))

    with mock.patch("bookshelf.import_export.importer.index_legal_documents", index):
        run_import(DATA / "documents.jsonl")

    ids = sorted(LegalDocument.objects.values_list("pk", flat=True))
    assert calls == [(ids, outer_transactions)]


def test_a_failed_index_update_says_the_documents_are_saved():
    failing = mock.patch(
        "bookshelf.import_export.importer.index_legal_documents",
        side_effect=RuntimeError("máy chủ tìm kiếm không trả lời"),
    )

    with failing, pytest.raises(CommandError) as failure:
        run_import(DATA / "documents.jsonl")

    assert "đã được lưu" in str(failure.value)
    assert "máy chủ tìm kiếm không trả lời" in str(failure.value)
    assert "rebuild_search" in str(failure.value)
    assert LegalDocument.objects.count() == 4


def test_the_number_of_queries_does_not_grow_with_the_number_of_rows(tmp_path, monkeypatch):
    # The import's own queries: what other apps do with the documents it announces (the
    # Q&A suggestions index their articles) is theirs to count.
    monkeypatch.setattr("bookshelf.import_export.importer._announce", lambda ids: None)
    # Each file then creates the same number of names: its issuer and one field.
    DocumentTypeFactory(name="Quyết định")
    LegalFieldFactory(name="Đất đai")

    def generated(count, name):
        records = [
            {
                "external_id": f"gen-{name}-{n}",
                "number": f"{n}/2024/QĐ-{name}",
                "title": f"Quyết định số {n}",
                "doc_type": "Quyết định",
                "issuer": f"UBND {name}",
                "fields": ["Đất đai", f"Lĩnh vực {name}"],
                "status": "Còn hiệu lực",
                "relations": [{"type": "amends", "number": f"{n - 1}/2024/QĐ-{name}"}],
            }
            for n in range(1, count + 1)
        ]
        return write_lines(tmp_path / f"{name}.jsonl", records)

    def queries(path):
        with CaptureQueriesContext(connection) as captured:
            run_import(path)
        return len(captured)

    # (SQLite splits an insert of more than 999 values; 30 rows stay below that.)
    small, large = queries(generated(3, "A")), queries(generated(30, "B"))
    assert large == small
    assert LegalDocument.objects.count() == 33
    # Re-importing (every row matches a document) is as cheap.
    assert queries(generated(30, "B")) <= small
