"""Patterns of the follow-up reader's running text (:mod:`tracker.extract.followup_prose`
and :mod:`tracker.extract.followup_verdicts`): the sentence shapes that say work is
planned, given, begun or still missing, kept apart from the code that reads them."""

from __future__ import annotations

import re

#: A sentence that explains the report's status words ("De uppdrag som har statusen
#: pågående …", "Ett uppdrag markerat som pågående är inte slutredovisat").
_EXPLAINS = re.compile(
    r"\bstatus(?:en|ar|arna)?\s+[\"”']?(?:pågående|pågår|avslutat|avslutad|klar|grön|gul|röd)\b|"
    r"\bmarkera(?:t|d|de|s)\s+(?:som|med)\b|\bbetecknas\s+som\b",
    re.IGNORECASE,
)
#: A sentence whose subject is a stretch of time: "Ett nytt verksamhetsår har inletts",
#: "Höstterminen har startat", "Perioden präglas …".
_PERIOD_SUBJECT = re.compile(
    r"^(?:(?:ett|en|det|den|nytt|ny|nya|andra|första|sista|kommande|nästa)\s+){0,3}"
    r"[\wåäö-]*(?:år|året|period|perioden|termin|terminen|säsong|säsongen|kvartal|"
    r"kvartalet|tertial|tertialet|halvår|halvåret)\s+(?:har|är|blev|hade)\b",
    re.IGNORECASE,
)
#: A period as the subject of the clause the status word closes: "… den sista för denna
#: programperiod som pågått sedan 2014" (time went on, no work).
_PERIOD_CLAUSE = re.compile(
    r"(?<![\wåäö])[\wåäö-]*(?:år|året|period|perioden|termin|terminen|säsong|säsongen|"
    r"kvartal|kvartalet|tertial|tertialet|halvår|halvåret)\s+som\s+(?:har\s+|hade\s+)?$",
    re.IGNORECASE,
)
#: A sentence about a goal that names it: "Målet om att bli …", "Målet för …".
_NAMES_GOAL = re.compile(
    r"^(?:målet|målen)\s+(?:om|att|för|med|kring|inom|avseende|gällande)\b", re.IGNORECASE
)
#: A count of goals ("8 av 30 delmålen", "Två av de strategiska målen nås ej", "tre är
#: delvis uppfyllda"): a summary, no goal.
_COUNTED = re.compile(
    r"\b(?:\d+|två|tre|fyra|fem|sex|sju|åtta|nio|tio)\s+(?:av\s+(?:\d+|de|dessa)\s+)?"
    r"(?:\w+\s+)?(?:mål|målen|delmål|delmålen|är)\b",
    re.IGNORECASE,
)
#: A tally that singles out the one goal missed: "… nås för 2 mål och ett mål nås ej",
#: "fem av sex mål uppnås, ett av målen uppnås inte" (before the verdict's verb).
_ONE_MISSED = re.compile(
    r"(?<![\wåäö])(?:ett|en)\s+(?:av\s+(?:de\s+|dessa\s+)?(?:\w+\s+)?)?(?:\w+\s+)?"
    r"(?:mål|delmål|målen|delmålen|målet|indikator|indikatorerna)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
#: A sentence that opens with the work it goes on with: "Utredningen pågår", "Översynen
#: är påbörjad".
_REFERS_BACK = re.compile(
    r"^[A-ZÅÄÖ][a-zåäö]+(?:en|et|na)\s+(?:har\s+|är\s+)?(?:(?:ännu\s+)?(?:inte|ej)\s+)?"
    r"(?:pågår|fortsätter|fortgår|påbörjats|påbörjad|påbörjat|inletts|beräknas|planeras|"
    r"startade|startat|genomförts|kommit\s+igång)\b"
)
#: Adjectives of state listed together: "planerade, pågående och genomförda åtgärder".
_STATES_LIST = re.compile(
    r"\b(?:planerade|pågående|påbörjade|genomförda|avslutade|kommande)"
    r"(?:(?:,\s*|\s+och\s+)(?:planerade|pågående|påbörjade|genomförda|avslutade|kommande))+\b",
    re.IGNORECASE,
)
#: "Ansvarig för genomförandet är enhetschefen vid X", "Ansvariga är Y och Z".
_RESPONSIBLE = re.compile(
    r"^Ansvarig(?:a)?\s+(?:för\s+(?:\w+\s+){0,4}?)?(?:är|blir)\s+(?P<who>[^.;]{3,80}?)\.?$"
)
#: A second measure joined by "samt": "… samt en utbildningsinsats om dokumentation".
_ALSO = re.compile(r"\s+samt\s+(?:en|ett)\s+(?P<np>[a-zåäö][^,.;]{6,90})")


#: What introduces a list of pieces of work after a status word: "fortsätter arbetet
#: med A, B och C", "pågår bland annat …", "exempelvis A liksom frågor om B och C".
_LIST_LEAD = re.compile(
    r"\b(?:bland annat|bl\.\s?a\.|exempelvis|till exempel|t\.\s?ex\.|såsom|"
    r"(?:arbetet|arbete|uppdragen|uppdraget|insatserna|frågorna)\s+(?:med|kring|om|inom)|"
    r"frågor\s+(?:om|kring))\s+(?P<list>[^.;:!?]+)",
    re.IGNORECASE,
)
#: The lead words a listed thing may still carry: "arbetet med", "frågor om".
_THING_LEAD = re.compile(
    r"^(?:bland annat\s+|exempelvis\s+)?(?:(?:arbetet|arbete|frågor|frågorna)\s+"
    r"(?:med|kring|om|inom)\s+)?",
    re.IGNORECASE,
)
#: A finished verb anywhere in the sentence: its list may be of finished work.
_LIST_DONE = re.compile(
    r"\b(?:har|hade|är|blev)\s+(?:\w+\s+){0,2}?(?:genomfört|genomförts|avslutat|avslutats|"
    r"slutfört|slutförts|färdigställt|färdigställts|införts|infört)\b|"
    r"\b(?:genomfördes|avslutades|slutfördes|infördes|färdigställdes)\b",
    re.IGNORECASE,
)
#: At most this many words make one listed thing (a noun phrase, not a clause).
_THING_WORDS = 6


def _listed_works(sentence: str) -> list[str]:
    """The pieces of work a status sentence lists, three or more ("… fortsätter arbetet
    med gemensam upphandling, e-arkiv, validering samt lokaler och parkering"): each a
    short noun phrase; "samt" joins the last, so an "och" inside it stays; without
    "samt" the last "och" joins.  Fewer than three, or a part that reads as a clause:
    no list."""
    m = _LIST_LEAD.search(sentence)
    if m is None or _LIST_DONE.search(sentence):
        # "Nämnden har bland annat genomfört A, B och C, och arbetet fortsätter": the
        # listed things are finished ones.
        return []
    body = m.group("list").strip()
    parts = re.split(r",\s*(?:samt\s+|och\s+)?|\s+liksom\s+|\s+samt\s+", body)
    if " samt " not in f" {body} " and parts and re.search(r"(?<!-)\s+och\s+", parts[-1]):
        head, _sep, tail = parts[-1].rpartition(" och ")
        parts[-1:] = [head, tail]
    things = []
    for part in parts:
        thing = _THING_LEAD.sub("", part.strip(" ,"))
        words = thing.split()
        if not words or len(words) > _THING_WORDS or words[0].lower() in _NOT_THING:
            return []
        things.append(thing[:1].upper() + thing[1:])
    return things if len(things) >= 3 else []


#: A future tense whose subject opens the sentence: "Kommunen kommer (även) att se över …".
_WILL_ACTIVE = re.compile(
    # (or plans, means to: "Nämnden planerar att se över taxorna", "Vi avser att …")
    r"^(?P<subject>(?:[A-ZÅÄÖ][\wåäö-]*(?:\s+[a-zåäö-]+){0,2}?)|Vi)\s+"
    r"(?P<cue>kommer|planerar|avser)\s+"
    r"(?:(?:även|också|bland\s+annat|därför|nu|sedan|vidare|fortsatt)\s+)*(?:att\s+)?"
    r"(?P<verb>[a-zåäö]+)\b"
)
#: A passive future: "… kommer (att) genomföras", "… kommer att bytas ut"; not "kommer
#: inte att …".
_WILL_PASSIVE = re.compile(
    r"\bkommer\s+(?:att\s+)?(?!(?:inte|ej|aldrig)\b)(?:\w+\s+){0,2}?[a-zåäö]{3,}as\b|"
    # "… kommer bland annat en diskussion om X att inledas"
    r"\bkommer\s+(?!(?:inte|ej|aldrig)\b)(?:[\wåäö-]+\s+){1,10}?att\s+[a-zåäö]{3,}as\b",
    re.IGNORECASE,
)
#: A purpose clause: what follows it up to "samt" is why, not what.
_PURPOSE = re.compile(r"\bför\s+att\b|\bi\s+syfte\s+att\b|\bså\s+att\b", re.I)
#: A finished verb in the perfect: "har gjort", "har tagit fram", "har genomfört".
_SUPINE = re.compile(r"\b(?:har|hade)\s+(?:\w+\s+)?[a-zåäö]{2,}(?:t|it)\b", re.I)
#: A perfect passive: "har inrättats", "har tagits fram" — a clause of finished work.
_PERFECT = re.compile(r"\b(?:har|hade)\s+(?:\w+\s+){0,2}?[a-zåäö]{3,}(?:ats|its|tts)\b", re.I)
#: New things counted as the sentence's subject: "20 nya grannsamverkansområden har
#: startats upp", "Tre nya tjänster har inrättats" — with a perfect, a result reported,
#: not work begun.
_NEW_COUNTED = re.compile(
    r"^(?:\d+|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv)\s+(?:nya|fler|ytterligare)\s",
    re.IGNORECASE,
)
#: An indirect question: a verb of showing, judging or asking and "om"/"huruvida" —
#: "Indikatorer används för att visa om målet är på väg att nås", "bedöma huruvida
#: arbetet fortskrider"; what it asks about is not said to be so.
_ASKS_WHETHER = re.compile(
    r"\b(?:visa|visar|bedöma|bedömer|bedöms|avgöra|avgör|pröva|prövar|undersöka|undersöker|"
    r"utreda|utreder|fråga|frågar|frågan|se|ser|mäta|mäter|följa\s+upp|följer\s+upp)\s+"
    r"(?:om|huruvida)\s|\bhuruvida\s",
    re.IGNORECASE,
)
#: A comment cell at the start of a line: "Kommentar Genomförd Hantering av …".
_COMMENT_CELL = re.compile(r"^(?:kommentar|status)\s*:?\s+(?P<value>[\wåäö]+)", re.IGNORECASE)
#: A lead that names a plan's measures and nothing of their state: "Exempel på åtgärder:".
_MEASURES_LEAD = re.compile(
    r"^(?:exempel\s+på\s+|följande\s+|några\s+|bland\s+annat\s+)?(?:åtgärder|aktiviteter|"
    r"insatser|förbättringsåtgärder|åtgärdsförslag)(?:\s+[\wåäö]+){0,3}\s*:$",
    re.IGNORECASE,
)
#: A sentence that opens with its time: "Under 2018 …", "Under året …", "Under hösten …".
_TIME_FIRST = re.compile(
    r"^(?:Under|I|Inom|Fram\s+till|Till)\s+(?:\w+\s+)?(?:år|året|\d{4}|våren|"
    r"hösten|sommaren|vintern|perioden|tertialet|halvåret)\b",
    re.I,
)
#: The words of a sentence that tells the time of work in general, not a piece of it.
_FRAME_WORDS = frozenset(
    {
        "under",
        "i",
        "inom",
        "år",
        "året",
        "våren",
        "hösten",
        "sommaren",
        "vintern",
        "perioden",
        "kommer",
        "att",
        "ska",
        "arbetet",
        "arbete",
        "med",
        "pågående",
        "uppdrag",
        "uppdragen",
        "fortsätta",
        "fortsätter",
        "fortgå",
        "fortgår",
        "vårt",
        "vår",
        "våra",
        "det",
        "den",
        "de",
        "flesta",
        "nuvarande",
        "befintliga",
        "planerade",
        "och",
        "även",
        "också",
    }
)


def _only_frame(sentence: str) -> bool:
    """The sentence names no work of its own: its words are times and general words."""
    words = re.findall(r"[\wåäö-]+", sentence.lower())
    return all(w in _FRAME_WORDS or re.fullmatch(r"\d{4}", w) for w in words)


#: A subordinate clause begun before a verb: the verb is not the sentence's own.
_SUBORDINATE = re.compile(r"\b(?:som|hur|när|där|vilket|vilka|om|eftersom|då|innan)\b", re.I)
#: Verbs after "kommer (att)" that plan no work: a negation, a state, a possibility.
_NOT_PLANNED = frozenset(
    {
        "inte",
        "ej",
        "aldrig",
        "vara",
        "bli",
        "ha",
        "få",
        "kunna",
        "behöva",
        "att",
        "innebära",
        "leda",
        "påverka",
    }
)


#: Words that start a clause, not a thing: the list has ended or was none.
_NOT_THING = frozenset(
    {
        "att",
        "som",
        "vilket",
        "där",
        "när",
        "för",
        "men",
        "eftersom",
        "har",
        "är",
        "ska",
        "kommer",
        "kan",
        "det",
        "vi",
    }
)


#: An assignment given now (present tense; "gav" tells the background): "ger X i uppdrag
#: att …", "uppdrar åt X att …", "uppmanar X att …", "X uppdras/ges i uppdrag att …".
_GIVES = re.compile(
    r"\b(?:ger)\s+(?P<who>[^,.;]{3,80}?)\s+i\s+uppdrag\s+att\s+(?P<work>.+)$|"
    r"\buppdrar\s+(?:åt\s+)?(?P<who2>[^,.;]{3,80}?)\s+att\s+(?P<work2>.+)$|"
    r"\buppmanar\s+(?P<who3>[^,.;]{2,80}?)\s+att\s+(?P<work3>.+)$|"
    r"^(?:\d{1,2}[.)]\s*)?(?P<who4>[A-ZÅÄÖ][\wåäö -]{2,60}?)\s+(?:uppdras|ges\s+i\s+uppdrag|"
    r"får\s+i\s+uppdrag)\s+att\s+(?P<work4>.+)$"
)
#: An injunction: "… förelägger (med stöd av 26 kap. 10 § skollagen) X kommun att …".
_INJUNCTION = re.compile(
    r"\bförelägger\s+(?:med\s+stöd\s+av\s+.*?\)\s+|med\s+stöd\s+av\s+[^,]*?\s+"
    r"(?=[A-ZÅÄÖ]))?(?P<who>[A-ZÅÄÖ][\wåäö-]*(?:\s+[\wåäö-]+){0,3}?)\s+att\s+(?P<work>.+)$"
)
#: An addressee named as an organisation: "Trosa kommun", "Region Öland", "Åby stad".
_ADDRESSEE = re.compile(
    r"[A-ZÅÄÖ][\wåäö-]+\s+(?:kommun|stad)|Region\s+[A-ZÅÄÖ][\wåäö-]+|[A-ZÅÄÖ][\wåäö -]+\s+AB"
)
#: Bodies named in running text, plural too: "samtliga sjukhusstyrelser", "styrelsen för
#: kulturutveckling", "berörda nämnder".
_BODIES = re.compile(
    r"(?:(?:samtliga|alla|berörda|övriga)\s+)?[\wåäö-]*(?:nämnd(?:en|erna|er)|styrelse(?:n|rna|r)|"
    r"förvaltning(?:en|arna|ar)|bolag(?:et|en))(?:\s+för\s+[\wåäö-]+)?\b"
)
#: Words that refer back to bodies named before: "uppmanar dessa att …".
_BACK_REFERENCE = frozenset({"dessa", "dem", "de", "desamma", "båda", "bägge"})

#: Work a sentence says was begun: "… har (under året) inlett/startat/påbörjat ett X".
_BEGUN_WORK = re.compile(
    r"\b(?:har|hade)\s+(?:\w+\s+){0,3}?(?:påbörjat|inlett|startat|initierat|dragit igång|"
    r"satt igång)\s+(?:ett|en)\s+(?P<np>\w[^;]{6,})$",
    re.IGNORECASE,
)
#: Work a sentence says went on: "… har också ett arbete gällande X pågått".
_WORK_WENT_ON = re.compile(
    r"\b(?:har|hade)\s+(?:\w+\s+){0,2}?(?:ett|en)\s+(?P<np>\w.{6,}?)\s+"
    r"(?:pågått|fortgått|fortsatt)\b",
    re.IGNORECASE,
)
#: A step not yet taken: "har ännu inte fattat beslut om X".
_NOT_YET_DONE = re.compile(
    r"\bhar\s+(?:ännu\s+)?(?:inte|ej)\s+(?P<verb>[a-zåäö]+at)\s+(?P<rest>\w.{4,})$"
)
