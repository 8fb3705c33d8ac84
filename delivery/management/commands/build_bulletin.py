from django.core.management.base import BaseCommand, CommandError

from delivery.audio.bulletins import build
from delivery.audio.models import Bulletin


class Command(BaseCommand):
    help = "Ghép lại tệp MP3 của bản tin phát thanh cơ sở (theo mã bản tin), ngay trong lệnh."

    def add_arguments(self, parser):
        parser.add_argument("bulletin_ids", nargs="+", type=int, help="mã các bản tin")

    def handle(self, *args, bulletin_ids, **options):
        failed = []
        for bulletin_pk in bulletin_ids:
            if not Bulletin.objects.filter(pk=bulletin_pk).exists():
                raise CommandError(f"Không có bản tin mã {bulletin_pk}.")
            bulletin = build(bulletin_pk)
            if bulletin.status == Bulletin.Status.READY:
                self.stdout.write(f"{bulletin}: sẵn sàng, {bulletin.duration_text}.")
            else:
                failed.append(f"{bulletin}: {bulletin.problem}")
        if failed:
            raise CommandError("\n".join(failed))
