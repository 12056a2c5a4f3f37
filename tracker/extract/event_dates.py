"""Named events and their days: a task due "inför årsmötet" is due on the day the
minutes give the årsmöte elsewhere ("Årsmötet sker som vanligt på påskdagen den 17/4").

Minutes of associations and working groups name their coming events once, in a section
of their own ("Årsmötet sker …", "Vårstädningen blir den 24 april"), and the tasks that
prepare for them by the event's name alone.  :func:`event_days` reads the first kind of
sentence: a definite noun that opens it, a verb of taking place, and one coming day;
:func:`event_due` finds such an event after a preposition of time in a task's sentence.
"""

from __future__ import annotations

import datetime as dt
import re

from tracker.extract.sections import Section
from tracker.language.date_period import Period
from tracker.language.date_shapes import NEXT_MEETING
from tracker.language.dates import find_periods

#: "Årsmötet sker …", "Vårstädningen blir den 24 april", "Stämman hålls …": an event in
#: the definite form that opens the sentence (perhaps after a heading the text glued to
#: it: "8 Övriga frågor Årsmötet sker …"), then a verb of taking place.
_TAKES_PLACE = re.compile(
    r"(?:^|(?<=\s))(?P<event>[A-ZÅÄÖ][a-zåäö-]{3,}(?:et|en|an|na))\s+(?:sker|hålls|äger\s+rum|blir|"
    r"genomförs|infaller|går\s+av\s+stapeln|är\s+(?:planerad|planerat|bokad|bokat|"
    r"preliminärt|den|på))\b")
#: "Vi lägger årsmötet den 30 mars", "Styrelsen håller vårstädningen 24 april": the forum
#: that sets the event's day, the event its object.
_SETS_DAY = re.compile(
    r"\b(?:vi|styrelsen|föreningen|gruppen)\s+(?:lägger|förlägger|håller|planerar|bokar|"
    r"genomför|har|flyttar)\s+(?P<event>[a-zåäö-]{4,}(?:et|en|an|na))\s+(?:den|på|till|"
    r"preliminärt|\d)", re.IGNORECASE)
#: "Höstens städdag planeras att hållas den 8 november", "Datum för utsättning av
#: snöstakarna bestämdes till lördagen den 27 oktober": an event planned or dated by a
#: decision, named before the verb.
_PLANNED = re.compile(
    r"(?:^|(?<=\s))(?:datum\s+för\s+(?:[a-zåäö-]+\s+av\s+)?|[A-ZÅÄÖa-zåäö]+s\s+)?"
    r"(?P<event>[A-ZÅÄÖa-zåäö][a-zåäö-]{3,})\s+(?:planeras|är\s+planerad|bestämdes|"
    r"bestäms|fastställdes|fastställs|sattes|sätts)\s+(?:att\s+(?:hållas|äga\s+rum|"
    r"genomföras|ske)\s+|till\s+|preliminärt\s+)?(?:(?:måndag|tisdag|onsdag|torsdag|"
    r"fredag|lördag|söndag)(?:en)?\s+)?(?:den\s+)?\d", re.IGNORECASE)
#: "inför årsmötet", "till stämman", "senast vid vårstädningen", "i samband med
#: städdagen", "i samband med att snöstakarna placeras ut": a time told by an event.
_BY_EVENT = re.compile(r"\b(?:inför|till|vid|före|innan|på|i\s+samband\s+med(?:\s+att)?)\s+"
                       r"(?P<event>[a-zåäö-]{4,})\b", re.IGNORECASE)
#: Definite and genitive endings: "städdagen" and "städdag" are one event.
_ENDING = re.compile(r"(?:ens|ets|en|et|na|n|s|e)$")


def _stem(event: str) -> str:
    return _ENDING.sub("", event.lower()) if len(event) > 4 else event.lower()


def event_days(
    sections: list[Section], ref: dt.date | None, next_meeting: dt.date | None
) -> dict[str, Period]:
    """The coming events the minutes date: the event's name (lower case) → its day,
    for each named with one coming day, and only once."""
    if ref is None:
        return {}
    found: dict[str, list[Period]] = {}
    for sec in sections:
        for s in sec.sentences:
            text = " ".join(s.text.split())
            m = _TAKES_PLACE.search(text) or _SETS_DAY.search(text) or _PLANNED.search(text)
            if m is None:
                continue
            days = [p for p in find_periods(text, ref, next_meeting)
                    if p.precision == "day" and p.end is not None and p.end > ref
                    and not NEXT_MEETING.search(p.text)]
            # ("på påskdagen den 17/4": two phrases, one day)
            if len({p.end for p in days}) == 1:
                found.setdefault(_stem(m.group("event")), []).append(days[-1])
    # (an event dated twice, differently, is not one day)
    return {e: ps[0] for e, ps in found.items() if len({p.end for p in ps}) == 1}


def event_due(text: str, events: dict[str, Period]) -> Period | None:
    """The day of the one dated event the sentence prepares for ("Inför årsmötet ska en
    handlingsplan presenteras")."""
    if not events:
        return None
    days = {_stem(m.group("event")) for m in _BY_EVENT.finditer(text)} & events.keys()
    return events[next(iter(days))] if len(days) == 1 else None


__all__ = ["event_days", "event_due"]
