"""Text messages through the configured backend (home/sms.py)."""

import io

from home import sms


def test_the_file_backend_writes_each_message_whole_in_its_own_file(settings, tmp_path):
    settings.SMS_BACKEND = "home.sms.FileBackend"
    settings.SMS_FILE_PATH = tmp_path / "sms"

    sms.send_sms("0912345678", "Ma xac nhan: 123456")
    sms.send_sms("0987654321", "Ma xac nhan: 654321")

    files = sorted((tmp_path / "sms").iterdir())
    assert [path.suffix for path in files] == [".sms", ".sms"]
    assert files[0].read_text() == "To: 0912345678\n\nMa xac nhan: 123456\n"


def test_the_console_backend_prints_and_the_test_backend_keeps(settings, sms_outbox):
    stream = io.StringIO()
    sms.ConsoleBackend(stream).send_messages([sms.SmsMessage("0912345678", "Xin chao")])
    assert stream.getvalue() == "SMS to 0912345678: Xin chao\n"

    sms.send_sms("0912345678", "Xin chao")

    assert sms_outbox == [sms.SmsMessage("0912345678", "Xin chao")]


def test_the_deployment_check_warns_while_codes_reach_no_phone(settings):
    settings.SMS_BACKEND = "home.sms.ConsoleBackend"
    assert [warning.id for warning in sms.check_backend(None)] == ["home.W001"]
    settings.SMS_BACKEND = "provider.sms.Backend"
    assert sms.check_backend(None) == []
