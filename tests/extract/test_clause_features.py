"""The general features of the wide reading (every body sentence is scored) and which
sentences are furniture.  Sentences written here, in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.minutes_helpers import run
from tracker.extract import possible
from tracker.extract.clause_features import (
    is_furniture,
    label_type,
    main_verb,
    section_type,
    subject_kind,
    wide_features,
)
from tracker.extract.clauses import analyse

REF = dt.date(2024, 3, 12)


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("Kassören ska skicka fakturan till föreningen.", "future"),
        ("Fritidsgården kommer att stänga under sommaren.", "future"),
        ("Vi kan låna salen i april.", "modal"),
        ("Styrelsen har godkänt budgeten för nästa år.", "perfect"),
        ("Lokalen är för liten för alla gäster.", "copula"),
        ("Barn- och utbildningsnämnden beslutar att anta planen.", "present"),
        ("Förvaltningen ger biblioteket ett nytt uppdrag.", "present"),
        ("Vaktmästaren lagade dörren förra veckan.", "past"),
        ("Boka lokal till höstens möte.", "imperative"),
        ("Kolla upp rutinen för nycklar.", "imperative"),
        ("Ring hyresvärden om värmen.", "imperative"),
        ("Köp in nya bollar till rasterna.", "imperative"),
        ("att ge förvaltningen i uppdrag att utreda frågan", "att"),
        ("Golven tvättas varje fredag.", "passive"),
        # A noun phrase before the verb: its plural noun or adjective in -de is no verb.
        ("Dessa föreningar bör bjudas in igen.", "future"),
        ("Flera medlemmar deltog i städdagen.", "past"),
        ("Även den nyasfalterade gången vid entrén från parkeringen skall sandas.", "future"),
        ("Vid förra årets stämma fanns inga motioner.", "copula"),
        ("Utifrån de gällande reglerna i stadgarna kan styrelsen besluta själv.", "modal"),
        ("Information om pågående renovering av klubbstugan.", "none"),
        ("Från 2027 beräknas hyran bli högre.", "passive"),
        ("En genomgång gjordes av alla nycklar.", "past"),
        # A deponent is no passive; a strong past, a passive of the second conjugation.
        ("Jag hoppas att alla kommer på festen.", "present"),
        ("Möblerna skänks till second hand-butiken.", "passive"),
        ("Den som vill hjälpa till ska anmäla sig till Karin.", "future"),
        ("Gör en lista över allt som saknas.", "imperative"),
        ("Reparera staketet innan sommaren.", "imperative"),
    ],
)
def test_main_verb(sentence: str, verb: str) -> None:
    assert main_verb(sentence) == verb


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Karin ringer hyresvärden i morgon.", "person"),
        ("Olle Vinter mejlar kallelsen.", "person"),
        ("Vi bjuder in grannföreningen.", "we"),
        ("Det finns pengar kvar i potten.", "pronoun"),
        ("Rektorn tar upp frågan med lärarna.", "role"),
        ("Förvaltningschefen redovisar läget.", "role"),
        ("Kultur- och fritidsnämnden beslutar att bevilja bidraget.", "forum"),
        ("Styrelsen beslutar att anta planen.", "forum"),
        ("Taket läcker i omklädningsrummet.", "thing"),
        # A definite noun, a phrase in quotes, a compound: no first and last name.
        ('Temat "Skog" fortsätter under våren.', "thing"),
        ("Protokoll Kommunala pensionärsrådet 2023-01-10", "thing"),
        ("Vår Förening bjuder på kaffe.", "thing"),
        ("Dessa lampor behöver bytas.", "thing"),
        ("Den gamla gräsklipparen är trasig.", "thing"),
        # After a fronted adverb or phrase the subject follows the verb.
        ("Vidare berättar Karin om läget i köket.", "person"),
        ("Vid mötet informerar Olle Vinter om budgeten.", "person"),
        ("Därefter redovisar kassören det ekonomiska läget.", "role"),
        ("Därmed har fritidsnämnden fattat beslut.", "forum"),
        ("Föreningen bjuder på glögg.", "forum"),
        ("Hälso-och sjukvårdsnämnden beslutar att anta planen.", "forum"),
        ("Reparera staketet innan sommaren.", "other"),
    ],
)
def test_subject_kind(sentence: str, kind: str) -> None:
    assert subject_kind(sentence) == kind


def test_a_person_present_at_the_meeting_is_a_person() -> None:
    assert subject_kind("Zoltan fixar nya lampor.", frozenset({"Zoltan Berg"})) == "person"


@pytest.mark.parametrize(
    "sentence",
    [
        "Närvarande: Anna Berg, Per Holm, Lisa Ek och Omar Said",
        "Vid protokollet Lisa Ek",
        "Sida 3 av 7",
        "Ekonomisk redovisning",  # a bare heading
        "2024-03-12 14.00–16.00 45 000 12 300",
        "Till att justera dagens protokoll valdes Per Holm.",
        "Beslut",
        # an agenda line, numbered without a stop, short and without a verb
        "11 Ny taxa för återvinningscentralen.",
        "§ 4 Taxa för hemtjänsten 2025.",
        # the meeting's own procedure
        "Sara valdes till sekreterare.",
        "Ordföranden hälsade alla välkomna och förklarade mötet öppnat.",
    ],
)
def test_furniture(sentence: str) -> None:
    assert is_furniture(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Taket i omklädningsrummet läcker och behöver lagas.",
        "Ordföranden tar kontakt med kommunen om bidraget.",
        "Karin ringer hyresvärden om värmen",  # a note without a full stop, with a verb
        "3 Kassören skickar fakturan till föreningen.",  # numbered, but a sentence
    ],
)
def test_body_sentences_are_not_furniture(sentence: str) -> None:
    assert not is_furniture(sentence)


def test_every_sentence_of_a_procedural_section_is_furniture() -> None:
    assert is_furniture("Mötet valde Per Holm att skriva under.", procedural=True)


def test_section_and_label_types() -> None:
    assert section_type("Information från förvaltningen") == "info"
    assert section_type("Uppföljning av föregående protokoll") == "followup"
    assert section_type("Övriga frågor") == "other"
    assert section_type("Nästa möte") == "next"
    assert section_type("Ny lekplats vid skolan") == "matter"
    assert section_type(None) == "matter"
    assert label_type("Förslag till beslut") == "proposal"
    assert label_type("Beslut") == "decision"
    assert label_type("Ärendebeskrivning") == "background"
    assert label_type(None) is None


def _features(sentence: str, **kw: object) -> list[str]:
    c = analyse(sentence, REF, None, full=True)
    args: dict[str, object] = {"section_title": "Övriga frågor", "numbered_section": True,
                               "label": None, "position": (1, 3), "gate": False} | kw
    return wide_features(c, **args)  # type: ignore[arg-type]


def test_wide_features_name_what_the_sentence_is() -> None:
    info = _features("Informationen om höstens kurser noteras.")
    assert {"wide", "info", "sec:other", "sec:numbered", "time:none"} <= set(info)
    assert "question" in _features("Vem ansvarar för nycklarna till förrådet?")
    assert "neg" in _features("Föreningen har inte fått något svar från kommunen.")
    assert "decided" in _features("Mötet beslutade att Karin beställer nya bord.")
    assert "numbered" in _features("2. Kassören betalar hyran senast i maj.")
    assert "reported" in _features("Karin berättar att bussen är bokad.")
    dated = _features("Kassören betalar hyran senast den 30 april.")
    assert "time:none" not in dated and "deadline:exact" not in dated  # (clauses.features)
    assert "pos:first" in _features("Vaktmästaren byter lås på förrådet.", position=(0, 2))
    assert "pos:last" in _features("Vaktmästaren byter lås på förrådet.", position=(1, 2))
    assert "gate" in _features("Vaktmästaren byter lås på förrådet.", gate=True)


def test_a_sentence_without_an_obligation_word_is_scored_and_explained() -> None:
    text = (
        "Protokoll Föreningen Lönnen 2024-03-12\n\n"
        "1. Lekplatsen\n"
        "Gungan vid sandlådan är trasig sedan i höstas.\n"
    )
    with possible.unscored():  # every candidate, as training reads them
        result = run(text)
    found = [c for c in result.possible if "Gungan" in c.text]
    assert found, [c.text for c in result.possible]
    reasons = " | ".join(found[0].reasons)
    assert "lärd modell" in reasons and possible.FEATURES_PREFIX in reasons
    assert "wide" in reasons and "mv:" in reasons and "subj:thing" in reasons


def test_furniture_is_never_a_candidate() -> None:
    text = (
        "Protokoll Föreningen Lönnen 2024-03-12\n\n"
        "1. Lekplatsen\n"
        "Närvarande: Anna Berg, Per Holm, Lisa Ek och Omar Said\n"
        "Gungan vid sandlådan är trasig sedan i höstas.\n"
    )
    with possible.unscored():
        result = run(text)
    assert not [c for c in result.possible if "Närvarande" in c.text]


def test_the_text_before_the_first_heading_is_read_but_only_offered_as_possible() -> None:
    # Notes whose first heading comes late: the matters before it are read too, by the
    # wide reading alone (never confident), marked as standing in the preamble.
    text = (
        "Minnesanteckningar styrelsen Lönnen 2024-03-12\n"
        "Närvarande: Anna Berg, Per Holm, Lisa Ek\n"
        "Sara valdes till sekreterare.\n"
        "Staketet vid parkeringen har blåst omkull. Per ringer hyresvärden om det.\n"
        "\n"
        "1. Lekplatsen\n"
        "Gungan vid sandlådan är trasig sedan i höstas.\n"
        "2. Ekonomi\n"
        "Kassan är god.\n"
        "3. Nästa möte\n"
        "Styrelsen ses igen i april.\n"
    )
    with possible.unscored():  # every candidate, as training reads them
        result = run(text)
    before = [c for c in result.possible if "Staketet" in c.text or "Per ringer" in c.text]
    assert before, [c.text for c in result.possible]
    for c in before:
        assert c.tier == "possible"
        feats = next(r for r in c.reasons if r.startswith(possible.FEATURES_PREFIX)).split()
        assert "preamble" in feats and "wide" in feats
    assert not [c for c in result.possible + result.items if "Närvarande" in c.text
                or "sekreterare" in c.text]
    # The sections' own sentences are no preamble.
    gungan = [c for c in result.possible if "Gungan" in c.text]
    assert gungan and "preamble" not in " ".join(gungan[0].reasons)


def test_a_document_without_headings_has_no_preamble() -> None:
    from tests.extract.minutes_helpers import doc_from_text
    from tracker.extract.sections import structure

    text = "Anteckningar 2024-03-12\nPer ringer hyresvärden om staketet.\n"
    assert structure(doc_from_text(text)).preamble is None
    headed = structure(doc_from_text(text + "\n1. Lekplatsen\nGungan är trasig.\n2. Övrigt\n"
                                     "Inget.\n3. Nästa möte\nI april.\n"))
    assert headed.preamble is not None
    assert any("Per ringer hyresvärden" in s.text for s in headed.preamble.sentences)


def test_a_matter_stating_a_task_of_its_own_is_offered_beside_the_rule_item() -> None:
    # The first sentence names the matter and a task of its own; the rule's item is the
    # next step given to someone else: both are offered.
    text = (
        "Protokoll kommunstyrelsen 2024-03-12\n\n"
        "§ 5 Fastigheten Eken 4\n"
        "Fastigheten Eken 4 ska köpas in av kommunen. Kommunstyrelsen ger kommunchefen i "
        "uppdrag att utreda hur huset kan användas, senast den 30 juni 2024.\n"
        "§ 6 Övrigt\nInget.\n§ 7 Avslutning\nMötet avslutas.\n"
    )
    with possible.unscored():
        result = run(text)
    assert any("kommunchefen" in (it.text or "") for it in result.items)
    assert [c for c in result.possible if c.text.startswith("Fastigheten Eken 4 ska köpas")]


def test_three_words_with_a_verb_of_their_own_are_a_sentence_not_furniture():
    assert not is_furniture("Festkommittén bokar lokalen.")
    assert not is_furniture("Kostnaden får utredas.")
    # three words without a verb, or with only a copula, stay furniture
    assert is_furniture("Inköp av projektor.")
    assert is_furniture("Handlingarna är utsända.")


def test_a_sentence_of_what_will_be_done_is_no_furniture_even_in_a_procedural_section():
    assert is_furniture("Ordföranden hälsade alla välkomna och öppnade mötet.", procedural=True)
    assert not is_furniture(
        "Kassören kommer att kontakta banken om det nya kontot.", procedural=True
    )


def test_a_short_point_of_a_list_a_sentence_leads_into_is_no_furniture():
    # alone, a short line without a verb is a heading; as a point of a list that a
    # sentence leads into, the lead carries the verb
    assert is_furniture("• parkeringsavgifter")
    assert not is_furniture("• parkeringsavgifter", listed=True)
    assert not is_furniture("• ny taxa.", listed=True)
    # a number in the list, or the meeting's procedure, stays furniture
    assert is_furniture("• 12 500 kr", listed=True)
    assert is_furniture("• Sara valdes till sekreterare.", listed=True)


def test_the_points_of_a_led_list_are_offered_with_the_leads_owner() -> None:
    text = (
        "Nyheter från nämnden 2024-03-12\n\n"
        "Ärenden som går vidare\n"
        "Nämnden behandlade även ärenden som beslutas av fullmäktige i maj. "
        "Det gäller bland annat\n"
        "• parkeringsavgifter\n"
        "• ny taxa för bygglov\n"
        "• hyror i seniorboendet\n"
    )
    with possible.unscored():  # every candidate, as training reads them
        result = run(text)
    points = [c for c in result.possible if c.text.lstrip("• ").startswith(
        ("parkeringsavgifter", "ny taxa", "hyror"))]
    assert len(points) == 3, [c.text for c in result.possible]
    assert all((c.owner or "").startswith("Fullmäktige") for c in points)
    # a bullet under no lead stays furniture
    plain = run(
        "Anteckningar 2024-03-12\n\n1. Lokaler\n• parkeringsavgifter\n• Gungan är trasig.\n"
    )
    assert not [c for c in plain.possible if "parkeringsavgifter" in c.text]


def test_a_negation_that_leaves_the_matter_waiting_is_pending() -> None:
    for waiting in (
        "Skrivelsen från föreningen har ännu inte besvarats.",
        "Hyresvärden har inte gett besked om lokalen.",
        "Något datum för besiktningen är inte bestämt.",
        "Budgeten för hösten är inte klar.",
    ):
        feats = _features(waiting)
        assert "pending" in feats and "neg" in feats, waiting
    # a negation of what is to be done, or of a fact, waits for nothing
    assert "pending" not in _features("Föreningen ska inte söka bidrag i år.")
    assert "pending" not in _features("Det finns inga bänkar vid badplatsen.")


def test_an_ignored_att_clause_leaves_the_decisions_other_clause_scored() -> None:
    from tracker.extract.phrases import outside_ignored, rules

    ignores = rules()[1]
    both = (
        "Styrelsen beslutade att ge kansliet i uppdrag att måla om klubbstugan och att "
        "lägga kassarapporten till handlingarna."
    )
    assert outside_ignored(both, ignores) == (
        "Styrelsen beslutade att ge kansliet i uppdrag att måla om klubbstugan."
    )
    # every clause dismissed, or no att-clauses to part: the sentence stays dismissed
    assert outside_ignored(
        "Styrelsen beslutade att lägga rapporten till handlingarna.", ignores) is None
    text = "Protokoll styrelsen 2024-03-12\n\n§ 4 Klubbstugan\n" + both + "\n§ 5 Övrigt\nInget.\n"
    with possible.unscored():  # every candidate, as training reads them
        result = run(text)
    found = [c for c in result.items + result.possible if "måla om klubbstugan" in c.text]
    assert found and "handlingarna" not in found[0].text


def test_the_meetings_papers_not_ready_are_no_furniture() -> None:
    assert is_furniture("Protokollet justeras av ordföranden och Per Holm.")
    assert is_furniture("Handlingar till mötet skickas ut en vecka innan.")
    # the papers not ready: someone still owes them
    assert not is_furniture("Protokollet från styrelsens förra möte är ännu inte klart.")
    assert not is_furniture("Handlingarna till budgetärendet är under utarbetande.")
