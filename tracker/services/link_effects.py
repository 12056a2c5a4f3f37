"""What a passage linked to an open item does to it: close it or update it
(:func:`effect_for`), the new due date of an update (:func:`carry_due`), and the
sentence that decides a matter and gives a new task in one (:func:`decides_then_tasks`).

Closing words close the item (the sentence is its note), a decision ("beslutar enligt
förslaget", "antar") closes a tabled or sent-back ärende, "kvarstår / pågår / nytt
datum" gives a new due date and a history entry, no new item.  A step on the way ("är
bokad", "är beställda") closes only a matter that asked for that step.
"""

from __future__ import annotations

import re

from tracker.domain import Candidate
from tracker.extract.mentions import DECIDE_WORDS, FOLLOW_UP_SECTIONS, effect_of
from tracker.services.link_scoring import is_mention
from tracker.store.models import ItemRow

#: A new task given in the same sentence ("… och ger förvaltningen i uppdrag att …",
#: "… samt uppdrar åt kanslichefen att …").
_NEW_TASK = re.compile(
    r"\b(?:ger|gav|ge)\s+(?:[\wåäö-]+\s+){1,4}?i\s+uppdrag\s+att\b|"
    r"\buppdra(?:r|de)\s+(?:åt\s+)?(?:[\wåäö-]+\s+){1,4}?att\b",
    re.IGNORECASE,
)
#: What joins two clauses of one sentence.
_AND = re.compile(r"\s(?:och|samt)\s|,\s", re.IGNORECASE)


def gives_task(text: str) -> bool:
    """``text`` gives someone a new task ("… ger förvaltningen i uppdrag att …")."""
    return _NEW_TASK.search(text) is not None


#: The decision in the infinitive after "beslutar att" ("Styrelsen beslutade att godkänna
#: redovisningen … samt att ge VD i uppdrag att …").
_DECIDED_TO = re.compile(
    r"\bbeslut(?:ar|ade)\s+att\s+(?:godkänna|anta|fastställa|bifalla|avslå|överlämna)\b",
    re.IGNORECASE,
)


def decides_then_tasks(text: str) -> bool:
    """``text`` is one sentence that does two things: a decision on a matter ("godkänner
    förfrågningsunderlaget") and, in a clause joined after it, a new task ("och ger
    förvaltningen i uppdrag att genomföra upphandlingen").  The decision is what an
    earlier assignment waited for; the task is a matter of its own."""
    task = _NEW_TASK.search(text)
    if task is None:
        return False
    head = text[: task.start()]
    decided = DECIDE_WORDS.search(head) or _DECIDED_TO.search(head)
    if decided is None:
        return False
    # The decision must stand in a clause of its own before the task, not be the task's
    # own wording ("beslutar att ge förvaltningen i uppdrag att …" is one thing).
    return any(m.start() > decided.end() for m in _AND.finditer(head + " "))


#: Verbs of a step on the way that completes only a matter asking for that step:
#: "Utbildningen är bokad" books the training, it does not give it; "Cyklarna är
#: beställda" orders the bikes, they have not come.
_STEP_FORMS = re.compile(
    r"\b(?:in)?(?:bokad|bokat|bokade|bokades|bokats|beställd|beställt|beställda|beställdes|"
    r"beställts|anmäld|anmält|anmälda|kallad|kallat|kallade|kallades)\b",
    re.IGNORECASE,
)
_STEP_STEMS = re.compile(r"\b(?:in)?(?:boka|bokning|beställ|anmäl|kalla)", re.IGNORECASE)


def _only_a_step(text: str, item: ItemRow) -> bool:
    """``text`` says done only by a step verb ("är bokad") that ``item`` does not ask
    for ("Utbildning i läkemedelshantering för nyanställda", not "Boka utbildning")."""
    if not _STEP_FORMS.search(text):
        return False
    if _STEP_STEMS.search(f"{item.title} {item.text or ''}"):
        return False
    rest = _STEP_FORMS.sub(" ", text)
    return "close" not in (effect_of(rest), effect_of(rest, by_verb=True))


#: Verbs of an answer or report given ("Ekonomichefen redovisar prognosen …").
_DELIVERS = re.compile(r"\b(?:redovisar|redovisade|presenterar|presenterade|svarar|svarade|"
                       r"besvarar|besvarade|lämnar\s+svar|återkopplar|återkopplade)\b",
                       re.IGNORECASE)


def answer_given(text: str, item: ItemRow) -> bool:
    """``item`` waits for an answer its owner promised ("Ekonomichefen återkommer med
    prognos till nästa sammanträde"), and ``text`` has that owner give it ("Ekonomichefen
    redovisar prognos för …"), saying nothing of it going on."""
    if item.kind != "awaiting_reply" or not item.owner or effect_of(text) is not None:
        return False
    return _owner_delivers(text, item.owner.casefold())


def _owner_delivers(text: str, owner: str) -> bool:
    """``owner`` (casefolded) is named just before a verb of delivering in ``text``."""
    return any(owner in text[max(0, m.start() - 60) : m.start()].casefold()
               for m in _DELIVERS.finditer(text))  # fmt: skip


#: An owner's promise to deliver something at a later meeting ("Malin tar fram statistik
#: och redovisar den till nästa SVG", "Ekonomichefen återkommer med en kalkyl").
_PROMISES = re.compile(r"\b(?:redovisa[r]?|presentera[r]?|återkommer|återkoppla[r]?|"
                       r"rapportera[r]?|ta[r]?\s+fram)\b", re.IGNORECASE)


#: "… till nästa SVG", "… på nästa möte": the promise is due at the next meeting.
_NEXT_MEETING = re.compile(r"\b(?:till|på|vid|inför)\s+nästa\b", re.IGNORECASE)


def promise_kept(text: str, item: ItemRow) -> bool:
    """``item`` is its owner's promise to deliver something ("Malin tar fram statistik och
    redovisar den till nästa möte") and ``text`` has that owner deliver ("Malin redovisar
    korttidsfrånvaron per månad …"): the owner and the promised act single the item out,
    whatever words other items share with the passage."""
    own = f"{item.title} {item.text or ''}"
    if not item.owner or not _PROMISES.search(own) or not _NEXT_MEETING.search(own):
        return False
    owner = item.owner.split()[0].casefold()
    return len(owner) >= 3 and _owner_delivers(text, owner)


#: A deadline still ahead: "… lämnar skriftliga synpunkter senast den 7 juni".
_DEADLINE = re.compile(
    r"\bsenast\s+(?:den\s+)?(?:\d{1,2}\s+(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2})",
    re.IGNORECASE,
)


def _said(text: str) -> list[str]:
    """The sentences of ``text``, in order."""
    from tracker.extract.status_sentences import sentences

    return [sentence for _off, sentence in sentences(text)]


def _deadline_ahead(text: str) -> bool:
    """A sentence of ``text`` that says nothing is done sets a deadline for what is
    still to come ("Vision lämnar skriftliga synpunkter senast den 7 juni.
    Riskbedömningen genomfördes den 8 maj."): the matter is not closed by a part
    done beside it."""
    return any(_DEADLINE.search(sentence) and effect_of(sentence) is None
               for sentence in _said(text))  # fmt: skip


def effect_for(c: Candidate, item: ItemRow) -> str:
    """ "close" or "update": what a passage linked to ``item`` does to it."""
    text = c.evidence or c.text or c.title
    if is_mention(c) and c.kind == "closing" and c.label and not c.dnr and _deadline_ahead(text):
        return "update"
    if _only_a_step(text, item):
        return "update"
    # (A § block's evidence is its decision, "Informationen noteras."; the answer is
    # told in its body.)
    if answer_given(text, item) or (is_mention(c) and c.text and answer_given(c.text, item)):
        return "close"
    follow_up = bool(c.section and FOLLOW_UP_SECTIONS.search(c.section))
    if follow_up and promise_kept(text, item) and effect_of(text) is None:
        # "Malin redovisar sjukfrånvaron per månad …" for "Malin tar fram statistik och
        # redovisar den på nästa möte": the owner delivers what was promised, and nothing
        # in the passage says it goes on.
        return "close"
    eff = effect_of(text)
    if is_mention(c):
        if c.kind == "carried_over":
            # The mention reader judged the whole sentence open ("… har genomförts på
            # 80 procent", "kvarstår tills … är monterade").
            return "update"
        if eff == "close" or (eff is None and c.kind == "closing"):
            # (A closing mention no listed word says closes was read by its verb:
            # "Skyddsronden genomfördes 6 mars".)
            if _still_going(text):
                # "Annonsen publicerades 20 maj. … Rekryteringen pågår.": a step is done,
                # the matter goes on; never close when the passage itself says so.
                return "update"
            return "close"
        if eff == "decide":
            # The decision the tabled or sent-back ärende waited for, or the one the
            # assignment or promised answer ("återkommer med en kalkyl") prepared.
            # (Any matter that waited for this § of its ärende: a task to report back,
            # "Förvaltningschefen redovisar … vid nästa sammanträde", or a citizen's
            # proposal sent out for comment, now answered with a proposal to fullmäktige.)
            if item.kind in ("tabled", "sent_back") or (
                c.dnr and item.kind in ("assignment", "awaiting_reply", "action", "follow_up",
                                        "referred")
            ):
                return "close"
            return "update"
        return "update"
    if c.status == "done" or c.kind == "closing":
        return "close"
    if c.kind in ("action", "balance_row") and "close" in (eff, effect_of(text, by_verb=True)):
        # A row of a repeated action list whose status or comment says it is done
        # ("Levererat", "Genomfört 28/8").
        return "close"
    if eff == "decide" and item.kind in ("tabled", "sent_back") and c.dnr:
        return "close"
    if eff == "close" and labelled_note(c, text) and _ends_closed(text):
        # "A26-15 Besparingsförslag budget 2027: Anna-Lena redovisade sammanställningen …
        # Överlämnas till budgetberedningen. Klar.": a note under its matter's own label
        # (or list number) speaks of that matter only, and its last word on it is the
        # status, whatever kind of item the rules made of a sentence inside it.  (Not a
        # part done before what is still to come: "OSA-enkät / Enkäten är genomförd.
        # Resultatet … redovisas vid nästa möte" follows the matter up.)
        return "close"
    return "update"


def _still_going(text: str) -> bool:
    """A sentence of ``text`` says the matter goes on ("pågår", "kvarstår") and the last
    sentence does not end it: what closed in the passage was a part or a step."""
    said = _said(text)
    return (len(said) > 1 and any(effect_of(x) == "update" for x in said)
            and effect_of(said[-1]) != "close")


def _ends_closed(text: str) -> bool:
    """The last sentence of ``text`` says the matter is done ("… Klar.", "Avförs.")."""
    said = _said(text)
    return bool(said) and effect_of(said[-1]) == "close"


def labelled_note(c: Candidate, text: str) -> bool:
    """``text`` is one note that opens with ``c``'s own label ("Lantmäteriet: …",
    "A26-15 Besparingsförslag: …") or list number ("9. …", "14 | …"): about one
    matter, not a § block or paragraph of many."""
    flat = " ".join(text.split()).casefold()
    label = " ".join((c.label or "").split()).casefold()
    if label and flat.startswith(label):
        return True
    ref = (c.ref_no or "").casefold()
    # (A code and its label: "A26-15 Besparingsförslag budget 2027: …")
    return bool(ref and (re.match(rf"\s*{re.escape(ref)}\s*[.):|]\s", flat)
                         or (label and flat.startswith(f"{ref} {label}"))))


#: Words that say a matter was known before: it goes on as planned or promised.
AS_BEFORE = re.compile(
    r"\bsom\s+(?:tidigare\s+)?(?:planerat|utlovat|aviserat|meddelats|aviserats|utlovats)\b",
    re.IGNORECASE,
)

_NEW_DATE = re.compile(r"\b(?:nytt\s+datum|flyttas\s+till|senareläggs\s+till)\b\s*:?\s*", re.I)


def carry_due(c: Candidate, meeting_date, next_meeting) -> None:
    """The new due date of an update: "nytt datum 2024-05-06" wins over the date the
    extractor took; a passage without a date of its own gets the first one it gives."""
    from tracker.extract.dates import pick_due
    from tracker.language.dates import find_periods

    text = c.evidence or c.text or ""
    m = _NEW_DATE.search(text)
    period = None
    if m:
        period = pick_due(find_periods(text[m.end() :], meeting_date, next_meeting)[:1])
    if period is None and c.due is None:
        period = pick_due(find_periods(text, meeting_date, next_meeting))
    if period is not None and period.end is not None:
        c.due, c.due_text, c.due_precision = period.end, period.text, period.precision
