"""Close every round whose closing time has passed: run it on a timer, like
``publish_scheduled`` (every minute is plenty)."""

from django.core.management.base import BaseCommand
from django.utils import timezone

from quizzes.models import QuizPage
from quizzes.ranking import close_round


class Command(BaseCommand):
    help = "Kết thúc các vòng thi đã hết giờ: chấm các lượt còn dở, tính số người đúng hết."

    def handle(self, *args, **options):
        now = timezone.now()
        due = QuizPage.objects.filter(closes_at__lte=now, perfect_count__isnull=True)
        for quiz in due.order_by("closes_at"):
            perfect = close_round(quiz, now=now)
            self.stdout.write(f"{quiz.title}: {perfect} người trả lời đúng tất cả câu hỏi.")
