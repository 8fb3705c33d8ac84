"""The Elasticsearch request bodies for searches and suggestions, and reading the answers."""

import unicodedata

import pytest

from search.index import elasticsearch as es
from search.index.base import FACETS, Filters, SearchRequest
from search.index.elasticsearch import (
    FACET_SIZE,
    MAX_RESULT_WINDOW,
    build_query,
    build_suggest_query,
    parse_response,
)


def body(query="", **kwargs):
    filters = kwargs.pop("filters", Filters())
    return build_query(SearchRequest(query=query, filters=filters, **kwargs))


def matching(built):
    """The clauses of which a hit must satisfy one."""
    return built["query"]["bool"]["must"][0]["bool"]["should"]


def tiers(built):
    """Constant-score ranking clauses as {score: filter}, summed where a score repeats."""
    found = {}
    for clause in built["query"]["bool"]["should"]:
        if "constant_score" in clause:
            score = clause["constant_score"]["boost"]
            found.setdefault(score, []).append(clause["constant_score"]["filter"])
    return found


def all_words(built):
    (words,) = [c["combined_fields"] for c in matching(built) if "combined_fields" in c]
    return words


# -- words -----------------------------------------------------------------------------


def test_every_word_must_match_across_the_text_fields():
    words = all_words(body("Luật đất đai"))
    assert words["query"] == "luat dat dai"
    assert words["operator"] == "and"
    fields = {field.split("^")[0] for field in words["fields"]}
    assert {"title", "title_extra", "summary", "body"} <= fields


def test_no_diacritics_and_decomposed_text_ask_the_same():
    typed = body("Luật Đất đai")
    assert body("luat dat dai") == typed
    assert body("LUẬT ĐẤT ĐAI") == typed
    assert body(unicodedata.normalize("NFD", "Luật Đất đai")) == typed


def test_words_rank_by_title_phrase_then_title_words_then_text_phrase():
    ranked = tiers(body("quyền sử dụng đất"))
    assert ranked[es.TITLE_PHRASE] == [{"match_phrase": {"heading": "quyen su dung dat"}}]
    (title_words,) = ranked[es.TITLE_WORDS]
    assert title_words["combined_fields"]["query"] == "quyen su dung dat"
    assert title_words["combined_fields"]["operator"] == "and"
    assert "heading" in title_words["combined_fields"]["fields"]
    (text_phrase,) = ranked[es.TEXT_PHRASE]
    assert text_phrase["multi_match"]["type"] == "phrase"
    assert set(text_phrase["multi_match"]["fields"]) == {"summary", "body"}


def test_adjacent_word_pairs_add_to_the_score():
    should = body("quyền sử dụng đất")["query"]["bool"]["should"]
    (shingles,) = [c["multi_match"] for c in should if "multi_match" in c]
    assert shingles["query"] == "quyen su dung dat"
    assert {f.split("^")[0] for f in shingles["fields"]} == {
        "heading.shingles",
        "summary.shingles",
        "body.shingles",
    }


def test_one_word_has_no_phrase_tiers():
    ranked = tiers(body("đất"))
    assert set(ranked) == {es.TITLE_WORDS}


def test_each_tier_outweighs_every_weaker_one_together():
    # Scores below a tier are BM25 (kept strictly under TEXT_PHRASE) plus weaker tiers.
    weaker = es.TEXT_PHRASE
    for tier in (es.TEXT_PHRASE, es.TITLE_WORDS, es.TITLE_PHRASE, es.NUMBER_EXTRA_WORD):
        assert tier >= weaker
        weaker += tier
    weaker += es.NUMBER_EXTRA_WORD * (es.MAX_NUMBER_EXTRA_WORDS - 1)
    assert weaker <= es.NUMBER_CORE
    weaker += es.NUMBER_CORE
    assert weaker <= es.EXACT_NUMBER


# -- document numbers ------------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    ["52/2015/NĐ-CP", "52/2015/nd-cp", "52-2015-nd-cp", "52/2015/ND-CP", "52 / 2015 / NĐ-CP"],
)
def test_a_full_number_in_any_spelling(query):
    built = body(query)
    assert {"term": {"number_core": "52-2015"}} in matching(built)
    ranked = tiers(built)
    assert ranked[es.EXACT_NUMBER] == [{"term": {"number_key": "52-2015-nd-cp"}}]
    assert ranked[es.NUMBER_CORE] == [{"term": {"number_core": "52-2015"}}]


def test_the_number_core_alone():
    built = body("52/2015")
    assert {"term": {"number_core": "52-2015"}} in matching(built)
    assert all_words(built)["query"] == "52 2015"
    assert tiers(built)[es.NUMBER_CORE] == [{"term": {"number_core": "52-2015"}}]
    assert es.NUMBER_EXTRA_WORD not in tiers(built)


def test_words_beside_a_number_raise_documents_whose_number_holds_them():
    built = body("nđ 52/2015")
    assert {"term": {"number_core": "52-2015"}} in matching(built)
    assert tiers(built)[es.NUMBER_EXTRA_WORD] == [
        {
            "bool": {
                "filter": [
                    {"term": {"number_core": "52-2015"}},
                    {"term": {"number_tokens": "nd"}},
                ]
            }
        }
    ]


def test_words_beside_a_number_make_the_phrase():
    ranked = tiers(body("nghị định 52/2015"))
    assert ranked[es.TITLE_PHRASE] == [{"match_phrase": {"heading": "nghi dinh"}}]
    assert len(ranked[es.NUMBER_EXTRA_WORD]) == 2


def test_leading_zeros_do_not_matter():
    assert tiers(body("01/2021/TT-BTP"))[es.EXACT_NUMBER] == [
        {"term": {"number_key": "1-2021-tt-btp"}}
    ]


def test_words_without_a_number_never_look_at_numbers():
    built = body("luật đất đai")
    assert len(matching(built)) == 1
    assert es.EXACT_NUMBER not in tiers(built)


# -- filters and facets ----------------------------------------------------------------


def test_facet_filters_go_after_the_counts():
    built = body(
        "đất đai",
        filters=Filters(kind="legal_document", doc_type=3, field=9, status="active", year_to=2020),
    )
    assert built["post_filter"] == {
        "bool": {
            "filter": [
                {"term": {"kind": "legal_document"}},
                {"term": {"doc_type_id": 3}},
                {"term": {"field_ids": 9}},
                {"term": {"status": "active"}},
                {"range": {"year": {"lte": 2020}}},
            ]
        }
    }
    assert "filter" not in built["query"]["bool"]


def test_each_facet_counts_under_every_filter_but_its_own():
    aggs = body("", filters=Filters(doc_type=3, issuer=5, year_from=2010, year_to=2020))["aggs"]
    assert set(aggs) == set(FACETS)
    doc_type = {"term": {"doc_type_id": 3}}
    issuer = {"term": {"issuer_id": 5}}
    years = {"range": {"year": {"gte": 2010, "lte": 2020}}}
    assert aggs["doc_type"]["filter"] == {"bool": {"filter": [issuer, years]}}
    assert aggs["issuer"]["filter"] == {"bool": {"filter": [doc_type, years]}}
    assert aggs["year"]["filter"] == {"bool": {"filter": [doc_type, issuer]}}
    assert aggs["kind"]["filter"] == {"bool": {"filter": [doc_type, issuer, years]}}


def test_facets_without_filters_count_everything_found():
    aggs = body("đất")["aggs"]
    for name in FACETS:
        assert aggs[name]["filter"] == {"match_all": {}}
    assert "post_filter" not in body("đất")


def test_facets_list_every_value():
    aggs = body("")["aggs"]
    fields = {name: agg["aggs"]["values"]["terms"]["field"] for name, agg in aggs.items()}
    assert fields == {
        "kind": "kind",
        "doc_type": "doc_type_id",
        "issuer": "issuer_id",
        "field": "field_ids",
        "status": "status",
        "year": "year",
    }
    for agg in aggs.values():
        assert agg["aggs"]["values"]["terms"]["size"] == FACET_SIZE
    assert FACET_SIZE >= 1000


def test_language_and_unit_narrow_the_hits_and_every_count():
    built = body("đất", filters=Filters(language="en", unit=4))
    assert built["query"]["bool"]["filter"] == [
        # Entries without a language (legal documents) are shown in every language.
        {"terms": {"language": ["", "en"]}},
        {"term": {"unit_id": 4}},
    ]
    assert "post_filter" not in built


def test_an_empty_query_lists_everything_in_scope():
    assert body("")["query"] == {"match_all": {}}
    assert body("  ")["query"] == {"match_all": {}}
    assert body("", filters=Filters(language="vi"))["query"] == {
        "bool": {"filter": [{"terms": {"language": ["", "vi"]}}]}
    }


# -- sorting and pages -----------------------------------------------------------------

NEWEST = [{"date": {"order": "desc", "missing": "_last"}}, {"entry_id": "desc"}]


def test_relevance_then_newest():
    assert body("đất đai")["sort"] == ["_score", *NEWEST]


def test_relevance_without_words_is_newest_first():
    assert body("")["sort"] == NEWEST


def test_newest_and_oldest():
    assert body("đất đai", sort="newest")["sort"] == NEWEST
    assert body("đất đai", sort="oldest")["sort"] == [
        {"date": {"order": "asc", "missing": "_last"}},
        {"entry_id": "asc"},
    ]


def test_pages_and_the_exact_total():
    built = body("đất", offset=40, limit=20)
    assert (built["from"], built["size"]) == (40, 20)
    assert built["track_total_hits"] is True
    assert built["_source"] is False


def test_pages_stop_at_the_result_window():
    built = body("đất", offset=MAX_RESULT_WINDOW - 5, limit=20)
    assert built["from"] + built["size"] == MAX_RESULT_WINDOW
    beyond = body("đất", offset=MAX_RESULT_WINDOW + 100, limit=20)
    assert (beyond["from"], beyond["size"]) == (MAX_RESULT_WINDOW, 0)


# -- suggestions -----------------------------------------------------------------------


def test_suggestions_match_title_prefixes_folded():
    built = build_suggest_query("Luật đất đ", 8)
    should = built["query"]["bool"]["should"]
    (prefixes,) = [c["combined_fields"] for c in should if "combined_fields" in c]
    assert prefixes == {
        "query": "luat dat d",
        "fields": ["heading.prefix", "number.prefix"],
        "operator": "and",
    }
    assert built["query"]["bool"]["minimum_should_match"] == 1
    assert built["size"] == 8
    assert build_suggest_query("luat dat d", 8) == built


def test_suggestions_put_a_number_typed_from_its_start_first():
    built = build_suggest_query("52/20", 5)
    should = built["query"]["bool"]["should"]
    assert {
        "constant_score": {
            "filter": {"prefix": {"number_key": "52-20"}},
            "boost": es.SUGGEST_NUMBER_PREFIX,
        }
    } in should
    assert built["sort"][0] == "_score"


def test_suggestions_in_a_language_include_documents_of_every_language():
    built = build_suggest_query("đất", 5, language="en")
    assert built["query"]["bool"]["filter"] == [{"terms": {"language": ["", "en"]}}]


def test_nothing_typed_suggests_nothing():
    assert build_suggest_query("", 5) is None
    assert build_suggest_query(" - / ", 5) is None


# -- answers ---------------------------------------------------------------------------


def test_reading_an_answer():
    response = {
        "hits": {
            "total": {"value": 42, "relation": "eq"},
            "hits": [{"_id": "17", "_score": 3.0}, {"_id": "4", "_score": 2.0}],
        },
        "aggregations": {
            "kind": {
                "doc_count": 42,
                "values": {"buckets": [{"key": "legal_document", "doc_count": 40}]},
            },
            "doc_type": {"doc_count": 40, "values": {"buckets": [{"key": 3, "doc_count": 40}]}},
            "field": {"doc_count": 40, "values": {"buckets": [{"key": 9, "doc_count": 12}]}},
            "status": {"doc_count": 40, "values": {"buckets": [{"key": "active", "doc_count": 7}]}},
            "year": {
                "doc_count": 42,
                "values": {
                    "buckets": [{"key": 2024, "doc_count": 30}, {"key": 2015, "doc_count": 12}]
                },
            },
            "issuer": {"doc_count": 0, "values": {"buckets": []}},
        },
    }
    hits = parse_response(response)
    assert hits.ids == [17, 4]
    assert hits.count == 42
    assert hits.facets == {
        "kind": {"legal_document": 40},
        "doc_type": {3: 40},
        "issuer": {},
        "field": {9: 12},
        "status": {"active": 7},
        "year": {2024: 30, 2015: 12},
    }


def test_reading_an_answer_without_aggregations():
    hits = parse_response({"hits": {"total": {"value": 0, "relation": "eq"}, "hits": []}})
    assert hits.ids == []
    assert hits.count == 0
    assert hits.facets == {name: {} for name in FACETS}
