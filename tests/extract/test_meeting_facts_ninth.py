"""Meeting facts, ninth pass: the furniture of a web page around the minutes gives no
meeting date (a page's stamp beside its view count, a sidebar of dated news links, a
column of archive years pushing the title down), and a body's proper name is read as the
forum the meeting was of.  The texts are written for these tests (no real document is
quoted)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.minutes_helpers import run

_MATTER = "\n§ 4 Information\nNämnden noterar informationen.\n"


def test_a_page_stamp_beside_its_view_count_is_no_meeting_date():
    text = ("12.06.2016 Views\n"
            "Tekniska nämnden protokoll 140212.pdf - Exempelby kommun\n"
            "Tekniska nämnden, sammanträde 2014-02-12, §§ 1-9\n" + _MATTER)
    assert run(text).meeting.date == dt.date(2014, 2, 12)


def test_a_sidebar_of_dated_news_links_gives_no_meeting_date():
    links = "\n\n".join(
        f"  • 2019-0{m}-1{m} - Nyhet nummer {m} om något annat i kommunen" for m in range(1, 6)
    )
    text = (links + "\n\nTelefon\n\n08-123 45 67\n\nKF i korthet 14 mars 2018\n\n"
            "Besluten från fullmäktiges sammanträde den 14 mars 2018 i sammandrag.\n"
            + _MATTER)
    assert run(text).meeting.date == dt.date(2018, 3, 14)


def test_two_dated_lines_are_no_list_of_links():
    text = ("2020-04-02 - Protokoll från styrelsemötet\n"
            "2020-04-09 - Justerat\n"
            "Föreningen Exempel\n" + _MATTER)
    assert run(text).meeting.date == dt.date(2020, 4, 2)


def test_a_column_of_archive_years_does_not_hide_the_title_below_it():
    years = "\n".join(str(y) for y in range(2012, 1979, -1))
    text = ("Hem Protokoll Bilder\n\nStyrelsens protokoll per år\n\n" + years + "\n\n"
            "Protokoll fört vid styrelsemöte 3/9 1987 hos kassören.\n\n"
            "Närvarande: Anna Ek, Bo Lund\n" + _MATTER)
    assert run(text).meeting.date == dt.date(1987, 9, 3)


def test_a_year_written_whole_before_1990_is_that_year():
    from tracker.language.dates import find_periods

    got = [p.end for p in find_periods("mötet 3/9 1987 hos kassören") if p.precision == "day"]
    assert got == [dt.date(1987, 9, 3)]


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Protokoll möte med Ekbackeskolans föräldraförening 2016-03-08", "Föräldraföreningen"),
        ("Minnesanteckningar från möte i Storåbygdens Byaråd 2009-11-02", "Byarådet"),
        ("Möte i Lillsjöns byalag 2011-05-14", "Byalaget"),
        ("Protokoll möte med Konstsällskapet 2012-04-01", "Konstsällskapet"),
        # the association's proper name not in the genitive
        ("Protokoll Exempelby Skytteförening 2019-03-12", "Skytteföreningen"),
        ("Protokoll från möte med Lilla Exempelby byalag 2019-03-12", "Byalaget"),
    ],
)
def test_an_association_s_meeting_is_named_by_its_noun(title, body):
    text = title + "\nNärvarande: Anna Ek, Bo Lund\n" + _MATTER
    assert run(text).meeting.body == body


def test_a_body_s_genitive_before_a_council_keeps_its_name():
    text = ("Protokoll möte med Kommunstyrelsens råd 2016-03-08\n"
            "Närvarande: Anna Ek, Bo Lund\n" + _MATTER)
    assert run(text).meeting.body != "Rådet"


def test_a_page_number_after_the_document_word_names_no_body():
    text = ("1 SAMMANTRÄDESPROTOKOLL Sid 1 (9) Plats och tid Stadshuset, onsdagen den 4 mars "
            "2015 kl 10:00 Beslutande Anna Ek, ordförande Bo Lund\n" + _MATTER)
    assert run(text).meeting.body != "Sid"


def test_another_body_s_protocol_reported_is_not_the_body_that_met():
    text = ("1 SAMMANTRÄDESPROTOKOLL Sid 1 (9) Plats och tid Stadshuset, onsdagen den 4 mars "
            "2015 kl 10:00 Beslutande Anna Ek, ordförande Bo Lund\n"
            "§ 3 Delgivningar Beslut Att lägga delgivningarna till handlingarna "
            "1. Protokoll, Lokala brottsförebyggande rådet\n" + _MATTER)
    assert run(text).meeting.body != "Lokala brottsförebyggande rådet"


def _extract(text: str):
    from tests.extract.minutes_helpers import doc_from_text
    from tracker.extract import extract

    return extract(doc_from_text(text))


def test_a_document_of_no_clear_kind_takes_its_report_title_s_period():
    result = _extract("Ärende 7 Årsredovisning 2019 Kommunstyrelsen beslutar för egen del "
                      "att godkänna bolagens verksamhet.")
    assert result.document.kind == "unknown"
    assert result.meeting.date == dt.date(2019, 12, 31)
    assert any("2019-12-31" in w.message for w in result.warnings)


def test_a_document_of_no_clear_kind_is_not_dated_by_its_page():
    result = _extract("Publicerad 2020-03-04\nStyrelsen har haft möte och pratat om vägen.\n"
                      "Vi ska laga vägen.")
    assert result.document.kind == "unknown"
    assert result.meeting.date is None


def test_a_decision_dated_in_titled_minutes_is_an_earlier_one():
    text = ("Minnesanteckningar styrgrupp\nNärvarande: Anna Ek, Bo Lund\n§ 1 Planen\n"
            "Kommunfullmäktige beslutade den 12 februari 2018 att anta planen.\n")
    assert run(text).meeting.date is None


def test_a_page_telling_of_a_decision_is_dated_by_it():
    text = ("Nyheter\nKommunfullmäktige beslutade den 12 februari 2018 att anta planen "
            "för skolorna.\nPlanen gäller i fyra år.\n")
    assert run(text).meeting.date == dt.date(2018, 2, 12)


def test_a_transcript_s_page_number_is_no_part_of_the_body():
    text = ("Transkript\n\n1 KOMMUNSTYRELSENS ARBETSUTSKOTT PROTOKOLL 1 (20) Plats och tid "
            "Kommunhuset, tisdagen den 12 mars 2019 kl 09.00 Beslutande Anna Ek\n" + _MATTER)
    assert run(text).meeting.body == "Kommunstyrelsens arbetsutskott"


def test_a_presidium_s_meeting_is_the_presidium_s():
    assert run("Protokoll presidiemöte 2019-03-12\nNärvarande: Anna Ek\n" + _MATTER
               ).meeting.body == "Presidiet"


def test_a_transcript_s_first_page_dates_the_meeting_behind_its_number():
    text = ("Protokoll kommunstyrelsen\n\nUploaded 2020-01-05\n\nTranskript\n\n"
            "1 Kommunstyrelsen PROTOKOLL 2019-03-12 Plats och tid Kommunhuset kl 13\n"
            + _MATTER)
    assert run(text).meeting.date == dt.date(2019, 3, 12)


def test_a_numbered_point_naming_an_earlier_protocol_dates_nothing():
    text = ("Protokoll styrelsemöte\nNärvarande: Anna Ek\n"
            "1 Föregående Protokoll 2019-02-12 godkändes och lades till handlingarna\n"
            + _MATTER)
    assert run(text).meeting.date is None


@pytest.mark.parametrize(
    "line",
    [
        "• Frågor som återstår att besvara från 2019-02-12:",
        "Svar lämnas senast 2019-04-30",
        "Gäller fr.o.m. 2019-07-01",
    ],
)
def test_a_date_bounded_in_time_on_a_head_line_is_no_meeting_date(line):
    text = "Hoppa till innehållet\n" + line + "\nAnna Ek frågar om vägen.\n" + _MATTER
    assert run(text).meeting.date is None


def test_a_title_from_its_meeting_day_still_dates_it():
    lines = "\n".join(f"Meny {k}" for k in range(18))
    text = lines + "\nMinnesanteckningar från 12 mars 2019\nNärvarande: Anna Ek\n" + _MATTER
    assert run(text).meeting.date == dt.date(2019, 3, 12)
