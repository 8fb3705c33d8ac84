"""Wagtail's own Elasticsearch indices (admin search, API ``?search=``) fold Vietnamese too."""

import runpy
from pathlib import Path

from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from search.index.elasticsearch import FOLDING_ANALYZER, folding_analysis
from search.wagtail_backend import FoldingElasticsearchBackend, FoldingMapping

from .fake_elasticsearch import FakeElasticsearch

FOLDING = folding_analysis()["analyzer"][FOLDING_ANALYZER]
BASE_SETTINGS = Path(__file__).resolve().parents[2] / "cms" / "settings" / "base.py"


def analysis():
    return FoldingElasticsearchBackend.settings["settings"]["analysis"]


def test_every_text_field_without_an_analyzer_folds():
    # Elasticsearch uses the analyzer named "default" for such fields, indexing and searching.
    assert analysis()["analyzer"]["default"] == FOLDING
    assert analysis()["char_filter"] == folding_analysis()["char_filter"]
    assert analysis()["tokenizer"]["vi_letters_and_digits"]


def test_autocomplete_folds_when_indexed_and_searched():
    edgengram = analysis()["analyzer"]["edgengram_analyzer"]
    assert edgengram["char_filter"] == FOLDING["char_filter"]
    assert edgengram["tokenizer"] == FOLDING["tokenizer"]
    assert edgengram["filter"] == [*FOLDING["filter"], "edgengram"]
    assert analysis()["filter"]["edgengram"]["type"] == "edge_ngram"
    assert analysis()["analyzer"][FOLDING_ANALYZER] == FOLDING


def test_the_page_mapping_names_no_analyzer_that_does_not_fold():
    properties = FoldingMapping(Page).get_mapping()["properties"]
    assert properties["_edgengrams"]["analyzer"] == "edgengram_analyzer"
    assert properties["_edgengrams"]["search_analyzer"] == FOLDING_ANALYZER
    assert properties["title_edgengrams"]["search_analyzer"] == FOLDING_ANALYZER
    for name, field in properties.items():
        if field.get("type") == "text":
            assert field.get("analyzer") in (None, "edgengram_analyzer"), name
            assert field.get("search_analyzer") in (None, FOLDING_ANALYZER), name


def test_the_index_is_created_with_the_folding_settings():
    fake = FakeElasticsearch()
    backend = get_search_backend(
        "search.wagtail_backend",
        URLS=["http://search.invalid:9200"],
        INDEX_PREFIX="test_",
        OPTIONS={"node_class": fake.node_class},
    )
    index = backend.get_index_for_model(Page)
    index.put()
    index.add_model(Page)
    (create,) = fake.sent("PUT", "/test_wagtailcore_page")
    assert create.body["settings"]["analysis"]["analyzer"]["default"] == FOLDING
    assert create.body["settings"]["index"]["auto_expand_replicas"] == "0-1"
    (put_mapping,) = fake.sent("PUT", "/test_wagtailcore_page/_mapping")
    assert put_mapping.body["properties"]["_edgengrams"]["search_analyzer"] == FOLDING_ANALYZER


def test_settings_choose_the_folding_backend_and_the_public_index(monkeypatch):
    monkeypatch.setenv("ELASTICSEARCH_URL", "http://es1:9200, http://es2:9200")
    monkeypatch.setenv("ELASTICSEARCH_INDEX_PREFIX", "qn_")
    settings = runpy.run_path(str(BASE_SETTINGS))
    assert settings["WAGTAILSEARCH_BACKENDS"]["default"] == {
        "BACKEND": "search.wagtail_backend",
        "URLS": ["http://es1:9200", "http://es2:9200"],
        "INDEX_PREFIX": "qn_",
    }
    assert settings["SEARCH_ELASTICSEARCH"] == {
        "URLS": ["http://es1:9200", "http://es2:9200"],
        "INDEX": "qn_public_search",
    }


def test_without_elasticsearch_the_database_searches(monkeypatch):
    monkeypatch.delenv("ELASTICSEARCH_URL", raising=False)
    settings = runpy.run_path(str(BASE_SETTINGS))
    assert settings["WAGTAILSEARCH_BACKENDS"]["default"]["BACKEND"] == (
        "search.wagtail_database_backend"
    )
    assert settings["SEARCH_ELASTICSEARCH"] is None
