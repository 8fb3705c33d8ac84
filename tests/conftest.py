import copy
import shutil
import uuid

import pytest

from django.conf import settings
from django.contrib.auth.models import Group

from wagtail.embeds.finders import get_finders

from demo.samples import one_of_each_type
from home import sms
from home.models import Unit

from .factories import (
    DocumentFactory,
    ImageFactory,
    LegalFieldFactory,
    SectionPageFactory,
    UnitFactory,
    UserFactory,
)

BOARD = "Ban Biên tập"
SITE_ADMINS = "Quản trị trang"


@pytest.fixture(autouse=True)
def offline_embed_finders():
    """Finders are cached per process; make sure the offline test finder is the one used."""
    get_finders.cache_clear()
    yield
    get_finders.cache_clear()


@pytest.fixture(autouse=True)
def isolated_cache(settings):
    """Each test gets its own cache namespace: with REDIS_URL set, parallel workers and
    earlier tests share one Redis, and a cached API response must not leak between them."""
    caches = copy.deepcopy(settings.CACHES)
    caches["default"]["KEY_PREFIX"] = f"test-{uuid.uuid4().hex}"
    settings.CACHES = caches


@pytest.fixture(autouse=True)
def sms_outbox():
    """The text messages sent during the test (the test settings' backend keeps them)."""
    sms.outbox.clear()
    return sms.outbox


@pytest.fixture
def justice_department(db):
    return UnitFactory(name="Sở Tư pháp", short_name="STP", kind=Unit.Kind.DEPARTMENT)


@pytest.fixture
def ward(db):
    return UnitFactory(name="Phường Hạ Long", kind=Unit.Kind.COMMUNE)


@pytest.fixture
def land_field(db):
    return LegalFieldFactory(name="Đất đai")


@pytest.fixture
def justice_section(justice_department):
    return SectionPageFactory(title="Tin tức pháp luật", unit=justice_department)


@pytest.fixture
def ward_section(ward):
    return SectionPageFactory(title="Phường Hạ Long", unit=ward)


@pytest.fixture
def one_of_each(justice_section, image, document, land_field):
    """A published page of every content type in the justice department's section."""
    return one_of_each_type(justice_section, image, document, land_field)


@pytest.fixture
def superuser(db):
    return UserFactory(username="admin", is_superuser=True, is_staff=True)


@pytest.fixture
def board_member(db):
    return UserFactory(username="banbientap", groups=[Group.objects.get(name=BOARD)])


@pytest.fixture
def justice_editor(justice_department):
    return UserFactory(username="bientap.stp", groups=[justice_department.editors_group])


@pytest.fixture
def ward_editor(ward):
    return UserFactory(username="bientap.halong", groups=[ward.editors_group])


@pytest.fixture
def image(db):
    return ImageFactory(title="Ảnh tuyên truyền")


@pytest.fixture
def document(db):
    return DocumentFactory(title="Tờ gấp Luật Đất đai")


@pytest.fixture(scope="session", autouse=True)
def remove_test_media():
    """The test settings give each run fresh media and static folders; leave none behind."""
    yield
    for folder in (settings.MEDIA_ROOT, settings.STATIC_ROOT):
        shutil.rmtree(folder, ignore_errors=True)
