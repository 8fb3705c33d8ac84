"""Settings shared by every environment.

Everything that differs between machines comes from environment variables; secrets
never live here. ``dev.py``, ``test.py`` and ``production.py`` adjust these defaults.
"""

import datetime
import os
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE

from django.core.exceptions import ImproperlyConfigured

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_list(name, default=""):
    """A comma-separated environment variable as a list, blanks dropped."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def origin_of(url):
    """``scheme://host[:port]`` of ``url``, as a CSP source."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


INSTALLED_APPS = [
    "home",
    "pwa",
    "push",
    "publications",
    "bookshelf",
    "quizzes",
    "reports",
    "qa",
    "search",
    "delivery",
    "demo",
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
    "axes",
    # django-csp: its system checks (the policy itself is cms.csp's middleware).
    "csp",
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
    # Content-Security-Policy on every response, cached ones included (cms/csp.py).
    "cms.csp.PathPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    # 503 and Retry-After when a view finds the database out of reach.
    "cms.middleware.DatabaseOutageMiddleware",
    # Before sessions and locale: a cached API or feed response needs neither.
    "cms.http_cache.PublicResponseCacheMiddleware",
    # A NUL byte, or a query string that is not UTF-8, is answered 400 before any view.
    "cms.malformed_requests.MalformedRequestMiddleware",
    # Above sessions and CSRF, to see the cookies they set: such answers are marked
    # private, so that the phone's service worker never keeps them (pwa/middleware.py).
    "pwa.middleware.PrivateResponsesMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # A unit editor's refusals in the page admin say why; the type menu offers what they may create.
    "home.unit_admin.UnitPageScreensMiddleware",
    # Approving or rejecting a page ends with a word of what happened and a link to it.
    "home.moderation_messages.ModerationMessagesMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes requires: turns a locked-out sign-in into its lockout page.
    "axes.middleware.AxesMiddleware",
]

# django-axes first: it refuses a locked-out sign-in before the password is checked;
# ModelBackend signs in. Axes' variant that also loads users and permissions, because
# Wagtail's page test helpers sign in with the first backend.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesBackend",
    "django.contrib.auth.backends.ModelBackend",
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
        # A connection kept from an earlier request is checked before use, so that one
        # the database dropped (a restart) is replaced instead of failing the request.
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# PostgreSQL plans the statements of the contest's busiest requests once per connection
# (home/prepared_statements.py). Off for a pooler that shares sessions between clients
# (PgBouncer in transaction mode before 1.21).
DATABASE_PREPARED_STATEMENTS = os.environ.get("DB_PREPARED_STATEMENTS", "true").lower() != "false"

AUTH_USER_MODEL = "home.User"
WAGTAILIMAGES_IMAGE_MODEL = "home.CustomImage"
# A new image left titled by its file name takes its alt text as title.
WAGTAILIMAGES_IMAGE_FORM_BASE = "home.image_forms.ImageForm"

# Passwords of staff and participants: Argon2id at OWASP's parameters (home/hashers.py).
# Hashes made by the earlier default, PBKDF2, still verify and are rehashed at sign-in.
PASSWORD_HASHERS = [
    "home.hashers.OwaspArgon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher",
]

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
# Every admin user sees the province's time: with a single zone the account page offers
# no other. Wagtail would otherwise list every name zoneinfo finds on the server, Debian's
# "localtime" link among them, which the browser's Intl refuses (a RangeError in the
# account page's script).
WAGTAIL_USER_TIME_ZONES = [TIME_ZONE]
LOCALE_PATHS = [BASE_DIR / "locale"]
# Dates in the admin's forms read and write as its listings show them, 18/06/2024 rather
# than 2024-06-18; cms/formats makes every admin language parse them day first.
WAGTAIL_DATE_FORMAT = "%d/%m/%Y"
WAGTAIL_DATETIME_FORMAT = "%d/%m/%Y %H:%M"
WAGTAIL_TIME_FORMAT = "%H:%M"
FORMAT_MODULE_PATH = ["cms.formats"]

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

# Cache and rate limits: Redis when REDIS_URL is set, process memory otherwise. While
# Redis is unreachable the cache misses instead of failing (home/redis_cache.py); the
# socket timeouts bound how long a request waits before the cache gives up on it.
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "home.redis_cache.ResilientRedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": "pbgdpl",
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 1},
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

# Webhook receivers on the server's own network (loopback, private, link-local…) are
# refused unless named here: host names, IP addresses or networks (docs/webhooks.md).
WEBHOOK_ALLOWED_INTERNAL_HOSTS = env_list("WEBHOOK_ALLOWED_INTERNAL_HOSTS")

# The speech engine that reads pages and bulletin introductions aloud (a dotted path to
# a class, docs/audio.md), e.g. delivery.audio.engines.EspeakEngine; empty: none.
AUDIO_TTS_ENGINE = os.environ.get("AUDIO_TTS_ENGINE", "")

# Social networks' API addresses (docs/social-networks.md): the documented ones unless
# an operator routes a network through a proxy; the tests point them at local servers.
SOCIAL_NETWORK_API_URLS = {
    "facebook": os.environ.get("SOCIAL_FACEBOOK_API_URL", "https://graph.facebook.com/v23.0"),
    "zalo": os.environ.get("SOCIAL_ZALO_API_URL", "https://openapi.zalo.me"),
    "x": os.environ.get("SOCIAL_X_API_URL", "https://api.x.com"),
    "youtube": os.environ.get("SOCIAL_YOUTUBE_API_URL", "https://www.googleapis.com"),
}
# Posts that failed because an account could not be used go out when an administrator
# fixes it (a new token, the account resumed), if they failed this recently.
SOCIAL_RESUME_WITHIN_HOURS = int(os.environ.get("SOCIAL_RESUME_WITHIN_HOURS", "48"))

# Wagtail
WAGTAIL_SITE_NAME = "Cổng Phổ biến, giáo dục pháp luật Quảng Ninh"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Unicode slugs stay on so that the admin's JavaScript keeps "đ" as typed (with it off, it
# writes "dj"); core.slugs folds every slug to ASCII on the server.
WAGTAIL_ALLOW_UNICODE_SLUGS = True
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
WAGTAILADMIN_COMMENTS_ENABLED = True
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Avatars are uploaded, never fetched from gravatar.com: the admin loads nothing from
# elsewhere (Content-Security-Policy below) and tells no one who its editors are.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
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
    # Pages' recordings for commune loudspeakers and podcasts (home.models.audio).
    "mp3",
    "ogg",
    "m4a",
]
# Documents are served only by Wagtail's view, which checks the privacy of their
# collection, whatever the storage (its default would redirect to a remote storage's
# public URL). Production hands the file to nginx (SENDFILE_BACKEND, production.py);
# elsewhere the view streams it.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
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

# Reverse proxies in front of Django whose X-Forwarded-For entries are believed
# (home/client_ip.py): 0 uses the connection's address and ignores the header; 1 for
# nginx alone; 2 for a CDN in front of nginx. Rate limits, login lockouts and the
# addresses stored with registrations and attempts all follow it.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
if TRUSTED_PROXY_COUNT < 0:
    raise ImproperlyConfigured("TRUSTED_PROXY_COUNT must be 0 or more.")

# Password guessing (django-axes) on the admin's sign-in, Wagtail's front-end sign-in and
# the shared passwords of private pages and document collections
# (home/shared_passwords.py): after AXES_FAILURE_LIMIT wrong passwords for one account
# (or one protected page or collection) from one address, that pair is refused for
# AXES_COOLOFF_MINUTES. Other addresses are not locked out, so nobody can lock an editor
# out by guessing at their account. Attempts are kept in the database, not the cache, so
# that the lockout holds when Redis is down and administrators can list and lift it
# (Cài đặt › Khóa đăng nhập).
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = datetime.timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_CLIENT_IP_CALLABLE = "home.client_ip.client_ip"
AXES_LOCKOUT_CALLABLE = "home.lockouts.lockout_response"
AXES_RESET_ON_SUCCESS = True
# Guesses during a lockout are refused unchecked and do not push its end further away,
# so the time the lockout page gives is the time it ends.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
# Successful sign-ins are not logged (the table would grow forever), and the Django
# admin, where axes would list attempts, is not served: the Wagtail admin lists them.
AXES_DISABLE_ACCESS_LOG = True
AXES_ENABLE_ADMIN = False
AXES_VERBOSE = False

# Contest rate limits (quizzes/limits.py), per client IP and per account. Codes sent by
# SMS cost money: "send_code" counts them per phone number ("account") and per address.
CONTEST_RATE_LIMITS = {
    "register": {"ip": "60/h"},
    "reset_password": {"ip": "60/h"},
    "send_code": {"ip": "60/h", "account": "5/h"},
    "confirm_code": {"ip": "300/h"},
    "sign_in": {"ip": "300/h", "account": "20/h"},
    "change_password": {"ip": "300/h", "account": "20/h"},
    "sign_out": {"ip": "300/h", "account": "20/h"},
    "start": {"ip": "600/m", "account": "30/m"},
    "save": {"ip": "3000/m", "account": "120/m"},
    "submit": {"ip": "1200/m", "account": "30/m"},
    # Each new CAPTCHA challenge is a row. Five per registration the address may make
    # (a reload, a wrong answer, a new image): a commune hall registering its 60 an hour
    # is never refused, and one address keeps at most about 50 unexpired challenges.
    "captcha": {"ip": "300/h"},
}

# Legal Q&A (qa/): a question still open after this many days (not counting the time its
# asker took to clarify) is overdue, and the editorial board sees it in its list. This
# is the province's service target, not a legal deadline.
QA_ANSWER_WITHIN_DAYS = int(os.environ.get("QA_ANSWER_WITHIN_DAYS", "7"))
# Who tells askers that their question moved, by contact kind (qa/notifications.py):
# email through EMAIL_BACKEND, SMS through SMS_BACKEND. A deployment replaces one with a
# class of its own as "kind=dotted.path" pairs, e.g. "phone=myprovider.ZaloSender".
QA_NOTIFICATION_SENDERS = {
    "email": "qa.notifications.EmailSender",
    "phone": "qa.notifications.SmsSender",
    **dict(pair.split("=", 1) for pair in env_list("QA_NOTIFICATION_SENDERS") if "=" in pair),
}

# Legal questions' rate limits (qa/asking.py, counted by home/rate_limits.py), per client
# address ("ip") and per asker ("contact": the keyed hash of their phone or email, so no
# number is written in a cache key).
# - "ask": addresses are shared (a commune hall or a reading room puts everyone behind
#   one, mobile networks put many subscribers behind one with carrier-grade NAT), so an
#   address may send 60 questions an hour; a person asks a handful a day, 20 is a flood.
# - "track": look-ups by tracking code. There are 30^10 codes: with 100,000 questions
#   stored, an address guessing at 120 an hour hits one in about 5,000 years on average.
# - "reply": the asker's replies to a request for clarification, per address and per
#   question ("question").
# - "captcha": challenges drawn (each is a row), five per question an address may send.
# Web Push reminders (push/, docs/push.md). Without the VAPID pair push is off: no
# button offers it and nothing is sent. ``manage.py generate_vapid_keys`` makes a pair;
# the subject is how push services reach the sender ("mailto:" of the Sở Tư pháp).
WEBPUSH_VAPID_PUBLIC_KEY = os.environ.get("WEBPUSH_VAPID_PUBLIC_KEY", "")
WEBPUSH_VAPID_PRIVATE_KEY = os.environ.get("WEBPUSH_VAPID_PRIVATE_KEY", "")
WEBPUSH_VAPID_SUBJECT = os.environ.get("WEBPUSH_VAPID_SUBJECT", "")
# Browsers' push services are public https addresses; http is for a local fake (tests,
# development), and internal hosts are refused unless named here, as webhook receivers.
WEBPUSH_ALLOW_HTTP = False
WEBPUSH_ALLOWED_INTERNAL_HOSTS = env_list("WEBPUSH_ALLOWED_INTERNAL_HOSTS")
# Subscribing and unsubscribing a device, per client address.
PUSH_RATE_LIMITS = {
    "subscribe": {"ip": "120/h"},
    "unsubscribe": {"ip": "300/h"},
    "status": {"ip": "1200/h"},
}

QA_RATE_LIMITS = {
    "ask": {"ip": "60/h", "contact": "20/d"},
    "track": {"ip": "120/h"},
    "reply": {"ip": "60/h", "question": "10/h"},
    "captcha": {"ip": "300/h"},
}

# Personal data encrypted at rest (home/personal_data.py). The secret, PERSONAL_DATA_KEY,
# comes from the environment (production requires it; dev and test set a fixed one);
# earlier secrets, comma-separated, still decrypt while a rotation is under way.
PERSONAL_DATA_PREVIOUS_KEYS = env_list("PERSONAL_DATA_PREVIOUS_KEYS")

# Text messages: the verification codes of registration and password resets (home/sms.py).
SMS_BACKEND = os.environ.get("SMS_BACKEND", "home.sms.ConsoleBackend")
SMS_FILE_PATH = Path(os.environ.get("SMS_FILE_PATH", BASE_DIR / "sms"))

PUBLIC_CACHE_URLS_REGEX = (
    r"^/(api/v2/(pages|images|documents)/|api/(taxonomy|oembed|search|qa/suggestions)|(en/)?feeds/)"
)
PUBLIC_CACHE_MAX_AGE = int(os.environ.get("PUBLIC_CACHE_MAX_AGE", "60"))
PUBLIC_CACHE_SERVER_SECONDS = int(
    os.environ.get("PUBLIC_CACHE_SERVER_SECONDS", "600" if os.environ.get("REDIS_URL") else "0")
)
# How stale a process's copy of the content version may be (core/content_version.py).
CONTENT_VERSION_REFRESH_SECONDS = float(os.environ.get("CONTENT_VERSION_REFRESH_SECONDS", "1"))

# Sites allowed to frame embed views (/embed/<id>/), as CSP frame-ancestors sources;
# "*" for any site. Every other page refuses to be framed (X-Frame-Options: DENY).
EMBED_FRAME_ANCESTORS = env_list("EMBED_FRAME_ANCESTORS", "*")

# Cross-origin reads of /api/ by district, commune and department sites. A list of
# origins ("https://halong.quangninh.gov.vn,https://...") or "*" for any origin.
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_ALL_ORIGINS = os.environ.get("CORS_ALLOWED_ORIGINS", "").strip() == "*"
CORS_ALLOWED_ORIGINS = [] if CORS_ALLOW_ALL_ORIGINS else env_list("CORS_ALLOWED_ORIGINS")
CORS_EXPOSE_HEADERS = ["ETag", "Last-Modified", "Retry-After"]

# Headless previews: each district or department front-end that renders previews,
# as "name=https://front-end/preview-path" pairs separated by commas. Each becomes a
# preview mode in the admin.
WAGTAIL_HEADLESS_PREVIEW = {
    "CLIENT_URLS": dict(
        pair.split("=", 1) for pair in env_list("HEADLESS_PREVIEW_CLIENTS") if "=" in pair
    ),
    "ENFORCE_TRAILING_SLASH": True,
}

# Content-Security-Policy (django-csp; cms/csp.py), enforced in every environment, tests
# included. Everything comes from this site: scripts and styles from static files, an
# inline script only with the request's nonce (nonce="{{ request.csp_nonce }}"), no
# eval, no inline style or event handler attributes. Frames: the video players of the
# embed providers. Nobody frames the site except embed views, which replace
# frame-ancestors with EMBED_FRAME_ANCESTORS (delivery/embeds/framing.py).
VIDEO_FRAME_SOURCES = ["https://www.youtube.com", "https://www.youtube-nocookie.com"]
VIDEO_SCRIPT_SOURCES = []
if os.environ.get("FACEBOOK_APP_ID") and os.environ.get("FACEBOOK_APP_SECRET"):
    # Facebook's embed code is its SDK script, which draws the player in a frame.
    VIDEO_FRAME_SOURCES += ["https://www.facebook.com", "https://web.facebook.com"]
    VIDEO_SCRIPT_SOURCES += ["https://connect.facebook.net"]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE, *VIDEO_SCRIPT_SOURCES],
        "style-src": [SELF, NONCE],
        "img-src": [SELF],
        "media-src": [SELF],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [SELF, *VIDEO_FRAME_SOURCES],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# (path prefix, exceptions, directives replaced): looser where the code is not ours.
CONTENT_SECURITY_POLICY_BY_PATH = [
    (
        # Wagtail 8's admin widgets (choosers, inline panels, date pickers) write inline
        # <script> elements from code that never sees the request, so no nonce can reach
        # them; its templates and Draftail use style attributes. The admin serves signed-in
        # staff only, and still loads nothing from elsewhere; its sign-in page, where
        # passwords are typed, keeps the strict policy.
        "/admin/",
        ["/admin/login/"],
        {
            "script-src": [SELF, UNSAFE_INLINE, *VIDEO_SCRIPT_SOURCES],
            "style-src": [SELF, UNSAFE_INLINE],
            # Icons and image previews before upload.
            "img-src": [SELF, "data:", "blob:"],
            # The preview panel, headless front-ends' previews, embed previews.
            "frame-src": [
                SELF,
                *VIDEO_FRAME_SOURCES,
                *{origin_of(url) for url in WAGTAIL_HEADLESS_PREVIEW["CLIENT_URLS"].values()},
            ],
            "frame-ancestors": [SELF],
        },
    ),
]

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
