"""Codes sent by SMS to prove a phone number is the participant's: registering (the
account is made once the code comes back) and resetting a forgotten password."""

from django.db import models

from home.personal_data import EncryptedTextField


class PhoneVerification(models.Model):
    """A code on its way to a phone and back. Only its keyed hash is kept; a request
    for a number that must not get a code (already registered, or not registered for
    a reset) is kept without one, so that it is answered exactly as a wrong code."""

    class Purpose(models.TextChoices):
        REGISTER = "register", "đăng ký"
        RESET_PASSWORD = "reset_password", "đặt lại mật khẩu"

    key = models.CharField(max_length=64, unique=True)
    purpose = models.CharField(max_length=20, choices=Purpose.choices)
    phone = models.CharField("số điện thoại", max_length=10)
    code_hash = models.CharField(max_length=64, blank=True)
    # A registration's password, already hashed, and the rest of what was typed
    # (JSON), encrypted: it is personal data until the account is made or this expires.
    password = models.CharField(max_length=128, blank=True)
    details = EncryptedTextField(blank=True)
    tries_left = models.PositiveSmallIntegerField()
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(db_index=True)

    class Meta:
        verbose_name = "mã xác nhận số điện thoại"
        verbose_name_plural = "mã xác nhận số điện thoại"

    def __str__(self):
        return f"{self.get_purpose_display()} – {self.pk}"
