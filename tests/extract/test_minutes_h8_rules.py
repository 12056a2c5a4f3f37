"""General mechanisms added in the h8 round (tuned on the h8 documents, aimed at shapes any
minutes may have): "Åtgärd:" lines under a matter and their negatives, numbered or
bulleted "Till nästa möte/LG/FSG" lists (full names, initials before a colon, a date in
the heading), and the traps each must leave alone."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.minutes_helpers import run
from tracker.domain import Extraction

D = dt.date

HEAD = ("Protokoll förvaltningssamverkansgrupp (FSG)\n"
        "Datum: 2026-01-27 kl. 08.30–11.00\n"
        "Närvarande: Helena Strömberg, Lotta Brandt, Mattias Ek, Tobias Ekman (TE), "
        "Marie Berglund (MB)\n")
NEXT = "Nästa FSG: tisdag 24 februari 2026 kl. 08.30.\n"




def open_items(ex: Extraction) -> list:
    return [c for c in ex.items if c.status == "open"]


# --- "Åtgärd:" under a matter ----------------------------------------------------------

@pytest.mark.parametrize(("line", "owner", "due"), [
    ("Åtgärd: Rektor anmäler felet till fastighetsägaren. Uppföljning i FSG efter sommaren.",
     "Rektor", D(2026, 9, 30)),
    ("Åtgärd: Lotta Brandt kontaktar fastighetsägaren.", "Lotta Brandt", None),
])
def test_an_action_line_under_a_matter_is_an_action(line, owner, due):
    ex = run(HEAD + "1. Arbetsmiljö\n"
             "Kommunal lyfter problem med inomhusklimatet i skolköket.\n" + line + "\n"
             "2. Övrigt\nInget.\n" + NEXT)
    items = open_items(ex)
    assert len(items) == 1
    assert items[0].owner == owner
    assert items[0].due == due
    assert "skolköket" in (items[0].evidence or "")  # the matter it answers


@pytest.mark.parametrize("line", [
    "Åtgärd: Ingen.", "Åtgärd: –", "Åtgärd: -", "Åtgärd: Inga.", "Åtgärd: Ingen åtgärd krävs.",
    # trap: a label with no one acting
    "Åtgärd: fortsatt dialog.",
])
def test_no_action_opens_nothing(line):
    ex = run(HEAD + "1. Rekrytering\n"
             "Vision frågar om tjänsterna ska centraliseras. Arbetsgivaren svarar att frågan "
             "inte är aktuell.\n" + line + "\n2. Övrigt\nInget.\n" + NEXT)
    assert open_items(ex) == []


# --- "Till nästa möte" lists ------------------------------------------------------------

@pytest.mark.parametrize(("heading", "entries", "owners", "due"), [
    # numbered, full names, the next meeting stated below
    ("7. Till nästa möte",
     ["1. Mattias Ek bjuder in arkitekten för en genomgång av fasadmaterial.",
      "2. Lotta Brandt redovisar detaljplanens status efter samrådet."],
     ["Mattias Ek", "Lotta Brandt"], D(2026, 2, 24)),
    # the next meeting by its abbreviation; "redovisar" is what she will present
    ("9. Uppföljning till nästa FSG",
     ["1. Mattias Ek återkommer med sjukfrånvarostatistik per skolenhet.",
      "2. Helena Strömberg redovisar tidplanen för budgetarbetet 2027."],
     ["Mattias Ek", "Helena Strömberg"], D(2026, 2, 24)),
    # initials before a colon, the date in the heading wins over an event's month
    ("Till nästa LG (10/2)",
     ["- TE: kolla offert på ny konstgräsplan",
      "- MB: boka lokal till chefsdagen i augusti"],
     ["Tobias Ekman", "Marie Berglund"], D(2026, 2, 10)),
])
def test_a_next_meeting_list_gives_one_task_an_entry(heading, entries, owners, due):
    ex = run(HEAD + "1. Information\nBudgeten redovisades.\n" + heading + "\n"
             + "\n".join(entries) + "\n" + NEXT)
    items = open_items(ex)
    assert [c.owner for c in items] == owners
    assert {c.due for c in items} == {due}


def test_a_cued_date_in_an_entry_beats_the_heading():
    ex = run(HEAD + "1. Information\nBudgeten redovisades.\n"
             "Till nästa LG (10/2)\n- TE: skicka offerten senast 3/2\n")
    (item,) = open_items(ex)
    assert item.due == D(2026, 2, 3)


@pytest.mark.parametrize("entry", [
    # a topic label is not a person
    "- Budget: ramarna kommer från KS i juni",
    # a closed matter in the list closes, it opens nothing
    "3. Friskvårdstimme för lärare: Arbetsgivaren lämnade svar i december. Frågan avslutas.",
])
def test_list_entries_that_are_no_tasks(entry):
    ex = run(HEAD + "1. Information\nBudgeten redovisades.\n"
             "Till nästa möte\n" + entry + "\n" + NEXT)
    assert open_items(ex) == []


def test_an_answer_given_today_in_a_list_stays_an_answer():
    ex = run(HEAD + "1. Information\nBudgeten redovisades.\n2. Till nästa möte\n"
             "1. Arbetsgivaren redovisade statistiken. Frågan avslutas.\n" + NEXT)
    assert open_items(ex) == []


# --- a typesetter's hyphen inside a date word -------------------------------------------

@pytest.mark.parametrize(("text", "due", "phrase"), [
    ("Hon återkommer med en utvärdering efter som-maren.", D(2026, 9, 30), "efter som-maren"),
    ("Klart i novem-ber.", D(2026, 11, 30), "i novem-ber"),
    ("Besked i mitten av no-vember.", D(2026, 11, 20), "i mitten av no-vember"),
])
def test_a_hyphen_inside_a_date_word(text, due, phrase):
    from tracker.extract.dates import find_periods
    (p,) = find_periods(text, D(2026, 6, 9))
    assert (p.end, p.text) == (due, phrase)
    assert text[p.pos:p.stop] == phrase


@pytest.mark.parametrize("text", [
    "Skicka e-post till alla.",  # not a date word joined
    "Efter ett halv-års drift.",
    "Anna-maria återkommer.",
])
def test_other_hyphenated_words_make_no_date(text):
    from tracker.extract.dates import find_periods
    assert find_periods(text, D(2026, 6, 9)) == []


# --- two people acting in one paragraph -------------------------------------------------

def test_someone_else_coming_back_after_an_assignment_is_a_matter_of_its_own():
    ex = run(HEAD + "4. Ekonomi\n"
             "Styrgruppen ger Lotta Brandt i uppdrag att ta fram en känslighetsanalys av "
             "hyresnivån till nästa möte.\n"
             "Mattias Ek återkommer med besked om avkastningskravet i mitten av mars.\n"
             "5. Övrigt\nInget.\n" + NEXT)
    items = open_items(ex)
    assert [(c.owner, c.due) for c in items] == [
        ("Lotta Brandt", D(2026, 2, 24)), ("Mattias Ek", D(2026, 3, 20))]


def test_the_same_person_coming_back_on_her_task_stays_one_item():
    ex = run(HEAD + "4. Ekonomi\n"
             "Styrgruppen ger Lotta Brandt i uppdrag att ta fram en känslighetsanalys. "
             "Lotta Brandt återkommer med den till nästa möte.\n5. Övrigt\nInget.\n" + NEXT)
    assert len(open_items(ex)) == 1


# --- a named administration as the forum a matter goes to --------------------------------

@pytest.mark.parametrize(("sentence", "owner"), [
    ("Frågan förs vidare till samhällsutvecklingsförvaltningen.",
     "samhällsutvecklingsförvaltningen"),
    ("Frågan lyfts till stadsbyggnadskontoret.", "stadsbyggnadskontoret"),
])
def test_referred_to_a_named_administration(sentence, owner):
    ex = run(HEAD + "3. Ledstråk\nOlle Hedin påtalar att plattorna i ledstråket är trasiga. "
             + sentence + "\n4. Övrigt\nInget.\n" + NEXT)
    (item,) = open_items(ex)
    assert (item.kind, item.owner.lower()) == ("referred", owner)


def test_sent_back_to_the_administration_is_not_referred():
    ex = run(HEAD + "§ 3 Trygghetsboende\nÄrendet återremitteras till förvaltningen för "
             "kompletterande utredning.\n§ 4 Övrigt\nInget.\n" + NEXT)
    (item,) = open_items(ex)
    assert item.kind == "sent_back"


# --- hard-wrapped notes: a new subject at a line start after an open matter --------------

def test_a_new_subject_starting_a_line_is_the_next_matter():
    ex = run(HEAD + "5. Kvarstående frågor\n"
             "Arbetskläder till timanställda: Arbetsgivaren har ännu inte fått besked\n"
             "från inköpsenheten. Frågan kvarstår till nästa FSG.\n"
             "Rutinen för ensamarbete kväll och natt är nu antagen och har skickats\n"
             "ut till all personal. Punkten stängs.\n6. Övrigt\nInget.\n" + NEXT)
    (item,) = open_items(ex)
    assert "timanställda" in item.title and item.due == D(2026, 2, 24)
    assert [c.status for c in ex.items].count("done") == 1


@pytest.mark.parametrize("second", [
    # the matter goes on: an anaphor, a person, a pronoun
    "Frågan avslutas.",
    "Lotta Brandt meddelar att frågan är löst. Punkten stängs.",
])
def test_what_goes_on_with_the_matter_still_closes_it(second):
    ex = run(HEAD + "5. Kvarstående frågor\n"
             "Arbetskläder till timanställda: Frågan kvarstår till nästa FSG.\n"
             + second + "\n6. Övrigt\nInget.\n" + NEXT)
    assert open_items(ex) == []


# --- a report still owed ------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "n_open"), [
    ("Förvaltningen lämnar en slutredovisning i december.", 1),
    ("Förvaltningen lämnar en delredovisning senast 30/4.", 1),
    # trap: no date, just talk about a report
    ("Förvaltningen lämnar en rapport om läget.", 0),
])
def test_a_report_owed_with_a_date(sentence, n_open):
    ex = run(HEAD + "§ 5 Uppdragslista\nUppdraget att se över avtalet med "
             "bemanningsföretag pågår. " + sentence + "\n§ 6 Övrigt\nInget.\n" + NEXT)
    items = open_items(ex)
    assert len(items) == n_open
    if items:
        assert items[0].owner == "Förvaltningen"


# --- people with their roles in brackets, initials first --------------------------------

def test_present_with_bracketed_roles_and_initials():
    ex = run("Ledningsgrupp kultur och fritid - anteckningar\nDatum: 14/4 2026 kl 9-11\n"
             "Närvarande: Ingela Nordström (IN, förvaltningschef), Per-Olof Granström (PG, "
             "fritidschef), Sofia Lundberg (SL, chef ungdom och fritidsgårdar)\n"
             "Ärenden\n- Ungdomens hus: hyran är fortfarande oklar. SL återkommer när hon "
             "pratat med Pitebo.\n- Föreningsbidrag: PG tar fram förslag till nämnden innan "
             "sommaren.\n")
    assert [p.name for p in ex.meeting.present] == [
        "Ingela Nordström", "Per-Olof Granström", "Sofia Lundberg"]
    assert [c.owner for c in open_items(ex)] == ["Sofia Lundberg", "Per-Olof Granström"]


def test_a_party_in_brackets_is_no_initials():
    ex = run("Protokoll kommunstyrelsen\nDatum: 2026-04-14\n"
             "Närvarande: Anna Svensson (S), ordförande, Karl Berg (M)\n"
             "§ 1 Budget\nÄrendet bordläggs till nästa sammanträde.\n")
    assert all(p.role != "S" for p in ex.meeting.present)


def test_next_meeting_from_a_till_nasta_lg_heading():
    ex = run(HEAD + "1. Information\nBudgeten redovisades.\nTill nästa LG (10/2)\n"
             "- TE: kolla offert på ny konstgräsplan\n")
    assert ex.meeting.next_meeting == D(2026, 2, 10)


@pytest.mark.parametrize(("sentence", "kind"), [
    # contacting someone is the way to the answer owed
    ("Mattias Ek kontaktar MT-avdelningen och återkommer.", "awaiting_reply"),
    ("Mattias Ek tar kontakt med leverantören och återkommer.", "awaiting_reply"),
    # trap: contacting with a deadline and nothing to come back with is an action
    ("Mattias Ek kontaktar MT-avdelningen senast 10/2.", "action"),
])
def test_contacting_and_coming_back_is_an_answer_owed(sentence, kind):
    ex = run(HEAD + "3. Arbetsmiljö\nHjärtstartaren i bil 4 har visat felmeddelande. "
             + sentence + "\n4. Övrigt\nInget.\n" + NEXT)
    (item,) = open_items(ex)
    assert item.kind == kind


def test_a_party_label_starting_a_line_raises_the_matter():
    ex = run(HEAD + "8. Övriga frågor\n"
             "Vision: Kuratorernas handledning har diskuterats utan lösning. "
             "Frågan lyfts till CSG.\n"
             "Ledarna: Frågan om ersättning vid lägerskolor bordläggs till nästa FSG.\n"
             "9. Övrigt\nInget.\n" + NEXT)
    assert [(c.kind, c.raised_by) for c in open_items(ex)][1] == ("tabled", "Ledarna")


def test_a_label_mid_line_raises_nothing():
    ex = run(HEAD + "8. Övriga frågor\n"
             "Frågan om ersättning vid lägerskolor diskuterades, se bilaga. Ledarna: Frågan\n"
             "bordläggs till nästa FSG.\n9. Övrigt\nInget.\n" + NEXT)
    assert [c.raised_by for c in open_items(ex)] == [None]


def test_who_raised_it_by_initials_is_the_person():
    ex = run(HEAD + "3. Arbetsmiljö\nTE tar upp att hjärtstartaren i bil 4 visar fel. "
             "Mattias Ek kontaktar MT-avdelningen och återkommer.\n4. Övrigt\nInget.\n" + NEXT)
    (item,) = open_items(ex)
    assert item.raised_by == "Tobias Ekman"
