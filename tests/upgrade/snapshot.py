"""Write a JSON snapshot of the database that the current settings point at.

    cd <a tree of the project> && python <this file> OUTPUT.json

The upgrade test (``.ci/upgrade-test``) runs this file twice on the same database: once
from the previous code's tree, once from the new code's tree. So it imports nothing of
the project (a module may move between the two) and reads the database only through
Django, Wagtail and raw SQL. What it records, in the order it is gathered:

- ``api``: the public GET endpoints' answers (content API, taxonomy, search, export,
  feeds, sitemaps), fetched with Django's test client in this process;
- ``html``: the status of every URL the sitemaps list (pages and legal documents);
- ``pages``: every page's id, type, title, url_path, URLs and live status;
- ``permissions``: groups' model permissions, page and collection permissions, group
  members and users' own permissions;
- ``content_types``: every content type, whether its model class exists, its objects
  and every row that points at it (pages, revisions, log entries, permissions…);
- ``row_counts``: the rows of every table.

The row counts come last because answering the API writes rows of its own (image
renditions): counted afterwards, both snapshots include the renditions the first one
made, and the second one finds them already there.
"""

import datetime
import json
import os
import re
import sys
from collections import defaultdict

# The project's tree is the working directory, as for manage.py.
sys.path.insert(0, os.getcwd())
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")

import django  # noqa: E402

django.setup()

from django.apps import apps  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.auth.models import Group  # noqa: E402
from django.contrib.contenttypes.models import ContentType  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402

from wagtail.models import GroupCollectionPermission, GroupPagePermission, Page  # noqa: E402

# Tables whose contents change by themselves or hold only bookkeeping: the migration
# history (new migrations add rows by design), sessions and database caches.
SKIPPED_TABLES = {"django_migrations", "django_session", "django_cache"}
# The content API's largest page (WAGTAILAPI_LIMIT_MAX).
PAGE_SIZE = 50
# SQLite's full-text index tables (see fts5_shadow_tables).
SHADOW_SUFFIXES = ("data", "idx", "content", "docsize", "config")
# Searches whose answers are compared: a word, a phrase without diacritics, a document
# number, and no query (browsing: everything newest first, legal documents oldest first).
SEARCHES = [
    "q=lu%E1%BA%ADt",
    "q=dat+dai",
    "q=31%2F2024%2FQH15",
    "q=&sort=newest&page_size=50",
    "q=&sort=newest&page_size=50&page=2",
    "kind=legal_document&sort=oldest&page_size=50",
]


def fetch(client, url):
    """Status and body of one GET, JSON decoded; a server error's exception as text."""
    response = client.get(url)
    entry = {"status": response.status_code}
    if response.has_header("Location"):
        entry["location"] = response["Location"]
    if getattr(response, "exc_info", None):
        entry["error"] = repr(response.exc_info[1])
    if getattr(response, "streaming", False):
        return entry
    body = response.content.decode("utf-8", errors="replace")
    if "json" in response.get("Content-Type", ""):
        entry["json"] = json.loads(body)
    else:
        entry["text"] = body
    return entry


def fetch_all(client, url):
    """Every item of a paginated content API listing, in one list."""
    items, offset = [], 0
    while True:
        entry = fetch(client, f"{url}&limit={PAGE_SIZE}&offset={offset}")
        if entry["status"] != 200:
            return entry
        items += entry["json"]["items"]
        offset += PAGE_SIZE
        if offset >= entry["json"]["meta"]["total_count"]:
            return {"status": 200, "items": items}


def api_output(client):
    answers = {}
    # Every locale's pages: ?locale= is not asked for, the listing has them all.
    for endpoint in ("pages", "images", "documents"):
        url = f"/api/v2/{endpoint}/?fields=*&order=id"
        answers[url] = fetch_all(client, url)
    # Each page type's listing with all its fields, keyed by the type as the API names it
    # (the upgrade's declared renames apply to keys too). A page whose model is gone has
    # no type.
    listed = answers["/api/v2/pages/?fields=*&order=id"].get("items", [])
    types = sorted({item["meta"]["type"] for item in listed} - {None})
    by_type = {t: fetch_all(client, f"/api/v2/pages/?type={t}&fields=*&order=id") for t in types}
    details = {
        str(page_id): fetch(client, f"/api/v2/pages/{page_id}/")
        for page_id in Page.objects.live().order_by("id").values_list("id", flat=True)
    }
    today = datetime.date.today()
    year_ago = today - datetime.timedelta(days=365)
    urls = [
        "/api/taxonomy/units",
        "/api/taxonomy/units?include_inactive=true",
        "/api/taxonomy/legal-fields",
        "/api/taxonomy/sections?locale=vi",
        "/api/taxonomy/sections?locale=en",
        "/api/taxonomy/tags?locale=vi",
        "/api/taxonomy/tags?locale=en",
        *(f"/api/search?{query}" for query in SEARCHES),
        "/api/search/suggest?q=lu",
        f"/api/exports/activities?from={year_ago}&to={today}",
        "/api/openapi.json",
        "/feeds/rss/",
        "/feeds/atom/",
        "/en/feeds/rss/",
        "/en/feeds/atom/",
        "/sitemap.xml",
        "/sitemap-pages.xml",
        "/sitemap-documents.xml",
        "/robots.txt",
    ]
    answers.update((url, fetch(client, url)) for url in urls)
    return {"answers": answers, "page_types": by_type, "page_details": details}


def html_statuses(client, api):
    """Status (and redirect) of every address in the sitemaps: HTML bodies carry nonces
    and tokens that differ on every request, so only whether each address still answers
    is compared."""
    locations = set()
    for sitemap in ("/sitemap-pages.xml", "/sitemap-documents.xml"):
        locations.update(re.findall(r"<loc>([^<]+)</loc>", api["answers"][sitemap].get("text", "")))
    statuses = {}
    for location in sorted(locations):
        path = re.sub(r"^https?://[^/]+", "", location)
        entry = fetch(client, path)
        statuses[path] = {
            key: entry[key] for key in ("status", "location", "error") if key in entry
        }
    return statuses


def content_type_label(content_type_id, labels):
    return labels.get(content_type_id, f"<missing content type {content_type_id}>")


def pages(labels):
    rows = []
    for page in Page.objects.order_by("path"):
        # .specific falls back to the plain Page when the model class no longer exists,
        # which the content type section reports.
        specific = page.specific
        rows.append(
            {
                "id": page.id,
                "type": content_type_label(page.content_type_id, labels),
                "title": page.title,
                "locale": page.locale.language_code,
                "url_path": page.url_path,
                "url": specific.get_url(),
                "full_url": specific.get_full_url(),
                "live": page.live,
            }
        )
    return rows


def perm_label(permission):
    content_type = permission.content_type
    return f"{content_type.app_label}.{content_type.model}.{permission.codename}"


def collection_path(collection):
    return " / ".join([c.name for c in collection.get_ancestors()] + [collection.name])


def permissions():
    User = get_user_model()
    username = User.USERNAME_FIELD
    groups = Group.objects.prefetch_related("permissions__content_type").order_by("name")
    page_perms = GroupPagePermission.objects.select_related(
        "group", "page", "permission__content_type"
    )
    collection_perms = GroupCollectionPermission.objects.select_related(
        "group", "collection", "permission__content_type"
    )
    return {
        "groups": {g.name: sorted(perm_label(p) for p in g.permissions.all()) for g in groups},
        "page": sorted(
            [p.group.name, p.page.url_path, perm_label(p.permission)] for p in page_perms
        ),
        "collection": sorted(
            [p.group.name, collection_path(p.collection), perm_label(p.permission)]
            for p in collection_perms
        ),
        "members": {g.name: sorted(g.user_set.values_list(username, flat=True)) for g in groups},
        "users": {
            getattr(u, username): sorted(perm_label(p) for p in u.user_permissions.all())
            for u in User.objects.prefetch_related("user_permissions__content_type")
            if u.user_permissions.all()
        },
    }


def count(sql):
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return cursor.fetchall()


def content_types(labels, tables):
    """For each content type: does its model exist, how many objects it has, and how
    many rows of each table point at it (every foreign key to ContentType of every
    installed model, pages and revisions included)."""
    columns = set()
    for model in apps.get_models():
        for field in model._meta.local_concrete_fields:
            if field.is_relation and field.related_model is ContentType:
                columns.add((model._meta.db_table, field.column))
    references = defaultdict(dict)
    quote = connection.ops.quote_name
    for table, column in sorted(columns):
        if table not in tables:
            continue
        rows = count(
            f"SELECT {quote(column)}, COUNT(*) FROM {quote(table)} "  # noqa: S608
            f"WHERE {quote(column)} IS NOT NULL GROUP BY {quote(column)}"
        )
        for content_type_id, n in rows:
            references[content_type_label(content_type_id, labels)][f"{table}.{column}"] = n
    result = {}
    for content_type in ContentType.objects.order_by("app_label", "model"):
        label = labels[content_type.id]
        model = content_type.model_class()
        table = model._meta.db_table if model is not None else None
        result[label] = {
            "model_exists": model is not None,
            "objects": model._base_manager.count() if table in tables else None,
            "references": references.pop(label, {}),
        }
    # Rows that point at a content type id that no longer exists at all.
    for label, refs in references.items():
        result[label] = {"model_exists": False, "objects": None, "references": refs}
    return result


def fts5_shadow_tables():
    """SQLite's full-text tables keep their index in shadow tables (``<name>_data``,
    ``_idx``…) whose row counts depend on how the index merged its segments, not on
    what it holds; the full-text table itself is counted."""
    if connection.vendor != "sqlite":
        return set()
    virtual = [
        name
        for (name,) in count(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL%'"
        )
    ]
    return {f"{name}_{suffix}" for name in virtual for suffix in SHADOW_SUFFIXES}


def row_counts(tables):
    skipped = SKIPPED_TABLES | fts5_shadow_tables()
    quote = connection.ops.quote_name
    return {
        table: count(f"SELECT COUNT(*) FROM {quote(table)}")[0][0]  # noqa: S608
        for table in sorted(tables - skipped)
    }


def main(output):
    # The demo site's host name; the test client's "testserver" is not an allowed host.
    client = Client(HTTP_HOST="localhost", raise_request_exception=False)
    labels = {ct.id: f"{ct.app_label}.{ct.model}" for ct in ContentType.objects.all()}
    api = api_output(client)
    snapshot = {"api": api, "html": html_statuses(client, api), "pages": pages(labels)}
    snapshot["permissions"] = permissions()
    tables = set(connection.introspection.table_names())
    snapshot["content_types"] = content_types(labels, tables)
    snapshot["row_counts"] = row_counts(tables)
    with open(output, "w", encoding="utf-8") as out:
        json.dump(snapshot, out, ensure_ascii=False, indent=1, sort_keys=True)


if __name__ == "__main__":
    main(sys.argv[1])
