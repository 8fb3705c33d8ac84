"""The public search on a real Elasticsearch 9, when ELASTICSEARCH_URL names one.

Each run works in an index of its own, dropped at the end.
"""

import datetime
import os
import unicodedata
import uuid

import pytest
from elasticsearch import Elasticsearch

from search.index.base import EntryData, Filters, SearchRequest
from search.index.elasticsearch import ElasticsearchBackend

pytestmark = pytest.mark.skipif(
    not os.environ.get("ELASTICSEARCH_URL"),
    reason="needs an Elasticsearch 9 server: set ELASTICSEARCH_URL (e.g. http://127.0.0.1:9200)",
)

DECREE, RESOLUTION, LAND_LAW, NEWS, ENGLISH, WORDS_APART = 1, 2, 3, 4, 5, 6

ENTRIES = [
    EntryData(
        kind="legal_document",
        object_id=DECREE,
        title="Về cơ sở dữ liệu quốc gia về pháp luật",
        title_extra="Nghị định",
        context="Chính phủ",
        number="52/2015/NĐ-CP",
        date=datetime.date(2015, 5, 28),
        doc_type_id=10,
        issuer_id=20,
        status="active",
        field_ids=[30],
    ),
    EntryData(
        kind="legal_document",
        object_id=RESOLUTION,
        title="Về chương trình giám sát",
        title_extra="Nghị quyết",
        context="Quốc hội",
        number="52/2015/QH13",
        date=datetime.date(2015, 6, 20),
        doc_type_id=11,
        issuer_id=21,
        status="expired",
    ),
    EntryData(
        kind="legal_document",
        object_id=LAND_LAW,
        title="Đất đai",
        title_extra="Luật",
        context="Quốc hội",
        number="31/2024/QH15",
        summary="Quy định về chế độ sở hữu đất đai, quyền sử dụng đất",
        date=datetime.date(2024, 1, 18),
        doc_type_id=12,
        issuer_id=21,
        status="active",
        field_ids=[31],
        body="Điều 1. Phạm vi điều chỉnh. Luật này quy định về chế độ sở hữu đất đai.",
    ),
    EntryData(
        kind="legal_news",
        object_id=NEWS,
        title="Tuyên truyền Luật Đất đai năm 2024 tại Hạ Long",
        language="vi",
        date=datetime.date(2024, 8, 1),
        unit_id=40,
        field_ids=[31],
        body="Luật Đất đai số 31/2024/QH15 có hiệu lực từ ngày 01/8/2024.",
    ),
    EntryData(
        kind="legal_news",
        object_id=ENGLISH,
        title="Land Law dissemination in Ha Long",
        language="en",
        date=datetime.date(2024, 8, 2),
        unit_id=40,
    ),
    EntryData(
        kind="legal_news",
        object_id=WORDS_APART,
        title="Hỏi đáp về đất ở",
        language="vi",
        date=datetime.date(2023, 3, 1),
        body="Luật giao thông: thắt đai an toàn khi đi xe máy đến xem đất.",
    ),
]


def row_id(object_id):
    return object_id * 100


ENTRY_IDS = {(e.kind, e.object_id): row_id(e.object_id) for e in ENTRIES}


@pytest.fixture(scope="module")
def backend():
    client = Elasticsearch([url.strip() for url in os.environ["ELASTICSEARCH_URL"].split(",")])
    backend = ElasticsearchBackend(client, f"test_public_search_{uuid.uuid4().hex[:12]}")
    backend.clear()
    backend.write(ENTRIES, ENTRY_IDS)
    client.indices.refresh(index=backend.index_name)
    yield backend
    client.indices.delete(index=backend.index_name, ignore_unavailable=True)


def search(backend, query="", **kwargs):
    return backend.search(SearchRequest(query=query, **kwargs))


@pytest.mark.parametrize(
    "query", ["52/2015/NĐ-CP", "52/2015/nd-cp", "52-2015-nd-cp", "52/2015/ND-CP", "nđ 52/2015"]
)
def test_every_spelling_of_a_number_finds_its_document_first(backend, query):
    hits = search(backend, query)
    assert hits.ids[0] == row_id(DECREE)
    assert row_id(RESOLUTION) in hits.ids


def test_the_core_of_a_number_finds_every_document_with_it(backend):
    hits = search(backend, "52/2015")
    assert set(hits.ids[:2]) == {row_id(DECREE), row_id(RESOLUTION)}


def test_words_without_diacritics_find_the_title_phrase_first(backend):
    hits = search(backend, "luat dat dai")
    assert set(hits.ids[:2]) == {row_id(LAND_LAW), row_id(NEWS)}
    # "luật", "đất" and "đai" apart still match, below the phrase.
    assert hits.ids[2] == row_id(WORDS_APART)
    assert search(backend, "Luật Đất đai").ids == hits.ids
    assert search(backend, unicodedata.normalize("NFD", "Luật Đất đai")).ids == hits.ids


def test_every_word_must_match(backend):
    assert search(backend, "đất đai mặt trăng").ids == []


def test_facets_count_every_value_but_their_own_filter(backend):
    hits = search(backend, "", filters=Filters(kind="legal_document", language="vi"))
    assert hits.count == 3
    assert hits.facets["kind"] == {"legal_document": 3, "legal_news": 2}
    assert hits.facets["year"] == {2015: 2, 2024: 1}
    assert hits.facets["issuer"] == {20: 1, 21: 2}
    assert hits.facets["field"] == {30: 1, 31: 1}
    assert hits.facets["status"] == {"active": 2, "expired": 1}


def test_other_languages_are_left_out_but_legal_documents_stay(backend):
    hits = search(backend, "", filters=Filters(language="en"))
    assert set(hits.ids) == {row_id(DECREE), row_id(RESOLUTION), row_id(LAND_LAW), row_id(ENGLISH)}


def test_newest_and_oldest(backend):
    assert search(backend, "", sort="newest").ids[0] == row_id(ENGLISH)
    assert search(backend, "", sort="oldest").ids[0] == row_id(DECREE)
    assert search(backend, "", filters=Filters(year_from=2024, year_to=2024)).count == 3


def test_suggestions(backend):
    assert backend.suggest("luật đất", 5)[0] == row_id(LAND_LAW)
    assert set(backend.suggest("52/20", 5)[:2]) == {row_id(DECREE), row_id(RESOLUTION)}


def test_deleted_entries_are_no_longer_found(backend):
    backend.delete([row_id(WORDS_APART), 999_999])
    backend.client.indices.refresh(index=backend.index_name)
    assert row_id(WORDS_APART) not in search(backend, "đất").ids
