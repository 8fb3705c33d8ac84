from .attempts import Attempt
from .contest import ContestPage, ContestPrize, UnitHeadcount
from .participants import ContestEntry, Participant
from .round import QuizPage
from .verifications import PhoneVerification

__all__ = [
    "Attempt",
    "ContestEntry",
    "ContestPage",
    "ContestPrize",
    "Participant",
    "PhoneVerification",
    "QuizPage",
    "UnitHeadcount",
]
