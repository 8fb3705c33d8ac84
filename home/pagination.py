from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator


def paginate(request, items, per_page=None):
    """The requested page of ``items``; out-of-range or malformed numbers fall back to
    the nearest valid page instead of an error."""
    paginator = Paginator(items, per_page or settings.SECTION_PAGE_SIZE)
    try:
        return paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        return paginator.page(paginator.num_pages)
