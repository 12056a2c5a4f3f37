"""Carrying items over when a later document names its forum in another way ("LOKAL
SKYDDSKOMMITTÉ – NORRA OMRÅDET", "Planeringsmöte 2025-09-04"), when a matter's heading is
a labelled line ("Ärende: Inköp av bord, Tallskolan"), and when a done step goes on with
what is still to come ("Inventeringen är genomförd. Sammanställningen redovisas …")."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.minutes_helpers import doc_from_text
from tests.services.linking_helpers import import_text, plan_text
from tracker.extract.meeting import extract_meeting
from tracker.extract.sections import structure
from tracker.extract.status_sentences import status_sentences
from tracker.store import Store


@pytest.fixture
def store(tmp_path: Path):
    s = Store.open(tmp_path / "t.db", backup=False)
    yield s
    s.close()


def _body(text: str) -> str | None:
    return extract_meeting(structure(doc_from_text(text))).body


@pytest.mark.parametrize(("head", "body"), [
    ("LOKAL SKYDDSKOMMITTÉ – NORRA OMRÅDET\nProtokoll 2025-05-14, kl. 15.00\n",
     "Lokal skyddskommitté"),
    ("Ledningsgrupp förskola\nMinnesanteckningar 6 oktober 2025\n", "Ledningsgruppen"),
    ("Planeringsmöte 2025-09-04\n\nNärvarande: Eva Ek, Ola Ås\n", "Planeringsmöte"),
])
def test_the_forum_named_by_its_header_line(head: str, body: str) -> None:
    assert _body(head + "\n1. Öppnande\nMötet öppnas.\n") == body


def test_a_line_of_two_common_words_names_no_forum() -> None:
    # trap: "Närvarande ledamöter" over the list is a field label, not a forum
    body = _body("Närvarande ledamöter\nEva Ek, Ola Ås\n\n1. Öppnande\nMötet öppnas.\n")
    assert body != "Närvarande ledamöter"


def test_a_labelled_matter_line_is_a_heading_with_numbers_and_commas() -> None:
    text = ("Anteckningar\n\nÄrende: Inköp av bord åk 3, Tallskolan\n"
            "Borden i klassrummen är slitna och behöver bytas ut snart.\n"
            "Ärende: Övrigt\nInga övriga frågor togs upp på mötet idag.\n")
    titles = [s.title for s in structure(doc_from_text(text)).sections]
    assert "Inköp av bord åk 3, Tallskolan" in titles


def test_a_done_step_followed_by_what_remains_keeps_the_matter_open() -> None:
    para = [(0, "Inventeringen är genomförd på alla avdelningar."),
            (1, "Sammanställningen har inte gjorts ännu och redovisas vid nästa möte.")]
    found = list(status_sentences(para))
    assert len(found) == 1
    assert found[0].subject == "Inventeringen" and found[0].state == "open"


def test_two_matters_done_one_after_the_other_stay_two() -> None:
    # trap: a done step followed by another done step is no continuation
    para = [(0, "Fönstren är tätade."), (1, "Målningen är klar.")]
    assert [s.state for s in status_sentences(para)] == ["done", "done"]


FIRST = """LOKAL SKYDDSKOMMITTÉ – NORRA OMRÅDET
Protokoll 2025-02-12

1. Öppnande
Mötet öppnas.

2. Åtgärdslista

| Vad                                  | Vem  | När  | Status      |
|--------------------------------------|------|------|-------------|
| Byta belysning i förrådet på Ekskolan | Ola  | 28/2 | Ej påbörjad |
"""

SECOND = """Protokoll – Lokal skyddskommitté
Datum: 14 maj 2025

1. Öppnande
Mötet öppnas.

2. Åtgärdslista

| Vad                                  | Vem  | När  | Status      |
|--------------------------------------|------|------|-------------|
| Byta belysning i förrådet på Ekskolan | Ola  | 30/5 | Pågår       |
"""


def test_a_repeated_table_row_updates_across_two_namings_of_one_forum(
    store: Store, tmp_path: Path
) -> None:
    import_text(store, tmp_path, "1.txt", FIRST)
    plan = plan_text(store, tmp_path, "2.txt", SECOND)
    row = next(e for e in plan.entries if "belysning" in e.candidate.title)
    assert row.action == "update" and row.accepted and row.match_id is not None


OPEN_ITEM = """Protokoll från samverkansgruppen
Datum: 7 maj 2025

1. Öppnande
Mötet öppnas.

2. Nyckelskåp
Kommunal frågar när de nya nyckelskåpen kommer.
Arbetsgivaren återkommer när leveransen är bekräftad.
"""

FOLLOW_UP = """Protokoll från samverkansgruppen
Datum: 11 juni 2025

1. Öppnande
Mötet öppnas.

2. Uppföljning från förra mötet

Nyckelskåp
Leverantören har bytts. Arbetsgivaren återkommer i september med en ny tidplan.

3. Övrigt
Inga övriga frågor.
"""


def test_a_title_line_in_the_follow_up_names_the_matter_of_its_passage(
    store: Store, tmp_path: Path
) -> None:
    import_text(store, tmp_path, "1.txt", OPEN_ITEM)
    plan = plan_text(store, tmp_path, "2.txt", FOLLOW_UP)
    entry = next(e for e in plan.entries if "september" in e.candidate.text)
    assert entry.candidate.label == "Nyckelskåp"
    assert entry.action == "update" and entry.match_id is not None


@pytest.mark.parametrize(("title", "want"), [
    ("Ljudnivå i matsalen, Ekskolan", "Ljudnivå i matsalen, Ekskolan"),
    ("Nyckelskåp", "Nyckelskåp"),
    # traps: a sentence and a list of names are no title over a passage
    ("Mötet öppnas.", None),
    ("Eva Ek, Ola Ås, Per Berg, Lena Lind, Kim Ny, Bo Ek", None),
])
def test_the_title_line_over_a_passage(title: str, want: str | None) -> None:
    from tracker.domain import Line
    from tracker.extract.passage_layout import passage_title

    lines = [Line("2. Uppföljning", 1, 1), Line(title, 1, 3),
             Line("Mätningen är gjord och visar höga värden vid lunch.", 1, 4)]
    assert passage_title(lines, 2) == want


LIST_1 = """Ledningsgruppen
Minnesanteckningar 2025-03-03

1. Föregående anteckningar
Godkänns.

2. Fordon
Eva Ek får i uppdrag att genomföra en inventering av arbetsbilar senast 15 april.

3. Övrigt
Inget nytt.
"""

LIST_2 = """Ledningsgruppen
Minnesanteckningar 2025-03-24

1. Föregående anteckningar
Godkänns.

2. Personal
Inget nytt.

3. Åtgärdslista (uppdaterad)

1. Genomföra inventering av arbetsbilar – Eva Ek
   Status: Pågår. Nytt klardatum: 20 maj.
"""


def test_a_numbered_action_over_its_status_line_speaks_of_the_listed_matter() -> None:
    from tracker.domain import Line
    from tracker.extract.passage_layout import numbered_with_status

    lines = [Line("1. Genomföra inventering av arbetsbilar – Eva Ek", 1, 1),
             Line("   Status: Pågår. Nytt klardatum: 20 maj.", 1, 2)]
    assert numbered_with_status(lines, 0) == (
        "1", "Genomföra inventering av arbetsbilar", "Status: Pågår. Nytt klardatum: 20 maj.", 2)
    # trap: a blank line between them parts the status from the action
    apart = [lines[0], Line("Status: Pågår.", 1, 4)]
    assert numbered_with_status(apart, 0) is None


def test_a_repeated_numbered_action_with_its_status_updates_the_item(
    store: Store, tmp_path: Path
) -> None:
    import_text(store, tmp_path, "1.txt", LIST_1)
    plan = plan_text(store, tmp_path, "2.txt", LIST_2)
    entry = next(e for e in plan.entries
                 if "Pågår" in e.candidate.text and e.candidate.tier != "possible")
    assert entry.action == "update" and entry.accepted and entry.match_id is not None


def test_a_paragraph_labelled_as_an_arende_is_a_heading() -> None:
    text = ("Byggnadsnämnden\nSammanträdesprotokoll 2025-04-08\n\n"
            "Ärende: § 30 Godkännande av föredragningslista\nBeslut: Listan godkänns.\n\n"
            "Ärende: § 31 Bygglov för förråd, Ekby 1:4\nDnr BN 2025/12\n"
            "Beslut: Ärendet bordläggs till nästa sammanträde.\n")
    numbers = [s.number for s in structure(doc_from_text(text)).sections]
    assert numbers == ["§ 30", "§ 31"]


OLD_PARA = """Byggnadsnämnden
Sammanträdesprotokoll 2025-04-08

§ 30 Tillsyn – olovlig byggnation, Sjövägen 4
En anmälan har kommit om ett förråd som byggts utan lov.
Beslut: Nämnden ger förvaltningen i uppdrag att utreda ärendet och återrapportera i juni.

§ 31 Övrigt
Inget.
"""

NEW_PARA = """Byggnadsnämnden
Sammanträdesprotokoll 2025-05-13

§ 40 Tillsyn – olovlig byggnation, Sjövägen 6
En ny anmälan gäller en altan på grannfastigheten.
Beslut: Nämnden ger förvaltningen i uppdrag att utreda även detta ärende
och återrapportera i september.

§ 41 Övrigt
Inget.
"""


def test_the_section_titles_tell_two_lookalike_matters_apart(
    store: Store, tmp_path: Path
) -> None:
    # trap: the two assignments share their words; the § titles name other addresses
    import_text(store, tmp_path, "1.txt", OLD_PARA)
    plan = plan_text(store, tmp_path, "2.txt", NEW_PARA)
    entry = next(e for e in plan.entries if "september" in e.candidate.text)
    assert entry.action == "new"


def test_a_tabling_on_an_earlier_date_is_history() -> None:
    from tests.extract.minutes_helpers import run

    ex = run("Byggnadsnämnden\nSammanträdesprotokoll 2025-05-13\n\n"
             "§ 44 Bygglov för förråd, Ekby 1:4\nDnr BN 2025/12\n"
             "Ärendet bordlades den 8 april. Ritningarna är nu kompletta.\n"
             "Beslut: Bygglov beviljas.\n\n§ 45 Övrigt\nInget.\n")
    assert not [c for c in ex.items if c.kind == "tabled"]


def test_a_denied_closing_word_closes_nothing() -> None:
    from tracker.extract.mentions import effect_of

    assert effect_of("Avtalet: leverantören har ännu inte levererat sin del.") is None
    assert effect_of("Avtalet: leverantören har levererat sin del.") == "close"


def test_a_lettered_action_number_with_its_owner_in_brackets() -> None:
    from tracker.domain import Line
    from tracker.extract.passage_layout import numbered_with_status

    lines = [Line("B3 – Beställa nya skrivbord (Omar)", 1, 1),
             Line("     Status: Försenad – väntar på offert.", 1, 2)]
    assert numbered_with_status(lines, 0) == (
        "B3", "Beställa nya skrivbord", "Status: Försenad – väntar på offert.", 2)


@pytest.mark.parametrize(("sentence", "state"), [
    ("Sammanställningen redovisas i stället på junimötet.", ("Sammanställningen", "open")),
    ("Besiktningen genomförs först efter sommaren.", ("Besiktningen", "open")),
    ("Tvisten är avklarad.", ("Tvisten", "done")),
    # trap: a present passive with no moved time says nothing of where the matter stands
    ("Rapporten redovisas i maj.", None),
])
def test_a_step_moved_to_another_time_goes_on(sentence: str, state) -> None:
    from tracker.extract.status_sentences import subject_and_state

    assert subject_and_state(sentence) == state


@pytest.mark.parametrize(("section", "heading"), [
    ("Uppföljning av lönekartläggning 2025", "lönekartläggning 2025"),
    # traps: the follow-up of the list or of the last meeting names no matter
    ("Uppföljning av åtgärdslistan", None),
    ("3. Uppföljning av förra mötets protokoll", None),
])
def test_the_follow_up_of_one_named_matter_is_its_heading(section: str, heading) -> None:
    from tracker.services.link_scoring import topic_heading

    assert topic_heading(section) == heading


def test_a_matter_title_line_loses_its_label() -> None:
    text = ("Anteckningar\n\nÄrende: Inköp av bord\n"
            "Borden i klassrummen är slitna och behöver bytas ut snart.\n"
            "Ärende: Övrigt\nInga övriga frågor togs upp på mötet idag.\n")
    titles = [s.title for s in structure(doc_from_text(text)).sections]
    assert titles[:2] == ["Inköp av bord", "Övrigt"]
