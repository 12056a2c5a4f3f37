"""Status registers (``status_rows``): matters or goals listed with a status each, in a
table written one row a line, flattened one cell a line, or with the status after a
dash; and the kind of the documents that hold them (invented Swedish text)."""

from __future__ import annotations

from pathlib import Path

from tracker.domain import Document, Line
from tracker.extract import extract
from tracker.extract.kind import decide_kind
from tracker.extract.status_rows import status_entry_count, status_register_items


def _doc(text: str) -> Document:
    rows = text.strip("\n").split("\n")
    lines = [Line(text=t, page=1, line=k) for k, t in enumerate(rows, 1)]
    return Document(path=Path("f.txt"), sha256="0", format="txt", pages=1, lines=lines)


#: A table of matters with an answered column, empty while a matter waits.
ANSWERED_COLUMN = """
Motioner och medborgarförslag 2031

Ärende | Inkom | Nämnd | Besvarad
Motion om laddplatser vid förskolorna | 2031-02-12 | Tekniska nämnden |
Motion om simskola för vuxna | 2030-11-20 | Kultur- och fritidsnämnden | 2031-04-22
Medborgarförslag om belysning vid badplatsen | 2031-03-05 | Tekniska nämnden |
"""

#: The same flattened: a status on the line after each entry's date.
FLATTENED = """
Motioner

Motion om laddplatser vid förskolorna
Inlämnad 2031-02-12
Under beredning

Motion om simskola för vuxna
Inlämnad 2030-11-20
Besvarad

Interpellation om väntetider i hemtjänsten
Inlämnad 2031-04-02
Under beredning
"""

#: A meeting's page with the presidium's list of matters still being prepared.
PRESIDIUM_LIST = """
Kommunfullmäktige

Nästa möte hålls i stadshuset den 14 maj 2031.

Ärenden som presidiet bereder:
Motion om fler parkbänkar – Under beredning
Medborgarförslag om en hundrastgård – Under beredning
Motion om gratis kollektivtrafik för pensionärer – Besvarad
"""

#: A goal table with a yes/no verdict.
GOAL_TABLE = """
Kommunfullmäktiges mål 2031

Mål | Kommentar | Uppfyllt
Fler invånare ska ha arbete | Arbetslösheten minskade under året. | Ja
Alla elever ska nå kunskapskraven | Andelen behöriga elever minskade. | Nej
Sjukfrånvaron ska minska | Sjukfrånvaron ligger kvar på samma nivå. | Delvis
"""

#: The auditors' review of a delårsrapport that tells of a meeting in passing.
AUDIT_REVIEW = """
Revisorernas bedömning av delårsrapport januari–augusti 2031

Till kommunfullmäktige

Vi har översiktligt granskat kommunens delårsrapport för perioden januari till augusti 2031.

Fullmäktige beslutade vid sitt sammanträde i november om fyra finansiella mål och tolv
verksamhetsmål. Vi bedömer att resultatet är förenligt med de finansiella målen. Av de tolv
verksamhetsmålen bedöms fem inte uppnås vid årets slut.
"""

#: Minutes whose item lists the same matters: the signing block keeps them minutes.
MINUTES_WITH_LIST = """
Protokoll kommunfullmäktige
Sammanträdesdatum 2031-05-14
Justerare: Eva Ek
§ 12 Motioner under beredning
Motion om fler parkbänkar – Under beredning
Medborgarförslag om en hundrastgård – Under beredning
"""


def _by_title(text: str) -> dict[str, str]:
    items, _ = status_register_items(_doc(text).lines)
    return {it.title: it.status for it in items}


def test_empty_answered_cell_is_open_a_date_is_done() -> None:
    got = _by_title(ANSWERED_COLUMN)
    assert got == {
        "Motion om laddplatser vid förskolorna": "open",
        "Motion om simskola för vuxna": "done",
        "Medborgarförslag om belysning vid badplatsen": "open",
    }


def test_row_names_its_owner() -> None:
    items, _ = status_register_items(_doc(ANSWERED_COLUMN).lines)
    assert items[0].owner == "Tekniska nämnden"


def test_flattened_entries_take_the_status_line_after_them() -> None:
    got = _by_title(FLATTENED)
    assert got == {
        "Motion om laddplatser vid förskolorna": "open",
        "Motion om simskola för vuxna": "done",
        "Interpellation om väntetider i hemtjänsten": "open",
    }


def test_status_after_a_dash() -> None:
    got = _by_title(PRESIDIUM_LIST)
    assert got["Motion om fler parkbänkar"] == "open"
    assert got["Motion om gratis kollektivtrafik för pensionärer"] == "done"


def test_goal_verdicts_no_and_partly_are_open() -> None:
    items, _ = status_register_items(_doc(GOAL_TABLE).lines)
    got = {it.title: (it.status, it.kind) for it in items}
    assert got["Fler invånare ska ha arbete"] == ("done", "goal_deviation")
    assert got["Alla elever ska nå kunskapskraven"] == ("open", "goal_deviation")
    assert got["Sjukfrånvaron ska minska"] == ("open", "goal_deviation")


def test_one_status_makes_no_register() -> None:
    text = "Motion om fler parkbänkar\nBesvarad\n\nFullmäktige sammanträdde i kväll."
    assert status_entry_count(_doc(text).lines) == 0


def test_registers_and_goal_tables_are_reports() -> None:
    for text in (ANSWERED_COLUMN, FLATTENED, PRESIDIUM_LIST, GOAL_TABLE):
        assert decide_kind(_doc(text))[0] == "report", text


def test_signing_block_keeps_minutes() -> None:
    assert decide_kind(_doc(MINUTES_WITH_LIST))[0] == "minutes"


def test_audit_review_of_an_interim_report_is_a_report() -> None:
    assert decide_kind(_doc(AUDIT_REVIEW))[0] == "report"
    result = extract(_doc(AUDIT_REVIEW))
    assert any("fem inte uppnås" in it.text for it in result.items if it.status == "open")


def test_register_entries_come_out_as_items() -> None:
    result = extract(_doc(PRESIDIUM_LIST))
    open_titles = {it.title for it in result.items if it.status == "open"}
    assert "Motion om fler parkbänkar" in open_titles
    assert "Motion om gratis kollektivtrafik för pensionärer" not in open_titles


#: A project's page: its name, then fields without a status.
PROJECT_PAGE = """
Ta fram en plan för cykelparkering

Texten uppdaterad 2031-02-19

Beskrivning: Kommunen tar fram en plan för cykelparkering vid stationerna.

Tidplan: 2030-2032

Ansvar: Samhällsbyggnadsförvaltningen
"""


def test_project_page_is_open_until_its_time_plan_ends() -> None:
    result = extract(_doc(PROJECT_PAGE))
    assert result.document.kind == "report"
    [item] = [it for it in result.items if it.status == "open"]
    assert item.title == "Ta fram en plan för cykelparkering"
    assert item.owner == "Samhällsbyggnadsförvaltningen"
    assert item.due is not None and item.due.isoformat() == "2032-12-31"


def test_a_heading_of_responsibility_is_no_owner_field() -> None:
    text = (
        "Nyheter från fullmäktige\n\nAnsvar för fritidsgårdar\n"
        "Fullmäktige beslutade att flytta ansvaret."
    )
    assert decide_kind(_doc(text))[0] != "report"


#: A goal page flattened: goal, comment, its colour alone on a line.
GOAL_COLOURS = """
Måluppfyllelse

Fler invånare ska ha arbete
Arbetslösheten har minskat under året.
Grön

Alla elever ska nå kunskapskraven i årskurs 9
Andelen behöriga elever minskade jämfört med året innan.
Röd
"""

#: A vote's lines: "Ja" and "Nej" alone, but no goal named above them.
VOTE = """
Omröstning
Anna Andersson (S)
Ja
Bo Berg (M)
Nej
"""


def test_flattened_goal_verdicts() -> None:
    got = _by_title(GOAL_COLOURS)
    assert got == {
        "Fler invånare ska ha arbete": "done",
        "Alla elever ska nå kunskapskraven i årskurs 9": "open",
    }


def test_a_vote_is_no_goal_page() -> None:
    assert status_entry_count(_doc(VOTE).lines) == 0


#: A meeting's page with the presidium's list under a heading that says the matters wait.
PENDING_LIST = """
Kommunfullmäktige

Sammanträde 12 juni 2031 kl. 18.00 i stadshuset.

Ärenden under beredning
Presidiet bereder följande ärenden inför kommande sammanträden:
• Motion om fler parkbänkar i centrum
• Medborgarförslag om en hundrastgård
• Revidering av arvodesreglementet
"""


def test_points_under_a_pending_heading_are_open() -> None:
    got = _by_title(PENDING_LIST)
    assert got == {
        "Motion om fler parkbänkar i centrum": "open",
        "Medborgarförslag om en hundrastgård": "open",
        "Revidering av arvodesreglementet": "open",
    }
    result = extract(_doc(PENDING_LIST))
    assert result.document.kind == "report"
    assert {it.owner for it in result.items if it.status == "open"} == {"Kommunfullmäktige"}


def test_auditors_statement_titled_by_its_kind_is_a_report() -> None:
    text = AUDIT_REVIEW.replace(
        "Revisorernas bedömning av delårsrapport januari–augusti 2031", "Revisorernas utlåtande"
    )
    assert decide_kind(_doc(text))[0] == "report"


#: A register flattened one cell a line: a waiting matter keeps only its received date.
DATED_FLAT = """
Motioner

Ärende
Inkom
Besvarad
Motion om laddplatser vid förskolorna
2031-02-12
Motion om simskola för vuxna
2030-11-20
2031-04-22
Motion om trygghetsvandringar
2031-03-05
"""

#: The same with each row on one line.
DATED_LINES = """
Interpellationer

Ärende Inkom Besvarad
Interpellation om skolskjutsar 2031-01-18 2031-02-26
Interpellation om hemtjänsten 2031-04-02
"""

#: Minutes' decision heading beside a proposal's: no register's header.
DECISION_HEADING = """
Förslag till beslut
Beslut
Motion om laddplatser vid förskolorna
2031-02-12
Motion om simskola för vuxna
2030-11-20
"""


def test_flattened_register_counts_its_dates() -> None:
    assert _by_title(DATED_FLAT) == {
        "Motion om laddplatser vid förskolorna": "open",
        "Motion om simskola för vuxna": "done",
        "Motion om trygghetsvandringar": "open",
    }
    assert _by_title(DATED_LINES) == {
        "Interpellation om skolskjutsar": "done",
        "Interpellation om hemtjänsten": "open",
    }


def test_a_decision_heading_is_no_register_header() -> None:
    assert status_entry_count(_doc(DECISION_HEADING).lines) == 0


def test_an_action_list_with_a_status_column_decides_no_kind() -> None:
    text = """
Anteckningar från styrgruppen

Vad | Vem | Status
Boka lokal för utbildningen | Eva | Pågår
Skicka ut kallelse | Bo | Klar
"""
    assert status_entry_count(_doc(text).lines) == 0


#: A goal table read one row a line, the verdict closing each goal's line.
GOAL_LINES = """
Nämndens mål och måluppfyllelse 2031

Alla barn ska erbjudas plats i förskola inom fyra månader Ja
Andelen behöriga elever till gymnasiet ska öka Nej
Sjukfrånvaron bland medarbetarna ska minska Delvis
"""


def test_verdicts_closing_goal_lines() -> None:
    got = _by_title(GOAL_LINES)
    assert got == {
        "Alla barn ska erbjudas plats i förskola inom fyra månader": "done",
        "Andelen behöriga elever till gymnasiet ska öka": "open",
        "Sjukfrånvaron bland medarbetarna ska minska": "open",
    }
    assert decide_kind(_doc(GOAL_LINES))[0] == "report"


def test_a_vote_closing_names_is_no_goal_line() -> None:
    text = "Omröstning\nAnna Andersson (S) Ja\nBo Berg (M) Nej\nCecilia Ceder (C) Nej\n"
    assert status_entry_count(_doc(text).lines) == 0


def test_a_rows_dates_are_not_the_reports() -> None:
    assert extract(_doc(DATED_FLAT)).meeting.date is None
    assert extract(_doc(FLATTENED)).meeting.date is None


#: A web page's register flattened one cell a line, a blank line between cells; each
#: row opens with the date it came in, its title carries no matter's word and its
#: file's size, and an answered row closes with the answer's date (short years).
CELLS_WITH_BLANKS = """
Interpellationer 2031

Datum

Titel

Parti

Diarienr

Besvarad

31-03-02

Skolskjutsarnas tider på landsbygden , 88 kB.

X

KS/2031:40


31-02-10

Underhållet av kommunens idrottshallar , 120 kB.

Y

KS/2031:21

31-03-02

31-02-10

Framtiden för biblioteket i hamnen , 64 kB.

Z

KS/2031:22

Skriv ut
"""


def test_register_flattened_with_blank_lines_between_cells() -> None:
    rows, _ = status_register_items(_doc(CELLS_WITH_BLANKS).lines)
    state = {c.title: c.status for c in rows}
    assert state == {
        "Skolskjutsarnas tider på landsbygden": "open",
        "Underhållet av kommunens idrottshallar": "done",
        "Framtiden för biblioteket i hamnen": "open",
    }


#: A register written as records: a title, fields "Label: value", one the status.
RECORDS = """
Inlämnade motioner 2031

Förslag om en hundrastgård vid ängen

Registreringsdatum: 2031-05-02
Initierad av: Partiet X
Status: Under beredning

Motion om längre öppettider i simhallen

Registreringsdatum: 2031-02-11
Initierad av: Partiet Y
Status: Besvarad. Läs svaret i protokollet.
"""


def test_records_with_a_status_field() -> None:
    rows, _ = status_register_items(_doc(RECORDS).lines)
    state = {c.title: c.status for c in rows}
    assert state == {
        "Förslag om en hundrastgård vid ängen": "open",
        "Motion om längre öppettider i simhallen": "done",
    }


def test_followed_up_actions_with_a_status_field_are_no_register() -> None:
    text = """
Punkt 1. Nya rutiner för nyckelutlämning
Ansvarig: A. Berg
Status: Klar.

Punkt 2. Översyn av larmet i förrådet
Ansvarig: B. Ek
Status: Pågår.
"""
    assert status_entry_count(_doc(text).lines) == 0


def test_a_page_titled_by_the_matters_it_lists_is_a_report() -> None:
    text = """
Motioner

Publicerad 2031-01-10
En motion är ett förslag från en ledamot i fullmäktige.

Motioner bereds av de nämnder som berörs, och obesvarade motioner redovisas två gånger
om året.
"""
    assert decide_kind(_doc(text))[0] == "report"


def test_a_goal_forecast_not_to_be_met_is_open() -> None:
    text = """
Granskning av delårsrapport 2031

Finansiella mål
Resultatmålet prognoseras att inte uppfyllas för året.
"""
    ext = extract(_doc(text))
    assert any("Resultatmålet" in c.title and c.status == "open" for c in ext.items)


def test_a_legend_of_goal_grades_judges_no_goal() -> None:
    text = """
Måluppfyllelse

Färgerna visar i vilken grad målet uppnåtts:

Målet uppnått, målnivån nådd eller bättre

Målet delvis uppnått, minst 70 procent av målnivån

Målet ej uppnått, under 70 procent av målnivån
"""
    ext = extract(_doc(text))
    assert not [c for c in ext.items if c.status == "open"]


def test_work_named_by_a_relative_clause_and_told_done_is_not_open() -> None:
    text = """
Uppföljning av verksamhetsplan 2031

Måluppfyllelse

Insatser som har påbörjats har upprätthållits och utvecklats under året.
"""
    ext = extract(_doc(text))
    assert not [c for c in ext.items if c.status == "open"]


def test_two_goals_sharing_a_forecast_miss_are_two_items_due_at_the_years_end() -> None:
    text = """
Granskning av delårsrapport 2031-08-31

Finansiella mål
Soliditetsmålet och nämndernas mål prognoseras att inte uppfyllas.
"""
    doc = _doc(text)
    ext = extract(doc)
    misses = [c for c in ext.items if c.kind == "goal_deviation" and c.status == "open"]
    titles = sorted(c.title for c in misses)
    assert len(misses) == 2, titles
    assert titles[0].startswith("Nämndernas mål") and titles[1].startswith("Soliditetsmålet")
    by_title = {c.title[:8]: c for c in misses}
    assert by_title["Nämndern"].owner == "Nämnderna"
    assert all(str(c.due) == "2031-12-31" for c in misses)
