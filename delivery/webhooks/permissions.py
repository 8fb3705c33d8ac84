from wagtail.permission_policies import ModelPermissionPolicy


class DeliveryLogPermissionPolicy(ModelPermissionPolicy):
    """The delivery log is written by the system alone: people read it and may send a
    failed delivery again, but never add, edit or delete entries (superusers included)."""

    read_only_actions = {"add", "change", "delete"}

    def user_has_permission(self, user, action):
        if action in self.read_only_actions:
            return False
        return super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission(set(actions) - self.read_only_actions)
