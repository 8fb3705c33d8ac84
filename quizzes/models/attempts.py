"""Attempts (lượt làm bài): what was drawn, what was answered, when, and the score."""

from django.db import models
from django.utils import timezone


class Attempt(models.Model):
    class Finish(models.TextChoices):
        SUBMITTED = "submitted", "Nộp bài"
        EXPIRED = "expired", "Hết giờ (tính các câu đã lưu)"

    # No index of its own: the two below begin with the round, and every start and
    # submit would write a third.
    quiz = models.ForeignKey(
        "quizzes.QuizPage",
        verbose_name="vòng thi",
        on_delete=models.PROTECT,
        related_name="+",
        db_index=False,
    )
    participant = models.ForeignKey(
        "quizzes.Participant",
        verbose_name="người dự thi",
        on_delete=models.PROTECT,
        related_name="attempts",
    )
    number = models.PositiveSmallIntegerField("lượt thứ")
    started_at = models.DateTimeField("bắt đầu")
    deadline = models.DateTimeField("hạn nộp")
    # The drawn questions in the order shown: [{"id": question id, "options": [the
    # options' places in the bank, in the order shown], "keys": [the key each is answered
    # by]}] (no "keys" in attempts drawn before keys were random: the places were the
    # keys); answers: {question id: [places in the bank]} (``quizzes.drawing``).
    questions = models.JSONField(default=list)
    answers = models.JSONField(default=dict, blank=True)
    prediction = models.PositiveIntegerField("dự đoán", null=True, blank=True)
    finished_at = models.DateTimeField("kết thúc", null=True, blank=True)
    finish = models.CharField(max_length=16, choices=Finish.choices, blank=True)
    score = models.PositiveIntegerField("điểm", null=True, blank=True)
    correct_count = models.PositiveSmallIntegerField("số câu đúng", null=True, blank=True)
    all_correct = models.BooleanField("đúng tất cả", default=False)
    # Milliseconds from start to finish: the third ranking criterion.
    duration_ms = models.PositiveIntegerField("thời gian làm bài (ms)", null=True, blank=True)
    ip = models.GenericIPAddressField(null=True, blank=True)
    device = models.CharField(max_length=64, blank=True)

    class Meta:
        verbose_name = "lượt làm bài"
        verbose_name_plural = "lượt làm bài"
        constraints = [
            models.UniqueConstraint(
                fields=["quiz", "participant", "number"], name="quizzes_attempt_number_once"
            )
        ]
        indexes = [
            models.Index(fields=["quiz", "finished_at"], name="quizzes_attempt_finished"),
        ]

    def __str__(self):
        return f"{self.participant} – {self.quiz} #{self.number}"

    @property
    def is_finished(self):
        return self.finished_at is not None

    @property
    def seconds_left(self):
        """Whole seconds until the deadline, as a countdown shows them."""
        return max(0, int((self.deadline - timezone.now()).total_seconds()))
