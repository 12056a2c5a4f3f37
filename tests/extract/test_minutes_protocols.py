"""Nämnd and arbetsutskott protocols: a report-back sentence dating the task before it, a
correspondence list, an adopted schedule of meetings, matters sent back and when they
return, an arbetsutskott's proposal to its nämnd, sub-paragraph headings, a decision lead
on every page, another body's agenda in the nämnd's own minutes – with traps."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.extract.minutes_helpers import (
    run,
)
from tracker.domain import Document, Line

D = dt.date


NAMND = """Socialnämnden
Protokoll
Sammanträdesdatum 2024-10-17

§ 115 Delårsrapport per augusti 2024
Beslut
Nämnden uppdrar åt förvaltningen att ta fram en åtgärdsplan för köpta placeringar.
Återrapportering sker i december.

§ 123 Anmälningsärenden
Beslut
Anmälningsärendena läggs till handlingarna.
1. IVO:s beslut i tillsynsärende avseende HVB Tuve, ärendet avslutat

§ 124 Sammanträdestider 2025
Beslut
Nämnden fastställer följande sammanträdestider för 2025: 23 januari, 20 februari och
10 december.
"""


def test_report_back_sentence_dates_the_task_before_it():
    items = run(NAMND).items
    assert [(it.kind, it.due) for it in items] == [("assignment", D(2024, 12, 31))]


def test_correspondence_list_closes_nothing_of_ours():
    assert not [it for it in run(NAMND).items if it.status == "done"]


def test_next_meeting_from_adopted_schedule():
    assert run(NAMND).meeting.next_meeting == D(2025, 1, 23)


def test_sent_back_matter_dated_by_its_return_sentence():
    text = NAMND + ("§ 130 Detaljplan\nBeslut\nNämnden beslutar att ärendet återremitteras till "
                    "förvaltningen för att komplettera underlaget.\nÄrendet ska åter till nämnden "
                    "senast i maj 2025.\n")
    it = next(it for it in run(text).items if it.kind == "sent_back")
    assert it.due == D(2025, 5, 31)


SENT_BACK = """Förbundsstyrelsen
Sammanträdesprotokoll 2025-06-12

§ 34 Avfallstaxa 2026
Förbundsstyrelsens beslut
Förslaget till avfallstaxa återremitteras till förbundsdirektören för att utreda en
differentierad taxa för fritidshus. Ärendet återkommer till förbundsstyrelsen i september.
"""


def test_sent_back_to_an_officer_is_the_officers_though_it_returns_to_the_board():
    items = run(SENT_BACK).items
    assert [(it.kind, it.owner, it.due) for it in items] == [
        ("sent_back", "Förbundsdirektören", D(2025, 9, 30))]


AU = """Kultur- och fritidsnämndens arbetsutskott
Protokoll 2025-03-18

§ 30 Kulturpolitiskt program
Arbetsutskottets förslag till beslut
Arbetsutskottet föreslår kultur- och fritidsnämnden besluta
att ge förvaltningen i uppdrag att ta fram förslag till nytt kulturpolitiskt
program, att redovisas för nämnden senast i december 2025.

§ 35 Uppföljning av uppdrag om öppettider
Arbetsutskottet gav 2024-11-12 § 88 förvaltningen i uppdrag att utreda
utökade öppettider på filialerna.
Arbetsutskottets beslut
Arbetsutskottet anser att uppdraget om öppettider på filialerna är slutfört.

§ 35 a Information
Halmstads Ungdomsråd har valt ny ordförande.
"""


def test_arbetsutskott_proposal_to_the_namnd_is_not_its_own_item():
    items = run(AU).items
    # § 30: a proposal to the nämnd; § 35: the uppdrag told of is closed, not open
    assert [(it.kind, it.status) for it in items] == [("closing", "done")]


def test_in_the_namnds_minutes_the_same_proposal_is_kept():
    text = AU.replace("Kultur- och fritidsnämndens arbetsutskott", "Kultur- och fritidsnämnden")
    kinds = [it.kind for it in run(text).items]
    assert "assignment" in kinds


def test_sub_paragraph_heading():
    from tracker.extract.sections import structure

    lines = [Line(t, 1, i) for i, t in enumerate(AU.split("\n"), 1)]
    doc = Document(Path("t.txt"), "0" * 64, "txt", 1, lines)
    assert "§ 35 a" in [s.number for s in structure(doc).sections]


def test_decision_lead_on_every_page_is_no_running_header():
    pages = []
    for n in range(1, 5):
        pages += [f"§ {n} Ärende {n}", "Ärendet har beretts.", "Miljönämnden beslutar",
                  f"att godkänna punkt {n}."]
    lines = [Line(t, p // 4 + 1, p % 4 + 1) for p, t in enumerate(pages)]
    doc = Document(Path("t.txt"), "0" * 64, "txt", 4, lines)
    from tracker.extract.sections import structure

    texts = [s.text for sec in structure(doc).sections for s in sec.sentences]
    assert any(t.startswith("Miljönämnden beslutar") for t in texts), texts


def test_another_bodys_agenda_is_the_namnds_own_follow_up_in_its_minutes():
    text = ("Socialnämnden\nProtokoll 2024-10-17\n\n§ 5 Lokaler\n"
            "En lokalutredning presenteras för nämnden i december.\n")
    assert [it.kind for it in run(text).items] == ["follow_up"]


SECTION_ONE_LINERS = (
    "Pensionärsföreningen Eken – styrelsemöte\nProtokoll 2025-03-04\n\n"
    "§ 1 Mötets öppnande Ordföranden hälsade alla välkomna och öppnade mötet.\n\n"
    "§ 2 Vårens resa till Gränna den 12 maj. Bussen är beställd till 40 personer. "
    "Maria bokar lunchen på värdshuset senast den 1 april.\n\n"
    "§ 3 Nästa möte den 8 april.\n"
)


def test_paragraph_written_on_its_heading_line_is_read_as_the_matters_text():
    from tracker.extract.sections import structure

    lines = [Line(t, 1, i) for i, t in enumerate(SECTION_ONE_LINERS.split("\n"), 1)]
    doc = Document(Path("t.txt"), "0" * 64, "txt", 1, lines)
    secs = {s.number: s for s in structure(doc).sections}
    # title: the first, short sentence; the text after it: the matter's sentences
    assert secs["§ 2"].title == "Vårens resa till Gränna den 12 maj"
    assert [s.text for s in secs["§ 2"].sentences][-1].startswith("Maria bokar lunchen")
    # a heading of one sentence, or a title over twelve words, stays as it was
    assert secs["§ 1"].sentences == []
    assert secs["§ 3"].title == "Nästa möte den 8 april."
    lunch = [it for it in run(SECTION_ONE_LINERS).items + run(SECTION_ONE_LINERS).possible
             if "lunchen" in it.title]
    assert lunch and lunch[0].owner == "Maria" and lunch[0].due == D(2025, 4, 1)


def test_numbered_task_point_is_a_decision_point_not_a_heading():
    text = (
        "Kulturnämnden\nProtokoll 2025-02-11\n\n"
        "Nämnden beslutade i december att uppdra åt kulturförvaltningen att se över "
        "bidragsreglerna och återkomma till nämnden under 2025. Uppdraget kompletteras:\n\n"
        "1. Uppdra åt förvaltningen att utreda ett särskilt bidrag till unga arrangörer\n"
    )
    from tracker.extract.sections import structure

    lines = [Line(t, 1, i) for i, t in enumerate(text.split("\n"), 1)]
    doc = Document(Path("t.txt"), "0" * 64, "txt", 1, lines)
    assert not [s for s in structure(doc).sections if s.title.startswith("Uppdra")]
    owners = {it.owner for it in run(text).items}
    assert "Förvaltningen" in owners


def test_group_named_before_owns_the_work_its_definite_form_is_given():
    text = (
        "Kommunfullmäktige\nProtokoll 2025-02-20\n\n"
        "§ 12 Översyn av lokalförsörjningen\n"
        "Kommunstyrelsen föreslår fullmäktige att tillsätta en politisk styrgrupp. "
        "Gruppen ska lämna förslag inom följande områden:\n\n"
        "• Skolornas lokaler.\n\n• Äldreboendena.\n\n"
        "Gruppens arbete ska vara klart senast den 30 november 2025.\n"
    )
    it = next(i for i in run(text).items if "klart" in i.text)
    assert it.owner == "Politisk styrgrupp"
    assert "tillsätta en politisk styrgrupp" in it.evidence
    assert it.due == D(2025, 11, 30)
