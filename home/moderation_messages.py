"""What the board sees after approving or rejecting a page: Wagtail's moderation
actions end without a word (on the dashboard the row just disappears), so say what
happened, with a link to the live page."""

from wagtail.admin import messages
from wagtail.models import Page

WORKFLOW_ACTION_VIEW = "wagtailadmin_pages:workflow_action"
EDIT_VIEW = "wagtailadmin_pages:edit"


def _requested_action(request):
    """The moderation action this request takes, and on which page, or (None, None)."""
    match = request.resolver_match
    if request.method != "POST" or match is None:
        return None, None
    if match.view_name == WORKFLOW_ACTION_VIEW:
        return match.kwargs.get("action_name"), match.kwargs.get("page_id")
    if match.view_name == EDIT_VIEW and request.POST.get("action-workflow-action"):
        return request.POST.get("workflow-action-name"), match.kwargs.get("page_id")
    return None, None


def _moderation_state(page_id):
    """What an approval or a rejection changes: when the page was last published, and
    the task its moderation is at."""
    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        return None, None
    task_state = page.current_workflow_task_state
    return page, (page.last_published_at, task_state.pk if task_state else None)


def _confirm(request, page):
    page = page.specific_deferred
    workflow_state = page.current_workflow_state
    if workflow_state is None and page.live:
        messages.success(
            request,
            f"Đã duyệt và xuất bản “{page.title}”; trang đã lên cổng thông tin.",
            buttons=[messages.button(page.full_url, "Xem trang", new_window=True)],
        )
    elif (
        workflow_state is not None and workflow_state.status == workflow_state.STATUS_NEEDS_CHANGES
    ):
        messages.success(
            request, f"Đã trả lại “{page.title}” cho người gửi để sửa, kèm nhận xét của bạn."
        )
    elif workflow_state is not None:
        task_state = workflow_state.current_task_state
        step = f": {task_state.task.name}" if task_state else ""
        messages.success(request, f"Đã duyệt “{page.title}”; trang chờ bước duyệt tiếp theo{step}.")


class ModerationMessagesMiddleware:
    """Adds the confirmation after an approval or a rejection, from the dashboard's
    buttons or from the page editor's action menu."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        moderated = getattr(request, "_moderated", None)
        if moderated is not None:
            page_id, before = moderated
            page, after = _moderation_state(page_id)
            # Nothing changed when the action was refused or its form had errors.
            if page is not None and after != before:
                _confirm(request, page)
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        action, page_id = _requested_action(request)
        if action in ("approve", "reject") and page_id:
            request._moderated = (page_id, _moderation_state(page_id)[1])
        return None
