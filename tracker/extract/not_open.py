"""Why a confident minutes item is not an open item, read from its own sentence.

A rule or the scorer may check an item whose sentence, read as a whole, gives no task:

- the meeting's own course as it is held ("Ellen borta, Tilda tar över mötet för
  idag", "Bengt är bortrest"): ``lexicon.toml``'s ``[in_meeting] words``;
- the next meeting's time and place, a heading run into its line ("Nästa styrelsemöte
  Beslutas vid årsmötet"): a sentence opening with ``[in_meeting] schedule``;
- a standing rule, an obligation whose subject is a whole group ("senast kl. 7.30 ska
  föräldrar anmäla sina sjuka barn"): ``[standing]``;
- a sentence that only dates another checked item, which took its deadline from it
  ("Ledningskontoret får i uppdrag att utreda … Utredningsarbetet ska bedrivas så att
  kommunstyrelsen kan behandla förslaget i oktober 2008."): a duplicate of that item.

And from where the sentence stands in its matter (:mod:`tracker.extract.matter_parts`),
when the matter has a decision part of its own:

- a task read from the matter's background ("Bakgrund: … samtidigt som förvaltningen
  ges i uppdrag att …"): how the matter came here, or the decision told again; what the
  meeting gave is told in the decision;
- an earlier act told in the past before the decision ("Kommunstyrelsen gav kontoret i
  uppdrag att utreda … / Beslut: Redovisningen godkänns."): the assignment the matter
  now answers, not one given today (in the decision part the same past tense is the
  meeting's own act: "Beslut: Nämnden gav parkchefen i uppdrag …");
- a task in what was proposed ("Förslag till beslut: Nämnden ger förvaltningen i uppdrag
  att …") that the decision after it turns down ("Beslut: Nämnden beslutar att avslå
  förslaget"; not when it takes it up: "… beslutar enligt förslaget");
- a proposal received that the decision after it answers ("Ett medborgarförslag om en
  hundrastgård har lämnats in. / Beslut: Fullmäktige säger ja till medborgarförslaget."): it
  waits for nothing (a decision that sends it on makes it referred, and it stays); nor
  does one named on a page that tells itself a summary of the meeting's decisions ("Beslut
  i korthet"), whose matters were decided there even where the excerpt ends first.

Such items are not dropped: they are offered unchecked among the possible ones, so the
secretary still sees them at review.  (A question as an item's title and a date before
the meeting as its deadline were tried as well: each cost items the labels hold, a
question being the heading a person's task is told under.)
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from tracker.domain import Candidate
from tracker.extract.clause_candidates import FEATURES_PREFIX
from tracker.extract.clause_features import ANSWERED
from tracker.extract.clause_lexicon import alternation, lexicon, lexicon_data
from tracker.extract.clauses import person_actions
from tracker.extract.matter_parts import Parts, Place
from tracker.extract.sections import Section, Sentence
from tracker.extract.status_lists import is_status_lead

#: The highest confidence of an item offered as possible (as possible.py caps it).
_POSSIBLE_CAP = 0.45
_EDGE = r"(?![\wåäö])"
_START = r"(?<![\wåäö])"
#: A bullet or dash before a sentence's first word.
_LEAD = r"[\s\-–•·*]*"


def _table(name: str) -> dict[str, list[str]]:
    table = lexicon_data().get(name, {})
    return table if isinstance(table, dict) else {}


@lru_cache(maxsize=1)
def _in_meeting() -> re.Pattern[str]:
    words = alternation(_table("in_meeting").get("words", []))
    return re.compile(rf"{_START}(?:{words}){_EDGE}", re.IGNORECASE)


@lru_cache(maxsize=1)
def _schedule() -> re.Pattern[str]:
    words = alternation(_table("in_meeting").get("schedule", []))
    return re.compile(rf"{_LEAD}(?:{words}){_EDGE}", re.IGNORECASE)


@lru_cache(maxsize=1)
def _standing() -> re.Pattern[str]:
    """A group of people next to an obligation marker, in either order (Swedish inverts
    the subject after a fronted time: "senast kl. 7.30 ska föräldrar anmäla")."""
    data = _table("standing")
    groups = alternation(data.get("groups", []))
    markers = alternation(data.get("markers", []))
    return re.compile(
        rf"{_START}(?:(?:{groups})\s+(?:{markers})|(?:{markers})\s+(?:{groups})){_EDGE}",
        re.IGNORECASE,
    )


def why_not_open(item: Candidate) -> str | None:
    """The reason ``item``'s own sentence gives no open task, or None."""
    if item.status != "open":
        return None
    return _not_open_sentence(item.text.strip())


def _not_open_sentence(sentence: str) -> str | None:
    """:func:`why_not_open` of a sentence."""
    if _in_meeting().search(sentence):
        return "mötets eget förlopp, inget uppdrag (möjlig)"
    if _schedule().match(sentence):
        return "nästa mötes tid och plats, inget uppdrag (möjlig)"
    if _standing().search(sentence):
        return "en stående regel för en hel grupp, inget uppdrag (möjlig)"
    if is_status_lead(sentence):
        return "en inledning till en lista över ärenden, inget ärende (möjlig)"
    return None


#: The scorer's feature of a candidate :func:`why_no_task` keeps unchecked.
NO_TASK = "no_task"
#: The scorer's feature of a sentence that points back ("Ärendet ska åter till nämnden
#: vid nästa sammanträde.") to the sentence before, which a rule's item holds with the
#: deadline the sentence gives (possible.py).
GOES_ON = "prev:item"


@dataclasses.dataclass(frozen=True, slots=True)
class _NoTask:
    promises: re.Pattern[str]
    raised: re.Pattern[str]
    quoted: re.Pattern[str]
    personal: re.Pattern[str]
    recurring: re.Pattern[str]
    scheduled: re.Pattern[str]
    invited: re.Pattern[str]


@lru_cache(maxsize=1)
def _no_task() -> _NoTask:
    """``lexicon.toml``'s ``[no_task]`` words as patterns."""
    data = _table("no_task")

    def words(name: str) -> str:
        return alternation(data.get(name, []))

    groups = alternation([*data.get("invited_groups", []), *_table("standing").get("groups", [])])
    return _NoTask(
        promises=re.compile(rf"{_START}{words('answer_promises')}{_EDGE}", re.IGNORECASE),
        raised=re.compile(rf"{_START}{words('raised')}{_EDGE}", re.IGNORECASE),
        # "…, säger Anna Ek (M)": a verb of saying after a comma, a name after it
        quoted=re.compile(rf",\s*(?i:{words('quote_verbs')})\s+[A-ZÅÄÖ][a-zåäöé]+(?:\s|$)"),
        # a name (one to three capitalised words) opening the sentence, then the change
        personal=re.compile(
            rf"^{_LEAD}(?:[A-ZÅÄÖ][\wåäöé-]*\s+){{1,3}}(?i:{words('personal')}){_EDGE}"
            rf"(?!\s+(?i:{words('personal_not_before')}){_EDGE})"),
        recurring=re.compile(rf"{_START}{words('recurring')}{_EDGE}", re.IGNORECASE),
        scheduled=re.compile(
            rf"{_START}{words('scheduled')}\s+(?:till|i|under)\s+(?:den\s+)?"
            rf"(?:{words('scheduled_times')}(?![\wåäö])|\d)", re.IGNORECASE),
        invited=re.compile(rf"^{_LEAD}{groups}\s+{words('invited')}{_EDGE}", re.IGNORECASE),
    )


def why_no_task(text: str, features: list[str] | tuple[str, ...] = ()) -> str | None:
    """The reason a sentence the learned scorer would check gives no task whatever its
    score, or None: what DOMAIN.md says is never open (information, an answer given in
    the meeting, a standing rule), read in the sentence's own words:

    - the meeting's own course, the next meeting's time and place, a standing rule for
      a whole group (:func:`why_not_open`, as for a rule's item);
    - an answer given in the meeting ("X svarar att …", clause_features ``ANSWERED``)
      without a promise of the one who answers (``[no_task] answer_promises``);
    - what someone raised, said or reminded of ("X tar upp att …", "Han påminner om
      julfesten"), no one before the verb doing a thing of their own;
    - a quotation, its speaker named after it ("…, säger Anna Ek (M)");
    - a person's own change of post with its date ("Kent slutar 31/12");
    - a sentence that goes on about the item a rule took from the sentence before it
      and gives only the time that item is owed by (``GOES_ON``: "… återremitterar
      ärendet till förvaltningen. Ärendet ska åter till nämnden vid nästa
      sammanträde."), naming no one of its own to act: that item's matter, told again;
    - a whole group invited ("Alla bjuds in till nästa möte");
    - an event put to a time or moved to another ("Utflykten planeras till juni"),
      no one named to act and no obligation marker but the plan's own;
    - a duty that recurs, told as what is done ("… följs upp av HR varje månad"): no
      time it is owed by and no obligation marker (``features``: the scorer's; "Vi
      behöver ta fram en checklista så vi årligen kan kolla status" is a task).

    Applied to every sentence the scorer would promote (possible.py), so that the
    held-out precision the threshold is chosen on counts what is checked."""
    sentence = " ".join(text.split())
    why = _not_open_sentence(sentence)
    if why is not None:
        return why
    nt = _no_task()
    if (m := ANSWERED.match(sentence)) and not nt.promises.search(sentence, m.end()):
        return "ett svar som gavs på mötet, inget uppdrag (möjlig)"
    if (m := nt.raised.search(sentence)) and not person_actions(sentence[: m.start()],
                                                                frozenset()):
        return "något som togs upp eller påmindes om på mötet, inget uppdrag (möjlig)"
    if nt.quoted.search(sentence):
        return "ett citat, inget uppdrag (möjlig)"
    if nt.personal.match(sentence):
        return "information om en persons tjänst, inget uppdrag (möjlig)"
    if GOES_ON in features and "own:person" not in features:
        return "går vidare om punkten i meningen före, som en regel tog (möjlig)"
    if nt.invited.match(sentence):
        return "en inbjudan till alla, inget uppdrag (möjlig)"
    if (
        nt.scheduled.search(sentence)
        and "own:none" in features
        and not any(f in features for f in ("marker:obligation", "marker:mandate",
                                            "marker:request"))
    ):
        return "en händelse med sin tid, ingen som ska göra något (möjlig)"
    if nt.recurring.search(sentence) and not any(
        f.startswith(("deadline:", "marker:")) for f in features
    ):
        return "en återkommande rutin utan datum, inget uppdrag (möjlig)"
    return None


@lru_cache(maxsize=1)
def _decides() -> re.Pattern[str]:
    """A decision that takes a stand on what it follows: a formula of ``[decided]``
    with up to two words before its "att" ("beslutade därför att"), or a verdict of
    ``[matter_parts]``."""
    formulas = []
    for entry in _table("decided").get("words", []):
        words = entry.split()
        if len(words) >= 2 and words[-1] == "att":
            formulas.append(alternation([" ".join(words[:-1])]) + r"\s+(?:[\wåäö]+\s+){0,2}?att")
    verdicts = alternation(_table("matter_parts").get("verdicts", []))
    return re.compile(rf"{_START}(?:{'|'.join(formulas)}|{verdicts}){_EDGE}", re.IGNORECASE)


@lru_cache(maxsize=1)
def _verdict_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A decision's words that turn down, and that take up, what was proposed."""
    table = _table("matter_parts")
    rejects = alternation(table.get("rejects", []))
    adopts = alternation(table.get("adopts", []))
    return (
        re.compile(rf"{_START}{rejects}{_EDGE}", re.IGNORECASE),
        re.compile(rf"{_START}{adopts}{_EDGE}", re.IGNORECASE),
    )


def _turned_down(decision: tuple[Sentence, ...]) -> bool:
    """The decision turns down what was proposed, and takes nothing of it up."""
    text = " ".join(s.text for s in decision)
    rejects, adopts = _verdict_words()
    return bool(text) and rejects.search(text) is not None and adopts.search(text) is None


#: A decision that sends a proposal on for its answer ("remitteras till kommunstyrelsen",
#: "för beredning"): the proposal waits there (possible.py reads it as referred).
_SENDS_ON = re.compile(
    r"\b(?:remitter\w*|överlämna\w*|hänvisa\w*)\b[^.]*?\btill\b|\bför\s+(?:yttrande|beredning)\b",
    re.IGNORECASE,
)
#: The lexicon's word for a proposal received, in an item's reasons (clause_candidates.py).
_INCOMING = "(inkommet ärende)"


def why_not_here(item: Candidate, place: Place | None, *, summary: bool = False) -> str | None:
    """The reason where ``item``'s sentence stands in its matter says it gives no task
    of this meeting's, or None (module docstring); ``summary``: the document tells
    itself a summary of the meeting's decisions."""
    if item.status != "open":
        return None
    received = item.kind == "awaiting_reply" and any(_INCOMING in r for r in item.reasons)
    if received and summary:
        return "inkommet förslag på en sammanfattning av mötets beslut (möjlig)"
    if place is None:
        return None
    obliged = _OBLIGATION.search(item.text) is not None
    if (received or obliged) and place.own_part != "decision" and _acknowledged(place.ending):
        return "ärendet slutar med att informationen tas emot; berättat, inte givet (möjlig)"
    if place.part == "decision":
        return None
    if place.part == "proposal" and _turned_down(place.decided_after):
        return "ett förslag som beslutet avslog (möjlig)"
    if place.part == "background" and place.has_decision:
        return "ärendets bakgrund; vad mötet beslutade står i beslutsdelen (möjlig)"
    if place.decision_after and lexicon().history.search(item.text):
        return "ett tidigare beslut, berättat före ärendets eget beslut (möjlig)"
    if received and any(
        _decides().search(s.text) and not _SENDS_ON.search(s.text) for s in place.after
    ):
        return "inkommet förslag som ärendets beslut tar ställning till (möjlig)"
    # (a decision that tables or sends on a matter leaves it open: "… begär att ärendet
    # ska bordläggas. / Utskottet beslutar att bordlägga ärendet …")
    if obliged and item.kind not in _LEFT_OPEN and _fulfilled(item.text, place.after):
        return "ett beslut efter i ärendet gör det som sades behövas (möjlig)"
    return None


@lru_cache(maxsize=1)
def _acknowledges() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A verdict that only acknowledges what its matter told, and the words by which a
    verdict gives a task after all (``[matter_parts] acknowledges`` / ``acknowledges_not``)."""
    table = _table("matter_parts")
    return (
        re.compile(rf"{_START}{alternation(table.get('acknowledges', []))}{_EDGE}",
                   re.IGNORECASE),
        re.compile(rf"{_START}{alternation(table.get('acknowledges_not', []))}{_EDGE}",
                   re.IGNORECASE),
    )


#: An obligation and its verb: "Alla grannar måste godkänna", "Ritningarna ska
#: kompletteras" (the verb as written: an infinitive, or its passive).
_OBLIGATION = re.compile(
    r"(?<![\wåäö])(?:ska|skall|måste|behöver|bör)\s+(?:[\wåäö]+\s+){0,2}?"
    r"(?P<verb>[a-zåäö]{3,}?a)s?(?![\wåäö])", re.IGNORECASE)


def _acknowledged(tail: tuple[Sentence, ...]) -> bool:
    """The matter's last sentences (``tail``) hold a verdict that only acknowledges what
    it told, and give no task."""
    ack, gives = _acknowledges()
    return any(ack.search(s.text) and not gives.search(s.text) for s in tail) and not any(
        gives.search(s.text) for s in tail)


#: Kinds whose decision leaves the matter open: no obligation it meets.
_LEFT_OPEN = frozenset({"tabled", "referred", "sent_back", "assignment"})


def _fulfilled(text: str, after: tuple[Sentence, ...]) -> bool:
    """The obligation ``text`` tells is met by a decision after it with the same verb
    ("Alla grannar måste godkänna. / Styrelsen beslutade att godkänna ändringarna.")."""
    m = _OBLIGATION.search(text)
    if m is None:
        return False
    verb = re.compile(rf"\batt\s+(?:genast\s+|direkt\s+)?{re.escape(m.group('verb'))}\b",
                      re.IGNORECASE)
    told = " ".join(text.split())
    return any(_decides().search(s.text) and verb.search(s.text)
               and " ".join(s.text.split()) not in told for s in after)


#: The reason a rule's item gives when it took its deadline from a sentence nearby
#: (possible.py's ``dated_by_context``).
_DATED_FROM = "datum ur sammanhanget: "


def dates_another(item: Candidate, items: list[Candidate]) -> bool:
    """Whether another of ``items``, with ``item``'s deadline, took it from ``item``'s
    sentence.  Only for a clause the scorer checked whose subject is no person: a
    person's own task may lend its date to the task told before it and still be one."""
    feats = next((r for r in item.reasons if r.startswith(FEATURES_PREFIX)), None)
    if item.due is None or feats is None or "subj:person" in feats.split():
        return False
    return any(
        other is not item
        and other.due == item.due
        and any(
            r.startswith(_DATED_FROM) and r.removeprefix(_DATED_FROM) in item.text
            for r in other.reasons
        )
        for other in items
    )


def split_not_open(
    items: list[Candidate], sections: list[Section] | None = None, *, summary: bool = False
) -> tuple[list[Candidate], list[Candidate]]:
    """``items`` split into those kept confident and those offered unchecked instead;
    ``sections``, the document's, tell where each item's sentence stands, ``summary``
    that the document summarises a meeting's decisions."""
    kept: list[Candidate] = []
    demoted: list[Candidate] = []
    parts = Parts(sections) if sections else None
    for item in items:
        why = why_not_open(item)
        if why is None and parts is not None:
            why = why_not_here(item, parts.place_of(item), summary=summary)
        if why is None and dates_another(item, items):
            why = "daterar bara en annan punkt, som fått sitt datum härifrån (möjlig)"
        if why is None:
            kept.append(item)
            continue
        demoted.append(
            dataclasses.replace(
                item,
                tier="possible",
                confidence=min(item.confidence, _POSSIBLE_CAP),
                reasons=[*item.reasons, why],
            )
        )
    return kept, demoted


def with_place_reasons(
    possible: list[Candidate], sections: list[Section] | None = None, *, summary: bool = False
) -> list[Candidate]:
    """``possible`` with the reason its place in its matter gives no task of this meeting
    added to each it applies to: an item the scorer left unchecked tells the secretary
    the same as one its place took the check from (a proposal the decision answers, the
    background), not only that the model ranked it low."""
    parts = Parts(sections) if sections else None
    if parts is None:
        return possible
    out: list[Candidate] = []
    for item in possible:
        why = why_not_here(item, parts.place_of(item), summary=summary)
        out.append(item if why is None or why in item.reasons
                   else dataclasses.replace(item, reasons=[*item.reasons, why]))
    return out

