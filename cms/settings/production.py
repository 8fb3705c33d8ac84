"""Production: every secret and host name comes from the environment."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env_list

DEBUG = False


def required(name):
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"Set the {name} environment variable to run in production.")
    return value


SECRET_KEY = required("SECRET_KEY")
PERSONAL_DATA_KEY = required("PERSONAL_DATA_KEY")
required("ALLOWED_HOSTS")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# The app runs behind a TLS-terminating reverse proxy.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true").lower() == "true"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "0"))
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
# Behind TLS, an http:// address left in content is fetched over https.
CONTENT_SECURITY_POLICY["DIRECTIVES"]["upgrade-insecure-requests"] = True  # noqa: F405

# Documents: once Wagtail's view has checked privacy, nginx sends the file from an
# internal location (X-Accel-Redirect to DOCUMENTS_INTERNAL_URL + the path under
# MEDIA_ROOT; docs/operations.md). Empty: the view streams files itself, for a proxy
# that cannot do this.
DOCUMENTS_INTERNAL_URL = os.environ.get("DOCUMENTS_INTERNAL_URL", "/internal-media/")
if DOCUMENTS_INTERNAL_URL:
    SENDFILE_BACKEND = "home.sendfile_nginx"
    SENDFILE_ROOT = MEDIA_ROOT  # noqa: F405
    SENDFILE_URL = DOCUMENTS_INTERNAL_URL

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "webmaster@localhost")
