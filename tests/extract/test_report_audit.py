"""Audit reports, written here (never copied from a real document): the auditors'
recommendations as work the audited bodies owe, their judgements of their own questions
as no work, the auditors named by their organisation, and a cover dated by its month."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tracker.domain import Document, Line
from tracker.extract import detect_kind, extract
from tracker.extract.followup_advice import recommendations, remaining_shortcomings
from tracker.extract.report import report_date, report_issuer


def _lines(text: str) -> list[Line]:
    rows = [t for t in text.strip("\n").split("\n") if t.strip()]
    return [Line(text=t, page=1, line=k) for k, t in enumerate(rows, 1)]


def _doc(text: str) -> Document:
    return Document(path=Path("f.txt"), sha256="0", format="txt", pages=1, lines=_lines(text))


LEAD = (
    "Utifrån granskningen lämnar vi följande rekommendationer: Kommunstyrelsen upprättar en "
    "samlad lokalförsörjningsplan. Servicenämnden säkerställer att hyresavtalen följs upp "
    "årligen. Vi ser gärna att planen stäms av med budgeten."
)
AUDIT = f"""
Revisionsrapport
Granskning av lokalförsörjningen
Oktober 2025
Sammanfattning
På uppdrag av Norrby kommuns revisorer har vi granskat hur lokalbehovet planeras.
Revisionsfråga 1: Finns en aktuell lokalförsörjningsplan?
Revisionsfrågan bedöms delvis uppfylld.
{LEAD}
Fastighetsnämnden bör dokumentera underhållsbehovet per fastighet.
Kultur- och fritidsnämnden och servicenämnden genomför inom ramen f
"""


def test_recommendations_are_work_of_the_audited_bodies() -> None:
    found = [(c.owner, c.title, c.kind, c.status) for c in recommendations(_lines(AUDIT))]
    assert found == [
        ("Kommunstyrelsen", "Upprätta en samlad lokalförsörjningsplan", "follow_up", "open"),
        ("Servicenämnden", "Säkerställ att hyresavtalen följs upp årligen", "follow_up", "open"),
        ("Fastighetsnämnden", "Dokumentera underhållsbehovet per fastighet", "follow_up", "open"),
    ]


def test_without_a_lead_only_bor_counts() -> None:
    lines = _lines("Kommunstyrelsen beslutar om budgeten i juni.\nSocialnämnden bör se över taxan.")
    assert [c.title for c in recommendations(lines)] == ["Se över taxan"]


def test_audit_report_read_whole() -> None:
    doc = _doc(AUDIT)
    assert detect_kind(doc) == "report"
    assert report_issuer(doc) == "Kommunens revisorer"
    result = extract(doc)
    assert result.meeting.date == dt.date(2025, 10, 31)
    titles = [c.title for c in result.items if c.status == "open"]
    # The judgement of the auditors' own question is no work.
    assert not any("Revisionsfrågan" in t for t in titles)
    assert "Upprätta en samlad lokalförsörjningsplan" in titles


def test_cover_month_takes_a_full_date_of_that_month() -> None:
    doc = _doc("Revisionsrapport\nKonsult Anna Berg Mars 2024\nBilaga 1 2024-03-12\nText.")
    assert report_date(doc) == dt.date(2024, 3, 12)
    # Running text writes months in small letters: no cover date.
    doc = _doc("Uppföljningsrapport\nBeslutet fattades i maj 2019\nText.")
    assert report_date(doc) != dt.date(2019, 5, 31)


def test_publication_label_alone_with_its_date_below() -> None:
    doc = _doc("Uppföljning av revisionsrapporter\nPublicerad\n14 mars 2023\nText.")
    assert report_date(doc) == dt.date(2023, 3, 14)


DECISION = """
Beslut efter uppföljning för grundskola
Norrby kommun har redovisat vidtagna åtgärder den 3 mars 2025.
Norrby kommun förelades att senast den 1 februari 2025 avhjälpa bristerna.
Sammanfattning av kvarstående brister Nedanstående brister är ännu ej åtgärdade.
Område 1. Trygghet och studiero Rektorn har inte säkerställt att ordningsregler tas fram.
Område 3. Undervisning och lärmiljöer Undervisningen anpassas inte.
Avhjälpta brister Område 4. Skolbibliotek Eleverna har nu tillgång till ett bibliotek.
"""


def test_supervisor_follow_up_gives_the_areas_that_remain() -> None:
    doc = _doc(DECISION)
    assert detect_kind(doc) == "report"
    items = [it for it in extract(doc).items if "tillsynsbeslut" in " ".join(it.reasons)]
    assert [(it.title, it.status, it.owner) for it in items] == [
        ("Trygghet och studiero", "open", "Norrby kommun"),
        ("Undervisning och lärmiljöer", "open", "Norrby kommun"),
    ]


def test_a_cue_reaches_only_the_areas_near_it() -> None:
    filler = "\n".join(f"Stycke {n} om verksamheten." for n in range(60))
    text = f"Kvarstående brister finns.\n{filler}\nOmråde 2. Ekonomi och budget Text.\n"
    assert remaining_shortcomings(_lines(text)) == []
    near = "Kvarstående brister finns.\nOmråde 2. Ekonomi och budget Text.\n"
    assert [c.title for c in remaining_shortcomings(_lines(near))] == ["Ekonomi och budget"]


def test_a_cover_letter_names_its_sender_in_its_head() -> None:
    # A web page's wrapper of short lines above the letter; its sender dated on one line.
    wrapper = "\n".join(f"Sidhuvud {k}" for k in range(14))
    dated = _doc(f"{wrapper}\nRevisorerna 2025-03-04\nTill: Tekniska nämnden\nMissiv")
    # (named as the letter names them: "Revisorerna" may be a region's too)
    assert report_issuer(dated) == "Revisorerna"
    genitive = _doc("Norrby kommuns revisorer\nTill Kommunstyrelsen\n2025-03-04\nMissiv")
    assert report_issuer(genitive) == "Norrby kommuns revisorer"
    sent_from = _doc("Fritidsnämnden\nRapport från stadsrevisionen\nNr 4, 2025")
    assert report_issuer(sent_from) == "Stadsrevisionen"


def test_a_body_named_in_a_sentence_is_no_sender() -> None:
    doc = _doc("Verksamhetsberättelse 2025\nRapporten lämnas till kommunens revisorer i mars.")
    assert report_issuer(doc) is None


def test_an_audit_letter_is_dated_by_its_sender_line() -> None:
    wrapper = "\n".join(f"Sidhuvud {k}" for k in range(12))
    doc = _doc(f"{wrapper}\nRevisorerna 2025-03-04\nTill: Tekniska nämnden\nMissiv")
    assert report_date(doc) == dt.date(2025, 3, 4)


def test_the_auditors_letter_dates_the_report_it_sends_on() -> None:
    has = _doc(
        "Årsrapport 2024 Fritidsnämnden\nRapport från stadsrevisionen\n"
        "Revisorerna har vid sitt möte den 12 mars 2025 behandlat bifogad rapport."
    )
    assert report_date(has) == dt.date(2025, 3, 12)
    relative = _doc(
        "Årsrapport 2024 Fritidsnämnden\n"
        "Vi hänvisar till rapporten som revisorerna behandlade den 12 mars 2025."
    )
    assert report_date(relative) == dt.date(2025, 3, 12)


def test_a_reply_the_auditors_ask_for_is_no_date_of_the_report() -> None:
    doc = _doc(
        "Årsrapport 2024 Fritidsnämnden\n"
        "Revisorerna har begärt svar senast den 30 juni 2025 bifogat nämndens yttrande."
    )
    assert report_date(doc) == dt.date(2024, 12, 31)


ADDRESSED = """
Revisionsrapport
Granskning av socialnämndens ekonomistyrning
Norrby kommun
Oktober 2025
På uppdrag av de förtroendevalda revisorerna i Norrby kommun har vi granskat ekonomistyrningen.
Rekommendationer
Utifrån granskningen rekommenderar vi socialnämnden att:
• Säkerställa att åtgärdsplaner tas fram vid prognostiserade underskott.
• Förbättra uppföljningen av köpta platser.
Vi rekommenderar kommunstyrelsen att stärka uppsikten över nämndernas ekonomi.
"""


def test_points_under_a_recommendation_addressed_to_a_body_are_its_work() -> None:
    result = extract(_doc(ADDRESSED))
    found = [(it.title, it.owner) for it in result.items if it.status == "open"]
    assert found == [
        ("Säkerställa att åtgärdsplaner tas fram vid prognostiserade underskott", "Socialnämnden"),
        ("Förbättra uppföljningen av köpta platser", "Socialnämnden"),
        ("Stärka uppsikten över nämndernas ekonomi", "Kommunstyrelsen"),
    ], found
