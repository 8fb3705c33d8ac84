"""The site the budget measures: a fresh demo database, its static files collected, and
the addresses of the seven pages the budget holds, read from that database."""

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[2]
SETTINGS = "bench.budget.settings"
# What a citizen typically looks for: the demo has news, leaflets and legal documents
# about land.
SEARCH_QUERY = "đất đai"


@dataclass(frozen=True)
class BudgetPage:
    name: str
    path: str


def server_environment(workdir):
    """The environment of every process that touches the demo: its own database, media and
    static folders, production settings, and nothing inherited that would point elsewhere."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DATABASE_URL", "REDIS_URL", "ELASTICSEARCH_URL", "TASKS_BACKEND")
    }
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": SETTINGS,
            "DATABASE_URL": f"sqlite:///{workdir / 'db.sqlite3'}",
            "MEDIA_ROOT": str(workdir / "media"),
            "STATIC_ROOT": str(workdir / "static"),
            # No nginx in front to follow X-Accel-Redirect: the app sends documents itself.
            "DOCUMENTS_INTERNAL_URL": "",
            "PYTHONDONTWRITEBYTECODE": "1",
        }
    )
    return env


def build(workdir, address, log):
    """Migrate a new SQLite database in ``workdir``, load the demo with its links pointing
    at ``address`` (host:port), and collect the static files as a deployment does."""
    env = server_environment(workdir)
    steps = [
        ["migrate", "--noinput"],
        ["load_demo_content", "--address", address],
        ["collectstatic", "--noinput"],
    ]
    for step in steps:
        with log.open("a") as output:
            status = subprocess.run(
                [sys.executable, "manage.py", *step],
                cwd=PROJECT_DIR,
                env=env,
                stdout=output,
                stderr=subprocess.STDOUT,
                check=False,
            ).returncode
        if status:
            raise SystemExit(
                f"manage.py {step[0]} failed (exit {status}); the end of its log:\n"
                f"{log.read_text()[-3000:]}"
            )
    return env


def find_pages(env):
    """The seven pages of the budget, found in the demo database (``env``'s) by a child
    process, so that this one never loads Django."""
    output = subprocess.run(
        [sys.executable, "-c", _FIND_PAGES],
        cwd=PROJECT_DIR,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if output.returncode:
        raise SystemExit(f"Could not find the budget's pages in the demo:\n{output.stderr}")
    pages = []
    for line in output.stdout.splitlines():
        name, path = line.split("\t")
        pages.append(BudgetPage(name, path))
    return pages


# Runs in the demo's environment; prints "name<TAB>path" per page, in the budget's order.
_FIND_PAGES = f"""
import django
django.setup()
from urllib.parse import urlencode
from django.urls import reverse
from django.utils import timezone
from bookshelf.models import BookshelfPage
from home.models import HomePage
from publications.models import LeafletPage, LegalNewsPage
from qa.models import QuestionAnswerPage
from quizzes.models import QuizPage


def first(model, **filters):
    page = (
        model.objects.live().public().filter(locale__language_code="vi", **filters)
        .order_by("path").first()
    )
    if page is None:
        raise SystemExit(f"The demo has no published {{model.__name__}} matching {{filters}}")
    return page.get_url_parts()[2]


now = timezone.now()
search = reverse("search") + "?" + urlencode({{"q": {SEARCH_QUERY!r}}})
pages = [
    ("home", first(HomePage)),
    ("legal news", first(LegalNewsPage)),
    ("leaflet", first(LeafletPage)),
    ("bookshelf", first(BookshelfPage)),
    ("search", search),
    ("contest round", first(QuizPage, opens_at__lte=now, closes_at__gt=now)),
    ("Q&A answer", first(QuestionAnswerPage)),
]
for name, path in pages:
    print(f"{{name}}\\t{{path}}")
"""
