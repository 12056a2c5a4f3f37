"""One matter, said twice: a § protocol states a decision in its "Förslag till beslut"
or "Beslut" and again in the description ("Förvaltningen föreslår att resultatet …
återrapporteras till nämnden under våren"). Two open items close together with the same
due date and nearly the same words are one item: the one under a decision heading is
kept (else the first), and the other's sentence is kept as its evidence.

A balance list at the end of minutes restates, row by row, matters the minutes told in
their own points ("Förvaltningen ska utreda hastighetsdämpande åtgärder på Storgatan …"
under "2 Trafiksäkerhet på Storgatan" and the row "Hastighetsdämpande åtgärder Storgatan
vid Västerskolan | Förvaltningen | 2025-06-30"): a row whose words nearly all stand in
one earlier open item's sentence or point heading, with the same due date, is that item.
The row is kept (its short title and list number are what later minutes name), with the
point's sentence as its evidence.

The same holds for any table row at the end of the minutes, whatever the table is called
("Åtgärdslogg", "Actions", a list of tasks without a status column): the extractor reads
such a table as actions, but a row ("2 | Utredning meröppet Kvarnbyns bibliotek | … |
mars 2026 | Öppen") that restates a point told above ("Punkt 2. Meröppet bibliotek i
Kvarnbyn / Förvaltningen utreder …") is that point's matter. A point is compared by its
heading, its sentence and its title (a question raised, "Kommunal frågar hur bemanningen
nattetid på Bäckby … ser ut", is the title; the answer is the sentence). A row that gives
no date (a status "Kvarstår") or a point without one does not contradict the other's
date; two different dates do."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from tracker.domain import Candidate, Line
from tracker.extract.mentions import ACTION_CODE, label_of

#: token_set_ratio of the two items' texts (0–100) from which they are one matter.
_SAME = 80
_LINES = 40
#: … lower when one of them is the proposal's wording ("Förvaltningen föreslår att …"),
#: which restates a decision point in other words.
_SAME_PROPOSAL = 65
_PROPOSAL = re.compile(r"\bföresl(?:år|og|agit)\s+att\b|\bförslag(?:et)?\s+till\s+beslut",
                       re.IGNORECASE)
_WORD = re.compile(r"[\wåäö]{5,}", re.IGNORECASE)


def _words(c: Candidate) -> set[str]:
    return {w.casefold() for w in _WORD.findall(c.text or c.title)}


#: The number of an agenda point or § opening a section label ("3 Uppföljning …", "§ 46 …").
_POINT_NO = re.compile(r"^\s*(§\s*\d{1,4}|\d{1,3}(?:\.\d{1,2})*)(?=[.):\s]|$)")


def _point(c: Candidate) -> str | None:
    m = _POINT_NO.match(c.section or "")
    return re.sub(r"\s+", "", m.group(1)) if m else None


def _near(a: Candidate, b: Candidate) -> bool:
    """Within one § or matter: the same or the next page, a few dozen lines apart (the
    section label differs between "Beslut" and "Beskrivning av ärendet"), and not under
    two agenda points of their own ("3 Uppföljning …: Arbetsgivaren återkommer i
    januari" and "5 Lön: … Arbetsgivaren återkommer i januari när …" are two matters
    given the same answer)."""
    pa, pb = _point(a), _point(b)
    if pa and pb and pa != pb:
        return False
    if a.page is None or b.page is None or a.line is None or b.line is None:
        return a.section == b.section
    if a.page == b.page:
        return abs(a.line - b.line) <= _LINES
    return abs(a.page - b.page) == 1 and a.section == b.section


#: A case number: "RS/341/2023", "KS 2024/56", "Dnr 2019/0449" (a date is none).
_CASE_NO = re.compile(
    r"(?<![\wåäö/])(?:[A-ZÅÄÖ]{1,6}[ /.-]?\d{1,4}/\d{1,6}(?:/\d{1,6})?"
    r"|(?i:dnr|diarienummer)\.?\s*:?\s*(?:[A-ZÅÄÖ]{1,6}[ .-]?)?\d{1,4}[-/.:]\d{1,6}"
    r"(?:[-/.:]\d{1,6})?)(?![\wåäö])"
)


def _cases(c: Candidate) -> set[str]:
    return {re.sub(r"\D+", "/", m.group(0)).strip("/") for m in _CASE_NO.finditer(c.text or "")}


def _other_cases(a: Candidate, b: Candidate) -> bool:
    """Each names a case number and they name none in common: two proposals received,
    worded alike ("Medborgarförslag om att behålla badet (RS/341/2023) fördelas …" and the
    same with RS/342/2023), are two matters each owed an answer."""
    ca, cb = _cases(a), _cases(b)
    return bool(ca) and bool(cb) and not ca & cb


def _topic(c: Candidate, lines: list[Line] | None) -> str | None:
    """The topic label that opens the item's line or a line above it in its paragraph
    ("Lokalfrågan IFO: Flytten … / Vision frågar …"), if any."""
    if lines and c.line is not None:
        at = next((k for k, ln in enumerate(lines) if (ln.page, ln.line) == (c.page, c.line)),
                  None)  # fmt: skip
        k = at
        while k is not None and k >= 0 and at - k < 6 and lines[k].text.strip():
            if label := label_of(lines[k].text):
                return label.casefold()
            k -= 1
    for text in (c.evidence, c.text):
        if text and (label := label_of(text)):
            return label.casefold()
    return None


def _other_topics(a: Candidate, b: Candidate, lines: list[Line] | None) -> bool:
    """Each stands under a topic label of its own, and the labels differ: "Budget 2026:
    … Arbetsgivaren återkommer … till nästa FVG" and "Lokalfrågan IFO: … Arbetsgivaren
    återkommer med riskbedömningen till nästa FVG" are two matters given one answer."""
    ta, tb = _topic(a, lines), _topic(b, lines)
    return bool(ta) and bool(tb) and ta != tb


def _others_part(a: Candidate, b: Candidate) -> bool:
    """One item's sentence is a clause cut from the other's, with an owner of its own:
    "Jacob kollar upp korven, Sture kan hämta brödet" is two people's tasks, not one
    matter said twice (the rule's item holds the whole sentence, the clause analysis
    offers the second person's part)."""
    if not (a.owner and b.owner and a.text and b.text) or a.owner == b.owner:
        return False
    short, whole = sorted((" ".join(a.text.split()), " ".join(b.text.split())), key=len)
    return len(short) < len(whole) and short.rstrip(".") in whole


def _decision(c: Candidate) -> bool:
    return "beslut" in (c.section or "").casefold() and "förslag" not in (c.text or "")[:40]


def merge_restatements(items: list[Candidate], lines: list[Line] | None = None) -> list[Candidate]:
    out: list[Candidate] = []
    for it in items:
        twin = None
        if it.status == "open" and it.due is not None:
            for kept in out:
                if (
                    kept.status == "open"
                    and kept.due == it.due
                    and _near(kept, it)
                    and kept.kind == it.kind
                    and len(_words(kept) & _words(it)) >= 3
                    and not _other_cases(kept, it)
                    and not _others_part(kept, it)
                    and not _other_topics(kept, it, lines)
                    and fuzz.token_set_ratio(kept.text, it.text)
                    >= (_SAME_PROPOSAL if _PROPOSAL.search(kept.text + " " + it.text) else _SAME)
                ):
                    twin = kept
                    break
        if twin is None:
            out.append(it)
            continue
        keep, drop = (it, twin) if _decision(it) and not _decision(twin) else (twin, it)
        keep.reasons.append(f"samma sak sägs också: ”{drop.text[:120]}”")
        out[out.index(twin)] = keep
    return out


#: A § heading line ("TN § 43", "§ 12 Val av justerare", "KSAU § 140   Dnr …").
_PARA_HEAD = re.compile(r"^\s*(?:[A-ZÅÄÖ]{1,8}\s+)?§\s*\d{1,4}\b")
#: What the meeting did with the ärende as a whole.
_FATES = ("tabled", "sent_back", "referred")


def _para_of(c: Candidate, lines: list[Line]) -> int | None:
    """The index of the § heading line ``c`` stands under, or None."""
    at = next((k for k, ln in enumerate(lines) if (ln.page, ln.line) == (c.page, c.line)), None)
    k = at
    while k is not None and k >= 0:
        if _PARA_HEAD.match(lines[k].text):
            return k
        k -= 1
    return None


def _incoming(c: Candidate) -> bool:
    """``c`` was read as a proposal received ("Motion från …")."""
    return any(r.endswith("(inkommet ärende)") for r in c.reasons)


def fold_incoming(
    items: list[Candidate], lines: list[Line] | None, possible: list[Candidate] | None = None
) -> tuple[list[Candidate], list[Candidate]]:
    """A proposal received and what the meeting did with it, in one § ("TN § 43 … /
    Motion om belysning … / Motion från Liberalerna om att förbättra belysningen … /
    Beslut / Ärendet bordläggs till nästa sammanträde."), are one matter: the § title
    and the body naming the motion, read as proposals waiting for their answer (items or
    possible items), are folded into the item of the decision (tabled, sent back,
    referred), whose evidence keeps their words.  Otherwise a later decision on the
    ärende finds three items of one dnr and closes none of them without the secretary,
    and the review offers the motion again beside its tabling.  Returns the items and
    the possible items left."""
    possible = list(possible or [])
    if not lines:
        return items, possible
    fates = [it for it in items if it.kind in _FATES and it.status == "open"
             and not _incoming(it)]  # fmt: skip
    if not fates:
        return items, possible
    para = {id(it): _para_of(it, lines) for it in [*items, *possible]}
    dropped: set[int] = set()
    for fate in fates:
        head = para[id(fate)]
        if head is None:
            continue
        told = [it for it in [*items, *possible] if it is not fate and id(it) not in dropped
                and it.status == "open" and para[id(it)] == head and _incoming(it)]  # fmt: skip
        # (One proposal, named twice: a § that lists several, "Anmälan av motioner / Motion
        # av Eva Ek om laddplatser … Motion av Per Ås om en badplats …", lists matters.)
        if any(len(_stems(a.text) & _stems(b.text)) < 2 for a in told for b in told):
            continue
        for it in told:
            dropped.add(id(it))
            if it.text and it.text not in (fate.evidence or ""):
                fate.evidence = " ".join(x for x in (it.text, fate.evidence) if x)
            fate.reasons.append(f"samma ärende som förslaget: ”{it.text[:120]}”")
    return ([it for it in items if id(it) not in dropped],
            [it for it in possible if id(it) not in dropped])  # fmt: skip


#: A row and a point are one matter when at least this share of the row's words (and at
#: least two of them) stand in the point's sentence or heading.
_ROW_SHARE = 0.6


#: A paragraph this short (characters) speaks of one matter.
_SHORT_PARAGRAPH = 240


def _stems(text: str) -> set[str]:
    # Six letters: "belysning" ~ "belysningen", "hastighetsdämpande" ~ "-dämpande åtgärder".
    return {w.casefold()[:6] for w in _WORD.findall(text)}


def _is_row(c: Candidate) -> bool:
    """A row of a table (cells kept with bars by the extractor), of any kind, or a line
    of an action list opened by its code ("A6. Dennis sammanställer …")."""
    return c.kind == "balance_row" or is_table_row(c.text) or _coded(c)


def _coded(c: Candidate) -> bool:
    return bool(c.ref_no) and re.fullmatch(ACTION_CODE, c.ref_no or "") is not None


#: A point that sends the reader to a row of the action list by its code: "Se A26-14.",
#: "… skickats ut (A4, klar)".
_SEE_CODE = re.compile(
    rf"(?:\b(?:se|jfr)\s+(?:åtgärd\s+|punkt\s+)?({ACTION_CODE})\b|\(({ACTION_CODE})\s*[,)–-])",
    re.IGNORECASE,
)


def _paragraph(pt: Candidate, lines: list[Line] | None) -> str:
    """The run of lines (to a blank line) that holds ``pt``'s line, or ""."""
    if not lines or pt.line is None:
        return ""
    at = next((k for k, ln in enumerate(lines) if (ln.page, ln.line) == (pt.page, pt.line)), None)
    if at is None:
        return ""
    start, stop = at, at + 1
    while start > 0 and lines[start - 1].text.strip() and lines[start - 1].cells is None:
        start -= 1
    while stop < len(lines) and lines[stop].text.strip() and lines[stop].cells is None:
        stop += 1
    return " ".join(ln.text for ln in lines[start:stop])


def _codes_named(pt: Candidate, lines: list[Line] | None) -> set[str]:
    """The action codes the point's paragraph sends the reader to ("Se A26-15.")."""
    text = " ".join(x for x in (pt.text, pt.evidence, _paragraph(pt, lines)) if x)
    return {m.group(1) or m.group(2) for m in _SEE_CODE.finditer(text)}


def is_table_row(text: str | None) -> bool:
    """``text`` is a row of a table (the extractor keeps its cells with bars)."""
    return (text or "").count(" | ") >= 2


#: A row's own code in its first cell ("A12", "2", "2025-07").
_ROW_CODE = re.compile(r"^\s*([A-ZÅÄÖ]{0,3}\d{1,4}(?:-\d{1,3})?)\s*\|")


def restates(row: Candidate, other: Candidate) -> bool:
    """The table row ``row`` and the passage ``other`` (no row) speak of one matter: at
    least two thirds … of the row's words stand in the passage (see
    :data:`_ROW_SHARE`), or the passage opens with the row's own code ("A12 FS01: …"
    and "A12 | Avvecklingsplan FS01 | …")."""
    # The heading the passage stands under names its matter too ("4. Parkbänkar längs
    # Kvarngatan / Parkenheten meddelar att yttrandet … försenas" beside the row
    # "Medborgarförslag parkbänkar Kvarngatan | Parkenheten | … | Försenat").
    heading = other.section if other.section and not is_table_row(other.text or "") else None
    said = " ".join(x for x in (other.label, other.title, other.text, other.evidence, heading)
                    if x)  # fmt: skip
    m = _ROW_CODE.match(row.text or "")
    if m and not m.group(1).isdigit():
        head = (other.label or other.text or "").lstrip("-–•* ")
        if re.match(rf"{re.escape(m.group(1))}\b", head):
            return True
    mine = _stems(row.title)
    shared = len(mine & _stems(said))
    return shared >= 2 and shared >= _ROW_SHARE * len(mine)


def merge_listed_restatements(items: list[Candidate],
                              lines: list[Line] | None = None) -> list[Candidate]:
    """Fold each balance-list row into the earlier point of the same minutes that it
    restates (see the module docstring); every point is folded into one row at most.
    A point whose paragraph sends the reader to a row by its code ("Se A26-15.") is that
    row's matter and no other row's (``lines``: the document's, to read the paragraph)."""
    # (Only a checked row takes a point in: a point may be a possible item, the same
    # matter told before the list, and is folded as a checked one is.)
    rows = [it for it in items if _is_row(it) and it.status == "open"
            and it.tier != "possible"]  # fmt: skip
    if not rows:
        return items
    points = [it for it in items if not _is_row(it) and it.status == "open"]
    named = {id(pt): _codes_named(pt, lines) for pt in points}
    # An offered point whose sentence a checked point holds is that item's echo: folded,
    # the row would claim a matter the checked item still owns.
    held = [f"{it.text} {it.evidence or ''}" for it in points if it.tier != "possible"]
    echoes = {id(pt) for pt in points if pt.tier == "possible" and pt.text
              and any(pt.text in h for h in held)}  # fmt: skip
    dropped: set[int] = set(echoes)
    for row in rows:
        mine = _stems(row.title)
        # (A checked point before an offered one, then the most words shared.)
        best: Candidate | None = None
        best_key: tuple[bool, int] = (False, 0)
        for pt in points:
            checked = pt.tier != "possible"
            if id(pt) in dropped or (pt.due and row.due and pt.due != row.due):
                continue
            # (An earlier point: lines are counted per page in a PDF.)
            if row.line is not None and pt.line is not None and (
                    (pt.page or 0, pt.line) >= (row.page or 0, row.line)):
                continue
            if named[id(pt)] and _coded(row):
                if row.ref_no in named[id(pt)] and (checked, 100) > best_key:
                    best, best_key = pt, (checked, 100)
                continue
            said = pt.text if pt.title in pt.text else f"{pt.title} {pt.text}"
            shared = len(mine & _stems(f"{said} {pt.section or ''}"))
            if not (shared >= 2 and shared >= _ROW_SHARE * len(mine)) and pt.evidence and (
                    pt.text in pt.evidence and len(pt.evidence) <= _SHORT_PARAGRAPH):
                # A short paragraph is one matter: "Ljudnivån i matsalen är hög. Maria tar
                # kontakt med företagshälsovården för en ljudmätning." is the row
                # "Beställa ljudmätning i matsalen via företagshälsovården" — by three
                # words at least ("idéer till planeringsdagen" in a paragraph on the
                # autumn is no "Boka planeringsdag för hösten").
                par = len(mine & _stems(f"{pt.evidence} {pt.section or ''}"))
                shared = par if par >= 3 else 0
            if shared >= 2 and shared >= _ROW_SHARE * len(mine) and (
                    (checked, shared) > best_key):
                best, best_key = pt, (checked, shared)
        if best is None:
            continue
        dropped.add(id(best))
        # Another item made from the same line of the point ("Per frågar hur … /
        # Förvaltningen återkommer …" read as a task and as an answer owed) is the same
        # matter again.
        for pt in points:
            if (id(pt) not in dropped and (pt.page, pt.line) == (best.page, best.line)
                    and pt.line is not None and not (pt.due and row.due and pt.due != row.due)
                    and len(mine & _stems(f"{pt.title} {pt.text}")) >= 2):
                dropped.add(id(pt))
                best = pt if best.due is None and pt.due is not None else best
        # The point's paragraph (its question and answer), else its title and sentence.
        said = best.text if best.title in best.text else f"{best.title}. {best.text}"
        if best.evidence and best.text in best.evidence:
            said = best.evidence
        row.evidence = " ".join(x for x in (said, row.evidence) if x)
        if row.due is None:
            row.due, row.due_text, row.due_precision = best.due, best.due_text, best.due_precision
        row.reasons.append(f"samma sak som punkten: ”{best.text[:120]}”")
        if row.owner is None:
            row.owner = best.owner
    return [it for it in items if id(it) not in dropped or id(it) in echoes]

