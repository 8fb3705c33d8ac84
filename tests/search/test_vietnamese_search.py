"""Vietnamese search over the bookshelf, on whichever database the tests run on."""

import pytest

from bookshelf.search_index import index_legal_documents
from search import engine
from search.engine import Params


def numbers(q, **filters):
    return [result.number for result in engine.search(Params(q=q, **filters)).results]


@pytest.mark.parametrize(
    ("query", "intended"),
    [
        ("luat dat dai", "31/2024/QH15"),
        ("Luật đất đai", "31/2024/QH15"),
        ("LUẬT ĐẤT ĐAI", "31/2024/QH15"),
        ("Luật Đất đai", "31/2024/QH15"),
        ("dat dai", "31/2024/QH15"),
        ("31/2024/QH15", "31/2024/QH15"),
        ("31/2024/qh15", "31/2024/QH15"),
        ("52/2015/NĐ-CP", "52/2015/NĐ-CP"),
        ("52/2015/nd-cp", "52/2015/NĐ-CP"),
        ("52/2015/ND-CP", "52/2015/NĐ-CP"),
        ("52-2015-nd-cp", "52/2015/NĐ-CP"),
        ("nđ 52/2015", "52/2015/NĐ-CP"),
        ("nd 52/2015", "52/2015/NĐ-CP"),
        ("nghi dinh 52/2015", "52/2015/NĐ-CP"),
        ("thong tu 52/2015", "52/2015/TT-BTC"),
        ("52/2015 tt", "52/2015/TT-BTC"),
        ("102/2024", "102/2024/NĐ-CP"),
        ("hien phap", "Không số"),
        # Tone marks placed the old way ("thuỷ") or the new way ("thủy") are one word.
        ("luật thuỷ lợi", "08/2017/QH14"),
        ("thuy loi", "08/2017/QH14"),
    ],
)
def test_every_spelling_finds_the_intended_document_first(bookshelf_documents, query, intended):
    assert numbers(query)[0] == intended


def test_bare_number_core_finds_every_document_with_it(bookshelf_documents):
    assert set(numbers("52/2015")[:2]) == {"52/2015/NĐ-CP", "52/2015/TT-BTC"}


def test_a_document_citing_a_number_comes_after_the_document_itself(bookshelf_documents):
    found = numbers("52/2015/NĐ-CP")
    assert found[0] == "52/2015/NĐ-CP"
    assert "102/2024/NĐ-CP" in found[1:]


def test_every_word_must_match(bookshelf_documents):
    assert numbers("dat dai thuy loi") == []
    assert "08/2017/QH14" not in numbers("luat dat dai")


def test_current_law_ranks_above_the_one_it_replaced(bookshelf_documents):
    found = numbers("luat dat dai")
    assert found.index("31/2024/QH15") < found.index("45/2013/QH13")


def test_phrase_ranks_above_scattered_words(bookshelf_documents):
    # "quyền sử dụng đất" stands as a phrase in 102/2024 and as scattered words in the
    # newer 15/2023/QĐ-UBND, whose title also holds "đất".
    found = numbers("quyen su dung dat")
    assert found[:2] == ["102/2024/NĐ-CP", "15/2023/QĐ-UBND"]


def test_drafts_are_never_found(bookshelf_documents, indexed):
    from tests.factories import LegalDocumentFactory

    with indexed():
        draft = LegalDocumentFactory(
            number="99/2025/NĐ-CP", title="Dự thảo bí mật", live=False, body="<p>bimat</p>"
        )
    assert numbers("bimat") == []
    assert numbers("99/2025/NĐ-CP") == []

    # Publishing makes it findable; a later draft of it stays invisible.
    with indexed():
        draft.save_revision().publish()
    assert numbers("99/2025/NĐ-CP") == ["99/2025/NĐ-CP"]
    draft.title = "Tiêu đề nháp chưa duyệt"
    with indexed():
        draft.save_revision()
    assert numbers("chua duyet") == []

    draft.refresh_from_db()
    with indexed():
        draft.unpublish()
    assert numbers("99/2025/NĐ-CP") == []


def test_deleted_documents_leave_the_index(bookshelf_documents, indexed):
    with indexed():
        bookshelf_documents["water"].delete()
    assert numbers("thuy loi") == []


def test_reindexing_is_idempotent(bookshelf_documents):
    ids = [doc.pk for doc in bookshelf_documents.values()]
    before = engine.search(Params(q="dat")).count
    index_legal_documents(ids)
    index_legal_documents(ids)
    assert engine.search(Params(q="dat")).count == before


def facet(response, name):
    return {item.value: item.count for item in response.facets[name]}


def test_facets_count_matches(bookshelf_documents):
    response = engine.search(Params(q="dat dai"))
    assert response.count == 3
    assert facet(response, "doc_type") == {"luat": 2, "nghi-dinh": 1}
    assert facet(response, "status") == {"con_hieu_luc": 2, "het_hieu_luc_toan_bo": 1}
    assert facet(response, "year") == {"2024": 2, "2013": 1}
    assert facet(response, "issuer") == {"quoc-hoi": 2, "chinh-phu": 1}
    assert facet(response, "field") == {"dat-dai": 3}
    assert facet(response, "kind") == {"legal_document": 3}


def test_each_facet_counts_under_every_filter_but_its_own(bookshelf_documents):
    response = engine.search(Params(q="dat dai", doc_type="luat"))
    assert response.count == 2
    assert {r.number for r in response.results} == {"31/2024/QH15", "45/2013/QH13"}
    # The type facet still offers the other types, counted under the other filters...
    assert facet(response, "doc_type") == {"luat": 2, "nghi-dinh": 1}
    # ...and every other facet counts only laws.
    assert facet(response, "status") == {"con_hieu_luc": 1, "het_hieu_luc_toan_bo": 1}
    assert facet(response, "issuer") == {"quoc-hoi": 2}

    both = engine.search(Params(q="dat dai", doc_type="luat", status="con_hieu_luc"))
    assert [r.number for r in both.results] == ["31/2024/QH15"]
    assert facet(both, "doc_type") == {"luat": 1, "nghi-dinh": 1}
    assert facet(both, "status") == {"con_hieu_luc": 1, "het_hieu_luc_toan_bo": 1}
    assert facet(both, "year") == {"2024": 1}


def test_year_range_and_field_filters(bookshelf_documents):
    response = engine.search(Params(q="dat dai", year_from=2014, year_to=2024))
    assert {r.number for r in response.results} == {"31/2024/QH15", "102/2024/NĐ-CP"}
    assert facet(response, "year") == {"2024": 2, "2013": 1}
    assert numbers("", field="dat-dai", sort="oldest") == [
        "45/2013/QH13",
        "31/2024/QH15",
        "102/2024/NĐ-CP",
    ]


def test_sorting_by_date(bookshelf_documents):
    assert numbers("dat dai", sort="newest") == ["102/2024/NĐ-CP", "31/2024/QH15", "45/2013/QH13"]
    assert numbers("dat dai", sort="oldest") == ["45/2013/QH13", "31/2024/QH15", "102/2024/NĐ-CP"]


def test_unknown_filter_values_are_refused_clearly(bookshelf_documents):
    with pytest.raises(engine.InvalidSearch, match="doc_type"):
        engine.search(Params(q="dat", doc_type="khong-co"))
    with pytest.raises(engine.InvalidSearch, match="status"):
        engine.search(Params(q="dat", status="hieu_luc"))
    with pytest.raises(engine.InvalidSearch, match="year_from"):
        engine.search(Params(q="dat", year_from=2020, year_to=2010))


def test_highlights_mark_the_words_whatever_was_typed(bookshelf_documents):
    result = engine.search(Params(q="luat dat dai")).results[0]
    assert str(result.title_html) == "<mark>Đất đai</mark>"
    assert "<mark>đất đai</mark>" in str(result.highlight)


def test_highlights_escape_the_text(bookshelf_documents, indexed):
    from tests.factories import LegalDocumentFactory

    with indexed():
        LegalDocumentFactory(number="1/2020/NĐ-CP", title="A <b>x</b> & kiểm tra")
    result = engine.search(Params(q="kiem tra")).results[0]
    assert "&lt;b&gt;" in str(result.title_html)
    assert "<mark>kiểm tra</mark>" in str(result.title_html)


def test_suggestions_complete_numbers_and_titles(bookshelf_documents):
    assert {s["number"] for s in engine.suggest("52/20")} == {"52/2015/NĐ-CP", "52/2015/TT-BTC"}
    assert [s["title"] for s in engine.suggest("thuy l")] == ["Thủy lợi"]
    assert [s["number"] for s in engine.suggest("luat dat d")][:2] == [
        "31/2024/QH15",
        "45/2013/QH13",
    ]
