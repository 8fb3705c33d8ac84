"""The full content of a page as HTML for feed readers.

Each page type has a template in ``templates/feeds/content/`` named after the type
(``legal_news_page.html`` for ``LegalNewsPage``); a type without one falls back to its
summary. Feed readers show the HTML away from the site, so every link and image address
is made absolute.

Rendering a body looks up its images, documents and linked pages: the HTML is cached
for each published revision, so that a feed costs the same number of queries whatever
the number of items.
"""

from urllib.parse import urljoin

from bs4 import BeautifulSoup

from django.core.cache import cache
from django.template.loader import select_template

from wagtail.coreutils import camelcase_to_underscore

# Bounds how long a linked page's old address or a removed image can linger in a
# cached body; the page's own edits never do, as each publication has its own key.
CONTENT_CACHE_SECONDS = 60 * 60

URL_ATTRIBUTES = ("href", "src")


def feed_contents(pages, site, request):
    """``{page.pk: html}`` for the (specific) ``pages``, rendering only what the cache
    does not hold."""
    keys = {f"feeds:content:{site.pk}:{page.pk}:{page.live_revision_id}": page for page in pages}
    cached = cache.get_many(keys)
    rendered = {
        key: render_content(page, page.get_full_url(request))
        for key, page in keys.items()
        if key not in cached
    }
    cache.set_many(rendered, CONTENT_CACHE_SECONDS)
    contents = {**cached, **rendered}
    return {page.pk: contents[key] for key, page in keys.items()}


def render_content(page, page_url):
    template = select_template(
        [
            f"feeds/content/{camelcase_to_underscore(type(page).__name__)}.html",
            "feeds/content/content_page.html",
        ]
    )
    return absolute_urls(template.render({"page": page}), page_url)


def absolute_urls(html, base_url):
    """``html`` with every link and image address resolved against ``base_url``."""
    soup = BeautifulSoup(html, "html.parser")
    for attribute in URL_ATTRIBUTES:
        for element in soup.find_all(attrs={attribute: True}):
            element[attribute] = urljoin(base_url, element[attribute])
    return str(soup).strip()
