"""The Q&A suggestions benchmark's data (bench/qa/), at a small size: the answers it
writes in bulk are valid published pages that the suggestions find, and its questions
are typed as citizens type them."""

from wagtail.models import Page

from bench.bookshelf.fields import FIELDS
from bench.qa.answers import write_answers
from bench.qa.questions import CLASSES, query_mix
from core.vietnamese import fold
from qa.models import QAIndexPage, QuestionAnswerPage
from qa.suggestions import suggest
from qa.suggestions.indexing import index_answer_pages, public_answers
from tests.factories import LegalFieldFactory


def test_answers_written_in_bulk_are_valid_published_pages(db, client):
    for field in FIELDS:
        LegalFieldFactory(name=field.name)
    ids = write_answers(40, seed=3)
    assert len(ids) == 40
    assert Page.find_problems() == ([], [], [], [], [])
    section = QAIndexPage.objects.get()
    assert section.numchild == 40
    pages = QuestionAnswerPage.objects.filter(pk__in=ids)
    assert public_answers().filter(pk__in=ids).count() == 40
    assert all(page.url_path.startswith(section.url_path) for page in pages)
    assert all(page.get_parent().pk == section.pk for page in pages[:5])
    page = pages.first()
    assert client.get(f"/api/v2/pages/{page.pk}/").json()["title"] == page.title
    assert all(len(page.legal_fields.all()) == 1 for page in pages.prefetch_related("legal_fields"))

    index_answer_pages(ids)
    found = suggest(fold(page.title))
    assert page.title in [answer.title for answer in found.answers]


def test_the_queries_are_typed_as_citizens_type():
    mix = query_mix(count=8, seed=2)
    assert {item["class"] for item in mix} == set(CLASSES)
    typed = [item["q"] for item in mix if item["class"] == "typing"]
    assert all(query == fold(query) for query in typed)
    whole = {word for item in mix if item["class"] == "no diacritics" for word in item["q"].split()}
    # Some stop inside a word.
    assert any(query.split()[-1] not in whole for query in typed)
    assert [item["q"] for item in mix] == [item["q"] for item in query_mix(count=8, seed=2)]
