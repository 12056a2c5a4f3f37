"""Who owns a candidate the clause analysis made: the one its sentence gives the task.

:func:`tracker.extract.clauses.analyse` finds the agent of a clause as far as its
features need (the scorer weighs "agent:person", "agent:body"); it stops early for a
sentence with no word of the lexicon (the wide reading) and knows only the commonest
shapes.  The owner shown in review is read here, after the scoring, so that a better
owner never moves a candidate between tiers:

- a matter sent on or back is the receiver's ("remitteras till kommunstyrelsen");
- else the clause's agent, when the analysis found one;
- else the shapes the analysis does not read: a task under a person's label ("Eva: –
  Kollar upp …"), "Det är gruppledarna som ska …", "X har (i dag) fått i uppdrag",
  "Styrelsen har gett Y i uppdrag", "Uppdrogs åt Ulf att …", a person's task after a
  paragraph mark ("§ 6/ Henry köper in …");
- else, for a sentence the analysis did not read through, the same reading of the subject
  that opens it ("Skyddsombudet jobbar vidare med detta").

A recipient ("redovisas till nämnden") is never the owner of the task itself.
"""

from __future__ import annotations

import dataclasses
import re

from tracker.domain import Candidate
from tracker.extract.clause_actor import (
    actor,
    asked,
    is_actor,
    is_thing,
    leading,
    opening_group,
)
from tracker.extract.clause_lexicon import is_first_name, lexicon
from tracker.extract.clauses import Clause, _subject, analyse, person_action
from tracker.extract.sections import Section, Sentence

#: "Eva: – Kollar upp …", "Fredrik: Förslaget lämnas …": a person's label over the task.
_LABELLED = re.compile(
    r"^\s*(?P<who>[A-ZÅÄÖ][a-zåäöé]+(?:\s+[A-ZÅÄÖ][a-zåäöé]+)?)\s*:\s*[-–]?\s*\S")
#: "Det är gruppledarna för alla partier som ska sköta utvärderingen."
_CLEFT = re.compile(
    r"^\s*Det\s+är\s+(?P<who>(?:[\wåäöÅÄÖ-]+\s+){0,6}?[\wåäöÅÄÖ-]+)\s+som\s+"
    r"(?:ska|skall|kommer|får|måste|bör)\b")
#: "Regiondirektören Eva Lind har i ett annat av dagens beslut fått i uppdrag att …"
#: "Peter I fick i uppdrag att påminna om detta."
_HAS_GOT = re.compile(
    r"^\s*(?P<who>(?:[\wåäöÅÄÖ&-]+\s+){0,3}?[\wåäöÅÄÖ&-]+)\s+(?:(?:har|hade)\s+"
    r"(?:[^.]{0,60}?\s)?fått|fick)\s+(?:ett\s+|i\s+)?uppdrag", re.IGNORECASE)
#: "Styrelsen har gett Hem & Fastighet i uppdrag", "Uppdrogs åt Ulf att kontakta …",
#: "uppdrog åt kansliet att" (the forms :data:`clauses._GIVEN_TO` leaves out).
_GIVEN = re.compile(
    r"\b(?:gett|givit|getts|gavs)\s+(?P<who>(?:[\wåäöÅÄÖ&-]+\s+){0,4}?[\wåäöÅÄÖ&-]+)\s+i\s+"
    r"uppdrag|\buppdr(?:og|ogs|ogs?\s+det)\s+åt\s+(?P<who2>(?:[\wåäöÅÄÖ-]+\s+){0,3}?"
    r"[\wåäöÅÄÖ-]+?)(?=\s+att\b|[,.]|$)", re.IGNORECASE)
#: A person's task after a paragraph mark or a slash: "§ 6/ Henry köper in saft".
_AFTER_MARK = re.compile(r"^\s*(?:§\s*\d+\s*)?[/:)\]]\s*")
#: "Nämnden hemställer hos kommunstyrelsens ekonomiutskott om …": the one asked acts.
_ASKED_AT = re.compile(
    r"\b(?:hemställ\w*|anhåll\w*|begär\w*)\s+hos\s+(?P<who>(?:[\wåäö-]+\s+){0,2}?"
    r"[\wåäö-]*(?:nämnden|styrelsen|utskott|utskottet|förvaltningen|fullmäktige|"
    r"kontoret|regionen|kommunen|[A-ZÅÄÖ][\wåäö-]+))\b")
#: "… och överlämna ärendet till stadsbyggnadsnämndens namnberedning", "skickas till
#: Västra Götalandsregionen för fortsatt beredning": the matter goes on to the receiver.
_SENT_TO = re.compile(
    r"\b(?:remitter|fördela|överlämna|hänvisa|skicka|översända|lämna)\w*\s+"
    r"(?:(?:ärendet|frågan|motionen|förslaget|yttrandet|det|den|dem|nu|vidare|över)\s+){0,2}"
    r"till\s+(?P<who>(?:[\wåäö]+-\s+(?:och|&)\s+|[\wåäö]+s\s+)?[\wåäö-]*(?:nämnden|nämnd|"
    r"styrelsen|fullmäktige|"
    r"utskottet|beredningen|beredning|förvaltningen|kontoret|regionen)|"
    r"(?-i:[A-ZÅÄÖ])[\wåäö-]+(?:\s+(?-i:[A-ZÅÄÖ])[\wåäö-]+){0,2})(?![\wåäö-])",
    re.IGNORECASE)
_NAME = r"[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?"
#: A remark in brackets on who does it: "(Linnea och Malte diskuterar med rektorn.)",
#: "Gör skyltar.( Abbe och Stina säger till klassen …)", "(Klass 3 fortsätter …)".
_BRACKETED = re.compile(
    r"\(\s*(?P<who>" + _NAME + r"(?:\s+\d+)?(?:\s*(?:,|och|&)\s*" + _NAME + r")*)\s+"
    r"(?:ska\s+[a-zåäö]+|(?:ska\s+)?(?P<verb>[a-zåäö]+(?:ar|er|ör|ir|år)))\b")
#: Words ending like a verb in the present that are none.
_NOT_VERBS = frozenset({"eller", "under", "över", "efter", "vidare", "bättre", "hellre",
                        "senare", "tidigare", "andra", "varandra", "våra", "sommar", "vinter",
                        "nummer", "kronor", "timmar", "veckor", "dagar", "år", "par"})
#: An action list read as one line, its "Vem" and "När" at the end of the task:
#: "Kontrollera med kommunen Hans 23 nov", "… med byalaget Johan 23 nov ska …".
#: Also several names, and a month alone at the end: "Bjuda in Helen, Johan okt".
_MONTH = r"(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)"
_WHO_WHEN = re.compile(r"(?<![\wåäö])(?P<who>" + _NAME + r"(?:\s*(?:,|och|&|/)\s*" + _NAME
                       + r")*)\s+(?=\d{1,2}(?:/\d{1,2}|\s+" + _MONTH + r")|" + _MONTH
                       + r"[a-zåäö]*\.?\s*$)")
#: The subject after its verb when an adverbial opens the sentence (Swedish word order):
#: "För hemsidans del kontaktar Willy webbyrån", "Vid nästa möte i höst ska gruppen
#: fortsätta …".
_LEAD_ADVERBIAL = re.compile(r"^\s*(?:för|efter|inför|till|i|på|vid|om|under|sedan|därefter|"
                             r"nu|då|dessutom|vidare)\s", re.IGNORECASE)
_INVERTED = re.compile(
    r"\s(?P<verb>[a-zåäö]+(?:ar|er|ör|ir|år))\s+(?P<who>" + _NAME + r")(?![\wåäö])")
_INVERTED_BODY = re.compile(r"\s(?:ska|skall|kommer|får|bör)\s+(?P<who>[a-zåäö]+(?:en|et|na))"
                            r"\s+(?:att\s+)?[a-zåäö]+a\b")
#: A person before an action verb anywhere: "… Livsmedelskontroll Jasna kontaktar
#: Livsmedelsverket."
_NAMED_ACTION = re.compile(r"(?<![\wåäö])(?:(?P<first>" + _NAME + r")\s+)?(?P<who>" + _NAME
                           + r")\s+(?:ska\s+)?(?P<verb>[a-zåäö]+(?:ar|er|ör|ir|år))\b")
#: Roles that open a sentence as its subject ("Ordförande kommer kalla till …").
_ROLE = re.compile(
    r"(?:ordförande|ordföranden|vice\s+ordförande|sekreterare|sekreteraren|kassör|"
    r"kassören|vd|VD|rektor|rektorn|skyddsombud|skyddsombudet|valberedningen|"
    r"(?-i:[A-ZÅÄÖ])[\wåäö-]+\s+(?:kommun|stad|region|län))(?![\wåäö-])", re.IGNORECASE)


def _known(who: str, people: frozenset[str]) -> bool:
    first = who.split()[0]
    return is_first_name(first) or who in people or any(
        p.split()[0] == first for p in people)


def _opening_subject(text: str) -> str | None:
    """The subject that opens a sentence: an agent noun or a role right at its start,
    before a verb in the present or a marker ("Skyddsombudet jobbar vidare",
    "Ordförande kommer kalla till …", "Exempelby kommun ska begära …")."""
    lex = lexicon()
    m = lex.agent_nouns.match(text.lstrip()) or _ROLE.match(text.lstrip())
    if m is None:
        return opening_group(text)
    rest = text.lstrip()[m.end():]
    if not re.match(r"\s+(?:[a-zåäö]+(?:ar|er|ir|år|ör)|ska|skall|bör|måste)\b", rest):
        return None
    name = m.group(0)
    return name[:1].upper() + name[1:]


def owner_of(c: Clause, people: frozenset[str] = frozenset()) -> str | None:
    """The owner of the candidate made of ``c`` (see the module's docstring)."""
    text = c.text
    if c.kind in ("referred", "sent_back") and c.recipient:
        return c.recipient
    if m := _ASKED_AT.search(text):
        return _capital(m.group("who"))
    sends = c.kind in ("referred", "sent_back") or any(cls == "decide" for cls, _, _ in c.verbs)
    if sends and (m := _SENT_TO.search(text)):
        # (a decision to send the matter on: "beslutar att … överlämna ärendet till …")
        return _capital(m.group("who"))
    if m := _GIVEN.search(text):
        # (the one given the task, not the one who gives it: "Styrelsen har gett …")
        return _capital((m.group("who") or m.group("who2")).strip())
    if (m := _BRACKETED.search(text)) and (m.group("verb") or "ska") not in _NOT_VERBS:
        return m.group("who")  # (who does it, said of the task in brackets)
    if who := _trailing_names(text, people):
        return who  # (who does it, named in brackets at the end)
    if who := _names_around(text, people):
        return who  # ("Beställa västar – Per", "Karin – kontaktar …", ", Göran ansvarar")
    if who := asked(text, people):
        return who  # (the one asked, not the one who asks: "uppmanar samtliga nämnder att")
    if who := leading(text, people):
        return who
    if c.agent and c.agent.lower() not in _NO_NAMES and not _done_by(text, c.agent) and (
        not is_thing(c.agent)
    ):
        return c.agent
    if who := actor(text, people):
        return who
    if who := _opening_person(text, people):
        return who
    if who := _passive_by(text, people):
        return who
    if (m := _LABELLED.match(text)) and (
        _known(m.group("who"), people)
        or re.search(r"\b[a-zåäö]+(?:ar|er|ör|ir|år)\s+" + re.escape(m.group("who")) + r"\b",
                     text[m.end():])
    ):
        # (a name, or a label the task names again after its verb: "Emilie: – Om ingen
        # anmäler sig tar Emilie detta"; not a topic: "Snöpinnar: Snöpinnar skall …")
        return m.group("who")
    if m := _CLEFT.match(text):
        return m.group("who")
    if who := _has_got(text, people):
        return who
    if mark := _AFTER_MARK.match(text):
        found = person_action(text[mark.end():], people)
        if found is not None:
            return found[0]
    if m := _EVERYONE.search(text):
        return _capital(m.group("who"))
    if subject := _opening_subject(text):
        return subject
    return _named_elsewhere(text, people) or (
        None if c.signal else _subject_before_verb(text))


#: Everyone at the meeting takes the task: "Bestämdes att alla läser igenom den hemma",
#: "Alla: – Verkar för att …".
_EVERYONE = re.compile(r"(?:^\s*|\batt\s+)(?P<who>alla|samtliga|var\s+och\s+en)(?:\s*:|\s+"
                       r"(?:ska\s+|skall\s+)?[a-zåäö]+(?:ar|er|ir|år|ör)\b)", re.IGNORECASE)
#: "Byarådet representeras av Rolf Adamsson, Stig Redin och Lars-Erik Rosengren",
#: "… färdigställs och kopieras av Lennart/ Göran": a passive in the present, the persons
#: who will act after "av" (not a past one: "gjordes av", "lästes av").
_PASSIVE_BY = re.compile(
    r"\b[a-zåäö]{3,}(?<!de)(?<!te)(?<!dd)(?<![aiu]t)s\s+av\s+(?P<who>" + _NAME
    + r"(?:\s+" + _NAME + r")?(?:\s*(?:,|och|&|/)\s*" + _NAME + r"(?:\s+" + _NAME + r")?)*)")


#: The persons named in brackets that end the sentence: "Entréarbetet fortsätter med
#: handikappanpassning (Åke)", "Beställa ny skylt (Anna, Per)." – who takes the task.
_TRAILING_NAMES = re.compile(
    r"\(\s*(?P<who>" + _NAME + r"(?:\s+" + _NAME + r")?(?:\s*(?:,|och|&|/)\s*" + _NAME
    + r"(?:\s+" + _NAME + r")?)*)\s*\)\s*\.?\s*$")
#: A person opening the sentence before a verb in the present: "Teddy bakar kakor, men vi
#: behöver matbröd" (whatever "vi" the rest of the sentence names).
_OPENING_PERSON = re.compile(r"^\s*(?P<who>" + _NAME + r"(?:\s+" + _NAME + r")?)\s+"
                             r"(?:ska\s+|skall\s+)?(?P<verb>[a-zåäö]+(?:ar|er|ir|år|ör))\b")


_NAMES = (_NAME + r"(?:\s+" + _NAME + r")?(?:\s*(?:,|och|&|/)\s*" + _NAME + r"(?:\s+" + _NAME
          + r")?)*")
#: An association's short line with its person after a dash at the end or before one at
#: the start: "Beställa nya västar – Per.", "Karin – kontaktar kommunen om planen."
_DASH_NAMES_END = re.compile(r"\s[-–]\s*(?P<who>" + _NAMES + r")\s*\.?\s*$")
_NAMES_DASH_START = re.compile(r"^\s*(?P<who>" + _NAMES + r")\s+[-–]\s*\S")
#: "Målburen ska målas om, Göran ansvarar.": the one who answers for it, told after a
#: comma.
_ANSWERS_FOR = re.compile(r"[,;]\s*(?:och\s+)?(?P<who>" + _NAMES + r")\s+(?:ansvarar|har\s+"
                          r"ansvaret|är\s+ansvarig|tar\s+ansvar(?:et)?|fixar\s+det|"
                          r"ordnar\s+det)\b")
#: "Ansvarig: Eva", "Ansvar: Göran Ek", "Vem: Per" – a field after the task.
_FIELD_OWNER = re.compile(r"^\s*(?:ansvarig|ansvariga|ansvar|ansv\.?|vem)\s*:\s*(?P<who>"
                          r"(?-i:[A-ZÅÄÖ])[\wåäöé-]+(?:\s+(?-i:[A-ZÅÄÖ])[\wåäöé-]+)?"
                          r"(?:\s*(?:,|och|&|/)\s*(?-i:[A-ZÅÄÖ])[\wåäöé-]+"
                          r"(?:\s+(?-i:[A-ZÅÄÖ])[\wåäöé-]+)?)*)", re.IGNORECASE)


def field_owner(text: str) -> str | None:
    """The owner an "Ansvarig:" field gives ("Ansvarig: Eva")."""
    m = _FIELD_OWNER.match(text)
    return m.group("who") if m else None


def _names_around(text: str, people: frozenset[str]) -> str | None:
    """The person(s) a short line names after a dash at its end, before a dash at its
    start, or as the one who answers for it after a comma; each a first name or someone
    present."""
    for pattern in (_DASH_NAMES_END, _NAMES_DASH_START, _ANSWERS_FOR):
        m = pattern.search(text)
        if m and _names_known(m.group("who"), people):
            return m.group("who")
    return None


def _names_known(who: str, people: frozenset[str]) -> bool:
    names = [n.strip() for n in re.split(r"\s*(?:,|\boch\b|&|/)\s*", who) if n.strip()]
    return bool(names) and all(_known(n, people) for n in names)


def _trailing_names(text: str, people: frozenset[str]) -> str | None:
    """The persons a closing remark in brackets names, each a first name or someone
    present."""
    if _RAISED.match(text):
        return None  # the one who proposes or asks, not who acts: "Förslag på att … (Carl)"
    m = _TRAILING_NAMES.search(text)
    return m.group("who") if m and _names_known(m.group("who"), people) else None


#: A sentence that tells what someone proposed, wished or asked.
_RAISED = re.compile(r"^\s*[-–•]?\s*(?:förslag|önskemål|önskan|fråga|frågan|synpunkt|idé|"
                     r"tips)\w*\b", re.IGNORECASE)


def _opening_person(text: str, people: frozenset[str]) -> str | None:
    """A known person who opens the sentence as the subject of a verb in the present."""
    m = _OPENING_PERSON.match(text)
    if m is None or m.group("verb") in _NOT_VERBS or not _known(m.group("who"), people):
        return None
    if m.group("verb") in lexicon().not_actions:
        return None  # (says or asks something in the meeting: "Stig frågar om …")
    return m.group("who")


def _passive_by(text: str, people: frozenset[str]) -> str | None:
    """The persons a passive in the present names as the ones who act, each of them a
    known first name or someone present."""
    for m in _PASSIVE_BY.finditer(text):
        who = m.group("who")
        names = [n.strip() for n in re.split(r"\s*(?:,|\boch\b|&|/)\s*", who) if n.strip()]
        if names and all(_known(n, people) for n in names):
            return who
    return None


def _has_got(text: str, people: frozenset[str]) -> str | None:
    """The one who has got the task, opening the sentence ("Peter I fick i uppdrag att
    …", "Regiondirektören har fått i uppdrag …")."""
    m = _HAS_GOT.match(text)
    if m and (
        _known(m.group("who"), people) or lexicon().agent_nouns.search(m.group("who"))
        or all(w[:1].isupper() or w in ("&", "och") for w in m.group("who").split())
    ):
        return m.group("who")
    return None


def _done_by(text: str, agent: str) -> bool:
    """The agent is the one who did something before: "… rensningen som gjordes av
    Kristina Hellqvist i februari"."""
    return re.search(r"\b[a-zåäö]+(?:des|tes|dde|ddes)\s+av\s+" + re.escape(agent), text,
                     re.IGNORECASE) is not None


#: A role, perhaps abbreviated, that acts inside the sentence after a comma: "Neves motion
#: om Moderskeppet diskuterades, ordf. tar kontakt med Moderskeppet".
_ROLE_ACTS = re.compile(
    r"(?:[,;:]\s*|\b(?:och|så|sedan)\s+)(?P<who>v\.?\s*ordf\.?|vice\s+ordförande(?:n)?|"
    r"ordf\.?|ordförande(?:n)?|sekr\.?|sekreterare(?:n)?|kassör(?:en)?)\s+"
    r"(?:ska\s+|skall\s+|kommer\s+att\s+)?(?P<verb>[a-zåäö]+)\b", re.IGNORECASE)
_ROLE_NAMES = (("v", "Vice ordföranden"), ("ordf", "Ordföranden"), ("sekr", "Sekreteraren"),
               ("kass", "Kassören"))


def _role_acts(text: str) -> str | None:
    lex = lexicon()
    for m in _ROLE_ACTS.finditer(text):
        if m.group("verb").lower() in lex.action_verbs:
            who = m.group("who").lower()
            return next(name for start, name in _ROLE_NAMES if who.startswith(start))
    return None


def _named_elsewhere(text: str, people: frozenset[str]) -> str | None:
    """The one who acts, named where the clause analysis does not look: a role after a
    comma ("…, ordf. tar kontakt med …"), in a remark in brackets, as the "Vem" of an
    action list read as one line, after the verb when an adverbial opens the sentence, or
    before an action verb inside a run of words."""
    lex = lexicon()
    if who := _role_acts(text):
        return who
    for m in _WHO_WHEN.finditer(text):
        names = re.split(r"\s*(?:,|\boch\b|&|/)\s*", m.group("who"))
        if all(_known(n, people) for n in names if n):
            return m.group("who")
    if _LEAD_ADVERBIAL.match(text):
        for m in _INVERTED.finditer(text):
            if m.group("verb") in lex.action_verbs and m.group("who").lower() not in _NO_NAMES:
                return m.group("who")
        if (m := _INVERTED_BODY.search(text)) and lex.agent_nouns.fullmatch(m.group("who")):
            return _capital(m.group("who"))
    for m in _NAMED_ACTION.finditer(text):
        if m.start() and m.group("verb") in lex.action_verbs and (
            m.group("who").lower() not in _NO_NAMES
        ):
            # a full name when its first part is a first name ("Ulla Berg följer upp"),
            # else the name right before the verb ("Livsmedel Jasna kontaktar …")
            first = m.group("first")
            return f"{first} {m.group('who')}" if first and _known(first, people) else (
                m.group("who"))
    return None


#: Capitalised words that open a clause and name no one.
_NO_NAMES = frozenset({"vi", "man", "ni", "de", "den", "det", "detta", "denna", "dessa",
                       "han", "hon", "hen", "jag", "du", "dom",
                       "sedan", "därefter", "vidare", "dessutom", "alla", "någon", "ingen",
                       "nedan", "ovan", "här", "där", "då", "nu", "därför", "också", "även",
                       "först", "sist", "slutligen", "samtidigt", "dock", "sen"})


def plain_owner(text: str, people: frozenset[str]) -> str | None:
    """The owner a sentence names in a shape the rules do not read (see
    :func:`with_clause_owners`)."""
    if (m := _LABELLED.match(text)) and _known(m.group("who"), people):
        return m.group("who")
    if m := _GIVEN.search(text):
        return _capital((m.group("who") or m.group("who2")).strip())
    if who := _has_got(text, people):
        return who
    if m := _ASKED_AT.search(text):
        return _capital(m.group("who"))
    # (the one asked, the forum that deals with it, the subject opening the sentence
    # before a modal: "LKF ska undersöka saken och återkomma")
    return asked(text, people) or _opening_subject(text) or leading(text, people)


def _capital(who: str) -> str:
    return who[:1].upper() + who[1:]


def _subject_before_verb(text: str) -> str | None:
    """A capitalised name opening the sentence before a verb in the present ("Ulf Berg
    fortsätter …"), read as :func:`tracker.extract.clauses._subject` reads one."""
    m = re.match(r"\s*((?:[A-ZÅÄÖ][\wåäöé-]+\s+){1,3})(?=[a-zåäö]+(?:ar|er|ir|år|ör)\b)", text)
    if m is None:
        return None
    return _subject(text, m.end(), lexicon())




#: A sentence that goes on about the matter just told ("Motionen har överlämnats till
#: Hälso- och sjukvårdsförvaltningen för stöd i beredningen.").
_MATTER_AGAIN = re.compile(r"^\s*(?:motionen|förslaget|medborgarförslaget|skrivelsen|"
                           r"ärendet|frågan|remissen)\b", re.IGNORECASE)


def owner_told_after(after: str, people: frozenset[str] = frozenset()) -> str | None:
    """Who takes the matter of a sentence that names no one, told by the sentence right
    after it in the same paragraph: a person's task opening it ("Duschmiljön behöver
    fräschas upp. Affe hör med Thomas."), a remark in brackets ("Måla linjer vid planen.
    (Filippa och Ken diskuterar med Fredrik.)"), the receiver the matter is sent to
    ("… en motion inkommit … Motionen har överlämnats till förvaltningen …")."""
    text = after.strip()
    if who := field_owner(text):
        return who  # "… ska köpas in. Ansvarig: Eva."
    if text.startswith("("):
        m = _BRACKETED.match(text)
        if m and (m.group("verb") or "ska") not in _NOT_VERBS:
            return m.group("who")
        return None
    found = person_action(text, people)
    if found is not None and text.startswith(found[0]):
        return found[0]
    if _MATTER_AGAIN.match(text) and (m := _SENT_TO.search(text)):
        return _capital(m.group("who"))
    return None


def with_clause_owners(
    items: list[Candidate], people: frozenset[str] = frozenset()
) -> list[Candidate]:
    """The rules' open items that no rule gave an owner, owned by the shapes of
    :func:`owner_of` that name the one who acts beyond doubt: a body or a role opening
    the sentence ("Kansliet återkommer med förslag"), a person's label ("Jens: – Bevakar
    portalens utveckling"), the one given the task or asked.  Not the persons and things
    the rules have already weighed and left ("Sara påminner om att …" reminds, "Ämnet
    återkommer" is no one, "lämnas till Lena" names the recipient)."""
    out = []
    for it in items:
        if it.owner is None and it.status == "open" and it.text:
            owner = plain_owner(it.text, people)
            if owner:
                it = dataclasses.replace(it, owner=owner,
                                         reasons=[*it.reasons, f"ansvarig ur satsen: {owner}"])
        out.append(it)
    return out


#: "Han kommer att fortsätta arbetet.": a person's pronoun opening the sentence, its verb next.
_PRONOUN_OPENS = re.compile(r"^\s*(?:han|hon)\s+(?:ska|skall|kommer|får|bör|måste|tar|"
                            r"[a-zåäö]+(?:ar|er|ir|år|ör))\b", re.IGNORECASE)
_PERSON = re.compile(r"(?<![\wåäö-])(?P<first>" + _NAME + r")(?:\s+(?P<last>" + _NAME + r"))?")


def pronoun_owner(text: str, before: str, people: frozenset[str] = frozenset()) -> str | None:
    """The person a sentence opening with "han"/"hon" goes on about, when the sentence
    before names exactly one ("… det Andreas hade fått fram i dags läget. Han kommer att
    fortsätta arbetet.")."""
    if not _PRONOUN_OPENS.match(text):
        return None
    names: list[str] = []
    for m in _PERSON.finditer(before):
        if not _known(m.group("first"), people):
            continue
        full = f"{m.group('first')} {m.group('last')}" if m.group("last") else None
        name = full if full and (full in people or not _known(m.group("last"), people)) else (
            m.group("first"))
        if not any(name.split()[0] == n.split()[0] for n in names):
            names.append(name)
    return names[0] if len(names) == 1 else None


#: A section heading that ends with the person who has the matter: "6. Strategiarbete –
#: Jan Fjeldså", "Arbetsledarrollen (Patrik Johansson)".
_HEADING_PERSON = re.compile(
    r"(?:\s[-–]\s*|\(\s*)(?P<who>" + _NAME + r"(?:\s+" + _NAME + r")?(?:\s*(?:,|och|&|/)\s*"
    + _NAME + r"(?:\s+" + _NAME + r")?)*)\s*\)?\s*$")


#: A heading over what someone reports: "F/ Förvaltningschefens information",
#: "Information från rektor".
_INFORMANT = re.compile(r"(?:^|[/:.)]\s*)(?:(?P<gen>[\wåäö-]{3,}?)s\s+information|information\s+"
                        r"från\s+(?P<who>[\wåäö-]{3,}))\s*$", re.IGNORECASE)


#: A sentence about a thing, the task's matter, that names no one: "Rutinen ska redovisas
#: till nämnden i maj", "Upphandlingen ska vara klar till hösten".
_THING_OPENS = re.compile(r"^\s*(?P<thing>[A-ZÅÄÖ][\wåäöé-]+)\s")


def thing_opens(text: str) -> bool:
    """Whether the sentence opens with a thing (``[things]``) as its subject."""
    m = _THING_OPENS.match(text)
    return m is not None and is_thing(m.group("thing"))


def earlier_actor(sec: Section, s: Sentence, people: frozenset[str] = frozenset()) -> str | None:
    """The one acting in the sentence before ``s`` in its paragraph, when ``s`` opens with
    a thing and names no one ("Rutinen ska redovisas i maj" after "Förvaltningen tar fram
    en rutin …")."""
    if not thing_opens(s.text):
        return None
    k = next((i for i, x in enumerate(sec.sentences) if x is s), None)
    if not k or sec.sentences[k - 1].paragraph != s.paragraph:
        return None
    before = " ".join(sec.sentences[k - 1].text.split())
    who = owner_of(analyse(before, None, None, people, full=True), people)
    if who and (m := re.search(re.escape(who) + r"\s+(?P<verb>[a-zåäö]+)", before)) and (
        m.group("verb") in _REMINDS
    ):
        return None  # (one who tells or reminds: "Leila påminner om att …")
    return who


#: Verbs of telling that give no task to their subject.
_REMINDS = frozenset({"påminner", "påminde", "meddelar", "meddelade", "informerar",
                      "informerade", "berättar", "berättade"})


#: "… fick tillstånd att till byggnadsnämndens ordförande ställa interpellation om …",
#: "Interpellation från Anna Ek (S) till kommunstyrelsens ordförande om …": the one a
#: question is put to owes the answer (a recipient who, for once, must act).
_WHO_ASKED = r"(?P<who>[^.;:()]{2,80}?)"
_ADDRESSED = (
    re.compile(r"\btill\s+" + _WHO_ASKED + r"\s+(?:ställa|ställt|ställer|ställde|lämna|"
               r"lämnat|lämnade)\s+(?:en\s+)?(?:interpellation|(?:enkel\s+)?fråga)\b",
               re.IGNORECASE),
    re.compile(r"\b(?:interpellation(?:en)?|(?:enkel\s+)?fråga(?:n)?)\s+(?:nr\s+\S+\s+)?"
               r"(?:(?:från|av)\s+[^.;:]{2,80}?\s+)?(?:ställd\s+)?till\s+" + _WHO_ASKED
               + r"(?=\s*\(|\s+(?:om|angående|gällande|rörande|kring|avseende|den)\b|"
               r"\s*[.,;:]|\s+[–-]\s|\s*$)", re.IGNORECASE),
)
#: "frågan till nästa möte", "frågan till hösten": a time or a paper, not the one asked.
_NOT_ADDRESSED = re.compile(r"(?:nästa|kommande|nästkommande|följande|senare|ett\s+senare|"
                            r"mötet|möte|sammanträde|hösten|våren|sommaren|vintern|januari|"
                            r"februari|mars|april|maj|juni|juli|augusti|september|oktober|"
                            r"november|december|dagordningen|protokollet|handlingarna)\b",
                            re.IGNORECASE)


def addressee(text: str) -> str | None:
    """The one an interpellation or a question is put to: a body, a role, a name."""
    text = " ".join(text.split())
    for pattern in _ADDRESSED:
        m = pattern.search(text)
        if m is None:
            continue
        who = m.group("who").strip()
        if who.split()[0].lower() in _NO_NAMES or _NOT_ADDRESSED.match(who):
            continue
        if any(w[:1].isupper() for w in who.split()) or _ROLE.search(who) or is_actor(who):
            return _capital(who)
    return None


def heading_person(title: str, people: frozenset[str] = frozenset()) -> str | None:
    """The person(s) a section heading names at its end, after a dash or in brackets,
    each a first name or someone present: the one who has the section's matter; or the
    role or body whose information the section is ("Förvaltningschefens information")."""
    title = " ".join(title.split())
    m = _HEADING_PERSON.search(title)
    if m and _names_known(m.group("who"), people):
        return m.group("who")
    m = _INFORMANT.search(title)
    who = (m.group("gen") or m.group("who")) if m else None
    if who and (lexicon().agent_nouns.fullmatch(who) or _ROLE.fullmatch(who)):
        return _capital(who)
    return None


#: A line of a list under a label: "Magnus: - Bevakar … - Har fortsatt dialog …" and then
#: "- Tar fram nyhet om …" on a sentence of its own.
_DASHED = re.compile(r"^\s*[-–•]\s*\S")


def list_label_owner(texts: list[str], k: int, people: frozenset[str] = frozenset(),
                     reach: int = 8) -> str | None:
    """The person whose label heads the run of dashed lines that sentence ``k`` goes on
    ("Magnus: - Bevakar … / - Tar fram …"): each line is the labelled person's task."""
    if not _DASHED.match(texts[k]):
        return None
    for j in range(k - 1, max(-1, k - 1 - reach), -1):
        m = _LABELLED.match(texts[j])
        if m and _known(m.group("who"), people):
            return m.group("who")
        if not _DASHED.match(texts[j]):
            return None
    return None


__all__ = [
    "addressee",
    "earlier_actor",
    "field_owner",
    "heading_person",
    "list_label_owner",
    "owner_of",
    "owner_told_after",
    "pronoun_owner",
    "thing_opens",
    "with_clause_owners",
]
