from django.contrib.auth.models import AbstractUser


class User(AbstractUser):
    """A staff account: editors, editorial board members and administrators.

    Swapped in from the first migration so that staff attributes can be added later
    without a painful user-model migration.
    """

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"
        verbose_name = "người dùng"
        verbose_name_plural = "người dùng"
