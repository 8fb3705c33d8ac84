"""``ElasticsearchBackend`` against a recording client: what it sends, how it reads answers."""

import datetime

import pytest

from django.test import override_settings

from search.index.base import FACETS, EntryData, Filters, SearchRequest
from search.index.elasticsearch import (
    ElasticsearchBackend,
    build_query,
    build_suggest_query,
    index_settings,
    mapping,
)

from .fake_elasticsearch import FakeElasticsearch, bulk_reply

INDEX = "test_public_search"
SEARCH = ("POST", f"/{INDEX}/_search")

LAW = EntryData(
    kind="legal_document",
    object_id=3,
    title="Đất đai",
    title_extra="Luật",
    context="Quốc hội",
    number="31/2024/QH15",
    summary="Quy định về chế độ sở hữu đất đai",
    date=datetime.date(2024, 1, 18),
    doc_type_id=2,
    issuer_id=1,
    status="active",
    field_ids=[5, 5, 6],
    body="Điều 1. Phạm vi điều chỉnh",
)
NEWS = EntryData(
    kind="legal_news",
    object_id=11,
    title="Tuyên truyền Luật Đất đai",
    language="vi",
    unit_id=4,
    date=datetime.date(2024, 8, 1),
)
IDS = {("legal_document", 3): 70, ("legal_news", 11): 71}


@pytest.fixture
def fake():
    return FakeElasticsearch()


@pytest.fixture
def backend(fake):
    return ElasticsearchBackend(fake.client, INDEX)


def bulk_lines(fake):
    (request,) = fake.sent("PUT", "/_bulk")
    return request.body


def test_writing_creates_the_index_once_with_the_folding_mapping(fake, backend):
    backend.write([LAW], IDS)
    backend.write([NEWS], IDS)
    assert len(fake.sent("HEAD", f"/{INDEX}")) == 1
    (create,) = fake.sent("PUT", f"/{INDEX}")
    assert create.body == {"settings": index_settings(), "mappings": mapping()}


def test_writing_to_an_existing_index_leaves_it_alone(fake, backend):
    fake.existing_indices.add(INDEX)
    backend.write([LAW], IDS)
    assert fake.sent("PUT", f"/{INDEX}") == []
    assert len(fake.sent("PUT", "/_bulk")) == 1


def test_an_index_created_meanwhile_by_another_worker_is_fine(fake, backend):
    fake.handlers[("PUT", f"/{INDEX}")] = lambda request: (
        400,
        {"error": {"type": "resource_already_exists_exception"}, "status": 400},
    )
    backend.write([LAW], IDS)
    assert len(fake.sent("PUT", "/_bulk")) == 1


def test_writing_indexes_one_document_per_entry_under_its_row_id(fake, backend):
    fake.existing_indices.add(INDEX)
    backend.write([LAW, NEWS], IDS)
    lines = bulk_lines(fake)
    assert lines[0] == {"index": {"_index": INDEX, "_id": "70"}}
    assert lines[2] == {"index": {"_index": INDEX, "_id": "71"}}
    assert lines[1] == {
        "entry_id": 70,
        "kind": "legal_document",
        "language": "",
        "heading": "Luật Đất đai",
        "title": "Đất đai",
        "title_extra": "Luật",
        "context": "Quốc hội",
        "number": "31/2024/QH15",
        "number_key": "31-2024-qh15",
        "number_core": "31-2024",
        "number_tokens": ["31", "2024", "qh15"],
        "summary": "Quy định về chế độ sở hữu đất đai",
        "body": "Điều 1. Phạm vi điều chỉnh",
        "date": "2024-01-18",
        "year": 2024,
        "doc_type_id": 2,
        "issuer_id": 1,
        "status": "active",
        "unit_id": None,
        "field_ids": [5, 6],
    }
    news = lines[3]
    assert (news["language"], news["unit_id"], news["heading"]) == (
        "vi",
        4,
        "Tuyên truyền Luật Đất đai",
    )
    # Nothing to match or count: no number, no status.
    assert (news["number_key"], news["number_core"], news["number_tokens"]) == (None, None, [])
    assert news["status"] is None


def test_a_document_without_a_number_has_no_number_keys(fake, backend):
    constitution = EntryData(
        kind="legal_document", object_id=1, title="Hiến pháp", number="Không số"
    )
    backend.write([constitution], {("legal_document", 1): 9})
    document = bulk_lines(fake)[1]
    assert (document["number_key"], document["number_core"], document["number_tokens"]) == (
        None,
        None,
        [],
    )
    assert document["date"] is None and document["year"] is None


def test_writing_nothing_sends_nothing(fake, backend):
    backend.write([], {})
    backend.delete([])
    assert fake.requests == []


def test_deleting_sends_one_bulk_of_deletes(fake, backend):
    backend.delete([70, 71])
    assert bulk_lines(fake) == [
        {"delete": {"_index": INDEX, "_id": "70"}},
        {"delete": {"_index": INDEX, "_id": "71"}},
    ]


def test_deleting_first_creates_the_index_with_its_mapping(fake, backend):
    # Left to the bulk request, the index would be created without the folding mapping.
    backend.delete([70])
    assert [request.method + " " + request.path for request in fake.requests] == [
        f"HEAD /{INDEX}",
        f"PUT /{INDEX}",
        "PUT /_bulk",
    ]
    assert fake.sent("PUT", f"/{INDEX}")[0].body["mappings"] == mapping()


def test_deleting_what_is_not_there_is_fine(fake, backend):
    fake.handlers[("PUT", "/_bulk")] = lambda request: bulk_reply(request.body, missing_ids={"71"})
    backend.delete([70, 71])
    assert len(fake.sent("PUT", "/_bulk")) == 1


def test_clearing_recreates_the_index(fake, backend):
    fake.existing_indices.add(INDEX)
    backend.clear()
    (drop,) = fake.sent("DELETE", f"/{INDEX}")
    assert drop.params == {"ignore_unavailable": ["true"]}
    (create,) = fake.sent("PUT", f"/{INDEX}")
    assert create.body["mappings"] == mapping()
    # The next write does not ask again whether the index exists.
    backend.write([LAW], IDS)
    assert fake.sent("HEAD", f"/{INDEX}") == []


def test_searching_sends_the_built_query_and_reads_the_answer(fake, backend):
    fake.handlers[SEARCH] = lambda request: (
        200,
        {
            "hits": {
                "total": {"value": 2, "relation": "eq"},
                "hits": [{"_id": "71"}, {"_id": "70"}],
            },
            "aggregations": {
                "year": {"doc_count": 2, "values": {"buckets": [{"key": 2024, "doc_count": 2}]}}
            },
        },
    )
    request = SearchRequest(query="luật đất đai", filters=Filters(year_from=2020), offset=20)
    hits = backend.search(request)
    assert fake.sent(*SEARCH)[0].body == build_query(request)
    assert hits.ids == [71, 70]
    assert hits.count == 2
    assert hits.facets["year"] == {2024: 2}


def test_searching_before_anything_was_indexed_finds_nothing(fake, backend):
    fake.handlers[SEARCH] = lambda request: (
        404,
        {"error": {"type": "index_not_found_exception"}, "status": 404},
    )
    hits = backend.search(SearchRequest(query="đất"))
    assert (hits.ids, hits.count) == ([], 0)
    assert hits.facets == {name: {} for name in FACETS}
    assert backend.suggest("đất", 5) == []


def test_suggesting(fake, backend):
    fake.handlers[SEARCH] = lambda request: (
        200,
        {"hits": {"total": {"value": 1, "relation": "eq"}, "hits": [{"_id": "70"}]}},
    )
    assert backend.suggest("luật đất", 5, language="vi") == [70]
    assert fake.sent(*SEARCH)[0].body == build_suggest_query("luật đất", 5, "vi")
    assert backend.suggest("", 5) == []
    assert len(fake.sent(*SEARCH)) == 1


@override_settings(
    SEARCH_ELASTICSEARCH={"URLS": ["http://es.invalid:9200"], "INDEX": "pbgdpl_public_search"}
)
def test_the_backend_from_settings():
    backend = ElasticsearchBackend.from_settings()
    assert backend.index_name == "pbgdpl_public_search"
    (node,) = backend.client.transport.node_pool.all()
    assert (node.host, node.port) == ("es.invalid", 9200)
