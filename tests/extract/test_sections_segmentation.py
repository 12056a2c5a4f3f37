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
    pre = st.preamble.sentences if st.preamble else []
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
