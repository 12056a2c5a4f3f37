"""The meeting's own facts: its date (from the signing date, a running header, a repeated
two-column title block, a title styled as a heading), its body (from the title block, a
running header, "Styrgruppsmöte", a dash after the title word) and its next meeting (the
forum's own, a samverkansgrupp's abbreviation) – with traps."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from tests.extract.minutes_helpers import (
    open_items,
    run,
)
from tracker.domain import Document, DocumentInfo, Line
from tracker.extract.minutes import extract_minutes

D = dt.date


# The title block with the meeting date is a running page header, dropped at reading:
# only the signing date and "X beslutar" remain.
HEADLESS = """Plats och tid          Regionhuset, kl. 09.00–15.20
Justeringens plats     Regionkansliet, 2025-06-02
och tid

§ 49 Tillgänglighet inom BUP
Göran Hed (V) vill veta hur stor andel av remisserna som avvisas. Förvaltningen
återkommer med skriftligt svar till ledamöterna före sommaren.

§ 50 Patientavgifter 2026
Ärendet utgår från dagens sammanträde och tas upp vid nämndens sammanträde den 17 juni.

§ 51 Övrigt
Hälso- och sjukvårdsnämnden beslutar att notera informationen.
"""


def test_signing_date_gives_year_less_dates_their_year():
    result = run(HEADLESS)
    assert result.meeting.date is None
    assert result.meeting.body == "Hälso- och sjukvårdsnämnden"
    got = {it.kind: (it.due, it.owner) for it in result.items}
    assert got["awaiting_reply"] == (D(2025, 6, 30), "Förvaltningen")
    assert got["carried_over"] == (D(2025, 6, 17), "Hälso- och sjukvårdsnämnden")
    assert any("Mötesdatumet hittades inte" in w.message and "2025-06-02" in w.message
               for w in result.warnings)


def test_without_signing_date_year_less_dates_stay_unresolved():
    result = run(HEADLESS.replace("Regionkansliet, 2025-06-02", "Regionkansliet"))
    assert all(it.due is None for it in result.items if it.kind == "carried_over")


@pytest.mark.parametrize(
    ("head", "body"),
    [
        ("Kommunala pensionärsrådet (KPR)      Sammanträdesdatum\n2024-09-05",
         "Kommunala pensionärsrådet"),
        ("Kungsbacka kommun\n\nLedningsgruppsmöte – anteckningar\nDatum: 24 mars 2025",
         "Ledningsgruppen"),
        ("Alingsås kommun\nKommunfullmäktiges demokratiberedning     JUSTERAT PROTOKOLL\n"
         "Sammanträdesdatum 2023-12-05", "Kommunfullmäktiges demokratiberedning"),
        # the name keeps to its line; a title-block label after it is no part of it
        ("Minnesanteckningar arbetsmiljögrupp\nTekniska förvaltningen, Gata/park\n"
         "Datum: 2024-03-14", "Arbetsmiljögrupp"),
        ("REGION GOTLAND                 PROTOKOLL\nSocialnämndens arbetsutskott       "
         "Sammanträdesdatum 2025-06-03", "Socialnämndens arbetsutskott"),
    ],
)
def test_body_from_the_title_block(head, body):
    assert run(head + "\n\n1. Övrigt\nInget att rapportera.\n").meeting.body == body


def test_meeting_date_and_body_from_the_running_header(tmp_path):
    from tracker.extract import extract
    from tracker.ingest import read_document

    page = ("LJUSNARSBERGS KOMMUN          PROTOKOLL {p} (3)\nSammanträdesdatum\n"
            "Kommunstyrelsens arbetsutskott 2026-02-03\n\n§ {n} Ärende {n}\n"
            "Arbetsutskottets beslut\nÄrendet bordläggs till nästa sammanträde.\n\n"
            "Justerandes sign          Utdragsbestyrkande\n")
    f = tmp_path / "ksau.txt"
    f.write_text("\f".join(page.format(p=p, n=p + 10) for p in range(1, 4)), encoding="utf-8")
    ex = extract(read_document(f))
    assert ex.meeting.date == D(2026, 2, 3)
    assert ex.meeting.body == "Kommunstyrelsens arbetsutskott"


def test_running_header_does_not_override_the_title_block(tmp_path):
    from tracker.extract import extract
    from tracker.ingest import read_document

    page = ("Socialnämnden          Sida {p} av 3\n§ {n} Ärende {n}\n"
            "Nämnden beslutar att lägga informationen till handlingarna.\n")
    text = "Protokoll från Miljönämnden 2024-03-05\n" + "\f".join(
        page.format(p=p, n=p) for p in range(1, 4))
    f = tmp_path / "mn.txt"
    f.write_text(text, encoding="utf-8")
    ex = extract(read_document(f))
    assert ex.meeting.date == D(2024, 3, 5)
    assert ex.meeting.body == "Miljönämnden"


def test_styrgruppsmote_names_the_steering_group():
    text = "Styrgruppsmöte – projekt e-bygglov\nDatum: 2025-09-30\n\n1. Övrigt\nInget.\n"
    assert run(text).meeting.body == "Styrgrupp"


def test_a_dash_between_the_title_word_and_the_body():
    text = ("Minnesanteckningar – Regional samverkansgrupp\nDatum: 2025-10-09\n\n"
            "1. Övrigt\nInget.\n")
    assert run(text).meeting.body == "Regional samverkansgrupp"


def test_a_title_styled_as_a_heading_keeps_the_title_block():
    """Word's title style makes "APT Gruppbostaden Tallbacken" a heading: the date and
    those present under it are still the meeting's."""
    lines = [Line("Eskilstuna kommun – Vård- och omsorgsförvaltningen", 1, 1),
             Line("APT Gruppbostaden Tallbacken", 1, 2, heading=1),
             Line("Arbetsplatsträff onsdag 5 mars 2025, kl. 14.00–15.30", 1, 3),
             Line("Närvarande: Maria Lund (enhetschef), Jonna Eklöf", 1, 4),
             Line("1. Åtgärder", 1, 5, heading=2),
             Line("Jonna Eklöf bokar brandövningen senast 28/3.", 1, 6)]
    doc = Document(Path("t.docx"), "0" * 64, "docx", 1, lines)
    ex = extract_minutes(doc, DocumentInfo(doc.file_name, doc.sha256, "docx", 1, "minutes"))
    assert ex.meeting.date == D(2025, 3, 5)
    assert [it.due for it in ex.items] == [D(2025, 3, 28)]


NEXT_OWN = """Minnesanteckningar ledningsgruppen
Datum: 2025-06-12

1. Rapport från styrelsen
Nästa styrelsemöte är den 18 september 2025.

2. Ekonomi
Ekonomichefen återkommer till nästa ledningsgrupp med en prognos.

3. Nästa möte
Nästa ledningsgrupp: torsdag 14 augusti 2025 kl. 08.30.
"""


def test_next_meeting_is_the_forums_own_not_another_bodys():
    ex = run(NEXT_OWN)
    assert ex.meeting.next_meeting == D(2025, 8, 14)
    assert [it.due for it in ex.items] == [D(2025, 8, 14)]


@pytest.mark.parametrize("forum", ["RSG", "FSG", "LSG"])
def test_a_samverkansgrupp_abbreviation_is_a_meeting(forum):
    text = (f"Minnesanteckningar {forum}\nDatum: 2025-10-09\n\n1. Arbetsmiljö\n"
            f"Arbetsgivaren får i uppdrag att till nästa {forum} ta fram statistik.\n\n"
            f"2. Nästa möte\nNästa {forum} Primärvård: torsdag 13 november 2025.\n")
    ex = run(text)
    assert ex.meeting.next_meeting == D(2025, 11, 13)
    assert [it.due for it in ex.items] == [D(2025, 11, 13)]


def test_meeting_date_from_a_repeated_title_block():
    block = ("UDDEVALLA KOMMUN                     SAMMANTRÄDESPROTOKOLL              Sida\n"
             "                                      Sammanträdesdatum                  {p}\n"
             "Gymnasienämnden                       2026-06-11\n")
    body = ("\nPlats och tid          Stadshuset, kl. 13.00-16.30\n\n"
            "§ 58 Frågor\n\nErik Svensson (KD) frågar om lärarbehörigheten. "
            "Förvaltningschefen återkommer med statistik efter sommaren.\n\n")
    text = block.format(p="1 (2)") + body + "\f" + block.format(p="2 (2)") + (
        "\n§ 59 Övrigt\n\nInget.\n")
    pages = text.split("\f")
    lines = [Line(t, pi, i) for pi, page in enumerate(pages, 1)
             for i, t in enumerate(page.split("\n"), 1)]
    doc = Document(Path("t.txt"), hashlib.sha256(text.encode()).hexdigest(), "txt", 2, lines)
    ex = extract_minutes(doc, DocumentInfo(doc.file_name, doc.sha256, "txt", 2, "minutes"))
    assert ex.meeting.date == D(2026, 6, 11)
    items = open_items(ex)
    assert [c.due for c in items] == [D(2026, 9, 30)]


def _pages(*pages: list[str]) -> Document:
    lines = [Line(t, p, i) for p, texts in enumerate(pages, 1) for i, t in enumerate(texts, 1)]
    return Document(Path("p.pdf"), "0" * 64, "pdf", len(pages), lines)


def test_body_from_the_title_line_printed_again_on_every_page():
    # A printout of a text with its old page headers inline: the title block's line
    # "Miljö- och byggnämnden 2023-03-15" stands on every page, so it is set aside as a
    # running header (wherever it stands), also on the first page.
    header = "Miljö- och byggnämnden 2023-03-15"
    doc = _pages(
        ["SAMMANTRÄDESPROTOKOLL", header, "Norrbacka kommun", "", "§ 21 Val av justerare",
         "Anneli Roos (S) utses att justera protokollet."],
        [header, "", "§ 22 Bygglov, Lövsta 3:14", "Bygglov beviljas enligt plan- och bygglagen."],
        [header, "", "§ 23 Strandskyddsdispens, Norrviken 1:7",
         "Ärendet bordläggs till nästa sammanträde i avvaktan på platsbesök."],
    )
    ex = extract_minutes(doc, DocumentInfo(doc.file_name, doc.sha256, "pdf", 3, "minutes"))
    assert ex.meeting.body == "Miljö- och byggnämnden"
    # A heading repeated over each decision names no header's body.
    heading = "Arbetsutskottets förslag till kommunstyrelsen"
    doc = _pages(
        ["Kommunstyrelsens arbetsutskott", "Sammanträdesdatum 2026-02-03", "",
         "§ 1 Val av justerare", heading, "Ordföranden justerar."],
        ["§ 2 Planuppdrag", heading, "Ärendet bordläggs."],
        ["§ 3 Hundrastgård", heading, "Ärendet bordläggs."],
    )
    ex = extract_minutes(doc, DocumentInfo(doc.file_name, doc.sha256, "pdf", 3, "minutes"))
    assert ex.meeting.body == "Kommunstyrelsens arbetsutskott"
