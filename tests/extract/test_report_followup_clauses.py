"""How running text of a follow-up says that work is still to do or is not work at all,
written here (never copied from a real document): goal verdicts in every form of the
verbs of reaching, not-yet before a passive supine, work that could not be done, the
present active of work under way; a counted result, an indirect question and a
supervisor's own follow-up that open nothing; and a weak report read both ways, whose
sure items decide between the readings."""

from __future__ import annotations

from pathlib import Path

from tracker.domain import Candidate, Document, DocumentInfo, Extraction, Line
from tracker.extract import _fullness, extract
from tracker.extract.report_followup import read_followup


def _lines(text: str) -> list[Line]:
    rows = [t for t in text.strip("\n").split("\n") if t.strip()]
    return [Line(text=t, page=1, line=k) for k, t in enumerate(rows, 1)]


def _items(text: str, body: str | None = "Kommunstyrelsen") -> list[Candidate]:
    return [it for it in read_followup(_lines(text), body, None).items if it.status == "open"]


def _holding(items: list[Candidate], word: str) -> list[Candidate]:
    return [it for it in items if word.casefold() in (it.title + " " + it.text).casefold()]


# --- goal verdicts: the verb of reaching in any form ---------------------------------------


def test_a_goal_partly_reached_in_the_infinitive_is_a_goal_off_target():
    items = _items(
        "Trygghet i stadsdelarna\n"
        "Sammantaget bedöms trygghetsarbetet delvis uppnå resultatmålen för året.\n"
    )
    [it] = _holding(items, "trygghetsarbetet")
    assert it.kind == "goal_deviation"


def test_a_goal_not_reached_with_the_verb_first_is_a_goal_off_target():
    items = _items(
        "Fler i arbete\n"
        "Antalet nya arbetstillfällen når inte upp till målet för perioden.\n"
    )
    [it] = _holding(items, "arbetstillfällen")
    assert it.kind == "goal_deviation"


def test_a_count_of_goals_missed_is_a_summary_not_a_goal():
    items = _items(
        "Måluppfyllelse\n"
        "Två av de strategiska målen nås ej under året, övriga nås.\n"
    )
    assert _holding(items, "strategiska") == []


# --- not yet done, could not be done, under way in the present active -----------------


def test_not_yet_before_a_passive_supine_is_still_to_do():
    items = _items(
        "Miljöarbetet\n"
        "Uppföljningen visar att flera av de nya miljömålen ännu inte förankrats i "
        "verksamheterna.\n"
    )
    assert _holding(items, "förankrats")


def test_work_that_could_not_be_done_is_still_open():
    items = _items(
        "Nämndens mål\n"
        "Ett av nämndens mål har inte kunnat följas upp under året på grund av "
        "systembytet.\n"
    )
    assert _holding(items, "kunnat följas upp")


def test_the_present_active_of_a_review_is_work_under_way():
    items = _items(
        "Kompetensförsörjning\n"
        "Personalenheten ser över behovet av nya utbildningsplatser inom vården.\n"
    )
    assert _holding(items, "utbildningsplatser")


# --- sentences that tell no work of the report's body -----------------------------------


def test_new_things_counted_with_a_perfect_are_a_result():
    items = _items(
        "Trygghetsarbete\n"
        "12 nya samverkansgrupper har startats upp i kommunen under året.\n"
    )
    assert items == []


def test_a_status_word_inside_an_indirect_question_says_nothing():
    items = _items(
        "Strategiska mål\n"
        "Indikatorerna används för att visa om målet är på väg att nås under perioden.\n"
    )
    assert items == []


def test_a_supervisors_own_follow_up_is_not_the_bodys_work():
    items = _items(
        "Skolans kvalitet\n"
        "Skolinspektionen har fortsatt sin uppföljning av tillsynen från förra året.\n"
    )
    assert items == []


# --- a weak report read both ways -------------------------------------------------------


def _item(name: str) -> Candidate:
    return Candidate(title=name, text=name, kind="activity")


def test_sure_items_decide_before_many_possible_ones():
    info = DocumentInfo(file="f.txt", sha256="0", format="txt", pages=1, kind="report")
    few_sure = Extraction(document=info, items=[_item("a")])
    many_possible = Extraction(document=info, possible=[_item(str(k)) for k in range(9)])
    assert _fullness(few_sure) > _fullness(many_possible)
    # a tie of sure items: the possible ones decide, as before
    many_possible.items = [_item("b")]
    assert _fullness(many_possible) > _fullness(few_sure)


def test_a_weak_report_keeps_its_entries_checked():
    text = (
        "Lägesbild för inköpsområdet\n"
        "Under året har inköpsenheten arbetat med avtalsuppföljning.\n"
        "Införandet av e-handel i alla förvaltningar pågår och blir klart nästa år.\n"
        "Arbetet med en ny inköpspolicy fortsätter under hösten.\n"
        "Vi har haft många kontakter med leverantörer och deltagit i nätverk.\n"
    )
    doc = Document(path=Path("f.txt"), sha256="0", format="txt", pages=1, lines=_lines(text))
    result = extract(doc)
    assert result.document.kind == "report"
    titles = " ".join(it.title + " " + it.text for it in result.items)
    assert "e-handel" in titles and "inköpspolicy" in titles


# --- a body's answer to the auditors ------------------------------------------------------


def test_an_answer_to_the_auditors_owes_the_recommendations_it_quotes():
    text = (
        "Socialnämnden Granskning av bidragshanteringen svar på revisionsskrivelse "
        "Förslag till beslut Som svar på revisorernas skrivelse åberopas förvaltningens "
        "tjänsteutlåtande. Sammanfattning Revisorerna har granskat bidragshanteringen och "
        "önskar nämndens kommentarer kring tre rekommendationer. - Socialnämnden bör "
        "omgående se över rutinerna för utbetalning av bidrag. - Socialnämnden bör införa "
        "en kontroll av behörigheterna i verksamhetssystemet. Förvaltningens svar följer.\n"
    )
    doc = Document(path=Path("f.txt"), sha256="0", format="txt", pages=1, lines=_lines(text))
    info = DocumentInfo(file="f.txt", sha256="0", format="txt", pages=1, kind="report")
    from tracker.extract.report import extract_report

    items = [it for it in extract_report(doc, info).items if it.status == "open"]
    [review] = _holding(items, "rutinerna för utbetalning")
    [control] = _holding(items, "behörigheterna")
    assert review.owner == control.owner == "Socialnämnden"


# --- the future passive of a verb of work; a status word as an attribute ---------------


def test_a_future_passive_of_a_verb_of_work_is_planned_work_without_a_date():
    items = _items(
        "Internkontroll\n"
        "Varje avvikande utbetalning kommer att följas upp individuellt av controllern.\n"
    )
    assert _holding(items, "följas upp")


def test_a_future_passive_of_anothers_decision_plans_no_work():
    items = _items(
        "Statsbidrag\n"
        "Beskedet från de andra regionerna är att erbjudandet kommer att antas.\n"
    )
    assert items == []


def test_an_attribute_going_on_in_a_finished_clause_is_no_work():
    items = _items(
        "Markarbeten\n"
        "Marken i kvarteret har sanerats av entreprenören i samband med pågående "
        "exploatering.\n"
    )
    assert items == []


# --- what a report names as still to improve -------------------------------------------


def test_improvement_points_glued_after_a_lead_are_each_open_work():
    from tracker.extract.followup_advice import improvement_areas

    found = improvement_areas(
        _lines(
            "Styrelsen har åtgärdat huvuddelen av synpunkterna, men vi vill lyfta fram två "
            "områden där ytterligare förbättringar kan ske: -Avstämningen av handkassorna "
            "görs bara en gång per år, vilket är för sällan. -Attesten av fakturor under "
            "fem tusen kronor saknar en andra granskare.\n"
        )
    )
    assert [it.title.split()[0] for it in found] == ["Avstämningen", "Attesten"]
    assert all(it.status == "open" for it in found)


def test_an_improvement_label_dates_its_measure():
    import datetime as dt

    from tracker.extract.followup_advice import improvement_areas

    [*_, last] = improvement_areas(
        _lines(
            "Förbättringsområden: Andelen ärenden som avslutas i tid är för låg. Måttet "
            "kommer att bytas ut under 2026 då det är svårt att mäta.\n"
        ),
        dt.date(2025, 12, 31),
    )
    assert last.due == dt.date(2026, 12, 31)


def test_a_risk_that_remains_is_a_state_not_work():
    items = _items(
        "Reningsverket\n"
        "Verket har under året installerat utökad rening men flödena har varit högre än "
        "väntat, varför det kvarstår risk för överskridanden på sikt.\n"
    )
    assert items == []


def test_a_lead_repeated_at_more_length_is_one_item():
    items = _items(
        "Skolans utveckling\n"
        "Arbete pågår med att införa den nya modellen för styrning och ledning i skolorna.\n"
        "Elevernas resultat har förbättrats under året.\n"
        "Arbete pågår med att införa den nya modellen för styrning och ledning i skolorna "
        "för att öka likvärdigheten.\n"
    )
    assert len(_holding(items, "nya modellen")) == 1


def test_one_sentence_may_still_give_several_items():
    items = _items(
        "Planarbete\n"
        "Under hösten fortsätter bland annat arbetet med cykelplanen, "
        "parkeringsprogrammet och grönplanen för stadsdelen.\n"
    )
    assert len(items) >= 2


def test_working_at_a_verb_of_work_is_work_under_way():
    items = _items(
        "Trygghet\n"
        "Just nu arbetar kommunen tillsammans med polisen med att ta fram ett nytt "
        "trygghetslöfte för nästa år.\n"
    )
    assert _holding(items, "trygghetslöfte")


def test_working_at_a_mission_is_no_piece_of_work():
    items = _items(
        "Folkhälsa\n"
        "Förvaltningen arbetar långsiktigt med att främja goda levnadsvanor hos barn.\n"
    )
    assert items == []


# --- who answers for a kommun's own follow-up that names no body --------------------------


def _report_of(text: str):
    from tracker.extract.report import extract_report

    doc = Document(path=Path("f.txt"), sha256="0", format="txt", pages=1, lines=_lines(text))
    info = DocumentInfo(file="f.txt", sha256="0", format="txt", pages=1, kind="report")
    return extract_report(doc, info)


def test_a_kommuns_own_goal_page_is_answered_for_by_its_styrelse():
    result = _report_of(
        "Måluppfyllelse - strategiska mål\n"
        "De strategiska målen visar vad kommunfullmäktige vill uppnå under perioden.\n"
        "Fler i arbete\n"
        "Ett stort omställningsarbete för arbetsmarknadsinsatserna pågår.\n"
    )
    assert result.meeting.body == "Kommunstyrelsen"
    [item] = [it for it in result.items if it.status == "open"]
    assert item.owner == "Kommunstyrelsen"


def test_a_page_naming_both_a_kommun_and_a_region_gets_no_styrelse():
    result = _report_of(
        "Samverkan om psykisk hälsa\n"
        "Kommunen och regionen har ett gemensamt ansvar för insatserna.\n"
        "Arbetet med en ny överenskommelse pågår.\n"
    )
    assert result.meeting.body is None


def test_both_negations_are_status_words():
    from tracker.extract.followup_words import vocabulary

    voc = vocabulary()
    # the data lists "ej genomförts"; "inte genomförts" says the same
    assert voc.prose_open.search("Då arbetet inte genomförts på grund av resursbrist")
    assert voc.prose_open.search("Då arbetet ej genomförts på grund av resursbrist")
