from .attempts import Attempt
from .contest import ContestPage, ContestPrize, UnitHeadcount
from .participants import ContestEntry, Participant
from .round import QuizPage

__all__ = [
    "Attempt",
    "ContestEntry",
    "ContestPage",
    "ContestPrize",
    "Participant",
    "QuizPage",
    "UnitHeadcount",
]
