"""Who may do what with social posts and accounts.

Posts are written by the system: anyone who works in the admin (editors, the board)
sees them and may retry a failed one, and nobody adds, edits or deletes them. Removing
a post from its network needs the right to unpublish its page (``views``). Accounts
hold the tokens: only administrators, that is superusers and whoever is given the
model's permissions ("Can change tài khoản mạng xã hội"), see and edit them.
"""

from wagtail.permission_policies import ModelPermissionPolicy


class SocialPostPermissionPolicy(ModelPermissionPolicy):
    read_actions = {"view", "retry"}

    def user_has_permission(self, user, action):
        if action not in self.read_actions or not user.is_active:
            return False
        return user.is_superuser or user.has_perm("wagtailadmin.access_admin")

    def users_with_any_permission(self, actions):
        from django.contrib.auth import get_user_model

        if not set(actions) & self.read_actions:
            return get_user_model().objects.none()
        return get_user_model().objects.filter(is_active=True)


def may_manage_accounts(user):
    return user.is_active and (user.is_superuser or user.has_perm("delivery.change_socialaccount"))
