"""Exporting the bookshelf (manage.py export_legal_documents) in the import schema, and
importing an export back."""

import csv
import datetime
import io
import json
from pathlib import Path

import pytest

from django.core.management import call_command
from django.core.management.base import CommandError

from bookshelf.import_export.schema import KEYS
from bookshelf.models import (
    DocumentType,
    EffectStatus,
    IssuingBody,
    LegalDocument,
    LegalDocumentRelation,
    RelationType,
)
from core.spreadsheets import guard_formula, unguard_formula
from home.models import LegalField
from tests.factories import LegalDocumentFactory, LegalFieldFactory

DATA = Path(__file__).parent / "data"

pytestmark = pytest.mark.django_db


def export(*args):
    out = io.StringIO()
    call_command("export_legal_documents", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def exported_records(*args):
    return [json.loads(line) for line in export(*args).splitlines()]


def exported_csv(*args):
    text = export("--format", "csv", *args)
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))


def run_import(path):
    out = io.StringIO()
    call_command(
        "import_legal_documents", str(path), "--no-progress", stdout=out, stderr=io.StringIO()
    )
    return out.getvalue()


def bookshelf():
    """Everything an import writes, keyed by what identifies a document across databases."""
    documents = LegalDocument.objects.select_related("doc_type", "issuer").prefetch_related(
        "legal_fields", "relations__target"
    )
    return {
        (document.external_id, document.number, document.title): {
            "fields": sorted(field.name for field in document.legal_fields.all()),
            "relations": [
                (relation.relation_type, relation.target_number, relation.target_id is not None)
                for relation in document.relations.all()
            ],
            "doc_type": document.doc_type.name,
            "issuer": document.issuer.name,
            "live": document.live,
            **{
                name: getattr(document, name)
                for name in (
                    "number_key",
                    "slug",
                    "signer",
                    "signer_title",
                    "issued_date",
                    "effective_date",
                    "expiry_date",
                    "status",
                    "scope",
                    "summary",
                    "body",
                    "source_url",
                    "search_key",
                )
            },
        }
        for document in documents
    }


def empty_the_bookshelf():
    LegalDocument.objects.all().delete()
    for model in (DocumentType, IssuingBody, LegalField):
        model.objects.all().delete()


@pytest.fixture
def land_law(db):
    land = LegalFieldFactory(name="Đất đai")
    law = LegalDocumentFactory(
        external_id="vbpl-166226",
        number="31/2024/QH15",
        title="Luật Đất đai",
        doc_type__name="Luật",
        issuer__name="Quốc hội",
        signer="Vương Đình Huệ",
        signer_title="Chủ tịch Quốc hội",
        issued_date=datetime.date(2024, 1, 18),
        effective_date=datetime.date(2024, 8, 1),
        summary='=HYPERLINK("https://example.invalid")',
        body="<p>Điều 1. Phạm vi điều chỉnh</p>",
        source_url="https://vbpl.vn/TW/Pages/vbpq-toanvan.aspx?ItemID=166226",
        legal_fields=[land],
    )
    decree = LegalDocumentFactory(number="102/2024/NĐ-CP", title="-Nghị định hướng dẫn")
    LegalDocumentRelation.objects.create(
        source=decree, relation_type=RelationType.GUIDES, target=law, target_number=""
    )
    LegalDocumentRelation.objects.create(
        source=law, relation_type=RelationType.REPLACES, target_number="45/2013/QH13"
    )
    return law


def test_jsonl_export_writes_each_published_document_in_the_schema(land_law):
    LegalDocumentFactory(number="1/2025/NĐ-CP", live=False)

    records = exported_records()

    assert [record["number"] for record in records] == ["31/2024/QH15", "102/2024/NĐ-CP"]
    law = records[0]
    assert list(law) == list(KEYS)
    assert law == {
        "external_id": "vbpl-166226",
        "number": "31/2024/QH15",
        "title": "Luật Đất đai",
        "doc_type": "Luật",
        "issuer": "Quốc hội",
        "signer": "Vương Đình Huệ",
        "signer_title": "Chủ tịch Quốc hội",
        "issued_date": "2024-01-18",
        "effective_date": "2024-08-01",
        "expiry_date": "",
        "status": "con_hieu_luc",
        "scope": "Toàn quốc",
        "fields": ["Đất đai"],
        "summary": '=HYPERLINK("https://example.invalid")',
        "body_html": "<p>Điều 1. Phạm vi điều chỉnh</p>",
        "source_url": "https://vbpl.vn/TW/Pages/vbpq-toanvan.aspx?ItemID=166226",
        "relations": [{"type": "replaces", "number": "45/2013/QH13"}],
    }
    # A relation chosen in the admin names its target by the target's number.
    assert records[1]["relations"] == [{"type": "guides", "number": "31/2024/QH15"}]
    assert records[1]["external_id"] == ""


def test_csv_export_has_a_bom_and_guards_cells_a_spreadsheet_would_run(land_law):
    rows = exported_csv()

    assert list(rows[0]) == list(KEYS)
    assert rows[0]["summary"] == '\'=HYPERLINK("https://example.invalid")'
    assert rows[0]["fields"] == "Đất đai"
    assert rows[0]["relations"] == "replaces:45/2013/QH13"
    assert rows[1]["title"] == "'-Nghị định hướng dẫn"
    assert rows[1]["relations"] == "guides:31/2024/QH15"


@pytest.mark.parametrize(
    "value",
    ["=1+1", "+84 203", "-5", "@SUM(A1)", "'=1", "''+x", "'quoted'", "plain", ""],
)
def test_the_formula_guard_gives_back_exactly_what_it_was_given(value):
    guarded = guard_formula(value)

    assert not guarded.startswith(("=", "+", "-", "@"))
    assert unguard_formula(guarded) == value


def test_export_filters_by_status_and_legal_field(land_law):
    LegalDocumentFactory(number="5/2010/NĐ-CP", status=EffectStatus.EXPIRED)

    assert [r["number"] for r in exported_records("--status", "het hieu luc toan bo")] == [
        "5/2010/NĐ-CP"
    ]
    assert [r["number"] for r in exported_records("--field", "dat dai")] == ["31/2024/QH15"]
    both = exported_records("--status", "Còn hiệu lực", "--status", "het_hieu_luc_toan_bo")
    assert len(both) == 3
    with pytest.raises(CommandError, match="không phải tình trạng hiệu lực"):
        export("--status", "đang xét")
    with pytest.raises(CommandError, match="Không có lĩnh vực 'Hộ tịch'"):
        export("--field", "Hộ tịch")


def test_export_runs_the_same_queries_for_any_number_of_documents(
    land_law, django_assert_max_num_queries
):
    fields = [LegalFieldFactory(name=f"Lĩnh vực {n}") for n in range(3)]
    for n in range(30):
        document = LegalDocumentFactory(number=f"{n + 200}/2024/NĐ-CP", legal_fields=fields)
        LegalDocumentRelation.objects.create(
            source=document, relation_type=RelationType.AMENDS, target=land_law
        )

    with django_assert_max_num_queries(3):
        records = exported_records()

    assert len(records) == 32
    assert records[-1]["fields"] == ["Lĩnh vực 0", "Lĩnh vực 1", "Lĩnh vực 2"]


def test_export_to_a_file(land_law, tmp_path):
    path = tmp_path / "tu-sach.csv"

    message = export("--output", str(path))

    assert message == f"Đã xuất 2 văn bản vào '{path}'.\n"
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # CSV, from the extension
    assert [path.name] == [entry.name for entry in tmp_path.iterdir()]
    with pytest.raises(CommandError, match="Không có thư mục"):
        export("--output", str(tmp_path / "khong-co" / "tu-sach.jsonl"))


@pytest.mark.parametrize("file_format", ["jsonl", "csv"])
def test_an_export_imports_into_an_empty_database_as_the_same_documents(file_format, tmp_path):
    run_import(DATA / "documents.jsonl")
    run_import(DATA / "documents.csv")
    before = bookshelf()
    path = tmp_path / f"tu-sach.{file_format}"
    export("--output", str(path))
    empty_the_bookshelf()

    out = run_import(path)

    assert "Văn bản: 6 tạo mới" in out
    assert bookshelf() == before


@pytest.mark.parametrize("file_format", ["jsonl", "csv"])
def test_importing_an_export_into_the_same_database_changes_nothing(
    land_law, file_format, tmp_path
):
    path = tmp_path / f"tu-sach.{file_format}"
    export("--output", str(path))
    before = bookshelf()
    stamps = set(LegalDocument.objects.values_list("pk", "updated_at", "last_published_at"))

    out = run_import(path)

    assert "Văn bản: 0 tạo mới, 0 cập nhật, 2 không đổi" in out
    assert bookshelf() == before
    assert set(LegalDocument.objects.values_list("pk", "updated_at", "last_published_at")) == stamps
