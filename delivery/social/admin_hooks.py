"""Where social posting shows in the rest of the admin: the page's buttons, the offer to
remove posts after unpublishing, and the administrators' warning about tokens."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse

from wagtail.admin.ui.components import Component
from wagtail.admin.widgets import Button

from .editor_panel import content_page_models
from .models import SocialAccount, SocialPost
from .permissions import may_manage_accounts
from .posting import removable


def page_posts_button(page, user, *args, **kwargs):
    if page.specific_class not in content_page_models():
        return
    if not SocialPost.objects.filter(page_id=page.pk).exists():
        return
    yield Button(
        "Bài đăng mạng xã hội",
        url=f"{reverse('social_posts:index')}?for_page={page.pk}",
        icon_name="globe",
        priority=60,
    )


def offer_removal(request, page):
    """After unpublishing, the posts still on the networks are offered for removal."""
    if any(
        removable(post)
        for post in SocialPost.objects.filter(page_id=page.pk, status=SocialPost.Status.POSTED)
    ):
        messages.info(
            request,
            "Trang đã ngừng xuất bản nhưng các bài đăng trên mạng xã hội vẫn còn. "
            "Chọn “Gỡ các bài” để gỡ chúng.",
        )
        return redirect("social_posts:remove_page", page_id=page.pk)
    return None


class TokenWarningsPanel(Component):
    name = "social_tokens"
    order = 50
    template_name = "social/token_warnings_panel.html"

    def __init__(self, problems):
        self.problems = problems

    def get_context_data(self, parent_context=None):
        return {"problems": self.problems}


def add_token_warnings(request, panels):
    if not may_manage_accounts(request.user):
        return
    problems = [
        (account, account.token_problem(), reverse("social_accounts:edit", args=[account.pk]))
        for account in SocialAccount.objects.filter(is_active=True)
        if account.token_problem()
    ]
    if problems:
        panels.append(TokenWarningsPanel(problems))
