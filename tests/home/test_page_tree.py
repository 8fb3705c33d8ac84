"""Where each page type may live."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from bookshelf.models import BookshelfPage
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
from qa.models import ExchangePage, QAIndexPage, QuestionAnswerPage
from quizzes.models import ContestPage, QuizPage

CONTENT_TYPES = {LegalNewsPage, InfographicPage, VideoPage, LeafletPage, EBookPage, LecturePage}


class PageTreeTests(WagtailPageTestCase):
    def test_home_page_sits_at_the_root_and_holds_sections(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(
            HomePage, {SectionPage, BookshelfPage, ContestPage, QAIndexPage, ChannelPage}
        )

    def test_only_one_home_page(self):
        root = Page.get_first_root_node()
        self.assertFalse(HomePage.can_create_at(root))

    def test_sections_nest_and_hold_every_content_type(self):
        self.assertAllowedParentPageTypes(SectionPage, {HomePage, SectionPage})
        self.assertAllowedSubpageTypes(
            SectionPage, {SectionPage, *CONTENT_TYPES, ContestPage, ChannelPage}
        )

    def test_the_tv_channel_holds_programmes_which_hold_videos(self):
        self.assertAllowedParentPageTypes(ChannelPage, {HomePage, SectionPage})
        self.assertAllowedSubpageTypes(ChannelPage, {ProgrammePage})
        self.assertAllowedParentPageTypes(ProgrammePage, {ChannelPage})
        self.assertAllowedSubpageTypes(ProgrammePage, {VideoPage})

    def test_contests_hold_their_rounds_and_rounds_nothing(self):
        self.assertAllowedParentPageTypes(ContestPage, {HomePage, SectionPage})
        self.assertAllowedSubpageTypes(ContestPage, {QuizPage})
        self.assertAllowedParentPageTypes(QuizPage, {ContestPage})
        self.assertAllowedSubpageTypes(QuizPage, set())

    def test_the_qa_section_holds_answers_and_exchanges_only(self):
        self.assertAllowedParentPageTypes(QAIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(QAIndexPage, {QuestionAnswerPage, ExchangePage})
        for page_type in (QuestionAnswerPage, ExchangePage):
            with self.subTest(page_type=page_type.__name__):
                self.assertAllowedParentPageTypes(page_type, {QAIndexPage})
                self.assertAllowedSubpageTypes(page_type, set())

    def test_content_lives_in_sections_and_has_no_children(self):
        for page_type in CONTENT_TYPES:
            with self.subTest(page_type=page_type.__name__):
                # Videos are also the episodes of the TV channel's programmes.
                parents = {SectionPage, ProgrammePage} if page_type is VideoPage else {SectionPage}
                self.assertAllowedParentPageTypes(page_type, parents)
                self.assertAllowedSubpageTypes(page_type, set())
                self.assertCanNotCreateAt(HomePage, page_type)
