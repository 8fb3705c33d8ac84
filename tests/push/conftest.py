import pytest

from .fake_push_service import FakePushService


@pytest.fixture
def push_service():
    """The local push service; devices subscribe to it as browsers do to theirs."""
    service = FakePushService().start()
    yield service
    service.stop()
