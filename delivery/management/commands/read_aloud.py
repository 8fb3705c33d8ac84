from django.core.management.base import BaseCommand, CommandError

from wagtail.models import Page

from delivery.audio.engines import configured_engine
from delivery.audio.reading import read_aloud
from delivery.audio.sources import audio_page_models


class Command(BaseCommand):
    help = (
        "Đọc bằng máy các trang đã xuất bản chưa có tệp âm thanh tải lên (tin pháp luật, "
        "tờ gấp, hỏi đáp): các trang được chỉ định, hoặc tất cả. Trang có nội dung không "
        "đổi từ lần đọc trước không được đọc lại, trừ khi có --again."
    )

    def add_arguments(self, parser):
        parser.add_argument("page_ids", nargs="*", type=int, help="mã các trang; bỏ trống: tất cả")
        parser.add_argument(
            "--again", action="store_true", help="đọc lại cả khi nội dung không đổi"
        )

    def handle(self, *args, page_ids, again, **options):
        if configured_engine() is None:
            raise CommandError("Chưa cấu hình bộ đọc bằng máy (AUDIO_TTS_ENGINE).")
        pages = Page.objects.live().type(*audio_page_models()).order_by("pk")
        if page_ids:
            pages = pages.filter(pk__in=page_ids)
        read = 0
        for page_pk in pages.values_list("pk", flat=True):
            if read_aloud(page_pk, again=again) is not None:
                read += 1
        self.stdout.write(f"{read} trang có bản đọc bằng máy.")
