"""Draw the app's icons again (``pwa/icons.py``) into ``pwa/static/pwa/icons/``."""

from django.core.management.base import BaseCommand

from pwa import icons


class Command(BaseCommand):
    help = "Vẽ lại biểu tượng ứng dụng (PNG) từ thiết kế của favicon."

    def handle(self, *args, **options):
        icons.write_all()
        for icon in icons.ICONS:
            self.stdout.write(f"{icons.ICON_DIR / icon.name} ({icon.size}×{icon.size})")
