"""Meeting facts, closings and kinds, eighth pass.

Dates: a date under the signatures or after an electronic signature is the signing's,
not the meeting's (no date and a warning rather than a wrong one); date labels over their
dates, in a row or one a line, give the meeting's by its place; a day written first with
hyphens and a whole year ("07-06-2009") is a date; a news page's bare date and a meeting
told by its weekday.  Body: a date label is no body; a committee takes the body it serves
where the text names it.  Closings told in running text, decisions that end listed
matters, a § titled as a report back.  Kinds: an uppdrag given, a report back owed to a
forum, a deed to be done to a thing.  The texts are written for these tests (no real
document is quoted)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.minutes_helpers import doc_from_text, run
from tracker.extract import extract
from tracker.language.dates import find_periods

_MATTER = "\n§ 4 Information\nNämnden noterar informationen.\n"


def _warned(result) -> bool:
    return any("Mötesdatum" in w.message for w in result.warnings)


@pytest.mark.parametrize(
    "head",
    [
        # a line of the roles that sign, the day under it
        "Miljönämnden\nProtokoll\nSekreterare   Ordförande   Justerare\n2022-10-14",
        # roles and names, one a line, then the place and the day
        "Miljönämnden\nProtokoll\nUnderskrifter\nSekreterare .... Eva Holm\n"
        "Ordförande .... Lars Nyström\nJusterare .... Maria Öberg\nKiruna 2022-10-14",
        # the whole signing run together on one line
        "PROTOKOLL\nMiljönämnden\nUnderskrifter Sekreterare Eva Holm Ordförande Lars "
        "Nyström 2022-10-14",
        # a chair's signature "on behalf of" the board
        "Miljönämnden\nProtokoll\nPå miljönämndens vägnar\nLars Nyström, ordförande\n"
        "2022-10-14",
        # an electronic signature's stamp
        "Miljönämnden\nProtokoll\nDigitalt signerat av Eva Holm 2022-10-14 09:12",
        "Miljönämnden\nProtokoll\nSignerat 2022-10-14",
        # the appeal's last day
        "Miljönämnden\nProtokoll\nSista dag för överklagande 2022-11-07",
    ],
)
def test_a_signing_date_alone_is_no_meeting_date(head):
    result = run(head + "\n" + _MATTER)
    assert result.meeting.date is None
    assert _warned(result)


@pytest.mark.parametrize(
    ("head", "day"),
    [
        # labels in one row, values in the row below, the signing's column first
        ("Protokoll\nByggnadsnämnden\nJusteringsdatum Sammanträdesdatum\n"
         "2023-02-09 2023-02-02", dt.date(2023, 2, 2)),
        # the values one a line, in the labels' order
        ("Utdrag ur protokoll\nByggnadsnämnden\nDatum för justering Sammanträdesdatum\n"
         "2023-02-09\n2023-02-02", dt.date(2023, 2, 2)),
        # the meeting's column first, a column of paragraphs that holds no date
        ("Sammanträdesprotokoll\nSammanträdesdatum Justeringsdatum Paragrafer\n"
         "2023-02-02 2023-02-09 §§ 1-14\nByggnadsnämnden", dt.date(2023, 2, 2)),
        # one label over one value, as before
        ("Byggnadsnämnden\nSammanträdesdatum\n2023-02-02", dt.date(2023, 2, 2)),
        # a signature block further down leaves the title's date alone
        ("Byggnadsnämnden\nProtokoll 2023-02-02\nSekreterare   Ordförande\nAnna Ek   "
         "Bo Lind", dt.date(2023, 2, 2)),
        # the labels one a line, their dates one a line under them in the same order
        ("Byggnadsnämnden\nProtokoll\nSammanträdesdatum\nJusteringsdatum\nAnslagsdatum\n"
         "2023-02-02\n2023-02-09\n2023-02-10", dt.date(2023, 2, 2)),
        ("Byggnadsnämnden\nProtokoll\nJusteringsdatum\nSammanträdesdatum\n"
         "2023-02-09\n2023-02-02", dt.date(2023, 2, 2)),
        # a labelled date stays the meeting's under a line of roles
        ("Byggnadsnämnden\nProtokoll\nOrdförande Bo Lind\nSammanträdesdatum 2023-02-02",
         dt.date(2023, 2, 2)),
    ],
)
def test_the_meeting_date_in_a_title_block(head, day):
    assert run(head + "\n" + _MATTER).meeting.date == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Styrelsemöte 07-06-2009", dt.date(2009, 6, 7)),
        ("mötet 3-11-2015 i klubbstugan", dt.date(2015, 11, 3)),
        ("Styrelsemöte 12.03.2019", dt.date(2019, 3, 12)),
    ],
)
def test_a_day_first_date_with_its_whole_year(text, day):
    days = [p.end for p in find_periods(text, dt.date(2001, 7, 1)) if p.end is not None]
    assert days == [day]


@pytest.mark.parametrize("text", ["budget 2021-2023", "tel 0910-73 50 00", "rum 12-14"])
def test_no_day_first_date_without_day_month_and_year(text):
    assert [p for p in find_periods(text, dt.date(2001, 7, 1)) if p.precision == "day"] == []


def test_an_association_s_meeting_titled_with_a_day_first_date():
    result = run("Styrelsemöte 07-06-2009\n\nNärvarande: Karin, Olle och Sven\n\n"
                 "1. Mötet öppnas.\n")
    assert result.meeting.date == dt.date(2009, 6, 7)
    assert result.meeting.body == "Styrelsen"


# --- the body: a date label is no body; a committee named by the body it serves -------


@pytest.mark.parametrize(
    ("head", "body"),
    [
        # the label of the date right after the document word, the body further on
        ("SAMMANTRÄDESPROTOKOLL Sammanträdesdag 2019-05-14\nTid och plats Kl 18 "
         "Kulturnämndens sessionssal", None),
        # a committee read bare from its short name, its parent named in the title block
        ("AU protokoll 190514\nBarn- och utbildningsnämndens arbetsutskott | Protokoll | "
         "2019-05-14", "Barn- och utbildningsnämndens arbetsutskott"),
        ("Arbetsutskottet\nSammanträdesdatum 2019-05-14\nKommunstyrelsens arbetsutskott "
         "beslutar att godkänna avtalet.", "Kommunstyrelsens arbetsutskott"),
        # no parent named: the committee stays as the text names it
        ("Arbetsutskottet\nSammanträdesdatum 2019-05-14", "Arbetsutskottet"),
        # another body's name that is no committee is left alone
        ("Socialnämnden\nSammanträdesdatum 2019-05-14", "Socialnämnden"),
    ],
)
def test_the_body_of_a_title_block(head, body):
    got = run(head + "\n" + _MATTER).meeting.body
    if body is None:
        assert got is None or "Sammanträdes" not in got
    else:
        assert got == body


# --- closings told in running text -----------------------------------------------------


def _closing_mentions(text: str) -> list[str]:
    ext = extract(doc_from_text(text))
    return [m.text for m in ext.mentions if m.status == "done" and m.kind == "closing"]


_BOARD = "Protokoll styrelsemöte 2021-05-03\n\nNärvarande: Kim, Lotta och Åke\n\n"


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Gungorna på lekplatsen är nu fixade.", "Gungorna"),
        ("Belysningen i tvättstugan fungerar igen.", "Belysningen"),
        ("Vårstädningen av området har nu ägt rum.", "Vårstädningen"),
        ("Arbetsgruppen för nya stadgar har avslutat sitt arbete.", "stadgar"),
        ("Utredningen om parkeringen har nu återrapporterats.", "parkeringen"),
        ("Återrapporten godkänns.", "Återrapporten"),
        ("Den lediga platsen i valberedningen har blivit tillsatt.", "valberedningen"),
    ],
)
def test_a_thing_reported_done_in_running_text_is_a_closing(sentence, word):
    text = _BOARD + "4. Övrigt\n\n" + sentence + " Kim tackade för arbetet.\n"
    said = _closing_mentions(text)
    assert any(word in s for s in said), said


@pytest.mark.parametrize(
    "sentence",
    [
        # the meeting's own course closes no matter
        "Mötet avslutades och ordföranden tackade alla.",
        "Dagordningen är godkänd.",
        # a done word denied or ahead keeps the matter open
        "Gungorna på lekplatsen är inte fixade ännu.",
        "Belysningen i tvättstugan ska vara klar i juni.",
    ],
)
def test_no_closing_in_the_meeting_s_course_or_a_denied_done(sentence):
    text = _BOARD + "4. Övrigt\n\n" + sentence + "\n"
    assert not any(sentence[:20] in s for s in _closing_mentions(text))


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Fullmäktige beslutar att avskriva de motioner som inte besvarats inom ett år.",
         "avskriva"),
        ("Samtliga tre motioner om cykelvägar avslogs.", "cykelvägar"),
        ("Medborgarförslaget om utegym bifalls.", "utegym"),
    ],
)
def test_a_decision_that_ends_listed_matters_is_a_closing(sentence, word):
    text = "Kommunfullmäktige\nProtokoll 2021-05-03\n\nÖvrigt\n\n" + sentence + "\n"
    said = _closing_mentions(text)
    assert any(word in s for s in said), said


def test_a_decision_that_ends_something_else_closes_nothing():
    text = ("Kommunfullmäktige\nProtokoll 2021-05-03\n\nÖvrigt\n\n"
            "Fullmäktige beslutar att avsluta avtalet med städfirman.\n")
    assert not any("städfirman" in s for s in _closing_mentions(text))


def test_a_matter_titled_as_a_report_back_closes_its_assignment():
    text = ("Kultur- och fritidsnämnden\nProtokoll 2021-06-17\n\n"
            "§ 30 Avrapportering av uppdrag om öppettider i simhallen\n"
            "Dnr KFN 2021/43\n"
            "Förvaltningen har utrett öppettiderna enligt nämndens uppdrag.\n"
            "Beslut\nNämnden godkänner avrapporteringen.\n")
    closing = [m for m in extract(doc_from_text(text)).mentions
               if m.status == "done" and "simhallen" in m.title]
    assert closing


# --- the kind of an item -------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # an uppdrag given, whatever the verb of the task
        ("Uppdrogs åt Sara att beställa nya flytvästar till bryggan.", "assignment"),
        ("Styrelsen uppdrar åt kassören att öppna ett nytt konto före 1 juni.", "assignment"),
        # a task someone takes on himself stays his own action
        ("Lena åtar sig att skriva årets verksamhetsberättelse.", "action"),
        # a deed to be done to a thing, its verb in no class of the lexicon
        ("Staketet vid grusplanen skall målas om före midsommar.", "action"),
        ("Gästtoaletten behöver fräschas upp till hösten.", "action"),
        # a report back owed to a forum by a group: a commissioned delivery
        ("Arbetsgruppen ska redovisa sitt uppdrag till kommunstyrelsen i april 2022.",
         "assignment"),
    ],
)
def test_the_kind_of_an_item(sentence, kind):
    text = ("Protokoll styrelsemöte 2021-05-03\n\nNärvarande: Kim, Lotta och Åke\n\n"
            "4. Beslut\n\n" + sentence + "\n")
    result = run(text)
    # (checked or offered unchecked: the kind is the same either way)
    items = [it for it in [*result.items, *result.possible] if it.status == "open"]
    assert items, sentence
    assert items[0].kind == kind


def test_a_report_back_a_person_owes_is_an_answer_awaited():
    text = ("Protokoll styrelsemöte 2021-05-03\n\nNärvarande: Kim, Lotta och Åke\n\n"
            "4. Beslut\n\nKim ska redovisa kostnaden för styrelsen vid nästa möte.\n")
    items = [it for it in run(text).items if it.status == "open"]
    assert items and items[0].kind == "awaiting_reply"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a news page's bare date over a text that tells of the meeting by its weekday
        ("Nyheter\n2023-04-27\nSkolan byggs om\nPå tisdagens sammanträde beslutade "
         "barn- och utbildningsnämnden att bygga om skolan.\n", dt.date(2023, 4, 25)),
        # the weekday of the page's own date: that day
        ("Nyheter\n2023-04-25\nSkolan byggs om\nPå tisdagens sammanträde beslutade "
         "barn- och utbildningsnämnden att bygga om skolan.\n", dt.date(2023, 4, 25)),
    ],
)
def test_a_news_page_dates_the_meeting_by_its_weekday(text, day):
    assert run(text).meeting.date == day
