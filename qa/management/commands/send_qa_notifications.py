"""Send the notices to askers that are due: failed attempts whose next try has come,
and notices whose task never ran. Run it on a timer (every few minutes) where the task
backend cannot schedule a later attempt itself (the immediate backend)."""

from django.core.management.base import BaseCommand

from qa.notifications import send_due


class Command(BaseCommand):
    help = "Gửi lại các thông báo cho người hỏi đã đến lượt gửi."

    def handle(self, *args, **options):
        sent = send_due()
        # Quiet when there was nothing to send: the command runs every minute.
        if sent and options["verbosity"]:
            self.stdout.write(f"Đã gửi {sent} thông báo.")
