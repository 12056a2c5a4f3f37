"""The possible candidates made of what the clause analysis found.

:mod:`tracker.extract.clauses` describes a sentence's clauses; this module turns them
into candidates shown unchecked in review: a clause that states an obligation
(:func:`possible_candidate`, with the reason it is offered) and a proposal received that
waits for its answer, found in a run of prose (:func:`incoming_matters`,
:func:`incoming_candidate`).
"""

from __future__ import annotations

import re

from tracker.domain import Candidate
from tracker.extract.clause_lexicon import lexicon
from tracker.extract.clause_owner import owner_of
from tracker.extract.clauses import MIN_SENTENCE, QUESTION, Clause
from tracker.extract.dates import due_fields

_INCOMING_HINT = re.compile(r"otion|örslag|krivelse|nitiativ", re.IGNORECASE)


def incoming_matters(text: str) -> list[tuple[int, str]]:
    """Proposals received that wait for their answer, in a run of prose: "Motion av X om
    Y", "Medborgarförslag om Z", each up to the next one (lists of new motions run
    together when a page's lines carry no full stops).  (position, text) pairs."""
    if _INCOMING_HINT.search(text) is None:  # cheap test before the long pattern
        return []
    starts = [m.start() for m in lexicon().incoming.finditer(text)]
    out = []
    for i, at in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else min(len(text), at + 300)
        piece = text[at:end].strip()
        if lexicon().settled.search(piece):
            continue  # decided or dealt with here ("… behandlas som § 49", "avslås")
        if lexicon().answered.search(text, max(0, at - 60), at):
            continue  # the answer to it ("förslag till svar på … skrivelse angående …")
        if len(piece) >= MIN_SENTENCE and not QUESTION.search(piece):
            out.append((at, piece))
    return out


def incoming_candidate(piece: str, *, section: str | None, page: int, line: int) -> Candidate:
    return Candidate(
        title=piece[:140].rsplit(" ", 1)[0] if len(piece) > 140 else piece,
        text=piece,
        kind="awaiting_reply",
        status="open",
        evidence=piece,
        section=section,
        page=page,
        line=line,
        confidence=0.3,
        tier="possible",
        reasons=["möjlig punkt: ett inkommet förslag som väntar på svar",
                 f"lexikon: {piece.split()[0].lower()} (inkommet ärende)"],
    )


#: Why a clause candidate is offered: the clause analysis saw an obligation.
OBLIGATION_REASON = "möjlig punkt: sats med skyldighet som ingen regel bekräftade"
#: … or only the learned scorer ranked the sentence high (the wide reading).
SCORED_REASON = "möjlig punkt: mening som den lärda modellen rankade högt"
#: Where the features are written in a candidate's reasons (read back for training).
FEATURES_PREFIX = "kännetecken: "


def possible_candidate(
    c: Clause, *, title: str, section: str | None, page: int, line: int,
    reason: str = OBLIGATION_REASON, people: frozenset[str] = frozenset(),
) -> Candidate:
    kind = c.kind
    p = c.deadline
    # A matter sent on or back is the receiver's to act on ("remitterar motionerna till
    # regionstyrelsen"): there the recipient is the owner, not the body that sent it;
    # else the one the sentence gives the task (:mod:`.clause_owner`).
    owner = owner_of(c, people)
    return Candidate(
        title=title,
        text=c.text,
        kind=kind,
        status="open",
        owner=owner,
        **due_fields(p),
        section=section,
        page=page,
        line=line,
        evidence=c.text,
        confidence=0.3,
        tier="possible",
        reasons=[reason, *c.reasons()],
    )
