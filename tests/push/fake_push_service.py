"""A push service on this machine, in a thread, speaking RFC 8030 as browsers' push
services do, so that the tests send real notices and never reach the Internet.

It hands out subscriptions as a browser would (an endpoint here, a P-256 key pair and an
auth secret made for the test), checks each POST's VAPID Authorization header (RFC 8292:
``vapid t=<JWT>,k=<public key>``, the JWT's ES256 signature made with that key, ``aud``
this service's origin, ``exp`` in the future and within a day), decrypts the aes128gcm
body with the subscription's private key (RFC 8291), and records what it read. A test
tells it how to answer next: 201, 404, 410, 413, 429 with Retry-After, 500...
"""

import base64
import json
import secrets
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import http_ece
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature


def b64url_decode(text):
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


class VapidRefused(Exception):
    pass


def check_vapid(header, audience, now=None):
    """The public key (base64url) of a valid VAPID ``Authorization`` header for
    ``audience``; ``VapidRefused`` saying what is wrong otherwise."""
    now = now or time.time()
    if not header or not header.startswith("vapid "):
        raise VapidRefused("no vapid Authorization header")
    params = dict(part.strip().split("=", 1) for part in header[len("vapid ") :].split(","))
    token, key = params.get("t"), params.get("k")
    if not token or not key:
        raise VapidRefused("t= or k= missing")
    head, claims, signature = token.split(".")
    if json.loads(b64url_decode(head)).get("alg") != "ES256":
        raise VapidRefused("not ES256")
    raw = b64url_decode(signature)
    if len(raw) != 64:
        raise VapidRefused("signature is not 64 bytes")
    public = ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), b64url_decode(key))
    der = encode_dss_signature(int.from_bytes(raw[:32], "big"), int.from_bytes(raw[32:], "big"))
    try:
        public.verify(der, f"{head}.{claims}".encode(), ec.ECDSA(hashes.SHA256()))
    except InvalidSignature:
        raise VapidRefused("bad signature") from None
    body = json.loads(b64url_decode(claims))
    if body.get("aud") != audience:
        raise VapidRefused(f"aud is {body.get('aud')}, not {audience}")
    if not (now < int(body.get("exp", 0)) <= now + 24 * 3600):
        raise VapidRefused("exp not in the next 24 hours")
    if not str(body.get("sub", "")).startswith(("mailto:", "https:")):
        raise VapidRefused("sub is not mailto: or https:")
    return key


@dataclass
class Device:
    """A browser's subscription: what it gives the server, and its private half."""

    token: str
    endpoint: str
    private_key: object
    auth: bytes

    @property
    def p256dh(self):
        return b64url(
            self.private_key.public_key().public_bytes(
                serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
            )
        )

    def as_json(self):
        """As ``PushSubscription.toJSON()``."""
        return {
            "endpoint": self.endpoint,
            "keys": {"p256dh": self.p256dh, "auth": b64url(self.auth)},
        }

    def decrypt(self, body):
        return http_ece.decrypt(
            body, private_key=self.private_key, auth_secret=self.auth, version="aes128gcm"
        )


@dataclass
class Received:
    token: str
    payload: dict
    raw: bytes
    headers: dict
    vapid_key: str


@dataclass
class Answer:
    status: int
    headers: dict = field(default_factory=dict)


class FakePushService:
    def __init__(self):
        self.devices = {}
        self.received = []
        self.refused = []
        self.answers = []
        # The application server key the subscriptions were made with, when a test sets
        # it: a notice signed with another key is refused, as real push services do.
        self.expected_vapid_key = None
        self.lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.origin = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def start(self):
        self.thread.start()
        return self

    def stop(self):
        """Stop answering (a test may stop it early: a push service out of reach)."""
        if self.server.socket.fileno() == -1:
            return
        self.server.shutdown()
        self.server.server_close()

    def new_device(self, private_key=None, auth=None):
        token = secrets.token_urlsafe(24)
        device = Device(
            token=token,
            endpoint=f"{self.origin}/push/{token}",
            private_key=private_key or ec.generate_private_key(ec.SECP256R1()),
            auth=auth or secrets.token_bytes(16),
        )
        self.devices[token] = device
        return device

    def answer_next(self, status, retry_after=None, times=1):
        """Answer the next ``times`` notices with ``status`` (then 201 again)."""
        headers = {"Retry-After": str(retry_after)} if retry_after is not None else {}
        with self.lock:
            self.answers.extend(Answer(status, headers) for _ in range(times))

    def payloads(self, device=None):
        return [r.payload for r in self.received if device is None or r.token == device.token]

    def _next_answer(self):
        with self.lock:
            return self.answers.pop(0) if self.answers else Answer(201)

    def _handler(self):
        service = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length)
                token = self.path.rsplit("/", 1)[-1]
                device = service.devices.get(token)
                try:
                    key = check_vapid(self.headers.get("Authorization"), service.origin)
                    if service.expected_vapid_key not in (None, key):
                        raise VapidRefused("signed with another key than the subscription's")
                    if self.headers.get("Content-Encoding") != "aes128gcm":
                        raise VapidRefused("Content-Encoding is not aes128gcm")
                    if not self.headers.get("TTL", "").isdigit():
                        raise VapidRefused("no TTL")
                except (VapidRefused, ValueError) as refusal:
                    service.refused.append(str(refusal))
                    return self._reply(Answer(403))
                if device is None:
                    return self._reply(Answer(404))
                answer = service._next_answer()
                if answer.status == 201:
                    payload = json.loads(device.decrypt(body))
                    service.received.append(
                        Received(
                            token,
                            payload,
                            body,
                            {k.lower(): v for k, v in self.headers.items()},
                            key,
                        )
                    )
                self._reply(answer)

            def _reply(self, answer):
                self.send_response(answer.status)
                for name, value in answer.headers.items():
                    self.send_header(name, value)
                if answer.status == 201:
                    self.send_header("Location", f"{service.origin}/message/{secrets.token_hex(8)}")
                self.send_header("Content-Length", "0")
                self.end_headers()

        return Handler
