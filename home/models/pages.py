from wagtail.models import Page

from home.cards import with_card_data
from home.pagination import paginate

from .base_page import BasePage

CONTENT_PAGE_TYPES = [
    "publications.LegalNewsPage",
    "publications.InfographicPage",
    "publications.VideoPage",
    "publications.LeafletPage",
    "publications.EBookPage",
    "publications.LecturePage",
]


def live_content(root):
    """Published, public content pages below ``root``, newest first."""
    from publications.models import ContentPage

    return (
        Page.objects.live()
        .public()
        .descendant_of(root)
        .type(ContentPage)
        .filter(locale_id=root.locale_id)
        .order_by("-first_published_at", "-pk")
    )


class HomePage(BasePage):
    """The home page of the provincial PBGDPL site: latest content, by section."""

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["home.SectionPage", "publications.BookshelfPage", "quizzes.ContestPage"]
    # One per site; its English version is made by translation, which does not pass here.
    max_count = 1

    template = "home/home_page.html"

    class Meta:
        verbose_name = "trang chủ"
        verbose_name_plural = "trang chủ"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["latest"] = with_card_data(live_content(self).specific()[:9])
        context["sections"] = (
            self.get_children().live().public().type(SectionPage).specific().order_by("path")
        )
        return context


class SectionPage(BasePage):
    """A section (chuyên mục) that lists its content. A unit may own a section: its
    editors then write inside it and nowhere else."""

    parent_page_types = ["home.HomePage", "home.SectionPage"]
    subpage_types = ["home.SectionPage", *CONTENT_PAGE_TYPES, "quizzes.ContestPage"]

    template = "home/section_page.html"

    class Meta:
        verbose_name = "chuyên mục"
        verbose_name_plural = "chuyên mục"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        listing = paginate(request, live_content(self))
        listing.object_list = with_card_data(listing.object_list.specific())
        context["listing"] = listing
        context["subsections"] = self.get_children().live().public().type(SectionPage)
        return context
