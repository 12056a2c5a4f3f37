"""Report language rules (owner, status phrases, titles) and the layout parser on small
hand-made inputs, plus robustness: no input makes the report extractor fail."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest

from tests.conftest import REPORT_SAMPLE
from tracker.domain import Document, DocumentInfo, Line
from tracker.extract.report import extract_report, report_body, report_date
from tracker.extract.report_parse import parse_layout
from tracker.extract.report_rules import (
    best_goal_sentence,
    judge_text,
    normalise_body,
    owners,
    short_title,
)
from tracker.ingest import txt_reader


@pytest.mark.parametrize(
    ("text", "owner", "co"),
    [
        (
            "Utbildningsnämnden ska tillsammans med kommunstyrelsen utvärdera regionen",
            "Utbildningsnämnden",
            ["Kommunstyrelsen"],
        ),
        (
            "Kommunstyrelsen ska tillsammans med stadsdelsnämnderna förbättra barnomsorgen",
            "Kommunstyrelsen",
            ["Stadsdelsnämnderna"],
        ),
        (
            "Kommunstyrelsen, utbildningsnämnden och stadsdelsnämnderna ska tillsammans utreda",
            "Kommunstyrelsen",
            ["Utbildningsnämnden", "Stadsdelsnämnderna"],
        ),
        ("Kommunstyrelsens ska ta fram en klimatplan", "Kommunstyrelsen", []),
        ("Kommunstyrelsen ansvar för att tillse att staden påbörjar", "Kommunstyrelsen", []),
        ("Utarbeta ett regelverk för en social investeringsfond.", "Idrottsnämnden", []),
        (
            "Tillsammans med äldrenämnden utveckla e-hälsoområdet",
            "Idrottsnämnden",
            ["Äldrenämnden"],
        ),
        (
            "Kommunstyrelsen ska samordna stadsbyggnadsnämndens, miljö- och "
            "hälsoskyddsnämnden och trafiknämndens arbete",
            "Kommunstyrelsen",
            ["Stadsbyggnadsnämnden", "Miljö- och hälsoskyddsnämnden", "Trafiknämnden"],
        ),
        (
            "Stockholms Stadshus AB ska tillsammans med idrottsnämnden utreda driftformen",
            "Stockholms Stadshus AB",
            ["Idrottsnämnden"],
        ),
        ("Nämnderna ska möjliggöra lärlingsanställningar", "Nämnderna", []),
        # A body named later, not as the subject, is a partner, not the owner.
        (
            "Ta fram en plan där socialnämnden ska delta",
            "Idrottsnämnden",
            ["Socialnämnden"],
        ),
    ],
)
def test_owner_is_the_subject(text: str, owner: str, co: list[str]) -> None:
    assert owners(text, "Idrottsnämnden") == (owner, co)


@pytest.mark.parametrize(
    ("name", "normal"),
    [
        ("utbildningsnämndens", "Utbildningsnämnden"),
        ("Kommunstyrelsens", "Kommunstyrelsen"),
        ("stadsdelsnämndernas", "Stadsdelsnämnderna"),
        ("Stockholm Hamn AB", "Stockholm Hamn AB"),
    ],
)
def test_normalise_body(name: str, normal: str) -> None:
    assert normalise_body(name) == normal


@pytest.mark.parametrize(
    ("analysis", "status"),
    [
        ("Nya riktlinjer har antagits av kommunfullmäktige 2015.", "done"),
        ("Riktlinjerna antogs av nämnden den 18 april.", "done"),
        ("En bostadsfunktion har inrättats.", "done"),
        ("Insatser har genomförts.", "done"),
        ("Gemensamhetsutrymmena har under året kartlagts och sammanställts.", "done"),
        ("Arbetet pågår.", "open"),
        ("Insatser har genomförts och arbetet fortsätter under 2016.", "open"),
        ("Forskarrapporterna kommer att behandlas under våren 2016.", "open"),
        ("Arbetet har inte påbörjats.", "open"),
        ("Projektet beräknas vara klart i februari 2026.", "open"),
        ("Processen är nu under införande.", "open"),
        ("Kontoret har haft ett antal möten.", None),
    ],
)
def test_status_phrases(analysis: str, status: str | None) -> None:
    verdict = judge_text(analysis)
    assert (verdict.status if verdict else None) == status
    if verdict:
        assert verdict.evidence in analysis


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Inrätta en barnombudsman.", "Inrätta en barnombudsman"),
        (
            "Revidera personalpolicyn. Arbetet sker i samråd med förvaltningarna.",
            "Revidera personalpolicyn",
        ),
        (
            "Kommunstyrelsen ska tillsammans med berörda nämnder genomföra en översyn av stadens "
            "fastighetsförvaltning. Syftet är att optimera förvaltningen.",
            "Kommunstyrelsen ska tillsammans med berörda nämnder genomföra en översyn av stadens …",
        ),
    ],
)
def test_short_title(text: str, title: str) -> None:
    assert short_title(text) == title


def test_long_title_is_cut_at_a_word() -> None:
    text = "Utreda " + "mycket " * 30 + "länge"
    title = short_title(text)
    assert len(title) <= 102 and title.endswith(" …") and "  " not in title


def _doc(texts: list[str], fmt: str = "txt") -> Document:
    lines = [Line(text=t, page=1, line=k) for k, t in enumerate(texts, 1)]
    return Document(path=Path(f"r.{fmt}"), sha256="0", format=fmt, pages=1, lines=lines)


def _info() -> DocumentInfo:
    return DocumentInfo(file="r.txt", sha256="0", format="txt", pages=1, kind="report")


def test_analysis_then_next_activity_without_marker() -> None:
    layout = parse_layout(
        _doc(
            [
                "Nämndmål:",
                "Fler idrottar",
                "Årsmålet uppfylls helt",
                "Aktivitet Startdatum Slutdatum Avvikelse",
                "Förenkla processerna för",
                "publicering av öppen data.",
                "2023-01-01 2023-12-31",
                "Analys",
                "Kontoret har under året tagit fram ett förslag till process för publicering.",
                "Processen är nu under införande.",
                "Leda arbetet med att ge",
                "allmänheten tillgång till wifi.",
                "2023-01-01 2024-06-30",
            ]
        ).lines
    )
    assert [r.text for r in layout.rows] == [
        "Förenkla processerna för publicering av öppen data.",
        "Leda arbetet med att ge allmänheten tillgång till wifi.",
    ]
    assert layout.rows[0].analysis == [
        "Kontoret har under året tagit fram ett förslag till process för publicering. "
        "Processen är nu under införande."
    ]
    assert layout.rows[1].end == dt.date(2024, 6, 30)
    assert layout.rows[0].goal is not None and layout.rows[0].goal.text == "Fler idrottar"


def test_word_table_rows() -> None:
    # DOCX: one line per row, cells in columns; deviation cell filled.
    lines = [
        Line("Tertialrapport 2 för Idrottsnämnden", 1, 1),
        Line("Nämndmål: Fler idrottar", 1, 2),
        Line("Årsmålet uppfylls helt", 1, 3),
        Line("", 1, 4, cells=["Aktivitet", "Startdatum", "Slutdatum", "Avvikelse"], table=1),
        Line("", 1, 5, cells=["Bygga en hall", "2023-01-01", "2025-12-31", "Försenad"], table=1),
        Line("", 1, 6, cells=["Renovera badet", "2023-02-01", "2023-06-30", ""], table=1),
    ]
    for ln in lines:
        ln.text = ln.text or " ".join(c for c in (ln.cells or []) if c)
    doc = Document(path=Path("r.docx"), sha256="0", format="docx", pages=1, lines=lines)
    ex = extract_report(doc, _info())
    acts = [c for c in ex.items if c.kind == "activity"]
    assert [(a.title, a.deviation, a.status, a.due) for a in acts] == [
        ("Bygga en hall", "Försenad", "open", dt.date(2025, 12, 31)),
        ("Renovera badet", None, "unclear", dt.date(2023, 6, 30)),
    ]
    assert ex.meeting.body == "Idrottsnämnden"
    assert acts[0].section == "Fler idrottar"


def test_an_activity_is_titled_by_its_work_and_owned_by_its_subject() -> None:
    lines = [
        Line("Tertialrapport 2 för Idrottsnämnden", 1, 1),
        Line("Nämndmål: Fler idrottar", 1, 2),
        Line("Årsmålet uppfylls helt", 1, 3),
        Line("", 1, 4, cells=["Aktivitet", "Startdatum", "Slutdatum", "Avvikelse"], table=1),
        Line(
            "",
            1,
            5,
            cells=[
                "Kulturnämnden ska i samråd med idrottsnämnden ta fram en plan för spontanidrott",
                "2023-01-01",
                "2025-12-31",
                "",
            ],
            table=1,
        ),
    ]
    for ln in lines:
        ln.text = ln.text or " ".join(c for c in (ln.cells or []) if c)
    doc = Document(path=Path("r.docx"), sha256="0", format="docx", pages=1, lines=lines)
    (act,) = [c for c in extract_report(doc, _info()).items if c.kind == "activity"]
    assert act.title == "Ta fram en plan för spontanidrott"
    assert act.owner == "Kulturnämnden"
    assert act.text.startswith("Kulturnämnden ska i samråd med")


@pytest.mark.parametrize(
    ("texts", "date"),
    [
        (["Rapport", "Stockholm den 29 januari 2016"], dt.date(2016, 1, 29)),
        (["Rapport", "Datum: 2023-09-12"], dt.date(2023, 9, 12)),
        (["tjänsteutlåtande daterat den 22 januari 2016"], dt.date(2016, 1, 22)),
        (["Tertialrapport", "2024-05-02"], dt.date(2024, 5, 2)),
        (["Tertialrapport", "Stockholm den 31 februari 2016"], None),
        # nothing dates it but its period: the period's end (as "T1 2024" does)
        (["Tertialrapport 1 2024"], dt.date(2024, 4, 30)),
        (["Tertialrapport"], None),
        # a page's archiving stamp is no date; its status notes dated at their end are
        (
            [
                "Åtgärdsplan 3",
                "Gallrad 2024-11-30",
                "Arbetet pågår. (2024-03-02)",
                "Klart, men följs upp årligen. (2024-03-09).",
            ],
            dt.date(2024, 3, 9),
        ),
        # a tertial named without its year, the year in the page's footer
        (
            ["Bilaga 2 Tertialrapport 2 socialnämnden", "Text", "System - nämndrapport 2025"],
            dt.date(2025, 8, 31),
        ),
        (["Bilaga 2 Tertialrapport 2 socialnämnden", "Text"], None),
        # an annual report's section: the year of its result table, else the year after
        # the one it compares with; without the section's heading neither dates it
        (["Valnämnden", "Resultat (tkr) 2024", "Budget 120", "Årets resultat", "Text."],
         dt.date(2024, 12, 31)),
        (["Valnämnden", "ÅRETS VERKSAMHET", "Nämnden höll fem (fyra år 2023) möten."],
         dt.date(2024, 12, 31)),
        (["Valnämnden", "Nämnden höll fem (fyra år 2023) möten."], None),
        # a web page's footer: its date beside who answers for the page, not a row's date
        (
            ["Inkomna förslag", "2025-03-02", "Förslag om en lekplats",
             "2025-04-11 Innehåll: Anna Ek  Publiceringsansvarig: Bo Berg"],
            dt.date(2025, 4, 11),
        ),
    ],
)
def test_report_date(texts: list[str], date: dt.date | None) -> None:
    assert report_date(_doc(texts)) == date


@pytest.mark.parametrize(
    ("texts", "body"),
    [
        (["Verksamhetsberättelse med bokslut 2015 för", "Kommunstyrelsen m.m."], "Kommunstyrelsen"),
        (
            ["Utbildningsförvaltningen", "Tertialrapport 1", "Utbildningsnämnden"],
            "Utbildningsnämnden",
        ),
        (["Tertialrapport 2 2023 för idrottsnämnden"], "Idrottsnämnden"),
        (["Tertialrapport 2"], None),
        # a tjänsteskrivelse's head: the body with its organisation; the levels a
        # decision passes and whom it is sent to receive the report
        (
            [
                "TJÄNSTESKRIVELSE",
                "2024-02-01",
                "Socialnämnden Ekby kommun",
                "Beslutsnivå",
                "1. Kommunstyrelsen",
                "Beslutet skickas till",
                "Kommunstyrelsen",
            ],
            "Socialnämnden",
        ),
        # an annual report's section on the assembly; a matter it lists is no title
        (
            [
                "Kommunfullmäktige och övriga nämnder",
                "Årets verksamhet",
                "• Årsredovisning 2023 för Ekby kommun",
                "• Uppdrag till kommunstyrelsen",
            ],
            "Kommunfullmäktige",
        ),
        # the body a tjänsteskrivelse proposes its decision to; "för 2024" names a year
        (
            [
                "Årsredovisning med bokslut för 2024",
                "Förslag till beslut Regionfullmäktige föreslås besluta att godkänna bokslutet",
                "Överföring till Ekby Fastighets AB med 3 mnkr",
            ],
            "Regionfullmäktige",
        ),
        (
            ["Förslag till beslut", "Kulturnämnden beslutar att godkänna rapporten."],
            "Kulturnämnden",
        ),
        # a title opening with the body's genitive; the contact block's office is not it
        (
            ["Kulturnämndens verksamhetsplan 2025", "Text om planen.", "Kontakt",
             "Kulturförvaltningen"],
            "Kulturnämnden",
        ),
        # bodies in the plural are all of them, no reporter
        (["Delårsrapport", "Nämnderna och bolagsstyrelserna rapporterar sina mål."], None),
    ],
)
def test_report_body(texts: list[str], body: str | None) -> None:
    assert report_body(_doc(texts)) == body


def test_garbled_reports_never_fail() -> None:
    """Shuffled, cut and duplicated pieces of sample 004 still give an extraction."""
    _pages, lines = txt_reader.read(REPORT_SAMPLE)
    rnd = random.Random(4)
    for _ in range(12):
        start = rnd.randrange(len(lines))
        piece = lines[start : start + rnd.randint(1, 400)]
        if rnd.random() < 0.5:
            piece = piece[:]
            rnd.shuffle(piece)
        doc = Document(path=Path("x.txt"), sha256="0", format="txt", pages=1, lines=piece)
        ex = extract_report(doc, _info())
        for item in ex.items:
            assert item.kind in ("activity", "goal_deviation", "indicator_deviation")
            assert item.title


def test_empty_report() -> None:
    ex = extract_report(_doc([]), _info())
    assert ex.items == [] and ex.meeting.body is None
    assert {w.message.split(";")[0] for w in ex.warnings} >= {
        "Rapportens nämnd eller styrelse hittades inte"
    }


def test_deviation_on_its_own_line_after_the_dates() -> None:
    layout = parse_layout(
        _doc(
            [
                "Aktivitet Startdatum Slutdatum Avvikelse",
                "Bygga en ny sporthall i",
                "Skärholmen",
                "2022-01-01 2025-12-31",
                "Försenad",
                "Renovera Eriksdalsbadet",
                "2023-01-01 2023-06-30",
                "Nej",
                "Analys",
                "Renoveringen har genomförts.",
                "Ta fram en plan för",
                "spontanidrott",
                "2024-01-01 2024-12-31",
                "Ja",
                "KF:s mål för verksamhetsområdet:",
            ]
        ).lines
    )
    assert [(r.text, r.deviation) for r in layout.rows] == [
        ("Bygga en ny sporthall i Skärholmen", "Försenad"),
        ("Renovera Eriksdalsbadet", "Nej"),
        ("Ta fram en plan för spontanidrott", "Ja"),
    ]
    assert layout.rows[1].analysis == ["Renoveringen har genomförts."]


def test_indicator_table_with_cells() -> None:
    rows = [
        ["Indikator", "Periodens utfall", "Årsmål", "Period"],
        ["Antal besök i simhallar", "1 200 000", "1 500 000", "T2 2023"],
    ]
    lines = [Line("Nämndmål: Fler idrottar", 1, 1), Line("Årsmålet uppfylls delvis", 1, 2)]
    lines += [Line(" ".join(r), 1, k, cells=r, table=1) for k, r in enumerate(rows, len(lines) + 1)]
    lines += [
        Line("Analys", 1, 10),
        Line("Utfallet är lägre än målet. Avvikelsen beror på stängda simhallar.", 1, 11),
    ]
    doc = Document(path=Path("r.docx"), sha256="0", format="docx", pages=1, lines=lines)
    ex = extract_report(doc, _info())
    (ind,) = [c for c in ex.items if c.kind == "indicator_deviation"]
    assert ind.title == "Avvikelse: Antal besök i simhallar"
    assert ind.evidence == "Avvikelsen beror på stängda simhallar."
    assert ind.section == "Fler idrottar"


def test_goal_analysis_that_refers_back() -> None:
    """A sentence starting "Detta har inarbetats …" decides for the one before it."""

    analysis = (
        "I kommunstyrelsens uppdrag ingår att utarbeta en strategi för att öka andelen "
        "ekologisk mat. Som en del av strategin ska ingå vegetariska livsmedel. Detta har "
        "inarbetats i sin helhet i förslag till nytt miljöprogram."
    )
    verdict = best_goal_sentence(
        "Ta fram en strategi för att öka andelen ekologisk mat i stadens verksamheter.",
        analysis,
    )
    assert verdict is not None and verdict.status == "done"
    assert verdict.evidence is not None and verdict.evidence.startswith("Detta har inarbetats")


def test_an_administration_report_naming_no_body_is_the_styrelses() -> None:
    """Written here: a region's förvaltningsberättelse names no body; its styrelse puts
    it forward and answers for the work it tells of."""
    doc = _doc(
        [
            "Förvaltningsberättelse",
            "Regional utveckling",
            "Region Ekbys arbete med en ny tillväxtstrategi pågår och beslutas under 2026.",
            "Region Ekby har under året öppnat två nya vårdcentraler.",
        ]
    )
    result = extract_report(doc, _info())
    assert result.meeting.body == "Regionstyrelsen"


def test_an_audit_of_one_board_gives_it_the_work_owed() -> None:
    """Written here: the auditors follow up their audit of one board; what is still
    going on is that board's work, not the auditors'."""
    from tracker.extract.report import audited_body

    doc = _doc(
        [
            "Revisionsrapport",
            "Uppföljande granskning av interna kontrollen Styrelsen för Ekby Hamn",
            "Genomförd på uppdrag av revisorerna",
            "Arbetet med en ny rutin för attest av fakturor pågår.",
        ]
    )
    assert audited_body(doc) == "Styrelsen för Ekby Hamn"
    result = extract_report(doc, _info())
    (item,) = [it for it in result.items if "attest" in it.text]
    assert item.owner == "Styrelsen för Ekby Hamn"
    assert audited_body(_doc(["Granskning av nämndernas styrning"])) is None
