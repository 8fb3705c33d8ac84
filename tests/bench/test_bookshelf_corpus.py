"""The bookshelf benchmark's corpus generator and query set (bench/bookshelf/)."""

import datetime
import io
import json
import re
import statistics
import unicodedata
from collections import Counter, defaultdict

import pytest

from django.core.management import call_command

from bench.bookshelf import corpus
from bench.bookshelf.corpus import generate
from bench.bookshelf.landmarks import LANDMARKS
from bench.bookshelf.queries import CLASSES, QUERIES
from bookshelf.import_export.schema import KEYS
from bookshelf.models import EffectStatus, LegalDocument, RelationType
from core.document_numbers import NO_NUMBER, number_core, number_key
from core.vietnamese import tokens

SIZE = 1500
KB = 1024


@pytest.fixture(scope="module")
def rows():
    return list(generate(SIZE))


@pytest.fixture(scope="module")
def texts(rows):
    """Each document's folded words, as one space-padded string."""
    return [
        " " + " ".join(tokens(f"{row['number']} {row['title']} {_plain(row['body_html'])}")) + " "
        for row in rows
    ]


def _plain(html):
    return re.sub(r"<[^>]+>", " ", html)


def _contains_all(text, query):
    return all(f" {word} " in text for word in tokens(query))


def test_every_row_has_exactly_the_import_keys_with_valid_values(rows):
    statuses = set(EffectStatus.values)
    relation_types = set(RelationType.values)
    for row in rows:
        assert tuple(row) == KEYS
        assert row["number"] and row["title"] and row["doc_type"] and row["issuer"]
        assert row["status"] in statuses
        issued = datetime.date.fromisoformat(row["issued_date"])
        effective = datetime.date.fromisoformat(row["effective_date"])
        assert effective >= issued
        if row["expiry_date"]:
            assert datetime.date.fromisoformat(row["expiry_date"]) > effective
        assert row["fields"] and all(isinstance(name, str) and name for name in row["fields"])
        assert row["source_url"].startswith("https://vbpl.vn/")
        assert all(relation["type"] in relation_types for relation in row["relations"])
        for key in ("title", "issuer", "summary", "body_html", "signer"):
            assert unicodedata.is_normalized("NFC", row[key])


def test_relations_point_to_documents_issued_earlier(rows):
    earlier = set()
    for row in rows:
        for relation in row["relations"]:
            assert relation["number"] in earlier
        earlier.add(row["number"])
    assert 0.2 < sum(1 for row in rows if row["relations"]) / SIZE < 0.5


def test_replaced_documents_have_expired(rows):
    by_number = defaultdict(list)
    for row in rows:
        by_number[row["number"]].append(row)
    replaced = [
        target
        for row in rows
        for relation in row["relations"]
        if relation["type"] in ("replaces", "repeals")
        for target in by_number[relation["number"]]
        if target["issuer"] == row["issuer"]
    ]
    assert replaced
    assert all(target["status"] == "het_hieu_luc_toan_bo" for target in replaced)
    assert all(target["expiry_date"] for target in replaced)


def test_bodies_are_2_to_30_kb_with_a_mean_near_8_kb(rows):
    sizes = [len(row["body_html"].encode()) for row in rows]
    assert min(sizes) >= 2 * KB and max(sizes) <= 30 * KB
    assert 7 * KB <= statistics.mean(sizes) <= 9 * KB


def test_bodies_are_laid_out_in_chapters_and_articles_with_full_diacritics(rows):
    for row in rows:
        body = row["body_html"]
        if row["doc_type"] != "Chỉ thị":
            assert "Điều 1." in body
        assert "đ" in body.lower()
        assert re.search("[ậầấẩẫềếểễệồốổỗộờớởỡợừứửữự]", body)
    chapters = sum(1 for row in rows if re.search(r"(<h2>|<strong>)Chương I\b", row["body_html"]))
    assert chapters / SIZE > 0.4


def test_the_same_size_and_seed_give_the_same_documents():
    assert list(generate(100, seed=3)) == list(generate(100, seed=3))
    assert list(generate(100, seed=3)) != list(generate(100, seed=4))


def test_numbers_are_unique_per_issuer_and_cores_are_shared_between_issuers(rows):
    keys = Counter(
        (number_key(row["number"]), row["issuer"]) for row in rows if row["number"] != NO_NUMBER
    )
    assert keys.most_common(1)[0][1] == 1
    issuers_by_core = defaultdict(set)
    for row in rows:
        issuers_by_core[number_core(row["number"])].add(row["issuer"])
    assert len(issuers_by_core["52-2015"]) >= 4
    assert sum(1 for issuers in issuers_by_core.values() if len(issuers) > 1) > 50


def test_kinds_issuers_and_statuses_come_in_plausible_proportions(rows):
    types = Counter(row["doc_type"] for row in rows)
    assert types["Quyết định"] > types["Nghị quyết"] > types["Thông tư"] > types["Nghị định"]
    assert types["Luật"] and types["Văn bản hợp nhất"] and types["Hiến pháp"] == 1
    statuses = Counter(row["status"] for row in rows)
    assert set(statuses) == set(EffectStatus.values)
    assert statuses["con_hieu_luc"] / SIZE > 0.6
    assert sum(1 for row in rows if "Quảng Ninh" in row["issuer"]) / SIZE > 0.02
    assert 15 <= len({name for row in rows for name in row["fields"]}) <= 25


def test_the_most_cited_decree_is_cited_by_about_one_document_in_eight(rows):
    citing = sum(1 for row in rows if "52/2015/NĐ-CP" in row["body_html"])
    assert 0.08 < citing / SIZE < 0.2


def test_every_number_query_names_a_document_of_every_corpus(rows):
    smallest = list(generate(len(LANDMARKS)))
    for documents in (smallest, rows):
        for query in QUERIES:
            if query.expected:
                assert any(
                    query.expected.matches(row["number"], row["issuer"]) for row in documents
                ), query.text


def test_word_queries_find_documents_and_rare_words_are_rare(rows, texts):
    for query in QUERIES:
        if query.kind == "number":
            continue
        share = sum(1 for text in texts if _contains_all(text, query.text)) / SIZE
        assert share > 0, query.text
        if query.kind == "rare":
            assert share < 0.02, query.text
        if query.kind == "common":
            assert share > 0.5, query.text


def test_the_query_set_covers_every_class_and_number_spelling():
    assert 35 <= len(QUERIES) <= 50
    assert len({query.text for query in QUERIES}) == len(QUERIES)
    kinds = Counter(query.kind for query in QUERIES)
    assert set(kinds) == set(CLASSES) and min(kinds.values()) >= 5
    decree = {
        query.text for query in QUERIES if query.expected and "52/2015/NĐ" in str(query.expected)
    }
    assert {"52/2015/NĐ-CP", "52/2015/nd-cp", "52-2015-nd-cp", "nđ 52/2015"} <= decree
    assert all(query.expected for query in QUERIES if query.kind == "number")


def test_a_corpus_file_is_written_once_and_reused(tmp_path, monkeypatch):
    monkeypatch.setattr(corpus, "RESULTS_DIR", tmp_path)
    messages = []
    path = corpus.ensure_corpus(40, seed=5, log=messages.append)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == list(generate(40, seed=5))
    written = path.stat().st_mtime_ns
    assert corpus.ensure_corpus(40, seed=5, log=messages.append) == path
    assert path.stat().st_mtime_ns == written
    assert messages[-1] == f"Reusing {path}"
    assert [item.name for item in tmp_path.iterdir()] == [path.name]


@pytest.mark.django_db
def test_the_importer_accepts_a_generated_corpus(tmp_path, monkeypatch):
    monkeypatch.setattr(corpus, "RESULTS_DIR", tmp_path)
    path = corpus.ensure_corpus(60, log=lambda line: None)
    call_command(
        "import_legal_documents",
        str(path),
        "--no-progress",
        stdout=io.StringIO(),
        stderr=io.StringIO(),
    )
    assert LegalDocument.objects.count() == 60
    decree = LegalDocument.objects.get(number_key="52-2015-nd-cp", issuer__name="Chính phủ")
    assert decree.title == "Nghị định về Cơ sở dữ liệu quốc gia về pháp luật"
    assert decree.live
