"""Reading what a later statement does to the matter it opens with, by its verb.

A list of phrasings ("är klar", "har genomförts", "kvarstår") misses most of what later
minutes write: "Skyddsronden genomfördes 6 mars", "Tjänsten tillsatt, Ida börjar 11
augusti", "Fönstren är tätade", "Rutinen godkändes och sätts upp", "Redovisningen skjuts
till mötet i september", "Inventeringen planeras till augusti".  Each is a subject (the
matter) and a verb form whose class and tense say where the matter stands:

* a *completion* verb (genomföra, tillsätta, täta, godkänna, fastställa …) in the past,
  supine or participle *about the subject* – passive ("genomfördes", "har godkänts"), a
  participle after "är/blev" or standing alone ("Fönstren är tätade", "Tjänsten
  tillsatt") – says it is done.  An active past ("Fastighetsavdelningen har bytt
  fläktmotor") tells what an agent did, not that the subject is done: not read here.
* a *continuation* verb in the present ("skjuts till", "planeras till", "ligger kvar",
  "återkommer", "startar") says it goes on, perhaps at a new time.

The verbs and their inflections come from the ``[state]`` tables of ``lexicon.toml``
(:func:`tracker.extract.clause_lexicon.state_forms`).  A denied completion ("har inte
genomförts") or one contradicted later in the sentence ("Mätningarna är gjorda men
rapporten har inte kommit") keeps the matter open; one in a clause of time ("kvarstår
tills fönstren är tätade") says what the matter waits for.
"""

from __future__ import annotations

import re

from tracker.extract.clause_lexicon import DONE_TENSES, state_forms

_TOKEN = re.compile(r"[\wåäöéÅÄÖÉ]+(?:-[\wåäöéÅÄÖÉ]+)*")
#: Words between the subject and its verb form: auxiliaries and adverbs.
_AUX = frozenset(
    (
        "delvis",
        "nästan",
        "är",
        "blev",
        "var",
        "har",
        "hade",
        "blivit",
        "nu",
        "därmed",
        "numera",
        "också",
        "redan",
        "även",
        "sedan",
        "sen",
        "nyligen",
        "slutligen",
    )
)
_PART = frozenset(("procent", "delvis", "hälften", "del", "delar", "nästan"))
_BE = frozenset(("är", "blev", "var", "blivit"))
#: A draft done is a step of the matter ("Utkast klart, tas på APT i april").
_DRAFT = frozenset(("utkast", "utkastet", "utkasten"))
_DENY = frozenset(("inte", "ej", "aldrig", "ännu"))
_NOT = frozenset(("inte", "ej", "aldrig"))
#: Before "bli": the done is ahead ("ska bli klar", "beräknas bli klart").
_FUTURE_AUX = frozenset(("ska", "skall", "att", "beräknas", "väntas", "bör", "kan"))
#: A clause of time before the verb: it says what the matter waits for.
_UNTIL = frozenset(("tills", "innan", "förrän", "när", "då", "efter", "om"))
#: After the form: a contrast that takes the done back ("… men rapporten har inte
#: kommit", "… men återstår").
_CONTRAST = re.compile(
    # ("men"/"dock" only with what takes the done back a few words on: "… värdena låg
    # under riktvärdet men nära" contrasts the values, not the measuring done)
    r"\b(?:men|dock)\b(?=(?:\W+\w+){0,6}?\W+(?:inte|ej|ännu|fortfarande|återstår|kvarstår|"
    r"pågår|saknas|väntar|inväntar|ska|skall|behöver|måste|först|utom)\b)|"
    r"\bförutom\b|\båterstår\b|\bkvarstår\b",
    re.I,
)


#: After a present passive: the step is moved ("redovisas i stället i maj", "genomförs
#: först efter sommaren").
_MOVED = re.compile(r"\s+(?:i\s+stället|istället|först)\b", re.IGNORECASE)


def read_state(text: str, start: int = 0) -> tuple[int, int, str] | None:
    """The first verb form of ``text`` (from ``start``) that says where the matter before
    it stands: (where the auxiliaries before it begin, where the form ends, "done" or
    "open"), or None.  The words from ``start`` to the first offset are the subject."""
    forms = state_forms()
    tokens = [(m.start(), m.end(), m.group(0).casefold()) for m in _TOKEN.finditer(text, start)]
    for k, (_s, _e, _w) in enumerate(tokens):
        if k == 0:
            continue  # a subject comes first
        hit = None
        for n in (2, 1):
            phrase = " ".join(t[2] for t in tokens[k : k + n])
            if len(tokens[k : k + n]) == n and phrase in forms:
                hit = (n, *forms[phrase])
                break
        if hit is None:
            continue
        n, cls, tense = hit
        # The auxiliaries and adverbs just before the form.
        j = k
        while j > 0 and tokens[j - 1][2] in _AUX | _DENY:
            j -= 1
        if j == 0:
            continue  # nothing before but auxiliaries: no subject
        before = {t[2] for t in tokens[j:k]}
        subject_words = {t[2] for t in tokens[:j]}
        # ("informerar om att …": "om" before "att" is a preposition, no condition)
        if any(t[2] in _UNTIL and not (t[2] == "om" and tokens[x + 1][2] == "att")
               for x, t in enumerate(tokens[:j])):
            return None  # "… tills fönstren är tätade": what the matter waits for
        form_end = tokens[k + n - 1][1]
        word = tokens[k + n - 1][2]
        if cls == "continuation":
            # (A passive in the past or supine, "har påbörjats", "flyttades", says the
            # matter was begun or moved: it goes on.  The active past, "Eva påbörjade",
            # tells what an agent did.)
            passive_past = tense in ("past", "supine") and word.endswith("s")
            # ("Brandövningen är flyttad till vecka 12", "Redovisningen är försenad":
            # the participle after "är" or "blev" says the same.)
            moved = tense in ("participle", "supine") and bool(before & {"är", "blev"})
            if tense in ("present", "passive") or passive_past or moved:
                return tokens[j][0], form_end, "open"
            continue
        if tense == "passive" and _MOVED.match(text, form_end):
            # "Analysen redovisas i stället på decembermötet": the step still to be
            # done, moved to another time; the matter goes on.
            return tokens[j][0], form_end, "open"
        if tense not in DONE_TENSES:
            continue
        prev = tokens[k - 1][2]
        if prev == "blir" or (prev == "bli" and k >= 2 and tokens[k - 2][2] in _FUTURE_AUX):
            # "Underlaget blir klart i juni", "… ska bli klar": done only ahead; the
            # matter goes on (the future form is no part of the subject).
            first_aux = k - 1 if prev == "blir" else k - 2
            if first_aux >= 1:  # a subject before it
                return tokens[first_aux][0], form_end, "open"
            continue
        # About the subject: a passive, or a participle after "är" or alone; an active
        # perfect or past ("har bytt", "bytte") tells what the subject did.
        passive = word.endswith("s")
        if not (passive or before & _BE or (tense == "participle" and not before)):
            continue
        tail = text[tokens[j - 1][0] : tokens[j][0]]
        if "%" in tail or tokens[j - 1][2] in _PART or before & _PART:
            # "85 % genomförda", "delvis åtgärdat": a share is no whole.
            return tokens[j][0], form_end, "open"
        near = {t[2] for t in tokens[max(0, k - 3) : k]}
        if before & _DENY or near & _NOT or subject_words & _DRAFT:
            # ("… men har inte hunnit bli klar": a denial a few words before the form,
            # over verbs that are no auxiliaries of it, denies it too)
            return tokens[j][0], form_end, "open"
        if _CONTRAST.search(text, form_end):
            return tokens[j][0], form_end, "open"
        return tokens[j][0], form_end, "done"
    return None
