"""The database backends' two ways to decide the title tiers, and the in-memory columns
they count and order over: both ways must give the same hits, and the columns must
follow every change to the index, including one rolled back."""

import datetime

import pytest

from django.db import transaction

from bookshelf.models import EffectStatus
from search import engine
from search.engine import Params
from search.index import database, get_backend
from search.index.base import Filters, SearchRequest
from tests.factories import DocumentTypeFactory, IssuingBodyFactory, LegalDocumentFactory

TITLES = [
    "Quy định về đất đai",
    "Quy định chi tiết về quyền sử dụng đất",
    "Hướng dẫn thi hành quy định về thuế",
    "Về quản lý đất đai và quy hoạch",
    "Bồi thường khi thu hồi đất",
    "Thủ tục hành chính về đất đai",
]
QUERIES = ["quy dinh", "dat dai", "quy dinh dat", "dat", "thu hoi dat", "thu tuc hanh chinh"]


@pytest.fixture
def shelf(db, indexed):
    """Forty documents sharing words in titles and texts, on many dates and statuses."""
    decree = DocumentTypeFactory(name="Nghị định")
    decision = DocumentTypeFactory(name="Quyết định")
    issuers = [IssuingBodyFactory(name="Chính phủ"), IssuingBodyFactory(name="UBND tỉnh")]
    statuses = [EffectStatus.IN_FORCE, EffectStatus.EXPIRED, EffectStatus.PARTLY_EXPIRED]
    with indexed():
        for n in range(40):
            LegalDocumentFactory(
                number=f"{n + 1}/2020/NĐ-CP",
                title=TITLES[n % len(TITLES)],
                doc_type=decree if n % 3 else decision,
                issuer=issuers[n % 2],
                status=statuses[n % 3],
                # Some share a date, so ties are broken by id as well.
                issued_date=datetime.date(2010 + n % 7, 1 + n % 12, 1),
                body=(
                    "<p>Điều 1. Quy định về đất đai và thu hồi đất.</p>"
                    if n % 4
                    else "<p>Thủ tục hành chính; đất của hộ gia đình, quy hoạch.</p>"
                ),
            )


def hits(query, **request):
    response = get_backend().search(SearchRequest(query=query, **request))
    return response.ids, response.count, response.facets


@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize(("offset", "limit"), [(0, 10), (5, 5), (0, 40)])
def test_walking_candidates_gives_the_same_hits_as_reading_whole_title_sets(
    shelf, monkeypatch, query, offset, limit
):
    # A window smaller than the shelf, so that phrase queries are walked too.
    monkeypatch.setattr(database, "RERANK_WINDOW", 20)
    monkeypatch.setattr(database, "FEW_CANDIDATES", 10**9)
    expected = hits(query, offset=offset, limit=limit)
    assert expected[0], f"{query!r} finds nothing: the comparison would prove nothing"
    # Walk every query, one candidate at a time, as far as it takes (on SQLite too, where
    # the walk is correct but not chosen).
    monkeypatch.setattr(type(get_backend()), "walks_title_tiers", True)
    monkeypatch.setattr(database, "FEW_CANDIDATES", 0)
    monkeypatch.setattr(database, "WALK_CHUNK", 1)
    monkeypatch.setattr(database, "WALK_LIMIT", 10**6)
    assert hits(query, offset=offset, limit=limit) == expected


def test_a_walk_that_settles_the_page_reads_no_whole_title_set(shelf, monkeypatch):
    backend = type(get_backend())
    monkeypatch.setattr(backend, "walks_title_tiers", True)
    monkeypatch.setattr(database, "FEW_CANDIDATES", 0)
    monkeypatch.setattr(database, "WALK_CHUNK", 4)
    read_whole = []
    original = backend.title_ids
    monkeypatch.setattr(
        backend,
        "title_ids",
        lambda self, *args: read_whole.append(args) or original(self, *args),
    )
    # One word: every title holding it is in the best tier, so the first chunks settle it.
    ids, count, _ = hits("dat", limit=3)
    assert len(ids) == 3 and count == 40
    assert read_whole == []


def test_sorting_by_date_orders_ties_by_id(shelf):
    newest, _, _ = hits("dat", sort="newest", limit=40)
    oldest, _, _ = hits("dat", sort="oldest", limit=40)
    assert oldest == list(reversed(newest))


def test_a_change_to_the_index_is_seen_by_the_next_search(shelf, indexed):
    assert hits("ngoc trai")[1] == 0
    with indexed():
        LegalDocumentFactory(title="Nuôi ngọc trai", issued_date=datetime.date(2024, 1, 1))
    ids, count, facets = hits("ngoc trai")
    assert count == 1 and len(ids) == 1
    assert facets["year"] == {2024: 1}


def test_a_rolled_back_write_leaves_no_trace_in_counts(shelf, indexed):
    before = hits("dat")
    with pytest.raises(RuntimeError), transaction.atomic():
        with indexed():
            LegalDocumentFactory(title="Đất rừng", issued_date=datetime.date(2030, 1, 1))
        # Seen inside the transaction that wrote it...
        assert hits("dat")[1] == before[1] + 1
        raise RuntimeError("roll back")
    # ... and gone with it, from the hits, the total and the facets.
    assert hits("dat") == before


def test_filters_without_a_query_list_everything_they_select(shelf):
    found = get_backend().search(
        SearchRequest(filters=Filters(year_from=2015), sort="newest", limit=50)
    )
    ids, count, facets = found.ids, found.count, found.facets
    assert count == sum(facets["year"].get(year, 0) for year in (2015, 2016)) == len(ids)
    assert set(facets["year"]) == {2010, 2011, 2012, 2013, 2014, 2015, 2016}


def test_the_search_page_and_the_backend_agree(shelf):
    response = engine.search(Params(q="quy dinh dat dai", page_size=5))
    ids, count, _ = hits("quy dinh dat dai", limit=5)
    assert response.count == count
    assert len(response.results) == len(ids) == 5
