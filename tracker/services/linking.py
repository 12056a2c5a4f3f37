"""Linking the candidates and mentions of a new document to the open items of its forum.

Later minutes name a matter briefly, so identity is judged on what identifies it, in
this order of strength:

1. the dnr (case number) of the § it stands under – a tabled or sent-back ärende comes
   back under its own § with a new title but the same dnr;
2. the item's own number in an action or balance list ("14 (Trafikverket): Pågår");
3. words: a topic label before a colon, a § title that returns, the key nouns of the
   text – compared compound-aware ("skyddsronder" ~ "skyddsronden", "lokalfrågan" ~
   "lokalerna", "sommarbemanning" ~ "sjuksköterskebemanningen");
4. nudges: the same owner or raiser, and the section it stands under ("Balanslista",
   "Kvarvarande frågor", "Uppföljning av åtgärdslistan" make a link likelier; "Nya
   frågor" less likely), and a fresh question ("Vision frågar …") less likely.

A link at or above :data:`SAFE_SCORE` is proposed as it is; below it (or when two items
score nearly alike) the link is *unsure*: it is never applied without the secretary's
word, and the review offers the top three items with their scores and reasons.

What a linked passage does is decided in :func:`effect_for`: closing words close the
item (the sentence is its note), a decision ("beslutar enligt förslaget", "antar")
closes a tabled or sent-back ärende, "kvarstår / pågår / nytt datum" gives a new due
date and a history entry, no new item.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache

from tracker.domain import Candidate
from tracker.extract.mentions import (
    DECIDE_WORDS,
    FOLLOW_UP_SECTIONS,
    NEW_SECTIONS,
    effect_of,
    normal_dnr,
)
from tracker.services.identifiers import conflict, period_conflict
from tracker.services.matching import _STOPWORDS
from tracker.store.models import ItemRow

#: From this score a link is proposed checked (applied by ``--yes``).
SAFE_SCORE = 75.0
#: Items from this score are offered as candidates of an unsure link.
OFFER_SCORE = 40.0
#: A mention (a passage that is no item of its own) is offered from this score.
MENTION_OFFER_SCORE = 55.0
#: The highest score of a passage and an item that name different identifiers of one
#: kind (another house number, grade range or named place): offered at most.
CONFLICT_CAP = 50.0
#: Two items closer than this (without a dnr or list number) make a link unsure.
AMBIGUITY_GAP = 8.0
#: How many items the review offers for an unsure link.
OFFERED = 3

_EXTRA_STOP_TEXT = """
    arbetsgivaren arbetsgivare förvaltningen nämnden nämnd styrelsen kommunen enheten
    planen plan redovisning redovisade redovisar redovisa återkomma uppdrag uppdraget
    beslut beslutar beslutet enligt förslag förslaget förvaltningens arbetet pågår
    status datum nytt nya ny tar fram ta gör göra genomförs genomförd har ska skulle
    blir bli vara varit hur när vad vem varför kan kunna alla samtliga inför kring
    mellan mot hela ännu redan igen just bara del mycket uppföljning åtgärdslistan
    åtgärdslista balanslistan balanslista listan vision kommunal ssr saco lärarförbundet
    vårdförbundet naturvetarna ledarna januari februari mars april maj juni juli augusti
    september oktober november december
"""
_EXTRA_STOP = frozenset(_EXTRA_STOP_TEXT.split())
#: Verbs of raising a question: "Vision frågar …" and "Vision frågade …" say nothing of
#: the matter.
_ASKING = frozenset(("frågar", "frågade", "undrar", "undrade", "tog", "tar", "upp", "lyfter",
                     "lyfte", "vill"))  # fmt: skip
_STOP = _STOPWORDS | _EXTRA_STOP | _ASKING
#: Heads of compounds that name the kind of thing, not the matter: "lokalfrågan" is
#: about "lokal", "skyddsrondsplanen" about "skyddsrond".
_GENERIC_HEADS = (
    "frågan", "frågor", "fråga", "ärendet", "ärende", "punkten", "punkt", "listan",
    "planen", "plan", "statistik", "statistiken", "frågorna",
)  # fmt: skip
_WORD = re.compile(r"[0-9a-zåäöéü]+(?:-[0-9a-zåäöéü]+)*")
_FRESH_QUESTION = re.compile(
    r"\b(?:frågar|undrar|vill\s+(?:veta|ha)|tar\s+upp|lyfter|efterfrågar|begär|föreslår)\b",
    re.IGNORECASE,
)
#: "– se punkt 7", "(se § 12)", "se nedan": the passage points to where it is said.
_POINTER = re.compile(r"(?:^|[–—(,;:.-]\s*)se\s+(?:punkt|§|paragraf|nedan|ovan|bilaga)\b[^.]{0,20}"
                      r"[.)]?\s*$", re.IGNORECASE)
_PROPOSAL = re.compile(r"\bföreslår\s+att\b|\bförslag\s+till\s+beslut\b", re.IGNORECASE)
#: A new task given in the same sentence ("… och ger förvaltningen i uppdrag att …",
#: "… samt uppdrar åt kanslichefen att …").
_NEW_TASK = re.compile(
    r"\b(?:ger|gav)\s+(?:[\wåäö-]+\s+){1,4}?i\s+uppdrag\s+att\b|"
    r"\buppdra(?:r|de)\s+(?:åt\s+)?(?:[\wåäö-]+\s+){1,4}?att\b",
    re.IGNORECASE,
)
#: What joins two clauses of one sentence.
_AND = re.compile(r"\s(?:och|samt)\s|,\s", re.IGNORECASE)


def decides_then_tasks(text: str) -> bool:
    """``text`` is one sentence that does two things: a decision on a matter ("godkänner
    förfrågningsunderlaget") and, in a clause joined after it, a new task ("och ger
    förvaltningen i uppdrag att genomföra upphandlingen").  The decision is what an
    earlier assignment waited for; the task is a matter of its own."""
    task = _NEW_TASK.search(text)
    if task is None:
        return False
    head = text[: task.start()]
    decided = DECIDE_WORDS.search(head)
    if decided is None:
        return False
    # The decision must stand in a clause of its own before the task, not be the task's
    # own wording ("beslutar att ge förvaltningen i uppdrag att …" is one thing).
    return any(m.start() > decided.end() for m in _AND.finditer(head + " "))
_GENERIC_TITLES = re.compile(
    r"^(?:beslut|uppföljning|uppföljning av åtgärdslistan|åtgärdslista|balanslista|"
    r"kvarvarande frågor|övriga frågor|information)$",
    re.IGNORECASE,
)


@lru_cache(maxsize=20000)
def _key(word: str) -> str:
    """A word as compared: a generic head cut off a compound ("lokalfrågan" → "lokal")."""
    for head in _GENERIC_HEADS:
        if word.endswith(head) and len(word) - len(head) >= 4:
            return (
                word[: -len(head)].rstrip("s") if len(word) - len(head) > 4 else word[: -len(head)]
            )
    return word


_DATE_TEXT = re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}/\d{1,2}\b|\b(?:19|20)\d\d\b")


#: "ÅVC", "LSS": an abbreviation written in capitals (kept in capitals in the word list).
_ACRONYM = re.compile(r"(?<![\wÅÄÖåäö-])[A-ZÅÄÖ]{2,5}(?![\wÅÄÖåäö])")


def words(text: str | None) -> list[str]:
    """The content words of ``text`` (lower case, function and stock words and dates
    removed: two rows that share only a year are not the same matter).  An abbreviation
    written in capitals stays in capitals, so that :func:`similar` can read it as the
    initials of a compound ("ÅVC" ~ "återvinningscentralen")."""
    raw = text or ""
    acronyms = {m.group(0).casefold() for m in _ACRONYM.finditer(raw)}
    out: list[str] = []
    for w in _WORD.findall(_DATE_TEXT.sub(" ", raw.casefold())):
        for part in w.split("-"):
            if len(part) < 3 and not part.isdigit():
                continue
            if part in _STOP:
                continue
            out.append(part.upper() if part in acronyms else _key(part))
    return out


#: Definite and plural endings, longest first: "arbetsschemat" → "arbetsschema",
#: "skyddsronderna" → "skyddsrond".
_ENDINGS = ("erna", "arna", "orna", "ende", "en", "et", "na", "er", "ar", "or", "n", "t")


@lru_cache(maxsize=50000)
def _stem(word: str) -> str:
    for end in _ENDINGS:
        if word.endswith(end) and len(word) - len(end) >= 4:
            return word[: -len(end)]
    return word


def _initials(acronym: str, word: str) -> bool:
    """``acronym`` (lower case) spells the parts of the compound ``word``: its first
    letter begins the word and each next one stands a part further in, three letters or
    more after the one before ("åvc" ~ "återvinningscentralen", not "sam" ~ "samverkan"
    or "mbt" ~ "mobiltelefonen")."""
    if len(word) < 3 * len(acronym) or not word.startswith(acronym[0]):
        return False
    pos = 0
    for ch in acronym[1:]:
        nxt = word.find(ch, pos + 3)
        if nxt < 0:
            return False
        pos = nxt
    return True


@lru_cache(maxsize=200000)
def similar(a: str, b: str) -> bool:
    """Two content words name the same thing, compounds and inflections allowed."""
    if a == b:
        return True
    if a.isdigit() or b.isdigit():
        return False
    if a.isupper() or b.isupper():
        # An abbreviation: the same one in other case, or the initials of a compound.
        x, y = a.casefold(), b.casefold()
        if x == y:
            return True
        if a.isupper() and b.isupper():
            return False
        acr, word = (x, y) if a.isupper() else (y, x)
        # A forum's own abbreviation ("FVG", "SVG", "APT") names where a matter is
        # discussed, not what it is: no initials of a compound ("friskvårdsbidrag").
        return acr not in _forum_acronyms() and _initials(acr, word)
    short, long_ = sorted((a, b), key=len)
    prefix = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        prefix += 1
    if prefix >= 6 or (len(short) >= 4 and prefix == len(short)):
        return True
    if prefix >= 5 and prefix >= 0.7 * len(short):
        return True
    if len(short) >= 7:
        m = SequenceMatcher(None, short, long_, autojunk=False).find_longest_match(
            0, len(short), 0, len(long_)
        )
        # A compound part of seven letters or more in common ("bemanning").
        if m.size >= 7:
            return True
    # The head of a compound, endings aside: "schema" ~ "arbetsschemat", "ronder" ~
    # "skyddsronderna" (the first part, at least three letters, says which kind).
    s_short, s_long = sorted((_stem(a), _stem(b)), key=len)
    return len(s_short) >= 4 and len(s_long) - len(s_short) >= 3 and s_long.endswith(s_short)


@lru_cache(maxsize=1)
def _forum_acronyms() -> frozenset[str]:
    from tracker.language.aliases import aliases

    return frozenset(k for k in aliases().forum_index if k.isalpha() and len(k) <= 4)


def _weight(word: str) -> float:
    if word.isdigit():
        return 1.5
    return 1.0 + (0.5 if len(word) >= 8 else 0.0)


def coverage(query: Sequence[str], target: Sequence[str]) -> tuple[float, list[str]]:
    """Share (weighted) of ``query``'s words found in ``target``, and which matched."""
    q = list(dict.fromkeys(query))
    if not q:
        return 0.0, []
    tset = list(dict.fromkeys(target))
    hit: list[str] = []
    total = got = 0.0
    for w in q:
        wt = _weight(w)
        total += wt
        alike = [t for t in tset if similar(w, t)]
        if alike:
            # The closest match: the same word or one of the same stem before a compound
            # found only by its head or by a part inside it.
            match = max(alike, key=lambda t: _quality(w, t))
            got += wt * _quality(w, match)
            hit.append(w if w == match else f"{w}~{match}")
    return got / total, hit


#: How much a compound of the query counts when the other side has only its head
#: ("lönesamtal" / "samtal": the kind of thing, not the thing the compound names), or
#: only a part of seven letters inside both ("undersköterskelyftet" / "sjuksköterskor").
_HEAD_ONLY_SHARE = 0.6
_INNER_PART_SHARE = 0.75


@lru_cache(maxsize=200000)
def _quality(a: str, b: str) -> float:
    """How closely two similar words match: 1 for the same word, stem, prefix or
    abbreviation; less for a compound found only by its head or by an inner part."""
    if a == b or a.isdigit() or a.isupper() or b.isupper():
        return 1.0
    prefix = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        prefix += 1
    short = min(len(a), len(b))
    if prefix >= 6 or (short >= 4 and prefix == short) or (prefix >= 5 and prefix >= 0.7 * short):
        return 1.0
    if _head_only(a, b):
        return _HEAD_ONLY_SHARE
    s_short, s_long = sorted((_stem(a), _stem(b)), key=len)
    if len(s_short) >= 4 and len(s_long) - len(s_short) >= 3 and s_long.endswith(s_short):
        return 1.0  # the query is the head of the other's compound ("schema" ~ "arbetsschemat")
    return _INNER_PART_SHARE


def _head_only(query_word: str, target: str) -> bool:
    """``target`` is only the head of the compound ``query_word`` ("lönesamtal" /
    "samtal"): the two begin differently and the longer ends with the shorter."""
    if query_word.isdigit() or query_word.isupper() or target.isupper():
        return False
    a, b = _stem(query_word), _stem(target)
    return len(a) - len(b) >= 3 and a.endswith(b) and a[:3] != b[:3]


def _tail_only(a: str, b: str) -> bool:
    """``a`` and ``b`` are alike only by the head of a compound, with first parts of
    their own ("ekonomisystemet" and "journalsystemet")."""
    if a == b or a.isdigit() or b.isdigit() or a.isupper() or b.isupper() or a[:4] == b[:4]:
        return False
    sa, sb = _stem(a), _stem(b)
    k = 0
    while k < min(len(sa), len(sb)) and sa[-1 - k] == sb[-1 - k]:
        k += 1
    return k >= 5 and len(sa) - k >= 4 and len(sb) - k >= 4


def compound_clash(mine: Sequence[str], theirs: Sequence[str]) -> str | None:
    """A compound of ``mine`` alike to one of ``theirs`` only by its head, while neither
    first part occurs on the other side: another thing of the same kind ("integration
    mot ekonomisystemet" is no "integration mot journalsystemet")."""
    for a in dict.fromkeys(mine):
        for b in dict.fromkeys(theirs):
            if not _tail_only(a, b):
                continue
            if any(similar(a, t) and not _tail_only(a, t) for t in theirs):
                continue
            if any(similar(b, t) and not _tail_only(b, t) for t in mine):
                continue
            return f"{a} ≠ {b}"
    return None


def _fold(value: str | None) -> str:
    return " ".join(value.casefold().split()) if value else ""


def _same_name(a: str | None, b: str | None) -> bool:
    x, y = _fold(a), _fold(b)
    return bool(x and y and (x in y or y in x))


@dataclass(slots=True)
class Option:
    """One open item a passage may speak of: its id, title, score 0–100 and why."""

    item_id: int
    title: str
    score: float
    reason: str


@dataclass(slots=True)
class _ItemWords:
    title: list[str]
    all: list[str]


def _item_words(item: ItemRow) -> _ItemWords:
    title = words(item.title)
    return _ItemWords(title, title + words(item.text) + words(item.evidence)
                      + words(topic_heading(item.section)))


#: "4. Lönekartläggning 2025", "§ 12 Skolskjutsregler": the number before a heading.
_HEADING_NUMBER = re.compile(r"^\s*(?:§\s*)?\d{1,3}(?:\.\d{1,2})*[.):]?\s*")


def topic_heading(section: str | None) -> str | None:
    """The heading an item stood under when it names a matter ("4. Lönekartläggning
    2025" → "Lönekartläggning 2025"), or None for a heading of procedure or of a kind of
    business ("Övriga frågor", "Uppföljning av åtgärdslistan", "Nya frågor")."""
    if not section:
        return None
    heading = _HEADING_NUMBER.sub("", section).strip()
    # "Uppföljning av meritvärden 2025": the follow-up of one named matter is that
    # matter's heading ("Uppföljning av åtgärdslistan" names a kind of business still).
    of = _FOLLOW_UP_OF.match(heading)
    if of and not FOLLOW_UP_SECTIONS.search(of.group(1)) and not _PROCEDURE_HEADING.match(
            of.group(1)):
        heading = of.group(1)
    if (not heading or FOLLOW_UP_SECTIONS.search(heading) or NEW_SECTIONS.search(heading)
            or _PROCEDURE_HEADING.match(heading)):
        return None
    return heading


_FOLLOW_UP_OF = re.compile(r"(?i)uppföljning\s+av\s+(?!förra|föregående|tidigare)(\S.*)$")
_PROCEDURE_HEADING = re.compile(
    r"(?:val\s+av|justering|upprop|dagordning|godkännande|mötets|sammanträdets|"
    r"information|meddelanden|anmälningsärenden|delegationsbeslut|nästa\s+möte|"
    r"övrigt|inledning|närvarande|protokoll|minnesanteckningar|anteckningar)",
    re.IGNORECASE,
)


def is_mention(c: Candidate) -> bool:
    return "omnämnande i dokumentet" in c.reasons


def score_pair(
    c: Candidate, item: ItemRow, iw: _ItemWords | None = None, *, ref_shared: bool = False
) -> tuple[float, str]:
    """How surely ``c`` speaks of ``item`` (0–100) and the reasons, in Swedish.

    ``ref_shared``: another open item of the forum has the same list number (lists that
    start again at 1), so the number alone identifies nothing."""
    iw = iw or _item_words(item)
    reasons: list[str] = []
    label_w = words(c.label)
    title_w = [] if _GENERIC_TITLES.match((c.title or "").strip()) else words(c.title)
    all_w = words(f"{c.title} {c.text} {c.evidence or ''}")
    score = 0.0
    why_words: list[str] = []
    if label_w:
        cov, hit = coverage(label_w, iw.all)
        s = 100 * cov * (0.85 if len(label_w) == 1 else 0.95)
        if s > score:
            score, why_words = s, hit
    subject_w = words(c.subject) if c.subject and c.subject != c.label else []
    subject_hit = False
    plain_subject = False
    heading_w = words(topic_heading(c.section))
    if len(subject_w) == 1 and any(similar(subject_w[0], w) for w in heading_w):
        # "4. Rutin för sen hämtning / … Rutinen godkändes och sätts upp": a subject of
        # one word that the heading over it names stands for the heading's matter.
        subject_w = heading_w
    if subject_w:
        # The matter a status sentence opens with ("Kuratorsfrågan kvarstår").
        cov, hit = coverage(subject_w, iw.all)
        # One plain word ("Programmet är utskickat") names a kind of thing more than a
        # matter; one compound ("Kuratorsfrågan kvarstår") or more words name it.
        raw = c.subject.strip().casefold()
        one = 0.85 if _key(raw) != raw or len(raw) >= 13 else 0.7
        s = 100 * cov * (one if len(subject_w) == 1 else 0.95)
        # A plain word ("Resultatet har inte sammanställts") under a label that names
        # another matter ("OSA-enkät:") does not lift the label's cap below.
        subject_hit = cov > 0.0 and (len(subject_w) > 1 or one > 0.7)
        plain_subject = len(subject_w) == 1 and one <= 0.7
        if s > score:
            score, why_words = s, hit
    # A plain word as the subject of a status ("Analysen redovisas
    # i stället på decembermötet") points back at a matter known before, also when a
    # minutes rule made an item of the sentence (it then covers the passage, and no
    # mention is made of it).
    about_earlier = is_mention(c) or c.kind in ("carried_over", "closing") or plain_subject
    heading_c = topic_heading(c.section) if about_earlier and not label_w else None
    if heading_c and (not subject_w or plain_subject) and topic_heading(item.section):
        # "7 Friskvårdsbidrag / Ingen ny information; frågan ligger kvar till hösten":
        # a statement with no label or subject of its own (or a plain word: "Analysen
        # redovisas i stället …") is about the matter of the heading it stands under,
        # when the item stood under one of that matter.
        head_w = words(heading_c)
        cov, hit = coverage(head_w, words(topic_heading(item.section)))
        s = 100 * cov * (0.85 if len(head_w) == 1 else 0.9)
        if s > score:
            score, why_words = s, hit
    # A title of one word counts when the word is a long compound ("rastvaktsschemat").
    if len(title_w) >= 2 or (len(title_w) == 1 and len(title_w[0]) >= 10):
        cov, hit = coverage(title_w, iw.all)
        s = 90 * cov * (1.0 if len(title_w) >= 2 else 0.9)
        if s > score:
            score, why_words = s, hit
    if len(iw.title) >= 2 or (len(iw.title) == 1 and len(iw.title[0]) >= 10):
        cov, hit = coverage(iw.title, all_w)
        s = 85 * cov * (1.0 if len(iw.title) >= 2 else 0.9)
        if s > score:
            score, why_words = s, hit
    if all_w and iw.all:
        c1, hit1 = coverage(all_w, iw.all)
        c2, _ = coverage(iw.all, all_w)
        s = 100 * min(c1, c2) * 0.9
        if s > score:
            score, why_words = s, hit1
    # A § title over the passage names the matter too, but a § of a new ärende under
    # a title of other words is no sign of another matter when its text is alike.
    para_title = bool(c.section and c.label and c.section.startswith("§")
                      and c.label in c.section)  # fmt: skip
    if label_w and not para_title and not subject_hit and coverage(label_w, iw.all)[0] == 0.0:
        # "Parkeringen: planen är klar …" names another matter, whatever else is shared.
        score = min(score, 50.0)
    mine_text = " ".join(x for x in (c.label, c.title, c.text) if x)
    theirs_text = f"{item.title} {item.text or ''}"
    # The § titles too: "§ 43 Tillsyn – olovlig byggnation, Strandvägen 6" over an
    # assignment is another matter than the one under "… Strandvägen 4", whatever words
    # the two assignments share.
    mine_ids = f"{mine_text} {topic_heading(c.section) or ''}"
    theirs_ids = f"{theirs_text} {topic_heading(item.section) or ''}"
    # The words shared may come from the item's evidence only ("Lönerevision 2024 /
    # Vision frågar … / Arbetsgivaren svarar till nästa möte"): the year that names a
    # matter coming back every year counts there too ("Lönerevision 2025" is another
    # year's).  (Not its places: the evidence may tell where the matter moves from.)
    evidence_only = bool(why_words and item.evidence
                         and not any(w in words(theirs_text) for w in why_words))  # fmt: skip
    # Compounds only from what names the passage's matter (its label, subject and
    # title), not from the reasons its text gives ("på grund av budgetarbetet").
    naming = " ".join(dict.fromkeys(x for x in (c.label, c.subject, c.title) if x))
    # The headings too: "Rekrytering av biträdande rektor, Norrskolan" over an action is
    # another matter than the one under "…, Ekängsskolan".
    clash = (conflict(mine_ids, theirs_ids)
             or (conflict(mine_ids, item.evidence, kinds="år:") if evidence_only else None)
             or compound_clash(words(naming), words(theirs_text))
             or compound_clash(words(topic_heading(c.section)),
                               words(topic_heading(item.section))))  # fmt: skip
    if clash:
        # "Ekgatan 14" and "Ekgatan 4", "åk 7–9" and "åk 4–6": both name the thing
        # they are about, and not the same one.
        score = min(score, CONFLICT_CAP)
        reasons.append(f"annan {clash}")
    if why_words:
        reasons.append("ord: " + ", ".join(why_words[:4]))

    # The strongest identities.
    dc, di = normal_dnr(c.dnr), normal_dnr(item.dnr)
    if dc and di:
        if dc == di:
            # A new assignment or question decided under the § of a tabled ärende is a
            # matter of its own; the decision itself is the § block's mention.
            fresh = not is_mention(c) and c.kind in ("assignment", "awaiting_reply", "referred",
                                                     "follow_up", "action") and item.kind in (
                "tabled", "sent_back")  # fmt: skip
            if not fresh:
                score = max(score, 96.0)
                reasons.insert(0, f"samma dnr ({c.dnr})")
        else:
            score = min(score, 25.0)
            reasons.insert(0, f"annat dnr ({c.dnr} ≠ {item.dnr})")
    if c.ref_no and item.ref_no:
        follow_up = bool(FOLLOW_UP_SECTIONS.search(c.section or ""))
        if c.ref_no == item.ref_no:
            if label_w:
                cov, _ = coverage(label_w, iw.all)
                s = 92.0 if cov >= 0.5 else 62.0
            elif is_mention(c) or follow_up:
                s = 88.0
            else:
                # A numbered line of a new list ("1. Göran tar fram …") numbers its own
                # actions: the number counts only with words in common.
                s = 88.0 if score >= 35 else score
            if ref_shared:
                s = min(s, 70.0)
            if s >= 70.0:
                score = max(score, s)
                reasons.insert(0, f"samma nummer i listan ({c.ref_no})")
        elif is_mention(c) or c.label:
            score = min(score, 40.0)
            reasons.insert(0, f"annat nummer i listan ({c.ref_no} ≠ {item.ref_no})")

    sec_c, sec_i = c.section or "", item.section or ""
    period = (period_conflict(sec_c, sec_i)
              if sec_c.startswith("§") and sec_i.startswith("§") else None)  # fmt: skip
    if period:
        # A recurring report under one dnr ("Ekonomisk uppföljning augusti 2024", then
        # "… september 2024"): the next period's § is not the earlier one's matter.
        score = min(score, CONFLICT_CAP)
        reasons.insert(0, f"annan {period}")
    # Nudges.
    section = c.section or ""
    if FOLLOW_UP_SECTIONS.search(section):
        score += 6
        reasons.append(f"under ”{_short(section, 40)}”")
    elif NEW_SECTIONS.search(section):
        score -= 12
        reasons.append(f"under ”{_short(section, 40)}”")
    fresh = _FRESH_QUESTION.search(c.evidence or c.text or "")
    if fresh and not c.label and not is_mention(c) and not FOLLOW_UP_SECTIONS.search(section):
        score -= 10
        reasons.append("ny fråga")
    if c.owner and item.owner:
        if _same_name(c.owner, item.owner):
            score += 4
            reasons.append("samma ansvarig")
        else:
            score -= 4
    if c.raised_by and item.raised_by and _same_name(c.raised_by, item.raised_by):
        score += 4
        reasons.append("samma frågeställare")
    return max(0.0, min(100.0, round(score, 1))), "; ".join(reasons)


def _short(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


@dataclass(slots=True)
class Link:
    """The proposal for one candidate or mention."""

    options: list[Option] = field(default_factory=list)  # best first
    item_id: int | None = None  # the chosen item (None: new / nothing)
    score: float = 0.0
    sure: bool = False
    #: Another passage of the document was linked to the same item by its dnr or
    #: number (e.g. "Ärendet bordlades …" and "bordläggs på nytt" in one §).
    same_as_other: bool = False


def _strong(reason: str) -> bool:
    return reason.startswith(("samma dnr", "samma nummer")) and "andra punkter" not in reason


class _Shortlist:
    """Which items to score for a passage: all of a forum's usual few hundred; of a
    larger list those with the passage's dnr or list number and the closest by text
    (rapidfuzz, in C), so that an import stays fast with thousands of open items."""

    LIMIT_ALL = 300

    def __init__(self, items: Sequence[ItemRow]):
        self.items = items
        self.all = len(items) <= self.LIMIT_ALL
        if self.all:
            return
        from tracker.services.matching import normalise

        self.norms = [normalise(f"{it.title} {it.text}") for it in items]
        self.by_dnr: dict[str, list[int]] = {}
        self.by_ref: dict[str, list[int]] = {}
        for i, it in enumerate(items):
            if it.dnr:
                self.by_dnr.setdefault(normal_dnr(it.dnr), []).append(i)
            if it.ref_no:
                self.by_ref.setdefault(it.ref_no, []).append(i)

    def indexes(self, c: Candidate) -> list[int]:
        if self.all:
            return list(range(len(self.items)))
        from rapidfuzz import fuzz, process

        from tracker.services.matching import normalise

        out = set(self.by_dnr.get(normal_dnr(c.dnr), []) if c.dnr else [])
        out |= set(self.by_ref.get(c.ref_no, []) if c.ref_no else [])
        query = normalise(f"{c.label or ''} {c.title} {c.text}")
        if query:
            for _choice, _s, idx in process.extract(
                query, self.norms, scorer=fuzz.token_set_ratio, limit=25, score_cutoff=30
            ):
                out.add(idx)
        return sorted(out)


def _part_shared_paragraph(c: Candidate, opts: list[Option], by_id: dict[int, ItemRow]) -> None:
    """Two items made from one paragraph ("… begärt en bullermätning i verkstaden …
    beställer mätningen … / … kompletterar förbandslådorna …") share it as evidence (the
    one's runs on over the other's), so
    its words cannot tell them apart: among the options that score alike and share
    their evidence, the one whose own sentence (its text) fits the passage
    clearly better goes first, and the others are put that gap below it."""
    if len(opts) < 2:
        return
    top = opts[0].score
    evidence = {o.item_id: _fold(by_id[o.item_id].evidence) for o in opts}
    first = evidence[opts[0].item_id]
    # (The evidence of the later item of a paragraph often runs on over the earlier's.)
    group = [o for o in opts if o.score >= top - AMBIGUITY_GAP and first and evidence[o.item_id]
             and (first in evidence[o.item_id] or evidence[o.item_id] in first)]  # fmt: skip
    if len(group) < 2:
        return
    own: dict[int, float] = {}
    for o in group:
        # The item's own sentence, not its title: a title is sometimes the question of
        # the paragraph, shared with the other item.
        it = by_id[o.item_id]
        sentence = words(it.text) or words(it.title)
        own[o.item_id] = score_pair(c, it, _ItemWords(sentence, sentence))[0]
    ranked = sorted(group, key=lambda o: (-own[o.item_id], o.item_id))
    best, second = ranked[0], ranked[1]
    if own[best.item_id] - own[second.item_id] < AMBIGUITY_GAP:
        return
    best.score = max(o.score for o in group)
    for o in ranked[1:]:
        o.score = round(min(o.score, best.score - AMBIGUITY_GAP - 1), 1)
        o.reason += "; samma stycke som en bättre träff"
    opts.sort(key=lambda o: (-o.score, o.item_id))


def link_all(passages: Sequence[Candidate], items: Sequence[ItemRow]) -> list[Link]:
    """Score every passage against every open item and choose at most one passage per
    item (best first).  Options below :data:`OFFER_SCORE` are left out."""
    iws: dict[int, _ItemWords] = {}
    links: list[Link] = []
    shortlist = _Shortlist(items)
    refs: dict[str, int] = {}
    for it in items:
        if it.ref_no:
            refs[it.ref_no] = refs.get(it.ref_no, 0) + 1
    for c in passages:
        opts: list[Option] = []
        for idx in shortlist.indexes(c):
            it = items[idx]
            iw = iws.get(idx)
            if iw is None:
                iw = iws[idx] = _item_words(it)
            shared = bool(it.ref_no) and refs.get(it.ref_no, 0) > 1
            s, why = score_pair(c, it, iw, ref_shared=shared)
            if shared and why.startswith("samma nummer"):
                why = why.replace("samma nummer i listan", "samma nummer som andra punkter", 1)
            if s >= OFFER_SCORE:
                opts.append(Option(it.id, it.title, s, why))
        # Of options that score alike, one the list number or dnr identifies goes first.
        opts.sort(key=lambda o: (-o.score, not _strong(o.reason), o.item_id))
        _part_shared_paragraph(c, opts, {it.id: it for it in items})
        links.append(Link(options=opts[:5]))
    # A proposal ("Förvaltningen föreslår att motionen anses besvarad") says less than
    # the decision taken on it.
    bonus = [(0.25 if _PROPOSAL.search(c.evidence or c.text or "") else 1.0)
             if effect_of(c.evidence or c.text or "") else 0.0 for c in passages]  # fmt: skip
    # An item that decides the matter and gives a new task in one sentence ("godkänner
    # förfrågningsunderlaget och ger förvaltningen i uppdrag att genomföra upphandlingen")
    # is the new task: the passage of its § that holds the decision speaks for the old
    # matter first (the item then stays a new one: :func:`balance.entry_for_link`).
    for k, c in enumerate(passages):
        if not is_mention(c) and decides_then_tasks(c.evidence or c.text or ""):
            bonus[k] = -1.0
    # A passage that only points elsewhere ("Tidplan nattpatrull (AG) – se punkt 7")
    # says nothing itself: the passage it points to speaks for the matter first.
    # (One that says its own status besides, "klar, se punkt 2 – punkten stängs",
    # speaks for itself.)
    pointer = [bool(m := _POINTER.search(t := c.evidence or c.text or ""))
               and effect_of(t[: m.start()]) is None for c in passages]  # fmt: skip
    # A dnr or list number makes every passage of that matter score alike (95 and
    # up); among them the one that says what happens goes first, then the extractor's
    # own item before a mention.
    # A sure option its list number or dnr names counts as 95 too: "3 | Utbildning i
    # läkemedelshantering … | Bokad 12/3" is the row of the item, before a sentence
    # elsewhere that names it by words ("Utbildningen i läkemedelshantering är bokad").
    order = sorted(
        ((95.0 if _strong(o.reason) and o.score >= SAFE_SCORE else min(o.score, 95.0),
          bonus[k] + (0.5 if not is_mention(passages[k]) else 0.0), k, o)
         for k, ln in enumerate(links) for o in ln.options),
        key=lambda t: (pointer[t[2]], -t[0], not _strong(t[3].reason), -t[1], t[2],
                       t[3].item_id),
    )  # fmt: skip
    taken: dict[int, int] = {}
    for _s, _b, k, o in order:
        ln = links[k]
        if ln.item_id is not None:
            continue
        if o.item_id in taken:
            if _strong(o.reason) and ln.options and ln.options[0].item_id == o.item_id:
                ln.same_as_other = True
                ln.item_id = o.item_id
                ln.score = o.score
            continue
        ln.item_id = o.item_id
        ln.score = o.score
        taken[o.item_id] = k
    for ln in links:
        if ln.item_id is None or ln.same_as_other:
            continue
        chosen = next(o for o in ln.options if o.item_id == ln.item_id)
        others = [o for o in ln.options if o.item_id != ln.item_id]
        ambiguous = bool(
            others
            and others[0].score >= chosen.score - AMBIGUITY_GAP
            and not _strong(chosen.reason)
        )
        ln.sure = chosen.score >= SAFE_SCORE and not ambiguous
    return links


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


def effect_for(c: Candidate, item: ItemRow) -> str:
    """ "close" or "update": what a passage linked to ``item`` does to it."""
    text = c.evidence or c.text or c.title
    if _only_a_step(text, item):
        return "update"
    eff = effect_of(text)
    if is_mention(c):
        if c.kind == "carried_over":
            # The mention reader judged the whole sentence open ("… har genomförts på
            # 80 procent", "kvarstår tills … är monterade").
            return "update"
        if eff == "close" or (eff is None and c.kind == "closing"):
            # (A closing mention no listed word says closes was read by its verb:
            # "Skyddsronden genomfördes 6 mars".)
            return "close"
        if eff == "decide":
            # The decision the tabled or sent-back ärende waited for, or the one the
            # assignment or promised answer ("återkommer med en kalkyl") prepared.
            if item.kind in ("tabled", "sent_back") or (
                c.dnr and item.kind in ("assignment", "awaiting_reply")
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
    return "update"


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


def describe_options(options: Sequence[Option]) -> list[tuple[int, str, float, str]]:
    """The offered items as plain tuples (id, title, score, reason), best first."""
    return [(o.item_id, o.title, o.score, o.reason) for o in options[:OFFERED]]
