"""Terse APT notes: unnumbered headings over bullet lists written in lower case, a
note whose last clause is a bare closing word, each closed bullet a matter of its own, and
a short sentence after a task that is only its deadline; terse enhetsmöte notes ("Åter 4/12",
"Schemat klart v47", "Ansv X"), one note a line, and a present list with titles – with the
traps each must leave alone."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.minutes_helpers import run

D = dt.date

HEAD = ("APT Centralköket 8/9 2026\n"
        "Närvarande: Birgitta (kostchef), Lotta, Ahmed, Jenny, Rolf\n\n")


def notes(*sections: tuple[str, list[str]]) -> str:
    return HEAD + "\n".join(title + "\n" + "\n".join(lines) + "\n" for title, lines in sections)


@pytest.mark.parametrize(("bullet", "word"), [
    ("- brandfilten i diskrummet: bytt, klart (Ahmed)", "brandfilten"),
    ("- schemat för storhelger: Birgitta har skickat ut det, inget mer att göra", "storhelger"),
    ("- diskhandskarna: beställda och levererade, klart.", "diskhandskarna"),
])
def test_closing_clause_ends_the_note(bullet, word):
    ex = run(notes(("Från förra APT", [bullet, "- förrådet: Lotta har rensat, åtgärdat"]),
                   ("Info", ["- livsmedelskontrollen var här 2/9, inga anmärkningar"]),
                   ("Att göra", ["- Rolf kollar temperaturloggern i kylrum 2 och rapporterar"])))
    done = [c for c in ex.items if c.status == "done"]
    # both closed bullets are matters of their own, in a section of their own
    assert len(done) == 2
    assert any(word in (c.title + " " + (c.evidence or "")).lower() for c in done)
    opened = [c for c in ex.items if c.status == "open"]
    assert [c.owner for c in opened] == ["Rolf"]


@pytest.mark.parametrize("bullet", [
    # traps: "klar" as part of a sentence, not a closing clause
    "- menyn: Jenny meddelar när den blir klar",
    "- vi vet inte när ugnen är klar för leverans, Ahmed följer upp",
])
def test_no_closing_inside_a_sentence(bullet):
    ex = run(notes(("Från förra APT", [bullet]), ("Övrigt", ["Inget mer togs upp på mötet."])))
    assert [c for c in ex.items if c.status == "done"] == []


@pytest.mark.parametrize(("tail", "due"), [
    ("Innan v. 37 är slut", D(2026, 9, 13)),
    ("I slutet av september", D(2026, 9, 30)),
    # trap: a sentence after the task without a deadline: the list's due stands (next APT)
    ("Gäller även kylrum 3", D(2026, 10, 6)),
])
def test_short_deadline_sentence_after_a_task(tail, due):
    ex = run(notes(("Att göra", [f"- Rolf kollar temperaturloggern i kylrum 2. {tail}"]),
                   ("Övrigt", ["Nästa APT 6/10 kl 14.00 i matsalen"])))
    items = [c for c in ex.items if c.status == "open"]
    assert len(items) == 1
    assert items[0].due == due


ENHETSMOTE_NOTES = """ENHETSMÖTE 6/11 2024 kl 13.30-14.30 personalrummet

Närv: EC Lena Gustavsson, SSK Ahmed Rahimi, AT Jonna Berg, USK Birgitta Olsson
Ej närv: natten
Ant: Birgitta

1. Föreg. ant. (2/10)
{notes}

9. Nästa möte
Nästa enhetsmöte 4/12 kl 13.30.
"""


# (note lines, kind or None, owner or None (not checked), due or None (not checked))
TERSE = [
    # a bare closing word closes the bullet it ends
    ("- Larmet avd 2, dörr mot trädgård. Fixat av fastighet 15/10. Stängs.", "closing", None,
     None),
    ("• Luftkvaliteten i magasinet – mätning gjord 12/5, inom gränsvärdet.\n  Avslutas.",
     "closing", None, None),
    # "Åter <date>": followed up then, by the one the note names just before
    ("Taklyft avd 1 trasig sen 2 v. Lena jagar fastighet. Åter 4/12.", "follow_up", "Lena",
     D(2024, 12, 4)),
    ("Nyckelskåpet fortf. trasigt. Lena tar det med fastighet, åter 4/12.", None, "Lena",
     D(2024, 12, 4)),
    # "<thing> klart <date>": a deadline, owned by the note's subject or "Ansv X"
    ("Lena lägger schemat. Schemat klart v47.", "action", "Lena", D(2024, 11, 24)),
    ("SSK Ahmed går igenom rutinen med varje avd. Klart nov.", "action", "Ahmed",
     D(2024, 11, 30)),
    ("Introplan för Elin klar 15/11. Ansv Birgitta + Sara.", "action", "Birgitta",
     D(2024, 11, 15)),
    # handed in by a date
    ("Önskemål lämnas till Lena senast 13/11.", "action", None, D(2024, 11, 13)),
    # traps: leave, information, forecasts said in full, the past, conditions, bare words
    ("Kent sjukskriven, åter 4/12.", None, None, None),
    ("Ahmed är åter 4/12 efter semestern.", None, None, None),
    ("Rekryteringen pågår och är klar i maj.", None, None, None),
    ("Konfigurationen är klar till 85 %.", None, None, None),
    ("Sommarschemat var klart 3/5.", None, None, None),
    ("Lena tar kontakt med HR vid behov, inget för gruppen.", None, None, None),
    ("Föranmälda frågor lämnas till Lena senast 13/11.", None, None, None),
    ("Caféet stängs kl 16 under jullovet.", None, None, None),
    ("Besvarad.", None, None, None),
]


@pytest.mark.parametrize(("notes", "kind", "owner", "due"), TERSE)
def test_terse_notes(notes, kind, owner, due):
    items = run(ENHETSMOTE_NOTES.format(notes=notes)).items
    if kind is None and owner is None:
        assert items == [], [(it.kind, it.title) for it in items]
        return
    if kind is not None:
        assert [it.kind for it in items] == [kind], [(it.kind, it.title) for it in items]
    it = items[0]
    if owner is not None:
        assert it.owner == owner
    if due is not None:
        assert it.due == due


def test_terse_notes_one_a_line_are_separate_matters():
    notes = ("Nya rullatorer beställda, lev. v46.\n"
             "Jonna kollar med hjälpmedelscentralen, återkommer.\n"
             "Taklyft trasig. Felanmäld 2 ggr. Lena jagar fastighet. Åter 4/12.")
    items = run(ENHETSMOTE_NOTES.format(notes=notes)).items
    assert [(it.kind, it.owner) for it in items] == [
        ("awaiting_reply", "Jonna"), ("follow_up", "Lena")]


def test_terse_present_list_with_titles():
    ex = run(ENHETSMOTE_NOTES.format(notes="Inget."))
    assert [p.name for p in ex.meeting.present] == [
        "Lena Gustavsson", "Ahmed Rahimi", "Jonna Berg", "Birgitta Olsson"]
    assert ex.meeting.present[1].role == "SSK"


def test_a_short_line_that_refers_back_belongs_to_the_matter_above():
    # "Utvärderas på nästa möte." on a line of its own names no matter: it is the open
    # end of the note above, as it is when written on the same line.
    one_line = ("Dosetter - ingen ändring.\n"
                "Mycket sjukfrånvaro i okt. Lena tar kontakt med HR vid behov, inget för "
                "gruppen.\n"
                "Stressigt morgnar avd 2. Diskussion. Provar att flytta dusch till "
                "eftermiddag under nov. Utvärderas på nästa möte.")
    two_lines = one_line.replace(" Utvärderas", "\nUtvärderas")
    for notes in (one_line, two_lines):
        items = run(ENHETSMOTE_NOTES.format(notes=notes)).items
        assert [(it.title, it.due) for it in items] == [
            ("Stressigt morgnar avd 2", D(2024, 12, 4))], notes
    # A short line that names a matter of its own is still one.
    topic = "Julbordet 12/12.\nSchemat för jul lämnas till Lena senast 13/11."
    titles = [it.title for it in run(ENHETSMOTE_NOTES.format(notes=topic)).items]
    assert titles == ["Schemat för jul lämnas till Lena senast 13/11"]


FVG_NOTES = """Minnesanteckningar förvaltningsgrupp 5 november 2024

Närvarande: Karin Lööf (HR), Pia Ek (Akademikerförbundet SSR), Ulla Strand (Kommunal)

"""


def test_a_line_under_a_bullet_that_refers_back_is_part_of_it():
    # Bullet notes read as one note a line (the last bullet's wrapped rest joined, as a
    # PDF gives it): the unbulleted "Frågan står kvar …" goes on about the bullet above
    # it, as the same line indented under the bullet does.
    bullets = (
        "3. Kvarvarande frågor\n"
        "- SSR: ersättning för beredskap. Arbetsgivaren har inte fått besked.\n"
        "{rest}\n"
        "- Kommunal: arbetskläder. Upphandlingen är klar och kläderna levereras i december.\n"
    )
    for rest in ("Frågan står kvar till nästa förvaltningsgrupp.",
                 "  Frågan står kvar till nästa förvaltningsgrupp."):
        items = run(FVG_NOTES + bullets.format(rest=rest)).items
        assert [(it.title, it.status) for it in items] == [
            ("SSR: ersättning för beredskap", "open")], rest
