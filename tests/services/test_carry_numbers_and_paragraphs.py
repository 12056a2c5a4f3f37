"""Carry-over, eighth round, on invented minutes: an action list's rows named by the
list's own word ("Åtgärd 4: …", "Åtgärderna 2 och 5 …") and the § of an ärende kept as
its item's passage, so that a later § naming it by any of its words finds it."""

from __future__ import annotations

from pathlib import Path

from tests.services.linking_helpers import import_text, plan_text
from tracker.extract import extract
from tracker.extract.mentions import identity_of
from tracker.ingest import read_document
from tracker.store import ItemFilter, Store

_LIST_1 = """MINNESANTECKNINGAR – LEDNINGSGRUPPEN KULTUR
Datum: 2026-02-03

1. Lokaler
Biblioteksfilialen i Åby behöver nya hyllor.

ÅTGÄRDSLISTA

Nr | Åtgärd | Ansvarig | Klart senast | Status
2 | Beställa nya hyllor till filialen i Åby | Petra | 2026-03-01 | Ny
4 | Ta fram program för kulturveckan | Jonas | 2026-04-15 | Ny
5 | Boka scen till nationaldagsfirandet | Vera | 2026-05-01 | Ny
"""


def _open(store: Store) -> dict[str, str]:
    return {it.title: it.status for it in store.list_items(ItemFilter(status=None))}


def test_a_row_named_with_the_lists_word_and_a_colon_is_a_numbered_reference() -> None:
    dnr, ref, _label = identity_of("- Åtgärd 4: programmet är klart och utskickat.")
    assert (dnr, ref) == (None, "4")
    # A bullet that opens with a count is no row of a list.
    assert identity_of("- 14 mars: föreläsaren är bokad.")[1] is None


def test_sentences_opening_with_row_numbers_close_each_row(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "b.db", backup=False)
    try:
        import_text(store, tmp_path, "1.txt", _LIST_1)
        later = """MINNESANTECKNINGAR – LEDNINGSGRUPPEN KULTUR
Datum: 2026-03-10

1. Genomgång
Hyllorna har kommit och är monterade av vaktmästeriet. Åtgärderna 2 och 5 är
därmed genomförda och avförs.

2. Kulturveckan
Jonas visar ett första utkast. Åtgärd 4 kvarstår till nästa möte.
"""
        plan = plan_text(store, tmp_path, "2.txt", later)
        done = {e.match_title for e in plan.entries
                if e.accepted and e.action == "close"}  # fmt: skip
        assert "Beställa nya hyllor till filialen i Åby" in done
        assert "Boka scen till nationaldagsfirandet" in done
        assert "Ta fram program för kulturveckan" not in done
        kept = [e for e in plan.entries if e.match_title == "Ta fram program för kulturveckan"]
        assert kept and all(e.action == "update" for e in kept if e.accepted)
    finally:
        store.close()


def test_a_sentence_naming_numbers_without_saying_what_happened_is_no_mention(
        tmp_path: Path) -> None:
    path = tmp_path / "m.txt"
    path.write_text("""MINNESANTECKNINGAR – LEDNINGSGRUPPEN KULTUR
Datum: 2026-03-10

1. Genomgång
Åtgärd 4 diskuterades en stund. Jonas visar ett utkast.
""", "utf-8")
    ext = extract(read_document(path))
    assert not [m for m in ext.mentions if m.ref_no == "4"]


_PARA_1 = """PROTOKOLL
Kulturnämnden
Sammanträdesdatum 2026-02-11

§ 12  Medborgarförslag om konstgräs vid Norrvallen
Dnr KN 2026/7
Ett medborgarförslag om konstgräs på Norrvallens bollplan har kommit in.
Förvaltningen föreslår att ärendet bordläggs i väntan på en kostnadskalkyl.
Beslut: Ärendet bordläggs till sammanträdet den 18 mars 2026.
"""


def test_an_item_keeps_its_paragraph_as_written(tmp_path: Path) -> None:
    path = tmp_path / "p.txt"
    path.write_text(_PARA_1, "utf-8")
    ext = extract(read_document(path))
    tabled = [c for c in ext.items if c.dnr == "KN 2026/7"]
    assert len(tabled) == 1
    ev = tabled[0].evidence or ""
    # The proposal's first sentence and the decision line with its heading, as written.
    assert ev.startswith("Ett medborgarförslag om konstgräs")
    assert "Beslut: Ärendet bordläggs till sammanträdet den 18 mars 2026." in ev
    assert "Dnr" not in ev


def test_a_paragraph_with_two_items_keeps_each_items_own_passage(tmp_path: Path) -> None:
    path = tmp_path / "p2.txt"
    path.write_text("""PROTOKOLL
Kulturnämnden
Sammanträdesdatum 2026-02-11

§ 14  Bidrag till studieförbund
Dnr KN 2026/9
Beslut: Kulturnämnden ger förvaltningen i uppdrag att ta fram nya regler för
bidraget till den 1 juni 2026. Nämnden ger också kultursekreteraren i uppdrag
att sammanställa utfallet för 2025 till nämndens sammanträde i april 2026.
""", "utf-8")
    ext = extract(read_document(path))
    mine = [c for c in ext.items if c.dnr == "KN 2026/9"]
    assert len(mine) == 2
    # Two matters of one §: neither takes the other's sentence as its passage.
    first = next(c for c in mine if "regler" in c.title)
    assert "sammanställa utfallet" not in (first.evidence or "")
    assert all(not (c.evidence or "").startswith("Beslut:") for c in mine)


def test_a_later_decision_closes_the_tabled_item_found_by_its_paragraph(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "b.db", backup=False)
    try:
        import_text(store, tmp_path, "1.txt", _PARA_1)
        import_text(store, tmp_path, "2.txt", """PROTOKOLL
Kulturnämnden
Sammanträdesdatum 2026-03-18

§ 21  Medborgarförslag om konstgräs vid Norrvallen
Dnr KN 2026/7
Ärendet bordlades 2026-02-11, § 12. Kalkylen visar en kostnad om 6,2 mnkr.
Beslut: Kulturnämnden avslår medborgarförslaget med hänvisning till kostnaden.
""")
        status = _open(store)
        assert status.get("Medborgarförslag om konstgräs vid Norrvallen") == "done"
        assert list(status.values()).count("open") == 0
    finally:
        store.close()


def test_a_done_word_in_a_clause_of_whether_is_no_close() -> None:
    from tracker.extract.mentions import effect_of

    # What is awaited or asked is not what is.
    assert effect_of("Länsstyrelsen har ännu inte meddelat om ärendet avslutas.") is None
    assert effect_of("Vision undrar om punkten avförs från listan.") is None
    # The question of a matter closed is closed ("frågan om" is a noun's, not a verb's).
    assert effect_of("Frågan om bemanningen i köket avslutas.") == "close"
    # Told as a fact it closes, "om att" too.
    assert effect_of("Länsstyrelsen meddelar att ärendet avslutas.") == "close"
    assert effect_of("Nämnden informerades om att projektet är avslutat.") == "close"


def test_a_paragraph_that_waits_for_word_of_a_close_updates(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "b.db", backup=False)
    try:
        import_text(store, tmp_path, "1.txt", """PROTOKOLL
Kulturnämnden
Sammanträdesdatum 2026-02-11

§ 15  Granskning från Riksarkivet
Dnr KN 2026/3
Riksarkivet har granskat arkivvården och begär svar senast 2026-03-31.
Beslut
Kulturchefen får i uppdrag att besvara Riksarkivets begäran senast den 31 mars
2026.
""")
        plan = plan_text(store, tmp_path, "2.txt", """PROTOKOLL
Kulturnämnden
Sammanträdesdatum 2026-04-15

§ 30  Svar till Riksarkivet
Dnr KN 2026/3
Kulturchefen redogör för svaret som skickades den 25 mars. Riksarkivet har
ännu inte meddelat om granskningsärendet avslutas.
Beslut
Informationen noteras. Kulturchefen återrapporterar när beskedet har kommit.
""")
        assert not [e for e in plan.entries if e.accepted and e.action == "close"]
    finally:
        store.close()


# --- a point and its row said in one document ---------------------------------------------

_APT_1 = """ARBETSPLATSTRÄFF
Solrosens förskola
Datum: 2026-01-20

1. Arbetsmiljö
- Utrymningsövningen har inte hållits sedan i höstas.

2. Åtgärdslista

Nr | Vad | Vem | När
1 | Genomföra utrymningsövning med barnen | Kerstin | Vecka 8
2 | Boka inspiratör till studiedagen om lek | Anders | 2026-02-10
"""

_APT_2 = """ARBETSPLATSTRÄFF
Solrosens förskola
Datum: 2026-02-24

1. Arbetsmiljö
- Utrymningsövningen är flyttad eftersom flera barn var sjuka vecka 8 och
  hålls i stället vecka 11.

2. Pedagogik
- Studiedagen 13 mars: inspiratören från Lekverkstaden är bokad.

3. Åtgärdslista

Nr | Vad | Vem | När | Status
1 | Genomföra utrymningsövning med barnen | Kerstin | Vecka 11 | Nytt datum
2 | Boka inspiratör till studiedagen om lek | Anders | 2026-02-10 | Klar
"""


def test_a_participle_of_moving_after_a_form_of_be_keeps_the_matter_open() -> None:
    from tracker.extract.status_sentences import subject_and_state

    assert subject_and_state("Utrymningsövningen är flyttad till vecka 11.", generic=True) == (
        "Utrymningsövningen", "open")
    assert subject_and_state("Redovisningen är försenad.", generic=True) == (
        "Redovisningen", "open")


def test_a_point_that_says_what_its_row_says_is_the_rows_twin(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "b.db", backup=False)
    try:
        import_text(store, tmp_path, "1.txt", _APT_1)
        plan = plan_text(store, tmp_path, "2.txt", _APT_2)
        by_title = {e.match_title: e for e in plan.entries if e.accepted and e.match_id}
        drill = by_title["Genomföra utrymningsövning med barnen"]
        booked = by_title["Boka inspiratör till studiedagen om lek"]
        assert (drill.action, booked.action) == ("update", "close")
        # The rows speak, and their notes say what the points said, the bullet whole.
        assert "är flyttad eftersom flera barn var sjuka" in (drill.candidate.evidence or "")
        assert "hålls i stället vecka 11" in (drill.candidate.evidence or "")
        assert "inspiratören från Lekverkstaden är bokad" in (booked.candidate.evidence or "")
        # Nothing new from either point.
        assert not [e for e in plan.entries if e.accepted and e.action == "new"]
    finally:
        store.close()


def test_a_point_that_shares_only_a_place_with_a_row_is_no_twin(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "b.db", backup=False)
    try:
        import_text(store, tmp_path, "1.txt", """MINNESANTECKNINGAR – BIBLIOTEKSGRUPPEN
Datum: 2026-01-12

Åtgärdslogg
# | Åtgärd | Ansvarig | Datum | Status
1 | Utredning kvällsöppet Ekbackens bibliotek | Lena | mars 2026 | Öppen
""")
        plan = plan_text(store, tmp_path, "2.txt", """MINNESANTECKNINGAR – BIBLIOTEKSGRUPPEN
Datum: 2026-02-09

Punkt 2. Fuktskada på Ekbackens bibliotek
En fuktskada i källaren på Ekbackens bibliotek upptäcktes i januari. Lena
rapporterar till nästa möte.

Åtgärdslogg
# | Åtgärd | Ansvarig | Datum | Status
1 | Utredning kvällsöppet Ekbackens bibliotek | Lena | mars 2026 | Pågår
""")
        row = next(e for e in plan.entries if e.accepted and e.match_id)
        assert "fuktskada" not in (row.candidate.evidence or "").casefold()
    finally:
        store.close()


def test_a_stock_word_in_its_definite_form_names_no_matter() -> None:
    from tracker.services.link_words import words

    assert words("redovisningen av vikariekostnaderna") == ["vikariekostnaderna"]
    assert words("Förslagen och uppdragen") == []
    # A content word keeps its form.
    assert words("Planteringen vid torget") == ["planteringen", "torget"]


# --- a board's minutes in the past tense ---------------------------------------------------


def test_a_decision_told_in_the_past_decides_and_one_that_the_matter_returns_updates() -> None:
    from tracker.extract.mentions import effect_of

    assert effect_of("Styrelsen beslutade att godkänna avtalet med Norrbygg AB.") == "decide"
    assert effect_of("Styrelsen godkände hyresavtalet.") == "decide"
    assert effect_of("Nämnden beslutar att taket läggs om i vår.") == "decide"
    # What is decided is that the matter comes back.
    assert effect_of("Styrelsen beslutade att frågan om Lönnen 2:7 återkommer i oktober.") == (
        "update")
    # A new task or a tabling decides nothing on the matter.
    assert effect_of("Styrelsen beslutade att ge VD i uppdrag att utreda frågan.") is None


def test_a_paragraph_and_the_statement_inside_it_are_one_passage(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "b.db", backup=False)
    try:
        import_text(store, tmp_path, "1.txt", """PROTOKOLL STYRELSEMÖTE
Bostadsbolaget Ekhem AB
Datum: 2026-02-05

§ 8 Lönnen 2:7
Styrelsen beslutade att ge VD i uppdrag att ta fram underlag för en eventuell
försäljning av fastigheten Lönnen 2:7.
""")
        plan = plan_text(store, tmp_path, "2.txt", """PROTOKOLL STYRELSEMÖTE
Bostadsbolaget Ekhem AB
Datum: 2026-04-09

§ 15 Lönnen 2:7
VD informerade om att underlaget om försäljningen av Lönnen 2:7 inte är klart;
en värdering är beställd och väntas i augusti.
Styrelsen beslutade att frågan om Lönnen 2:7 återkommer vid styrelsemötet i oktober.
""")
        updates = [e for e in plan.entries if e.accepted and e.action == "update"]
        assert len(updates) == 1
        # The history says all the § said, the decision too.
        assert "återkommer vid styrelsemötet i oktober" in (updates[0].candidate.evidence or "")
        assert not [e for e in plan.entries if e.accepted and e.action in ("new", "close")]
    finally:
        store.close()


def test_a_new_date_under_other_business_goes_on_with_the_earlier_matter(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "b.db", backup=False)
    try:
        import_text(store, tmp_path, "1.txt", """MINNESANTECKNINGAR – FÖRVALTNINGSGRUPPEN
Datum: 2026-03-03

5. Övriga frågor
Mentorskap för nyanställda: Vision vill att mentorskapsprogrammet ses över.
Lina Berg tar fram ett förslag till reviderat program under våren.
""")
        plan = plan_text(store, tmp_path, "2.txt", """MINNESANTECKNINGAR – FÖRVALTNINGSGRUPPEN
Datum: 2026-04-07

6. Övriga frågor
Mentorskapsprogrammet: Lina Berg meddelar att arbetet har påbörjats men att
förslaget blir klart först i juni. Nytt datum: FVG 2026-06-09.
""")
        updates = [e for e in plan.entries if e.accepted and e.action == "update"]
        assert len(updates) == 1
        assert not [e for e in plan.entries if e.accepted and e.action == "new"]
    finally:
        store.close()


def test_a_count_of_a_part_done_keeps_the_matter_going() -> None:
    from tracker.extract.mentions import effect_of

    assert effect_of("Brandutbildningen har 9 av 14 genomfört hittills.") == "update"
    assert effect_of("Hittills har 3 av 5 förskolor genomfört övningen.") == "update"
    assert effect_of("Alla 14 har genomfört brandutbildningen.") == "close"


def test_a_sub_numbered_points_title_before_a_stop_is_its_label() -> None:
    from tracker.extract.mentions import label_of

    assert label_of("5.2 Arbetskläder för köket (Kommunal). Beställningen är gjord.") == (
        "Arbetskläder för köket (Kommunal)")
    # A sentence before the stop is no title.
    assert label_of("5.3 Skolan har bytt leverantör. Klart.") is None
    assert label_of("5.4 Eleverna målar om staketet. Klart.") is None
    # Without a sub-number a numbered line is read as before.
    assert label_of("5. Arbetskläder för köket. Beställningen är gjord.") is None
