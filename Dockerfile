# The PBGDPL CMS served by gunicorn. Static files are collected at build time and served
# by whitenoise; media files live in a volume at /app/media. Configuration comes from
# the environment at run time (README.md, "Configuration").
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    DJANGO_SETTINGS_MODULE=cms.settings.production \
    MEDIA_ROOT=/app/media \
    STATIC_ROOT=/app/static \
    PORT=8000 \
    GUNICORN_WORKERS=2 \
    GUNICORN_THREADS=4

# The app runs as an unprivileged user that can write only to the media folder.
RUN groupadd --system --gid 10001 app \
    && useradd --system --uid 10001 --gid app --home-dir /app --no-create-home \
        --shell /usr/sbin/nologin app

WORKDIR /app

# ffmpeg measures, encodes and joins audio; espeak-ng reads pages aloud in Vietnamese
# (docs/audio.md).
RUN apt-get update \
    && apt-get install -y --no-install-recommends ffmpeg espeak-ng \
    && rm -rf /var/lib/apt/lists/*

# Dependencies first, so that a code change does not reinstall them. Every Python
# requirement ships as a wheel with its libraries (psycopg[binary], Pillow): no
# compiler needed.
COPY requirements.txt .
RUN pip install -r requirements.txt

COPY . .

# Production settings refuse to load without SECRET_KEY, PERSONAL_DATA_KEY and
# ALLOWED_HOSTS. These placeholders exist only for this build step: they are not kept in
# the image's environment, and the real values come from the environment at run time.
ARG COLLECTSTATIC_SECRET_KEY=collectstatic-only-not-a-secret
ARG COLLECTSTATIC_PERSONAL_DATA_KEY=collectstatic-only-not-a-secret
ARG COLLECTSTATIC_ALLOWED_HOSTS=localhost
RUN SECRET_KEY="$COLLECTSTATIC_SECRET_KEY" \
        PERSONAL_DATA_KEY="$COLLECTSTATIC_PERSONAL_DATA_KEY" \
        ALLOWED_HOSTS="$COLLECTSTATIC_ALLOWED_HOSTS" \
        python manage.py collectstatic --noinput \
    && mkdir -p "$MEDIA_ROOT" \
    && chown app:app "$MEDIA_ROOT"

# Uploaded images and documents; a named volume mounted here takes the folder's owner.
VOLUME ["/app/media"]

USER app
EXPOSE 8000

# Asks the app itself for /robots.txt (no database needed) as the reverse proxy would:
# with a host from ALLOWED_HOSTS and the HTTPS header, so that neither the host check
# nor the HTTPS redirect answers instead of Django.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import http.client, os, sys; hosts = [h.strip().lstrip('.') for h in os.environ.get('ALLOWED_HOSTS', '').split(',')]; host = next((h for h in hosts if h and '*' not in h), 'localhost'); c = http.client.HTTPConnection('127.0.0.1', int(os.environ.get('PORT', '8000')), timeout=4); c.request('GET', '/robots.txt', headers={'Host': host, 'X-Forwarded-Proto': 'https'}); sys.exit(c.getresponse().status != 200)"]

# Shell form through sh -c so that the worker and thread counts come from the
# environment; exec hands PID 1 to gunicorn so that it receives the stop signal.
CMD ["sh", "-c", "exec gunicorn cms.wsgi:application --bind 0.0.0.0:${PORT} --workers ${GUNICORN_WORKERS} --threads ${GUNICORN_THREADS} --access-logfile - --error-logfile - --no-control-socket"]
