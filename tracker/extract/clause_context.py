"""Features of a body sentence's surroundings for the learned scorer: the sentences
around it, its matter, the document's kind, when its deadline falls after the meeting
and who the candidate's owner is.

:mod:`tracker.extract.clause_features` describes the sentence itself; the same words
mean another thing under a decision heading than in a discussion, in an association's
notes than in a § protocol, and a deadline a week ahead another thing than one years
ahead (a plan's horizon).  Each feature holds in any minutes (no document's words):

- ``prev:*`` / ``next:*`` the sentence before and after in its section: none (the
  matter's first or last), a list lead ("… följande:"), a bare heading and its type
  ("Beslut", "Uppdrag"), a decision formula, a sentence that opens with a person;
- ``lbl:first`` the first sentence under its sub-heading;
- ``secn:*`` how many sentences the matter holds (a one-line note or a long discussion);
- ``doc:*`` the document's kind by its headings: § protocol, numbered points or plain
  notes, and how many matters it has;
- ``due:*`` the days from the meeting to the deadline, in buckets (``due:past`` before
  it);
- ``own:*`` the kind of owner the candidate was given: a person, a body or office,
  another, none.
- by :func:`heading_stems`, for a model that reads words: ``h:*`` the stems of the
  section heading's words (kept, like the sentence's, only when several organisations
  write them).
"""

from __future__ import annotations

import datetime as dt
import re

from tracker.extract.clause_features import (
    _TOKEN,
    is_bare_heading,
    label_type,
    subject_kind,
    wide_lexicon,
)
from tracker.extract.clause_lexicon import first_names, lexicon
from tracker.extract.clauses import Clause
from tracker.extract.sections import Section
from tracker.language.word_stems import stem

#: A heading number of a § protocol ("§ 14", "14 §").
_PARAGRAPH = re.compile(r"§")
#: Buckets of the days from the meeting to a deadline (upper bounds, inclusive).
_DUE_DAYS = ((31, "0-31"), (92, "32-92"), (366, "93-366"))
_MIN_WORD = 3


def document_features(sections: list[Section]) -> list[str]:
    """The document's kind by its headings: ``doc:para`` when most numbered headings are
    § ("§ 14"), ``doc:numbered`` when the headings are numbered otherwise, ``doc:plain``
    when few are; and ``doc:matters:*`` how many sections it has."""
    numbered = [s for s in sections if s.number]
    paragraphs = sum(1 for s in numbered if _PARAGRAPH.search(s.number or ""))
    if numbered and 2 * len(numbered) >= len(sections):
        kind = "para" if 2 * paragraphs >= len(numbered) else "numbered"
    else:
        kind = "plain"
    n = len(sections)
    size = "1-3" if n <= 3 else "4-10" if n <= 10 else "11+"
    return [f"doc:{kind}", f"doc:matters:{size}"]


def _neighbour(side: str, text: str | None, people: frozenset[str]) -> list[str]:
    if text is None:
        return [f"{side}:none"]
    out = []
    body = text.rstrip()
    if body.endswith(":"):
        out.append(f"{side}:lead")
    if is_bare_heading(text):
        out.append(f"{side}:heading")
        if (lt := label_type(text)) is not None:
            out.append(f"{side}:heading:{lt}")
    if wide_lexicon().decided.search(text):
        out.append(f"{side}:decided")
    if subject_kind(text, people) == "person":
        out.append(f"{side}:person")
    return out


def context_features(
    sec: Section, texts: list[str], k: int, people: frozenset[str] = frozenset()
) -> list[str]:
    """The features of the ``k``-th sentence's surroundings in its section (``texts``:
    the section's sentences, one line each)."""
    out = _neighbour("prev", texts[k - 1] if k else None, people)
    out += _neighbour("next", texts[k + 1] if k + 1 < len(texts) else None, people)
    s = sec.sentences[k]
    if s.label and (k == 0 or sec.sentences[k - 1].label != s.label):
        out.append("lbl:first")
    n = len(texts)
    out.append("secn:" + ("1" if n == 1 else "2-3" if n <= 3 else "4-8" if n <= 8 else "9+"))
    return out


def due_features(c: Clause, ref: dt.date | None) -> list[str]:
    """The days from the meeting ``ref`` to the clause's deadline, in buckets; none
    without a resolved deadline or meeting date."""
    end = c.deadline.end if c.deadline is not None else None
    if end is None or ref is None:
        return []
    days = (end - ref).days
    if days < 0:
        return ["due:past"]
    return [f"due:{next((name for top, name in _DUE_DAYS if days <= top), '367+')}"]


def owner_features(owner: str | None, people: frozenset[str] = frozenset()) -> list[str]:
    """The kind of the candidate's owner: ``own:person``, ``own:body`` (a forum, an
    office, a role), ``own:other``, ``own:none``."""
    if not owner:
        return ["own:none"]
    first = owner.split()[0]
    if first in first_names() or owner in people or any(p.split()[0] == first for p in people):
        return ["own:person"]
    if lexicon().agent_nouns.search(owner) or first.lower().endswith(wide_lexicon().roles):
        return ["own:body"]
    return ["own:other"]


def heading_stems(title: str | None) -> list[str]:
    """The stems of the section heading's words as ``h:`` features (numbers and short
    words left out)."""
    out: dict[str, None] = {}
    for tok in _TOKEN.findall(title or ""):
        word = tok.strip("-").lower()
        if len(word) >= _MIN_WORD and word.replace("-", "").isalpha():
            out[f"h:{stem(word)}"] = None
    return list(out)
