"""More follow-up shapes, written here (never copied from a real document): a
management system's export that prints each status before its uppdrag, a forecast as a
status value ("Bedöms bli genomförd"), and a web page's status badge run into the name
of the action ("FörsenadIndividuell mätning …")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tracker.domain import Candidate, Document, Line
from tracker.extract import detect_kind
from tracker.extract.followup_lines import body_heading, status_of
from tracker.extract.followup_owners import body_initials
from tracker.extract.followup_sentences import activity_title
from tracker.extract.report_followup import read_followup


def _lines(text: str) -> list[Line]:
    rows = [t for t in text.strip("\n").split("\n") if t.strip()]
    return [Line(text=t, page=1, line=k) for k, t in enumerate(rows, 1)]


def _items(text: str, body: str | None = "Kommunstyrelsen") -> list[Candidate]:
    return read_followup(_lines(text), body, None).items


def _one(items: list[Candidate], word: str) -> Candidate:
    hits = [it for it in items if word.casefold() in (it.title + " " + it.text).casefold()]
    assert len(hits) == 1, [it.title for it in items]
    return hits[0]


# --- status printed before each uppdrag --------------------------------------------------

STATUS_FIRST = """
Uppdrag. Kommentar
Bedöms bli genomförd
Se över riktlinjerna för föreningsbidrag (KS)
Uppdraget bedöms bli genomfört under året.
Ett förslag väntas i november.
Genomförd
Revidera avfallsplanen (KS)
Uppdraget är genomfört.
Planen antogs i juni.
Bedöms inte bli genomförd
Utveckla en modell för medborgardialog (KS)
Uppdraget bedöms inte bli genomfört under året.
Arbetet avvaktar en ny organisation.
"""


def test_forecast_is_an_open_status_value() -> None:
    assert status_of("Bedöms bli genomförd") == ("open", "Bedöms bli genomförd")
    assert status_of("Bedöms inte bli genomförd") == ("open", "Bedöms inte bli genomförd")
    assert status_of("Genomförd") == ("done", "Genomförd")


def test_status_before_each_uppdrag_belongs_to_the_uppdrag_after_it() -> None:
    items = _items(STATUS_FIRST)
    assert len(items) == 3, [it.title for it in items]
    rules = _one(items, "föreningsbidrag")
    assert rules.status == "open"
    assert rules.title == "Se över riktlinjerna för föreningsbidrag"
    assert rules.owner == "Kommunstyrelsen"
    assert _one(items, "avfallsplanen").status == "done"
    dialog = _one(items, "medborgardialog")
    assert dialog.status == "open"
    assert "avvaktar" not in dialog.title


# --- a status badge run into the action's name ------------------------------------------

GLUED = """
Klimatplan för den kommunala organisationen
Åtgärder
PågårEnergieffektivisering av skolor
Åtgärd K.2.a Genomföra energieffektivisering i samtliga skolbyggnader.
AvslutadByte till LED-belysning i gatunätet
Åtgärd K.2.b Byta ut gatubelysningen till LED.
Ej påbörjadSolceller på kommunhuset
Åtgärd K.2.c Installera solceller på kommunhusets tak.
Genomförs kontinuerligtKlimatkrav i upphandling
Åtgärd K.2.d Ställa klimatkrav i alla upphandlingar av fordon.
"""


def test_glued_status_badges_make_entries_named_by_the_action() -> None:
    items = _items(GLUED, body=None)
    by_title = {it.title: it for it in items}
    assert set(by_title) == {
        "Energieffektivisering av skolor",
        "Byte till LED-belysning i gatunätet",
        "Solceller på kommunhuset",
        "Klimatkrav i upphandling",
    }
    assert by_title["Byte till LED-belysning i gatunätet"].status == "done"
    open_titles = {t for t, it in by_title.items() if it.status == "open"}
    assert len(open_titles) == 3
    # The numbered description under the name is part of the entry.
    assert "samtliga skolbyggnader" in by_title["Energieffektivisering av skolor"].text


def test_glued_status_badges_make_a_report() -> None:
    doc = Document(path=Path("f.txt"), sha256="0", format="txt", pages=1, lines=_lines(GLUED))
    assert detect_kind(doc) == "report"


def test_a_capitalised_word_after_a_status_word_with_a_space_is_no_badge() -> None:
    # "Pågår Arbetet …" is a sentence (or a status and a sentence), not a name run into
    # a badge; and a word that merely starts like a status word is no badge either.
    items = _items("Åtgärder\nKlarnaBetalning införs i kassorna\n", body=None)
    assert items == []


# --- a status sentence that lists the work it is about -----------------------------------

LISTED = (
    "Verksamhetsberättelse 2023 för Samordningsförbundet\n"
    "Inom arbetsmarknadsområdet fortsätter bland annat arbetet med praktikplatser, "
    "språkstöd, validering samt lokaler och parkering.\n"
    "Inom hälsoområdet pågår exempelvis tidiga insatser liksom frågor om psykisk hälsa, "
    "rehabilitering och friskvård.\n"
    "Arbetet med kursutbudet fortsätter och en ny kurs startar i maj.\n"
)


def test_a_status_sentence_listing_work_gives_an_item_per_listed_thing() -> None:
    items = _items(LISTED, body="Samordningsförbundet")
    titles = [it.title for it in items]
    for thing in ("Praktikplatser", "Språkstöd", "Validering", "Lokaler och parkering",
                  "Tidiga insatser", "Psykisk hälsa", "Rehabilitering", "Friskvård"):
        assert thing in titles, titles
    assert all(it.status == "open" for it in items)
    # Two things joined by "och" are no list of three: the sentence stays one item.
    assert sum("kursutbudet" in it.text for it in items) == 1


# --- table rows flattened to lines with single spaces -----------------------------------

FLAT_ROWS = """
Uppföljning av nämndens uppdrag 2024
Uppdrag Status Kommentar
Revidera taxan för bygglov Pågår Ett förslag tas fram under hösten och beslutas i december.
Ta fram en strategi för digitalisering Avslutad Strategin antogs av nämnden i maj.
Utred behovet av en ny förskola i norra delen Ej påbörjad Utredningen startar i höst.
Inför e-tjänst för serveringstillstånd Försenad Leverantören är sen, ny tidplan är mars 2025.
"""


def test_flattened_rows_split_at_the_capitalised_status_inside_the_line() -> None:
    items = _items(FLAT_ROWS, body="Socialnämnden")
    by_title = {it.title: it for it in items}
    assert set(by_title) == {
        "Revidera taxan för bygglov",
        "Ta fram en strategi för digitalisering",
        "Utred behovet av en ny förskola i norra delen",
        "Inför e-tjänst för serveringstillstånd",
    }
    assert by_title["Ta fram en strategi för digitalisering"].status == "done"
    assert by_title["Utred behovet av en ny förskola i norra delen"].status == "open"
    late = by_title["Inför e-tjänst för serveringstillstånd"]
    assert late.status == "open"
    assert late.owner == "Socialnämnden"
    # "ny tidplan är mars 2025": the comment sets the new due date.
    assert late.due is not None and late.due.isoformat() == "2025-03-31"


def test_one_sentence_with_a_capitalised_status_word_is_no_table() -> None:
    text = "Verksamhetsberättelse 2024\nProjektet i Norrby Pågår Fortfarande ses som viktigt.\n"
    # (The running-text reader may still read the sentence as work going on.)
    reasons = [r for it in _items(text) for r in it.reasons]
    assert not any(r.startswith("tabellrad utskriven som text") for r in reasons)


# --- an abbreviation only this organisation uses ------------------------------------------

ABBREVIATED = """
Uppföljning av kommunfullmäktiges uppdrag 2023
Uppdragen går till kultur- och fritidsnämnden, tekniska nämnden och miljö- och samhällsbyggnadsnämnden.
T2 2023 Uppdrag. Kommentar T2 2023
.
Utred förutsättningarna för en ny simhall (KFN)
Uppdraget bedöms inte bli genomfört under året.
.
Öka renoveringstakten på ledningsnätet (TN)
Arbetet pågår enligt plan.
.
Upprätta styrdokument för kollektivtrafik (MSN)
Arbetet är påbörjat.
.
Inför en ny modell för lokalbokning (XQZ)
Arbetet pågår.
"""  # noqa: E501


def test_body_initials() -> None:
    assert body_initials("Kultur- och fritidsnämnden") == "KFN"
    assert body_initials("Tekniska nämnden") == "TN"
    assert body_initials("Kommunstyrelsen") == "KS"
    assert body_initials("Barn- och utbildningsnämnden") == "BUN"


def test_an_abbreviation_resolves_to_the_body_with_those_initials() -> None:
    items = _items(ABBREVIATED)
    by_title = {it.title: it for it in items}
    assert by_title["Utred förutsättningarna för en ny simhall"].owner == (
        "Kultur- och fritidsnämnden"
    )
    assert by_title["Öka renoveringstakten på ledningsnätet"].owner == "Tekniska nämnden"
    assert by_title["Upprätta styrdokument för kollektivtrafik"].owner == (
        "Miljö- och samhällsbyggnadsnämnden"
    )
    # Unknown initials: the abbreviation itself is the owner, out of the title.
    assert by_title["Inför en ny modell för lokalbokning"].owner == "XQZ"


# --- running text: work under way, put off or not yet done, in other words ---------------

UNDER_WAY = """
Delårsrapport januari–augusti 2024 för Bygg- och miljönämnden
Viktiga händelser
Arbetet med den nya översiktsplanen fortskrider och ett samrådsförslag väntas i november.
En utredning av avgifterna för tillsyn är igångsatt.
Riktlinjerna för bygglov i landsbygdsområden ses över.
Införandet av ett nytt ärendesystem har skjutits upp till 2025 i väntan på upphandlingen.
Utbildningen i klarspråk har ännu inte genomförts.
Den digitala bygglovsansökan infördes i mars och fungerar väl.
Riktlinjerna för strandskydd ses över varje år.
"""


def test_running_text_tells_work_under_way_put_off_or_not_yet_done() -> None:
    items = read_followup(_lines(UNDER_WAY), "Bygg- och miljönämnden", None).items
    titles = {it.title for it in items}
    assert titles == {
        "Arbetet med den nya översiktsplanen",
        "En utredning av avgifterna för tillsyn",
        "Riktlinjerna för bygglov i landsbygdsområden",
        "Införandet av ett nytt ärendesystem",
        "Utbildningen i klarspråk",
    }
    put_off = _one(items, "ärendesystem")
    assert put_off.due is not None and put_off.due.year == 2025
    # Finished work and a duty that recurs are no open items.
    assert not any("bygglovsansökan" in t or "strandskydd" in t for t in titles)


# --- the activity's name, short ----------------------------------------------------------


def test_titles_are_the_activitys_name() -> None:
    cases = {
        "Kommunstyrelsen ska i samråd med tekniska nämnden ta fram en plan för "
        "laddinfrastruktur.": "Ta fram en plan för laddinfrastruktur",
        "Senast 2025 ska nämnden ta fram en plan för förskolor.": "Ta fram en plan för förskolor",
        "Nämnden får i uppdrag att se över taxorna.": "Se över taxorna",
        "Att under 2024 ta fram en handlingsplan för trygghet.": (
            "Ta fram en handlingsplan för trygghet"
        ),
        "Uppdrag: Utveckla e-tjänster för bygglov": "Utveckla e-tjänster för bygglov",
        "Uppdrag 3. Revidera avfallsplanen": "Revidera avfallsplanen",
        "1.2 Ta fram riktlinjer för sociala medier": "Ta fram riktlinjer för sociala medier",
        "Åtgärd K.2.a Byta ut gatubelysningen": "Byta ut gatubelysningen",
        # no number or label to leave out
        "Attraktiv arbetsgivare": "Attraktiv arbetsgivare",
        "Uppdrag 2024 ska följas upp": "Uppdrag 2024 ska följas upp",
    }
    for text, title in cases.items():
        assert activity_title(text) == title, text


# --- an export whose entries are separated by dot lines, judged by a verdict -----------

VERDICTS = """
T3 2023 Uppdrag. Kommentar T3 2023
.
Ta fram en metod för konsekvensanalys av barnrättsfrågor inför alla politiska beslut i kommunens nämnder och styrelser (KS)
Uppdraget är genomfört under året.
Metoden är framtagen och kommer att införas under 2024.
.
Slutför den påbörjade översynen av kommunens samtliga styrdokument med särskilt fokus på tillgänglighet (KS)
Uppdraget är inte genomfört under året.
Ett stort arbete har lagts ner men en del arbete kvarstår innan uppdraget är slutfört.
.
Förstärk uppföljningen av de kommunala bolagen (KS)
Uppdraget är genomfört under året.
En bolagscontroller har anställts. Arbete har påbörjats med nya ägardirektiv.
"""  # noqa: E501


def test_dot_lines_separate_entries_and_the_reports_verdict_decides() -> None:
    items = _items(VERDICTS)
    assert len(items) == 3, [it.title for it in items]
    method = _one(items, "konsekvensanalys")
    assert method.status == "done"
    review = _one(items, "översynen")
    assert review.status == "open"
    assert review.title.startswith("Slutför den påbörjade översynen")
    # "Uppdraget är genomfört" decides although a step of the comment is begun.
    assert _one(items, "bolagen").status == "done"


def test_a_stretch_of_time_going_on_is_no_work() -> None:
    text = (
        "Verksamhetsberättelse 2024 för Samordningsförbundet\n"
        "Ett nytt verksamhetsår har precis inletts, det sista i programperioden.\n"
        "Arbetet med den nya webbplatsen har påbörjats.\n"
    )
    titles = [it.title for it in _items(text, body="Samordningsförbundet")]
    assert titles == ["Arbetet med den nya webbplatsen"]


def test_reports_of_where_work_stands_are_reports_by_their_title() -> None:
    for title in ("Lägesrapport för projektet Nya Torget", "Statusrapport kvartal 3 2024",
                  "Återrapportering av uppdrag till kommunfullmäktige"):
        lines = _lines(f"{title}\nBygget av torget har startat och pågår enligt tidplan.\n")
        doc = Document(path=Path("f.txt"), sha256="0", format="txt", pages=1, lines=lines)
        assert detect_kind(doc) == "report", title


def test_status_values_partly_done_set_apart_or_closed() -> None:
    # Part of it is left: open.
    for value in ("Genomfört till 50 %", "Genomförd till hälften", "Uppnått till minst 80 %"):
        assert status_of(value) == ("open", value), value
    assert status_of("Genomfört till 100 %") == ("done", "Genomfört till 100 %")
    # A status set apart in brackets.
    assert status_of("[Pågår]") == ("open", "Pågår")
    assert status_of("(Klar)") == ("done", "Klar")
    # Closed without being carried out: not offered as open work.
    for value in ("Ej aktuell", "Utgår", "Avbruten", "Avskriven"):
        assert status_of(value) == ("done", value), value


def test_headings_that_give_uppdrag_to_a_body() -> None:
    assert body_heading("Uppdrag till socialnämnden") == "Socialnämnden"
    assert body_heading("Socialnämnden – uppdrag från kommunfullmäktige") == "Socialnämnden"
    # A wrapped line of running text is no heading.
    assert body_heading("uppdrag till socialnämnden") is None
    assert body_heading("Nämndens uppdrag") is None


def test_a_colour_badge_run_into_a_name_is_work_under_way() -> None:
    text = (
        "Handlingsplan – aktiviteter\n"
        "GulRevidera planen för krisberedskap\n"
        "GrönNy rutin för inköp\n"
    )
    items = _items(text)
    assert {it.title: it.status for it in items} == {
        "Revidera planen för krisberedskap": "open",
        "Ny rutin för inköp": "open",
    }


# --- assignments the report's proposed decisions give --------------------------------------

DECISIONS = """
Delårsrapport april 2025 för Regionen
Beslut
Regionstyrelsen föreslår att regionfullmäktige beslutar följande:
1. Regionfullmäktige godkänner delårsrapporten.
2. Regionfullmäktige noterar att samtliga sjukhusstyrelser prognostiserar ett underskott och uppmanar dessa att öka takten i arbetet med kostnadsreducerande åtgärder.
3. Regionfullmäktige ger hälso- och sjukvårdsnämnden i uppdrag att ta fram en plan för minskad inhyrd personal senast i oktober 2025.
4. Regionstyrelsen uppdras att återkomma med en analys av investeringsbudgeten.
Inspektionen uppmanar socialnämnden att säkerställa att bristerna åtgärdas.
Regionfullmäktige gav 2023 nämnden i uppdrag att se över avgifterna.
"""  # noqa: E501


def test_assignments_given_in_the_reports_decisions() -> None:
    items = _items(DECISIONS, body="Regionstyrelsen")
    got = {it.title: (it.owner, it.due) for it in items}
    assert got == {
        "Öka takten i arbetet med kostnadsreducerande åtgärder": (
            "Samtliga sjukhusstyrelser", None
        ),
        "Ta fram en plan för minskad inhyrd personal senast i oktober 2025": (
            "Hälso- och sjukvårdsnämnden", dt.date(2025, 10, 31)
        ),
        "Återkomma med en analys av investeringsbudgeten": ("Regionstyrelsen", None),
    }


def test_states_of_the_world_are_no_work() -> None:
    text = (
        "Delårsrapport 2024 för Hälso- och sjukvårdsnämnden\n"
        "Viktiga händelser\n"
        "Antalet patienter som väntar på en operation har minskat under perioden.\n"
        "Statistiken tas fram av Socialstyrelsen en gång per år.\n"
        "Befolkningen fortsätter att växa i hela länet.\n"
        "Arbetet med att korta köerna till ortopedin pågår.\n"
    )
    items = _items(text, body="Hälso- och sjukvårdsnämnden")
    assert [it.title for it in items] == ["Arbetet med att korta köerna till ortopedin"]


def test_a_list_of_finished_work_is_not_spread_into_open_items() -> None:
    text = (
        "Verksamhetsberättelse 2024 för Samordningsförbundet\n"
        "Förbundet har bland annat genomfört kurser, mässor, studiebesök samt en konferens, "
        "och arbetet fortsätter.\n"
    )
    titles = [it.title for it in _items(text, body="Samordningsförbundet")]
    assert not {"Kurser", "Mässor", "Studiebesök", "En konferens"} & set(titles)


def test_running_text_titles_name_the_work() -> None:
    text = (
        "Delårsrapport 2024 för Socialnämnden\n"
        "Under perioden har också ett arbete gällande fler platser i daglig verksamhet pågått.\n"
        "Förvaltningen har inlett ett samarbete med högskolan om praktikplatser.\n"
        "Vi har startat ett projekt för att minska matsvinnet.\n"
        "Nämnden har ännu inte fattat beslut om den nya organisationen.\n"
    )
    titles = {it.title for it in _items(text, body="Socialnämnden")}
    assert titles == {
        "Arbete gällande fler platser i daglig verksamhet",
        "Samarbete med högskolan om praktikplatser",
        "Projekt för att minska matsvinnet",
        "Fatta beslut om den nya organisationen",
    }
