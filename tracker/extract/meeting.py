"""Meeting facts from minutes: forum, organisation, date, time, place, who was present or
absent, the signatories (justerare), the chair and the next meeting date.

Minutes write these as labelled blocks ("Närvarande:", "Förhinder", "Tidpunkt:",
"Plats:", "Justerare:") whose values follow on the same or the next lines, as a title
("Protokoll från förvaltningsgruppen den 12 mars 2024") and as sentences ("Lars Wennberg
öppnade mötet", "Nästa sammanträde äger rum den 14 maj").  Minutes copied from the web
add a breadcrumb ("Hem > Tyresö kommun > Barn- och utbildningsnämnden > Sammanträde
2023-10-25") and the page's own dates ("Publicerad", "Senast uppdaterad"), which are not
the meeting's; the posting block ("ANSLAG/BEVIS") names the body and the date in fields
("Organ", "Nämnd Sammanträdesdatum" over the values).  The meeting date never comes
from the clock: written without a year it takes the year the document gives.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from tracker.domain import Line, Meeting, Person
from tracker.extract.dates import MEETING_NOUNS, WEEKDAYS, Period, find_periods
from tracker.extract.phrases import Aliases, aliases
from tracker.extract.sections import Structure

_LABEL = re.compile(
    r"^(?P<label>närvarande\s+ledamöter|närvarande\s+ersättare|närvarande|beslutande|"
    r"ledamöter|tjänstgörande\s+ersättare|ej\s+tjänstgörande\s+ersättare|ersättare|"
    r"övriga\s+närvarande|övriga\s+deltagande|övriga\s+deltagare|övriga|deltagare|"
    r"närvarande\s+från\s+\w+|frånvarande|förhinder|anmält\s+förhinder|förhindrade|"
    r"ej\s+närvarande|tid\s+och\s+plats|plats\s+och\s+tid|tidpunkt|tid|datum|"
    r"sammanträdesdatum|mötesdatum|plats|lokal|justerare|justerande|ordförande|"
    r"mötesordförande|mötesledare|sekreterare|protokollförare|antecknare|sekreterare|"
    # terse notes: "Närv: …", "Ej närv: …", "Ant: Sara"
    r"ej\s+närv\.?|närv\.?|ant\.?|"
    # a project's minutes: "Styrgrupp:" and "Adjungerade:" list those present
    r"styrgrupp|styrgruppen|adjungerade|adjungerad)"
    r"\s*(?::\s*(?P<rest>.*)|$)",
    re.IGNORECASE,
)
_LABEL_ABBREV = {"närv": "närvarande", "ej närv": "ej närvarande", "ant": "antecknare"}
#: "EC Lena Gustavsson", "vik USK Filippa Dahl": a title written as an abbreviation
#: before the name in a list of those present.
_ROLE_PREFIX = re.compile(r"^(?P<role>(?:vik\.?\s+)?[A-ZÅÄÖ]{2,4})\s+(?=[A-ZÅÄÖ][a-zåäöé])")
_PRESENT = ("närvarande", "beslutande", "ledamöter", "tjänstgörande", "ersättare", "övriga",
            "deltagare", "ej tjänstgörande", "styrgrupp", "adjungerad")  # fmt: skip
_ABSENT = ("frånvarande", "förhinder", "anmält förhinder", "förhindrade", "ej närvarande")
_NAME = re.compile(
    r"^[A-ZÅÄÖÉÜ][\wåäöéü'’-]+(?:\s+(?:af\s+|von\s+|de\s+|van\s+)?[A-ZÅÄÖÉÜ][\wåäöéü'’-]+){1,3}$"
)
_FIRST = re.compile(r"^[A-ZÅÄÖÉ][a-zåäöéü]+$")
_TITLE_BODY = re.compile(
    r"(?:protokoll|minnesanteckningar|minnesanteckning|mötesanteckningar|anteckningar|"
    r"sammanträdesprotokoll|mötesprotokoll)\s+"
    # "Protokoll nr 32 (10-5)", "Protokoll nr 3/2014": a number, no name
    r"(?:nr\.?\s*\S+\s+(?:\(\S+\)\s+)?)?"
    r"(?:(?:från|för|vid|över|fört\s+vid)\b)?\s*"
    # "Minnesanteckningar – Regional samverkansgrupp": a dash between title and name
    r"(?:[–-][ \t]+)?"
    r"(?:mötet\s+(?:med|i)\s+|sammanträde\s+med\s+|möte\s+med\s+|möte\s+i\s+)?"
    # The name stays on its line ("Minnesanteckningar arbetsmiljögrupp" / "Tekniska
    # förvaltningen …" is the arbetsmiljögrupp).
    r"(?P<body>(?:[A-ZÅÄÖ][\wåäö]*-\s+och\s+)?[\wÅÄÖåäö-]+(?:[ \t]+[\wÅÄÖåäö-]+){0,2}?)"
    r"(?=[ \t]+(?:den|\d|i|på|–|-|,|för|vid|med|hos|\(|$)|[ \t]*(?:\n|$)|,)",
    re.IGNORECASE,
)
_BODY_WORD = re.compile(
    # "Kommunala pensionärsrådet", "Kommunstyrelsens arbetsutskott"
    r"\b((?:[A-ZÅÄÖ][\wåäö]*s\s+|[A-ZÅÄÖ][a-zåäö]+a\s+(?=[a-zåäö]))?"
    r"(?:[A-ZÅÄÖ][\wåäö]*-\s+och\s+)?(?:[A-ZÅÄÖa-zåäö][\wåäö-]*)?"
    r"(?:nämnden|styrelsen|fullmäktige|gruppen|kommittén|utskottet|arbetsutskott|rådet|"
    r"beredningen|beredning)|"
    r"Kommunstyrelsen|Kommunfullmäktige|Regionstyrelsen|Arbetsplatsträff|APT|FVG|SVG|CSG|LSG|"
    # a kommunalförbund's board; a unit's staff meeting ("ENHETSMÖTE 6/11 2024")
    r"Direktionen|Enhetsmöte|Enhetsmötet)\b"
    # a project's steering group: "Styrgruppsmöte – projekt e-bygglov" is its meeting
    r"|\b(Styrgrupp)(?=smöte\b)"
)
_NOT_BODY = re.compile(
    r"^(?:sammanträdesdatum|datum|den|nr|från|mötet|möte|sammanträdet|sammanträde|tid|plats|"
    r"protokoll|sammanträdesprotokoll|minnesanteckningar|anteckningar)$",
    re.IGNORECASE,
)
_ORG = re.compile(
    r"\b([A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+)?\s+(?:kommun|stad|stadsdelsförvaltning|"
    r"stadsdelsnämnd|stadsdelsförvaltningen|förvaltning|region)|Region\s+[A-ZÅÄÖ][\wåäö-]+)\b"
)
_TIME = re.compile(r"\b(?:kl\.?|klockan)\s*(\d{1,2})(?:[.:](\d{2}))?|\b(\d{1,2})[.:](\d{2})\s*[-–]")
_OPENED = re.compile(
    r"(?m)(?:^|\.\s+)(?P<name>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){0,2})\s+"
    r"(?:öppnade|öppnar|förklarade|förklarar|hälsade|hälsar)\s+(?:\w+\s+)?"
    r"(?:mötet|sammanträdet|alla|samtliga)"
)
_NEXT = re.compile(
    r"\bnästa\s+(?:ordinarie\s+)?(?:" + MEETING_NOUNS + r")\b"
    r"(?:\s*(?:är|blir|äger\s+rum|hålls|sker|planeras|preliminärt|bokas|:|–|-|den|till|på|"
    r"(?:med|för)\s+(?:[\wåäö]+s\s+)?[\wåäö-]+(?:en|et|na)(?!\w)|"  # "med arbetsutskottet"
    r"äger\s+rum\s+den|är\s+planerat\s+till|är\s+den|"
    r"[\wåäö-]+:))*",  # "Nästa RSG Primärvård: torsdag 13 november": the unit, then a colon
    re.IGNORECASE,
)
_ADJ_SENTENCE = re.compile(
    r"(?:till\s+(?:att\s+)?justera(?:re|nde)?\s+(?:protokollet\s+)?(?:valdes|utses|utsågs|väljs)|"
    r"(?:att\s+)?(?:jämte\s+ordföranden\s+)?justera\s+(?:dagens\s+)?protokoll(?:et)?\s+"
    r"(?:valdes|utses|utsågs|väljs)|justerare\s+(?:valdes|utses|utsågs|blev|är))\s*:?\s*"
    r"(?P<names>[^.]+)",
    re.IGNORECASE,
)
_SIGN = re.compile(
    r"^(?P<name>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,3})\s+för\s+(?P<org>.+)$"
)
_GROUP_HINT = re.compile(
    r"förvaltning|organisationer|sidan|arbetsgivare|arbetstagare|fackliga|ledamöter|"
    r"ersättare|tjänstemän|tjänstepersoner|övriga|förtroendevalda|personalföreträdare",
    re.IGNORECASE,
)


def _join(lines: list[Line]) -> str:
    return " ".join(" ".join(ln.text.split()) for ln in lines)


def _join_lines(lines: list[Line]) -> str:
    """The lines' texts, one a line (a name read from them keeps to its line)."""
    return "\n".join(" ".join(ln.text.split()) for ln in lines)


def _split_names(text: str) -> list[str]:
    parts = re.split(r",|;|\s+och\s+|\s+samt\s+|\s+&\s+", text)
    return [p.strip(" .") for p in parts if p.strip(" .")]


def _split_outside_brackets(text: str) -> list[str]:
    """``text`` split at the commas outside brackets."""
    parts: list[str] = []
    depth, start = 0, 0
    for i, ch in enumerate(text):
        depth += (ch == "(") - (ch == ")")
        if ch == "," and depth == 0:
            parts.append(text[start:i].strip())
            start = i + 1
    parts.append(text[start:].strip())
    return [x for x in parts if x]


def _person_line(text: str, group: str | None, al: Aliases) -> list[Person]:
    """People on one line of a present/absent/justerare block."""
    text = text.strip(" ,.-–•")
    if not text:
        return []
    # "Jonas Hedlund, IT-chef (JH, ordf.); Henrik Sandberg, sektionschef (HS)": one person
    # with a role per semicolon; each part read as a line of its own.
    parts = [p for p in (x.strip() for x in text.split(";")) if p]
    if len(parts) > 1 and ":" not in text:
        found = [_person_line(p, group, al) for p in parts]
        if all(found):
            return [p for ps in found for p in ps]
    # "Ingela Nordström (IN, förvaltningschef), Per-Olof Granström (PG, fritidschef), …":
    # people with their roles in brackets, commas inside the brackets; each part by itself.
    outside = _split_outside_brackets(text)
    if len(outside) > 1 and ":" not in text and sum(
        1 for x in outside if re.match(r"^[^,()]+\([^)]+\)\s*$", x)
    ) >= 2:
        found = [_person_line(x, group, al) for x in outside]
        if all(found):
            return [p for ps in found for p in ps]
    # "Vision: Indu Bala Chopra, Maria Ahumada" / "Arbetsgivaren: Lars Wennberg"
    if ":" in text:
        org, _, rest = text.partition(":")
        org_c = al.canonical(org.strip())
        return [Person(n, org_c) for n in _split_names(rest) if _NAME.match(n)]
    # "Anna Andersson (S), ordförande"
    m = re.match(r"^(?P<name>[^,(]+?)\s*\((?P<party>[^)]+)\)\s*,?\s*(?P<role>.*)$", text)
    if m and (_NAME.match(m.group("name").strip()) or _FIRST.match(m.group("name").strip())):
        if not al.is_party(m.group("party")) and not re.fullmatch(r"[A-ZÅÄÖ]{1,3}", m.group(
            "party"
        )):
            # "Nina (enhetschef)": a role in the brackets, not a party.
            rest = m.group("role").strip(" ,")
            people = [Person(m.group("name").strip(), group, m.group("party").strip())]
            people += [Person(n, group) for n in _split_names(rest) if _NAME.match(n) or
                       _FIRST.match(n)]
            return people
        return [Person(m.group("name").strip(), m.group("party").strip(),
                       m.group("role").strip(" ,") or None)]
    # "Lars Wennberg, avdelningschef nämndkansliet" / "Anna Ek, Vision" /
    # "Lars Wennberg för arbetsgivaren"
    sm = _SIGN.match(text)
    if sm:
        return [Person(sm.group("name"), al.canonical(sm.group("org")))]
    rm = _ROLE_PREFIX.match(text)
    if rm and _NAME.match(text[rm.end():].split(",")[0].strip()):
        # "EC Lena Gustavsson, SSK Ahmed Rahimi, vik USK Filippa Dahl"
        out = []
        for n in _split_names(text):
            pm = _ROLE_PREFIX.match(n)
            bare = n[pm.end():].strip() if pm else n
            if _NAME.match(bare):
                out.append(Person(bare, group, pm.group("role") if pm else None))
        return out
    name, _, rest = text.partition(",")
    name = name.strip()
    if _NAME.match(name):
        rest = rest.strip()
        if rest and al.is_party(rest):
            return [Person(name, al.canonical(rest))]
        first_rest = rest.split(",")[0].strip()
        if rest and _NAME.match(first_rest) and not re.search(r"[a-zåäö]{4,}chef", rest):
            # "Anna Ek, Per Olsson, Eva Berg": a plain list of names
            return [Person(n, group) for n in _split_names(text) if _NAME.match(n)]
        role_parts = [p.strip() for p in rest.split(",") if p.strip()]
        org = group
        role = None
        for part in role_parts:
            if al.is_party(part):
                org = al.canonical(part)
            elif role is None:
                role = part
        return [Person(name, org, role)]
    return []


def _collect_blocks(lines: list[Line]) -> dict[str, list[str]]:
    """Label → value lines, for the labelled blocks among ``lines``."""
    blocks: dict[str, list[str]] = {}
    current: str | None = None
    names_at: dict[int | None, tuple[int, int | None, int | None]] = {}
    for ln in lines:
        text = " ".join(ln.text.split())
        if not text:
            continue
        if ln.cells and current is not None:
            # A table of those present ("Part | Namn | Roll"): its header row is no
            # person; each row reads as "Name, role" or "Org: Name, Name".
            low = [c.strip().lower() for c in ln.cells]
            if "namn" in low:
                org = next((i for i, c in enumerate(low)
                            if c in ("part", "organisation", "förbund", "representerar")), None)
                role = next((i for i, c in enumerate(low)
                             if c in ("roll", "funktion", "befattning", "titel")), None)
                names_at[ln.table] = (low.index("namn"), org, role)
                continue
            if ln.table not in names_at:
                current = None  # another table (an action list) ends the list of people
                continue
            if ln.table in names_at:
                n_i, o_i, r_i = names_at[ln.table]
                cells = [" ".join(c.split()) for c in ln.cells] + [""] * 3
                names, org, role = cells[n_i], cells[o_i] if o_i is not None else "", (
                    cells[r_i] if r_i is not None else "")
                if org:
                    text = f"{org}: {names}"
                elif role and "," not in names:
                    text = f"{names}, {role}"
                else:
                    text = names
                blocks[current].append(text)
                continue
        m = _LABEL.match(text)
        if m:
            current = m.group("label").lower()
            current = re.sub(r"\s+", " ", current)
            current = _LABEL_ABBREV.get(current.rstrip("."), current)
            blocks.setdefault(current, [])
            if m.group("rest"):
                blocks[current].append(m.group("rest").strip())
            continue
        if current is None:
            continue
        # A whole sentence ends a list ("Justering sker fredagen den 15 februari.").
        if re.search(r"[.!?]$", text) and len(text.split()) > 6 and current not in ("plats",):
            current = None
            continue
        blocks[current].append(text)
    return blocks


def _people(values: list[str], al: Aliases, *, absent: bool = False) -> list[Person]:
    out: list[Person] = []
    group: str | None = None
    for text in values:
        stripped = text.strip(" ,")
        if not stripped:
            continue
        people = _person_line(stripped, group, al)
        if people:
            out.extend(people)
            continue
        if al.is_party(stripped):
            if absent:
                canon = al.canonical(stripped) or stripped
                out.append(Person(canon, canon))
            else:
                group = al.canonical(stripped)
            continue
        if _GROUP_HINT.search(stripped) and len(stripped.split()) <= 4:
            group = None if re.search(r"fackliga|organisationer|övriga", stripped, re.I) else (
                stripped
            )
            continue
        if absent and len(stripped.split()) <= 3 and stripped[:1].isupper():
            out.append(Person(stripped, stripped if not _NAME.match(stripped) else None))
    return out


_DOC_WORD = re.compile(
    r"(?:protokoll|minnesanteckningar|minnesanteckning|mötesanteckningar|anteckningar|"
    r"sammanträdesprotokoll|mötesprotokoll)\s+(?:(?:från|för|vid|över|fört\s+vid)\b)?\s*"
    r"(?:mötet\s+(?:med|i)\s+|sammanträde\s+med\s+|möte\s+med\s+|möte\s+i\s+)?"
    r"(?P<rest>[^\n]{0,80})",
    re.IGNORECASE,
)


#: Body nouns and their definite forms: the meeting of a "styrelse" is the Styrelsen's.
_BODY_NOUNS = {
    "nämnd": "nämnden", "styrelse": "styrelsen", "fullmäktige": "fullmäktige",
    "utskott": "utskottet", "råd": "rådet", "grupp": "gruppen", "kommitté": "kommittén",
    "beredning": "beredningen", "direktion": "direktionen",
}  # fmt: skip
_MEETING_WORD = re.compile(
    r"(?P<stem>[a-zåäö-]*?(?:" + "|".join(_BODY_NOUNS) + r"))s?"
    r"(?:möte|mötet|sammanträde|sammanträdet)",
    re.IGNORECASE,
)


def _body_of_meeting_word(word: str) -> str | None:
    """"Elevrådsmöte" → "Elevrådet", "styrelsesammanträde" → "Styrelsen"; None for a word
    that is no meeting of a body (a steering group's meeting stays "Styrgrupp", read by
    the body words)."""
    m = _MEETING_WORD.fullmatch(word.strip(",.:;–-"))
    if m is None or m.group("stem").lower().endswith("styrgrupp"):
        return None
    stem = m.group("stem")
    noun = next(n for n in _BODY_NOUNS if stem.lower().endswith(n))
    body = stem[: len(stem) - len(noun)] + _BODY_NOUNS[noun]
    return body[0].upper() + body[1:]


#: A body named in the genitive before the document or meeting word: "Direktionens
#: protokoll 31 maj 2024", "Protokoll från GRAMKO:s och SAM-kommitténs möte".
_GENITIVE_TITLE = re.compile(
    r"(?m)(?:^|\b(?:från|vid|för)\s+)"
    r"(?P<owners>(?:[A-ZÅÄÖ][\wÅÄÖåäö-]*(?::s|s)\s+(?:och|&)\s+)?"
    r"[\wÅÄÖåäö-]*(?:" + "|".join(_BODY_NOUNS.values()) + r"))s\s+"
    r"(?:protokoll|sammanträdesprotokoll|minnesanteckningar|möte|sammanträde)\b",
    re.IGNORECASE,
)


def _body_from(text: str, al: Aliases) -> str | None:
    g = _GENITIVE_TITLE.search(text)
    if g:
        owners = re.sub(r"(?::s|s)(?=\s+(?:och|&)\s)", "", g.group("owners"))
        return owners[0].upper() + owners[1:]
    d = _DOC_WORD.search(text)
    if d:
        words = d.group("rest").replace("(", " ").replace(")", " ").split()
        for n in (2, 1):
            if len(words) >= n:
                canon = al.forum_index.get(" ".join(words[:n]).lower().strip(",.:–-"))
                if canon:
                    return canon
        # "Protokoll nr tört vid styrelsesammanträde …": the meeting of a body, named by it.
        for word in words[:8]:
            derived = _body_of_meeting_word(word)
            if derived:
                return derived
    m = _TITLE_BODY.search(text)
    if m:
        raw = m.group("body").strip()
        raw = re.sub(r"\s+(?:den|i|på)$", "", raw)
        # "Socialnämndens arbetsutskott      Sammanträdesdatum 2025-06-03": a label of
        # the title block after the name is not part of it.
        while len(raw.split()) > 1 and _NOT_BODY.match(raw.split()[-1]):
            raw = raw.rsplit(None, 1)[0]
        # "Minnesanteckningar SVG äldreomsorg", "APT förskolan Solen": the forum word
        # comes first and the rest names the unit.
        for word in (raw.split()[0], raw):
            canon = al.forum_index.get(word.lower())
            if canon:
                return canon
        if (
            not _NOT_BODY.match(raw.split()[0])
            and not re.search(r"\d", raw)
            and not _ORG_WORD.search(raw)
        ):
            words = raw.split()
            # Keep a nämnd or group name whole, else the first word ("ledningsgruppen IFO").
            name = words[0] if re.search(r"(?:gruppen|nämnden|rådet|kommittén)$", words[0],
                                         re.IGNORECASE) else raw
            # "Protokoll fört vid styrelsemöte i Strömsundshem AB": the meeting of a
            # body, named by the body ("styrelse|möte" → "Styrelsen"), when that is a
            # body word.
            mm = re.fullmatch(r"(?i)([a-zåäö]{4,}?)s?möte[t]?", name)
            if mm:
                stem = mm.group(1)
                body = stem + ("n" if stem.endswith("e") else "en")
                if _BODY_WORD.fullmatch(body.lower()):
                    name = body
            # "Elevrådsmöte", "Börje Sportklubb styrelsemöte", "FBK extra styrelsemöte",
            # "styrelsesammanträde": the meeting of a body, named by the body.
            for word in raw.split():
                derived = _body_of_meeting_word(word)
                if derived:
                    return derived
            return name[0].upper() + name[1:]
    for m in _BODY_WORD.finditer(text):
        raw = m.group(1) or m.group(2)
        if _NOT_A_BODY_WORD.search(raw):
            continue  # "Klädförrådet" (a store room), "Länsstyrelsen" (the state's)
        if _ROLE_IN.search(text[max(0, m.start() - 40) : m.start()]):
            continue  # "Ordförande i kultur och fritidsnämnden Anna Ek": a guest's role
        return al.forum_index.get(raw.lower(), raw)
    return None


#: A role in another body before its name: "ordförande i", "ledamot i", "representant för".
_ROLE_IN = re.compile(
    r"\b(?:ordförande|ordföranden|ledamot|ledamöter|ersättare|representant|representanter|"
    r"sekreterare)\s+(?:i|för)\s+(?:[\wåäö-]+\s+och\s+)?$",
    re.IGNORECASE,
)


_ONE_WORD_BODY = re.compile(
    r"[A-ZÅÄÖ][a-zåäö]+(?:nämnden|styrelsen|fullmäktige|utskottet|kommittén)"
)
#: "Arbetsutskottets beslut", "Socialnämndens förslag till kommunfullmäktige": the body
#: that decides, named in the genitive over its decisions.
_DECIDER = re.compile(
    r"^(?P<body>[A-ZÅÄÖ][a-zåäö]*(?:nämnd|styrelse|utskott|kommitté|grupp)(?:en|et)?|"
    r"[A-ZÅÄÖ][a-zåäö]*fullmäktige|[A-ZÅÄÖ]+FULLMÄKTIGE)s\s+"
    r"(?:beslut|förslag|BESLUT)\b|"
    # "Hälso- och sjukvårdsnämnden beslutar": the body in the nominative, before its verb
    r"^(?P<body2>(?:[A-ZÅÄÖ][a-zåäö]*-\s+och\s+)?[A-ZÅÄÖa-zåäö][a-zåäö]*"
    r"(?:nämnden|styrelsen|utskottet|kommittén|beredningen))\s+beslutar\b"
)
#: The words of a web page or document host that date the page itself ("Publicerad
#: 2018-04-26 16:17", "Senast uppdaterad 3 maj 2024", "Sidan skapades …").
_PAGE_DATE_WORDS = (
    r"publicerad|publicerat|publicerades|publiceringsdatum|datum\s+för\s+publicering|"
    r"senast\s+(?:uppdaterad|ändrad|granskad|redigerad)|uppdaterad|uppdaterat|"
    r"sidan\s+(?:skapades|uppdaterades|ändrades|publicerades)|skapad|skapades|"
    r"sidansvarig|granskad|uploaded|published|updated|last\s+modified|"
    # an e-mail's: when it was sent ("Skickat: den 9 oktober 2025 16:42")
    r"skickat|skickad|sent"
)
_NOT_MEETING_DATE = re.compile(
    r"^(?:justering\w*|justeras|datum\s+då|anslag\w*|protokollet\s+är\s+justerat|"
    r"plats\s+och\s+tid\s+för\s+justering|nedtas|"
    # A web page's furniture: when the page was made or changed, not when the body met.
    + _PAGE_DATE_WORDS + r")\b",
    re.IGNORECASE,
)
#: An organisation, not a forum: "Vättersala kommun", "Region Mälarmark".
_ORG_WORD = re.compile(r"\b(?:kommun|stad|region|landsting|sida)\b", re.IGNORECASE)


def _header_body(lines: list[Line], al: Aliases) -> str | None:
    """A header line that is only the forum's name ("SOCIALNÄMNDEN", "Kommunstyrelsens
    arbetsutskott")."""
    for ln in lines:
        text = " ".join(ln.text.split())
        if not text or len(text) > 60:
            continue
        if text.isupper():
            text = text.capitalize()
        first = text.split()[0].strip(",.:–-")
        if first.lower() in al.forum_index and first.lower() != "styrgruppen":
            return al.forum_index[first.lower()]
        if _ONE_WORD_BODY.fullmatch(first):
            return first  # "Socialnämnden Sammanträdesdatum": a two-column header line
        m = _BODY_WORD.fullmatch(text)
        if m:
            return al.forum_index.get(text.lower(), text)
    return None


# --- the meeting date -------------------------------------------------------------------

#: A title line: it starts with a document word ("Protokoll", "Snabbprotokoll",
#: "Minnesanteckningar från …"), a meeting word ("Sammanträde 2005-11-17", "Möte i …",
#: "Styrelsemöte", "Elevrådsmöte") or a body noun ("Elevråd 10/10-14"); its date is the
#: meeting's before a date standing alone above it (a blog's or a web page's own date).
_TITLE_START = re.compile(
    r"^[\W\d]{0,3}(?:(?P<doc>[\wåäö-]*protokoll|minnesanteckning\w*|mötesanteckning\w*|"
    r"anteckningar|kallelse|dagordning)|"
    r"sammanträde\w*|möte|mötet|[\wåäö-]+(?:möte|mötet|sammanträde|sammanträdet)|"
    r"[\wåäö-]*(?:nämnd|nämnden|styrelse|styrelsen|fullmäktige|utskott|utskottet|råd|rådet|"
    r"grupp|gruppen|kommitté|kommittén|beredning|beredningen|direktion|direktionen)|"
    r"arbetsplatsträff|APT|FVG|SVG|[A-ZÅÄÖ]{1,3}SG)(?![\wåäö])",
    re.IGNORECASE,
)
#: Labels of the title or posting block whose value is the meeting date.
_DATE_LABEL = re.compile(
    r"\b(?:sammanträdesdatum|mötesdatum|sammanträdets\s+datum|datum\s+för\s+sammanträdet)\b",
    re.IGNORECASE,
)
#: A sentence that dates the meeting it tells of ("Regionstyrelsen har sammanträtt i dag,
#: torsdagen den 26 april", "vid sammanträdet den 12 mars").
_MET_ON = re.compile(
    r"(?:sammanträtt|sammanträdde|sammanträder|sammanträdet|mötet|möttes|träffades)"
    r"(?:\s+(?:i\s+dag|idag))?[\s,]+(?=(?:\w+\s+)?(?:den\s+)?\d)",
    re.IGNORECASE,
)
#: A meeting word after which a date is another meeting's ("nästa sammanträde 4 juni",
#: "besvaras senast vid fullmäktiges sammanträde 20-21 juni").
_OTHER_MEETING = re.compile(
    r"\b(?:nästa|kommande|följande|senast|till|före|inför|efter|tidigare|föregående|"
    r"förra|vid)\b[^.]{0,30}$",
    re.IGNORECASE,
)
_YEAR4 = re.compile(r"(?<![\d/-])((?:19|20)\d{2})(?!\d)")
#: Case numbers with their year: "KS 2023/145", "SN 2024/56", "(RS/699/2022)",
#: "Dnr 182-70/2016", "von/2017:3".
_DNR_YEAR = re.compile(
    # (a register's letters, not a word: "budget 2025/2026" is no case)
    r"\b(?:[A-ZÅÄÖ]{1,6}\s?[ /.]|[a-zåäö]{1,6}/)\s?(?P<a>(?:19|20)\d{2})\s?[/:.]\s?\d{1,5}\b|"
    r"\b[A-ZÅÄÖ]{1,6}/\d{1,5}/(?P<b>(?:19|20)\d{2})\b|"
    r"\b(?i:dnr|diarienummer|diarienr|ärendenummer)\.?:?\s*[\w./-]*?(?P<c>(?:19|20)\d{2})\b",
)
_SENTENCE_WORDS = 12
_SUBJECT = re.compile(r"^(?:ämne|subject|ärende)\s*:\s*(?:(?:sv|vb|re|fw|fwd)\s*:\s*)*",
                      re.IGNORECASE)
_TITLE_WORDS = 25  # "Protokoll fört vid styrelsemöte för … torsdagen den 26 februari 2015 kl …"


def _title(text: str) -> str | None:
    """``text`` as a title line, or None.  A document word may open a long title
    ("Protokoll fört vid …"), and a text run on after it (a page read as one line) is cut
    to its first words; a title opened by a meeting word or a body noun is short and no
    sentence ("Elevråd 10/10-14", not "Länsstyrelsen meddelar i protokoll den 6 december
    …")."""
    m = _TITLE_START.match(text)
    if m is None:
        return None
    words = text.split()
    if m.group("doc"):
        return " ".join(words[:_TITLE_WORDS])
    return text if len(words) <= 8 and not text.endswith((".", "?", "!")) else None


def _text(ln: Line) -> str:
    return " ".join(ln.text.split())


def _days(text: str) -> list[Period]:
    return [p for p in find_periods(text) if p.precision == "day"]


def _first_day(text: str) -> Period | None:
    """The first date with a day in ``text``, one written with its year before one
    without."""
    days = _days(text)
    full = [p for p in days if p.end is not None]
    return (full or days or [None])[0]


def _meeting_sentence_day(text: str) -> Period | None:
    """In a sentence: only a date that follows a word for this meeting ("har sammanträtt i
    dag, torsdagen den 26 april"), not a date told of ("avsäger sig den 18 oktober 2022")."""
    for m in _MET_ON.finditer(text):
        if _OTHER_MEETING.search(text[max(0, m.start() - 40) : m.start()]):
            continue
        days = [p for p in _days(text[m.end() : m.end() + 40]) if p.pos <= 16]
        if days:
            return days[0]
    return None


def _date_lines(lines: list[Line]) -> list[Line]:
    """Lines that may carry the meeting date: not the signing, posting or a web page's
    own dates."""
    return [ln for ln in lines if not _NOT_MEETING_DATE.match(_text(ln).lstrip("•-–* "))]


def _meeting_date(
    st: Structure, head: list[Line], blocks: dict[str, list[str]]
) -> tuple[dt.date | None, str | None]:
    """The meeting date and, when it was written without a year that the document does
    not give either, its phrase (the date is then None)."""
    found = _meeting_day(st, head, blocks)
    if found is None:
        return None, None
    if found.end is not None:
        return found.end, None
    day = _in_document_year(found, st, head)
    return (day, None) if day is not None else (None, found.text)


def _meeting_day(st: Structure, head: list[Line], blocks: dict[str, list[str]]) -> Period | None:
    dated = _date_lines(head)
    top = [ln for ln in dated[:15] if _text(ln)]
    # 1. A title line with a date, or a title line and the short line right under it
    #    ("Minnesanteckningar från enhetsmöte LL-HS" / "2020-03-12").
    for i, ln in enumerate(top):
        # An e-mail's subject is its title ("Ämne: Minnesanteckningar styrgrupp 7/10").
        text = _title(_SUBJECT.sub("", _text(ln)))
        if text is None:
            continue
        p = _first_day(text)
        # (Not under a title that has a number of its own: "Ledningsgruppsmöte 2015-09".)
        if p is None and i + 1 < len(top) and len(_text(top[i + 1]).split()) <= 4 and not (
            re.search(r"\d", text)
        ):
            p = _first_day(_text(top[i + 1]))
        if p is not None:
            return p
    # 2. Labelled fields of the title block ("Datum: 2026-01-27", "Sammanträdesdatum").
    for key in ("datum", "sammanträdesdatum", "mötesdatum", "tidpunkt", "tid", "tid och plats",
                "plats och tid"):
        for value in blocks.get(key, []):
            p = _first_day(value)
            if p is not None:
                return p
    # 3. The posting block's field row ("Nämnd Sammanträdesdatum" over
    #    "Vård- och omsorgsnämnden 2017-05-24"), wherever it stands.
    lines = [ln for ln in st.lines if _text(ln)]
    for i, ln in enumerate(lines[:400]):
        text = _text(ln)
        m = _DATE_LABEL.search(text)
        if not m or len(text.split()) > 6:
            continue
        p = _first_day(text[m.end():])
        if p is None and i + 1 < len(lines):
            p = _first_day(_text(lines[i + 1]))
        if p is not None:
            return p
    # 4. A date on a short line near the top; a date in a sentence only where the sentence
    #    speaks of this meeting.
    for ln in dated[:40]:
        text = _text(ln)
        words = text.split()
        if len(words) > 6 and text.endswith((".", "?", "!")):
            p = _meeting_sentence_day(text)
        else:
            # a line of fields ("Datum och tid: tisdag 12 mars 2024 kl. 13–16, Kommunhuset
            # …"): a date among its first words
            p = _first_day(" ".join(words[:_SENTENCE_WORDS]))
        if p is not None:
            return p
    # 5. "Sammanträdesdatum" over "Gymnasienämnden   2026-06-11" in a two-column title
    #    block that is repeated on every page: clean-up dropped it as a running header, yet
    #    the first page's copy, lying among the head lines, is the meeting's date.
    if head:
        last = max((ln.page, ln.line) for ln in head[:40])
        noise = [ln for ln in _date_lines(st.noise) if (ln.page, ln.line) <= last][:6]
        p = _first_day(_join(noise))
        if p is not None:
            return p
    return None


def _in_document_year(p: Period, st: Structure, head: list[Line]) -> dt.date | None:
    """The date of ``p`` (a day written without its year) in the year the document gives:
    a year written on a title line; else the meeting lies shortly before the signing, the
    posting or the page's publication; else in the newest year of the case numbers; else
    in the year most of the document's dates are written with.  None when nothing gives a
    year."""
    probe = find_periods(p.text, dt.date(2001, 7, 1))
    if not probe or probe[0].end is None:
        return None
    month, day = probe[0].end.month, probe[0].end.day

    def on(year: int) -> dt.date | None:
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None

    top = [_title(_SUBJECT.sub("", _text(ln))) for ln in head[:15] if _text(ln)]
    for text in top:
        if text is not None:
            years = _YEAR4.findall(text)
            if years:
                return on(int(years[0]))
    texts = [_text(ln) for ln in st.lines + st.noise]

    def before(after: dt.date) -> dt.date | None:
        got = on(after.year)
        return on(after.year - 1) if got is not None and got > after else got

    signed = _dates_after_meeting(texts, _SIGNED)
    if signed is not None:
        return before(signed)

    def near(year: int) -> dt.date | None:
        """In ``year`` (a year the document's case numbers or dates point to, not one it
        states for the meeting), or the year next to it where a weekday written with the
        date ("torsdagen den 26 april") holds and does not hold in ``year``."""
        got = on(year)
        if p.weekday is None or got is None or got.weekday() == WEEKDAYS[p.weekday]:
            return got
        fits = [d for d in (on(year - 1), on(year + 1))
                if d is not None and d.weekday() == WEEKDAYS[p.weekday]]
        return fits[0] if len(fits) == 1 else got

    cases = [int(y) for m in _DNR_YEAR.finditer("\n".join(texts))
             for y in m.groups() if y]
    if cases:
        return near(max(cases))
    # The year most dates are written with, the newest of equals; then the page's own
    # date (a page may be changed years after the meeting); then the year written most
    # ("per augusti 2017", "tertial 2 2017").
    kept = [t for t in texts if not _AFTER_MEETING.match(t)]
    days = Counter(p.end.year for t in kept for p in _days(t) if p.end is not None)
    if days:
        best = max(days.values())
        return near(max(y for y, n in days.items() if n == best))
    published = _dates_after_meeting(texts, _AFTER_MEETING)
    if published is not None:
        return before(published)
    years = Counter(int(y) for t in kept for y in _YEAR4.findall(t))
    if years:
        best = max(years.values())
        return near(max(y for y, n in years.items() if n == best))
    return None


#: Lines dated after the meeting: the signing, the posting, the page's publication.
_SIGNED_WORDS = (
    r"justering\w*|justeras|justerat|protokollet\s+(?:är\s+)?justera[ts]|"
    r"plats\s+och\s+tid\s+för\s+justering|anslag\w*|datum\s+då\s+anslaget"
)
#: Lines dated days after the meeting: the signing and the posting.
_SIGNED = re.compile(r"^\W{0,3}(?:" + _SIGNED_WORDS + r")\b", re.IGNORECASE)
#: … and those dated some time after it: the page's or the e-mail's own dates.
_AFTER_MEETING = re.compile(
    r"^\W{0,3}(?:" + _SIGNED_WORDS + "|" + _PAGE_DATE_WORDS + r")\b", re.IGNORECASE
)


def _dates_after_meeting(texts: list[str], lines: re.Pattern[str]) -> dt.date | None:
    """The first date with its year on a line that ``lines`` matches."""
    for i, text in enumerate(texts):
        if not lines.match(text):
            continue
        for window in (text, " ".join(texts[i : i + 2])):
            full = [p for p in _days(window) if p.end is not None]
            if full:
                return full[0].end
    return None


# --- the body: labelled fields, breadcrumbs, the title's meeting word ----------------------

_BODY_NOUN_RE = r"(?:" + "|".join(
    sorted({*_BODY_NOUNS, *_BODY_NOUNS.values()}, key=len, reverse=True)
) + r")"
#: A word that names a body: "Barn- och utbildningsnämnden", "stadsdelsnämnd",
#: "Tillgänglighetsrådet" (not "Klädförrådet": a store room; not "Länsstyrelsen": the state).
_BODY_NAME_WORD = re.compile(r"(?i)^[\wåäö-]*" + _BODY_NOUN_RE + r"$")
_NOT_A_BODY_WORD = re.compile(
    r"(?i)(?:förråd|förrådet|länsstyrelse|länsstyrelsen|samråd|samrådet|området|"
    # groups of people, not forums
    r"målgrupp|målgruppen|åldersgrupp|åldersgruppen|yrkesgrupp|yrkesgruppen|barngrupp|"
    r"barngruppen|elevgrupp|elevgruppen|riskgrupp|riskgruppen)$"
)
#: The posting block's labels for the body: "Organ Barn- och utbildningsnämnden",
#: "Nämnd: Socialnämnden", "Nämnd Sammanträdesdatum" over "Vård- och omsorgsnämnden 2017-05-24".
_BODY_LABEL = re.compile(
    r"^(?:organ|nämnd|beslutande\s+organ|instans|nämnd/styrelse|styrelse/nämnd)\s*(?::\s*|\s+|$)",
    re.IGNORECASE,
)


def _a_body_name(text: str) -> str | None:
    """``text`` cut to the body it begins with ("Vård- och omsorgsnämnden 2017-05-24" →
    "Vård- och omsorgsnämnden"), or None when it does not begin with one."""
    text = re.split(r"\s+(?=\d)|\s{2,}|\t|\s+(?:sammanträdesdatum|datum|paragrafer?|§)\b", text,
                    maxsplit=1, flags=re.IGNORECASE)[0].strip(" ,.:;–-")
    words = text.split()
    if not words or len(words) > 6:
        return None
    # The body noun within the first four words ("Vård- och omsorgsnämnden",
    # "Kommunstyrelsens arbetsutskott"), with the names after it ("Socialnämnden Hisingen").
    for i, w in enumerate(words[:4]):
        bare = w.strip(",.:;()")
        if _BODY_NAME_WORD.match(bare) and not _NOT_A_BODY_WORD.search(bare):
            keep = i + 1
            while keep < len(words) and words[keep][:1].isupper():
                keep += 1
            return " ".join(words[:keep])
    return None


def _field_body(lines: list[Line], al: Aliases) -> str | None:
    """The body from a labelled field of the title or posting block."""
    for i, ln in enumerate(lines):
        text = _text(ln)
        m = _BODY_LABEL.match(text)
        if not m:
            continue
        rest = text[m.end():]
        if not rest.strip() or _DATE_LABEL.match(rest.strip()):
            # a row of labels: the values are on the next line
            nxt = next((_text(x) for x in lines[i + 1 : i + 3] if _text(x)), "")
            rest = nxt
        name = _a_body_name(rest)
        if name:
            return al.forum_index.get(name.lower(), name)
    return None


_CRUMB = re.compile(r"\s+[>›»]\s+|\s+/\s+")


def _breadcrumb_body(lines: list[Line]) -> str | None:
    """A web page's path ("Hem > Tyresö kommun > Barn- och utbildningsnämnden >
    Sammanträde 2023-10-25"): its last step that names a body."""
    for ln in lines:
        parts = _CRUMB.split(_text(ln))
        if len(parts) < 3:
            continue
        for part in reversed(parts[:-1] if re.search(r"\d", parts[-1]) else parts):
            part = re.sub(r"^.*:\s*", "", part).strip()
            name = _a_body_name(part)
            if name and not _ORG_WORD.search(name):
                return name
    return None


def _meeting_word_line(lines: list[Line]) -> str | None:
    """A title line that begins with the meeting of a body ("Styrelsesmöte 16/2-2016",
    "Elevrådsmöte 27 april")."""
    for ln in lines:
        words = _text(ln).split()
        if words and len(words) <= 8:
            derived = _body_of_meeting_word(words[0])
            if derived:
                return derived
    return None


def _most_named_body(lines: list[Line]) -> str | None:
    """The body the text names most often, at least twice (in any case or the genitive:
    "Tillgänglighetsrådets roll", "tas upp i Tillgänglighetsrådet"); the last resort."""
    counts: Counter[str] = Counter()
    first: dict[str, str] = {}
    for ln in lines:
        for w in re.findall(r"[A-ZÅÄÖa-zåäö][\wåäö-]*", ln.text):
            base = w[:-1] if w.endswith("s") and _BODY_NAME_WORD.match(w[:-1]) else w
            if not _BODY_NAME_WORD.match(base) or _NOT_A_BODY_WORD.search(base):
                continue
            low = base.lower()
            if low not in {*_BODY_NOUNS.values(), *_BODY_NOUNS} or low in ("styrelsen",):
                counts[low] += 1
                first.setdefault(low, base[0].upper() + base[1:].lower())
    if not counts:
        return None
    name, n = counts.most_common(1)[0]
    return first[name] if n >= 2 else None


def _fuller_name(body: str | None, lines: list[Line]) -> str | None:
    """The body's full name when a head line gives it: "Ledningsgruppen" read from
    "Ledningsgruppsmöte", and a line "Ledningsgrupp Samverkan Vänersborg"."""
    if not body or len(body.split()) > 1:
        return body
    stem = re.sub(r"(?:en|et|n)$", "", body.lower())
    if len(stem) < 5:
        return body
    for ln in lines:
        text = _text(ln)
        words = text.split()
        if (
            2 <= len(words) <= 5
            and words[0].lower() in (stem, body.lower())
            and all(w[:1].isupper() for w in words[1:])
            and not re.search(r"[\d:.,()]", text)
            and not any(_NOT_BODY.match(w) for w in words)
        ):
            return text
    return body


def extract_meeting(
    st: Structure, al: Aliases | None = None, yearless: list[str] | None = None
) -> Meeting:
    """Meeting facts from the document's head, its sections and its noise lines.

    The meeting date is never taken from the clock: written without a year ("Snabbprotokoll
    26 oktober") it takes the year the document gives (:func:`_document_year`); when the
    document gives none the date stays unknown and its phrase is added to ``yearless``
    (the caller warns)."""
    al = al or aliases()
    meeting = Meeting()
    head = st.head if st.head else st.lines[:40]
    first = st.sections[0] if st.sections else None
    if first is not None and first.number is None and len(head) < 4:
        # A title styled as a heading ("APT Gruppbostaden Tallbacken" in Word's Rubrik
        # style) starts an unnumbered first section that holds the rest of the title
        # block ("Arbetsplatsträff onsdag 5 mars 2025", "Närvarande: …").
        title = Line(text=first.title, page=first.page, line=first.line)
        head = [*head, title, *first.lines[:12]]
    head_text = _join(head[:12])
    all_text = "\n".join(" ".join(ln.text.split()) for ln in st.lines)

    meeting.body = (
        _field_body(st.lines[:400], al)
        or _header_body(head[:4], al)
        or _breadcrumb_body(head[:6])
        or _body_from(_join_lines(head[:12]), al)
        or _body_from(_join_lines(head[:40]), al)
        or _meeting_word_line(head[:12])
    )
    if meeting.body is None:
        # A protocol whose title block was a running page header (dropped as furniture)
        # still names its body over each decision.
        for ln in [*st.lines, *st.noise]:
            m = _DECIDER.match(" ".join(ln.text.split()))
            if m:
                body = m.group("body") or m.group("body2")
                meeting.body = body[0] + body[1:].lower() if body.isupper() else body
                break
    if meeting.body is None:
        meeting.body = _most_named_body(st.lines)
    meeting.body = _fuller_name(meeting.body, head[:15])

    # Date: the title line, then labelled fields, then any full date near the top.
    blocks = _collect_blocks(head)
    # Justerare and sometimes Närvarande are written under the first agenda items.
    for key, values in _collect_blocks([ln for s in st.sections[:6] for ln in s.lines]).items():
        if key not in blocks and (key.startswith(("justera", "närvarande", "ordförande"))):
            blocks[key] = values
    meeting.date, phrase = _meeting_date(st, head, blocks)
    if yearless is not None and phrase is not None:
        yearless.append(phrase)

    for key in ("tidpunkt", "tid", "tid och plats", "plats och tid", "datum"):
        for value in blocks.get(key, []):
            m = _TIME.search(value)
            if m:
                h, mi = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
                if int(h) <= 23:
                    meeting.time = f"{int(h):02d}:{int(mi or 0):02d}"
                    break
        if meeting.time:
            break
    if meeting.time is None:
        m = _TIME.search(head_text)
        if m and m.group(1):
            meeting.time = f"{int(m.group(1)):02d}:{int(m.group(2) or 0):02d}"

    for key in ("plats", "lokal"):
        if blocks.get(key):
            value = ""
            for part in blocks[key][:3]:
                value = f"{value} {part}".strip()
                if value.endswith("."):
                    break
            meeting.place = value.rstrip(".") or None
            break
    if meeting.place is None:
        for key in ("tid och plats", "plats och tid"):
            if blocks.get(key):
                value = " ".join(blocks[key][:2])
                rest = re.sub(r"^.*?(?:\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?)\s*,?\s*",
                              "", value)
                meeting.place = rest.strip().rstrip(".") or None
                break

    for key, values in blocks.items():
        if key.startswith(_PRESENT):
            meeting.present.extend(_people(values, al))
        elif key.startswith(_ABSENT):
            meeting.absent.extend(_people(values, al, absent=True))
        elif key in ("justerare", "justerande"):
            meeting.adjusters.extend(_people(values, al))
        elif key in ("ordförande", "mötesordförande", "mötesledare") and values:
            meeting.chair = _split_names(values[0])[0] if _split_names(values[0]) else None
    if not meeting.adjusters:
        m = _ADJ_SENTENCE.search(all_text)
        if m:
            for part in _split_names(m.group("names")):
                people = _person_line(part, None, al)
                meeting.adjusters.extend(people)
    if not meeting.adjusters:
        meeting.adjusters = _signatures(st, al)

    if meeting.chair is None:
        for p in meeting.present:
            if p.role and re.search(r"\bordförande\b", p.role, re.IGNORECASE) and not re.search(
                r"vice|2:e|1:e", p.role, re.IGNORECASE
            ):
                meeting.chair = p.name
                break
    if meeting.chair is None:
        m = _OPENED.search(all_text)
        if m and not re.match(r"(?:Ordförande|Ordföranden|Mötet|Sammanträdet)$", m.group("name")):
            meeting.chair = m.group("name")

    meeting.organisation = _organisation(st, head_text)
    meeting.next_meeting = _next_meeting(all_text, meeting.date, meeting.body)
    return meeting


def _signatures(st: Structure, al: Aliases) -> list[Person]:
    """'Lars Wennberg för arbetsgivaren' lines after 'Justeras'."""
    out: list[Person] = []
    lines = st.lines + st.noise
    for i, ln in enumerate(lines):
        if re.match(r"^\s*justeras\b", ln.text, re.IGNORECASE):
            for nxt in lines[i + 1 : i + 14]:
                m = _SIGN.match(" ".join(nxt.text.split()))
                if m:
                    out.append(Person(m.group("name"), al.canonical(m.group("org"))))
            break
    return out


def _organisation(st: Structure, head_text: str) -> str | None:
    m = _ORG.search(head_text) or _ORG.search(_join(st.lines[:60]))
    if m:
        return m.group(1)
    # A running page header ("Hägersten-Älvsjö") names the organisation.
    pages: dict[str, set[int]] = {}
    for ln in st.noise:
        if ln.text.strip() and not re.search(r"\d", ln.text) and len(ln.text.split()) <= 4:
            pages.setdefault(" ".join(ln.text.split()), set()).add(ln.page)
    counts = Counter({text: len(p) for text, p in pages.items()})
    for text, n in counts.most_common():
        if n >= 2 and not re.match(
            r"(?:justerandes|utdragsbestyrkande|underskrift|signerat)", text, re.I
        ):
            return text
    for ln in st.lines + st.noise:
        text = " ".join(ln.text.split())
        if (
            re.fullmatch(r"[A-ZÅÄÖ][\wåäö]+-[A-ZÅÄÖ][\wåäö]+", text)
            and not ln.cells
        ):
            return text
    return None


#: Meeting words that name no particular forum ("nästa möte", "nästa sammanträde").
_GENERIC_MEETING = re.compile(
    r"^(?:möte|mötet|sammanträde|sammanträdet|träff|tillfälle|gång|avstämning)$", re.IGNORECASE
)


def _own_meeting(noun: str, body: str | None) -> bool:
    """Whether "nästa <noun>" speaks of this forum's next meeting: a word naming no
    forum, or one the body's name contains ("nästa ledningsgrupp" in the Ledningsgruppen's
    notes; not "nästa styrelsemöte" there, which is another body's)."""
    if body is None or _GENERIC_MEETING.match(noun):
        return True
    stem = re.sub(r"(?:-?möte|mötet|en|et)$", "", noun.casefold()) or noun.casefold()
    return stem[:5] in body.casefold()


def _next_meeting(
    text: str, meeting_date: dt.date | None, body: str | None = None
) -> dt.date | None:
    found: list[tuple[bool, dt.date]] = []
    for m in _NEXT.finditer(text):
        window = text[m.end() : m.end() + 70]
        periods = [p for p in find_periods(window, meeting_date) if p.precision == "day"]
        if periods and periods[0].pos <= 12:
            day = periods[0].end
            if day is not None and (meeting_date is None or day > meeting_date):
                noun = re.match(r"nästa\s+(?:ordinarie\s+)?(\S+)", m.group(0), re.I)
                found.append((_own_meeting(noun.group(1) if noun else "", body), day))
    if found:
        # The forum's own next meeting before a date told of another body's.
        return next((day for own, day in found if own), found[0][1])
    if meeting_date is not None:
        # "fastställa följande sammanträdestider för 2024: 6 februari, 9 april, …": the
        # first date of the adopted schedule after this meeting is the next one.
        for m in _SCHEDULE.finditer(text):
            window = text[m.end() : m.end() + 160]
            # "… för 2024: 6 februari, …, 10 december": the dates are in the year named.
            y = re.search(r"(?:19|20)\d{2}", m.group(0))
            ref = dt.date(int(y.group(0)), 1, 1) if y else meeting_date
            days = [p.end for p in find_periods(window, ref)
                    if p.precision == "day" and p.end is not None and p.end > meeting_date
                    and (y is None or p.end.year == ref.year)]
            if days:
                return min(days)
    return None


_SCHEDULE = re.compile(
    r"\b(?:sammanträdestider|sammanträdesdagar|sammanträdesplan|mötestider|mötesdatum|"
    r"mötesplan|mötesdagar)\b[^.:\n]{0,40}:",
    re.IGNORECASE,
)


__all__ = ["extract_meeting"]
