"""The document kind from weak signals (``kind_signals``) and the register title that
overrules passing minutes words (``kind.decide_kind``), on invented Swedish text."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.domain import Document, Line
from tracker.extract import detect_kind, extract
from tracker.extract.kind import decide_kind
from tracker.extract.kind_signals import scores, weak_kind


def _doc(text: str) -> Document:
    rows = [t for t in text.strip("\n").split("\n") if t.strip()]
    lines = [Line(text=t, page=1, line=k) for k, t in enumerate(rows, 1)]
    return Document(path=Path("f.txt"), sha256="0", format="txt", pages=1, lines=lines)


#: A project page telling that the work waits for better weather.
PROJECT_NEWS = """
Arbetet med gångbron försenat

Entreprenören har tvingats avbryta arbetet med etapp 3 vid ån.
Det är ännu inte möjligt att fortsätta förrän vattnet sjunkit. Vi avvaktar därför
lägre vattennivåer innan entreprenören fortsätter och färdigställer etappen.
"""

#: A news page telling what a council decided at its meeting.
MEETING_NEWS = """
Fullmäktige sammanträdde i kväll

Vid sammanträdet beslutade fullmäktige att bifalla motionen om fler parkbänkar.
Ordföranden tackade ledamöterna. Ett yrkande om återremiss avslogs.
"""

#: A plan for the year that tells which uppdrag go on.
YEAR_PLAN = """
Verksamhetsplan 2031

Ett nytt verksamhetsår har inletts. Under året fortsätter arbetet med pågående
uppdrag inom kollektivtrafik, äldreomsorg och bredband.
"""

#: A register of citizens' proposals that tells, in passing, when the protocol is signed.
REGISTER = """
Inkomna medborgarförslag

Förslagen behandlas på fullmäktiges sammanträden och beslut publiceras när
fullmäktiges protokoll justeras.
Diarienummer   Registrerat  Förslag
KS 2031/14   2031-02-03   Medborgarförslag om belysning vid badplatsen
KS 2031/22   2031-03-10   Medborgarförslag om en hundrastgård
"""

#: Minutes whose item is the same register: the signing block keeps them minutes.
MINUTES_WITH_REGISTER = """
Inkomna medborgarförslag
Sammanträdesdatum 2031-04-02
Justerare: Eva Ek
§ 12 Inkomna medborgarförslag
Kommunfullmäktige beslutar att överlämna förslagen till kommunstyrelsen.
"""


def test_weak_signals_tell_a_project_page_as_report():
    s = scores(_doc(PROJECT_NEWS).lines)
    assert s["report"] > s["minutes"]
    assert weak_kind(_doc(PROJECT_NEWS).lines) == "report"
    assert decide_kind(_doc(PROJECT_NEWS)) == ("report", False)


def test_weak_signals_leave_a_meeting_news_page_unknown():
    s = scores(_doc(MEETING_NEWS).lines)
    assert s["minutes"] > s["report"]
    assert weak_kind(_doc(MEETING_NEWS).lines) == "unknown"


def test_a_plan_for_the_year_is_a_report():
    assert detect_kind(_doc(YEAR_PLAN)) == "report"


def test_a_register_title_overrules_passing_minutes_words():
    assert decide_kind(_doc(REGISTER)) == ("report", False)


def test_a_register_in_minutes_with_a_signing_block_stays_minutes():
    assert detect_kind(_doc(MINUTES_WITH_REGISTER)) == "minutes"


def test_a_plain_text_without_signals_stays_unknown():
    assert detect_kind(_doc("Välkommen till vår webbplats.\nHär finns information.")) == "unknown"


def test_a_weak_report_keeps_its_kind_whichever_reading_is_kept():
    for text in (PROJECT_NEWS, YEAR_PLAN, REGISTER):
        assert extract(_doc(text)).document.kind == "report"


def test_the_fuller_reading_is_kept():
    # the report rules read the waiting work as sure items ...
    news = extract(_doc(PROJECT_NEWS))
    assert any("avvaktar" in c.title for c in news.items)
    # ... while in the register they find nothing and the minutes rules find a proposal
    register = extract(_doc(REGISTER))
    assert any("hundrastgård" in c.title for c in register.items + register.possible)


#: A housing co-operative's board telling its members of its meeting, under a title
#: that calls it a report.
BOARD_NEWS = """
Styrelserapport 3 mars 2031

Styrelsen har gett förvaltaren i uppdrag att ta fram en ny underhållsplan.
Vidare har styrelsen tagit beslut att byta leverantör för snöröjningen.
Vi diskuterade även cykelrummet, som blir kvar som det är.
/Karin Ek, sekreterare
"""

#: A steering group's page of its last meeting, with the work that goes on.
STEERING_NEWS = """
Årets sista styrgrupp 20 november 2031

I samband med konferensen hölls årets sista styrgruppsmöte. Efter dialog beslutade
styrgruppen att nätverket ska fortsätta med statistiken och fortsätta arbetet med
enkäten. Styrgruppen bestämmer även att arbetet med en ny rapportmall ska starta.
"""

#: A news page of what a nämnd decided, where a follow-up is only told of in a sentence.
DECISION_NEWS = (
    "Publicerad\n\nBeslutat av kulturnämnden 4 maj\n\n"
    "Kulturnämnden behöver vidta åtgärder för en budget i balans. Vid nämndens senaste "
    "sammanträde togs därför flera beslut om åtgärder.\n"
    "Förvaltningen får i uppdrag att se över öppettiderna och komma med en "
    "återrapportering vid nämndmötet i augusti, säger ordförande Eva Lind.\n"
)


def test_a_boards_news_of_its_meeting_is_no_report():
    assert decide_kind(_doc(BOARD_NEWS)) == ("unknown", False)
    assert decide_kind(_doc(STEERING_NEWS)) == ("unknown", False)


def test_a_report_word_in_running_text_of_a_meeting_page_decides_nothing():
    assert decide_kind(_doc(DECISION_NEWS)) == ("unknown", False)


#: A council's news page whose matters include a report, under a heading of its own and
#: in a bullet: the meeting's words outweigh the report's.
COUNCIL_NEWS = """
Nya beslut i fullmäktige
Publicerad:
Fullmäktige sammanträdde på måndagen och beslutade bland annat om en ny simhall och \
om bidrag till föreningar.
Ny simhall
Fullmäktige beslutade att tekniska nämnden får i uppdrag att ta fram ett förslag till placering.
Besked i delårsrapporten
Delårsrapporten för andra tertialet presenterades för ledamöterna.
• Årsredovisningen för stiftelsen godkändes.
"""

#: A report whose title stands on its first line; the meeting only receives it.
REPORT_TO_THE_MEETING = """
Delårsrapport 2 2031
Socialnämnden
Rapporten behandlas av nämnden vid sammanträdet den 12 september och beslutas av fullmäktige.
Ordförande och ledamöter får den i förväg.
"""


def test_a_report_named_on_a_meeting_pages_sub_heading_decides_nothing():
    s = scores(_doc(COUNCIL_NEWS).lines)
    assert s["minutes"] > s["report"]
    # The page's title tells one meeting's decisions ("Nya beslut i fullmäktige"): minutes
    # by that title, not by the report its sub-heading names.
    assert decide_kind(_doc(COUNCIL_NEWS)) == ("minutes", True)


def test_a_report_title_on_the_first_line_decides_against_meeting_words():
    s = scores(_doc(REPORT_TO_THE_MEETING).lines)
    assert s["minutes"] > s["report"]
    assert decide_kind(_doc(REPORT_TO_THE_MEETING)) == ("report", True)


def test_a_report_mentioned_in_a_sentence_decides_only_when_the_report_outweighs():
    # the same mention in a page whose own words tell of work going on stays a report
    progress = (
        "Byggnation av skolan\n"
        "Arbetet pågår och fortsätter under hösten. Etapp 2 är försenad och återstår, "
        "vilket framgår av tertialrapporten.\n"
    )
    assert detect_kind(_doc(progress)) == "report"
    assert decide_kind(_doc(DECISION_NEWS)) == ("unknown", False)


def test_protokollsjustering_is_a_meetings_item():
    page = "Hoppa över navigering\n• 1\nProtokollsjustering\nDelårsrapport 2031 redovisas.\n"
    assert decide_kind(_doc(page)) == ("minutes", True)


#: An annual report's page on a unit's accounts: money and delays, no meeting.
ACCOUNTS_PAGE = """
Verksamheten

Efter ett prognostiserat underskott blev resultatet i nivå med budget.
Omstruktureringen medförde förseningar i handläggningen.
Intäkterna blev 0,6 mnkr högre än budgeterat.
"""

#: A meeting's news that tells of the same things beside its decision.
ACCOUNTS_NEWS = """
Nyheter

Fullmäktige beslutade att godkänna delårsrapporten.
Resultatet visar ett överskott på 12 mnkr och prognosen för helåret är god.
"""


def test_accounts_support_a_report_only_without_meeting_words() -> None:
    assert weak_kind(_doc(ACCOUNTS_PAGE).lines) == "report"
    assert weak_kind(_doc(ACCOUNTS_NEWS).lines) == "unknown"


#: A council's page on one decision: its first sentence names the unanswered motions it
#: writes off, which makes it no register of them.
WRITE_OFF_DECISION = """
Till sidans innehåll
Avskrivning av motion
Fullmäktige beslutar att skriva av obesvarade motioner från förra mandatperioden.
Motionerna hanteras i stället i budgetarbetet.
"""

#: A register page titled by the motions it lists (the same words as a title, not told).
UNANSWERED_REGISTER = """
Obesvarade motioner
Motion om gatlyktor vid skolan   Under beredning
Motion om fler cykelställ   Under beredning
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(WRITE_OFF_DECISION, "unknown", id="motions-named-in-a-sentence"),
        pytest.param(UNANSWERED_REGISTER, "report", id="motions-named-as-the-title"),
    ],
)
def test_a_register_is_named_on_a_title_line_not_in_a_sentence(text, expected):
    assert detect_kind(_doc(text)) == expected


@pytest.mark.parametrize(
    "title",
    [
        "Omsorgsnämndens kvalitetsberättelse 2030",
        "Patientsäkerhetsberättelse för år 2030",
        "Hållbarhetsredovisning 2030",
        "Uppföljning av handlingsplan för trygghet",
        "Uppföljning av programmet för landsbygden",
    ],
)
def test_the_names_a_report_gives_itself_are_data(title):
    assert detect_kind(_doc(f"{title}\nSocialnämnden\nNämnden fastställer redovisningen.\n")) == (
        "report"
    )


def test_a_report_named_in_a_one_line_letter_is_weighed():
    # an officer's letter presenting the account, all on one line as a PDF's text layer
    # often gives it: the name decides when the text's work words outweigh the lone
    # "Förslag till beslut"
    letter = (
        "Tjänsteskrivelse Kvalitetsberättelse 2030 Förslag till beslut Nämnden fastställer "
        "kvalitetsberättelsen. Bakgrund Arbetet med rutinerna för avvikelser pågår och "
        "fortsätter under nästa år."
    )
    assert detect_kind(_doc(letter)) == "report"
    # the same name in a protocol's paragraph is its matter
    protocol = f"Protokoll § 14 {letter} Nämnden beslutar enligt förslaget. Justerare Eva Ek"
    assert detect_kind(_doc(protocol)) == "minutes"
