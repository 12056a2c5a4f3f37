"""Carry-over on invented minutes: list codes as the matter's identity ("K-31",
"2026:07"), a note block of several codes split into one passage per code, a table's
wrapped status cells joined, a row read by its status (not by its task's imperative), a
report put off that closes nothing, outcome words, a lettered sub-item's first sentence
kept with its action, and two procurements of different things told apart."""

from __future__ import annotations

from pathlib import Path

from tests.services.linking_helpers import import_text, plan_text
from tracker.extract.mentions import (
    coded_ref,
    effect_of,
    line_code,
    numbered_ref,
    ref_label,
    row_number,
)
from tracker.services.identifiers import object_conflict
from tracker.store import ItemFilter, Store


def test_letter_dash_and_year_codes_open_a_line_of_the_list() -> None:
    m = numbered_ref("K-12 Skyltningen: leverantören är försenad.")
    assert m is not None and m.group(1) == "K-12" and ref_label(m) == "Skyltningen"
    m = numbered_ref("2026:07 Arkivet: flytten är genomförd.")
    assert m is not None and m.group(1) == "2026:07"
    assert line_code("K-12  Beställa skyltar  Jan B  2026-02-11") == "K-12"
    assert row_number("K-12") == "K-12" and row_number("2026:07") == "2026:07"
    # Without a label, only for a series the document uses.
    assert coded_ref("K-13 Genomfört på mötet 4/2.", {"K-"}) is not None
    assert coded_ref("K-13 Genomfört på mötet 4/2.", {"A"}) is None
    # A stop before the colon: the row's text runs on, and a later field has the colon.
    m = numbered_ref("K-14 Anmärkningar Fyra av fem åtgärdade. Kvar: taket")
    assert m is None or ref_label(m) is None


def test_a_row_is_read_by_its_status_not_by_its_task() -> None:
    row = "5 | Gå igenom och rensa förrådet | Petra | mars | Påbörjad, ungefär hälften kvar."
    assert effect_of(row, by_verb=True) != "close"
    assert effect_of("3 | Byta filter i fläkten | Ola | v. 6 | Utfört. Klart.",
                     by_verb=True) == "close"


def test_a_report_put_off_and_a_part_counted_keep_the_matter_open() -> None:
    text = ("Intervjuerna är genomförda men enkäten har förlängts. Rapporten kan därför "
            "inte lämnas i maj utan beräknas till sammanträdet i juni.")
    assert effect_of(text) == "update"
    assert effect_of("Informationen noteras. Nämnden medger att rapporten skjuts till juni."
                     ) == "update"
    assert effect_of("Tre av fyra brister åtgärdade, taket återstår.") == "update"
    assert effect_of("Fem av sex åtgärdade.") == "update"


def test_outcome_words_close() -> None:
    assert effect_of("Nämnden tackar för redovisningen, som därmed är lämnad enligt "
                     "begäran.") == "close"
    assert effect_of("Uppdraget förklaras fullgjort.") == "close"
    assert effect_of("Ordningsreglerna är beslutade av rektor och gäller från januari."
                     ) != "update"
    assert effect_of("Parkeringspolicyn är beslutad och gäller från hösten.") == "close"


def test_procurements_of_two_things_are_two_matters() -> None:
    assert object_conflict("Upphandlingen av städtjänster är avslutad",
                           "Tilldelningsbeslut – upphandling av lärplattform")
    assert not object_conflict("Upphandlingen av lärplattformen pågår",
                               "upphandling av ny lärplattform för skolorna")
    assert not object_conflict("Upphandlingen är avslutad", "upphandling av lärplattform")


_LIST_ONE = """Minnesanteckningar projektgrupp
Datum: 2026-01-14
Närvarande: Per Ask, Lisa Holm, Jan Berg, Rut Falk

1. Föregående anteckningar
Godkändes.

2. Nya åtgärder

 Nr    Åtgärd                                   Ansvarig     Klart senast
 K-31  Ta fram en kommunikationsplan för        Lisa H       2026-02-11
       flytten av biblioteket
 K-32  Beställa skyltar till nya entrén         Jan B        2026-02-11
 K-33  Utreda kostnaden för ny ventilation      Per A        2026-02-11
       i gymnastiksalen
 K-34  Informera föreningarna om stängningen    Rut F        2026-02-11
       av sporthallen i juni

3. Nästa möte
2026-02-11
"""

_NOTES_TWO = """Minnesanteckningar projektgrupp
Datum: 2026-02-11
Närvarande: Per Ask, Lisa Holm, Jan Berg, Rut Falk

1. Föregående anteckningar
Godkändes.

2. Genomgång av åtgärdslistan
K-31  Kommunikationsplanen: Ett utkast är skrivet och ligger hos
      kommunikatören för granskning. Kvarstår till nästa möte.
K-32  Skyltarna: Levererade och uppsatta vid entrén. Klart.
K-33  Per redovisar kalkylen för ventilationen. Gruppen godkänner
      förslaget. Avslutad.
K-34  Genomfört på föreningsrådet 3/2.

3. Nästa möte
2026-03-11
"""


def _items(store: Store) -> dict[str, str]:
    """Each item's list code → its status."""
    return {it.ref_no or it.title: it.status for it in store.list_items(ItemFilter(status=None))}


def test_a_note_block_of_codes_speaks_of_each_row_apart(store: Store, tmp_path: Path) -> None:
    import_text(store, tmp_path, "1.txt", _LIST_ONE)
    assert {"K-31", "K-32", "K-33", "K-34"} <= set(_items(store))
    codes = {it.id: it.ref_no for it in store.list_items(ItemFilter(status=None))}
    plan = plan_text(store, tmp_path, "2.txt", _NOTES_TWO)
    done = {codes[e.match_id] for e in plan.entries
            if e.accepted and e.action == "close" and e.match_id in codes}  # fmt: skip
    kept = {codes[e.match_id] for e in plan.entries
            if e.accepted and e.action == "update" and e.match_id in codes}  # fmt: skip
    # K-31 says "Kvarstår"; the closing words of K-32 and K-33 below it are theirs.
    assert "K-31" in kept and "K-31" not in done
    assert {"K-32", "K-33"} <= done


_STATUS_TWO = """Minnesanteckningar projektgrupp
Datum: 2026-02-11
Närvarande: Per Ask, Lisa Holm, Jan Berg, Rut Falk

1. Föregående anteckningar
Godkändes.

2. Uppföljning från föregående möte

 Nr    Åtgärd                      Status
 K-31  Kommunikationsplan          Planen är framtagen och skickad till
                                   alla medarbetare. Klar.
 K-32  Skyltar entrén              Leverantören är försenad. Kvarstår,
                                   nytt datum i mars.
 K-33  Ventilation gymnastiksalen  Offert inhämtad, 1,4 mnkr. Går
                                   vidare till budgetberedningen. Klar.

3. Nästa möte
2026-03-11
"""


def test_a_wrapped_status_cell_is_read_to_its_end(store: Store, tmp_path: Path) -> None:
    import_text(store, tmp_path, "1.txt", _LIST_ONE)
    import_text(store, tmp_path, "2.txt", _STATUS_TWO)
    status = _items(store)
    assert status["K-31"] == "done" and status["K-33"] == "done"
    assert status["K-32"] == "open"


_SUB_ONE = """Protokoll skyddskommitté
Datum: 2026-03-02
Närvarande: Eva Lund, Karl Nord, Maja Sten

§ 4 Arbetsmiljöfrågor
a) Ljudnivån i matsalen är hög. Karl mäter ljudnivån före nästa möte.
b) Belysningen i trapphus B är för svag. Maja gör en felanmälan till fastighet.

§ 5 Nästa möte
2026-04-06
"""

_SUB_TWO = """Protokoll skyddskommitté
Datum: 2026-04-06
Närvarande: Eva Lund, Karl Nord, Maja Sten

§ 3 Uppföljning från föregående möte
a) Ljudnivån i matsalen: mätningen visar 78 dB. Absorbenter beställs, frågan kvarstår.
b) Belysningen i trapphus B: armaturerna är utbytta. Klart.

§ 4 Nästa möte
2026-05-04
"""


def test_a_lettered_sub_item_keeps_its_first_sentence(store: Store, tmp_path: Path) -> None:
    import_text(store, tmp_path, "1.txt", _SUB_ONE)
    plan = plan_text(store, tmp_path, "2.txt", _SUB_TWO)
    by_label = {e.candidate.label: e for e in plan.entries if e.candidate.label}
    noise = by_label["Ljudnivån i matsalen"]
    assert noise.accepted and noise.action == "update"
    assert "Karl mäter" in (noise.match_title or "")


def test_a_heading_that_names_a_new_thing_still_names_the_matter() -> None:
    from tracker.services.link_scoring import topic_heading

    assert topic_heading("§ 5 Förslag till ny ordningsregel") == "Förslag till ny ordningsregel"
    assert topic_heading("4. Nya frågor") is None


def test_a_person_doing_something_is_no_label() -> None:
    from tracker.extract.mentions import label_of

    assert label_of("Johan presenterar utkastet: eleverna lämnar in telefonerna") is None
    assert label_of("Skolgården: asfalten lagas i maj") == "Skolgården"


def test_a_code_in_brackets_names_a_row_of_the_list() -> None:
    from tracker.domain import Candidate
    from tracker.services.link_scoring import inline_code

    c = Candidate(title="Revisionen flyttas till hösten (2026:07).", kind="closing",
                  text="Revisionen flyttas till hösten (2026:07).")
    assert inline_code(c) == "2026:07"
    c = Candidate(title="Enligt SFS 2026:07 gäller nya regler.", kind="closing",
                  text="Enligt SFS 2026:07 gäller nya regler.")
    assert inline_code(c) is None


_PROMISE_ONE = """Protokoll samverkansgrupp
Datum: 2026-02-10
Närvarande: Malin Öst (HR), Per Ros, Ida Sund

§ 4 Frågor från de fackliga
Sjukfrånvaron: Vision upplever att sjukfrånvaron i kundtjänst har ökat. Malin tar
fram statistik och redovisar den på nästa möte.
Arbetskläder: Kommunal frågar om nya arbetskläder. Per undersöker om sjukfrånvaron
påverkas av kylan i lagret och återkommer.

§ 5 Nästa möte
2026-03-10
"""

_PROMISE_TWO = """Protokoll samverkansgrupp
Datum: 2026-03-10
Närvarande: Malin Öst (HR), Per Ros, Ida Sund

§ 3 Uppföljning från föregående möte
Statistik kundtjänst: Malin redovisar sjukfrånvaron i kundtjänst per månad. Nivån är
densamma som förra året. Vision tackar, inga fler frågor.

§ 4 Nästa möte
2026-04-14
"""


def test_the_owner_delivering_what_was_promised_closes_it(store: Store, tmp_path: Path) -> None:
    import_text(store, tmp_path, "1.txt", _PROMISE_ONE)
    import_text(store, tmp_path, "2.txt", _PROMISE_TWO)
    status = {it.title[:10]: it.status for it in store.list_items(ItemFilter(status=None))}
    assert status.get("Malin tar ") == "done"


_COMMENTED_ONE = """Protokoll förvaltningsgrupp
Datum: 2026-02-03
Närvarande: Lena Ås (ordf.), Tor Vik, Ulla Ek, Rami Said

§ 5 Balanslista

| Nr | Fråga | Ansvarig | Status |
|----|-------|----------|--------|
| 1 | Parkeringsplatser vid Solbacken för hemtjänstens bilar | Tor Vik | Ny |
| 2 | Introduktionsplan för nyanställda undersköterskor | Ulla Ek | Ny |

§ 6 Nästa möte
2026-03-03
"""

_COMMENTED_TWO = """Protokoll förvaltningsgrupp
Datum: 2026-03-03
Närvarande: Lena Ås (ordf.), Tor Vik, Ulla Ek, Rami Said

§ 5 Balanslista

| Nr | Fråga | Ansvarig | Status |
|----|-------|----------|--------|
| 1 | Parkeringsplatser vid Solbacken för hemtjänstens bilar | Tor Vik | Klar |
| 2 | Introduktionsplan för nyanställda undersköterskor | Ulla Ek | Pågår |

Kommentarer
1. Kommunal tackar för beskedet om de fyra nya platserna. Punkten stryks.
2. Ett utkast till planen är skrivet och gås igenom på nästa möte.

§ 6 Nästa möte
2026-04-07
"""


def test_a_numbered_comment_joins_the_row_of_its_number(store: Store, tmp_path: Path) -> None:
    import_text(store, tmp_path, "1.txt", _COMMENTED_ONE)
    codes = {it.id: it.ref_no for it in store.list_items(ItemFilter(status=None))}
    plan = plan_text(store, tmp_path, "2.txt", _COMMENTED_TWO)
    said = [e for e in plan.entries if e.candidate.tier != "possible"]
    # Nothing a comment says becomes a new item beside its row's.
    assert not any(e.accepted and e.action == "new" for e in said)
    # "1. Kommunal tackar … Punkten stryks." speaks of row 1's item.
    stryks = next(e for e in said if "stryks" in (e.candidate.text or ""))
    assert stryks.match_id is not None and codes[stryks.match_id] == "1"


_POLICY_ONE = """Protokoll föräldraråd
Datum: 2026-02-10
Närvarande: Anna Ek (rektor), Bo Lind, Cecilia Holm

§ 4 Förslag till nya ordningsregler
Bo presenterar förslaget: mobiltelefoner lämnas i skåp under lektionerna. Bo
sammanställer synpunkterna från klasserna och lämnar dem till rektor före nästa möte.

§ 5 Nästa möte
2026-03-10
"""

_POLICY_TWO = """Protokoll föräldraråd
Datum: 2026-03-10
Närvarande: Anna Ek (rektor), Bo Lind, Cecilia Holm

§ 3 Uppföljning från föregående möte
Ordningsreglerna: Det kom in 31 synpunkter från klasserna. Bo arbetar in dem. Rektor
fattar beslut om reglerna i april och de presenteras på nästa möte.

§ 4 Nästa möte
2026-04-14
"""


def test_two_items_of_one_labelled_passage_make_no_new_matter(store: Store,
                                                              tmp_path: Path) -> None:
    import_text(store, tmp_path, "1.txt", _POLICY_ONE)
    before = len(store.list_items(ItemFilter(status=None)))
    import_text(store, tmp_path, "2.txt", _POLICY_TWO)
    assert len(store.list_items(ItemFilter(status=None))) == before


_PLAN_ONE = """Protokoll direktionen
Datum: 2026-02-12
Närvarande: Eva Berg (ordf.), Nils Åkesson, Sofia Lund

§ 8  Handlingsplan för informationssäkerhet      Dnr IT 2026/9
Revisorerna har funnit brister i behörighetsstyrningen.
Beslut
Direktionen uppdrar åt förbundschefen att ta fram en handlingsplan för
informationssäkerhet. Planen redovisas för direktionen senast 2026-06-30.
"""

_PLAN_TWO = """Protokoll direktionen
Datum: 2026-04-16
Närvarande: Eva Berg (ordf.), Nils Åkesson, Sofia Lund

§ 21  Handlingsplan för informationssäkerhet      Dnr IT 2026/9
Förbundschefen informerar om arbetet. Arbetet i de övriga kommunerna pågår.
Behörighetsöversynen är klar i Norrby kommun.
"""


def test_a_part_done_in_a_block_that_goes_on_closes_nothing(store: Store,
                                                            tmp_path: Path) -> None:
    import_text(store, tmp_path, "1.txt", _PLAN_ONE)
    import_text(store, tmp_path, "2.txt", _PLAN_TWO)
    plan_items = [it for it in store.list_items(ItemFilter(status=None)) if it.dnr]
    assert plan_items and all(it.status == "open" for it in plan_items)


def test_a_compounds_head_with_the_same_ending_names_it() -> None:
    from tracker.services.link_words import similar

    assert similar("maten", "skolmaten")
    assert similar("vägen", "gångvägen")
    assert not similar("maten", "matsalen")
