from django.apps import AppConfig


class PwaConfig(AppConfig):
    name = "pwa"
    verbose_name = "Ứng dụng trên điện thoại"
