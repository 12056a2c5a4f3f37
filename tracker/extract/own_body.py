"""A forum named by its bare noun ("Nämnden beslutade också att …", "på nämndens
ordinarie sammanträde", "Styrelsen återkommer") is the meeting's own body when that body
is of the noun's kind: the owner is then written with the body's name ("Socialnämnden"),
as the secretary files it.  Used by :mod:`tracker.extract.minutes`."""

from __future__ import annotations

import re

#: The bare forum nouns, definite, and the stem the body's name ends with.
_BARE_FORUM = re.compile(
    r"(?i)(?P<stem>nämnd|styrelse|utskott|direktion|råd|kommitté|beredning|grupp)"
    r"(?:en|et|n|t)"
)


def own_body(owner: str | None, body: str | None) -> str | None:
    """``owner`` as the meeting's ``body`` when it is the bare noun of the body's kind
    ("Nämnden" in the Socialnämnden's minutes; "Utskottet" in the Kommunstyrelsens
    arbetsutskott's), else unchanged (also "Styrelsen" in a nämnd's minutes: another
    forum)."""
    if not owner or not body:
        return owner
    m = _BARE_FORUM.fullmatch(owner.strip())
    if m is None:
        return owner
    last = body.split()[-1].casefold()
    stem = m.group("stem").casefold()
    if len(last) > len(stem) + 2 and re.search(stem + r"(?:en|et|n|t)?$", last):
        return body
    return owner


__all__ = ["own_body"]
