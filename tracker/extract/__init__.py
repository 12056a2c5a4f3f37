"""Extraction: a read :class:`~tracker.domain.Document` → meeting facts, candidate items
and warnings (:class:`~tracker.domain.Extraction`).

``extract(doc)`` decides the document kind (minutes or follow-up report) and hands the
document to the matching extractor; in a document of unknown kind in which the minutes
rules find nothing, the follow-up reading offers possible items.  A report told only by
weak signals is read both ways and the fuller reading kept (its kind stays ``report``).
Rules are data where that helps (phrase tables, organisation aliases, follow-up words),
compiled once per process.
"""

from __future__ import annotations

import datetime as dt

from tracker.domain import Document, DocumentInfo, Extraction
from tracker.extract.kind import decide_kind, detect_kind


def _fullness(result: Extraction, told: set[str] = frozenset()) -> tuple[int, int]:
    """How much a reading offers: its sure items first, then (to break a tie) a sure item
    counting twice a possible one, a possible item the other reading already tells (its
    text in ``told``) counting nothing.  The sure items decide alone because the wide
    reading's possible items are many and mostly chance (a third of them labelled), and
    a dozen of them — headings of a table of contents, background sentences — outweighed
    a report reading's three entries with a status word."""
    return len(result.items), 2 * len(result.items) + sum(
        it.text not in told for it in result.possible
    )


def extract(doc: Document) -> Extraction:
    kind, sure = decide_kind(doc)
    info = DocumentInfo(
        file=doc.file_name,
        sha256=doc.sha256,
        format=doc.format,
        pages=doc.pages,
        kind=kind,
        ocr_pages=list(doc.ocr_pages),
    )
    if kind == "report":
        from tracker.extract.report import extract_report

        result = extract_report(doc, info)
        if not sure:
            # Weak signals only (a news page on a project, a register that also tells
            # of the meeting): short web pages the report rules may miss, while the
            # minutes rules and the follow-up reading find the work in their sentences.
            other = _read_as_minutes(doc, info, "unknown")
            # (the follow-up reading's own items, offered there unchecked, add nothing)
            own = {it.text for it in result.items}
            if _fullness(other, own) > _fullness(result):
                # The report's own facts where the minutes rules find none: its date
                # from the title's period, its body from the title or the head.
                if other.meeting.date is None:
                    other.meeting.date = result.meeting.date
                if other.meeting.body is None:
                    other.meeting.body = result.meeting.body
                reporter = result.meeting.body
                result = other
                _owners_from_agents(result)
                _owners_from_reporter(result, reporter)
            else:
                if result.meeting.date is None and other.meeting.date is not None:
                    # A news page on a meeting read as a report: the report rules find no
                    # date of their own; the minutes rules read the meeting's.
                    result.meeting.date = other.meeting.date
                from tracker.extract.clause_candidates import OBLIGATION_REASON

                # What the minutes reading was sure of, and a clause with an obligation
                # it offers unchecked (an auditors' "Kommunstyrelsen bör …"), stay offered
                # unchecked; the sentences its model ranks are left out, as the report
                # reading won.
                told = own | {it.text for it in result.possible}
                for it in [*other.items, *other.possible]:
                    if (
                        it.text not in told
                        and it.status == "open"
                        and (it.tier != "possible" or it.reasons[:1] == [OBLIGATION_REASON])
                    ):
                        it.tier = "possible"
                        if it.owner is None and result.meeting.body is not None:
                            it.owner = result.meeting.body
                        result.possible.append(it)
        elif result.meeting.date is None:
            # A report whose own dates (title, cover, fields, period) give none: the
            # meeting its sentences tell of dates it ("Beslutat av nämnden 24 maj"),
            # never a page's own dates or the clock.
            result.meeting.date = _meeting_date_in(doc)
    else:
        result = _read_as_minutes(doc, info, kind)
        if kind == "unknown" and result.meeting.date is None:
            from tracker.extract.minutes_warnings import asks_for_year

            if not asks_for_year(result.warnings):
                _date_as_report(doc, result)
    if doc.ocr_pages:
        from tracker.ingest.ocr import mark_ocr_items

        mark_ocr_items(result)
    return result


def _date_as_report(doc: Document, result: Extraction) -> None:
    """A document neither minutes nor a report by its words, in which the minutes
    reading finds no meeting date: the date a report's reading gives it (its title's
    period, "Årsredovisning 2013" → 2013-12-31, its cover's or its signature's date),
    said in a warning; never the clock's."""
    import dataclasses

    from tracker.domain import ExtractWarning
    from tracker.extract.meeting_date import page_dated
    from tracker.extract.report_date import report_date

    # (not a web page's own dates: "Publicerad", "Senast uppdaterad" date no meeting)
    day = report_date(dataclasses.replace(
        doc, lines=[ln for ln in doc.lines if not page_dated(ln.text)]))
    if day is None:
        return
    result.meeting.date = day
    result.warnings.append(ExtractWarning(
        f"Inget mötesdatum står i dokumentet; datumet {day.isoformat()} är läst som en "
        "rapports (titelns period, omslagets eller underskriftens datum). Kontrollera det "
        "vid granskningen.", None, None, None))


def _meeting_date_in(doc: Document) -> dt.date | None:
    """The date of the meeting ``doc``'s sentences tell of (a date written without a
    year that the document does not give stays unknown)."""
    from tracker.extract.meeting_date import told_meeting_date
    from tracker.extract.sections import structure

    return told_meeting_date(structure(doc))


def _owners_from_agents(result: Extraction) -> None:
    """A report read by the minutes rules (a register of motions): an item without an
    owner whose sentence names who prepares it ("Motionen bereds av
    barn- och utbildningsförvaltningen") has that body as its owner."""
    from tracker.extract.followup_owners import agent_in

    for item in [*result.items, *result.possible]:
        if item.owner is None and (agent := agent_in(item.text)) is not None:
            item.owner = agent
            item.reasons.append(f"ansvarig: {agent} (bereder ärendet)")


def _owners_from_reporter(result: Extraction, reporter: str | None) -> None:
    """A report read by the minutes rules: an item that names no owner of its own is the
    work of the body that reports (or the organisation a report of no body is about)."""
    if reporter is None:
        return
    for item in [*result.items, *result.possible]:
        if item.owner is None and item.status == "open":
            item.owner = reporter
            item.reasons.append(f"ansvarig: rapportens nämnd eller organisation ({reporter})")


def _read_as_minutes(doc: Document, info: DocumentInfo, kind: str) -> Extraction:
    """The minutes reading; for a document of unknown kind in which it finds nothing, the
    follow-up reading's items offered as possible."""
    from tracker.extract.mention_passages import annotate
    from tracker.extract.minutes import extract_minutes

    result = extract_minutes(doc, info)
    if kind == "unknown" and not result.items:
        # Neither minutes nor a report by its words, and the minutes rules find
        # nothing: what the follow-up reading finds (work that goes on, waits, is
        # late) is offered as possible items, unchecked.
        from tracker.extract.report_followup import read_followup

        followup = read_followup(doc.lines, result.meeting.body, result.meeting.date)
        for item in followup.items:
            item.tier = "possible"
            item.reasons.insert(0, "dokumentet är varken protokoll eller rapport till orden")
        # (a sentence the minutes' wide reading also offered is told once, read
        # as follow-up, which knows who goes on with it)
        told = {item.text for item in followup.items}
        result.possible = [c for c in result.possible if c.text not in told]
        result.possible += followup.items
    # What identifies each matter (dnr, number in the list, topic label) and the
    # passages that speak of earlier ones: used when importing, items left as they are.
    annotate(doc, result)
    # A point whose matter is said in the sentence before it ("Diskmaskinen är gammal.
    # Stefan tar in en offert på en ny.") restates a row of the action list only with
    # those words, which the passages have just given it.
    from tracker.extract.restatements import merge_listed_restatements

    result.items = merge_listed_restatements(result.items, doc.lines)
    return result


__all__ = ["detect_kind", "extract"]
