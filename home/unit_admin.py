"""The admin's page screens for a unit's editors: the page types they may create, and
refusals that say why and what to do instead of Wagtail's bare "no permission".

The rules themselves are in ``home.unit_permissions``; this module only asks them.
"""

from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.shortcuts import redirect
from django.urls import reverse

from wagtail.models import Page

# The page screens whose refusals are explained, with the URL argument naming the page.
EDIT_VIEWS = {"wagtailadmin_pages:edit": "page_id"}
ADD_VIEWS = {
    "wagtailadmin_pages:add_subpage": "parent_page_id",
    "wagtailadmin_pages:add": "parent_page_id",
}


def _tester(user, page_id):
    page = Page.objects.filter(pk=page_id).first()
    return page.permissions_for_user(user) if page else None


def _refuse(request, reason, listing):
    messages.error(request, reason)
    # To a list of pages, where the editor sees what they may open and where to write.
    return redirect(reverse("wagtailadmin_explore", args=[listing.pk]))


def _requested_model(view_kwargs):
    try:
        content_type = ContentType.objects.get_by_natural_key(
            view_kwargs["content_type_app_name"], view_kwargs["content_type_model_name"]
        )
    except (KeyError, ContentType.DoesNotExist):
        return None
    return content_type.model_class()


class UnitPageScreensMiddleware:
    """Explains a unit editor's refusal on the edit and create screens, and offers
    them only the page types they may create."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        user = getattr(request, "user", None)
        if match is None or user is None or not user.is_authenticated:
            return None
        if match.view_name in EDIT_VIEWS:
            tester = _tester(user, view_kwargs.get(EDIT_VIEWS[match.view_name]))
            if tester is not None and not tester.can_edit():
                return self._explain(request, tester, "edit")
        elif match.view_name in ADD_VIEWS:
            tester = _tester(user, view_kwargs.get(ADD_VIEWS[match.view_name]))
            if tester is None:
                return None
            if not tester.can_add_subpage():
                return self._explain(request, tester, "add")
            model = _requested_model(view_kwargs)
            allowed = getattr(tester, "creatable_subpage_models", None)
            if model is not None and allowed is not None and model not in allowed():
                messages.error(
                    request,
                    f"Bạn không tạo được trang loại “{model._meta.verbose_name}” ở đây. "
                    "Biên tập viên đơn vị tạo bài nội dung (tin, infographic, video, tờ gấp, "
                    "sách, bài giảng); chuyên mục và cuộc thi do Ban Biên tập tạo.",
                )
                return redirect(reverse("wagtailadmin_pages:add_subpage", args=[tester.page.pk]))
        return None

    def _explain(self, request, tester, action):
        reason = getattr(tester, "refusal", lambda action: None)(action)
        if not reason:
            return None
        listing = tester.page.get_parent() if action == "edit" else tester.page
        return _refuse(request, reason, listing)

    def process_template_response(self, request, response):
        match = request.resolver_match
        if match is None or match.view_name != "wagtailadmin_pages:add_subpage":
            return response
        context = response.context_data or {}
        parent = context.get("parent_page")
        if parent is None or "page_types" not in context:
            return response
        tester = parent.permissions_for_user(request.user)
        allowed = getattr(tester, "creatable_subpage_models", None)
        if allowed is not None:
            names = {(model._meta.app_label, model._meta.model_name) for model in allowed()}
            context["page_types"] = [
                page_type for page_type in context["page_types"] if page_type[1:3] in names
            ]
        return response
