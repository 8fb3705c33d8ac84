"""People who take contests. A participant is not a CMS user: they sign in with their
phone number to the contest pages and API only, and never reach the admin.

What they give when registering is theirs to give once: it cannot be changed by them
afterwards (staff correct mistakes). Personal data (phone, birth date, CCCD, email) is
shown only to staff holding ``quizzes.view_personal_data`` (Decree 13/2023/NĐ-CP); the
CCCD is stored encrypted (``home.personal_data``).
"""

import uuid

from django.contrib.auth.hashers import check_password, make_password
from django.db import models
from django.db.models import OuterRef, Q, Subquery

from home.personal_data import EncryptedTextField, keyed_hash
from home.phones import mask_cccd, mask_name, mask_phone


class Participant(models.Model):
    phone = models.CharField("số điện thoại", max_length=10, unique=True)
    password = models.CharField("mật khẩu", max_length=128)
    full_name = models.CharField("họ và tên", max_length=100)
    birth_date = models.DateField("ngày sinh")
    unit = models.ForeignKey(
        "home.Unit", verbose_name="đơn vị dự thi", on_delete=models.PROTECT, related_name="+"
    )
    # Encrypted at rest; equal numbers are found by their keyed hash.
    cccd = EncryptedTextField("số CCCD", blank=True)
    cccd_hash = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    email = models.EmailField("thư điện tử", blank=True)
    consented_at = models.DateTimeField("đồng ý xử lý dữ liệu cá nhân lúc")
    registered_at = models.DateTimeField("đăng ký lúc", auto_now_add=True)
    registration_ip = models.GenericIPAddressField("địa chỉ IP khi đăng ký", null=True)
    registration_device = models.CharField("thiết bị khi đăng ký", max_length=64, blank=True)
    # Changed with the password and on signing out: signs every token handed out, so
    # changing it signs every device out.
    token_salt = models.CharField(max_length=32, editable=False)

    class Meta:
        verbose_name = "người dự thi"
        verbose_name_plural = "người dự thi"
        permissions = [("view_personal_data", "Xem dữ liệu cá nhân của người dự thi")]

    def __str__(self):
        return self.public_name

    def save(self, *args, **kwargs):
        self.cccd_hash = cccd_hash(self.cccd)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "cccd" in update_fields:
            kwargs["update_fields"] = {*update_fields, "cccd_hash"}
        super().save(*args, **kwargs)

    def set_password(self, raw_password):
        self.password = make_password(raw_password)
        self.new_token_salt()

    def new_token_salt(self):
        """Sign out every device: the tokens handed out so far no longer verify."""
        self.token_salt = uuid.uuid4().hex

    def check_password(self, raw_password):
        """Whether this is the password; a hash made by an older hasher or with weaker
        parameters is replaced by one of the current hasher (the devices signed in stay
        signed in)."""

        def rehash(raw):
            self.password = make_password(raw)
            self.save(update_fields=["password"])

        return check_password(raw_password, self.password, setter=rehash)

    @property
    def public_name(self):
        return mask_name(self.full_name)

    @property
    def public_phone(self):
        return mask_phone(self.phone)

    @property
    def masked_cccd(self):
        return mask_cccd(self.cccd)


def cccd_hash(cccd):
    """The keyed hash that stands for a CCCD in comparisons; empty for no CCCD."""
    return keyed_hash(cccd) if cccd else ""


def entries_take_new_cccd_hashes():
    """After the key changed: an entry holds its participant's CCCD hash, the new one."""
    ContestEntry.objects.exclude(cccd_hash="").update(
        cccd_hash=Subquery(
            Participant.objects.filter(pk=OuterRef("participant_id")).values("cccd_hash")[:1]
        )
    )


class ContestEntry(models.Model):
    """A participant taking part in one contest; a CCCD takes part once per contest,
    which its keyed hash (``Participant.cccd_hash`` when they joined) enforces."""

    contest = models.ForeignKey(
        "quizzes.ContestPage", on_delete=models.CASCADE, related_name="entries"
    )
    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="entries")
    cccd_hash = models.CharField(max_length=64, blank=True)
    joined_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "lượt tham gia cuộc thi"
        constraints = [
            models.UniqueConstraint(
                fields=["contest", "participant"], name="quizzes_entry_once_per_person"
            ),
            models.UniqueConstraint(
                fields=["contest", "cccd_hash"],
                condition=~Q(cccd_hash=""),
                name="quizzes_entry_once_per_cccd",
            ),
        ]

    def __str__(self):
        return f"{self.participant} – {self.contest}"
