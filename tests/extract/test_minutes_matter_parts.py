"""Where a sentence stands in its matter decides whether its task is this meeting's: a
matter told in parts (background, decision) gives its tasks in the decision; a task read
from the background, an earlier assignment told before the decision, or a proposal
received that the decision answers is offered unchecked (``matter_parts``, ``not_open``).
The texts are written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.minutes_helpers import open_items, run
from tracker.extract.matter_parts import part_of


@pytest.mark.parametrize(
    ("heading", "part"),
    [
        ("Beslut", "decision"),
        ("Beslut:", "decision"),
        ("Kommunstyrelsens beslut", "decision"),
        ("Bakgrund", "background"),
        ("Ärendebeskrivning", "background"),
        ("Omröstning och reservationer", "other"),
        ("Förslag till beslut", "proposal"),
        ("Arbetsutskottets förslag", "proposal"),
        # a heading that names a matter is no part, whatever word it holds
        ("Beslut om taxa för bygglov", None),
        ("Bakgrund till budgeten 2026", None),
        ("Cykelvägar till skolorna", None),
        (None, None),
    ],
)
def test_a_part_is_named_by_the_whole_heading(heading, part):
    assert part_of(heading) == part


def _reasons(ex) -> list[str]:
    return [it.reasons[-1] for it in ex.possible]


def test_a_task_told_again_in_the_background_is_not_checked() -> None:
    text = (
        "Protokoll miljönämnden 2025-03-18\n\n§ 14 Plan för dagvatten\n\n"
        "Beslut\nFörvaltningen får i uppdrag att ta fram en plan för dagvatten i de nya "
        "bostadsområdena.\n\n"
        "Bakgrund\nFrågan väcktes efter skyfallen i fjol; förvaltningen ges därför i "
        "uppdrag att ta fram en plan för dagvatten.\n"
    )
    ex = run(text)
    assert [it.title for it in open_items(ex)] == [
        "Ta fram en plan för dagvatten i de nya bostadsområdena"
    ]
    assert any("ärendets bakgrund" in r for r in _reasons(ex))


def test_background_without_a_decision_part_is_read_as_before() -> None:
    # Notes with a "Bakgrund" label and no decision part: the task stays checked.
    text = (
        "Styrelsemöte 2025-03-18\n\n4. Lokalen\n\n"
        "Bakgrund: Styrelsen gav Anna i uppdrag att boka lokal till vårfesten.\n"
    )
    assert [it.owner for it in open_items(run(text))] == ["Anna"]


PAGE = (
    "Kommunstyrelsen 2025-03-18\n\nCykelvägar till skolorna\n\n"
    "Kommunstyrelsen gav i fjol tekniska kontoret i uppdrag att utreda säkra cykelvägar "
    "till skolorna. Utredningen har nu redovisats.\n\n"
    "Beslut: Redovisningen godkänns.\n\nNy belysning i parken\n\n"
    "Beslut: Kommunstyrelsen gav parkchefen i uppdrag att byta belysningen i parken "
    "under hösten 2025.\n"
)


def test_an_earlier_assignment_told_before_the_decision_is_background() -> None:
    ex = run(PAGE)
    # (the decision told in the past is the meeting's own act: it stays checked)
    assert [it.title for it in open_items(ex)] == ["Byta belysningen i parken under hösten 2025"]
    assert any("tidigare beslut" in r for r in _reasons(ex))


def test_a_decision_under_a_heading_of_its_own_belongs_to_the_matter_before() -> None:
    text = (
        "Kommunstyrelsen 2025-03-18\n\nSkolresor med buss\n\n"
        "Efter klagomål från föräldrar fick skolförvaltningen i uppdrag att kartlägga "
        "bussresorna till skolorna.\n\n"
        "Beslut\n\nSkolförvaltningen får i uppdrag att beställa fler morgonavgångar till "
        "skolorna i norra delen.\n"
    )
    assert [it.title for it in open_items(run(text))] == [
        "Beställa fler morgonavgångar till skolorna i norra delen"
    ]


def test_a_past_assignment_without_a_decision_part_stays_checked() -> None:
    # Association notes tell the meeting's own decisions in the past, with no parts.
    text = (
        "Styrelsemöte Båtklubben 2025-03-18\n\n5. Hamnen\n\n"
        "Styrelsen gav Kalle i uppdrag att beställa nya bojar före sjösättningen.\n"
    )
    assert [it.owner for it in open_items(run(text))] == ["Kalle"]


COUNCIL = """Kommunfullmäktige 2025-03-18

Medborgarförslag – Hundrastgård

Ett medborgarförslag om en hundrastgård vid stadsparken har lämnats in av en invånare.

Kommunfullmäktiges beslut

Fullmäktige säger ja till medborgarförslaget, och tekniska nämnden får ordna platsen under året.

Medborgarförslag – Fler bänkar

Ett medborgarförslag om fler parkbänkar längs ån har också lämnats in.
"""


def test_a_proposal_received_that_the_decision_answers_waits_for_nothing() -> None:
    ex = run(COUNCIL)
    titles = [it.title for it in open_items(ex)]
    assert not any("hundrastgård" in t for t in titles)
    assert any("inkommet förslag som ärendets beslut" in r for r in _reasons(ex))
    # (the proposal no decision speaks of still waits for its answer: offered, checked
    # or not as the scorer ranks it, but not for a decision's answer)
    benches = [it for it in [*ex.items, *ex.possible] if "parkbänkar" in it.title]
    assert benches
    assert not any("ärendets beslut" in r for it in benches for r in it.reasons)


def test_a_proposal_received_that_a_decision_formula_answers_waits_for_nothing() -> None:
    text = (
        "Kommunfullmäktige 2025-03-18\n\nIsbana\n\n"
        "Ett medborgarförslag om en spolad isbana på torget kom in i januari. "
        "Fullmäktige beslutade därför att låta fritidsgården sköta isen i parken i stället.\n"
    )
    assert not any("isbana" in it.title for it in open_items(run(text)))


def test_a_proposal_the_decision_sends_on_stays_with_its_receiver() -> None:
    text = (
        "Kommunfullmäktige 2025-03-18\n\nMedborgarförslag – Hundrastgård\n\n"
        "Ett medborgarförslag om en hundrastgård vid stadsparken har lämnats in av en "
        "invånare.\n\nBeslut\n\nMedborgarförslaget remitteras till tekniska nämnden "
        "för beredning.\n"
    )
    ex = run(text)
    assert not any("inkommet förslag som ärendets beslut" in r for r in _reasons(ex))


def test_a_proposal_named_on_a_summary_of_decisions_waits_for_nothing() -> None:
    # The page says it summarises the decisions; the excerpt ends before this one's.
    text = (
        "Kommunfullmäktige 2025-03-18\n\nBeslut i korthet från kvällens möte.\n\n"
        "Medborgarförslag – Fler bänkar\n\n"
        "Ett medborgarförslag om fler parkbänkar längs ån har lämnats in av en invånare.\n"
    )
    ex = run(text)
    assert not any("parkbänkar" in it.title for it in open_items(ex))
    assert any("sammanfattning av mötets beslut" in r for r in _reasons(ex))


def test_a_summary_page_is_told_near_the_top() -> None:
    from tests.extract.minutes_helpers import doc_from_text
    from tracker.extract.matter_parts import summary_page

    assert summary_page(doc_from_text("Beslut i korthet\n\nNy förskola").lines)
    assert summary_page(doc_from_text("Beslutat i kommunfullmäktige\nPublicerad:").lines)
    assert not summary_page(doc_from_text("Protokoll kommunstyrelsen\n§ 1 Budget").lines)


def test_a_referral_told_as_done_in_the_section_that_answers_it_is_history() -> None:
    # The motion went to the board for preparation months ago; this § answers it.
    text = (
        "Protokoll kommunfullmäktige 2024-05-14\n\n§ 45 Svar på motion om cykelbanor\n\n"
        "Motionen överlämnades till kommunstyrelsen för beredning i oktober 2023. Tekniska "
        "nämnden har yttrat sig.\n\nBeslut\nKommunfullmäktige beslutar att motionen anses "
        "besvarad.\n"
    )
    assert open_items(run(text)) == []


def test_a_dialogue_held_is_no_referral() -> None:
    # ("fördes" of a dialogue is no sending on: the sentence after it is read as before)
    from tracker.extract.clause_lexicon import lexicon

    assert (
        lexicon().history.search("På höstmötet fördes en lång diskussion om parkeringen.") is None
    )
    assert lexicon().history.search("Frågan fördes till styrelsen i mars.") is not None


BUDGET = (
    "Protokoll socialnämnden 2024-05-14\n\n§ 49 Budget\n\n"
    "Arbetsutskottets förslag\nSocialnämnden ger förvaltningen i uppdrag att ta fram en "
    "åtgärdsplan till september.\n\nBeslut\n"
)


def test_a_task_proposed_and_turned_down_is_not_given() -> None:
    ex = run(BUDGET + "Socialnämnden beslutar att avslå förslaget.\n")
    assert open_items(ex) == []
    assert any("förslag som beslutet avslog" in r for r in _reasons(ex))


def test_a_task_proposed_and_taken_up_is_given() -> None:
    for decision in (
        "Socialnämnden beslutar enligt arbetsutskottets förslag.",
        # (a motion turned down, the proposal taken up)
        "Socialnämnden avslår Anna Bergs yrkande och beslutar enligt förslaget.",
    ):
        ex = run(BUDGET + decision + "\n")
        assert [it.owner for it in open_items(ex)] == ["Förvaltningen"], decision


def test_a_task_read_from_the_background_and_the_decision_stands_in_the_decision() -> None:
    # One item from two sentences (as a rule's hits in both may give it): the deadline
    # told in the background, the task given in the decision; the meeting's own task.
    from tests.extract.minutes_helpers import doc_from_text
    from tracker.domain import Candidate
    from tracker.extract.matter_parts import Parts
    from tracker.extract.not_open import why_not_here
    from tracker.extract.sections import structure

    background = "Remissvar ska lämnas till kommunstyrelsen senast den 30 april 2025."
    decision = "Förvaltningen får i uppdrag att ta fram ett förslag till yttrande."
    text = (
        "Protokoll kulturnämnden 2025-03-12\n\n§ 26 Remiss om biblioteksplan\n\n"
        f"Ärendebeskrivning\n{background}\n\nBeslut\n{decision}\n"
    )
    parts = Parts(structure(doc_from_text(text)).sections)
    both = Candidate(
        title="Ta fram ett förslag",
        text=f"{background} {decision}",
        kind="assignment",
        section="§ 26 Remiss om biblioteksplan",
    )
    assert parts.place_of(both).part == "decision"
    assert why_not_here(both, parts.place_of(both)) is None
    # (the background sentence alone is the background)
    alone = Candidate(
        title="Remissvar",
        text=background,
        kind="follow_up",
        section="§ 26 Remiss om biblioteksplan",
    )
    assert parts.place_of(alone).part == "background"


_HEAD = "Protokoll Rådet för trafikfrågor 2024-10-03\n\n§ 1 Öppnande\nMötet öppnas.\n\n"


def test_a_matter_that_ends_by_taking_note_of_it_leaves_a_letter_told_there_unchecked():
    ex = run(_HEAD + "§ 2 Information om cykelplanen\n"
             "Gatukontoret har skickat en skrivelse om hur cykelbanorna ska breddas. "
             "Olle Berg frågar om belysningen längs ån.\n"
             "Beslut: Rådet tackar för informationen.\n")
    assert open_items(ex) == []
    assert any("informationen tas emot" in r for r in _reasons(ex))


def test_an_obligation_told_in_a_matter_closed_with_a_note_is_reported_not_given():
    ex = run(_HEAD + "§ 2 Lägesrapport parkeringen\n"
             "Tekniska nämnden ska bygga om infarten under våren. Den nya skyltningen "
             "är uppsatt.\nInformationen läggs till handlingarna.\n")
    assert open_items(ex) == []


def test_a_verdict_that_gives_a_task_besides_taking_note_leaves_the_task_checked():
    ex = run(_HEAD + "§ 2 Lägesrapport parkeringen\n"
             "Skyltningen vid infarten är otydlig.\n"
             "Beslut: Rådet tackar för informationen och ger förvaltningen i uppdrag att "
             "återkomma med ett förslag på ny skyltning senast 2024-12-01.\n")
    assert [it.owner for it in open_items(ex)] == ["Förvaltningen"]


def test_an_obligation_the_decision_after_it_meets_with_the_same_verb_is_unchecked():
    ex = run(_HEAD + "§ 2 Ändrade ritningar för klubbhuset\n"
             "Byggaren redovisar tre ändringar av ritningarna. Styrelsen måste godkänna "
             "ändringarna innan arbetet börjar. Styrelsen beslutade att godkänna "
             "ändringarna.\n")
    assert open_items(ex) == []
    assert any("gör det som sades behövas" in r for r in _reasons(ex))


def test_a_request_to_table_that_the_decision_grants_leaves_the_matter_tabled():
    ex = run(_HEAD + "§ 2 Nytt avtal för simhallen\n"
             "Eva Ek (M) begär att ärendet ska bordläggas eftersom underlaget kom sent. "
             "Rådet beslutar att bordlägga ärendet till nästa sammanträde den 7 november.\n")
    assert [it.kind for it in open_items(ex)] == ["tabled"]
