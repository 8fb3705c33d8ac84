from django.apps import AppConfig


class QuizzesConfig(AppConfig):
    """Online legal contests: rounds, participants, attempts and ranking."""

    name = "quizzes"
    verbose_name = "Cuộc thi trực tuyến"

    def ready(self):
        from home.personal_data import after_rotation, hashed_on_rotation

        from . import reminders
        from .models.participants import Participant, cccd_hash, entries_take_new_cccd_hashes

        # A contest entered can be followed on a phone; its rounds are announced as they open.
        reminders.register()

        # A new personal data key: CCCDs are compared by their hash under it.
        hashed_on_rotation(Participant, "cccd_hash", lambda person: cccd_hash(person.cccd))
        after_rotation(entries_take_new_cccd_hashes)
