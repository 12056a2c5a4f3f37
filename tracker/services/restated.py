"""A new item that only says again the matter another passage of the same document
links to an open item (issue 16: no duplicates).

"§ 47 Planbesked, Ängen 2:1 / … utredningen har fördröjts … Ärendet återkommer i juni.":
the § block updates the item of the earlier sent-back ärende, and a minutes rule made a
new item of its last sentence too.  "Arbetstidsavtal fritidspedagoger: Arbetsgivaren har
lämnat sin tolkning … Frågan avslutas.": the labelled line closes the earlier question,
and the same line became a new item besides.  Either way the list would carry the matter
twice.  Such a new item is planned as the other passage's twin instead ("samma ärende som
ovan": unchecked, nothing of its own applied), when its own sentence lies inside that
passage and tells nothing new: it only says where the matter stands (a word of going on
or of being done) or speaks of it by a pronoun ("Ärendet …", "Frågan …"), or it was read
from the very same passage and has no date of a task of its own.  A new task
given in the passage ("… och uppdrar åt gatuchefen att anlägga …") stays a new item.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tracker.extract.mentions import effect_of
from tracker.services.link_effects import decides_then_tasks, effect_for, gives_task
from tracker.services.plan import PlanEntry
from tracker.store.models import ItemRow

#: A sentence whose subject is the matter itself, named by a word that points back.
_POINTS_BACK = re.compile(
    r"^\W*(?:ärendet|frågan|punkten|uppdraget|detta|det|den)\b", re.IGNORECASE
)
#: How :func:`balance.entry_for_link` marks a passage that says a matter again.
TWIN_NOTE = "samma ärende som ovan"


def _flat(text: str | None) -> str:
    return " ".join((text or "").split()).casefold()


def _says_nothing_new(text: str) -> bool:
    return effect_of(text) in ("update", "close") or bool(_POINTS_BACK.match(text))


def mark_restated(entries: Sequence[PlanEntry], by_id: dict[int, ItemRow]) -> None:
    """Plan each checked new item that restates a linked passage's matter (see the
    module text) as that passage's unchecked twin."""
    linked = [e for e in entries
              if e.accepted and e.action in ("update", "close") and e.match_id is not None
              and e.match_id in by_id]  # fmt: skip
    if not linked:
        return
    for e in entries:
        if not (e.accepted and e.action == "new") or e.manual:
            continue
        c = e.candidate
        own = " ".join((c.text or c.title or "").split())
        key = _flat(own)
        if len(key) < 12 or gives_task(own) or decides_then_tasks(own):
            continue
        holder = next((x for x in linked if x is not e and key in _flat(x.candidate.evidence)),
                      None)  # fmt: skip
        if holder is None:
            continue
        # One passage read twice (the same evidence), with no date of a task of its own
        # ("Karin bekräftar att det fungerar." in the line that closes the matter), or a
        # sentence that only says where the matter stands.
        same = _flat(c.evidence) == _flat(holder.candidate.evidence) and c.due is None
        if not (same or _says_nothing_new(own)):
            continue
        item = by_id[holder.match_id]  # type: ignore[index]
        e.action = effect_for(c, item)
        e.match_id, e.match_title = item.id, item.title
        e.match_version, e.match_due = item.version, item.due
        e.score = holder.score
        e.accepted, e.unsure = False, True
        e.reason = f"{holder.reason}; {TWIN_NOTE}" if holder.reason else TWIN_NOTE
