from .exchanges import ExchangeGuest, ExchangePage
from .pages import AnswerReference, QAIndexPage, QuestionAnswerPage
from .questions import Question, QuestionEvent, QuestionReference

__all__ = [
    "AnswerReference",
    "ExchangeGuest",
    "ExchangePage",
    "QAIndexPage",
    "Question",
    "QuestionAnswerPage",
    "QuestionEvent",
    "QuestionReference",
]
