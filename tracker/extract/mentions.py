"""What identifies a matter, and what a passage says about it.

Later minutes name an open item briefly: by the dnr of its ärende under a § with a new
title, by a topic label before a colon ("Skyddsronder: … avförs"), or by its number in
the action list ("14 (Trafikverket, väg 272): Pågår").  This module reads those marks
from a piece of text (:func:`identity_of`, :func:`label_of`, :func:`done_subject`,
:func:`normal_dnr`) and what the text says about its matter: closed, decided, still
going on or updated (:func:`effect_of`).  Walking a document for the passages that
are mentions is :mod:`tracker.extract.mention_passages`; linking them to open items is
:mod:`tracker.services.linking`.
"""

from __future__ import annotations

import re

from tracker.extract.clause_lexicon import alternation, first_names
from tracker.extract.status_reading import read_state
from tracker.extract.status_sentences import DONE_STATUS, by_own_object, sentences

#: "Dnr SN 2024/31", "Dnr: KS 2023/455", "dnr 182-70/2016".
DNR = re.compile(
    r"\b(?:dnr|diarienummer|diarienr)\.?\s*:?\s*"
    r"((?:[A-ZÅÄÖ]{1,6}[ .-]?)?\d{1,4}[-/.:]\d{1,6}(?:[-/.:]\d{1,6})?)",
    re.IGNORECASE,
)
#: "14 (Trafikverket, väg 272): Pågår", "Punkt 21: Klar", "13: Klar".
_NUMBERED_REF = re.compile(
    # ("- Åtgärd 9: rutinen är klar …": a bullet, and the list's own word for its rows.)
    r"^\s*(?:[-–•*]\s+)?(?:punkt|nr\.?|#|åtgärd(?:spunkt)?|aktivitet)?\s*(\d{1,3})(?!-\d)\s*(?:\(([^)]{1,80})\)|[–—-]\s*((?:[^:().]|\.(?!\s)){1,60}?))?"
    r"\s*:\s+(\S.*)$",
    re.IGNORECASE,
)


#: "Nr 7 klart – samtliga chefer …", "Nr 8 – oförändrat, tas upp igen i maj": after
#: "Nr" the number names a row of the action list without a colon (the same groups as
#: :data:`_NUMBERED_REF`, no label).
_NR_REF = re.compile(r"^\s*nr\.?\s*(\d{1,3})()()\s+(?:[–—-]\s+)?(\S.*)$", re.IGNORECASE)


#: "U 2025:03": a register's code for an assignment (letters, year, number).
REGISTER_CODE = r"[A-ZÅÄÖ]{1,3}\s?(?:19|20)\d\d:\d{1,3}"
#: "U 2025:03 Försäljning av Kvarnen 4: Värderingen har försenats. Kvarstår …": a code,
#: the matter's name and what is said of it (the same groups as :data:`_NUMBERED_REF`).
_CODE_REF = re.compile(rf"^\s*({REGISTER_CODE})()\s+([^:]{{2,60}}?)\s*:\s+(\S.*)$")


#: "17. Lantmäteriet: HS har mejlat men inte fått svar.": a row's number with a stop, its
#: label and what is said (the same groups as :data:`_NUMBERED_REF`).  An agenda's own
#: points are written so too ("3. Ekonomi: …"): read only where the list is followed up
#: (:func:`followed_up_ref`).
#: A dash may stand for the colon: "2. Ramperna vid Medborgarhuset – beställt men …".
_DOT_REF = re.compile(
    r"^\s*(\d{1,3})[.)]()\s+([A-ZÅÄÖ][^:.!?–—]{1,60}?)\s*(?::|\s[–—-])\s+(\S.*)$")


#: "14.4 Webbsidan är delvis uppdaterad; … Nytt datum 15 juni.": a row numbered under an
#: agenda point, followed up without a colon (the same groups as :data:`_NUMBERED_REF`,
#: no label).  Read only where the list is followed up: an agenda numbers its own
#: sub-points so ("4.2 Flytt av IVA").
_SUB_REF = re.compile(
    # (With a label, "14.1 Besparingsförslag: …", the label reading has it.)
    r"^\s*(\d{1,2}\.\d{1,2})()()\s+(?=[A-ZÅÄÖ])(?![^:.!?]{1,60}:\s)(\S.*)$"
)
#: A row's number in its first cell: "14", or numbered under an agenda point, "14.4".
ROW_NUMBER = re.compile(r"\d{1,3}(?:\.\d{1,2})?")
#: A row's code of the year and a number in its first cell ("26-03", "26-05*": the star
#: marks a row new at this meeting).
_ROW_YEAR_CODE = re.compile(r"(\d{2}-\d{2,3})\*?")


def row_number(first_cell: str) -> str | None:
    """The list number a table row's first cell gives it ("14", "14.4", "26-03" of
    "26-03*"), or None."""
    cell = first_cell.strip().rstrip(".")
    if ROW_NUMBER.fullmatch(cell):
        return cell
    m = _ROW_YEAR_CODE.fullmatch(cell)
    if m:
        return m.group(1)
    # "K-31", "2025:12", "A26-14": a code of the list's own.
    return cell if re.fullmatch(LINE_CODE, cell) else None


def followed_up_ref(text: str) -> re.Match[str] | None:
    """A numbered line of a list's follow-up ("17. Lantmäteriet: Nytt datum 23
    februari"), for a line under a follow-up heading only."""
    return numbered_ref(text) or _DOT_REF.match(text) or _SUB_REF.match(text)


#: An action list's own code: letters and a number ("A1", "B7"), or a series and a
#: number ("A26-14"); not a quarter or term ("Q3", "T2").
ACTION_CODE = r"(?![QT][1-4]\b)[A-ZÅÄÖ]{1,2}(?:\d{1,4}-)?\d{1,3}"
#: A code of a list's own row where a line opens with it: an action code, or a year and
#: a number ("26-03", the list numbered anew each year; never read in running text,
#: where it may be a span of hours or pages).
#: So are a letter, a dash and a number ("S-16", the list's series written out) and a
#: year and a number ("2025:12", the list numbered by the year it was opened).
LINE_CODE = (rf"(?:{ACTION_CODE}|\d{{2}}-\d{{2,3}}(?!\d)|[A-ZÅÄÖ]{{1,2}}-\d{{1,3}}(?![\d:-])|"
             rf"(?:19|20)\d\d:\d{{1,3}}(?![\d:-]))")
#: "A1 Besparingar gata/park: till LG 2025-08-19, kvarstår.", "- A26-19 Personalomsättning
#: förskolan: Pågår …": a row's code, its label and what is said (the same groups as
#: :data:`_NUMBERED_REF`).
_ACTION_REF = re.compile(
    # (No stop in the label: "S-20 Besiktningsanmärkningar Fem av sex åtgärdade. Kvar: …"
    # is a row's text running on, its colon a later field's.)
    rf"^\s*(?:[-–•*]\s*)?({LINE_CODE})(?![\w-])()\s+([^:.!?]{{2,60}}?)\s*:\s+(\S.*)$"
)
#: "A1. Rikard tar fram …", "A26-14  Samtliga förvaltningschefer lämnar …": a line of an
#: action list opened by its code (a stop, a bracket or a wide gap after it).
_CODE_ITEM = re.compile(rf"^\s*({LINE_CODE})\*?(?:[.)]\s+|\s+(?=[A-ZÅÄÖ]))(\S.*)$")


#: "- 26-03: inlämnat till KS 19/2. Stryks.": a year-and-number code alone before the
#: colon (the same groups as :data:`_NUMBERED_REF`, no label).
_YEAR_CODE_REF = re.compile(r"^\s*(?:[-–•*]\s*)?(\d{2}-\d{2,3})(?![\w-])()()\s*:\s+(\S.*)$")


#: "S-17 Genomfört på APT 18/2.", "2025:12 – Revisionen flyttas till hösten.": a line of
#: the list's follow-up opened by a row's code without a label (the same groups as
#: :data:`_NUMBERED_REF`, no label).  Read only for a series the document uses twice.
_CODED_REF = re.compile(
    rf"^\s*(?:[-–•*]\s*)?({LINE_CODE})\*?()()(?:\s*[.:)]\s+|\s+[–—-]\s+|\s+(?=[A-ZÅÄÖ\d]))(\S.*)$"
)


def coded_ref(text: str, series: set[str]) -> re.Match[str] | None:
    """A line opened by a code of one of the document's ``series`` (see
    :data:`_CODED_REF`), or None."""
    m = _CODED_REF.match(text)
    return m if m and code_series(m.group(1)) in series else None


def line_code(text: str) -> str | None:
    """The list code a line opens with ("S-16 Tilläggsanslaget: …" → "S-16"), or None."""
    m = _CODED_REF.match(text)
    return m.group(1) if m else None


def numbered_ref(text: str) -> re.Match[str] | None:
    return (_NUMBERED_REF.match(text) or _NR_REF.match(text) or _CODE_REF.match(text)
            or _ACTION_REF.match(text) or _YEAR_CODE_REF.match(text))


def code_series(code: str) -> str:
    """The series of an action code: "A26-14" → "A26-", "A7" → "A"."""
    return re.sub(r"\d+$", "", code)


def coded_item(text: str, series: set[str]) -> re.Match[str] | None:
    """A line opened by an action code of a series the document lists twice or more
    ("A6. Dennis sammanställer …" under "A1." … "A5."): group 1 the code, 2 the rest.  A
    code that opens one line only may be a room or a road ("B12. Projektorn …")."""
    m = _CODE_ITEM.match(text)
    return m if m and code_series(m.group(1)) in series else None


def code_series_of(texts: list[str], *, bullets: bool = False) -> set[str]:
    """The series of action codes that open two lines or more of ``texts`` (``bullets``:
    after a bullet's mark too, "- B21 Olof tar fram …")."""
    seen: dict[str, int] = {}
    for t in texts:
        m = _CODE_ITEM.match(t) or _ACTION_REF.match(t) or (_CODED_REF.match(t) if bullets
                                                            else None)
        if m:
            k = code_series(m.group(1))
            seen[k] = seen.get(k, 0) + 1
    return {k for k, n in seen.items() if n >= 2}


def ref_label(m: re.Match[str]) -> str | None:
    """The words that name a numbered follow-up: "14 (Trafikverket, väg 272): …" or
    "1 – Vinterbemanning: …"."""
    return (m.group(2) or m.group(3) or "").strip() or None


#: "21. Ekonomichefen tar fram …" (the item's own number in a numbered list).
NUMBERED_ITEM = re.compile(r"^\s*(\d{1,3})[.)]\s+(\S.*)$")
#: "Skyddsronder: planen är klar …" – a short label, then the text.
_LABEL = re.compile(r"^\s*([A-ZÅÄÖ0-9][^:.!?]{1,60}?)\s*:\s+(\S.*)$")
#: "Raster natt Björkgården – nytt schema gäller …" (a dash with spaces around it).
_DASH_LABEL = re.compile(r"^\s*([A-ZÅÄÖ][^:.!?–]{1,50}?)\s+[–—-]\s+(\S.*)$")
_MAX_LABEL_WORDS = 7
#: Words that make a clause of what stands before a stop.
_CLAUSE_VERB = re.compile(
    r"\b(?:är|har|ska|skall|kan|blir|var|hade|får|fick|kommer|behöver|vill|måste|"
    r"[a-zåäö]{3,}(?:ades|ats|its))\b|^\S+\s+[a-zåäö]{3,}(?:ar|er|ir)\s+(?!för\b|på\b|i\b|vid\b|till\b)"
)
#: "Lönekartläggning för sjuksköterskor (Vårdförbundet). Analysen …": a title without a
#: verb of its own, a stop, and the sentences about it.
_TITLE_STOP = re.compile(
    r"^\s*([A-ZÅÄÖ][\wåäöÅÄÖé -]{2,60}?(?:\s*\([^()]{2,40}\))?)\.\s+(?=[A-ZÅÄÖ])(\S.*)$"
)
#: Labels that are no topic: meeting facts, people and parties, decision headings.
_NOT_TOPICS_TEXT = """
    närvarande deltagare frånvarande förhinder justerare justering datum tid tidpunkt
    plats lokal ordförande sekreterare protokollförare antecknare beslut beslutet dnr
    ärende ärendet sammanträde protokoll minnesanteckningar bilaga bilagor ämne från
    till kopia skickat mottagare kallade övriga närvarande ersättare ledamöter
    arbetsgivaren arbetsgivare vision kommunal ssr akademikerförbundet lärarförbundet
    vårdförbundet naturvetarna saco ledarna sveriges lärare fackliga organisationer
    arbetstagarna arbetstagare förvaltningen nämnden förslag förslaget beslutsunderlag
    handlingar underlag yrkanden yrkande reservation propositionsordning expedieras
    paragraf kommentar kommentarer notering noteringar status åtgärd ansvarig vem vad
    när
"""
_NOT_TOPICS = frozenset(_NOT_TOPICS_TEXT.split())
#: Who speaks in a meeting: parties, bodies and sides ("Arbetsgivaren om …" is no topic).
_SPEAKERS_TEXT = """
    arbetsgivaren arbetsgivare vision kommunal ssr akademikerförbundet lärarförbundet
    vårdförbundet naturvetarna saco ledarna sveriges fackliga arbetstagarna arbetstagare
    förvaltningen nämnden
"""
_SPEAKERS = frozenset(_SPEAKERS_TEXT.split())
_OF_WORDS = frozenset(("för", "om", "efter", "till", "av", "vid", "på", "i", "kring"))
#: Section headings under which every labelled line is about an earlier matter.
FOLLOW_UP_SECTIONS = re.compile(
    r"balanslist|kvarvarande|kvarstående|uppföljning|föregående|åtgärdslist|"
    r"tidigare\s+(frågor|ärenden)|bordlagda|pågående",
    re.IGNORECASE,
)
#: A block of comments under a table ("Kommentarer", "Noteringar till balanslistan"): its
#: numbered lines comment on the table's rows of those numbers.
COMMENT_SECTIONS = re.compile(
    r"^\s*(?:\d{1,2}[.)]?\s*)?(?:kommentar(?:er)?|noteringar|anmärkningar)"
    r"(?:\s+till\s+[\wåäö ]{3,40})?\s*:?\s*$",
    re.IGNORECASE,
)
#: Section headings of new business.
NEW_SECTIONS = re.compile(r"\bnya?\b|övriga frågor|föranmälda", re.IGNORECASE)

# --- what a mention says about its matter ---------------------------------------------

def _verdicts() -> dict[str, list[str]]:
    """The ``[verdict]`` vocabulary of ``lexicon.toml``."""
    from tracker.extract.clause_lexicon import lexicon_data

    return lexicon_data()["verdict"]  # type: ignore[return-value]


_VERDICT = _verdicts()
#: A proposal sent on to the deciding body, a present decision, "slutbehandlat".
_PROPOSED_DECISION = (
    rf"\b(?:{alternation(_VERDICT['proposal_verbs'])})\s+(?:[\wåäö-]+\s+){{0,3}}?"
    rf"(?:föreslå\s+(?:[\wåäö-]+\s+){{0,2}}?)?(?:att\s+)?"
    rf"(?:{alternation(_VERDICT['decisions'])})\b|"
    rf"\b(?:{alternation(_VERDICT['present'])})\b"
)
_HANDLED = rf"\b(?:{alternation(_VERDICT['closed'])})\b"

#: Words that close a matter.
CLOSE_WORDS = re.compile(
    r"\bavförs\b|\bavfördes\b|\bavslutas\b|\bavslutad\b|\bavslutat\b|"
    # written off: closed without being carried out ("A7: avskrivs", "Avskriven")
    r"\bavskrivs\b|\bavskrevs\b|\bavskriven\b|\bavskrivet\b|\butagerad\b|\butagerat\b|"
    r"\banses\s+(?:\w+\s+){0,2}(?:besvarad|besvarat|slutför[dt]|avslutad|avslutat|klar|klart)\b|"
    r"\banser\s+(?:\w+\s+){0,3}(?:besvarad|besvarat|slutför[dt]|avslutad|avslutat)\b|"
    # ("klart-datum", "klar-markerad": the first part of a compound says nothing done)
    r"\bslutförd\b|\bslutfört\b|\båterrapporterat\b|\bklar\b(?!-\w)|\bklart\b(?!-\w)|"
    r"\bgenomförd\b|"
    r"\bgenomfört\b|\bär\s+(?:\w+\s+){0,2}antagen\b|\bklar(?:t)?\s+att\s+avsluta|"
    r"\bstryks\b|\bstängs\b|"
    # "tas bort från balanslistan / uppföljningslistan / ärendelistan": any list of
    # matters the forum keeps.
    r"\btas\s+bort\s+från\s+(?:\w+\s+)?\w*listan\b|"
    r"\bär\s+besvarad\b|\bär\s+besvarat\b|\blevererad\b|\blevererat\b|"
    r"\blevererade\b|\butförd\b|\butfört\b|\båtgärdad\b|\båtgärdat\b|\binköpt[a]?\b|"
    r"\bpå\s+plats\b|"
    + _HANDLED + "|"
    # "Därmed är förvaltningens uppdrag redovisat", "Uppdraget anses slutredovisat": an
    # assignment reported back is done (a report of some other thing is not: "Delrapporten
    # är redovisad" keeps the matter going, so the noun of the assignment must stand there).
    r"\b(?:är|anses)\s+(?:\w+\s+){0,3}?uppdrag(?:et)?\s+(?:\w+\s+)?(?:slut)?redovisa[dt]\b|"
    r"\buppdrag(?:et)?\s+(?:är|anses)\s+(?:\w+\s+){0,2}?(?:slut)?redovisa[dt]\b|"
    # "Tjänsten blir 100 % och annonseras i januari. Besvarat.": the answer as a status
    # of its own (not "har besvarat", which tells who answered).
    r"(?:(?<=[.:;–]\s)|(?<=[.:;–])|^)(?:frågan\s+(?:är\s+)?)?besvara[dt]\s*(?=[.;]|$)|"
    + DONE_STATUS,
    re.IGNORECASE,
)
#: A decision on a tabled or sent-back ärende (or on a proposal an assignment asked for).
DECIDE_WORDS = re.compile(
    r"\bbeslutar\s+(?:\w+\s+){0,2}enligt\b|\benligt\s+(?:förvaltningens\s+|arbetsutskottets\s+)?"
    r"förslag(?:et)?\b|\bantar\b|\bfastställer\b|\bgodkänner\b|\bbifaller\b|\bavslår\b|"
    r"\böverlämnar\b|\bföreslår\s+kommunfullmäktige\b|"
    # The same decisions in the passive: "Positivt förhandsbesked lämnas", "Planen antas",
    # "Ansökan beviljas".
    r"\b(?:antas|fastställs|godkänns|bifalls|avslås)\b|"
    r"\bbeviljas\b(?!\s+(?:\w+\s+){0,2}(?:anstånd|förlängning|uppskov|mer\s+tid))|"
    r"\b(?:positivt|negativt)\s+förhandsbesked\s+(?:lämnas|ges)\b|"
    r"\blämnar\s+(?:positivt\s+|negativt\s+)?förhandsbesked\b|"
    # "Nämnden beviljar strandskyddsdispens" decides the application; "beviljar anstånd"
    # only gives it more time.
    r"\bbeviljar\b(?!\s+(?:\w+\s+){0,2}(?:anstånd|förlängning|uppskov|mer\s+tid))|"
    # "Nämnden beslutar att takrenoveringen genomförs": a decision on the matter itself,
    # not one that hands it on, puts it off or gives a new assignment.
    # (Told in the past, as a company board's minutes do: "Styrelsen beslutade att
    # godkänna tilldelningsbeslutet", "Styrelsen godkände …".)
    r"\b(?:godkände|antog|fastställde|biföll|avslog)\b|"
    r"\bbeslut(?:ar|ade)\s+att\s+(?!(?:\w+\s+){0,2}(?:ge|uppdra|återremittera|bordlägga|"
    r"förlänga|skjuta|avvakta|invänta|remittera|begära\s+in)\b)|"
    r"\bföreslår\s+(?:kommunstyrelsen|nämnden|fullmäktige|regionstyrelsen|styrelsen)\s+(?:att\s+)?"
    r"(?:anta|godkänna|fastställa|besluta)\b|\bskickar\s+\w+\s+på\s+(?:samråd|remiss)\b|"
    + _PROPOSED_DECISION,
    re.IGNORECASE,
)
#: Words that keep a matter open (a new date and a history entry, no new item).
CONTINUE_WORDS = re.compile(
    r"\bkvarstår\b|\bkvarstående\b|\bpågår\b|\bnytt\s+datum\b|\båterstår\b|\bny\s+tidplan\b|\btill\s+nästa\s+(?:möte|sammanträde)\b|"
    r"\bbordläggs\b|\bsenareläggs\b|\bskjuts\s+upp\b|\bskjuts\s+(?:fram\s+)?till\b|"
    # "Redovisningen kan därför inte ske i maj utan beräknas till junimötet", "… kommer
    # till junisammanträdet": the report is put off to a later meeting.
    r"\butan\s+beräknas\b|\bkommer\s+till\s+(?:\w+\s+)?[\wåäö]*(?:sammanträdet|mötet)\b|"
    r"\bflyttad\b|\bförsenad\b|\bförsenat\b|"
    r"\bdelredovisning\b|\btas\s+upp\s+igen\b|\båterkommer\b|\bingen\s+förändring\b|"
    r"\bej\s+klar\b|\binte\s+klar\b|\binte\s+klart\b|\bfortsätter\b|\bbehandlas\s+i\b|"
    r"\bfortsatt\s+öppen\b|\bbevakas\b|\bligger\s+kvar\b|\bstår\s+kvar\b|\buppskjuten\b|\bavvaktar\b|\bväntar\s+på\b|\bväntar\s+fortfarande\b|"
    # "25-41: ingen ändring, PL frånv. Kvar.": the status word alone, as the last word.
    r"\bingen\s+ändring\b|(?:^|[.;,:]\s+)kvar\.?\s*$|"
    # "Fem av sex åtgärdade": a count of the parts done, the rest left.
    r"\b(?:\d{1,3}|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio)\s+av\s+(?:\d{1,3}|två|tre|"
    r"fyra|fem|sex|sju|åtta|nio|tio|elva|tolv)\s+(?:[\wåäö]+\s+){0,2}?[\wåäö]+(?:ade|ad|at|ats|"
    r"dda|dd|da|de|ta|t)\b",
    re.IGNORECASE,
)
#: "26-05: se p. 2.", "– se punkt 7", "(se § 12)": the agenda point a passage sends the
#: reader to, by its number (:func:`tracker.services.linking._follow_pointers`).
POINTS_TO = re.compile(r"\bse\s+(?:p\.|punkt|§|paragraf)\s*(\d{1,3})\b", re.IGNORECASE)
#: A part just before a done-word: a month, a stage, a numbered part.
_PART = re.compile(
    r"\b(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|"
    r"december|del(?:en)?|delen\s+\w+|etapp(?:en)?|steg(?:et)?|fas(?:en)?|"
    r"(?:första|andra|tredje)\s+(?:delen|etappen|steget|fasen|halvan))(?:\s+\d{1,2})?\s*$|"
    # "Utkast klart, tas på APT i april": a draft is a step, not the matter.
    r"\butkast(?:et)?(?:\s+(?:är|var))?\s*$|"
    # "… har 11 av 17 genomfört den", "8 av 10 skolor är klara": a count of a part.
    r"\b\d+\s+av\s+\d+\s+(?:[\wåäö]+\s+){0,2}$",
    re.IGNORECASE,
)
#: "… har 11 av 17 genomfört den": a count of a part just before a done-word.
_COUNT_PART = re.compile(r"\b\d+\s+av\s+\d+\s+(?:[\wåäö]+\s+){0,2}$", re.IGNORECASE)
#: A clause of time just before a done-word ("tills …", "när …", "innan …").
_UNTIL = re.compile(r"\b(?:tills|till\s+dess(?:\s+att)?|innan|förrän|så\s+snart|när)"
                    r"(?:\s+[\wåäöé-]+){1,5}\s*$", re.IGNORECASE)
_NEGATED_DONE = re.compile(
    r"\b(?:inte|ej|ännu\s+inte)\s+(?:\w+\s+){0,2}(?:klar|klart|genomför[dt])\b", re.IGNORECASE
)


#: "IVO har ännu inte meddelat om tillsynsärendet avslutas", "frågar om punkten kan
#: stängas": a done-word in a clause of whether (after a word of telling or asking, "om"
#: without "att") says what is asked or awaited, not what is.
_WHETHER = re.compile(
    # (Verbs only: "Frågan om skolskjutsen avslutas" closes the question.)
    r"\b(?:meddela[rt]?|meddelat|meddelade|frågar|frågade|undrar|undrade|veta|vet|"
    r"avgör[as]*|avgjort|bedöm(?:er|a|s)|klargör[as]*|utreder|utreda)\s+om\s+(?!att\b)"
    r"(?:[\wåäöÅÄÖ:-]+\s+){1,5}$",
    re.IGNORECASE,
)
#: "går till nämnden i december i stället för att vara klar 1 december": a done-word
#: as an infinitive's complement says what was meant to be, not what is.
_INFINITIVE_BEFORE = re.compile(r"\batt\s+(?:vara|bli)\s+(?:helt\s+)?$", re.IGNORECASE)
#: A negation just before a word: "har ännu inte levererat", "är ej åtgärdat".
_DENIED_BEFORE = re.compile(r"\b(?:inte|ej|aldrig)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


#: A decision to put the matter off or send it back ("bordläggs", "beslutar att
#: återremittera"); not the history of the ärende ("Ärendet återremitterades den 25
#: mars", "ärende efter återremiss").
_PUT_OFF = re.compile(r"\b(?:bordlägg(?:s|er|a)|återremitter(?:as|ar|a))\b", re.IGNORECASE)
#: A decision that moves the matter's report to a later time ("… beslutar att
#: redovisningen flyttas till februari 2027", "skjuts upp till mars"): it stays open.
_MOVED = re.compile(
    r"\b(?:flyttas|skjuts|förskjuts|senareläggs)\s+(?:upp\s+|fram\s+)?till\b", re.IGNORECASE
)

#: More time granted is no decision on the matter: "Anstånd beviljas till 31 januari".
_MORE_TIME = re.compile(r"\b(?:anstånd|förlängning|uppskov|mer\s+tid)\s+(?:\w+\s+){0,2}?"
                        r"(?:beviljas|beviljades|godkänns|godkändes|medges|medgavs)\b",
                        re.IGNORECASE)


_DECIDES_THAT = re.compile(r"beslut(?:ar|ade)\s+att\b", re.IGNORECASE)


def effect_of(text: str, *, by_verb: bool = False) -> str | None:
    """What a passage does to the matter it speaks of: "close", "decide" (a decision that
    closes a tabled or sent-back ärende), "update" or None (it only discusses it).

    ``by_verb``: when no listed word says it, read the verbs of the passage's sentences
    (:func:`_effect_by_verb`); for a short unit about one matter (a labelled or numbered
    line, a table row), not a § block of many sentences about many things."""
    cont = CONTINUE_WORDS.search(text)
    # "kvarstår tills absorbenterna är monterade": a done-word in a clause of time
    # says what the matter waits for, not that it is done.
    # "januari klar – februari och mars återstår", "etapp 1 klar": a part is done, not
    # the matter.
    # "leverantören har ännu inte levererat": a closing word denied says it is not done.
    # "… har 11 av 17 genomfört den": a part done is the matter going on.
    partial = any(_COUNT_PART.search(text[: m.start()]) for m in CLOSE_WORDS.finditer(text))
    closes = [m for m in CLOSE_WORDS.finditer(text)
              if not _UNTIL.search(text[: m.start()]) and not _PART.search(text[: m.start()])
              and not _DENIED_BEFORE.search(text[: m.start()])
              and not _INFINITIVE_BEFORE.search(text[: m.start()])
              and not _WHETHER.search(text[max(0, m.start() - 80) : m.start()])]  # fmt: skip
    close = closes[0] if closes else None
    if close and _NEGATED_DONE.search(text):
        close = None
    if close and cont:
        # The later statement wins: "Pågår … klart i maj" is open, "… kvarstod, nu klar"
        # closed.  Judged by the last word of each kind.
        last_close = max(m.start() for m in closes)
        last_cont = max(m.start() for m in CONTINUE_WORDS.finditer(text))
        # A future tense after the closing word ("klart i september", "blir klart")
        # keeps it open.
        # "Pågår, klar 31 mars": after a word of going on, a date right after "klar" is
        # when it is to be done (alone, "Klar 12/3" may tell when it was done).
        dated = _DATED_DONE.match(text, last_close) is not None
        return ("close" if last_close > last_cont and not _FUTURE_DONE.search(text)
                and not dated else "update")  # fmt: skip
    if close and not _FUTURE_DONE.search(text):
        return "close"
    decided = DECIDE_WORDS.search(_MORE_TIME.sub(" ", text))
    if decided and _MOVED.search(text, decided.end()):
        return "update"  # the decision itself puts the matter off
    if decided and _DECIDES_THAT.match(decided.group(0)) and (
            going := CONTINUE_WORDS.search(text, decided.end())) and (
            not re.search(r"[.;!?]", text[decided.end() : going.start()])):
        # "Styrelsen beslutade att ärendet återkommer vid styrelsemötet i september":
        # what is decided is that the matter goes on.
        return "update"
    if decided and not _PUT_OFF.search(text):
        return "decide"
    if cont or close or partial:
        return "update"
    return _effect_by_verb(text) if by_verb else None


def _effect_by_verb(text: str) -> str | None:
    """What the text's sentences say by their verbs when no listed word does
    ("Fönstren är tätade", "Redovisningen skjuts till september"): the last sentence
    that says anything decides, as the later word does above."""
    last = None
    row = text.count("|") >= 2
    cells = text.split("|")
    if row:
        # "5 | Gå igenom och rensa … | Petra | mars | Påbörjad, ca hälften kvar.": the
        # row's task cell says what is to be done (an imperative the verb reading may take
        # for a statement); what has become of it stands in the cells after it.
        while cells and (not cells[0].strip() or row_number(cells[0])
                         or re.fullmatch(LINE_CODE, cells[0].strip().rstrip("*"))):
            cells = cells[1:]
        cells = cells[1:]
    for cell in cells:  # a table row: each cell says its own
        for _off, sentence in sentences(cell):
            found = read_state(_LEAD.sub("", sentence))
            if found is None and row:
                # "| Bokad 12/3 |": a status cell's participle is about the row's matter,
                # which the row names in another cell.
                found = read_state("Punkten " + _LEAD.sub("", sentence))
            if found is None and by_own_object(sentence) is not None:
                last = "done"  # "Samtliga arbetslag har lämnat in sin reflektion"
            elif found is not None:
                last = found[2]
    return {"done": "close", "open": "update"}.get(last or "")


#: "Status:", "Kommentar:" before a statement: no subject.
_LEAD = re.compile(r"^\s*(?:status|kommentar|notering|läge)\s*:\s*", re.IGNORECASE)


#: "klar 31 mars", "klart 15/4", "klar v. 12", "klar 2026-03-31": a done-word and a date.
_DATED_DONE = re.compile(
    r"klar[t]?\s+(?:den\s+)?(?:\d{1,2}\s*(?:/\s*\d{1,2}|(?:jan|feb|mar|apr|maj|jun|jul|aug|"
    r"sep|okt|nov|dec)[a-zåäö]*\b)|v\.\s*\d|vecka\s+\d|(?:19|20)\d\d-\d\d)",
    re.IGNORECASE,
)
_FUTURE_DONE = re.compile(
    r"\b(?:blir|beräknas\s+(?:bli|vara)|ska\s+vara|väntas\s+bli)\s+(?:\w+\s+)?klar|"
    # "klart till oktober", "klar senast v. 40": a due date, not done.
    # "Klart: 2025-09-30" / "Klar: v. 40": the field of a deadline.
    r"\bklar[t]?\s*:\s*(?=\d|v\.|vecka|senast|januari|februari|mars|april|maj|juni|juli|"
    r"augusti|september|oktober|november|december|nästa)|"
    r"\bklar[t]?\s+(?:till|senast|under|före|efter|i\s+(?:januari|februari|mars|april|maj|"
    r"juni|juli|augusti|september|oktober|november|december|vår|höst))\b",
    re.IGNORECASE,
)


def normal_dnr(value: str | None) -> str:
    """A dnr for comparison: upper case, no spaces or "Dnr"."""
    if not value:
        return ""
    text = re.sub(r"(?i)^dnr\.?\s*:?", "", value.strip())
    return re.sub(r"[\s.\-]", "", text).upper()


#: "c) ", "b. ", "– ", "• ", "14.2 ": the mark of a list entry (a number in parts is
#: no list number of its own: headings are numbered so too).
_LIST_MARK = re.compile(r"^\s*(?:[a-zåäö][.)]|[-–•*·]|\d{1,3}\.\d{1,2}\.?)\s+")


#: "Nästa möte", "Nästa APT", "Nästa sammanträde", "Nästa LG-möte", "Nästa KLG": the
#: next meeting (a forum's abbreviation in capitals names its meeting).
_NEXT_MEETING = re.compile(
    r"^\s*nästa\s+(?:[\wåäö]+-)?(?:möte|mötet|sammanträde|sammanträdet|apt|träff|träffen|"
    r"arbetsplatsträff|arbetsplatsträffen|(?-i:[A-ZÅÄÖ]{2,6}))\s*$",
    re.IGNORECASE,
)


def label_of(text: str) -> str | None:
    """The topic label before a colon ("Skyddsronder: …" → "Skyddsronder") or a dash
    ("Raster natt Björkgården – nytt schema …"), or None.  A list mark before it ("c)
    Riskbedömning Öster: …", "– Humlan: …") is no part of it."""
    bare = _LIST_MARK.sub("", text, count=1)
    # After a number in parts only a label with a colon: "3.2 Ventilation Storgatan 9 –
    # tvättstugan" is a numbered heading, not a label.
    dotted = bare != text and re.match(r"\s*\d", text) is not None
    text = bare
    m = _LABEL.match(text) or (None if dotted else _DASH_LABEL.match(text))
    if not m and dotted:
        # "4.2 Lönekartläggning för sjuksköterskor (Vårdförbundet). Analysen är inte
        # färdig.": a numbered point's title ended by a stop, its text on the same line.
        m = _TITLE_STOP.match(text)
        if m and _CLAUSE_VERB.search(m.group(1)):
            m = None  # "4.4 Kommunen har tagit fram planen. …": a sentence, no title
    if not m:
        return None
    label = m.group(1).strip()
    words = re.findall(r"[\wåäöÅÄÖé-]+", label)
    if not words or len(words) > _MAX_LABEL_WORDS:
        return None
    first = words[0].casefold()
    # "Ersättare för Karin Boström", "Datum för skyddsronden": a word of the meeting's
    # facts with what it is for names a matter; alone ("Ersättare:") or said by a
    # party ("Arbetsgivaren om …") it does not.
    phrase = (len(words) >= 3 and words[1].casefold() in _OF_WORDS
              and first not in _SPEAKERS)  # fmt: skip
    if (first in _NOT_TOPICS and not phrase) or (
        len(words) <= 3 and all(w.casefold() in _NOT_TOPICS for w in words)
    ):
        return None
    if re.fullmatch(r"\d+", label):
        return None
    if _NEXT_MEETING.match(label):
        return None  # "Nästa APT: 2026-03-10": the meeting's own fact, no matter
    if len(words) <= 2 and all(w[:1].isupper() for w in words) and (
        words[0].split("-")[0] in first_names()
    ):
        # "Marie: två läckor …, reparationerna är klara": a round of the table, the
        # speaker's name, names no matter (closing by it closed whatever Marie said
        # before).
        return None
    if len(words) >= 2 and words[0].casefold().endswith("s") and words[1].casefold() in (
            "beslut", "beslutet", "förslag", "yrkande", "yttrande"):
        # "Arbetsutskottets beslut: …", "Nämndens förslag till fullmäktige: …": a body's
        # decision or proposal, not a topic.
        return None
    if (len(words) >= 3 and words[0][:1].isupper() and words[1][:1].isupper()
            and re.fullmatch(r"[a-zåäö]+(?:ar|er|ir)", words[2])) or (
            len(words) >= 2 and words[0] in first_names()
            and re.fullmatch(r"[a-zåäö]{3,}(?:ar|er|ir)", words[1])):
        # "Jessica Borg presenterar förslaget: en extra …", "Johan presenterar utkastet:
        # …": a person doing something,
        # a sentence before its colon, not a topic.
        return None
    return label



#: "Diskmaskinen är lagad", "Introduktionsmaterialet för elevassistenter är klart",
#: "Skyltarna har bytts": the thing done, then the word that says so.
_DONE_SUBJECT = re.compile(
    r"^\s*(?P<subj>(?-i:[A-ZÅÄÖ])[\wåäöé-]+(?:\s+[\wåäöé-]+){0,5}?)\s+"
    r"(?:(?:är|blev)\s+(?:nu\s+|numera\s+)?(?:klar|klart|klara|lagad|lagat|lagade|åtgärdad|"
    r"åtgärdat|åtgärdade|genomförd|genomfört|genomförda|levererad|levererat|levererade|"
    r"installerad|installerat|installerade|utbytt|utbytta|bytt|bytta|reparerad|reparerat|"
    r"fixad|fixat|löst|besvarad|besvarat|inköpt|inköpta|på\s+plats|beslutad|beslutat|"
    r"fastställd|fastställt|antagen|antaget)|"
    r"har\s+(?:nu\s+)?(?:lagats|åtgärdats|genomförts|levererats|installerats|bytts|"
    r"reparerats|fixats|lösts|besvarats|köpts\s+in|kommit\s+på\s+plats))\b",
    re.IGNORECASE,
)
#: Words that make the part before "är klart" a clause, not a thing.
_CLAUSE_WORDS = frozenset(
    [
        "att",
        "som",
        "om",
        "när",
        "hur",
        "vad",
        "det",
        "den",
        "detta",
        "han",
        "hon",
        "vi",
        "de",
        "man",
    ]
)


def done_subject(text: str) -> str | None:
    """The thing a done-statement opens with ("Diskmaskinen är lagad." → "Diskmaskinen"),
    used as the topic label of a closing sentence; None when the sentence opens with a
    person, party or clause ("Arbetsgivaren informerar om att planen är klar")."""
    m = _DONE_SUBJECT.match(text)
    if not m:
        return None
    subj = m.group("subj")
    words = [w.casefold() for w in re.findall(r"[\wåäöé-]+", subj)]
    if words[0] in _NOT_TOPICS or _CLAUSE_WORDS & set(words):
        return None
    return subj


def identity_of(text: str) -> tuple[str | None, str | None, str | None]:
    """What identifies the matter of a passage read alone (one the secretary marked):
    (dnr, list number, topic label) – "Dnr BN 2025/14", "14 (Trafikverket): …",
    "Skyddsronder: …"."""
    first = text.strip()
    dnr_m = DNR.search(text)
    m_ref = numbered_ref(first)
    m_item = NUMBERED_ITEM.match(first)
    ref = (m_ref or m_item).group(1) if (m_ref or m_item) else None
    label = ref_label(m_ref) if m_ref else label_of(first)
    return (dnr_m.group(1) if dnr_m else None), ref, label


# --- reading the document -------------------------------------------------------------


#: The signatures that end the minutes ("Ordförande: … Justerare: …", "Vid protokollet",
#: "Justeras").
