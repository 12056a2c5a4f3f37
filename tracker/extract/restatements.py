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
point's sentence as its evidence."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from tracker.domain import Candidate

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


def _decision(c: Candidate) -> bool:
    return "beslut" in (c.section or "").casefold() and "förslag" not in (c.text or "")[:40]


def merge_restatements(items: list[Candidate]) -> list[Candidate]:
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


#: A row and a point are one matter when at least this share of the row's words (and at
#: least two of them) stand in the point's sentence or heading.
_ROW_SHARE = 0.6


def _stems(text: str) -> set[str]:
    # Six letters: "belysning" ~ "belysningen", "hastighetsdämpande" ~ "-dämpande åtgärder".
    return {w.casefold()[:6] for w in _WORD.findall(text)}


def merge_listed_restatements(items: list[Candidate]) -> list[Candidate]:
    """Fold each balance-list row into the earlier point of the same minutes that it
    restates (see the module docstring); every point is folded into one row at most."""
    rows = [it for it in items if it.kind == "balance_row" and it.status == "open"]
    if not rows:
        return items
    points = [it for it in items if it.kind != "balance_row" and it.status == "open"]
    dropped: set[int] = set()
    for row in rows:
        mine = _stems(row.title)
        best, best_n = None, 0
        for pt in points:
            if id(pt) in dropped or pt.due != row.due:
                continue
            if row.line is not None and pt.line is not None and pt.line >= row.line:
                continue
            shared = len(mine & _stems(f"{pt.text} {pt.section or ''}"))
            if shared >= 2 and shared >= _ROW_SHARE * len(mine) and shared > best_n:
                best, best_n = pt, shared
        if best is None:
            continue
        dropped.add(id(best))
        row.evidence = " ".join(x for x in (best.text, row.evidence) if x)
        row.reasons.append(f"samma sak som punkten: ”{best.text[:120]}”")
        if row.owner is None:
            row.owner = best.owner
    return [it for it in items if id(it) not in dropped]

