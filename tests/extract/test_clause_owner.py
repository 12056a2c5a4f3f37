"""The owner of a clause candidate (:mod:`tracker.extract.clause_owner`): the agent the
sentence gives the task, read also where the clause analysis stopped early (a sentence
the wide reading scores) or knows no shape.  Sentences written for these tests."""

from __future__ import annotations

import pytest

from tracker.extract.clause_owner import owner_of
from tracker.extract.clauses import analyse

OWNED = [
    ("Vaktmästaren jobbar vidare med låset.", "Vaktmästaren"),
    ("§ 4/ Kalle köper in kaffe och bullar till öppet hus.", "Kalle"),
    ("Uppdrogs åt Stina att kontakta hyresvärden om nycklarna.", "Stina"),
    ("Styrelsen har gett Exempelbo AB i uppdrag att ta fram en ny underhållsplan.",
     "Exempelbo AB"),
    ("Kanslichefen Eva Lind har i ett annat av dagens beslut fått i uppdrag att se över "
     "arkivet.", "Kanslichefen Eva Lind"),
    ("Det är kontaktpersonerna i varje förening som ska sköta anmälan.",
     "kontaktpersonerna i varje förening"),
    ("Eva: - Kollar upp priset på hyrbussen.", "Eva"),
    ("Ordförande kommer kalla till ett extra möte med revisorerna.", "Ordförande"),
    ("Exempelby kommun ska begära ett möte med Trafikverket om vägen.", "Exempelby kommun"),
    ("Nämnden hemställer hos kommunstyrelsens arbetsutskott om medel till lokalerna.",
     "Kommunstyrelsens arbetsutskott"),
    ("Kulturnämnden beslutar att tillstyrka förslaget och överlämna ärendet till "
     "stadsbyggnadsnämndens namnberedning.", "Stadsbyggnadsnämndens namnberedning"),
    # Named where the clause analysis does not look.
    ("Planera vårfesten (Tove och Malte pratar med rektorn.)", "Tove och Malte"),
    ("Fråga kommunen om sophämtningen Johan 12 okt", "Johan"),
    ("För styrelsens del kontaktar Lena kommunen om bidraget.", "Lena"),
    ("Vid nästa möte i vår ska gruppen fortsätta med schemat.", "Gruppen"),
    ("Övrigt Block två Lena kontaktar Naturvårdsverket.", "Lena"),
    ("Mötets sekreterare Anna Berg följer upp besluten från i våras.", "Anna Berg"),
    ("Kim: - Om ingen annan hinner tar Kim kontakt med hyresvärden.", "Kim"),
    # The one asked, not the one who asks (clause_actor.py).
    ("Kommunstyrelsen uppmanar samtliga nämnder att se över sina lokalkostnader.",
     "Samtliga nämnder"),
    ("Styrelsen beslutade att be Per Holm fotografera bryggorna.", "Per Holm"),
    ("Byggnadsnämnden beslutade delegera till stadsarkitekten att skriva ett yttrande.",
     "Stadsarkitekten"),
    ("Planen skickas nu ut till föreningarna för synpunkter.", "Föreningarna"),
    # The forum that deals with the matter.
    ("Utredningen kommer att behandlas av kulturnämnden på dess sammanträde i maj.",
     "Kulturnämnden"),
    ("Arbetsutskottet beslutar att behandla ärendet på styrelsens sammanträde.", "Styrelsen"),
    # The subject of a modal, however its clause is reached.
    ("Samtalet ledde fram till beslutet att samverkansberedningen ska lämna ett förslag.",
     "Samverkansberedningen"),
    ("Representanter från elevrådet kommer, med stöd från rektorn, göra en enkät.",
     "Representanter från elevrådet"),
    ("Lisa och Omar ska träffa gatuchefen angående kommunens övertagande av Parkvägen.",
     "Lisa och Omar"),
    ("För att visa intresset så ska Region Exempel lämna in en ansökan till verket.",
     "Region Exempel"),
    ("Mötet beslutade att kassören reder ut frågan om bankkontot.", "Kassören"),
    ("Skolledarna i norra länet har träffats och ska göra en gemensam plan.",
     "Skolledarna i norra länet"),
    ("Därefter skickar pensionärsföreningarna svaren till tidningen.",
     "Pensionärsföreningarna"),
    ("Nämnden utser Eva Ek till ledamot i förbundets styrelse som ska avveckla förbundet.",
     "Förbundets styrelse"),
    ("Därefter lämnas det skyndsamt till kommunstyrelsen för vidare befordran.",
     "Kommunstyrelsen"),
    ("Hos Exempelby kommun pågår ett ärende om att köpa in fastigheten.", "Exempelby kommun"),
    ("Ordföranden rapporterade att Trafikverket ännu inte har svarat om bron.", "Trafikverket"),
    ("Vill ha en ny soffa (Tove ska prata med vaktmästaren om saken).", "Tove"),
    ("Remissen ska besvaras i april och föreningen borde förbereda ett svar.", "Föreningen"),
    ("En skrivargrupp arbetar just nu fram ett textförslag till hösten.", "Skrivargrupp"),
    ("På måndag hålls ett möte på kansliet där gruppen ska rapportera om arbetet.",
     "Gruppen"),
    # Shapes read since the owner study of issue 14 (half A of the dev organisations).
    ("Styrelsen diskuterade parkeringen, ordf. tar kontakt med hyresvärden om skyltar.",
     "Ordföranden"),
    ("Föreningen representeras av Eva Lind och Per Holm på kommunens dialogmöte.",
     "Eva Lind och Per Holm"),
    ("Programmet sammanställs och trycks av Stina/ Olle.", "Stina/ Olle"),
    ("Att samfälligheten tar över snöröjningen av vägarna från och med vintern.",
     "Samfälligheten"),
    ("Ekab kommer till skogen och fäller träd, pris får vi senare.", "Ekab"),
    ("Ärendet kompletteras med yttrande från kulturnämnden innan fullmäktige beslutar.",
     "Kulturnämnden"),
    ("Frågan om flytten kommer fortsättningsvis att hanteras i MBL-förhandlingar.",
     "MBL-förhandlingar"),
    ("Kassören skickar skrivelsen till Exempel Fastigheter för åtgärd.",
     "Exempel Fastigheter"),
    ("Medlemmar med förslag uppmanas skicka dem till sekreteraren.", "Medlemmar med förslag"),
    ("Boka föreläsare till vårmötet Helen, Johan okt", "Helen, Johan"),
    # (a first reading from the sentence's start that names no one does not hide the
    # subject after "att")
    ("Avsikten är att KFN ska ta fram ett nytt styrdokument att arbeta efter.", "KFN"),
    # two who act together; one body named for two fields
    ("Det blev också tydligt att landstinget och kommunerna måste diskutera samverkan.",
     "Landstinget och kommunerna"),
    ("Det blev tydligt att kultur- och fritidsnämnden måste se över avgifterna.",
     "Kultur- och fritidsnämnden"),
]


TOLD_AFTER = [
    ("Affe hör med vaktmästaren.", "Affe"),
    ("(Filippa och Ken diskuterar med Fredrik.)", "Filippa och Ken"),
    ("Motionen har överlämnats till hälso- och sjukvårdsförvaltningen för stöd i beredningen.",
     "Hälso- och sjukvårdsförvaltningen"),
    ("Det blir dyrt.", None),
]


@pytest.mark.parametrize(("after", "owner"), TOLD_AFTER)
def test_the_owner_told_in_the_sentence_after(after, owner):
    from tracker.extract.clause_owner import owner_told_after

    assert owner_told_after(after) == owner


def test_a_sentence_naming_no_one_is_owned_by_the_person_acting_right_after() -> None:
    from tests.extract.minutes_helpers import run

    ex = run("Protokoll elevrådet 2026-03-02\n\n"
             "4. Förslag från klasserna\n"
             "Duschmiljön i idrottshallen behöver fräschas upp. Affe hör med vaktmästaren.\n")
    (it,) = [it for it in ex.items + ex.possible if it.text.startswith("Duschmiljön")]
    assert it.owner == "Affe"


@pytest.mark.parametrize(("text", "owner"), OWNED)
def test_the_owner_of_the_task(text, owner):
    c = analyse(text, None, None, frozenset(), full=True)
    assert owner_of(c) == owner


NOT_OWNED = [
    "Beslut: - Protokollet läggs till handlingarna.",  # a label that is no one
    "Information om budgeten lämnades av ekonomen.",  # told, not the subject
    "Redovisning ska ske till nämnden i maj.",  # a recipient is not the owner
    "Gräsklippning: Gräsklippning skall ske varannan vecka.",  # a topic label
    "Nedan följer en sammanfattning av mötet.",
    "Bygg ut en skola (Norrskolan eller Söderskolan) till två paralleller.",
    "Inför årsmötet ska en handlingsplan presenteras.",  # a time, not who acts
    "Listorna ska tas upp i samverkan enligt påpekande från facket.",
    "Se över rensningen av registret som gjordes av Kristina Berg i februari.",  # done
    "Mötet beslutar att ta upp besluten för ratificering på nästa möte.",  # the forum's own
    "Protokollet lästes av Eva Lind och godkändes.",  # a passive in the past: done
    "Snöröjningen kommer och går med vädret.",  # a thing, not a name that comes to act
    "Möte med kommunen i Lund okt",  # a place before the month, no one's name
]


@pytest.mark.parametrize("text", NOT_OWNED)
def test_no_owner_where_the_sentence_names_none(text):
    c = analyse(text, None, None, frozenset(), full=True)
    assert owner_of(c) is None


def test_a_rule_s_item_without_an_owner_is_owned_as_the_clause_reading_owns():
    from tests.extract.minutes_helpers import run

    ex = run("Protokoll styrelsemöte 2024-04-02\nNärvarande: Eva Lind, Per Holm\n\n"
             "§ 4 Lokaler\nKansliet återkommer med förslag på hur detta tas vidare.\n")
    [item] = [it for it in ex.items if "Kansliet" in it.text]
    assert item.owner == "Kansliet"


def test_the_bullets_of_a_list_are_owned_as_its_lead_tells() -> None:
    from tests.extract.minutes_helpers import run

    ex = run("Protokoll regionstyrelsen 2026-10-02\n\n"
             "§ 7 Ärenden till fullmäktige\n"
             "Regionstyrelsen behandlade även ärenden som beslutas slutgiltigt av "
             "regionfullmäktige vid sammanträdet den 8 november. Det gäller bland annat\n\n"
             "• avgifter i tandvården och kollektivtrafiken\n"
             "• avtal om en gemensam satsning inom marin teknik\n")
    got = {it.text: it.owner for it in ex.items + ex.possible if "•" not in it.text}
    assert got.get("avtal om en gemensam satsning inom marin teknik") == "Regionfullmäktige"


def test_a_pronoun_goes_on_about_the_one_person_named_just_before() -> None:
    from tracker.extract.clause_owner import pronoun_owner

    before = "Mest var det information om det Andreas hade tagit fram hittills."
    assert pronoun_owner("Han kommer att fortsätta utredningen.", before) == "Andreas"
    # two people before: no guess
    assert pronoun_owner("Hon kontaktar kommunen.", "Eva och Lena var där.") is None
    assert pronoun_owner("Det blir dyrt.", before) is None


def test_the_dashed_lines_under_a_person_s_label_are_that_person_s() -> None:
    from tracker.extract.clause_owner import list_label_owner

    texts = ["Fredrik: - Bokar bussen.", "- Mejlar föräldrarna om tiden.",
             "Magnus: - Bevakar budgeten - Har kontakt med banken.",
             "- Tar fram en nyhet till hemsidan."]
    assert list_label_owner(texts, 1) == "Fredrik"
    assert list_label_owner(texts, 3) == "Magnus"
    assert list_label_owner(["Budget: ska ses över.", "- Tar fram siffror."], 1) is None


def test_a_pronoun_s_task_in_minutes_is_the_person_named_before() -> None:
    from tests.extract.minutes_helpers import run

    ex = run("Protokoll skolrådet 2026-02-10\n\n"
             "§ 4 Ventilationen\n"
             "Vi kan inte lösa frågan i dag, det var mest information om det Andreas hade "
             "tagit fram. Han kommer att fortsätta arbetet. Karl skickar dokumenten till oss.\n")
    got = {it.text: it.owner for it in ex.items + ex.possible}
    assert got.get("Han kommer att fortsätta arbetet.") == "Andreas"


def test_we_in_an_association_s_minutes_are_its_board_not_a_forvaltning() -> None:
    from tests.extract.minutes_helpers import run

    ex = run("Protokoll styrelsemöte Exempelby båtklubb 2026-04-02\n\n"
             "§ 3 Övriga frågor\n"
             "Vi bevakar att belysningen i hamnen fungerar nöjaktigt under hösten, annars "
             "tar vi upp detta med kommunen.\n")
    owners = {it.owner for it in ex.items + ex.possible if "belysningen" in it.text}
    assert owners == {"Styrelsen"}


def test_a_rule_s_item_is_owned_by_the_one_who_got_the_task() -> None:
    from tests.extract.minutes_helpers import run

    ex = run("Protokoll sektionsmöte 2026-04-02\nNärvarande: Eva Lind, Per Holm\n\n"
             "§ 5 Träningstider\n"
             "Tränarna har inte fått schemat. Lotta B fick i uppdrag att påminna om detta.\n")
    got = {it.text: it.owner for it in ex.items}
    assert got.get("Lotta B fick i uppdrag att påminna om detta.") == "Lotta B"
