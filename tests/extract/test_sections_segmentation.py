"""How minutes are cut into sentences where the writer gave few full stops: the points
of a decision opened by a small "att", a numbered agenda line that holds its note.
Sentences written here, in our own words."""

from __future__ import annotations

from tests.extract.minutes_helpers import doc_from_text
from tracker.extract.sections import structure


def _sentences(text: str) -> list[str]:
    return [s.text for sec in structure(doc_from_text(text)).sections for s in sec.sentences]


def test_decision_points_after_a_full_stop_are_sentences_of_their_own() -> None:
    text = (
        "Protokoll styrelsen 2024-03-12\n\n§ 4 Båtplatser\n"
        "Styrelsen beslutade att tillsammans handlägga ärendena. att be Kalle "
        "fotografera bryggorna. att be Lena skriva till kommunen.\n"
        "§ 5 Övrigt\nInget.\n"
    )
    got = _sentences(text)
    assert "att be Kalle fotografera bryggorna." in got
    assert "att be Lena skriva till kommunen." in got


def test_a_full_stop_that_lost_its_space_still_ends_the_sentence() -> None:
    text = (
        "Protokoll byarådet 2024-03-12\n\n§ 4 Bostäder\n"
        "Bolaget ska undersöka saken och återkomma om detta.Gruppen vill också ha "
        "färre lägenheter. Se www.exempel.Se för mer, t.ex.Anna vet.\n"
    )
    got = _sentences(text)
    assert "Bolaget ska undersöka saken och återkomma om detta." in got
    assert "Gruppen vill också ha färre lägenheter." in got
    assert "Se www.exempel.Se för mer, t.ex.Anna vet." in got


def test_a_numbered_line_holding_its_note_gives_a_title_and_a_sentence() -> None:
    text = (
        "Minnesanteckningar 2024-03-12\n\n1. Ekonomi\nKassan är god.\n"
        "2. Hjärtstartare. Olle beställer en ny till klubbhuset.\n"
        "3. Övrigt\nInget.\n"
    )
    secs = structure(doc_from_text(text)).sections
    assert [s.title for s in secs] == ["Ekonomi", "Hjärtstartare", "Övrigt"]
    assert [s.text for s in secs[1].sentences] == ["Olle beställer en ny till klubbhuset."]


def test_a_mark_after_a_numbered_title_stays_in_the_title() -> None:
    text = (
        "BORDLAGDA INTERPELLATIONER\n\n"
        "2 Nr 2024:5 av Eva Ek (m) om belysningen i parken. RIII\n\n"
        "3 Nr 2024:6 av Per Holm (s) om simhallens öppettider. RIV\n\n"
        "4 Nr 2024:7 av Lisa Ek (v) om busslinjen till Norrby. RII\n"
    )
    secs = structure(doc_from_text(text)).sections
    assert [s.sentences for s in secs] == [[], [], []]
    assert secs[0].title.endswith("RIII")


def _all_sentences(text: str) -> list[str]:
    st = structure(doc_from_text(text))
    pre = [s for x in (st.preamble, st.lead_in) if x for s in x.sentences]
    return [s.text for s in pre] + [s.text for sec in st.sections for s in sec.sentences]


#: A page whose every paragraph is one line, a blank line between: its title, without a
#: stop, over a first paragraph far longer than itself.
NEWS_PAGE = (
    "Nytt från styrelsen 4 mars 2031\n\n"
    "Styrelsen beslutade bland annat att ge kansliet i uppdrag att ta fram en ny "
    "lokalplan för föreningens verksamhet i norra delen av kommunen och att redovisa "
    "den till mötet i maj.\n\n"
    "Ekonomi\n\n"
    "Kassören redovisade läget. Det ser bra ut inför sommaren.\n\n"
    "Övrigt\n\n"
    "Inget att rapportera.\n"
)


def test_a_short_title_over_a_one_line_paragraph_is_a_sentence_of_its_own() -> None:
    got = _all_sentences(NEWS_PAGE)
    assert "Nytt från styrelsen 4 mars 2031" in got
    assert any(t.startswith("Styrelsen beslutade bland annat") for t in got)
    # lines wrapped at the page edge, a blank between, still run on into one sentence
    wrapped = (
        "Protokoll styrelsen 2031-03-04\n\n§ 4 Lokaler\n\n"
        "Styrelsen diskuterade lokalerna i norra delen av\n\n"
        "kommunen och vill ha fler.\n\n§ 5 Övrigt\n\nInget.\n"
    )
    assert "Styrelsen diskuterade lokalerna i norra delen av kommunen och vill ha fler." in (
        _all_sentences(wrapped)
    )


def test_a_numbered_line_with_a_topic_and_a_colon_opens_its_own_matter() -> None:
    text = (
        "Protokoll styrelsemöte 2024-04-02\n\n1. Mötets öppnande\n\n"
        "2. Val av justerare: Eva Lind\n\n"
        "3. Båthamnen: Styrelsen väntar på offerten från varvet för de nya bojarna. "
        "Styrelsen beslutade att reservera 20 000 kronor för arbetet. Bojarna ligger kvar "
        "på land tills vidare.\n\n"
        "4. Ekonomi – Kassören Lena går igenom bokslutet inför årsmötet.\n\n"
        "5. Mötets avslutande\n"
    )
    secs = structure(doc_from_text(text)).sections
    assert [s.title for s in secs] == [
        "Mötets öppnande", "Val av justerare: Eva Lind", "Båthamnen", "Ekonomi",
        "Mötets avslutande"]
    assert secs[1].sentences == []
    assert secs[2].sentences[0].text.startswith("Styrelsen väntar på offerten")
    assert [s.text for s in secs[3].sentences] == [
        "Kassören Lena går igenom bokslutet inför årsmötet."]


def test_a_topic_line_in_a_list_numbered_one_throughout_stays_a_point_of_the_list() -> None:
    # Auto-numbered lists print "1." before every point: a long topic line there is a
    # point, not the document's first heading.
    text = (
        "Styrelseprotokoll 2024-06-01\n\n"
        " 1. Klubbstugan har fått nytt tak och hängrännorna är rensade av Per.\n"
        " 1. Grusplanen – Vi söker någon som vill ansvara för att jämna till planen "
        "varje vår och samla ihop ett gäng som hjälper till.\n"
        " 1. Det är viktigt att alla betalar sin avgift i tid.\n"
    )
    st = structure(doc_from_text(text))
    assert all(sec.number is None for sec in st.sections)


def test_an_abbreviation_ends_the_sentence_before_a_name_and_a_verb() -> None:
    text = (
        "Protokoll 2024-03-12\n\n§ 4 Material\n"
        "Vi behöver koner, västar, visselpipor etc. Olle beställer dem före säsongen. "
        "Vi har fått bidrag från bl.a. Anna Ek och banken. Listan gäller tält, bord m.m. "
        "som lånas ut.\n"
    )
    got = _sentences(text)
    assert "Vi behöver koner, västar, visselpipor etc." in got
    assert "Olle beställer dem före säsongen." in got
    assert "Vi har fått bidrag från bl.a. Anna Ek och banken." in got
    assert "Listan gäller tält, bord m.m. som lånas ut." in got


def test_a_case_number_inside_a_run_on_line_starts_the_next_matter() -> None:
    text = (
        "Protokoll 2024-03-12\n\n§ 4 Hamnen\n"
        "Styrelsen återkommer med ett förslag i mars Dnr 2024KS017 Dpl 10 Ny gångbro "
        "Kommunfullmäktige beslutade tidigare att bygga en gångbro. Ärendet med "
        "Dnr 2023KS004 är avslutat.\n"
    )
    got = _sentences(text)
    assert got[0] == "Styrelsen återkommer med ett förslag i mars"
    assert got[1].startswith("Dnr 2024KS017 Dpl 10 Ny gångbro")
    assert "Ärendet med Dnr 2023KS004 är avslutat." in got


def test_a_topic_before_a_dash_marks_a_new_matter_as_a_topic_before_a_colon_does() -> None:
    from tracker.extract.minutes_patterns import _TOPIC_MARK
    from tracker.extract.sections import label_and_body

    assert _TOPIC_MARK.match("Flaggstången – Per byter linan före midsommar.")
    assert _TOPIC_MARK.match("Flaggstången: Per byter linan före midsommar.")
    assert not _TOPIC_MARK.match("Per byter linan – och vimpeln – före midsommar.")
    assert label_and_body("Flaggstången – Per byter linan före midsommar.") == (
        "Flaggstången", "Per byter linan före midsommar.")
    assert label_and_body("Närvarande: Per, Lena och Olle.") is None
    assert label_and_body("Detaljplan för hamnen – samråd") is None


_NEWS_PAGE = (
    "• 2023-11-20 - Julmarknaden flyttar till torget\n\n"
    "  • 2023-11-14 - Nya öppettider på återvinningscentralen\n\n"
    "  • 2023-10-30 - Så söker du bidrag till din förening\n\n"
    "  • 2023-10-02 - Helena Ek blir kvar som skolchef\n\n"
    "Kontakta oss\n\nTelefon\n\n0123-45 67 89\n\n"
    "KF i korthet 12 september 2023\n\n"
    "Beslut i korthet från kommunfullmäktiges sammanträde den 12 september 2023. Läs hela "
    "protokollet.\n\n"
    "Badhuset. Fullmäktige beslutade att renovera badhusets omklädningsrum. Tekniska "
    "kontoret ska redovisa en tidplan senast den 1 december 2023.\n"
)


def test_a_run_of_dated_headlines_is_a_web_page_list_and_read_as_nothing() -> None:
    st = structure(doc_from_text(_NEWS_PAGE))
    kept = " ".join(ln.text for ln in st.lines + st.noise)
    assert "Julmarknaden" not in kept and "skolchef" not in kept
    assert "Badhuset" in kept


def test_the_dates_of_a_news_list_are_not_the_meeting_date() -> None:
    import datetime as dt

    from tests.extract.minutes_helpers import run

    ex = run(_NEWS_PAGE)
    assert ex.meeting.date == dt.date(2023, 9, 12)
    assert not any("Julmarknaden" in it.title or "skolchef" in it.title
                   for it in [*ex.items, *ex.possible])


def test_two_dated_lines_are_no_news_list() -> None:
    text = (
        "Minnesanteckningar 2023-09-12\n\n"
        "2023-10-01 - Ansökan om bidrag ska vara inne.\n"
        "2023-11-15 - Nästa möte hålls i Folkets hus.\n"
    )
    kept = " ".join(ln.text for ln in structure(doc_from_text(text)).lines)
    assert "Ansökan om bidrag" in kept and "Nästa möte" in kept
