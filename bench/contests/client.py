"""The load test's HTTP driver: a small asyncio HTTP/1.1 client and a closed loop of
concurrent connections.

It is deliberately lean: the driver runs on the same two cores as the server, and every
bit of CPU it spends is taken from the server. Connections are kept alive when the
server allows it (gunicorn's sync workers close each one after its response; then the
next request connects again, which on loopback is cheap). A request that fails is
recorded as such and never retried: a repeated registration or submission would change
what is measured and verified.
"""

import asyncio
import json
import time
from dataclasses import dataclass, field

TIMEOUT = 60


@dataclass
class Request:
    method: str
    path: str
    body: object = None  # sent as JSON
    token: str | None = None
    tag: object = None  # whatever the caller needs to match the answer to its request


@dataclass
class Answer:
    request: Request
    status: int  # 0: no answer (connection error or timeout)
    body: bytes
    seconds: float
    error: str = ""

    def json(self):
        return json.loads(self.body)


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

    async def request(self, request):
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
        status, headers = await self._head()
        content = await self._body(headers)
        if headers.get("connection", "").lower() == "close":
            self.close()
        return status, content

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


async def _burst(server, requests, connections):
    pending = iter(requests)
    answers = []

    async def loop():
        connection = Connection(*server)
        try:
            for request in pending:
                started = time.perf_counter()
                try:
                    status, body = await asyncio.wait_for(connection.request(request), TIMEOUT)
                    error = ""
                except (TimeoutError, OSError, asyncio.IncompleteReadError) as problem:
                    connection.close()
                    status, body, error = 0, b"", type(problem).__name__
                answers.append(Answer(request, status, body, time.perf_counter() - started, error))
        finally:
            connection.close()

    started = time.perf_counter()
    await asyncio.gather(*(loop() for _ in range(connections)))
    return answers, time.perf_counter() - started


def burst(name, server, requests, connections):
    """Send ``requests`` over ``connections`` concurrent connections, each sending its
    next request as soon as its previous one is answered; the answers in the order they
    came."""
    answers, seconds = asyncio.run(_burst(server, list(requests), connections))
    return Phase(name, answers, seconds, connections)
