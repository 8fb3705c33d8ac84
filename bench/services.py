"""Private PostgreSQL, Redis and nginx servers for the runs that stop and start them
(``bench.contests.faults``), so that the machine's shared servers, which other test
runs use, are never disturbed.

Each runs from Debian's packages on a free loopback port with its files in a temporary
directory, and is stopped and removed on exit. PostgreSQL's programs run as the
``postgres`` user when this process is root (they refuse to run as root).
"""

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import redis

from .server import free_port

START_TIMEOUT = 30
POSTGRES_BIN = Path("/usr/lib/postgresql")


def _postgres_program(name):
    versions = sorted(POSTGRES_BIN.glob(f"*/bin/{name}"), key=lambda path: int(path.parts[-3]))
    if not versions:
        raise SystemExit(
            f"PostgreSQL's {name} was not found under {POSTGRES_BIN}: apt-get install postgresql"
        )
    return str(versions[-1])


def _needs(program, package):
    if shutil.which(program) is None:
        raise SystemExit(f"{program} is needed: apt-get install {package}")


class Postgres:
    """A PostgreSQL cluster of its own: ``url`` names its server (database ``postgres``
    is its default one); ``stop`` (a fast shutdown, ending every session) and ``start``
    as ``pg_ctl`` does them."""

    def __init__(self, directory):
        self.directory = Path(directory)
        self.data = self.directory / "data"
        self.port = free_port()
        self.url = f"postgres://postgres@127.0.0.1:{self.port}/"

    def _run(self, *command):
        if os.geteuid() == 0:
            command = ("runuser", "-u", "postgres", "--", *command)
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, cwd=self.directory)

    def _pg_ctl(self, *arguments):
        self._run(
            _postgres_program("pg_ctl"),
            "--pgdata",
            str(self.data),
            "--log",
            str(self.directory / "postgres.log"),
            "--wait",
            *arguments,
        )

    def create(self):
        if os.geteuid() == 0:
            shutil.chown(self.directory, "postgres", "postgres")
        self._run(
            _postgres_program("initdb"),
            "--pgdata",
            str(self.data),
            "--username=postgres",
            "--auth=trust",
            "--encoding=UTF8",
            "--no-sync",
        )
        settings = [
            f"port = {self.port}",
            "listen_addresses = '127.0.0.1'",
            f"unix_socket_directories = '{self.directory}'",
            "max_connections = 200",
        ]
        with (self.data / "postgresql.conf").open("a") as conf:
            conf.write("\n".join(settings) + "\n")
        self.start()

    def start(self):
        self._pg_ctl("start")

    def stop(self):
        self._pg_ctl("stop", "--mode=fast")


@contextlib.contextmanager
def postgres():
    """A private PostgreSQL server, running; removed on exit."""
    with tempfile.TemporaryDirectory(prefix="bench-postgres-") as directory:
        server = Postgres(directory)
        server.create()
        try:
            yield server
        finally:
            with contextlib.suppress(subprocess.CalledProcessError):
                server.stop()


class Redis:
    """A Redis server of its own, keeping nothing on disk: ``url`` names its database 0."""

    def __init__(self, directory):
        _needs("redis-server", "redis-server")
        self.directory = Path(directory)
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = None

    def start(self):
        self.process = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.directory),
                "--logfile",
                str(self.directory / "redis.log"),
            ],
            stdout=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + START_TIMEOUT
        while not self.answers():
            if time.monotonic() > deadline or self.process.poll() is not None:
                raise SystemExit("redis-server did not start: see " + str(self.directory))
            time.sleep(0.1)

    def stop(self):
        """Stop the server (SIGTERM, as a service manager does); it forgets everything."""
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=30)
            self.process = None

    def answers(self):
        with contextlib.suppress(redis.exceptions.ConnectionError):
            return redis.Redis.from_url(self.url, socket_connect_timeout=1).ping()
        return False


@contextlib.contextmanager
def redis_server():
    """A private Redis server, running; stopped on exit."""
    with tempfile.TemporaryDirectory(prefix="bench-redis-") as directory:
        server = Redis(directory)
        server.start()
        try:
            yield server
        finally:
            server.stop()


NGINX_CONF = """\
worker_processes 1;
daemon off;
pid {directory}/nginx.pid;
error_log {directory}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {directory}/client_body;
    proxy_temp_path {directory}/proxy;
    fastcgi_temp_path {directory}/fastcgi;
    uwsgi_temp_path {directory}/uwsgi;
    scgi_temp_path {directory}/scgi;
    upstream app {{
{servers}
        keepalive 32;
    }}
    server {{
        listen 127.0.0.1:{port};
        location / {{
            proxy_pass http://app;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host $host;
            # The client's address as nginx saw it: what the app trusts from its one
            # proxy (TRUSTED_PROXY_COUNT=1), whatever the client sent.
            proxy_set_header X-Forwarded-For $remote_addr;
        }}
    }}
}}
"""


@contextlib.contextmanager
def nginx(upstreams):
    """nginx on a free loopback port, balancing over ``upstreams`` ([(host, port)])
    round robin; yields its (host, port)."""
    _needs("nginx", "nginx")
    with tempfile.TemporaryDirectory(prefix="bench-nginx-") as directory:
        # nginx's workers run as another user, and write below this directory.
        os.chmod(directory, 0o755)  # noqa: S103
        port = free_port()
        conf = Path(directory) / "nginx.conf"
        conf.write_text(
            NGINX_CONF.format(
                directory=directory,
                port=port,
                servers="\n".join(f"        server {host}:{at};" for host, at in upstreams),
            )
        )
        process = subprocess.Popen(
            ["nginx", "-p", directory, "-e", f"{directory}/error.log", "-c", str(conf)]
        )
        try:
            _wait_for_port(port, process, Path(directory) / "error.log")
            yield ("127.0.0.1", port)
        finally:
            process.send_signal(signal.SIGQUIT)  # finish the requests under way, then stop
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _wait_for_port(port, process, log):
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline and process.poll() is None:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 1):
            return
        time.sleep(0.1)
    raise SystemExit(f"nginx did not start:\n{log.read_text() if log.exists() else ''}")
