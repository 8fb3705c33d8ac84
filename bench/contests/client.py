"""The load test's HTTP driver: a small asyncio HTTP/1.1 client and a closed loop of
concurrent connections.

It is deliberately lean: the driver runs on the same two cores as the server, and every
bit of CPU it spends is taken from the server. Connections are kept alive when the
server allows it (gunicorn's sync workers close each one after its response; then the
next request connects again, which on loopback is cheap).

By default a request that fails is recorded as such and never retried: a repeated
registration or submission would change what is measured and verified. The fault runs
(``bench.contests.faults``) retry as a real client does: the same request again after a
cut connection (``RECONNECT_SECONDS`` later) or a 502, 503 or 504 (after its
``Retry-After``), and each answer keeps the tries that led to it. Such a client can also
drop a request's first answer (``Request.drop_first_answer``), as a phone that loses its
network while the server answers, and send it again.
"""

import asyncio
import json
import time
from dataclasses import dataclass, field

TIMEOUT = 60
# What a retrying client answers with the same request again.
RETRY_STATUSES = {502, 503, 504}
RECONNECT_SECONDS = 0.5
DEFAULT_RETRY_AFTER = 1
MAX_TRIES = 30
# A kept-alive connection idle this long is not used again (gunicorn closes them after
# two seconds).
IDLE_SECONDS = 1.5
# The error of a try whose answer the client did not wait for (``drop_first_answer``).
DROPPED = "answer dropped by the client"


@dataclass
class Request:
    method: str
    path: str
    body: object = None  # sent as JSON
    token: str | None = None
    tag: object = None  # whatever the caller needs to match the answer to its request
    server: tuple | None = None  # (host, port) when not the burst's own
    # A retrying client that sends it, then closes the connection without reading the
    # answer, as when a phone loses its network while the server answers.
    drop_first_answer: bool = False


@dataclass
class Try:
    """One sending of a request: when (wall clock), and its status or error."""

    sent_at: float
    status: int  # 0: no answer
    error: str = ""
    retry_after: str | None = None


@dataclass
class Answer:
    request: Request
    status: int  # 0: no answer (connection error or timeout)
    body: bytes
    seconds: float
    error: str = ""
    headers: dict = field(default_factory=dict)
    tries: list = field(default_factory=list)  # every Try, the last one included

    def json(self):
        return json.loads(self.body)

    @property
    def retries(self):
        return max(0, len(self.tries) - 1)


@dataclass
class Phase:
    """What one burst of requests did: every answer, and the wall time of the whole."""

    name: str
    answers: list = field(default_factory=list)
    seconds: float = 0.0
    connections: int = 0

    @property
    def per_second(self):
        return len(self.answers) / self.seconds if self.seconds else 0.0

    def statuses(self):
        counts = {}
        for answer in self.answers:
            key = answer.status or answer.error or "no answer"
            counts[key] = counts.get(key, 0) + 1
        return counts

    def latency_ms(self, percent):
        """Nearest-rank percentile of the request latencies, in milliseconds."""
        times = sorted(answer.seconds for answer in self.answers)
        if not times:
            return None
        rank = max(1, -(-percent * len(times) // 100))
        return times[int(rank) - 1] * 1000


class Connection:
    def __init__(self, host, port):
        self.host, self.port = host, port
        self.reader = self.writer = None
        self.last_used = 0.0

    async def request(self, request):
        """(status, headers with lower-case names, body)."""
        await self._send(request)
        status, headers = await self._head()
        content = await self._body(headers)
        self.last_used = time.monotonic()
        if headers.get("connection", "").lower() == "close":
            self.close()
        return status, headers, content

    async def send_and_drop(self, request):
        """Send ``request`` and close the connection without waiting for the answer."""
        await self._send(request)
        await self.writer.drain()
        self.close()

    async def _send(self, request):
        if self.writer is not None and time.monotonic() - self.last_used > IDLE_SECONDS:
            self.close()  # as a browser does: the server may have closed it meanwhile
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        body = b"" if request.body is None else json.dumps(request.body).encode()
        head = [
            f"{request.method} {request.path} HTTP/1.1",
            f"Host: {self.host}",
            "User-Agent: pbgdpl-bench/1.0",
            "Accept: application/json",
            f"Content-Length: {len(body)}",
        ]
        if body:
            head.append("Content-Type: application/json")
        if request.token:
            head.append(f"Authorization: Bearer {request.token}")
        self.writer.write(("\r\n".join(head) + "\r\n\r\n").encode() + body)

    async def _head(self):
        block = await self.reader.readuntil(b"\r\n\r\n")
        lines = block.decode("latin-1").split("\r\n")
        status = int(lines[0].split(" ", 2)[1])
        headers = {}
        for line in lines[1:]:
            if ":" in line:
                name, value = line.split(":", 1)
                headers[name.strip().lower()] = value.strip()
        return status, headers

    async def _body(self, headers):
        if "content-length" in headers:
            return await self.reader.readexactly(int(headers["content-length"]))
        if headers.get("transfer-encoding", "").lower() == "chunked":
            chunks = []
            while True:
                size = int((await self.reader.readuntil(b"\r\n")).split(b";")[0], 16)
                chunks.append(await self.reader.readexactly(size + 2))
                if size == 0:
                    return b"".join(chunk[:-2] for chunk in chunks)
        content = await self.reader.read()
        self.close()
        return content

    def close(self):
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


def retry_delay(status, retry_after):
    """Seconds before sending a request again, or None when its answer is final."""
    if status == 0:
        return RECONNECT_SECONDS
    if status in RETRY_STATUSES:
        try:
            return max(0.0, float(retry_after))
        except (TypeError, ValueError):
            return DEFAULT_RETRY_AFTER
    return None


async def exchange(connection, request, retry=False):
    """Send ``request`` on ``connection`` (again, with ``retry``, until its answer is
    final or ``MAX_TRIES`` have been made); its Answer."""
    started = time.perf_counter()
    tries = []
    if retry and request.drop_first_answer:
        tries.append(Try(time.time(), 0, DROPPED))
        try:
            await connection.send_and_drop(request)
        except OSError:
            connection.close()
        await asyncio.sleep(RECONNECT_SECONDS)
    while True:
        sent_at = time.time()
        try:
            status, headers, body = await asyncio.wait_for(connection.request(request), TIMEOUT)
            error = ""
        except (TimeoutError, OSError, asyncio.IncompleteReadError) as problem:
            connection.close()
            status, headers, body, error = 0, {}, b"", type(problem).__name__
        tries.append(Try(sent_at, status, error, headers.get("retry-after")))
        delay = retry_delay(status, headers.get("retry-after")) if retry else None
        if delay is None or len(tries) >= MAX_TRIES:
            return Answer(
                request, status, body, time.perf_counter() - started, error, headers, tries
            )
        await asyncio.sleep(delay)


async def run_journeys(server, items, connections, journey, retry=False, alongside=None):
    """Each of ``connections`` loops: take the next of ``items`` and ``await
    journey(send, item)``, where ``send(request)`` is the Answer to a request made on
    the loop's connection. ``alongside(answers, finished)``, when given, runs meanwhile:
    ``answers`` grows as they come, and the event ``finished`` is set once every loop
    is done. The seconds are those of the loops."""
    pending = iter(items)
    answers = []
    finished = asyncio.Event()

    async def loop():
        connections_by_server = {}

        async def send(request):
            target = request.server or server
            if target not in connections_by_server:
                connections_by_server[target] = Connection(*target)
            answer = await exchange(connections_by_server[target], request, retry)
            answers.append(answer)
            return answer

        try:
            for item in pending:
                await journey(send, item)
        finally:
            for connection in connections_by_server.values():
                connection.close()

    async def loops():
        started = time.perf_counter()
        try:
            await asyncio.gather(*(loop() for _ in range(connections)))
        finally:
            finished.set()
        return time.perf_counter() - started

    if alongside is None:
        seconds = await loops()
    else:
        seconds, _ = await asyncio.gather(loops(), alongside(answers, finished))
    return answers, seconds


def journeys(name, server, items, connections, journey, retry=False, alongside=None):
    """A Phase of ``connections`` concurrent loops, each taking the next item and going
    through ``journey(send, item)`` (a coroutine sending one or more requests in turn);
    ``alongside`` as in ``run_journeys``."""
    answers, seconds = asyncio.run(
        run_journeys(server, list(items), connections, journey, retry, alongside)
    )
    return Phase(name, answers, seconds, connections)


async def one_request(send, request):
    """The journey of a burst: one request."""
    await send(request)


def burst(name, server, requests, connections, retry=False):
    """Send ``requests`` over ``connections`` concurrent connections, each sending its
    next request as soon as its previous one is answered; the answers in the order they
    came."""
    return journeys(name, server, requests, connections, one_request, retry)
