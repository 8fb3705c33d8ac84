from wagtail.models import Page, get_page_models

from home.cards import with_card_data
from home.pagination import paginate

from .base_page import BasePage


def content_page_models():
    """The page types that hold content (news, infographics, ...): those whose class says
    ``is_content_page``. The app that defines them is not named here."""
    return [model for model in get_page_models() if getattr(model, "is_content_page", False)]


def live_content(root):
    """Published, public content pages below ``root``, newest first."""
    return (
        Page.objects.live()
        .public()
        .descendant_of(root)
        .type(*content_page_models())
        .filter(locale_id=root.locale_id)
        .order_by("-first_published_at", "-pk")
    )


class ChildTypesNameTheirParents:
    """The page types allowed below this one are those that name it in their
    ``parent_page_types`` (the bookshelf, contests, content types), so that home names
    no type of another app; Wagtail's bare ``Page``, which names no parent, is not."""

    @classmethod
    def allowed_subpage_models(cls):
        return [model for model in super().allowed_subpage_models() if model is not Page]


class HomePage(ChildTypesNameTheirParents, BasePage):
    """The home page of the provincial PBGDPL site: latest content, by section."""

    parent_page_types = ["wagtailcore.Page"]
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


class SectionPage(ChildTypesNameTheirParents, BasePage):
    """A section (chuyên mục) that lists its content. Every unit's editors write in a
    section no unit owns; a section a unit owns (a commune's) is that unit's alone."""

    parent_page_types = ["home.HomePage", "home.SectionPage"]

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
