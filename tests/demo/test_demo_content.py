"""The demo command builds a realistic site, and running it again changes nothing."""

from collections import Counter

from django.core.management import call_command

from wagtail.documents.models import Document
from wagtail.models import Page

from demo import contest
from home.models import CustomImage, LegalField, Unit, User
from quizzes.models import QuizPage

CONTENT_TYPES = {
    "legalnewspage",
    "infographicpage",
    "videopage",
    "leafletpage",
    "ebookpage",
    "lecturepage",
}


def snapshot():
    return {
        "pages": Counter(Page.objects.values_list("content_type__model", "locale__language_code")),
        "paths": sorted(Page.objects.values_list("url_path", "locale__language_code")),
        "images": CustomImage.objects.count(),
        "documents": Document.objects.count(),
        "units": Unit.objects.count(),
        "fields": LegalField.objects.count(),
        "users": sorted(User.objects.values_list("username", flat=True)),
    }


def test_demo_content_is_complete_and_idempotent(client, db):
    call_command("load_demo_content", address="127.0.0.1:8001", verbosity=0)
    first = snapshot()
    call_command("load_demo_content", address="127.0.0.1:8001", verbosity=0)
    assert snapshot() == first

    # Links point where `make demo ADDR=127.0.0.1:8001` serves the site.
    pages = client.get("/api/v2/pages/", {"type": "publications.LegalNewsPage"}).json()
    assert pages["items"]
    for page in pages["items"]:
        assert page["meta"]["html_url"].startswith("http://127.0.0.1:8001/")

    vietnamese = Counter({m: n for (m, lang), n in first["pages"].items() if lang == "vi"})
    assert set(vietnamese) >= CONTENT_TYPES
    assert sum(vietnamese[model] for model in CONTENT_TYPES) >= 40
    assert sum(n for (_, lang), n in first["pages"].items() if lang == "en") >= 3
    assert first["images"] > 0
    assert first["documents"] > 0
    assert first["units"] >= 4

    rounds = QuizPage.objects.live().filter(locale__language_code="vi")
    assert {quiz.state() for quiz in rounds} == {"closed", "open", "upcoming"}
    for quiz in rounds:
        linked = [block.value["legal_document"] for block in quiz.questions]
        assert len(linked) == 8 and all(linked), "every demo question links its document"

    assert User.objects.get(username="admin").is_superuser
    assert User.objects.get(username="banbientap").groups.filter(name="Ban Biên tập").exists()
    assert User.objects.get(username="bientap.stp").groups.filter(unit__name="Sở Tư pháp").exists()
    assert User.objects.get(username="bientap.halong").groups.filter(unit__isnull=False).exists()


def test_the_demo_bank_puts_its_right_answers_in_varied_places():
    places = [
        tuple(n for n, option in enumerate(value["options"]) if option["correct"])
        for kind, value in contest.question_bank({})
        if kind != "true_false"
    ]
    # No place holds most right answers: a round shown unshuffled teaches no habit.
    assert max(Counter(places).values()) <= len(places) // 2
    assert {
        value["statement_is_true"]
        for kind, value in contest.question_bank({})
        if kind == "true_false"
    } == {True, False}
