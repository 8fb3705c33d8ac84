"""Editors upload a page's recording (MP3, OGG or M4A); the site checks it is audio and
measures it. Operators read pages aloud and rebuild bulletins from the command line."""

import io

import pytest

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import TestCase
from django.urls import reverse

from core import audio
from delivery.audio.models import Bulletin, BulletinItem, MachineReading
from publications.models import LeafletPage
from qa.models import QuestionAnswerPage
from tests.factories import DocumentFactory, LegalNewsPageFactory

from .conftest import audio_document

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("name", "seconds"), [("a.mp3", 2), ("b.ogg", 3), ("c.m4a", 1.5)])
def test_an_uploaded_recording_is_measured(justice_section, tmp_path, name, seconds):
    page = LegalNewsPageFactory(parent=justice_section)
    page.audio = audio_document(tmp_path, name, seconds)

    page.full_clean()

    assert page.audio_duration == pytest.approx(seconds, abs=0.1)


def test_a_file_that_is_not_audio_is_refused(justice_section):
    page = LegalNewsPageFactory(parent=justice_section)
    page.audio = DocumentFactory(file=ContentFile(b"not sound at all", name="gia.mp3"))

    with pytest.raises(ValidationError) as refused:
        page.full_clean()

    assert refused.value.message_dict["audio"] == [
        "Không đọc được tệp âm thanh này; hãy tải lên tệp MP3, OGG hoặc M4A khác."
    ]


def test_a_document_of_another_kind_is_refused(justice_section):
    page = LegalNewsPageFactory(parent=justice_section)
    page.audio = DocumentFactory()

    with pytest.raises(ValidationError) as refused:
        page.full_clean()

    assert refused.value.message_dict["audio"] == ["Tệp âm thanh phải là MP3, OGG hoặc M4A."]


def test_removing_the_recording_forgets_its_length(justice_section, tmp_path):
    page = LegalNewsPageFactory(parent=justice_section)
    page.audio = audio_document(tmp_path, "a.mp3", 1)
    page.full_clean()
    page.save()

    page.audio = None
    page.full_clean()

    assert page.audio_duration is None


@pytest.mark.parametrize("model", [LeafletPage, QuestionAnswerPage])
def test_leaflets_and_answers_take_a_recording_too(model):
    assert "audio" in [panel.field_name for panel in model.audio_panels[0].children]
    assert model._meta.get_field("audio").related_model.__name__ == "Document"


def test_the_editor_uploads_the_recording_on_the_page_form(admin_client, justice_section):
    page = LegalNewsPageFactory(parent=justice_section)

    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))

    html = response.content.decode()
    assert 'name="audio"' in html
    assert "Âm thanh (truyền thanh cơ sở)" in html


def test_the_command_reads_published_pages_without_a_recording(justice_section, speech_engine):
    with TestCase.captureOnCommitCallbacks(execute=False):
        page = LegalNewsPageFactory(parent=justice_section)
        page.save_revision().publish()
    assert not MachineReading.objects.filter(page=page).exists()
    output = io.StringIO()

    call_command("read_aloud", stdout=output)

    assert MachineReading.objects.filter(page=page).exists()
    assert output.getvalue().strip() == "1 trang có bản đọc bằng máy."


def test_the_command_refuses_to_read_without_an_engine():
    with pytest.raises(CommandError, match="AUDIO_TTS_ENGINE"):
        call_command("read_aloud")


def test_the_command_builds_a_bulletin(justice_section, tmp_path):
    page = LegalNewsPageFactory(parent=justice_section)
    page.audio = audio_document(tmp_path, "a.mp3", 2)
    page.full_clean()
    page.save_revision().publish()
    bulletin = Bulletin.objects.create(title="Bản tin tuần 1", week_starting="2026-01-05")
    BulletinItem.objects.create(bulletin=bulletin, page=page)
    output = io.StringIO()

    call_command("build_bulletin", str(bulletin.pk), stdout=output)

    bulletin.refresh_from_db()
    assert bulletin.status == Bulletin.Status.READY
    assert output.getvalue().strip() == "Bản tin tuần 1: sẵn sàng, 0:02."


def test_readers_listen_on_the_page(client, justice_section, tmp_path, speech_engine):
    recorded = LegalNewsPageFactory(parent=justice_section, title="Có ghi âm")
    recorded.audio = audio_document(tmp_path, "a.mp3", 1)
    recorded.full_clean()
    recorded.save()
    with TestCase.captureOnCommitCallbacks(execute=True):
        recorded.save_revision().publish()
        read = LegalNewsPageFactory(parent=justice_section, title="Đọc bằng máy")
        read.save_revision().publish()

    recorded_html = client.get(recorded.url).content.decode()
    read_html = client.get(read.url).content.decode()

    assert f'<audio controls preload="none" src="{recorded.audio.url}">' in recorded_html
    assert "Bản đọc bằng máy" not in recorded_html
    reading = MachineReading.objects.get(page=read)
    assert f'<audio controls preload="none" src="{reading.document.url}">' in read_html
    assert "Bản đọc bằng máy" in read_html


def test_without_ffmpeg_the_editor_is_told_to_have_it_installed(
    justice_section, tmp_path, monkeypatch
):
    page = LegalNewsPageFactory(parent=justice_section)
    page.audio = audio_document(tmp_path, "a.mp3", 1)
    monkeypatch.setattr("core.audio.shutil.which", lambda name: None)

    with pytest.raises(ValidationError) as refused:
        page.full_clean()

    assert refused.value.message_dict["audio"] == [
        "Máy chủ chưa cài ffmpeg nên chưa kiểm tra được tệp âm thanh; "
        "báo quản trị hệ thống cài gói ffmpeg."
    ]


def test_a_missing_program_names_the_debian_package(monkeypatch):
    monkeypatch.setattr("core.audio.shutil.which", lambda name: None)

    with pytest.raises(audio.AudioToolMissing, match=r"apt-get install ffmpeg"):
        audio.duration("any.mp3")
