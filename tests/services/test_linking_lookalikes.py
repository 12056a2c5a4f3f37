"""The third round of carry-over mechanisms, on invented Swedish minutes: status
sentences in running text, identifiers that tell look-alike matters apart, a part
done that is no close, a clause of time, recurring reports under one dnr, and action
lists written with the number in the first cell or under no header."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.services.linking_helpers import import_text, plan_text
from tracker.domain import Candidate
from tracker.extract import extract
from tracker.extract.mentions import effect_of
from tracker.extract.status_sentences import status_sentences, subject_and_state
from tracker.ingest import read_document
from tracker.ingest.text_tables import with_text_tables
from tracker.services import balance, link_effects, link_scoring, link_words, linking
from tracker.services.identifiers import conflict, identifiers, period_conflict
from tracker.store import ItemFilter, Store

# --- status sentences ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Affischerna till vårfesten är utskickade.", ("Affischerna till vårfesten", "done")),
        ("Två nya brandvakter är utsedda.", ("Två nya brandvakter", "done")),
        ("Mögelfläcken i tvättstugan, Rosengatan 2, är sanerad.",
         ("Mögelfläcken i tvättstugan, Rosengatan 2", "done")),
        ("Cykelstället vid entrén har fått nya fästen.", ("Cykelstället vid entrén", "done")),
        ("Frågan om parkeringsavgiften ligger kvar till juni.", ("parkeringsavgiften", "open")),
        ("Värmefrågan i gympasalen kvarstår tills elementen är bytta.",
         ("Värmefrågan i gympasalen", "open")),
        ("Rektor meddelar att kartläggningen av läxhjälpen pågår.",
         ("kartläggningen av läxhjälpen", "open")),
        ("Punkten om solskydden stryks från listan.", ("solskydden", "done")),
        # A status denied is no done.
        ("Vi konstaterar att rondlistan ännu inte har skickats ut.", ("rondlistan", "open")),
        ("✓ - Genomgången av brandfiltar är inte klar.", ("Genomgången av brandfiltar", "open")),
        ("Brandövningarna har genomförts på 80 procent av enheterna.",
         ("Brandövningarna", "open")),
        ("Från förra mötet * Staketet vid gården är målat.", ("Staketet vid gården", "done")),
        # No matter named: a person, a clause, a bare "frågan", a field, a modal verb.
        ("Frågan är besvarad.", None),
        ("Status: Kvarstår, leverans v. 12.", None),
        ("Vi flyttar passet så att kvällsfikat hinner avslutas i tid.", None),
        ("Arbetsgivaren är nöjd med svaret.", None),
        ("Vi är klara med det.", None),
    ],
)  # fmt: skip
def test_the_subject_and_state_of_a_status_sentence(
    sentence: str, expected: tuple[str, str] | None
) -> None:
    assert subject_and_state(sentence) == expected


def test_one_matter_said_twice_in_a_paragraph_is_one_statement() -> None:
    para = [
        (0, "Kassören säger att genomgången för hösten pågår. Två kvitton"),
        (1, "saknas. Genomgången för hösten ligger kvar till nästa möte."),
    ]
    [st] = list(status_sentences(para))
    assert st.state == "open" and st.line == 0
    assert "ligger kvar till nästa möte" in st.text


@pytest.mark.parametrize(
    ("text", "effect"),
    [
        # A part done is no close of the whole.
        ("Pågår, april klar – maj och juni återstår", "update"),
        ("Etapp 1 klar, etapp 2 pågår", "update"),
        # A done-word in a clause of time says what the matter waits for.
        ("Frågan kvarstår tills fläktarna är monterade.", "update"),
        ("Fläktarna är monterade.", "close"),
        ("Broschyren är utskickad.", "close"),
        # Decisions in the passive.
        ("Positivt förhandsbesked lämnas för garaget.", "decide"),
        ("Ansökan beviljas.", "decide"),
        ("Förvaltningen beviljas anstånd till maj.", None),
    ],
)
def test_what_a_status_says(text: str, effect: str | None) -> None:
    assert effect_of(text) == effect


SK_1 = """Skyddskommittén Solbacka, minnesanteckningar
Datum: 2025-02-04
Nästa möte: 2025-03-04

3. Arbetsmiljö
Skyddsombudet tar upp att det drar kallt i matsalen.
Kim Lund ser till att fönstren i matsalen tätas senast 2025-02-28.
"""

SK_2 = """Skyddskommittén Solbacka, minnesanteckningar
Datum: 2025-03-04
Nästa möte: 2025-04-01

2. Föregående anteckningar
Skyddsombudet har gått igenom lokalerna. Fönstren i matsalen är tätade
och draget är borta. Inga andra synpunkter.
"""


def test_a_status_sentence_in_running_text_closes_its_matter(
    store: Store, tmp_path: Path
) -> None:
    first = import_text(store, tmp_path, "1.txt", SK_1)
    [item_id] = first.created
    second = import_text(store, tmp_path, "2.txt", SK_2)
    assert second.closed == [item_id]
    assert second.created == []


# --- identifiers of look-alikes --------------------------------------------------------


def test_identifiers_both_texts_state() -> None:
    ids = identifiers("Besiktning av hissen på Parkgatan 12, hus B, lgh 1204 i åk 7–9")
    assert ids["nr:parkgatan"] == {"12"}
    assert ids["nr:hus"] == {"B"}
    assert ids["nr:lgh"] == {"1204"}
    assert ids["nr:åk"] == {"7-9"}
    # Dates, amounts and weeks identify nothing.
    assert identifiers("Klart vecka 12, cirka 40 000 kr, 3 mars 2025") == {}


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        ("Rensa hängrännan på Rosengatan 14", "Rensa hängrännan på Rosengatan 4", True),
        ("Läsinventering för åk 1–3", "Läsinventering för åk 4–6", True),
        ("Måla staketet vid Ekbacka förskola", "Måla staketet vid Granbacka förskola", True),
        ("Offert på stängsel för Lönnvägen 3", "Offert på stängsel för Aspvägen 3", True),
        ("Ljudmätning, Östra hallen", "buller på Västra hallen", False),  # no shared kind
        ("Rensa hängrännan på Rosengatan 4", "Hängrännan på Rosengatan 4 läcker", False),
        # A kind only one text names is no conflict.
        ("Rensa hängrännan på Rosengatan 4, lgh 12", "Rensa hängrännan på Rosengatan 4", False),
        # A matter that comes back every year, named by its year.
        ("Lönerevision 2025: Vision frågar om tidplanen", "Lönerevision 2024 – tidplan", True),
        ("Lönerevision 2025: tidplanen är klar", "Tidplan för lönerevision 2025", False),
        # A year after a short word or a date identifies nothing.
        ("Klart år 2025", "Klart år 2024", False),
        # A capitalised first word before a place's noun that the other text holds as a
        # plain word of its own is no name telling two places apart.
        ("Meröppet bibliotek i Ekby", "Utredning meröppet Ekbys bibliotek", False),
        ("Meröppet bibliotek i Ekby", "Vattenskada Ekbys bibliotek", True),
        ("Måla staketet vid Ekbacka förskola", "Ekbacka och Granbacka förskola", False),
    ],
)
def test_conflicting_identifiers(a: str, b: str, clash: bool) -> None:
    assert bool(conflict(a, b)) is clash


def test_recurring_reports_of_other_periods() -> None:
    assert period_conflict("§ 12 Månadsrapport mars 2025", "§ 4 Månadsrapport februari 2025")
    assert not period_conflict("§ 12 Månadsrapport mars 2025", "§ 4 Månadsrapport mars 2025")
    assert not period_conflict("§ 12 Månadsrapport", "§ 4 Månadsrapport februari 2025")


def test_compounds_alike_only_by_their_head() -> None:
    mine = link_words.words("Behörighetsöversyn för lönesystemet")
    theirs = link_words.words("Gör en behörighetsöversyn för bokningssystemet")
    assert link_words.compound_clash(mine, theirs)
    # The same compound, or a compound and its own head, is no clash.
    assert not link_words.compound_clash(link_words.words("bokningssystemet"), theirs)
    assert not link_words.compound_clash(link_words.words("systemet"), theirs)


def _cand(title: str, **kw) -> Candidate:
    return Candidate(title=title, text=title, kind="action", status="open", **kw)


def test_a_look_alike_with_another_house_number_is_not_linked(
    store: Store, tmp_path: Path
) -> None:
    item = balance.add_item(store, title="Byt lås på förrådsdörren, Rosengatan 4",
                            body="Driftmöte", kind="action")  # fmt: skip
    same, _ = link_scoring.score_pair(_cand("Byt lås på förrådsdörren, Rosengatan 4"), item)
    other, why = link_scoring.score_pair(_cand("Byt lås på förrådsdörren, Rosengatan 14"), item)
    assert same >= linking.SAFE_SCORE
    assert other <= link_scoring.CONFLICT_CAP and "rosengatan" in why


# --- action lists ----------------------------------------------------------------------


def _table_lines(text: str, tmp_path: Path) -> list[list[str] | None]:
    path = tmp_path / "t.txt"
    path.write_text(text, "utf-8")
    return [ln.cells for ln in with_text_tables(read_document(path)).lines]


def test_a_number_written_into_the_first_cell_is_split_off(tmp_path: Path) -> None:
    cells = _table_lines(
        "Nr | Uppgift | Ansvarig | Klart senast | Status\n"
        "4. Beställ nya whiteboards | Elin Ek | 2025-05-01 | Pågår\n",
        tmp_path,
    )
    assert cells[1] == ["4", "Beställ nya whiteboards", "Elin Ek", "2025-05-01", "Pågår"]


def test_a_pipe_row_under_no_header_gets_the_roles_its_cells_show(tmp_path: Path) -> None:
    cells = _table_lines("Åtgärder\n\n31 | Se över skyltningen i foajén | Omar Ali | "
                         "2025-06-15 | Ny\n", tmp_path)  # fmt: skip
    header, row = [c for c in cells if c]
    assert header == ["Nr", "Beskrivning", "Ansvarig", "Klart senast", "Status"]
    assert row[1] == "Se över skyltningen i foajén"
    # Cells that do not say their roles plainly stay text.
    assert not any(_table_lines("Vi | tog | upp | frågan\n", tmp_path))


def test_a_row_made_of_a_written_line_keeps_the_line_as_evidence(tmp_path: Path) -> None:
    path = tmp_path / "m.txt"
    path.write_text(
        "Ledningsgruppen, anteckningar\nDatum: 2025-03-03\n\nÅtgärdslista\n"
        "3. Ny skylt vid entrén – pågår, nytt datum 30/4\n",
        "utf-8",
    )
    items = extract(read_document(path)).items
    assert any(c.evidence == "3. Ny skylt vid entrén – pågår, nytt datum 30/4" for c in items)


def test_a_weak_row_of_a_follow_up_list_is_a_new_row(store: Store, tmp_path: Path) -> None:
    first = import_text(store, tmp_path, "1.txt", (
        "APT Solrosen\nDatum: 2025-02-04\n\nÅtgärdslista\n"
        "Vad | Vem | När | Status\n"
        "Byt trasig lampa i hallen | Per Ek | v. 8 | Ej påbörjad\n"
    ))  # fmt: skip
    assert len(first.created) == 1
    second = import_text(store, tmp_path, "2.txt", (
        "APT Solrosen\nDatum: 2025-03-04\n\nÅtgärdslista\n"
        "Vad | Vem | När | Status\n"
        "Byt trasig lampa i hallen | Per Ek | v. 8 | Klar\n"
        "Laga trasig dörr till förrådet | Per Ek | v. 12 | Ej påbörjad\n"
    ))  # fmt: skip
    assert second.closed == first.created
    assert len(second.created) == 1
    assert store.get_item(second.created[0]).due is not None
    assert dt.date(2025, 3, 1) < store.get_item(second.created[0]).due


def test_one_plain_word_as_subject_is_only_offered(store: Store) -> None:
    item = balance.add_item(store, title="Skicka ut programmet för friluftsdagen",
                            body="APT", kind="action")  # fmt: skip
    plain = _cand("Programmet är utskickat.", subject="Programmet",
                  reasons=["omnämnande i dokumentet"])  # fmt: skip
    named = _cand("Programmet för friluftsdagen är utskickat.",
                  subject="Programmet för friluftsdagen", reasons=["omnämnande i dokumentet"])
    score, why = link_scoring.score_pair(plain, item)
    assert score < linking.SAFE_SCORE, (score, why)
    assert link_scoring.score_pair(named, item)[0] >= linking.SAFE_SCORE


def test_a_count_that_changes_is_no_other_matter() -> None:
    # "köp in 20 stolar" → "köp in 25 stolar": the same purchase, a new count.
    assert conflict("Köp in 20 stolar till matsalen", "köp in 25 stolar till matsalen") is None
    assert conflict("Beställ 20 stolar. Klart.", "Beställ 25 stolar") is None


def test_an_open_status_sentence_never_closes(store: Store) -> None:
    item = balance.add_item(store, title="Genomför brandövningar på alla enheter",
                            body="SKK", kind="action")  # fmt: skip
    text = "Brandövningarna har genomförts på 80 procent av enheterna."
    mention = Candidate(title=text, text=text, evidence=text, kind="carried_over",
                        status="open", subject="Brandövningarna",
                        reasons=["omnämnande i dokumentet"])  # fmt: skip
    assert link_effects.effect_for(mention, item) == "update"


FIRST_CODES = """APT Ekskolan – minnesanteckningar 2026-02-02

Närvarande: Lena Ek (rektor), Jonas Berg, Karin Ahl, Sara Lind

1. Praktiskt
Jonas kollar med IT varför projektorn i B12 inte fungerar.
Karin beställer nya bänkar till klassrum B14, klart v. 6.

Nästa APT: 2026-03-02.
"""

LATER_CODES = """APT Ekskolan – minnesanteckningar 2026-03-02

Närvarande: Lena Ek (rektor), Jonas Berg, Karin Ahl, Sara Lind

1. Uppföljning
- Projektorn B12 funkar igen efter lampbytet. Stryks.

Nästa APT: 2026-04-06.
"""


def test_a_shared_code_and_word_name_the_same_thing(store: Store, tmp_path: Path) -> None:
    projector = balance.add_item(
        store, title="Jonas kollar med IT varför projektorn i B12 inte fungerar", body="APT")
    benches = balance.add_item(
        store, title="Karin beställer nya bänkar till klassrum B14, klart v. 6", body="APT")
    plan = plan_text(store, tmp_path, "2.txt", LATER_CODES)
    closes = {e.match_id for e in plan.entries if e.accepted and e.action == "close"}
    # "B12" and "projektorn" both in the item's own words: the projector's matter.
    assert projector.id in closes
    assert benches.id not in closes


def test_a_shared_code_only_in_the_sentence_before_is_no_identity(
    store: Store, tmp_path: Path
) -> None:
    import_text(store, tmp_path, "1.txt", FIRST_CODES)
    benches = next(it for it in store.list_items(ItemFilter()) if "bänkar" in it.title)
    assert "projektorn i B12" in (benches.evidence or "")
    plan = plan_text(store, tmp_path, "2.txt", LATER_CODES)
    # The benches' item holds "… projektorn i B12 …" as the sentence before its own,
    # which is another matter's: no close of the benches by the projector's statement.
    assert not any(e.accepted and e.match_id == benches.id for e in plan.entries)


def test_a_shared_code_alone_is_no_identity(store: Store, tmp_path: Path) -> None:
    import_text(store, tmp_path, "1.txt", FIRST_CODES)
    plan = plan_text(store, tmp_path, "2.txt", LATER_CODES.replace(
        "Projektorn B12 funkar igen efter lampbytet", "Fönstret i B14 är lagat"))
    benches = next(it for it in store.list_items(ItemFilter()) if "bänkar" in it.title)
    assert not any(e.accepted and e.match_id == benches.id for e in plan.entries)
