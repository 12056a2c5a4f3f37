"""What reading one section of minutes collects: the sentences that matched a rule
(:class:`_Hit`) and the exchanges they belong to (:class:`_Exchange`), a matter raised,
answered and decided on.  Shared by the minutes reader and its mixins.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tracker.extract.minutes_patterns import _INTRO
from tracker.extract.phrases import Rule
from tracker.extract.sections import Sentence
from tracker.language.date_period import Period


@dataclass(slots=True)
class _Hit:
    """One sentence that matched a rule."""

    rule: Rule
    sentence: Sentence
    owner: str | None
    period: Period | None
    anaphoric: bool
    #: the sentence is a proposal in the case's description ("Förvaltningen föreslår att
    #: …"), not the decision: offered checked only when the decision restates it
    proposal: bool = False


@dataclass(slots=True)
class _Exchange:
    """A matter under discussion: who raised it, who answered, the rule hits in it."""

    sentences: list[Sentence] = field(default_factory=list)
    raised_by: str | None = None
    responder: str | None = None
    answered: bool = False
    hits: list[_Hit] = field(default_factory=list)

    @property
    def question(self) -> Sentence | None:
        for s in self.sentences:
            if s.text.rstrip().endswith("?"):
                return s
        return None

    @property
    def topic(self) -> Sentence | None:
        for s in self.sentences:
            if not _INTRO.search(s.text):
                return s
        return None
