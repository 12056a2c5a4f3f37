"""Carry-over round 6, on invented Swedish minutes: a forum recognised by who attends
when later minutes name it another way or not at all, numbered actions whose fields
stand on lines of their own, "Punkt N. Titel" over its status, what a draft or an
infinitive says, an answer given as a status of its own, and compounds matched only by
their head."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.minutes_helpers import doc_from_text
from tests.services.linking_helpers import import_text, plan_text
from tracker.extract import extract
from tracker.extract.mentions import effect_of
from tracker.services import link_scoring, link_words
from tracker.store import ItemFilter, Store


@pytest.fixture
def store(tmp_path: Path):
    s = Store.open(tmp_path / "t.db", backup=False)
    yield s
    s.close()


FIRST = """\
Minnesanteckningar – Förvaltningens ledningsgrupp
Tisdag 3 september 2024

Närvarande
Greta Holm, förvaltningschef
Sune Ask, chef idrott
Lova Berg, controller
Nils Rask, HR

1. Ekonomi
Prognosen är oförändrad.

2. Åtgärdslista

1) Ta fram nya taxor för sporthallarna.
   Ansvarig: Sune Ask. Klart: 2024-10-31.
   Status: Pågår – underlag samlas in.

2) Revidera rutinen för lokalbokning.
   Ansvarig: Lova Berg. Klart: 2024-12-01.
   Status: Ej påbörjad.

Nästa möte: 1 oktober 2024.
"""

SECOND = """\
ANTECKNINGAR FRÅN VECKOMÖTET
Datum: 2024-10-01

Deltagare: Greta Holm (ordf.), Sune Ask, Lova Berg, Nils Rask

§ 1 Föregående anteckningar
Godkändes.

§ 2 Uppföljning av åtgärdslistan

Punkt 1. Nya taxor sporthallarna
Status: Klar. Taxorna beslutades av nämnden 24 september.

Punkt 2. Rutinen för lokalbokning
Status: Pågår. Utkast finns; går till nämnden i november i stället för att
vara klar 1 december.
"""


def test_numbered_actions_with_their_fields_on_lines_of_their_own_are_items() -> None:
    ext = extract(doc_from_text(FIRST))
    titles = {c.title: c for c in ext.items}
    assert "Ta fram nya taxor för sporthallarna" in titles
    first = titles["Ta fram nya taxor för sporthallarna"]
    assert first.owner == "Sune Ask"
    assert first.ref_no == "1"
    assert str(first.due) == "2024-10-31"
    assert "Revidera rutinen för lokalbokning" in titles
    # The status line under an action is no item of its own.
    assert not any(c.title.startswith("Status") for c in ext.items)


def test_later_minutes_of_the_same_people_carry_the_forums_items(
    store: Store, tmp_path: Path
) -> None:
    import_text(store, tmp_path, "1.txt", FIRST)
    plan = plan_text(store, tmp_path, "2.txt", SECOND)
    assert plan.body == "Förvaltningens ledningsgrupp"
    by_action = {(e.action, e.accepted, e.match_title) for e in plan.entries if e.match_id}
    assert ("close", True, "Ta fram nya taxor för sporthallarna") in by_action
    # "… i stället för att vara klar 1 december" is what was meant to be, not done.
    assert ("update", True, "Revidera rutinen för lokalbokning") in by_action
    assert not any(e.action == "close" and e.match_title == "Revidera rutinen för lokalbokning"
                   for e in plan.entries)  # fmt: skip


def test_other_people_are_not_the_same_forum(store: Store, tmp_path: Path) -> None:
    import_text(store, tmp_path, "1.txt", FIRST)
    other = SECOND.replace(
        "Greta Holm (ordf.), Sune Ask, Lova Berg, Nils Rask",
        "Eva Lund (ordf.), Jon Ek, Ida Sten, Ali Nur",
    )
    plan = plan_text(store, tmp_path, "2.txt", other)
    assert plan.body != "Förvaltningens ledningsgrupp"
    assert not any(e.match_id for e in plan.entries)
    assert len(store.list_items(ItemFilter(status="open"))) == 2


@pytest.mark.parametrize(
    ("text", "effect"),
    [
        ("Utkast klart, tas upp igen i april.", "update"),
        ("Utkastet är klart och skickas på remiss.", None),
        ("Går till nämnden i december i stället för att vara klar 1 december.", None),
        ("Tjänsten blir heltid och annonseras i januari. Besvarat.", "close"),
        ("Frågan besvarad.", "close"),
        # Who answered is told, not that the matter is done.
        ("Arbetsgivaren har besvarat frågan skriftligt.", None),
        ("Riskbedömningen klar.", "close"),
    ],
)
def test_what_a_draft_an_infinitive_and_an_answer_say(text: str, effect: str | None) -> None:
    assert effect_of(text) == effect


def test_a_compound_found_only_as_its_head_counts_less() -> None:
    full, _ = link_words.coverage(["lönesamtal"], ["lönesamtalen"])
    head, _ = link_words.coverage(["lönesamtal"], ["samtal", "elevassistenterna"])
    assert full == 1.0
    assert head < 0.7
    # The other way round the head names the kind the compound is of ("schema" in a
    # label, "arbetsschemat" in the item): that is still a match.
    assert link_words.coverage(["schema"], ["arbetsschemat"])[0] == 1.0


def test_a_numbered_point_of_the_agenda_is_no_list_number() -> None:
    ext = extract(doc_from_text(
        "Protokoll SVG 2025-05-20\n\nPunkt 9: Övriga frågor\n"
        "Vision undrar om studiedagen. Datum: 2 oktober. Besvarat.\n"
    ))  # fmt: skip
    assert not any(m.ref_no == "9" for m in ext.mentions)


APT_FIRST = """\
APT – Hemtjänsten Öster
14 januari 2025

Handlingsplan

| Nr | Vad                                   | Vem   | När  | Status      |
|----|---------------------------------------|-------|------|-------------|
| 1  | Kurs i förflyttningsteknik för alla   | Eva   | mars | Ej påbörjad |
| 2  | Boka lokal för planeringsdagen        | Omar  | v. 6 | Ej påbörjad |

Nästa APT: 11 februari 2025.
"""

APT_SECOND = """\
APT – Hemtjänsten Öster
11 februari 2025

Genomgång av handlingsplanen
Kursen i förflyttningsteknik är bokad med en fysioterapeut.

| Nr | Vad                                   | Vem   | När  | Status      |
|----|---------------------------------------|-------|------|-------------|
| 1  | Kurs i förflyttningsteknik för alla   | Eva   | mars | Bokad 12/3  |
| 2  | Boka lokal för planeringsdagen        | Omar  | v. 6 | Bokad       |
"""


def test_a_booked_step_closes_only_the_item_that_asks_for_booking(
    store: Store, tmp_path: Path
) -> None:
    import_text(store, tmp_path, "1.txt", APT_FIRST)
    plan = plan_text(store, tmp_path, "2.txt", APT_SECOND)
    done = {e.match_title: e.action for e in plan.entries if e.accepted and e.match_id}
    # The course is booked, not given: it stays open with a history entry.
    assert done.get("Kurs i förflyttningsteknik för alla") == "update"
    # Booking the room was the whole task.
    assert done.get("Boka lokal för planeringsdagen") == "close"
    # The row and the sentence of one matter make no new item.
    assert not any(e.action == "new" and e.accepted for e in plan.entries)


def test_a_pipe_row_keeps_its_list_number() -> None:
    ext = extract(doc_from_text(APT_FIRST))
    refs = {c.title: c.ref_no for c in ext.items}
    assert refs.get("Kurs i förflyttningsteknik för alla") == "1"


def test_every_point_of_an_agenda_numbered_with_punkt_is_no_list_number() -> None:
    text = (
        "Protokoll SVG 2025-06-10\n\nPunkt 1: Öppnande\nPunkt 2: Dagordningen godkänns.\n\n"
        "Punkt 8: Arbetsmiljö\nInga nya tillbud. Skyddsronden genomförd 3 juni.\n"
    )
    ext = extract(doc_from_text(text))
    assert not any(c.ref_no == "8" for c in [*ext.items, *ext.mentions])
    # trap: in a follow-up list without such an agenda "Punkt 21: Klar" is number 21.
    listed = extract(doc_from_text("Uppföljning av åtgärdslistan\n\nPunkt 21: Klar.\n"))
    assert any(m.ref_no == "21" for m in listed.mentions)


NAMND_FIRST = """\
Protokoll
Kultur- och fritidsnämnden 2025-03-12

§ 20  Medborgarförslag om utegym i Åsen
KFN 2025/14
Förslagsställaren vill ha ett utegym vid motionsspåret.
Beslut
Medborgarförslaget om utegym i Åsen bordläggs.

§ 21  Skrivelse om badtider
KFN 2025/19
Beslut
Förvaltningen återkommer med svar till Ida Berg om badtiderna.
"""

NAMND_SECOND = """\
Protokoll
Kultur- och fritidsnämnden 2025-04-09

§ 31  Medborgarförslag om utegym i Åsen (bordlagt 2025-03-12)
KFN 2025/14
Beslut
Medborgarförslaget om utegym i Åsen avslås med hänvisning till idrottsplanen.

§ 32  Skrivelse om badtider
KFN 2025/40
Beslut
Förvaltningen återkommer med svar till Ivar Berg om badtiderna.
"""


def test_a_case_number_on_a_line_of_its_own_under_the_paragraph_is_its_dnr(
    store: Store, tmp_path: Path
) -> None:
    ext = extract(doc_from_text(NAMND_FIRST))
    assert {c.dnr for c in ext.items} >= {"KFN 2025/14", "KFN 2025/19"}
    import_text(store, tmp_path, "1.txt", NAMND_FIRST)
    plan = plan_text(store, tmp_path, "2.txt", NAMND_SECOND)
    closes = [e for e in plan.entries if e.accepted and e.action == "close"]
    assert len(closes) == 1 and "utegym i Åsen" in (closes[0].match_title or "")
    # trap: a new letter under another case number is a matter of its own.
    letter = [e for e in plan.entries if "badtider" in (e.candidate.title or "")]
    assert letter and all(e.action == "new" and e.match_id is None for e in letter)


def test_a_numbered_action_with_its_owner_after_a_dash_over_field_lines() -> None:
    text = (
        "Ledningsgrupp 2025-04-01\n\nÅtgärdslista\n\n"
        "6. Rekrytera vikarierande kurator (för Eva Lind) – Ola/Karin\n"
        "   Klart senast: 15 maj. Status: Ej påbörjad.\n\n"
        "7. Ta fram ny rutin för nyckelkvittens\n"
        "   Ansvarig: Karin Lundh. Klart senast: 31 mars.\n"
    )
    ext = extract(doc_from_text(text))
    by_title = {c.title: c for c in ext.items}
    kurator = by_title["Rekrytera vikarierande kurator (för Eva Lind)"]
    assert (kurator.owner, kurator.ref_no) == ("Ola", "6")
    # The field on the next line with no full stop before it is still a field.
    assert by_title["Ta fram ny rutin för nyckelkvittens"].owner == "Karin Lundh"
    # trap: a dash before words that are no names is part of the action.
    plain = extract(doc_from_text(
        "Åtgärdslista\n\n8. Se över skyltningen – entré och trapphus\n   Status: Pågår.\n"
    ))  # fmt: skip
    assert not any(c.owner == "entré" for c in plain.items)


def test_a_numbered_action_opened_by_a_task_verb_keeps_its_fields() -> None:
    # The clause reading checks "Kontakta …" on its own (a task verb opening the line);
    # the numbered action with its owner and due date takes its place.
    text = (
        "Ledningsgrupp 2025-04-01\n\nÅtgärdslista\n\n"
        "6. Kontakta vaktmästaren om nycklar – Ola/Karin\n"
        "   Klart senast: 15 maj. Status: Ej påbörjad.\n"
    )
    ext = extract(doc_from_text(text))
    [item] = [c for c in ext.items if "vaktmästaren" in c.title]
    assert (item.title, item.owner, item.ref_no) == ("Kontakta vaktmästaren om nycklar", "Ola", "6")
    assert item.due is not None and (item.due.month, item.due.day) == (5, 15)


def test_a_forums_abbreviation_is_no_initials_of_a_compound() -> None:
    assert not link_words.similar("FVG", "friskvårdsbidrag")
    assert not link_words.similar("APT", "arbetsplatsträffens")
    # trap: other abbreviations still spell a compound.
    assert link_words.similar("ÅVC", "återvinningscentralen")


FVG_FIRST = """\
Minnesanteckningar FVG 2025-01-21

Närvarande: Karin Ek, Olof Sand, Pia Lund, Bo Ny

5. Information från arbetsgivaren
Friskvård: Kommunal frågar om friskvårdsbidraget kan höjas. Arbetsgivaren återkommer
när budgeten är klar.
Enkät: Rektorerna ansvarar för att OSA-enkäten genomförs under februari.

6. Fysisk arbetsmiljö
Ljudmätning har beställts; resultatet redovisas vid nästa möte.
"""

FVG_SECOND = """\
Minnesanteckningar FVG 2025-02-18

Närvarande: Karin Ek, Olof Sand, Pia Lund, Bo Ny

§5 Kvarstående frågor

Friskvårdsbidrag
Arbetsgivaren meddelar att friskvårdsbidraget höjs från 1 april. Kommunal är nöjd.
Besvarad.

OSA-enkät
Enkäten är genomförd. Resultatet har inte sammanställts ännu och redovisas vid nästa möte.
"""


def test_title_lines_of_the_follow_up_name_their_passages(store: Store, tmp_path: Path) -> None:
    import_text(store, tmp_path, "1.txt", FVG_FIRST)
    plan = plan_text(store, tmp_path, "2.txt", FVG_SECOND)
    done = {(e.action, e.match_title) for e in plan.entries if e.accepted and e.match_id}
    assert any(a == "close" and "friskvårdsbidraget" in (t or "") for a, t in done)
    # "Resultatet …" (a plain word) does not pull the OSA passage to the noise
    # measurement whose result is also still to come.
    assert any(a == "update" and "OSA-enkäten" in (t or "") for a, t in done)
    assert not any("Ljudmätning" in (t or "") for _a, t in done)


def test_a_lettered_title_line_over_a_passage_names_it() -> None:
    from tracker.extract.passage_layout import passage_title

    doc = doc_from_text(
        "5. Balanslista\na) Riskbedömning omorganisation\nMalin redovisar riskbedömningen.\n"
        "Frågan avslutas.\n\nb) Friskvårdsbidrag\nInget beslut ännu.\n"
    )
    assert passage_title(doc.lines, 2) == "Riskbedömning omorganisation"
    assert passage_title(doc.lines, 6) == "Friskvårdsbidrag"
    # trap: the outline's own numbered heading names no matter.
    plain = doc_from_text("2. Arbetsmiljö\nOlle tar upp att belysningen är dålig.\n")
    assert passage_title(plain.lines, 1) is None


@pytest.mark.parametrize(
    ("sentence", "made"),
    [
        ("Parterna lämnar synpunkter till Magnus Stål senast 6 februari.", True),
        ("Skyddsrond i matsalen bokas av rektor under februari.", True),
        ("Ljudmätningen beställs av Sofie Engvall före sommaren.", True),
        ("Programmet skickas ut av Vera under februari.", True),
        ("Förvaltningen bereder medborgarförslaget och lämnar förslag till svar.", True),
        # traps: news from outside, and information given at the meeting.
        ("Brukarenkäten skickas ut av Socialstyrelsen under mars.", False),
        ("Parterna lämnar information om läget.", False),
    ],
)
def test_passive_steps_with_their_agent_and_hand_ins_by_a_date_are_items(
    sentence: str, made: bool
) -> None:
    head = "Minnesanteckningar LSG 2026-01-22\n\n7. Arbetsmiljö\n"
    ext = extract(doc_from_text(f"{head}{sentence}\n"))
    assert any(sentence.rstrip(".") in c.title for c in ext.items) is made


def test_a_done_step_is_not_joined_to_a_sentence_about_another_matter() -> None:
    from tracker.extract.status_sentences import status_sentences

    para = [(0, "Kompetensplanen 2026 är fastställd. Förvaltningen har begärt att skolorna"),
            (1, "påbörjar en kompetensplan 2027.")]
    states = [(s.subject, s.state) for s in status_sentences(para)]
    assert ("Kompetensplanen 2026", "done") in states
    # trap: a bare noun that opens the next sentence still goes on about the same matter.
    joined = [(0, "Enkäten är genomförd. Resultatet har inte sammanställts ännu.")]
    assert [s.state for s in status_sentences(joined)] == ["open"]


def test_a_row_without_border_pipes_keeps_its_list_number() -> None:
    ext = extract(doc_from_text(
        "Åtgärdslista\n\nNr | Aktivitet | Ansvarig | Klart | Status\n"
        "13 | Ta fram utbildningsplan för superanvändare | Lina Fors | 2024-11-01 | Pågår\n"
    ))  # fmt: skip
    assert any(c.ref_no == "13" for c in ext.items)


LG_FIRST = """\
Ledningsgrupp grundskola – Minnesanteckningar 2025-10-06

Närvarande: Eva Berg (ordf.), Jon Ask, Pia Holm, Åsa Lind

Ärende: Resursfördelning åk 7 Tallskolan
Årskurs 7 har vuxit. Eva Berg återkommer med förslag på resursförstärkning till nästa möte.

Ärende: Meritvärden 2025
Kvalitetsstrategen redovisar en fördjupad analys av meritvärdena i november.

Ärende: Rekrytering av biträdande rektor, Solbergsskolan
HR (Åsa Lind) återkommer med tidplan för rekryteringen.
"""

LG_SECOND = """\
Ledningsgrupp grundskola – Minnesanteckningar 2025-11-03

Närvarande: Eva Berg (ordf.), Jon Ask, Pia Holm, Åsa Lind

Ärende: Resursfördelning åk 7 Tallskolan
Eva Berg presenterar förslaget: en extra mentorsgrupp från januari. Ledningsgruppen
ställer sig bakom förslaget. Frågan är därmed avklarad.

Ärende: Meritvärden 2025
Betygsdata kom sent. Analysen redovisas i stället på decembermötet.

Ärende: Rekrytering av biträdande rektor, Västerskolan
Åsa Lind tar fram annons och tidplan för rekryteringen till Västerskolan.
"""


def test_statements_without_a_subject_of_their_own_speak_of_their_heading(
    store: Store, tmp_path: Path
) -> None:
    import_text(store, tmp_path, "1.txt", LG_FIRST)
    plan = plan_text(store, tmp_path, "2.txt", LG_SECOND)
    done = {(e.action, e.match_title) for e in plan.entries if e.accepted and e.match_id}
    # "Frågan är därmed avklarad" under the heading of the matter closes it.
    assert any(a == "close" and "resursförstärkning" in (t or "") for a, t in done)
    # "Analysen …" (a plain word) is read with its heading: the analysis goes on.
    assert any(a == "update" and "meritvärdena" in (t or "") for a, t in done)
    # trap: a recruitment for another school is a matter of its own.
    assert not any("rekryteringen" in (t or "") for _a, t in done)


def test_a_person_doing_something_before_a_colon_is_no_label() -> None:
    from tracker.extract.mentions import label_of

    assert label_of("Eva Berg presenterar förslaget: en extra mentorsgrupp.") is None
    # trap: a place of two capitalised words is a label.
    assert label_of("Paviljong C: Fönstren är tätade.") == "Paviljong C"


def test_a_header_line_is_read_whatever_the_length_of_its_date() -> None:
    from tracker.extract.meeting import extract_meeting
    from tracker.extract.sections import structure

    for date in ("14 maj 2025", "11 september 2025"):
        doc = doc_from_text(
            f"Förvaltningsgrupp Äldreomsorg – anteckningar {date}\n\nDeltagare: A, B.\n\n"
            "Balanslistan\nKommunal tog upp rasterna.\n"
        )
        assert extract_meeting(structure(doc)).body == "Förvaltningsgruppen"


FVG_POINT_FIRST = """\
Minnesanteckningar FVG 2025-09-04

Närvarande: Karin Ek, Olof Sand, Pia Lund, Bo Ny

6. Nattpatrullen
Vision frågar om tidplanen för omorganisationen. Tidplanen presenteras på FVG i oktober.
"""

FVG_POINT_SECOND = """\
Minnesanteckningar FVG 2025-10-02

Närvarande: Karin Ek, Olof Sand, Pia Lund, Bo Ny

3. Kvarvarande frågor från föregående möte
Tidplan nattpatrull (AG) – se punkt 7.

7. Nattpatrullen
Nattpatrullen: Tidplanen är inte klar; den redovisas i stället på FVG den 6 november.
"""


def test_a_passage_that_points_elsewhere_leaves_the_matter_to_the_one_it_points_to(
    store: Store, tmp_path: Path
) -> None:
    import_text(store, tmp_path, "1.txt", FVG_POINT_FIRST)
    plan = plan_text(store, tmp_path, "2.txt", FVG_POINT_SECOND)
    linked = [e for e in plan.entries if e.accepted and e.match_id]
    assert [e.action for e in linked] == ["update"]
    assert "redovisas i stället" in (linked[0].candidate.evidence or linked[0].candidate.text)
    # …and no new item is made of the statement the pointer points to.
    assert not any(e.accepted and e.action == "new" and "Tidplanen" in e.candidate.title
                   for e in plan.entries)  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "made"),
    [
        ("Maria Lönn åtgärdar belysningen i pumpstation 4 senast 31 maj 2024.", True),
        ("Fastighetsavdelningen kontaktas av Åsa Dahlgren.", True),
        # traps: a repair told of, with no one and no date; an agent that is no person.
        ("Belysningen åtgärdas.", False),
        ("Fastighetsavdelningen kontaktas av kommunen.", False),
        ("Sanering beställs av Nils.", True),
        pytest.param("Kallelser skickas ut av Avonova.", False, marks=pytest.mark.xfail(
            strict=True, reason=(
                "a routine told in the passive with its agent: the model retrained with "
                "round r18 (tenth session) scores the clause over its threshold"))),
    ],
)
def test_repairs_by_a_named_owner_and_steps_put_on_a_named_person_are_items(
    sentence: str, made: bool
) -> None:
    head = "Protokoll skyddskommittén 2024-04-16\n\n§ 5 Skyddsronder\n"
    ext = extract(doc_from_text(f"{head}{sentence}\n"))
    assert any(sentence.rstrip(".")[:40] in c.text for c in ext.items) is made


def test_a_compound_found_only_by_an_inner_part_counts_less() -> None:
    same, _ = link_words.coverage(["undersköterskelyftet"], ["undersköterskelyftet"])
    inner, _ = link_words.coverage(["undersköterskelyftet"], ["sjuksköterskor"])
    assert same == 1.0 and inner < 0.8
    # The closer of two alike words is the one that counts.
    both, hit = link_words.coverage(["lönesamtal"], ["samtal", "lönesamtalen"])
    assert both == 1.0 and hit == ["lönesamtal~lönesamtalen"]


LSG_FIRST = (
    "Minnesanteckningar LSG Björkskolan 2026-01-22\n\n"
    "Närvarande: Eva Berg (rektor), Jon Ask, Pia Holm, Åsa Lind\n\n"
    "7. Arbetsmiljö\n"
    # One line, as a word processor's paragraph is read.
    "Kommunal tar upp att fritidshemmets lokaler i paviljong D har dragiga fönster. "
    "Pia Holm gör en felanmälan till fastighet.\n"
)

LSG_SECOND = """\
Minnesanteckningar LSG Björkskolan 2026-02-19

Närvarande: Eva Berg (rektor), Jon Ask, Pia Holm, Åsa Lind

2. Kvarstående punkter från förra mötet
a) Paviljong D: Fönstren är tätade.
"""


def test_the_sentence_before_an_action_names_the_matter_it_answers(
    store: Store, tmp_path: Path
) -> None:
    ext = extract(doc_from_text(LSG_FIRST))
    action = next(c for c in ext.items if c.title.startswith("Pia Holm gör en felanmälan"))
    assert "paviljong D har dragiga fönster" in (action.evidence or "")
    import_text(store, tmp_path, "1.txt", LSG_FIRST)
    plan = plan_text(store, tmp_path, "2.txt", LSG_SECOND)
    closes = [e for e in plan.entries if e.accepted and e.action == "close"]
    assert [e.match_title for e in closes] == [action.title]


def test_an_injunction_with_a_deadline_is_an_item() -> None:
    head = "Protokoll Bygg- och miljönämnden 2025-02-12\n\n§ 18 Dnr BMN 2024/390\n"
    ext = extract(doc_from_text(
        f"{head}Förorenad mark Storgatan 22\nBeslut\nNämnden förelägger fastighetsägaren att "
        "inkomma med en markundersökning senast den 30 april 2025.\n"
    ))  # fmt: skip
    made = [c for c in ext.items if "markundersökning" in c.text]
    assert made and str(made[0].due) == "2025-04-30"
    # trap: without a deadline it is a decision told, not one to follow up.
    told = extract(doc_from_text(f"{head}Beslut\nNämnden förelägger bolaget att följa lagen.\n"))
    assert not any("följa lagen" in c.text for c in told.items)


def test_a_decision_that_follows_a_motion_is_read() -> None:
    head = "Protokoll Tekniska nämnden 2024-09-18\n\n§ 82 Dnr TN 2024/118\nTrafiksäkerhet\nBeslut\n"
    sent_back = extract(doc_from_text(
        f"{head}Nämnden beslutar att återremittera ärendet till förvaltningen i enlighet med "
        "Ove Sandbergs yrkande.\n"
    ))  # fmt: skip
    assert [c.kind for c in sent_back.items] == ["sent_back"]
    # trap: the motion alone decides nothing.
    motion = extract(doc_from_text(f"{head}Ove Sandberg (L) yrkar återremiss.\n"))
    assert not motion.items


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Samtliga arbetslag har lämnat in sin reflektion.", ("reflektion", "done")),
        ("Enheterna har redovisat sina handlingsplaner till HR.", ("handlingsplaner", "done")),
        # traps: denied, and an agent doing something to another thing.
        ("Alla har inte lämnat in sina tidrapporter.", None),
        ("Fastighetsavdelningen har bytt fläktmotor.", None),
    ],
)
def test_the_deliverable_its_doers_handed_in_is_done(sentence: str, found) -> None:
    from tracker.extract.status_sentences import subject_and_state

    assert subject_and_state(sentence) == found


def test_lamna_in_is_inflected_as_an_a_verb() -> None:
    from tracker.extract.clause_lexicon import state_forms

    forms = state_forms()
    assert forms["lämnat in"] == ("completion", "supine")
    assert forms["lämnades in"] == ("completion", "past")


SK_FIRST = """\
Ledningsgrupp förskola – Minnesanteckningar 2025-09-08

Närvarande: Tove Lind (ordf.), Ali Sand, Maja Ström, Kent Ek

Ärende: Föräldraenkät 2025
Svarsfrekvensen blev 61 procent.
Kvalitetsutvecklaren redovisar en rapport om enkätsvaren i oktober.
"""

SK_SECOND = """\
Ledningsgrupp förskola – Minnesanteckningar 2025-10-06

Närvarande: Tove Lind (ordf.), Ali Sand, Maja Ström, Kent Ek

Ärende: Föräldraenkät 2025
Maja Ström har inte hunnit göra klart underlaget eftersom svaren från två förskolor
kom sent. Rapporten redovisas i stället på novembermötet.
"""


def test_a_plain_subject_of_a_rules_item_speaks_of_its_heading(
    store: Store, tmp_path: Path
) -> None:
    # "Rapporten redovisas i stället …" is an item of the minutes rules (a
    # report-back with a time), so no mention is made of the passage; its plain subject
    # still points back at the matter of the heading it stands under.
    import_text(store, tmp_path, "1.txt", SK_FIRST)
    plan = plan_text(store, tmp_path, "2.txt", SK_SECOND)
    own = [e for e in plan.entries if "Rapporten" in e.candidate.title]
    assert own and not link_scoring.is_mention(own[0].candidate)
    assert own[0].accepted and own[0].action == "update"
    assert "rapport om enkätsvaren" in (own[0].match_title or "")
