"""Find the page behind a public URL of this site, as Wagtail would when serving it."""

from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.http import Http404
from django.urls import Resolver404, resolve
from django.utils import translation

from wagtail.models import Site

DEFAULT_PORTS = {"http": 80, "https": 443}


def site_for_url(request, parts):
    """The site that serves the URL: a site with its host name (behind a TLS proxy the
    port may differ from the site's), or the site answering this request on its host."""
    if parts.netloc == request.get_host():
        return Site.find_for_request(request)
    sites = list(Site.objects.filter(hostname=parts.hostname).select_related("root_page"))
    try:
        port = parts.port or DEFAULT_PORTS[parts.scheme]
    except ValueError:
        return None
    return next((site for site in sites if site.port == port), sites[0] if sites else None)


def serve_path(path):
    """The page path that Wagtail's serve view would get for this URL path, if any.

    Resolved with the URL's language active, since /en/ only exists for English.
    """
    language = translation.get_language_from_path(path) or settings.LANGUAGE_CODE
    with translation.override(language):
        # Like APPEND_SLASH: a URL pasted without its final slash still names the page.
        for candidate in (path,) if path.endswith("/") else (path, f"{path}/"):
            try:
                match = resolve(candidate)
            except Resolver404:
                continue
            if match.url_name == "wagtail_serve":
                return language, match.args[0]
            return None
    return None


def page_for_url(request, url):
    """The live page at ``url`` on one of this installation's sites; 404 otherwise."""
    try:
        parts = urlsplit(url.strip())
    except ValueError as error:  # e.g. an unclosed IPv6 bracket, "http://[::1/"
        raise Http404("Đường dẫn không hợp lệ.") from error
    if parts.scheme not in DEFAULT_PORTS or not parts.hostname:
        raise Http404("Đường dẫn không thuộc trang web này.")
    site = site_for_url(request, parts)
    served = serve_path(unquote(parts.path) or "/")
    if site is None or served is None:
        raise Http404("Đường dẫn không thuộc trang web này.")
    language, path = served
    with translation.override(language):
        root = site.root_page.localized.specific
    page, args, kwargs = root.route(request, [part for part in path.split("/") if part])
    if args or kwargs:
        raise Http404("Đường dẫn không phải một trang nội dung.")
    return page
