"""The words of the meeting's own facts, read from ``lexicon.toml`` (``[meeting]``): the
labels of the meeting's date, the words of the dates that are not it (the signing, the
posting, the notice, a web page's own dates, another meeting) and the forum nouns a body
is named by.  Patterns are built here once; :mod:`tracker.extract.meeting_date` and
:mod:`tracker.extract.body_names` use them."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from tracker.extract.clause_lexicon import alternation, lexicon_data


@lru_cache(maxsize=1)
def meeting_words() -> dict[str, Any]:
    """The ``[meeting]`` table of the lexicon."""
    return lexicon_data()["meeting"]  # type: ignore[return-value]


def words(name: str) -> str:
    """The alternation of the word list ``name`` of the ``[meeting]`` table."""
    return alternation(meeting_words()[name])


def body_nouns() -> dict[str, str]:
    """Forum noun → its definite form ("styrelse" → "styrelsen")."""
    return dict(meeting_words()["body_nouns"])


def own_body_nouns() -> frozenset[str]:
    """The forum nouns whose bare meeting names the body ("styrelsemöte" → Styrelsen);
    the others are generic ("nämndmöte": any nämnd's)."""
    return frozenset(meeting_words()["own_body_nouns"])


def date_fields() -> tuple[str, ...]:
    """The title block's labels whose value carries the meeting's date, in order."""
    return tuple(meeting_words()["date_fields"])


__all__ = ["alternation", "body_nouns", "date_fields", "meeting_words", "own_body_nouns",
           "words"]
