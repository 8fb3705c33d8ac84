"""Settings shared by every environment.

Everything that differs between machines comes from environment variables; secrets
never live here. ``dev.py``, ``test.py`` and ``production.py`` adjust these defaults.
"""

import os
from pathlib import Path

import dj_database_url

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_list(name, default=""):
    """A comma-separated environment variable as a list, blanks dropped."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


INSTALLED_APPS = [
    "home",
    "publications",
    "quizzes",
    "search",
    "captcha",
    "wagtail_localize",
    "wagtail_headless_preview",
    "wagtail_localize.locales",
    "wagtail.api.v2",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "rest_framework",
    # Installed so that /api/docs serves its bundled Swagger UI instead of a CDN copy.
    "ninja",
    "corsheaders",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    # Before sessions and locale: a cached API or feed response needs neither.
    "cms.http_cache.PublicResponseCacheMiddleware",
    # A NUL byte, or a query string that is not UTF-8, is answered 400 before any view.
    "cms.malformed_requests.MalformedRequestMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database: SQLite file by default, PostgreSQL (or anything dj-database-url reads) via DATABASE_URL.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "home.User"
WAGTAILIMAGES_IMAGE_MODEL = "home.CustomImage"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Language and time. Vietnamese is the default content and admin language: the root
# page's locale is taken from LANGUAGE_CODE at the first migration.
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [BASE_DIR / "locale"]

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "cms" / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = os.environ.get("MEDIA_URL", "/media/")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Cache (and, later, rate limits): Redis when REDIS_URL is set, process memory otherwise.
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": "pbgdpl",
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Search: Elasticsearch 9 when ELASTICSEARCH_URL is set, the database backend otherwise.
# Wagtail's indices (admin search, API ?search=) and the public search's own index
# (search.index.elasticsearch) fold Vietnamese alike; the public one is
# <prefix>public_search, beside Wagtail's <prefix>wagtailcore_page and others.
if os.environ.get("ELASTICSEARCH_URL"):
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.wagtail_backend",
            "URLS": env_list("ELASTICSEARCH_URL"),
            "INDEX_PREFIX": os.environ.get("ELASTICSEARCH_INDEX_PREFIX", "pbgdpl_"),
        }
    }
    SEARCH_ELASTICSEARCH = {
        "URLS": env_list("ELASTICSEARCH_URL"),
        "INDEX": os.environ.get("ELASTICSEARCH_INDEX_PREFIX", "pbgdpl_") + "public_search",
    }
else:
    WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.wagtail_database_backend"}}
    SEARCH_ELASTICSEARCH = None

# Background tasks (search index updates, webhook deliveries) run in the request by
# default; TASKS_BACKEND=database queues them in the database for `manage.py db_worker`.
TASK_BACKENDS = {
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
}
TASKS = {"default": {"BACKEND": TASK_BACKENDS[os.environ.get("TASKS_BACKEND", "immediate")]}}

# Wagtail
WAGTAIL_SITE_NAME = "Cổng Phổ biến, giáo dục pháp luật Quảng Ninh"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Unicode slugs stay on so that the admin's JavaScript keeps "đ" as typed (with it off, it
# writes "dj"); home.slugs folds every slug to ASCII on the server.
WAGTAIL_ALLOW_UNICODE_SLUGS = True
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
WAGTAILADMIN_COMMENTS_ENABLED = True
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILADMIN_USER_LOGIN_FORM = "home.admin_forms.LoginForm"
WAGTAILDOCS_EXTENSIONS = [
    "pdf",
    "epub",
    "docx",
    "doc",
    "odt",
    "pptx",
    "xlsx",
    "mp4",
    "webm",
    "vtt",
    "srt",
]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 200 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Real oEmbed look-ups (YouTube and the other providers Wagtail knows); Facebook's
# finder needs an app id and secret, so it is added only when they are configured.
WAGTAILEMBEDS_FINDERS = [{"class": "wagtail.embeds.finders.oembed"}]
if os.environ.get("FACEBOOK_APP_ID") and os.environ.get("FACEBOOK_APP_SECRET"):
    WAGTAILEMBEDS_FINDERS.insert(
        0,
        {
            "class": "wagtail.embeds.finders.facebook",
            "app_id": os.environ["FACEBOOK_APP_ID"],
            "app_secret": os.environ["FACEBOOK_APP_SECRET"],
        },
    )

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    # One line per background task run is noise; failures still surface as warnings.
    "loggers": {"django_tasks": {"level": "WARNING"}},
}
SECTION_PAGE_SIZE = 12
# Results per page on the search page (the API takes page_size).
SEARCH_PAGE_SIZE = 20

# Content API (Wagtail API v2 at /api/v2/): rich text as display HTML with absolute links.
WAGTAILAPI_RICH_TEXT_FORMAT = "html"
WAGTAILAPI_LIMIT_MAX = 50
WAGTAILAPI_SEARCH_ENABLED = True

# HTTP caching of the content API and feeds (cms/http_cache.py): ETag, Last-Modified and
# 304 always; rendered responses kept server-side only with a shared cache (Redis), which
# every worker process sees, so that a publication retires them everywhere at once.
# Registration CAPTCHA (django-simple-captcha): an image drawn on this server, no outside
# service. Challenges expire after CAPTCHA_TIMEOUT minutes and are good for one answer.
CAPTCHA_LENGTH = 5
CAPTCHA_TIMEOUT = 10
CAPTCHA_LETTER_ROTATION = (-25, 25)

# Contest rate limits (quizzes/limits.py), per client IP and per account.
CONTEST_RATE_LIMITS = {
    "register": {"ip": "60/h"},
    "sign_in": {"ip": "300/h", "account": "20/h"},
    "start": {"ip": "600/m", "account": "30/m"},
    "save": {"ip": "3000/m", "account": "120/m"},
    "submit": {"ip": "1200/m", "account": "30/m"},
}

PUBLIC_CACHE_URLS_REGEX = (
    r"^/(api/v2/(pages|images|documents)/|api/(taxonomy|oembed|search)|(en/)?feeds/)"
)
PUBLIC_CACHE_MAX_AGE = int(os.environ.get("PUBLIC_CACHE_MAX_AGE", "60"))
PUBLIC_CACHE_SERVER_SECONDS = int(
    os.environ.get("PUBLIC_CACHE_SERVER_SECONDS", "600" if os.environ.get("REDIS_URL") else "0")
)
# How stale a process's copy of the content version may be (cms/content_version.py).
CONTENT_VERSION_REFRESH_SECONDS = float(os.environ.get("CONTENT_VERSION_REFRESH_SECONDS", "1"))

# Sites allowed to frame embed views (/embed/<id>/), as CSP frame-ancestors sources;
# "*" for any site. Every other page refuses to be framed (X-Frame-Options: DENY).
EMBED_FRAME_ANCESTORS = env_list("EMBED_FRAME_ANCESTORS", "*")

# Cross-origin reads of /api/ by district, commune and department sites. A list of
# origins ("https://halong.quangninh.gov.vn,https://...") or "*" for any origin.
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_ALL_ORIGINS = os.environ.get("CORS_ALLOWED_ORIGINS", "").strip() == "*"
CORS_ALLOWED_ORIGINS = [] if CORS_ALLOW_ALL_ORIGINS else env_list("CORS_ALLOWED_ORIGINS")
CORS_EXPOSE_HEADERS = ["ETag", "Last-Modified"]

# Headless previews: each district or department front-end that renders previews,
# as "name=https://front-end/preview-path" pairs separated by commas. Each becomes a
# preview mode in the admin.
WAGTAIL_HEADLESS_PREVIEW = {
    "CLIENT_URLS": dict(
        pair.split("=", 1) for pair in env_list("HEADLESS_PREVIEW_CLIENTS") if "=" in pair
    ),
    "ENFORCE_TRAILING_SLASH": True,
}

# Front-end caches (CDN, Varnish, nginx) purged when content changes: an HTTP PURGE
# endpoint, Cloudflare, or both, as the deployment provides.
WAGTAILFRONTENDCACHE = {}
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
    }
if os.environ.get("CLOUDFLARE_BEARER_TOKEN") and os.environ.get("CLOUDFLARE_ZONE_ID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": os.environ["CLOUDFLARE_BEARER_TOKEN"],
        "ZONEID": os.environ["CLOUDFLARE_ZONE_ID"],
    }
