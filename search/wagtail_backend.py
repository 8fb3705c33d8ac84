"""Wagtail's Elasticsearch 9 backend, folding Vietnamese like the public search.

Stock, only the autocomplete (edge-ngram) analyzer folds accents, and it is searched with
the ``standard`` analyzer, which does not: "luat dat dai" finds nothing in the admin
search or the API's ``?search=``. Here the index's ``default`` analyzer (used by every
text field without an analyzer of its own) is the public search's ``vi_text``, the
edge-ngram analyzer folds the same way, and autocomplete is searched with ``vi_text``.

Queries are bounded as on the database backends (``search.wagtail_query``). Changing
analyzers needs the indices rebuilt: ``manage.py update_index``.
"""

from copy import deepcopy

from modelsearch.backends.elasticsearch9 import (
    Elasticsearch9AutocompleteQueryCompiler,
    Elasticsearch9Mapping,
    Elasticsearch9SearchBackend,
    Elasticsearch9SearchQueryCompiler,
)
from modelsearch.utils import deep_update

from search.index.elasticsearch import FOLDING_ANALYZER, folding_analysis
from search.wagtail_query import BoundedQueryMixin


def folding_index_settings():
    """What this backend adds to the stock index settings."""
    analysis = folding_analysis()
    # Shingles and the public index's edge-ngrams are not used by Wagtail's mappings.
    del analysis["filter"]
    folding = analysis["analyzer"][FOLDING_ANALYZER]
    analysis["analyzer"] = {
        FOLDING_ANALYZER: folding,
        "default": folding,
        # The stock filter name "edgengram" (1 to 15 characters) comes with the stock settings.
        "edgengram_analyzer": {**folding, "filter": [*folding["filter"], "edgengram"]},
    }
    return {"settings": {"analysis": analysis, "index": {"auto_expand_replicas": "0-1"}}}


class FoldingMapping(Elasticsearch9Mapping):
    edgengram_analyzer_config = {
        "analyzer": "edgengram_analyzer",
        "search_analyzer": FOLDING_ANALYZER,
    }


class FoldingSearchQueryCompiler(Elasticsearch9SearchQueryCompiler):
    mapping_class = FoldingMapping


class FoldingAutocompleteQueryCompiler(Elasticsearch9AutocompleteQueryCompiler):
    mapping_class = FoldingMapping


class FoldingElasticsearchBackend(BoundedQueryMixin, Elasticsearch9SearchBackend):
    mapping_class = FoldingMapping
    query_compiler_class = FoldingSearchQueryCompiler
    autocomplete_query_compiler_class = FoldingAutocompleteQueryCompiler
    settings = deep_update(deepcopy(Elasticsearch9SearchBackend.settings), folding_index_settings())


SearchBackend = FoldingElasticsearchBackend
