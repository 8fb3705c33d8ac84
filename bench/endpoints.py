"""The URLs the API benchmark measures, shared by the SQL probe and the load runs."""

from dataclasses import dataclass

LISTING_QUERY = "?type=publications.LegalNewsPage&fields=*&limit=20"
PROJECT_LISTING = f"/api/v2/pages/{LISTING_QUERY}"
STOCK_LISTING = f"/bench/stock-v2/pages/{LISTING_QUERY}"


@dataclass(frozen=True)
class Endpoint:
    name: str
    path: str
    # A fresh "_" parameter on every request (Wagtail's API accepts and ignores it), so
    # that no cache can answer.
    unique: bool = False
    # Sent with If-None-Match: the ETag of a first response.
    conditional: bool = False

    def url(self, counter=""):
        """The path of one request; ``counter`` tells unique requests apart."""
        return f"{self.path}&_={counter}" if self.unique else self.path


MINIMAL = Endpoint("minimal", "/bench/minimal/")
STOCK = Endpoint("stock v2", f"{STOCK_LISTING}&rich_text_format=html")
# The project renders rich text as HTML by default (WAGTAILAPI_RICH_TEXT_FORMAT), so the
# stock database format has to be asked for by name.
STOCK_DB_HTML = Endpoint("stock v2 (db_html)", f"{STOCK_LISTING}&rich_text_format=db_html")
PROJECT_UNCACHED = Endpoint("project v2 uncached", PROJECT_LISTING, unique=True)
PROJECT_CACHED = Endpoint("project v2 cached", PROJECT_LISTING)
PROJECT_CONDITIONAL = Endpoint("project v2 conditional", PROJECT_LISTING, conditional=True)

ENDPOINTS = [MINIMAL, STOCK, STOCK_DB_HTML, PROJECT_UNCACHED, PROJECT_CACHED, PROJECT_CONDITIONAL]

# (numerator, denominator, target): the throughput ratios the project's API must reach.
TARGETS = [
    (PROJECT_UNCACHED, STOCK, 2.0),
    (PROJECT_UNCACHED, MINIMAL, 0.1),
    (PROJECT_CACHED, MINIMAL, 0.5),
]
