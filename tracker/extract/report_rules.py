"""Phrase rules for follow-up reports: who owns an activity, what its analysis says
about it (done, open or unclear), how to shorten it to a title.

Kept apart from the table parsing (:mod:`tracker.extract.report_parse`) because these
are language rules that grow with new reports, while the parsing follows the layout.
All patterns are compiled once at import.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# --- bodies (nämnder, styrelser, bolag) -------------------------------------------------

#: One body name: "utbildningsnämnden", "miljö- och hälsoskyddsnämnden", "Kommunstyrelsen",
#: "stadsdelsnämnderna", "Stadshus AB", "Hamn AB", a company name of up to three capitalised
#: words before "AB", genitive forms too.
_BODY = re.compile(
    r"(?<![\w-])(?:(?P<adj>(?:[Tt]ekniska|[Ss]ociala|[Gg]emensamma)\s+"
    r"(?:nämnden|förvaltningen)s?|"
    # a region's nämnd named by its adjective: "Regionala utvecklingsnämnden"
    r"[Rr]egionala\s+[a-zåäö][\w-]*?nämnden(?:s(?![\w-]))?)|(?P<pre>(?:[A-ZÅÄÖa-zåäö]+-,\s+)*[A-ZÅÄÖa-zåäö]+-\s+och\s+)?"
    r"(?P<word>[A-ZÅÄÖa-zåäö][\w-]*?(?:nämnden|nämnderna|styrelsen|styrelserna)s?|"
    r"[A-ZÅÄÖa-zåäö][\w-]*?(?:förvaltningen|kontoret)s?|Nämnderna|nämnderna)"
    r"|(?P<ab>(?:[A-ZÅÄÖ][\w-]*\s+){0,3}AB))(?![\w-])"
)
#: (A body may also be named by an adjective: "Tekniska nämnden", "Sociala förvaltningen".)
#: Words that look like bodies but are generic ("berörda nämnder") or not a body at all.
_NOT_BODIES = frozenset({"styrelsen", "styrelserna", "kontoret", "förvaltningen"})


def normalise_body(name: str) -> str:
    """ "utbildningsnämndens" → "Utbildningsnämnden"; "Kommunstyrelsens" → "Kommunstyrelsen"."""
    name = re.sub(r"\s+", " ", name.strip())
    # Genitive → base form; company names ("… AB") stay as written.
    if not name.endswith("AB") and name.endswith(("ernas", "dens", "sens", "tets", "gens")):
        name = name[:-1]
    return name[:1].upper() + name[1:]


def find_bodies(text: str) -> list[tuple[int, str]]:
    """(position, normalised name) of every body named in ``text``, in order."""
    out: list[tuple[int, str]] = []
    for m in _BODY.finditer(text):
        if m.group("adj"):
            # "Tekniska nämnden", "gemensamma nämndens": a body named by an adjective.
            out.append((m.start(), normalise_body(m.group("adj"))))
            continue
        if m.group("ab"):
            raw = m.group("ab")
            if raw.strip() == "AB":
                continue
            out.append((m.start(), normalise_body(raw)))
            continue
        word = m.group("word")
        if word.lower().rstrip("s") in _NOT_BODIES:
            continue
        raw = (m.group("pre") or "") + word
        out.append((m.start(), normalise_body(raw)))
    return out


#: Words that may stand between the subject and its verb: "Kommunstyrelsen ska",
#: "Kommunstyrelsen, utbildningsnämnden och stadsdelsnämnderna ska",
#: "Kommunstyrelsen ansvar för", "Äldrenämnden ska i samverkan med …".
_SUBJECT_END = re.compile(r"^\s*(?:,|och\b|ska\b|skall\b|bör\b|ansvar|har\b|får\b|ges\b)")


def owners(text: str, report_body: str | None) -> tuple[str | None, list[str]]:
    """(owner, co-owners) of an activity.

    The owner is the body named first as the sentence's subject; without a subject
    ("Utarbeta ett regelverk …", "Tillsammans med äldrenämnden utveckla …") it is the
    report's own body.  Co-owners are the other bodies named, in order, once each."""
    bodies = find_bodies(text)
    owner: str | None = None
    if bodies and bodies[0][0] == 0:
        pos, name = bodies[0]
        rest = text[pos:]
        m = _BODY.match(rest)
        after = rest[m.end() :] if m else ""
        if _SUBJECT_END.match(after):
            owner = name
    if owner is None:
        owner = report_body
    co: list[str] = []
    for _pos, name in bodies:
        if name != owner and name not in co and not _generic(name):
            co.append(name)
    return owner, co


def _generic(name: str) -> bool:
    return name.lower() in {"nämnderna"}


# --- status from the analysis ---------------------------------------------------------

#: Phrases that say the work goes on, is late or has a step left (→ open).  Checked
#: before the finished phrases: "Insatser har genomförts och arbetet fortsätter under
#: 2016" is open.
_OPEN = re.compile(
    "|".join(
        [
            r"\bpågår\b",
            r"\bfortsätter\b",
            r"\bfortsatt arbete\b",
            r"\bkommer att\b",
            r"\bhar (?:inte|ej) påbörjats\b",
            r"\b(?:har|är) påbörja(?:ts|t|d)\b",
            r"\bpåbörjade?\b",
            r"\bhar inletts\b",
            r"\binleddes\b",
            r"\bberäknas\b",
            r"\bplaneras\b",
            r"\bär planerad\b",
            r"\bförsen(?:ad|at|ade|ing)\b",
            r"\bskjut(?:s|its) (?:upp|fram)\b",
            r"\bunder införande\b",
            r"\bkvarstår\b",
            r"\båterstår\b",
            r"\bavvakta[rs]?\b",
            r"\bmed start (?:under|i)\b",
            r"\bpå remiss\b",
            r"\b(?:inte|ej) (?:klar|slutförd|genomförd|genomfört|avslutad|färdig)\b",
            r"\bska (?:\w+ )?(?:utarbetas|införas|genomföras|fastställas|behandlas|beslutas|"
            r"tas fram|slutföras|utredas)\b",
            r"\bprövas\b",
            r"\bfortlöper\b",
            r"\bfleråri[gt]\b",
            r"\bförlängts?\b",
            r"\bnytt slutdatum\b",
            r"\bfördröj",
            # Handed on for a decision: the next step lies with someone else.
            r"\b(?:för|till) (?:den )?politisk(?:a)? beredning(?:en)?\b",
            r"\binför beslut\b",
            r"\bkan tas vidare\b",
        ]
    ),
    re.IGNORECASE,
)
#: Phrases that say the work was finished, adopted or established (→ done).
_DONE = re.compile(
    "|".join(
        [
            r"\bantogs\b",
            r"\bär antage?n\b",
            r"\binrättades\b",
            r"\bgenomfördes\b",
            r"\bgenomfört två\b",
            r"\bär genomför[dt]\b",
            r"\bbeslutades\b",
            r"\bfastställdes\b",
            r"\bgodkände\b",
            r"\bgodkändes\b",
            r"\bslutfördes\b",
            r"\bavslutades\b",
            r"\bär (?:klar|klart|avslutad|avslutat|färdig|slutförd|slutfört|överlämnad)\b",
            r"\btogs fram\b",
            r"\binfördes\b",
            r"\breviderades\b",
            # "har antagits", "har under året kartlagts", "har kommunfullmäktige antagit"
            r"\b(?:har|är|blev) (?:\w+ ){0,3}(?:antagits|inrättats|genomförts|beslutats|"
            r"fastställts|godkänts|slutförts|avslutats|tagits fram|utarbetats|införts|kartlagts|"
            r"sammanställts|tecknats|lanserats|inarbetats|reviderats|överlämnats|redovisats|"
            r"levererats|upprättats|tillsatts|fattats)\b",
            r"\bhar (?:\w+ ){0,2}(?:genomfört|integrerat|visat|inrättat|tagit fram|antagit|"
            r"fattat beslut)\b",
        ]
    ),
    re.IGNORECASE,
)
#: A deviation cell that says there is none.
_NO_DEVIATION = re.compile(r"^(?:nej|ingen|inga|ingen avvikelse|-|–|—|0)\.?$", re.IGNORECASE)

#: (not after an abbreviation before a number: "26 kap. 10 § skollagen", "nr. 4")
_SENTENCE = re.compile(
    r"(?<=[.!?])(?<!\bkap\.)(?<!\bnr\.)(?<!\bst\.)(?<!\bp\.)(?<!\bs\.)\s+(?=[A-ZÅÄÖ0-9\"”])"
)


def sentences(text: str) -> list[str]:
    text = re.sub(r"\s+", " ", text).strip()
    return [s.strip() for s in _SENTENCE.split(text) if s.strip()] if text else []


@dataclass(slots=True)
class Verdict:
    status: str  # open | done | unclear
    evidence: str | None


def judge_text(text: str) -> Verdict | None:
    """The status a piece of analysis states, with its deciding sentence, or None.

    An open phrase anywhere wins over a finished one: the report's own verdict is that
    something remains."""
    sents = sentences(text)
    for s in sents:
        if _OPEN.search(s):
            return Verdict("open", s)
    for s in sents:
        if _DONE.search(s):
            return Verdict("done", s)
    return None


def deviation_is_none(cell: str) -> bool:
    return bool(_NO_DEVIATION.match(cell.strip()))


# --- matching goal-level analysis to an activity ----------------------------------------

_STOP = frozenset(
    [
        "kommunstyrelsen",
        "stadsdelsnämnderna",
        "tillsammans",
        "samverkan",
        "samarbete",
        "samråd",
        "staden",
        "stadens",
        "arbetet",
        "arbete",
        "under",
        "kontoret",
        "stadsledningskontoret",
        "nämnder",
        "nämnderna",
        "berörda",
        "utreda",
        "utredning",
        "vilka",
        "mellan",
        "ytterligare",
        "inom",
        "genom",
        "andra",
        "finns",
        "eller",
        "efter",
        "ramen",
        "nämndernas",
        "nämndens",
        "bolag",
        "bolagen",
    ]
)
_WORD = re.compile(r"[A-Za-zÅÄÖåäö]{5,}")


def stems(text: str, place: frozenset[str] = frozenset()) -> set[str]:
    """Content-word stems (first six letters of words of five letters or more); common
    words and the report's own place name (``place``, see :func:`place_words`) left out."""
    return {
        w.lower()[:6] for w in _WORD.findall(text) if w.lower() not in _STOP | place
    }


def place_words(organisation: str | None) -> frozenset[str]:
    """The proper-name words of the reporting organisation ("Solna stad" → {"solna",
    "solnas"}): every report names its own place everywhere, so it ties an activity to
    no particular sentence."""
    if not organisation:
        return frozenset()
    out: set[str] = set()
    for w in re.findall(r"[A-ZÅÄÖ][\wåäö-]+", organisation):
        base = w.lower().removesuffix("s")
        out |= {base, base + "s"}
    return frozenset(out)


#: Sentences that go on about the thing named just before ("… en strategi för ekologisk
#: mat …. Detta har inarbetats i förslaget till miljöprogram.").
_ANAPHOR = re.compile(
    r"^(?:Detta|Det|Denna|Dessa|Den|Arbetet|Uppdraget|Utredningen|Strategin|Planen|"
    r"Förslaget|Programmet)\b"
)


def _anaphor_verdict(sents: list[str], k: int) -> tuple[int, Verdict] | None:
    """The status of one of the next two sentences when it refers back to sentence k."""
    for nxt in sents[k + 1 : k + 3]:
        if _ANAPHOR.match(nxt):
            v = judge_text(nxt)
            if v:
                return 0, v
    return None


_CLAUSE = re.compile(r"(?<!-) och |, | samt ")


def best_goal_sentence(
    activity: str, analysis: str, place: frozenset[str] = frozenset()
) -> Verdict | None:
    """A sentence of a goal's analysis that is about this activity and states a status.

    "About this activity" = three shared content words, or two when that is more than
    half of the activity's own (short activities: "Inrätta en barnombudsman").  The
    status comes from the sentence's clause that shares most words with the activity:
    "En barnombudsman har inrättats och arbetet med ett program har inletts" says one
    thing about each."""
    want = stems(activity, place)
    if not want:
        return None
    best: tuple[int, Verdict] | None = None
    words = _WORD.findall(activity)
    lead = words[0].lower()[:6] if words and activity.split()[0] == words[0] else None
    sents = sentences(analysis)
    for s in sents:
        shared = len(want & stems(s, place))
        if shared < 3 and not (shared >= 2 and 2 * shared > len(want)):
            # "Inrätta en organisation för … bostadsbyggandet" ↔ "En bostadsfunktion har
            # inrättats": the activity's own verb and one more word in one clause.
            clause_hit = next(
                (
                    c
                    for c in _CLAUSE.split(s)
                    if lead in (cs := stems(c, place)) and len(want & cs) >= 2 and judge_text(c)
                ),
                None,
            )
            if lead is None:
                continue
            if clause_hit is None:
                # The same over the whole sentence when its clauses agree on a status
                # ("Ett förslag till regelverk och anvisningar … har utarbetats").
                statuses = {v.status for c in _CLAUSE.split(s) if (v := judge_text(c))}
                if lead not in stems(s, place) or shared < 2 or len(statuses) != 1:
                    continue
                clause_hit = s
            v = judge_text(clause_hit)
            if v and (best is None or best[0] < 2):
                best = (2, Verdict(v.status, s))
            continue
        # The clause that states a status and shares most words with the activity.
        verdict: tuple[int, Verdict] | None = None
        for clause in _CLAUSE.split(s):
            v = judge_text(clause)
            if v is None:
                continue
            overlap = len(want & stems(clause, place))
            if verdict is None or overlap > verdict[0]:
                verdict = (overlap, Verdict(v.status, s))
        if verdict is None:
            whole = judge_text(s)
            verdict = (0, whole) if whole else None
        if verdict is None and shared >= 3:
            verdict = _anaphor_verdict(sents, sents.index(s))
        if verdict and (best is None or shared > best[0]):
            best = (shared, verdict[1])
    return best[1] if best else None


# --- titles ---------------------------------------------------------------------------

TITLE_MAX = 100


def short_title(text: str, limit: int = TITLE_MAX) -> str:
    """The first sentence of ``text``, cut at a clause or word boundary near ``limit``."""
    text = re.sub(r"\s+", " ", text).strip()
    first = sentences(text)[0] if text else ""
    first = first.rstrip(".")
    if len(first) <= limit:
        return first
    cut = first[:limit]
    for sep in (", ", "; ", " – "):
        k = cut.rfind(sep)
        if k >= 0.7 * limit:
            return cut[:k] + " …"
    k = cut.rfind(" ")
    return (cut[:k] if k > 0 else cut) + " …"
