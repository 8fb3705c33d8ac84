"""axe-core on every public page type and every embed of the demo site, on a phone:
zero violations of its default rules (WCAG 2.x A and AA, and its best practices) and of
WCAG 2.2's target size.

axe-core is the copy pinned in bench/budget/package-lock.json (``make test-e2e`` installs
it with npm ci); it is evaluated through the DevTools protocol, which the pages'
Content-Security-Policy does not restrict, so the pages are checked under their real
policy. Requests to other hosts (a video provider's player) are answered here with a
small page: nothing reaches the network, and only the site's own markup is judged.
"""

from pathlib import Path

import pytest
from playwright.sync_api import expect

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from bookshelf.models import BookshelfPage
from bookshelf.models.bookshelf_page import live_documents
from demo.loader import load_demo_site
from home.models import HomePage, SectionPage
from publications.models import (
    ChannelPage,
    EBookPage,
    InfographicPage,
    LeafletPage,
    LecturePage,
    LegalNewsPage,
    ProgrammePage,
    VideoPage,
)
from qa.models import ExchangePage, QAIndexPage, Question, QuestionAnswerPage
from qa.site.pages import urls as qa_urls
from quizzes.models import ContestPage, QuizPage
from tests.e2e.conftest import LOCAL_HOST

AXE = Path(settings.BASE_DIR) / "bench" / "budget" / "node_modules" / "axe-core" / "axe.min.js"
# What another host answers in these tests: a player's page, as in test_channel_page.
FOREIGN_PAGE = "<!DOCTYPE html><html lang='vi'><title>Trình phát</title><p>Trình phát</p></html>"
# Citizens tap with a thumb: WCAG 2.2's minimum target size (24 × 24 px, or spaced
# enough), which axe leaves off by default, is checked too.
EXTRA_RULES = {"target-size": {"enabled": True}}
EMBEDDED_KINDS = [LegalNewsPage, InfographicPage, VideoPage, LeafletPage, EBookPage, LecturePage]


@pytest.fixture(scope="module")
def axe_source():
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: run `npm ci` in bench/budget (make test-e2e does).")
    return AXE.read_text()


@pytest.fixture
def demo(live_server, django_db_serialized_rollback):
    """The demo site, its links pointing at the live server."""
    load_demo_site(live_server.url.removeprefix("http://"))


def live(model, **filters):
    """The first published page of ``model`` in Vietnamese (``exact_type``: a Q&A section
    is also a section)."""
    page = (
        model.objects.live()
        .public()
        .exact_type(model)
        .filter(locale__language_code="vi", **filters)
        .order_by("path")
        .first()
    )
    assert page is not None, f"the demo has no published {model.__name__}"
    return page


def public_pages():
    """(name, path, expected status) of every public page type the demo has."""
    sections = (
        SectionPage.objects.live()
        .exact_type(SectionPage)
        .filter(locale__language_code="vi")
        .order_by("path")
    )
    bookshelf = live(BookshelfPage)
    contest = live(ContestPage)
    now = timezone.now()
    qa_index = live(QAIndexPage)
    document = live_documents().first()
    assert document is not None, "the demo has no published legal document"
    return [
        ("home", live(HomePage).url, 200),
        *((f"section {section.slug}", section.url, 200) for section in sections),
        ("legal news", live(LegalNewsPage).url, 200),
        ("infographic", live(InfographicPage).url, 200),
        ("video", live(VideoPage).url, 200),
        ("leaflet", live(LeafletPage).url, 200),
        ("e-book", live(EBookPage).url, 200),
        ("e-lecture", live(LecturePage).url, 200),
        ("bookshelf", bookshelf.url, 200),
        ("legal document", BookshelfPage.document_url(document), 200),
        ("search results", reverse("search") + "?q=đất+đai", 200),
        ("contest", contest.url, 200),
        ("contest registration", contest.route_url("register"), 200),
        ("contest sign-in", contest.route_url("sign_in"), 200),
        ("contest round", live(QuizPage, opens_at__lte=now, closes_at__gt=now).url, 200),
        ("Q&A index", qa_index.url, 200),
        ("Q&A answer", live(QuestionAnswerPage).url, 200),
        ("ask form", qa_urls(qa_index)["ask_url"], 200),
        ("tracking", qa_urls(qa_index)["track_url"], 200),
        ("exchange", live(ExchangePage).url, 200),
        ("TV channel", live(ChannelPage).url, 200),
        ("TV programme", live(ProgrammePage).url, 200),
        ("audio bulletins", reverse("audio_bulletins"), 200),
        ("404", "/khong-co-trang-nay/", 404),
    ]


def embeds():
    """(name, path) of the embed of each content kind, the ask embed and the channel's."""
    return [
        *((f"embed {model.__name__}", f"/embed/{live(model).pk}/") for model in EMBEDDED_KINDS),
        ("embed QuestionAnswerPage", f"/embed/{live(QuestionAnswerPage).pk}/"),
        ("embed ask", "/embed/hoi-dap/"),
        ("embed ChannelPage", f"/embed/{live(ChannelPage).pk}/"),
    ]


class Axe:
    """axe-core in one phone tab: opens pages and keeps every violation it finds."""

    def __init__(self, visit, source, base_url):
        self.tab = visit.tab
        self.source = source
        self.base_url = base_url
        self.violations = []
        self.tab.route(_is_foreign, _answer_foreign)

    def open(self, name, path, status=200):
        response = self.tab.goto(self.base_url + path, wait_until="load")
        assert response is not None and response.status == status, f"{name}: {path}"
        self.check(name)

    def check(self, name):
        self.tab.evaluate(self.source)
        # Frames from other hosts are the provider's business, and answered by a stub.
        results = self.tab.evaluate(
            "options => axe.run(document, options)",
            {"iframes": False, "resultTypes": ["violations"], "rules": EXTRA_RULES},
        )
        # A script that failed to load would leave axe with nothing checked.
        assert results["passes"], f"{name}: axe checked no rule"
        for violation in results["violations"]:
            targets = [" ".join(map(str, node["target"])) for node in violation["nodes"]]
            self.violations.append(
                f"{name} ({self.tab.url}): {violation['id']} [{violation['impact']}] "
                f"{violation['help']}: {', '.join(targets[:5])}"
            )

    def report(self):
        return f"{len(self.violations)} axe violations:\n" + "\n".join(self.violations)


def _is_foreign(url):
    return not url.startswith(("http://" + LOCAL_HOST, "data:", "blob:"))


def _answer_foreign(route):
    route.fulfill(status=200, content_type="text/html; charset=utf-8", body=FOREIGN_PAGE)


def test_every_public_page_type_and_embed_has_no_axe_violations(
    phone, live_server, demo, axe_source
):
    axe = Axe(phone, axe_source, live_server.url)

    for name, path, status in public_pages():
        axe.open(name, path, status)
    for name, path in embeds():
        axe.open(name, path)
    follow_a_question_awaiting_its_asker(axe, live_server)

    assert axe.violations == [], axe.report()


def follow_a_question_awaiting_its_asker(axe, live_server):
    """The tracking page once a code is typed: the question, its status and the form to
    send what the unit asked for."""
    question = Question.objects.filter(status=Question.Status.CLARIFYING).first()
    assert question is not None, "the demo has no question waiting for its asker"
    axe.tab.goto(live_server.url + qa_urls(live(QAIndexPage))["track_url"])

    axe.tab.get_by_label("Mã tra cứu").fill(question.tracking_code)
    axe.tab.get_by_role("button", name="Tra cứu").click()

    expect(axe.tab.get_by_role("heading", name="Tình trạng:", exact=False)).to_be_visible()
    expect(axe.tab.get_by_label("Thông tin bổ sung")).to_be_visible()
    axe.check("tracking a question awaiting its asker")


def test_a_violation_is_reported_with_its_rule_impact_and_target(
    phone, live_server, site, axe_source
):
    axe = Axe(phone, axe_source, live_server.url)
    axe.tab.goto(live_server.url + site.leaflet.url)
    axe.tab.evaluate("() => document.querySelector('#mat-1 img').removeAttribute('alt')")

    axe.check("leaflet without alt")

    assert len(axe.violations) == 1, axe.report()
    assert axe.violations[0].startswith(
        f"leaflet without alt ({live_server.url}{site.leaflet.url}): image-alt [critical] "
    )
    assert "Images must have alternative text: #mat-1 > " in axe.violations[0]
