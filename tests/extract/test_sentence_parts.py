"""One sentence of the text that holds several things to do is cut into parts before any
candidate is made (sentence_split.clause_breaks): each part is a sentence of its own,
knows which split made it, and a rule reads it as a matter of its own.  Sentences
written here, in our own words."""

from __future__ import annotations

from tests.extract.minutes_helpers import doc_from_text
from tracker.extract import extract
from tracker.extract.sections import structure
from tracker.extract.sentence_split import clause_breaks, listed_matters, split_reason


def _parts(text: str) -> list[tuple[str, str | None]]:
    return [(s.text, s.split) for sec in structure(doc_from_text(text)).sections
            for s in sec.sentences]


def _doc(body: str) -> str:
    return f"Protokoll styrelsen 2024-03-12\n\n§ 4 Lokalen\n{body}\n§ 5 Övrigt\nInget.\n"


def _cut(text: str) -> list[tuple[str, str]]:
    return [(text[at:], kind) for at, kind in clause_breaks(text)]


def test_a_dashed_list_written_on_one_line_under_a_name_gives_one_part_a_line() -> None:
    got = _parts(_doc("Stina: - Ringer vaktmästaren om dörren - Beställer nya stolar "
                      "till salen - Bokar städningen i april"))
    texts = [t for t, _ in got]
    assert "Stina: - Ringer vaktmästaren om dörren" in texts
    assert ("- Beställer nya stolar till salen", "bullet") in got
    assert ("- Bokar städningen i april", "bullet") in got


def test_bullet_glyphs_inside_a_line_start_list_items() -> None:
    sents = [s for sec in structure(doc_from_text(_doc(
        "Att köpa in • Kaffebryggare till köket • Två nya brandsläckare"))).sections
        for s in sec.sentences]
    items = [s for s in sents if s.split == "bullet"]
    assert [s.text for s in items] == ["Kaffebryggare till köket", "Två nya brandsläckare"]
    assert all(s.bullet and s.para_start for s in items)


def test_one_dash_between_a_topic_and_its_text_is_no_list() -> None:
    assert _cut("Nya nycklar - Kalle tar fram en lista över vem som har nyckel.") == []


def test_a_sentence_run_on_without_its_full_stop_is_cut_before_its_new_subject() -> None:
    got = _parts(_doc("Olle tar reda på priset och ger svar till styrelsen Frågan "
                      "bordläggs till nästa möte."))
    assert ("Olle tar reda på priset och ger svar till styrelsen", None) in got
    assert ("Frågan bordläggs till nästa möte.", "run_on") in got


def test_a_capital_after_a_preposition_or_without_a_verb_runs_on_no_sentence() -> None:
    assert _cut("Vi hade ett möte med Styrelsen har inte svarat ännu.") == []
    assert _cut("Vi bjuder in Föreningen Solrosen till sommarfesten.") == []


def test_a_lowercase_sentence_whose_subject_was_lost_is_a_part_of_its_own() -> None:
    got = _parts(_doc("Kvittona från i våras saknas fortfarande. kontrollerar "
                      "bankutdragen mot kassaboken före årsmötet."))
    assert ("kontrollerar bankutdragen mot kassaboken före årsmötet.", "stop_lower") in got
    # (an abbreviation before the small word ends no sentence)
    assert _cut("Vi ses kl. tolv och bl.a. diskuterar vi budgeten.") == []


def test_the_att_clauses_of_one_decision_are_parts_each() -> None:
    cut = _cut("Styrelsen beslutade att köpa in nya bord, att måla om entrén samt att "
               "byta lås på förrådet.")
    assert [(t[:20], k) for t, k in cut] == [("att måla om entrén s", "att_list"),
                                            ("att byta lås på förr", "att_list")]


def test_att_clauses_after_a_mandate_stay_one_task() -> None:
    assert _cut("Nämnden gav förvaltningen i uppdrag att utreda parkeringen, och att "
                "återkomma till nämnden i maj.") == []


def test_a_comma_before_a_new_subject_and_verb_cuts_the_sentence() -> None:
    cut = _cut("Vårfesten ordnas av Eva den 3/5, Loppisen hålls av juniorerna den 9/6, "
               "ev julfika kommer att tas upp i höst.")
    assert [k for _, k in cut] == ["comma_clause", "comma_clause"]
    assert cut[0][0].startswith("Loppisen hålls")
    assert cut[1][0].startswith("ev julfika kommer")


def test_a_person_after_a_comma_goes_on_with_the_same_matter() -> None:
    # who does it, of the matter before the comma (a task each after ", och Jonas …"
    # is read by the possible items' person clauses)
    assert _cut("Frågan om nya nycklar kvarstår, Karin har ringt låssmeden.") == []
    assert _cut("Vi köper stolar, vi ska också se över borden.") == []


def test_points_of_a_list_written_on_one_line_are_parts() -> None:
    cut = _cut("Till nästa gång 1. Stolarna lagas av Ove 2. Mattan i hallen byts ut")
    assert [(t[:12], k) for t, k in cut] == [("1. Stolarna ", "numbered"),
                                            ("2. Mattan i ", "numbered")]
    assert _cut("Vi läste kap 3. Sedan 5. Inget mer") == []


def test_two_matters_run_together_become_two_items_with_the_split_named() -> None:
    text = ("Protokoll styrelsen Båtklubben 2024-03-12\n\n§ 4 Bryggan\n"
            "Olle får i uppdrag att ta in offerter på nya bryggdäck. Han återkommer med "
            "svar till styrelsen Frågan bordläggs till nästa möte.\n"
            "§ 5 Övrigt\nInget.\n")
    result = extract(doc_from_text(text))
    every = result.items + list(result.possible)
    tabled = [it for it in every if it.kind == "tabled"]
    assert [it.text for it in tabled] == ["Frågan bordläggs till nästa möte."]
    assert split_reason("run_on") in tabled[0].reasons
    task = [it for it in every if it.kind == "assignment"]
    assert task and "bordläggs" not in (task[0].text or "")


def test_a_list_of_names_before_the_verb_is_one_subject() -> None:
    assert _cut("Kerstin L, kassör, vice kassör skall kunna attestera var för sig.") == []


def test_a_list_of_matters_sent_on_by_one_verb_is_told_once_a_matter() -> None:
    got = listed_matters("Nämnden beslutade att föreslå kommunfullmäktige en ny taxa för "
                         "bryggplatser, höjda avgifter för gästhamnen samt en översyn av "
                         "kajen.")
    assert got == [
        "Nämnden beslutade att föreslå kommunfullmäktige en ny taxa för bryggplatser.",
        "Nämnden beslutade att föreslå kommunfullmäktige höjda avgifter för gästhamnen.",
        "Nämnden beslutade att föreslå kommunfullmäktige en översyn av kajen.",
    ]


def test_listed_matters_as_the_subject_share_the_verb_after_them() -> None:
    got = listed_matters("Frågorna om fiber och gatubelysning bordlades till mötet i maj.")
    assert got == ["Frågorna om fiber bordlades till mötet i maj.",
                   "Frågorna om gatubelysning bordlades till mötet i maj."]


def test_att_clauses_and_lists_under_other_verbs_are_no_listed_matters() -> None:
    assert listed_matters("Nämnden föreslår kommunfullmäktige att anta planen, att avsätta "
                          "medel och att ge förvaltningen uppdraget.") is None
    assert listed_matters("Styrelsen godkände rapporten, budgeten och planen.") is None
    assert listed_matters("Nämnden föreslår fullmäktige regler för X och Y.") is None


def test_each_listed_matter_becomes_a_tabled_item_of_its_own() -> None:
    text = ("Protokoll styrelsen Vägföreningen 2024-03-12\n\n§ 4 Övriga frågor\n"
            "Frågorna om fiber och gatubelysning bordlades till nästa möte.\n"
            "§ 5 Avslutning\nMötet avslutades.\n")
    got = _parts(text)
    assert ("Frågorna om fiber bordlades till nästa möte.", "listed") in got
    result = extract(doc_from_text(text))
    texts = [it.text or "" for it in result.items + list(result.possible)]
    assert any("fiber" in t and "gatubelysning" not in t for t in texts), texts
    assert any("gatubelysning" in t and "fiber" not in t for t in texts), texts
