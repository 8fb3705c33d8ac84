"""The pages the content API may show to a request, kept per content version.

Wagtail works them out for every request (``get_public_pages_queryset``): the site the
request is for, its root page and every view restriction the request does not pass,
three queries before the API reads a single page. For a request that passes no view
restriction (no signed-in user, no password given in its session: every front-end's
request) the answer depends only on the site asked for and on the content: sites, pages
and restrictions, any change to which moves the content version
(``core.content_version``). So each process keeps the queryset (unevaluated) by content
version and site, and the listing's queryset built on it by page type as well.

Only while the content version is shared (``page_cache.enabled()``, with Redis): with a
version of its own, a process would not see a restriction added in another one.
"""

from wagtail.models import PageViewRestriction

from core import content_version

from . import page_cache

# Entries a process keeps before it starts again: the host and ?site= values are the
# client's to choose.
MAX_ENTRIES = 32

_kept = {}


def passes_no_restriction(request):
    return not request.user.is_authenticated and not request.session.get(
        PageViewRestriction.passed_view_restrictions_session_key
    )


def get(request, make, *other):
    """The public pages for ``request``: ``make()``'s queryset, kept when it may be;
    ``other`` names what else than the site it depends on (a listing's ``?type=``)."""
    if not (page_cache.enabled() and passes_no_restriction(request)):
        return make()
    # The version read first, so that what is kept under it is at least that recent.
    version = content_version.current()["token"]
    key = (version, request.get_host(), request.get_port(), request.GET.get("site"), *other)
    queryset = _kept.get(key)
    if queryset is None:
        queryset = make()
        if len(_kept) >= MAX_ENTRIES:
            _kept.clear()
        _kept[key] = queryset
    # A copy: whatever evaluates it keeps its rows on the copy, not on the kept one.
    return queryset.all()
