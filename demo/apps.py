from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo site and ``manage.py load_demo_content``; no app imports it."""

    name = "demo"
    verbose_name = "Nội dung mẫu"
