"""``manage.py rebuild_qa_suggestions``: write the index of suggestions shown while a
question is typed again from scratch (after restoring a database, or a change to how
words are read). Publishing, editing and imports keep it up to date otherwise."""

import os
import time

from django.core.management.base import BaseCommand

from bookshelf.import_export.progress import progress_bar
from bookshelf.models import LegalDocument
from qa.models import SuggestionEntry
from qa.suggestions.indexing import public_answers, rebuild


class Command(BaseCommand):
    help = (
        "Lập lại chỉ mục gợi ý khi người dân gõ câu hỏi: các câu trả lời đã đăng công khai "
        "và các điều của văn bản đã đăng trên tủ sách."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-progress", action="store_true", help="Không hiện thanh tiến trình."
        )
        parser.add_argument(
            "--workers",
            type=int,
            default=os.cpu_count() or 1,
            help="Số tiến trình đọc các điều của văn bản (mặc định: số lõi CPU).",
        )

    def handle(self, *args, **options):
        started = time.monotonic()
        total = public_answers().count() + LegalDocument.objects.filter(live=True).count()
        bar = progress_bar(
            not options["no_progress"], total=total, unit=" mục", desc="Chỉ mục gợi ý"
        )
        with bar:
            rebuild(progress=bar.update, workers=max(1, options["workers"]))
        counts = {
            kind: SuggestionEntry.objects.filter(kind=kind).count() for kind in SuggestionEntry.Kind
        }
        Kind = SuggestionEntry.Kind
        self.stdout.write(
            self.style.SUCCESS(
                f"Đã lập chỉ mục gợi ý: {counts[Kind.ANSWER]} câu trả lời, "
                f"{counts[Kind.DOCUMENT]} văn bản, {counts[Kind.ARTICLE]} điều, "
                f"trong {time.monotonic() - started:.1f} giây."
            )
        )
