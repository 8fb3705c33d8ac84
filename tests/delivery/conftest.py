import socket

import pytest


class FakeResolver:
    """Answers name lookups for webhook receivers from ``answers`` instead of DNS. An
    answer may be a list of addresses or a function of the lookup's number (from 1), to
    change between lookups as a rebinding name does."""

    def __init__(self):
        self.answers = {}
        self.lookups = []

    def __call__(self, host, port):
        self.lookups.append(host)
        if host not in self.answers:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        answer = self.answers[host]
        return list(answer(self.lookups.count(host)) if callable(answer) else answer)


@pytest.fixture
def resolver(monkeypatch):
    fake = FakeResolver()
    monkeypatch.setattr("delivery.webhooks.destinations.resolve", fake)
    return fake
