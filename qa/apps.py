from django.apps import AppConfig


class QaConfig(AppConfig):
    """Legal questions and answers (hỏi đáp pháp luật) and online exchanges (giao lưu
    trực tuyến): citizens ask, units' specialists answer citing the bookshelf, the
    editorial board publishes the useful answers."""

    name = "qa"
    verbose_name = "Hỏi đáp pháp luật"

    def ready(self):
        from home.personal_data import hashed_on_rotation
        from search import registry

        from . import contacts, models, publication, reminders, structured_data  # noqa: F401
        from .suggestions import signals as suggestion_signals

        # Published answers and exchanges are kinds of result in the public search.
        registry.register_page_kind("qa", "Hỏi đáp pháp luật", models.QuestionAnswerPage)
        registry.register_page_kind("exchange", "Giao lưu trực tuyến", models.ExchangePage)
        # A tracked question and an exchange can be followed on a phone (push reminders).
        reminders.register()
        # A question follows its Q&A page: published, unpublished, deleted.
        publication.connect()
        # The suggestions' own index follows pages and documents.
        suggestion_signals.connect()
        # A new personal data key: an asker's questions are found by their contact's hash
        # under it. (``client_hash`` is left: the address it hashed is not kept.)
        hashed_on_rotation(
            models.Question,
            "contact_hash",
            lambda question: contacts.contact_hash(question.contact),
        )
