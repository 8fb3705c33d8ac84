from .exchanges import ExchangeGuest, ExchangePage
from .notifications import QuestionNotification
from .pages import AnswerReference, QAIndexPage, QuestionAnswerPage
from .questions import Question, QuestionEvent, QuestionReference
from .suggestions import SuggestionEntry, SuggestionPosting, SuggestionTerm

__all__ = [
    "AnswerReference",
    "ExchangeGuest",
    "ExchangePage",
    "QAIndexPage",
    "Question",
    "QuestionAnswerPage",
    "QuestionEvent",
    "QuestionNotification",
    "QuestionReference",
    "SuggestionEntry",
    "SuggestionPosting",
    "SuggestionTerm",
]
