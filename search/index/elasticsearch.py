"""The public search on Elasticsearch 9: one index, one document per ``SearchEntry``.

Folding: the stock Elasticsearch image has no ICU plugin, so text cannot be NFC-normalised
on the server. The ``vi_text`` analyzer gets the same result as ``core.vietnamese.fold``
another way: stray combining marks (text typed on decomposing keyboards) are removed,
"đ"/"Đ" become "d", and the ``asciifolding`` filter turns every precomposed Vietnamese
letter (ư ơ ă â ê ô, and the double-marked ậ ề ế ở ữ …) into its base letter. Tokens are
runs of letters and digits, as in ``core.vietnamese.tokens``, so "52/2015/NĐ-CP" is indexed
as 52, 2015, nd, cp whatever the spelling.

Ranking is by tiers, like the database backends' (``search.index.database``),
each tier a constant score that outweighs every weaker tier together; BM25 (with a
bonus for adjacent word pairs, from the shingle sub-fields) orders hits within a tier:

1. the exact document number typed (``52/2015/NĐ-CP`` in any spelling);
2. the number's core (``52/2015``), higher for each other query word found inside the
   document's number (``nđ 52/2015``);
3. the words as a phrase in the title (with the type: "Luật" + "Đất đai");
4. all the words in the title, number, issuer or tags;
5. the words as a phrase in the summary or the full text.

The functions that build settings, mappings, documents, queries and read responses are
pure, so they can be checked as data; ``ElasticsearchBackend`` only sends them.
"""

from elasticsearch import BadRequestError, Elasticsearch, NotFoundError
from elasticsearch.helpers import bulk

from django.conf import settings

from core.document_numbers import number_core, number_key, number_tokens
from search.query import parse

from .base import FACETS, SearchBackend, SearchHits

# Elasticsearch refuses to page past index.max_result_window (10,000 by default).
MAX_RESULT_WINDOW = 10_000
# Facet buckets returned: enough for every issuing body of the national database.
FACET_SIZE = 5_000
# Query words found inside a document's number that raise it (as the database backends).
MAX_NUMBER_EXTRA_WORDS = 4

# Tier scores (see the module docstring). BM25 within a tier stays well below 10,000.
TEXT_PHRASE = 10_000
TITLE_WORDS = 20_000
TITLE_PHRASE = 40_000
NUMBER_EXTRA_WORD = 80_000
NUMBER_CORE = 640_000
EXACT_NUMBER = 1_280_000

# Suggestions: a number typed from its start comes before titles.
SUGGEST_NUMBER_PREFIX = 1_000
SUGGEST_NUMBER_CORE = 500
SUGGEST_TITLE_PHRASE = 10

FOLDING_ANALYZER = "vi_text"
SHINGLE_ANALYZER = "vi_shingles"
PREFIX_ANALYZER = "vi_prefix"

# Facet name -> document field.
FACET_FIELDS = {
    "kind": "kind",
    "doc_type": "doc_type_id",
    "issuer": "issuer_id",
    "field": "field_ids",
    "status": "status",
    "year": "year",
}
# Facets whose values are ids or years; the others are codes.
INTEGER_FACETS = {"doc_type", "issuer", "field", "year"}

# Fields searched for "all the words", with their weight in the combined BM25 score.
WORD_FIELDS = ["title^3", "title_extra^3", "number^3", "context^2", "summary^1.5", "body"]
# "heading" holds title_extra and title together, so that a phrase may span both.
TITLE_SIDE_FIELDS = ["heading", "number", "context"]
SHINGLE_FIELDS = ["heading.shingles^3", "summary.shingles^1.5", "body.shingles"]


def folding_analysis():
    """Char filters, tokenizer and analyzers that fold text like ``core.vietnamese.fold``.

    Shared with Wagtail's own indices (``search.wagtail_backend``)."""
    folding = {
        "type": "custom",
        "char_filter": ["vi_strip_combining_marks", "vi_d_stroke"],
        "tokenizer": "vi_letters_and_digits",
        "filter": ["lowercase", "asciifolding"],
    }
    return {
        "char_filter": {
            # Java regex: the Combining Diacritical Marks block, which fold() drops after NFC.
            "vi_strip_combining_marks": {
                "type": "pattern_replace",
                "pattern": "[\\u0300-\\u036F]",
                "replacement": "",
            },
            # asciifolding maps đ too, but Vietnamese search must not depend on that.
            "vi_d_stroke": {"type": "mapping", "mappings": ["đ => d", "Đ => d"]},
        },
        "tokenizer": {
            "vi_letters_and_digits": {"type": "pattern", "pattern": "[^\\p{L}\\p{N}]+"},
        },
        "filter": {
            "vi_shingle": {
                "type": "shingle",
                "min_shingle_size": 2,
                "max_shingle_size": 2,
                "output_unigrams": False,
            },
            "vi_edge_ngram": {"type": "edge_ngram", "min_gram": 1, "max_gram": 20},
        },
        "analyzer": {
            FOLDING_ANALYZER: folding,
            SHINGLE_ANALYZER: {**folding, "filter": [*folding["filter"], "vi_shingle"]},
            PREFIX_ANALYZER: {**folding, "filter": [*folding["filter"], "vi_edge_ngram"]},
        },
    }


def index_settings():
    # One replica once a second node joins; none on a single node (health stays green).
    return {"index": {"auto_expand_replicas": "0-1"}, "analysis": folding_analysis()}


def _text(shingles=False, prefix=False):
    field = {"type": "text", "analyzer": FOLDING_ANALYZER}
    subfields = {}
    if shingles:
        subfields["shingles"] = {"type": "text", "analyzer": SHINGLE_ANALYZER}
    if prefix:
        subfields["prefix"] = {
            "type": "text",
            "analyzer": PREFIX_ANALYZER,
            "search_analyzer": FOLDING_ANALYZER,
        }
    if subfields:
        field["fields"] = subfields
    return field


def mapping():
    return {
        "dynamic": "strict",
        # The full text is searched, never read back: keep it out of the stored source.
        "_source": {"excludes": ["body"]},
        "properties": {
            "entry_id": {"type": "integer"},
            "kind": {"type": "keyword"},
            "language": {"type": "keyword"},
            # The type read before the title ("Luật" + "Đất đai"): phrases and suggestions.
            "heading": _text(shingles=True, prefix=True),
            "title": _text(),
            "title_extra": _text(),
            "context": _text(),
            "number": _text(prefix=True),
            "number_key": {"type": "keyword"},
            "number_core": {"type": "keyword"},
            "number_tokens": {"type": "keyword"},
            "summary": _text(shingles=True),
            "body": _text(shingles=True),
            "date": {"type": "date", "format": "strict_date"},
            "year": {"type": "short"},
            "doc_type_id": {"type": "integer"},
            "issuer_id": {"type": "integer"},
            "status": {"type": "keyword"},
            "unit_id": {"type": "integer"},
            "field_ids": {"type": "integer"},
        },
    }


def document(entry, entry_id):
    """The indexed document of one ``EntryData`` saved as ``SearchEntry`` ``entry_id``."""
    return {
        "entry_id": entry_id,
        "kind": entry.kind,
        # "" (every language) is a value of its own: the language filter asks for it.
        "language": entry.language,
        "heading": " ".join(part for part in (entry.title_extra, entry.title) if part),
        "title": entry.title,
        "title_extra": entry.title_extra,
        "context": entry.context,
        "number": entry.number,
        "number_key": number_key(entry.number) or None,
        "number_core": number_core(entry.number) or None,
        "number_tokens": number_tokens(entry.number),
        "summary": entry.summary,
        "body": entry.body,
        "date": entry.date.isoformat() if entry.date else None,
        "year": entry.date.year if entry.date else None,
        "doc_type_id": entry.doc_type_id,
        "issuer_id": entry.issuer_id,
        "status": entry.status or None,
        "unit_id": entry.unit_id,
        "field_ids": list(dict.fromkeys(entry.field_ids)),
    }


def index_actions(index, entries, entry_ids):
    """Bulk actions writing ``entries``; ``entry_ids`` maps (kind, object_id) to row ids."""
    actions = []
    for entry in entries:
        entry_id = entry_ids[(entry.kind, entry.object_id)]
        actions.append(
            {
                "_op_type": "index",
                "_index": index,
                "_id": str(entry_id),
                "_source": document(entry, entry_id),
            }
        )
    return actions


def delete_actions(index, entry_ids):
    return [{"_op_type": "delete", "_index": index, "_id": str(pk)} for pk in entry_ids]


# -- queries ---------------------------------------------------------------------------


def _facet_filters(filters):
    """Facet name -> the clause its own filter adds (the year range is the year facet's)."""
    clauses = {}
    for name in ("kind", "doc_type", "issuer", "field", "status"):
        value = getattr(filters, name)
        if value is not None:
            clauses[name] = {"term": {FACET_FIELDS[name]: value}}
    years = {}
    if filters.year_from is not None:
        years["gte"] = filters.year_from
    if filters.year_to is not None:
        years["lte"] = filters.year_to
    if years:
        clauses["year"] = {"range": {"year": years}}
    return clauses


def _scope_filters(filters):
    """Filters that are not facets: they narrow the hits and every facet count alike."""
    clauses = []
    if filters.language:
        clauses.append({"terms": {"language": ["", filters.language]}})
    if filters.unit is not None:
        clauses.append({"term": {"unit_id": filters.unit}})
    return clauses


def _tier(clause, score):
    return {"constant_score": {"filter": clause, "boost": score}}


def _matching(parsed):
    """Which entries answer the query: all its words, or the core of its number."""
    candidates = []
    if parsed.words:
        candidates.append(
            {
                "combined_fields": {
                    "query": " ".join(parsed.words),
                    "fields": WORD_FIELDS,
                    "operator": "and",
                }
            }
        )
    if parsed.number:
        candidates.append({"term": {"number_core": parsed.number.core}})
    return {"bool": {"should": candidates, "minimum_should_match": 1}}


def _ranking(parsed):
    clauses = []
    number = parsed.number
    if number:
        clauses.append(_tier({"term": {"number_key": number.key}}, EXACT_NUMBER))
        clauses.append(_tier({"term": {"number_core": number.core}}, NUMBER_CORE))
        for word in number.extra[:MAX_NUMBER_EXTRA_WORDS]:
            inside = {
                "bool": {
                    "filter": [
                        {"term": {"number_core": number.core}},
                        {"term": {"number_tokens": word}},
                    ]
                }
            }
            clauses.append(_tier(inside, NUMBER_EXTRA_WORD))
    words = " ".join(parsed.words)
    # The number has a field of its own: phrases are looked for among the other words.
    phrase_words = number.extra if number else parsed.words
    if len(phrase_words) > 1:
        phrase = " ".join(phrase_words)
        clauses.append(_tier({"match_phrase": {"heading": phrase}}, TITLE_PHRASE))
        clauses.append(
            _tier(
                {"multi_match": {"query": phrase, "type": "phrase", "fields": ["summary", "body"]}},
                TEXT_PHRASE,
            )
        )
    clauses.append(
        _tier(
            {
                "combined_fields": {
                    "query": words,
                    "fields": TITLE_SIDE_FIELDS,
                    "operator": "and",
                }
            },
            TITLE_WORDS,
        )
    )
    if len(parsed.words) > 1:
        clauses.append(
            {"multi_match": {"query": words, "type": "most_fields", "fields": SHINGLE_FIELDS}}
        )
    return clauses


def _query(parsed, filters):
    scope = _scope_filters(filters)
    if parsed.is_empty:
        return {"bool": {"filter": scope}} if scope else {"match_all": {}}
    query = {"bool": {"must": [_matching(parsed)], "should": _ranking(parsed)}}
    if scope:
        query["bool"]["filter"] = scope
    return query


def _sort(sort, ranked):
    if sort == "oldest":
        return [{"date": {"order": "asc", "missing": "_last"}}, {"entry_id": "asc"}]
    newest = [{"date": {"order": "desc", "missing": "_last"}}, {"entry_id": "desc"}]
    if sort == "relevance" and ranked:
        return ["_score", *newest]
    return newest


def _aggregations(facet_filters):
    """Disjunctive facets: each counts under every filter except its own."""
    aggregations = {}
    for name in FACETS:
        others = [clause for other, clause in facet_filters.items() if other != name]
        aggregations[name] = {
            "filter": {"bool": {"filter": others}} if others else {"match_all": {}},
            "aggs": {"values": {"terms": {"field": FACET_FIELDS[name], "size": FACET_SIZE}}},
        }
    return aggregations


def build_query(request):
    """The search request body for a ``SearchRequest``."""
    parsed = parse(request.query)
    facet_filters = _facet_filters(request.filters)
    offset = max(request.offset, 0)
    body = {
        "query": _query(parsed, request.filters),
        "aggs": _aggregations(facet_filters),
        "sort": _sort(request.sort, ranked=not parsed.is_empty),
        "from": min(offset, MAX_RESULT_WINDOW),
        "size": max(min(request.limit, MAX_RESULT_WINDOW - offset), 0),
        "track_total_hits": True,
        "_source": False,
    }
    if facet_filters:
        # After the aggregations, so that each facet still sees the values filtered away.
        body["post_filter"] = {"bool": {"filter": list(facet_filters.values())}}
    return body


def build_suggest_query(query, limit, language=None):
    """The request body for as-you-type suggestions, or None when nothing was typed."""
    parsed = parse(query)
    if not parsed.words:
        return None
    words = " ".join(parsed.words)
    candidates = [
        {
            "combined_fields": {
                "query": words,
                "fields": ["heading.prefix", "number.prefix"],
                "operator": "and",
            }
        },
        _tier({"match_phrase": {"heading.prefix": words}}, SUGGEST_TITLE_PHRASE),
    ]
    if parsed.number:
        candidates.append(
            _tier({"prefix": {"number_key": parsed.number.key}}, SUGGEST_NUMBER_PREFIX)
        )
        candidates.append(_tier({"term": {"number_core": parsed.number.core}}, SUGGEST_NUMBER_CORE))
    suggest = {"bool": {"should": candidates, "minimum_should_match": 1}}
    if language:
        suggest["bool"]["filter"] = [{"terms": {"language": ["", language]}}]
    return {
        "query": suggest,
        "sort": ["_score", {"date": {"order": "desc", "missing": "_last"}}, {"entry_id": "desc"}],
        "size": limit,
        "_source": False,
    }


def _facet_value(name, key):
    return int(key) if name in INTEGER_FACETS else str(key)


def parse_ids(response):
    return [int(hit["_id"]) for hit in response["hits"]["hits"]]


def parse_response(response):
    """``SearchHits`` from the response to a ``build_query`` body."""
    aggregations = response.get("aggregations", {})
    facets = {}
    for name in FACETS:
        buckets = aggregations.get(name, {}).get("values", {}).get("buckets", [])
        facets[name] = {_facet_value(name, b["key"]): b["doc_count"] for b in buckets}
    return SearchHits(
        ids=parse_ids(response),
        count=response["hits"]["total"]["value"],
        facets=facets,
    )


# -- the backend -----------------------------------------------------------------------


class ElasticsearchBackend(SearchBackend):
    """Keeps the public search index on Elasticsearch and answers queries from it."""

    def __init__(self, client, index_name):
        self.client = client
        self.index_name = index_name
        self._index_ready = False

    @classmethod
    def from_settings(cls):
        """``settings.SEARCH_ELASTICSEARCH``: {"URLS": [...], "INDEX": name}."""
        config = settings.SEARCH_ELASTICSEARCH
        return cls(Elasticsearch(config["URLS"]), config["INDEX"])

    def create_index(self):
        self.client.indices.create(
            index=self.index_name, settings=index_settings(), mappings=mapping()
        )
        self._index_ready = True

    def ensure_index(self):
        if self._index_ready:
            return
        if not self.client.indices.exists(index=self.index_name):
            try:
                self.create_index()
            except BadRequestError as error:
                # Another worker created it between the two calls.
                if error.error != "resource_already_exists_exception":
                    raise
        self._index_ready = True

    def write(self, entries, entry_ids):
        if not entries:
            return
        self.ensure_index()
        bulk(self.client, index_actions(self.index_name, entries, entry_ids))

    def delete(self, entry_ids):
        entry_ids = list(entry_ids)
        if not entry_ids:
            return
        # An index that a bulk request would create would not have the mapping.
        self.ensure_index()
        # 404: the document is not there, which is what was wanted.
        bulk(self.client, delete_actions(self.index_name, entry_ids), ignore_status=(404,))

    def clear(self):
        """Drop the index and create it again (with the current mapping)."""
        self.client.indices.delete(index=self.index_name, ignore_unavailable=True)
        self.create_index()

    def search(self, request):
        try:
            response = self.client.search(index=self.index_name, body=build_query(request))
        except NotFoundError:
            return SearchHits(ids=[], count=0, facets={name: {} for name in FACETS})
        return parse_response(response)

    def suggest(self, query, limit, language=None):
        body = build_suggest_query(query, limit, language)
        if body is None:
            return []
        try:
            return parse_ids(self.client.search(index=self.index_name, body=body))
        except NotFoundError:
            return []
