"""Register a participant on the server .ci/api-fuzz started, through the API as anyone
would (the CAPTCHA's answer read from the database, as the tests do), and print their
token, so that schemathesis reaches the operations behind a token too. Prints nothing,
and says why on stderr, when registration fails: the run then goes on without a token.

Usage: python .ci/api_fuzz_participant.py http://127.0.0.1:<port>
(with the server's DJANGO_SETTINGS_MODULE and DATABASE_URL)."""

import json
import sys
import time
import urllib.error
import urllib.request

import django
from django.core.exceptions import ObjectDoesNotExist

START_TIMEOUT = 60


def call(origin, method, path, body=None):
    request = urllib.request.Request(  # noqa: S310 (only the loopback server this run started)
        origin + path,
        method=method,
        data=json.dumps(body).encode() if body is not None else None,
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
        return json.load(response)


def wait_for(origin):
    deadline = time.monotonic() + START_TIMEOUT
    while True:
        try:
            return call(origin, "GET", "/api/openapi.json")
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(1)


def register(origin):
    from captcha.models import CaptchaStore

    from home.models import Unit

    challenge = call(origin, "GET", "/api/contests/captcha")
    body = {
        "phone": "0912345678",
        "password": "thu-api-" + str(time.time_ns()),
        "full_name": "Người Thử Api",
        "birth_date": "1990-01-01",
        "unit": Unit.objects.filter(is_active=True).values_list("slug", flat=True).first(),
        "cccd": "001090000001",
        "email": "thu.api@example.org",
        "consent": True,
        "captcha_key": challenge["key"],
        "captcha_answer": CaptchaStore.objects.get(hashkey=challenge["key"]).response,
    }
    return call(origin, "POST", "/api/contests/participants", body)["token"]


def main(origin):
    django.setup()
    wait_for(origin)
    try:
        print(register(origin))
    except (urllib.error.HTTPError, KeyError, ObjectDoesNotExist) as error:
        detail = error.read().decode() if isinstance(error, urllib.error.HTTPError) else error
        print(f"Registration failed, fuzzing without a token: {detail}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
