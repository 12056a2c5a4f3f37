"""Clause analysis with the Swedish lexicon: obligations in words no phrase rule names
become possible items; start dates, past references, negation, recipients and things
that are the subject of a passive do not make deadlines or owners.  Sentences written
here, in our own words, in the shapes real minutes use."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.minutes_helpers import run
from tracker.extract.clause_candidates import incoming_matters, possible_candidate
from tracker.extract.clause_lexicon import _inflect, lexicon
from tracker.extract.clauses import analyse, is_possible, person_actions

D = dt.date
REF = D(2024, 3, 12)

CASES = [
    # (sentence, possible?, agent, due)
    ("Förskolorna Solrosen och Blåklockan ska erbjuda alla vårdnadshavare ett samtal "
     "före den 30 november.", True, "Förskolorna Solrosen och Blåklockan", D(2024, 11, 30)),
    ("Nämnden önskar att kultursekreteraren redovisar besöksstatistiken i maj.",
     True, "Kultursekreteraren", D(2024, 5, 31)),
    ("Kommunstyrelsen ger tekniska förvaltningen i uppdrag att ta fram en plan för "
     "gatubelysningen till juni 2025.", True, "Tekniska förvaltningen", D(2025, 6, 30)),
    ("Planen ska redovisas av miljöförvaltningen under första kvartalet 2025.",
     True, "Miljöförvaltningen", D(2025, 3, 31)),
    ("Arbetet med den nya webbplatsen bör vara klart till den 1 juni.",
     True, None, D(2024, 6, 1)),
    ("Socialnämnden beräknas behandla motionen i oktober.", True, "Socialnämnden",
     D(2024, 10, 31)),
    # a thing as the subject of a passive is no owner; the recipient is not either
    ("Rutinen ska redovisas till barn- och utbildningsförvaltningen senast den 31 oktober.",
     True, None, D(2024, 10, 31)),
    # a start date is no deadline, and with nothing else to go on nothing is offered
    ("Från och med den 1 juli ska den nya taxan gälla.", False, None, None),
    # negated
    ("Avtalet ska inte förlängas efter den 31 december.", False, None, None),
    # done
    ("Handlingsplanen är genomförd och har redovisats för nämnden den 5 mars.",
     False, None, None),
    # information with a date, no obligation
    ("Kommunals avtal går ut den 31 mars.", False, None, None),
    # a question is asked, not owed
    ("Ska lokalerna verkligen vara klara till den 1 augusti?", False, None, None),
]


@pytest.mark.parametrize(("sentence", "possible", "agent", "due"), CASES)
def test_clause(sentence: str, possible: bool, agent: str | None, due: D | None) -> None:
    c = analyse(sentence, REF, None)
    assert is_possible(c) is possible, c.reasons()
    if possible:
        assert c.agent == agent
        assert (c.deadline.end if c.deadline else None) == due


def test_start_and_past_dates_are_not_deadlines() -> None:
    c = analyse("Avgiften ska tas ut från den 1 juli.", REF, None)
    assert c.deadline is None and [p.end for p in c.starts] == [D(2024, 7, 1)]
    c = analyse("Kartläggningen, som beslutades den 12 januari, ska redovisas.", REF, None)
    assert c.deadline is None and c.past


def test_the_start_of_a_stop_is_its_deadline() -> None:
    # what is to cease from a day must be stopped by then; what starts from a day is no task
    c = analyse("Förvaltningen får i uppdrag att upphöra med köp av konsulttjänster från och "
                "med den 1 oktober.", REF, None)
    assert c.deadline is not None and c.deadline.end == D(2024, 10, 1) and not c.starts
    c = analyse("Förvaltningen ska köpa konsulttjänster från och med den 1 oktober.", REF, None)
    assert c.deadline is None and len(c.starts) == 1


def test_a_proposal_still_to_be_made_is_its_subjects() -> None:
    # "ska föreslå X att": the subject owes the proposal; X receives it later
    c = analyse("Utskottet beslutade att kommunstyrelsen ska föreslå kommunfullmäktige att "
                "anta planen.", REF, None)
    assert c.agent == "Kommunstyrelsen" and c.recipient is None
    c = analyse("Arbetsutskottet föreslår kommunfullmäktige att anta planen.", REF, None)
    assert c.kind == "referred" and c.recipient == "kommunfullmäktige"


def test_recipient_is_not_agent() -> None:
    c = analyse("Rapporten ska lämnas till kommunstyrelsen senast den 1 maj.", REF, None)
    assert c.agent is None and c.recipient == "kommunstyrelsen"


def test_without_a_meeting_date_nothing_is_resolved_from_the_clock() -> None:
    c = analyse("Kansliet ska svara senast den 14 maj.", None, None)
    assert c.deadline is None


def test_without_a_meeting_date_a_date_with_its_year_is_a_deadline() -> None:
    c = analyse("Kansliet ska svara senast den 14 maj 2024.", None, None)
    assert c.deadline is not None and c.deadline.end == D(2024, 5, 14)


def test_after_the_summer_is_a_deadline_after_a_day_a_start() -> None:
    c = analyse("Förvaltningen ska redovisa lokalplanen efter sommaren.", REF, None)
    assert c.deadline is not None and c.deadline.end == D(2024, 9, 30)
    c = analyse("Förvaltningen ska ta ut den nya avgiften efter den 1 juli.", REF, None)
    assert c.deadline is None and len(c.starts) == 1


def test_next_meeting_without_its_date() -> None:
    c = analyse("Frågan besvaras vid nästa sammanträde.", REF, None)
    assert is_possible(c)
    assert c.deadline is not None and c.deadline.precision == "next_meeting"


@pytest.mark.parametrize(
    ("stem", "conj", "forms"),
    [
        ("redovisa", "a", {"redovisar", "redovisas", "redovisat", "redovisade"}),
        ("utreda", "er", {"utreder", "utreds", "utrett", "utredde"}),
        ("genomföra", "er", {"genomför", "genomförs", "genomfört"}),
        ("kartlägga", "er", {"kartlägger", "kartläggs"}),
        ("köpa", "er", {"köper", "köps", "köpas", "köpt", "köpte"}),  # voiceless: -te
    ],
)
def test_inflections_are_generated(stem: str, conj: str, forms: set[str]) -> None:
    assert forms <= {f for f, _ in _inflect(stem, conj)}


def test_each_inflection_knows_its_tense() -> None:
    tenses = dict(_inflect("kontakta", "a"))
    assert tenses["kontaktar"] == "present" and tenses["kontaktas"] == "passive"
    assert tenses["kontaktade"] == "past" and tenses["kontaktats"] == "supine"
    assert lexicon().tenses["köpte"] == "past"


@pytest.mark.parametrize(
    "sentence",
    [
        "Kontakt tas med banken om ett nytt lån före årsskiftet.",
        "Taket kollas upp i samband med vårstädningen.",
        "Grannföreningen tillfrågas om de vill dela på kostnaden.",
        "Förrådet skall besiktigas 20/5.",
        "Vi samlar in offerter från tre firmor.",
    ],
)
def test_a_task_in_the_present_or_the_passive_is_possible(sentence: str) -> None:
    c = analyse(sentence, REF, None)
    assert is_possible(c)
    assert any(cls == "do" for cls, _, _ in c.verbs)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kontakt togs med banken om ett nytt lån i januari.",
        "Taket kollades upp i samband med vårstädningen.",
        "Grannföreningen har tillfrågats om de vill dela på kostnaden.",
    ],
)
def test_the_same_task_told_as_done_is_not(sentence: str) -> None:
    assert not is_possible(analyse(sentence, REF, None))


def test_lexicon_loads_every_class() -> None:
    lex = lexicon()
    assert {"obligation", "future", "mandate", "request"} <= set(lex.markers)
    assert {c for c, _, _ in lex.verbs} >= {"report_back", "investigate", "answer", "refer",
                                            "table", "send_back"}


HEAD = "Kulturnämnden\nProtokoll 2024-03-12\n\n§ 5 Biblioteket\n"


def test_possible_items_are_a_tier_of_their_own_with_reasons() -> None:
    ex = run(HEAD + "Biblioteksplanen ska vara färdig och skickas på remiss i september.\n")
    assert ex.items == []
    [p] = ex.possible
    assert p.tier == "possible" and p.status == "open"
    assert p.due == D(2024, 9, 30)
    assert any(r.startswith("lexikon: ska") for r in p.reasons)
    assert any(r.startswith("tid: i september") for r in p.reasons)


def test_a_sentence_a_rule_took_is_not_offered_again() -> None:
    ex = run(HEAD + "Nämnden ger förvaltningen i uppdrag att utreda öppettiderna och "
             "återkomma senast den 30 april 2024.\n")
    assert [it.kind for it in ex.items] == ["assignment"]
    assert ex.possible == []
    assert any(r.startswith("regel phrases.toml #") for r in ex.items[0].reasons)


@pytest.mark.parametrize(
    ("sentence", "agent", "verb"),
    [
        ("Vi pratade om julfesten och Karolin gör en inköpslista.", "Karolin", "gör"),
        ("Stefan kollar upp vad en ny pump kostar.", "Stefan", "kollar upp"),
        ("Brevet är klart. Lena mejlar det till förvaltningen.", "Lena", "mejlar"),
        ("Skylten är trasig, Per Holm beställer en ny.", "Per Holm", "beställer"),
        ("Pumpen låter. Bosse ser över den före nästa möte.", "Bosse", "ser över"),
    ],
)
def test_a_person_who_will_do_something(sentence: str, agent: str, verb: str) -> None:
    c = analyse(sentence, REF, None)
    assert is_possible(c)
    assert c.agent == agent and ("do", "action", verb) in c.verbs


@pytest.mark.parametrize(
    "sentence",
    [
        "Karolin informerar om läget i köket.",  # the meeting's own verbs
        "Stefan frågar hur det går med pumpen.",
        "Lena har ringt till förvaltningen.",
        "Per Ek för arbetsgivaren",  # a signature line: "för" only looks like a verb
        "Vision ser i enkäten att få svar kom från hemtjänsten.",  # seen in the meeting
        "Allt som planeras ligger redan i prognosen.",  # one word is no marker and verb
    ],
)
def test_the_meetings_own_verbs_are_no_actions(sentence: str) -> None:
    assert not is_possible(analyse(sentence, REF, None))


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("Grusplanen behöver sladdas.", "sladdas"),
        ("Klubbhusets tak ska renoveras, enligt ett beslut av styrelsen.", "renoveras"),
        ("Leverantören kommer att erbjuda en ny tid.", "erbjuda"),
    ],
)
def test_the_verb_an_obligation_governs_offers_the_clause(sentence: str, verb: str) -> None:
    # No verb of a class, no person, no time: the marker's own verb says what is to be
    # done (tiered by the scorer like any clause candidate).
    c = analyse(sentence, REF, None)
    assert c.governed == verb and is_possible(c)


@pytest.mark.parametrize(
    "sentence",
    [
        "Det ska vara roligt att komma på mötena.",  # a state, no act
        "Grusplanen behöver inte sladdas i år.",
        "Alla måste kunna komma till mötet.",
    ],
)
def test_a_marker_before_being_or_being_able_governs_no_act(sentence: str) -> None:
    assert not is_possible(analyse(sentence, REF, None))


def test_someone_present_is_a_person_without_the_name_list() -> None:
    c = analyse("Xerxes ordnar fikat till nästa gång.", REF, None, frozenset({"Xerxes Berg"}))
    assert is_possible(c) and c.agent == "Xerxes"


def test_incoming_proposals_run_together_are_each_offered() -> None:
    prose = ("Tre nya motioner har kommit in. Motion av Eva Ek (S) om fler laddplatser "
             "Motion av Olle Berg (M) om gatubelysning i Näset RS 12-2024Medborgarförslag "
             "om en hundrastgård vid skolan.")
    found = [p for _, p in incoming_matters(prose)]
    assert len(found) == 3
    assert "laddplatser" in found[0] and "gatubelysning" in found[1]
    assert found[2].startswith("Medborgarförslag om en hundrastgård")
    assert incoming_matters("Kommunfullmäktige beslutar att bifalla motionen.") == []


def test_incoming_proposals_are_possible_items() -> None:
    ex = run("Kommunfullmäktige\nProtokoll 2024-03-12\n\n§ 9 Anmälan av motioner\n"
             "Motion av Eva Ek (S) om fler laddplatser vid stationen.\n")
    # Offered either way; the learned scorer decides whether checked or not.
    [p] = ex.items + ex.possible
    assert p.kind == "awaiting_reply"
    assert any(r.startswith("lärd modell:") for r in p.reasons)


def test_an_action_verb_makes_any_name_a_person() -> None:
    c = analyse("Bosse kontaktar elföretaget om belysningen.", REF, None)
    assert is_possible(c) and c.agent == "Bosse"
    # "Vi" is no person: the task is the whole group's, with nobody named.
    we = analyse("Vi kontaktar elföretaget.", REF, None)
    assert is_possible(we) and we.agent is None
    short = analyse("Ylva köper färg.", REF, None)  # short, but a whole task
    assert is_possible(short) and short.agent == "Ylva"


def test_two_people_two_tasks_in_one_sentence() -> None:
    ex = run(HEAD + "Valberedningen behöver fler namn. Tove kontaktar Erik Ström och "
             "Håkan kontaktar de övriga kandidaterna.\n")
    owners = sorted(c.owner for c in ex.items + ex.possible)
    assert owners == ["Håkan", "Tove"]


def test_a_task_before_a_persons_task_is_a_task_of_its_own() -> None:
    ex = run(HEAD + "Vi bokar lokalen för höstfesten och Karolin gör ett vaktschema.\n")
    found = ex.items + ex.possible
    assert len(found) == 2
    assert [c.text for c in found if c.owner == "Karolin"] == ["Karolin gör ett vaktschema."]
    assert any(c.text.startswith("Vi bokar lokalen") and c.owner != "Karolin" for c in found)
    # Words that only lead up to the person's task stay with it.
    ex = run(HEAD + "Efter en lång diskussion om festen gör Karolin ett vaktschema.\n")
    assert len(ex.items + ex.possible) <= 1


def test_a_months_meeting_is_a_deadline_and_the_marker_needs_no_agent() -> None:
    c = analyse("Nämnden beslutar att ärendet får återkomma till oktobersammanträdet.",
                REF, None)
    assert is_possible(c)
    assert c.deadline is not None and c.deadline.end == D(2024, 10, 31)
    c = analyse("Därefter kommer ärendet att kompletteras med ett yttrande.", REF, None)
    assert is_possible(c) and c.agent is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Kerstin Berg utses att jämte ordföranden justera protokollet.",  # procedure
        "Datum då anslaget sätts upp och tas ned framgår av sista sidan.",
        "Sara påminner om att alla tillbud ska skrivas in samma dag.",  # a rule recalled
        "Enhetschefen informerar om att en utredning ska tillsättas under hösten.",  # news
        # what a proposal received asks for
        "Förslagsställaren vill att kommunen köper loss marken och anlägger en spontanyta.",
    ],
)
def test_procedure_and_reported_obligations_are_no_items(sentence: str) -> None:
    assert not is_possible(analyse(sentence, REF, None))


def test_a_reminder_given_as_a_task_still_counts() -> None:
    # The person's own task comes before the reported frame.
    c = analyse("Lena mejlar ut listan och påminner om att den ska lämnas in.", REF, None)
    assert is_possible(c) and c.agent == "Lena"


@pytest.mark.parametrize(
    ("text", "offered"),
    [
        ("Motion av Eva Ek (S) om fler laddplatser vid stationen.", True),
        ("Motion av Eva Ek (S) om fler laddplatser behandlas som § 12.", False),
        ("Medborgarförslag om en hundrastgård vid ån avslås.", False),
        # the answer to a proposal is being given, it waits for nothing
        ("Dnr 2024/12 Yttrande över motion om fler laddplatser vid stationen.", False),
        ("Vid sammanträdet presenteras förslag till svar på pensionärsrådets tidigare "
         "inkomna skrivelse angående färdtjänsten.", False),
        ("Eva Ek har lämnat en motion om fler laddplatser vid stationen.", True),
    ],
)
def test_a_proposal_dealt_with_here_waits_for_nothing(text: str, offered: bool) -> None:
    assert bool(incoming_matters(text)) is offered


def test_a_proposal_a_rule_already_took_is_not_offered_twice() -> None:
    ex = run("Kommunfullmäktige\nProtokoll 2024-03-12\n\n§ 9 Anmälan av motioner\n"
             "Motion av Eva Ek (S) om fler laddplatser har kommit in. Ärendet bordläggs "
             "till nästa sammanträde.\n")
    assert len(ex.items + ex.possible) == 1


def test_a_task_that_points_back_is_titled_by_the_sentence_before() -> None:
    ex = run(HEAD + "Fotbollslaget kan ta ansvar för bevattningen av planen. "
             "Lasse kollar mer med dem.\n")
    [c] = [c for c in ex.items + ex.possible if c.owner == "Lasse"]
    assert c.title.startswith("Fotbollslaget kan ta ansvar")
    assert c.text == "Lasse kollar mer med dem."


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Fullmäktige remitterade motionerna till styrelsen för fortsatt beredning.",
         "referred"),
        ("Elevrådet avvaktar med frågan om skolmaten.", "tabled"),
        ("Förslaget till ny taxa skickades tillbaka till förvaltningen.", "sent_back"),
        ("Utbyggnad av skolan i Norrby: ÅTERREMISS", "sent_back"),
    ],
)
def test_a_matter_sent_on_put_off_or_sent_back_is_open_in_any_tense(
    sentence: str, kind: str
) -> None:
    c = analyse(sentence, REF, None)
    assert is_possible(c)
    assert c.kind == kind


def test_a_heading_that_holds_the_decision_is_a_possible_item() -> None:
    ex = run("Styrelsen\nProtokoll från styrelsemöte 2024-03-12\n\n"
             "Närvarande: Anna Ek, Per Berg\n\n1 Mötets öppnande\nOrdföranden öppnade mötet.\n\n"
             "7 Bidrag till föreningen Solgläntan (utsänt) ÅTERREMISS\n\n"
             "8 Förrådet skall besiktigas 20/5.\n\n"
             "9 Övriga frågor\nInga övriga frågor.\n")
    found = {c.title: c for c in ex.items + ex.possible}
    assert found["Bidrag till föreningen Solgläntan (utsänt) ÅTERREMISS"].kind == "sent_back"
    assert found["Förrådet skall besiktigas 20/5"].due == D(2024, 5, 20)
    assert len(found) == 2


def test_a_referred_matter_is_the_receivers_to_act_on() -> None:
    c = analyse("Fullmäktige remitterar motionerna till kommunstyrelsen för beredning.",
                REF, None)
    cand = possible_candidate(c, title="x", section=None, page=1, line=1)
    assert cand.kind == "referred" and cand.owner == "kommunstyrelsen"


def test_an_order_opening_its_clause_is_a_task() -> None:
    c = analyse("Definiera begrepp för att göra arbetet mer begripligt.", REF, None)
    assert is_possible(c) and "imperative" in c.tenses
    # the same verb telling what was done is no task
    assert not is_possible(analyse("Begreppen definierades på förra mötet.", REF, None))


def test_a_proposal_to_the_deciding_body_is_sent_on_but_not_to_the_own_body() -> None:
    c = analyse("Arbetsutskottet föreslår styrelsen besluta att anta budgeten.", REF, None)
    cand = possible_candidate(c, title="x", section=None, page=1, line=1)
    assert cand.kind == "referred" and cand.owner == "styrelsen"
    own = run("Styrelsen\nProtokoll 2024-03-12\n\n§ 5 Budget\n"
              "Arbetsutskottet föreslår styrelsen besluta att anta budgeten för 2025.\n")
    assert [c for c in own.items + own.possible if c.kind == "referred"] == []
    other = run("Arbetsutskottet\nProtokoll 2024-03-12\n\n§ 5 Budget\n"
                "Arbetsutskottet föreslår styrelsen besluta att anta budgeten för 2025.\n")
    assert [c.owner for c in other.items + other.possible if c.kind == "referred"] == [
        "styrelsen"]


def test_a_task_in_brackets_after_a_wish_is_titled_by_the_wish() -> None:
    ex = run("Elevråd 2024-03\n\nKlass 4:\n\n"
             " • Vill ha en pingisbord i matsalen. ( Lena tar hand om denna punkt.)\n"
             " • Fler bänkar på skolgården. (Max och Elvira pratar med vaktmästaren.)\n")
    found = {c.title: c for c in ex.items + ex.possible}
    assert "Vill ha en pingisbord i matsalen" in found
    assert found["Vill ha en pingisbord i matsalen"].owner == "Lena"
    assert any(t.startswith("Fler bänkar") for t in found)


def test_a_person_beside_a_rules_item_is_its_owner_not_a_new_task() -> None:
    ex = run("APT 2024-03-12\nNärvarande: Elif Kaya, Tomas Berg\n\n1. Arbetsmiljö\n"
             "Alla medarbetare ska ha genomfört utbildningen i brandskydd senast den 30 juni. "
             "Elif följer upp vilka som är klara.\n")
    assert len(ex.items) == 1 and ex.items[0].text.startswith("Alla medarbetare")
    assert [c.owner for c in ex.items + ex.possible if "Elif följer" in c.text] == []


def test_proposals_listed_in_a_section_that_sends_them_on_are_the_receivers() -> None:
    ex = run("Kommunfullmäktige\nProtokoll 2024-03-12\n\n§ 9 Anmälan av motioner\n"
             "Följande motioner remitteras till kommunstyrelsen för beredning. "
             "Motion av Eva Ek (S) om fler laddplatser vid stationen. "
             "Motion av Per Ås (M) om en ny badplats vid sjön.\n")
    found = [c for c in ex.items + ex.possible if c.text.startswith("Motion av")]
    assert len(found) == 2
    assert {(c.kind, c.owner) for c in found} == {("referred", "kommunstyrelsen")}


@pytest.mark.parametrize(
    ("sentence", "agent"),
    [
        # the forum a matter goes on to acts next
        ("Detaljplanen för hamnen ska också vidare till kommunfullmäktige.",
         "Kommunfullmäktige"),
        ("Nämnden beslutade att föreslå till Kommunfullmäktige att skolan ska byggas om.",
         "Kommunfullmäktige"),
        # the one asked, not the body that asks
        ("Fullmäktige godkänner avsägelsen och begär en ny sammanräkning av Länsstyrelsen.",
         "Länsstyrelsen"),
        # "vi på X": the unit the writer speaks for
        ("Vi på Solgläntan ska ta hand om det till hösten.", "Solgläntan"),
        # a passive's actor after "genom"; "genom att" is a means, not an actor
        ("Offerter på nya gräsklippare infordras genom kassören.", "Kassören"),
        # "ger X … uppdrag" without "i"
        ("Rapporten behöver kompletteras så jag ger förvaltningen tydliga uppdrag.",
         "Förvaltningen"),
        # a full name before "ansvarar för" after a heading run into the line
        ("Inköp av högtalare Per Holm ansvarar för att ta in offerter till nästa möte.",
         "Per Holm"),
        # "uppdrar åt X", "X får i uppdrag", a pair of compounds as one body
        ("Styrelsen uppdrar åt kassören att ta in nya offerter.", "Kassören"),
        ("Anna Berg får i uppdrag att kontakta skolan.", "Anna Berg"),
        ("Kultur- och fritidsförvaltningen får i uppdrag att utreda frågan.",
         "Kultur- och fritidsförvaltningen"),
        # the person named after the verb, the sentence opening with its object
        ("Det kollar Lasse upp till nästa möte.", "Lasse"),
        ("Detta ordnar Anna till mötet i maj.", "Anna"),
    ],
)
def test_agent_shapes(sentence: str, agent: str) -> None:
    assert analyse(sentence, REF, None).agent == agent


@pytest.mark.parametrize(
    "sentence",
    [
        # an agent noun inside a prepositional phrase is no subject
        "Utredningen av hur lokalerna i kommunen ska användas ska genomföras i vår.",
        "Stolparna bör sättas ner genom att använda borr.",
    ],
)
def test_no_agent_in_a_phrase_or_a_means(sentence: str) -> None:
    assert analyse(sentence, REF, None).agent is None


def test_a_matter_sent_on_to_a_named_body_is_the_receivers() -> None:
    c = analyse("Förbundet har beslutat om sex objekt som nu skickas till Region Norrland "
                "för fortsatt beredning.", REF, None)
    assert c.kind == "referred" and c.recipient == "Region Norrland"


@pytest.mark.parametrize(("sentence", "agent"), [
    # the decision opens the sentence; the clause after "att" tells who acts
    ("Beslutades att Sture Hortlund presenterar ett budgetförslag till nästa sammanträde.",
     "Sture Hortlund"),
    ("Beslöts att Anna kontaktar kommunen om vägen.", "Anna"),
    # the body that decides only gives the task: the one the decision names acts
    ("Styrelsen beslutade att kansliet ska ta fram en rutin.", "Kansliet"),
    ("Styrelsen beslutar att Foxears skriver och skickar ut en kallelse senast 21/5.",
     "Foxears"),
    ("Förutom att bifalla motionen beslutade kommunfullmäktige att teknisk servicenämnd "
     "får i uppdrag att arbeta vidare med målet.", "Teknisk servicenämnd"),
    # … and with no subject of its own after "att", the forum itself
    ("Styrelsen beslutade att lägga årsmötet den 4 juni.", "Styrelsen"),
    ("Nämnden beslutade att arbetet fortsätter under hösten.", "Nämnden"),
    # offices and representatives act as bodies do
    ("Kansliet ska ha kvar regelbundna möten med inspiratörerna.", "Kansliet"),
    ("Skyddsombudet ska följa upp frågan i höst.", "Skyddsombudet"),
])
def test_the_agent_of_a_possible_item_is_read_like_a_rule_items(sentence: str,
                                                                  agent: str) -> None:
    assert analyse(sentence, REF, None, full=True).agent == agent


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("Maria och Olle ordnar fikat till årsmötet.", "Maria och Olle"),
        ("Anna Berg, Per Holm och Lisa Ek tar fram förslaget.",
         "Anna Berg, Per Holm och Lisa Ek"),
        ("Sten / Lasse letar fram det gamla avtalet.", "Sten / Lasse"),
        ("Bengt R ser över låsen på förrådet.", "Bengt R"),
    ],
)
def test_people_who_share_a_task_are_its_agent(sentence: str, who: str) -> None:
    c = analyse(sentence, REF, None)
    assert is_possible(c) and c.agent == who


def test_bodies_joined_by_och_are_no_people() -> None:
    assert person_actions("Styrelsen och Kommunen ser över taxan.", frozenset()) == []
    assert person_actions("Vi och Lasse kollar upp taxan.", frozenset()) == [
        ("Vi och Lasse", "kollar upp", 0)]  # a person among them: the task is theirs


@pytest.mark.parametrize(
    ("sentence", "deadline"),
    [
        # The meeting's own day is no deadline: the page header, the minutes' own date.
        ("Protokoll fört vid styrelsemöte 2024-03-12 i klubbstugan.", None),
        # A date right after a perfect's auxiliary tells when it was done.
        ("Olle Vinter har den 20 april 2024 lämnat sitt uppdrag i styrelsen.", None),
        ("Karin har 2 maj 2024 skickat in en ansökan till kommunen.", None),
        # "har till den …" is still a deadline, and so is a date after the meeting.
        ("Kassören har till den 5 april på sig att svara.", "till den 5 april"),
        ("Kassören skickar fakturan senast 2024-03-29.", "senast 2024-03-29"),
    ],
)
def test_a_past_or_the_meetings_own_date_is_no_deadline(
    sentence: str, deadline: str | None
) -> None:
    c = analyse(sentence, REF, None, full=True)
    assert (c.deadline.text if c.deadline else None) == deadline
    assert bool(c.past) == (deadline is None)


def test_a_name_beginning_with_a_negation_word_is_no_negation() -> None:
    assert lexicon().negation.search("Inga-Lill Berg tar fram en ny lista.") is None
    assert lexicon().negation.search("Det finns inga pengar kvar.") is not None


def test_tasks_run_together_without_commas_are_each_a_persons():
    found = person_actions("Anna och Lisa dukar borden Karin bakar tårtan Olle hämtar stolar",
                           frozenset())
    assert [(who, verb) for who, verb, _ in found] == [
        ("Anna och Lisa", "dukar"), ("Karin", "bakar"), ("Olle", "hämtar")
    ]
    # a name after a subordinating word is no task of its own
    found = person_actions("Maria gör schemat när vi vet om Erik kommer tillbaka.", frozenset())
    assert [who for who, _, _ in found] == ["Maria"]


def test_a_person_who_can_do_a_task_is_given_it():
    found = person_actions("Per beställer kaffe, Eva kan hämta bullarna på bageriet",
                           frozenset())
    assert [(who, at > 0) for who, _, at in found] == [("Per", False), ("Eva", True)]


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("Styrelsen beslutade också att begära in offerter på nya fönster.", "begära"),
        ("Styrelsen beslutade att köpa in en ny gräsklippare.", "köpa"),
        ("Bestämdes att var och en granskar budgeten före nästa möte.", "granskar"),
    ],
)
def test_a_decision_to_do_something_is_a_task(sentence: str, verb: str) -> None:
    c = analyse(sentence, REF, None)
    assert c.decided == verb and is_possible(c)


@pytest.mark.parametrize(
    "sentence",
    [
        "Nämnden beslutar att godkänna rapporten.",  # settled in the meeting
        "Beslutades att lägga informationen till handlingarna.",
        "Kommunstyrelsen beslutar att kommunstyrelsen ställer sig bakom förslaget.",
        "Styrelsen beslutade att inte köpa någon ny gräsklippare.",
    ],
)
def test_a_decision_that_settles_the_matter_is_no_task(sentence: str) -> None:
    assert not is_possible(analyse(sentence, REF, None))


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("Klubbens webbsida kommer göras om under våren.", "göras"),
        ("Inbjudan kommer skickas ut till alla medlemmar.", "skickas"),
        ("Rutinen för nycklar borde ses över av styrelsen.", None),
    ],
)
def test_spoken_future_and_borde_offer_the_clause(sentence: str, verb: str | None) -> None:
    # "kommer" with a bare infinitive governs it as "kommer att" does; "borde" is "bör"
    c = analyse(sentence, REF, None)
    assert is_possible(c)
    if verb is not None:
        assert c.governed == verb


def test_a_negation_in_a_relative_clause_leaves_the_task() -> None:
    c = analyse("Nils ordnar tre frågor som inte går att hitta på nätet.", REF, None)
    assert not c.negated and is_possible(c)
    assert analyse("Nils ordnar inte frågorna.", REF, None).negated


def test_done_wording_in_a_clause_of_time_is_a_condition() -> None:
    c = analyse("Tills bygget är klart ska förvaltningen rapportera läget varje månad.",
                REF, None)
    assert not c.done and is_possible(c)
    assert analyse("Bygget är klart och förvaltningen rapporterade läget.", REF, None).done


@pytest.mark.parametrize("name", ["Karl-Erland", "Eva-Lotta", "Ylva", "Caj"])
def test_a_first_name_or_double_name_is_a_person(name: str) -> None:
    from tracker.extract.clause_lexicon import is_first_name
    from tracker.extract.clauses import features

    assert is_first_name(name)
    c = analyse(f"{name} beställer nya skyltar till stugan.", REF, None)
    assert "agent:person" in features(c)


def test_a_hyphenated_word_of_no_name_is_no_person() -> None:
    from tracker.extract.clause_lexicon import is_first_name

    assert not is_first_name("Kultur-Nämnden")
