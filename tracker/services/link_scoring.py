"""How surely a passage of a new document speaks of one open item: :func:`score_pair`.

The score (0–100) comes from the words the two share (:mod:`tracker.services.link_words`)
– a topic label, the subject of a status sentence, the heading it stands under, a §
title, the key nouns – and from the strongest identities: the same dnr or list number
lifts it, another one caps it.  Another identifier of one kind (house number, grade
range, named place, the period of a recurring report) or a compound alike only by its
head caps it at :data:`CONFLICT_CAP`.  Nudges: the same owner or raiser, the section
the passage stands under, a fresh question.  Choosing among the scored items is
:mod:`tracker.services.linking`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tracker.domain import Candidate
from tracker.extract.mentions import (
    ACTION_CODE,
    COMMENT_SECTIONS,
    FOLLOW_UP_SECTIONS,
    NEW_SECTIONS,
    code_series,
    normal_dnr,
)
from tracker.extract.passage_layout import PROCEDURE_TITLE
from tracker.services.identifiers import (
    SERIES_CODE,
    conflict,
    object_conflict,
    period_conflict,
)
from tracker.services.link_words import _key, compound_clash, coverage, similar, words
from tracker.store.models import ItemRow

#: Words that presuppose an earlier matter: a new date, one that still stands, a plan
#: kept to.
_KNOWN_BEFORE = re.compile(
    r"\bnytt\s+datum\b|\bkvarstår\b|\bligger\s+kvar\b|\bfortfarande\b|"
    r"\bsom\s+(?:tidigare\s+)?(?:planerat|utlovat|aviserat|meddelats|aviserats|utlovats)\b",
    re.IGNORECASE,
)
#: The highest score of a passage and an item that name different identifiers of one
#: kind (another house number, grade range or named place): offered at most.
CONFLICT_CAP = 50.0
_FRESH_QUESTION = re.compile(
    r"\b(?:frågar|undrar|vill\s+(?:veta|ha)|tar\s+upp|lyfter|efterfrågar|begär|föreslår)\b",
    re.IGNORECASE,
)
_GENERIC_TITLES = re.compile(
    r"^(?:beslut|uppföljning|uppföljning av åtgärdslistan|åtgärdslista|balanslista|"
    r"kvarvarande frågor|övriga frågor|information)$",
    re.IGNORECASE,
)


def _fold(value: str | None) -> str:
    return " ".join(value.casefold().split()) if value else ""


def _same_name(a: str | None, b: str | None) -> bool:
    x, y = _fold(a), _fold(b)
    return bool(x and y and (x in y or y in x))


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
    # ("Förslag till ny mobilpolicy" names its matter: "ny" there is the policy's, not a
    # heading of new business.)
    new_business = NEW_SECTIONS.search(heading) and not _NEW_THING.match(heading)
    if (not heading or FOLLOW_UP_SECTIONS.search(heading) or new_business
            or _PROCEDURE_HEADING.match(heading)):
        return None
    return heading


#: "Förslag till ny mobilpolicy", "Ansökan om nytt bygglov": a heading that names one new
#: thing (a noun after "ny/nytt/nya"), not a heading of new business ("Nya frågor").
_NEW_THING = re.compile(
    r"(?i)^(?:förslag|ansökan|begäran|yttrande|remiss|uppdrag|beslut)\s+(?:till|om|över|"
    r"avseende|på)\s+(?:en\s+|ett\s+)?nya?t?\s+(?!frågor|ärenden|punkter|åtgärder)[\wåäö]{4,}")


_FOLLOW_UP_OF = re.compile(r"(?i)uppföljning\s+av\s+(?!förra|föregående|tidigare)(\S.*)$")
_PROCEDURE_HEADING = re.compile(
    r"(?:val\s+av|justering|upprop|dagordning|godkännande|mötets|sammanträdets|"
    r"information|meddelanden|anmälningsärenden|delegationsbeslut|nästa\s+möte|"
    r"övrigt|inledning|närvarande|protokoll|minnesanteckningar|anteckningar)",
    re.IGNORECASE,
)


_PARA_NUMBER = re.compile(r"^\s*§\s*\d{1,4}\s*")


#: A code of letters and digits that names one thing: "B12", "FS01", "A15" (not a
#: period: "Q3", "T2").
_CODE = re.compile(r"(?<![\w/-])(?![QT][1-4]\b)[A-ZÅÄÖ]{1,3}-?\d{1,4}(?![\w/:.,-]\d)\b")
#: The score of a shared code with a shared word besides (above the safe score).
CODE_SCORE = 80.0


def _codes(text: str) -> set[str]:
    # (With the codes numbered within a series: "A26-14".)
    return ({m.group(0).replace("-", "").upper() for m in _CODE.finditer(text)}
            | {m.group(0) for m in SERIES_CODE.finditer(text) if "-" in m.group(0)})  # fmt: skip


def _standing_point(section: str | None) -> bool:
    """A § of procedure or of a kind of business ("§ 14 Information från
    förvaltningschefen", "§ 6 Frågor från de fackliga organisationerna")."""
    if not section or not section.lstrip().startswith("§"):
        return False
    return bool(PROCEDURE_TITLE.match(_PARA_NUMBER.sub("", section).strip()))


#: "… och åtgärd 17 avslutas", "Punkt 6 i åtgärdslistan är därmed klar": a sentence of
#: running text that names an action list's row by its number.  ("Punkt N" alone is an
#: agenda point: only with the list named.  "Se åtgärd 17" only points there.)
_INLINE_REF = re.compile(
    r"(?<!\bse )\b(?:åtgärd(?:spunkt)?\s+(?:nr\.?\s*)?(\d{1,3})\b(?![.,]?\d)"
    r"|punkt\s+(\d{1,3})\s+(?:i|på)\s+(?:åtgärdslistan|balanslistan|uppföljningslistan)\b)",
    re.IGNORECASE,
)


def inline_ref(c: Candidate) -> str | None:
    """The list number ``c``'s own sentence names a row of an action list by, when it
    names exactly one and the passage has no number of its own (see
    :data:`_INLINE_REF`)."""
    if c.ref_no:
        return None
    found = {m.group(1) or m.group(2) for m in _INLINE_REF.finditer(c.text or "")}
    return found.pop() if len(found) == 1 else None


#: An action code named in running text ("…; A1 flyttas till LG 2025-08-19.").
#: (Also "S-16" and a year's number, "(se 2025:12)"; not a register's "U 2025:03" or a
#: statute's "SFS 2025:12", where letters and a space stand before the year.)
_INLINE_CODE = re.compile(
    rf"(?<![\w/-])({ACTION_CODE}|[A-ZÅÄÖ]{{1,2}}-\d{{1,3}}|(?<![A-ZÅÄÖ]\s)(?:19|20)\d\d:\d{{1,3}})"
    r"(?![\w/-]|:\d)")


def inline_code(c: Candidate) -> str | None:
    """The one action code ``c``'s own sentence names, when the passage has no list
    number of its own ("Rikards besparingsförslag … är inte färdigt; A1 flyttas …")."""
    if c.ref_no:
        return None
    found = {m.group(1) for m in _INLINE_CODE.finditer(c.text or "")}
    return found.pop() if len(found) == 1 else None


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
    # (A § title of procedure or of a kind of business, "Information från
    # förvaltningschefen", names no matter either.)
    generic = _GENERIC_TITLES.match((c.title or "").strip()) or PROCEDURE_TITLE.match(
        (c.title or "").strip())
    title_w = [] if generic else words(c.title)
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
    elif heading_c and (not subject_w or plain_subject) and len(words(heading_c)) >= 2:
        # "Punkt 4. Motionen om simskola för vuxna / Yttrandet är ännu inte klart …": the
        # heading names the matter of an item made from a row of a list ("Yttrande över
        # motion om simskola för vuxna nyanlända"), which stood under no heading of its
        # matter: the heading's words (two at least) against the item's title.
        head_w = words(heading_c)
        cov, hit = coverage(head_w, iw.title)
        s = 100 * cov * 0.9
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
    shared_codes = _codes(mine_text) & _codes(theirs_text)
    own = {w.casefold() for w in words(theirs_text)}
    if (shared_codes and score < CODE_SCORE
            and any(part.casefold() in own and not _CODE.fullmatch(part.upper())
                    for w in why_words for part in w.split("~"))):  # fmt: skip
        # "Projektorn B12 funkar igen …" and "Jonas kollar med IT varför projektorn i B12
        # inte fungerar": a code of letters and digits (a room, a vehicle, a system) and
        # a word of the matter besides, both in the item's own words (not the sentence
        # before it, which may be another matter's: "… projektorn i B12 … / Karin
        # beställer nya bänkar till klassrum B14"), name the same thing.
        score = CODE_SCORE
        reasons.append("samma beteckning: " + ", ".join(sorted(shared_codes)))
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
    # (What a process is of may stand in the sentence before: "Upphandlingen av
    # skrivartjänster … är avslutad … Upphandlingen gjordes av kommunen själv.")
    clash = (conflict(mine_ids, theirs_ids)
             or object_conflict(f"{mine_ids} {c.evidence or ''}", theirs_ids)
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
    # "§ 26 Information från förvaltningschefen", dnr BUN 2025/4 at every meeting: the
    # standing agenda point's case number holds many matters and names none, so it is
    # no evidence either way (a matter of its own dnr told under it is no other matter).
    if _standing_point(c.section):
        dc = ""
    if _standing_point(item.section):
        di = ""
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
    # A row's number named in running text counts as a numbered line of a new list
    # does: with words in common only (the text may name an agenda's numbering).
    named = inline_ref(c)
    ref = c.ref_no or named
    if ref and item.ref_no:
        # (A numbered comment under the table comments on the row of its number.)
        follow_up = bool(FOLLOW_UP_SECTIONS.search(c.section or "")
                         or COMMENT_SECTIONS.match(c.section or ""))
        if ref == item.ref_no:
            if label_w:
                cov, _ = coverage(label_w, iw.all)
                s = 92.0 if cov >= 0.5 else 62.0
            elif (is_mention(c) or follow_up) and not named:
                s = 88.0
            else:
                # A numbered line of a new list ("1. Göran tar fram …") numbers its own
                # actions: the number counts only with words in common.
                s = 88.0 if score >= 35 else score
            if ref_shared:
                s = min(s, 70.0)
            if s >= 70.0:
                score = max(score, s)
                reasons.insert(0, f"samma nummer i listan ({ref})")
        elif is_mention(c) or c.label:
            score = min(score, 40.0)
            reasons.insert(0, f"annat nummer i listan ({ref} ≠ {item.ref_no})")

    coded = inline_code(c) if not ref else None
    if coded and item.ref_no and not item.ref_no.isdigit() and (
            code_series(coded) == code_series(item.ref_no)):
        # A code of the item's own list named in a sentence: the row it names (with
        # words in common), and no other row of that list.  (A code of another kind, a
        # room "B12" beside a list numbered 1, 2, 3, says nothing of the list.)
        if coded == item.ref_no and score >= 35 and not ref_shared:
            score = max(score, 88.0)
            reasons.insert(0, f"samma nummer i listan ({coded})")
        elif coded != item.ref_no:
            score = min(score, 40.0)
            reasons.insert(0, f"annat nummer i listan ({coded} ≠ {item.ref_no})")

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
    elif NEW_SECTIONS.search(section) and not _KNOWN_BEFORE.search(c.evidence or c.text or ""):
        # (Not a passage whose words say the matter was known before, "Nytt datum: …",
        # "… kvarstår", "som tidigare utlovat": under "Övriga frågor" too it goes on with
        # an earlier matter.)
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
