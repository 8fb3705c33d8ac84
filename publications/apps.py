from django.apps import AppConfig


class PublicationsConfig(AppConfig):
    name = "publications"
    verbose_name = "Ấn phẩm pháp luật"

    def ready(self):
        from search import registry

        from . import models

        # Each content page type is a kind of result in the public search.
        for kind, label, model in (
            ("legal_news", "Tin pháp luật", models.LegalNewsPage),
            ("infographic", "Infographic", models.InfographicPage),
            ("video", "Video", models.VideoPage),
            ("leaflet", "Tờ gấp pháp luật", models.LeafletPage),
            ("ebook", "Sách pháp luật điện tử", models.EBookPage),
            ("lecture", "Bài giảng điện tử", models.LecturePage),
        ):
            registry.register_page_kind(kind, label, model)
