from django.apps import AppConfig


class QuizzesConfig(AppConfig):
    """Online legal contests: rounds, participants, attempts and ranking."""

    name = "quizzes"
    verbose_name = "Cuộc thi trực tuyến"
