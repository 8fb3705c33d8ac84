"""Keys other systems read the statistics API with (``Authorization: Bearer …``), each
acting as the user it was made for: a key of a reviewer reads the province, a key of a
unit's reporter reads that unit's reports. Only a hash of the key is stored; the key
itself is shown once, when ``manage.py reports_api_token`` makes it."""

import datetime
import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone

KEY_PREFIX = "tk_"
# How stale "last used" may be: a busy client does not write on every request.
LAST_USED_PRECISION = datetime.timedelta(minutes=1)


def key_hash(key):
    """The stored form of a key. Keys are 256 random bits, so a fast hash is enough: no
    one can try them one by one."""
    return hashlib.sha256(key.encode()).hexdigest()


class ReportsAPIToken(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người dùng",
        on_delete=models.CASCADE,
        related_name="+",
    )
    name = models.CharField(
        "dùng cho", max_length=255, blank=True, help_text="Hệ thống nào dùng mã này."
    )
    # The first characters of the key, to tell keys apart in lists and logs.
    hint = models.CharField("đầu mã", max_length=16, editable=False)
    digest = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField("tạo lúc", auto_now_add=True)
    last_used_at = models.DateTimeField("dùng lần cuối", null=True, blank=True, editable=False)
    revoked_at = models.DateTimeField("thu hồi lúc", null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "mã truy cập API thống kê"
        verbose_name_plural = "mã truy cập API thống kê"

    def __str__(self):
        return f"{self.hint}… ({self.user})"

    @classmethod
    def issue(cls, user, name=""):
        """A new key for ``user``: (the token, the key to hand over, never stored)."""
        key = KEY_PREFIX + secrets.token_urlsafe(32)
        token = cls.objects.create(
            user=user, name=name, hint=key[: len(KEY_PREFIX) + 6], digest=key_hash(key)
        )
        return token, key

    @classmethod
    def user_for(cls, key, now=None):
        """The active user whose unrevoked key ``key`` is, or None; notes the use."""
        token = (
            cls.objects.select_related("user")
            .filter(digest=key_hash(key), revoked_at__isnull=True, user__is_active=True)
            .first()
        )
        if token is None:
            return None
        now = now or timezone.now()
        if token.last_used_at is None or now - token.last_used_at >= LAST_USED_PRECISION:
            cls.objects.filter(pk=token.pk).update(last_used_at=now)
        return token.user

    @classmethod
    def revoke_all(cls, user, now=None):
        """Revoke every key of ``user``; how many were still valid."""
        return cls.objects.filter(user=user, revoked_at__isnull=True).update(
            revoked_at=now or timezone.now()
        )
