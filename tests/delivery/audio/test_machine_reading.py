"""Pages without a recording are read aloud by machine when published, for commune
loudspeakers, where the site has a speech engine."""

import pytest

from django.test import TestCase
from django.urls import reverse

from wagtail.models import Locale

from delivery.audio.models import MachineReading
from delivery.audio.storage import AUDIO_COLLECTION
from tests.factories import LegalNewsPageFactory, QAIndexPageFactory, QuestionAnswerPageFactory

from .conftest import audio_document, document_path, probe

pytestmark = pytest.mark.django_db


def publish(page):
    with TestCase.captureOnCommitCallbacks(execute=True):
        page.save_revision().publish()
    page.refresh_from_db()
    return page


def vietnamese_news(section):
    return LegalNewsPageFactory(
        parent=section,
        title="Luật Đất đai năm 2024 có hiệu lực",
        summary="Từ ngày 1 tháng 8 năm 2024, người dân làm sổ đỏ nhanh hơn.",
    )


def test_publishing_a_vietnamese_news_item_reads_it_aloud_into_an_mp3(
    justice_section, speech_engine
):
    page = publish(vietnamese_news(justice_section))

    reading = MachineReading.objects.get(page=page)
    assert reading.engine == "espeak-ng"
    assert reading.document.file.name.endswith(".mp3")
    assert reading.document.collection.name == AUDIO_COLLECTION
    seconds = probe(document_path(reading.document))
    assert seconds > 1
    assert reading.duration == pytest.approx(seconds, abs=0.1)
    with reading.document.file.open("rb") as handle:
        head = handle.read(3)
    # An MP3: an ID3 tag or an MPEG frame header, as loudspeaker players expect.
    assert head == b"ID3" or head[0] == 0xFF


def test_the_words_read_are_the_title_summary_and_body():
    page = LegalNewsPageFactory.build(
        title="Luật Hộ tịch",
        summary="Đăng ký khai sinh trong 60 ngày.",
    )
    page.body = [("paragraph", "<p>Cha mẹ có trách nhiệm <b>đăng ký</b> khai sinh.</p>")]

    assert page.spoken_text() == (
        "Luật Hộ tịch\nĐăng ký khai sinh trong 60 ngày.\nCha mẹ có trách nhiệm đăng ký khai sinh."
    )


def test_a_question_and_answer_is_read_with_its_question_and_answer(speech_engine):
    section = QAIndexPageFactory()
    page = publish(QuestionAnswerPageFactory(parent=section))

    assert "Tôi muốn đăng ký kết hôn" in page.spoken_text()
    assert "Theo Điều 18 Luật Hộ tịch" in page.spoken_text()
    assert MachineReading.objects.filter(page=page).exists()


def test_nothing_is_read_without_a_speech_engine(justice_section):
    page = publish(vietnamese_news(justice_section))

    assert not MachineReading.objects.filter(page=page).exists()


def test_a_page_with_an_uploaded_recording_is_not_read_by_machine(
    justice_section, speech_engine, tmp_path
):
    page = vietnamese_news(justice_section)
    page.audio = audio_document(tmp_path, "ghi-am.mp3", 2)
    page.full_clean()
    page.save()
    publish(page)

    assert not MachineReading.objects.filter(page=page).exists()


def test_the_same_words_are_not_read_twice_but_new_words_are(justice_section, speech_engine):
    page = publish(vietnamese_news(justice_section))
    first = MachineReading.objects.get(page=page).document_id

    publish(page)
    assert MachineReading.objects.get(page=page).document_id == first

    page.summary = "Người dân được cấp sổ đỏ trong 3 ngày làm việc."
    publish(page)
    reading = MachineReading.objects.get(page=page)
    assert reading.document_id != first
    # The replaced file is not kept.
    assert not type(reading.document).objects.filter(pk=first).exists()


def test_an_editor_has_the_page_read_again_from_the_admin(
    admin_client, justice_section, speech_engine
):
    page = publish(vietnamese_news(justice_section))
    first = MachineReading.objects.get(page=page).document_id
    url = reverse("audio_read_again", args=[page.pk])

    edit = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert url in edit.content.decode()
    assert "Đọc lại bằng máy" in edit.content.decode()
    assert admin_client.get(url).status_code == 200
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = admin_client.post(url)

    assert response.status_code == 302
    assert MachineReading.objects.get(page=page).document_id != first


def test_the_read_again_button_is_refused_to_users_who_may_not_edit_the_page(
    client, django_user_model, justice_section, speech_engine
):
    page = publish(vietnamese_news(justice_section))
    first = MachineReading.objects.get(page=page).document_id
    user = django_user_model.objects.create_user(username="reader", password="x")  # noqa: S106
    client.force_login(user)

    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(reverse("audio_read_again", args=[page.pk]))

    # Without access to the admin, Wagtail sends the user to its login page.
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
    assert MachineReading.objects.get(page=page).document_id == first


def test_an_english_translation_is_read_in_english_but_an_alias_is_not_read(
    justice_section, speech_engine
):
    english = Locale.objects.get(language_code="en")
    page = publish(vietnamese_news(justice_section))
    translation = page.copy_for_translation(english, copy_parents=True)
    translation.title = "The 2024 Land Law takes effect"
    translation.summary = "Land titles are issued faster."
    translation = publish(translation)
    untranslated = publish(LegalNewsPageFactory(parent=justice_section, title="Tin chưa dịch"))
    with TestCase.captureOnCommitCallbacks(execute=True):
        alias = untranslated.create_alias(
            parent=translation.get_parent(), update_locale=translation.get_parent().locale
        )
        publish(untranslated)

    assert MachineReading.objects.filter(page=translation).exists()
    assert MachineReading.objects.filter(page=untranslated).exists()
    assert not MachineReading.objects.filter(page=alias).exists()
