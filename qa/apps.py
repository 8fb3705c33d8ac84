from django.apps import AppConfig


class QaConfig(AppConfig):
    """Legal questions and answers (hỏi đáp pháp luật) and online exchanges (giao lưu
    trực tuyến): citizens ask, units' specialists answer citing the bookshelf, the
    editorial board publishes the useful answers."""

    name = "qa"
    verbose_name = "Hỏi đáp pháp luật"

    def ready(self):
        from .suggestions import signals as suggestion_signals

        suggestion_signals.connect()
