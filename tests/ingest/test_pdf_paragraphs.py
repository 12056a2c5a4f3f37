"""Lines a word processor wrapped are joined again (tracker.ingest.pdf_paragraphs)."""

from __future__ import annotations

from pathlib import Path

from tests.render import render_pdf
from tracker.domain import Line
from tracker.ingest import read_document
from tracker.ingest.pdf_paragraphs import LineBox, join_wrapped

PRESENT = (
    "Närvarande: Helena Berg (HB, enhetschef), Ali Rahimi (AR), Johanna Ek (JE), "
    "Mikael Lindqvist (ML), Sofia Ström (SS), Tove Nilsson (TN, administratör)"
)
ROW = (
    "Vem: Jonas och Maria Vad: planera luciafirandet och skicka inbjudan till föräldrarna "
    "Klart till: 8/12"
)


def test_a_paragraph_typed_as_one_line_is_one_line_again(tmp_path: Path) -> None:
    # As DOCX and text give it: the list of those present and a "Vem/Vad/Klart till" row
    # (whose due date the PDF put on a line of its own) are each one line.
    path = render_pdf(["APT Bygglovsenheten", PRESENT, "", "Att göra", ROW], tmp_path / "p.pdf")
    texts = [ln.text for ln in read_document(path).lines]
    assert texts == ["APT Bygglovsenheten", PRESENT, "Att göra", ROW]


#: Sentences broken by hand onto the next line (a text typed line by line): the writer
#: breaks this document's lines.
BY_HAND = [
    "Förvaltningen redovisar beslut fattade på delegation under",
    "perioden, bland annat 46 bygglov och 12 startbesked.",
    "Nämnden lägger redovisningen av delegationsbesluten till",
    "handlingarna.",
]


def test_lines_ended_by_the_writer_stay_apart(tmp_path: Path) -> None:
    blocks = [
        *BY_HAND,
        "Dagordningen godkändes.",
        # Each line below ends so close to the margin that the next line's first word
        # would not have fitted, but what follows is a heading, a bullet, a label and a
        # new sentence after a finished one:
        "Ansökan avser dispens från strandskyddet för en brygga om 24 meter vid Resö hamn och",
        "Beslut",
        "Nämnden beviljar dispens från strandskyddet för bryggan enligt ansökan och ritningarna i",
        "• Förvaltningen meddelar sökanden.",
        "Miljöchefen informerar om att livsmedelskontrollens sommarsäsong avslutades i år i",
        "Ansvarig: Lena Hjort",
        "Taklyften på avdelning 1 har varit trasig sedan två veckor och är felanmäld "
        "två gånger nu.",
        "Mycket sjukfrånvaro i oktober.",
    ]
    texts = [ln.text for ln in read_document(render_pdf(blocks, tmp_path / "s.pdf")).lines]
    assert texts == blocks


def test_a_wrap_after_a_finished_sentence_is_joined_in_a_word_processors_text(
    tmp_path: Path,
) -> None:
    # "… funkar nu." / "Stryks från listan!": the paragraph was one line in Word, and
    # no sentence of the document goes on on a line where its word would have fitted.
    item = (
        "* Kylrumsdörren som inte gick att stänga ordentligt – lagad av fastighet v. 45, "
        "funkar nu. Stryks från listan!"
    )
    path = render_pdf(["1. Förra APT", item, "* Städschemat ligger kvar."], tmp_path / "w.pdf")
    lines = read_document(path).lines
    assert [ln.text for ln in lines] == ["1. Förra APT", item, "* Städschemat ligger kvar."]
    # The same break in a document whose writer broke the lines stays a break.
    path = render_pdf([*BY_HAND, "1. Förra APT", item], tmp_path / "h.pdf")
    texts = [ln.text for ln in read_document(path).lines]
    assert texts[-2:] == [item.removesuffix(" Stryks från listan!"), "Stryks från listan!"]


def test_numbering_after_a_join_has_no_false_paragraph_gap(tmp_path: Path) -> None:
    # The extractor reads a gap in the numbering as a paragraph break: the line after a
    # joined one follows it directly, and a real gap stays a gap.
    path = render_pdf([PRESENT, "Frånvarande: Gustav Öhrn", "", "1. Inledning"], tmp_path / "n.pdf")
    lines = read_document(path).lines
    assert [ln.text for ln in lines] == [PRESENT, "Frånvarande: Gustav Öhrn", "1. Inledning"]
    assert [ln.line for ln in lines] == [1, 2, 4]


def _line(text: str, page: int, line: int, x0: float = 57.0, **kw: object) -> Line:
    return Line(text=text, page=page, line=line, x0=x0, **kw)  # type: ignore[arg-type]


def test_join_over_a_page_break_and_not_into_a_table() -> None:
    a = _line("Kommunal frågar hur och när den nya bemanningsrutinen inom äldreomsorgen ska", 1, 40)
    b = _line("samverkas. Arbetsgivaren återkommer.", 2, 3)  # after the running header
    c = _line("Vad Vem När", 2, 4, cells=["Vad", "Vem", "När"], table=1)
    boxes = {
        id(a): LineBox(right=530.0, first_word=40.0, char=5.0),
        id(b): LineBox(right=250.0, first_word=50.0, char=5.0),
    }
    joined = f"{a.text} {b.text}"
    out = join_wrapped([a, b, c], boxes, {1: 538.0, 2: 538.0})
    assert [ln.text for ln in out] == [joined, "Vad Vem När"]
    assert (out[0].page, out[0].line) == (1, 40)
    # A line with room left for the next line's first word was ended by the writer.
    d = _line("Kort rad.", 1, 1)
    e = _line("nästa rad börjar med gemen", 1, 2)
    boxes = {id(d): LineBox(100.0, 40.0, 5.0), id(e): LineBox(200.0, 30.0, 5.0)}
    assert len(join_wrapped([d, e], boxes, {1: 538.0})) == 2


def test_a_full_line_ending_a_sentence_stays_apart_in_notes_typed_one_a_line() -> None:
    # Notes typed one matter a line, without blank lines between: the writer ends the
    # lines, so a line that happens to reach the margin after a full stop ("… åter
    # 4/12." / "Mycket sjukfrånvaro …") is as likely the writer's own end as a wrap.
    notes = [
        "Önskemål om ledighet lämnas till Lena senast 13/11.",
        "Lena lägger schemat. Schemat klart v47.",
        "Röda dagar fördelas enligt rullande lista.",
        "Nyckelskåpet är trasigt. Lena tar det med fastigheten, åter 4/12.",
        "Mycket sjukfrånvaro i oktober. Lena tar kontakt med HR.",
    ]
    lines = [_line(t, 1, i + 1) for i, t in enumerate(notes)]
    room = {id(ln): LineBox(300.0, 40.0, 5.0) for ln in lines}
    room[id(lines[3])] = LineBox(530.0, 40.0, 5.0)  # the next word would not have fitted
    out = join_wrapped(lines, room, {1: 538.0})
    assert [ln.text for ln in out] == notes
    # A word processor's text (its sentences run on over full lines as often as its
    # lines end by hand) joins the same full line to the next.
    prose = [
        _line("Förvaltningen redovisar läget i arbetet med schemat och de röda", 1, 1),
        _line("dagarna. Lena lägger schemat, klart v47.", 1, 2),
        _line("Nyckelskåpet är trasigt. Lena tar det med fastigheten, åter 4/12.", 1, 3),
        _line("Mycket sjukfrånvaro i oktober. Lena tar kontakt med HR.", 1, 4),
    ]
    geometry = {
        id(prose[0]): LineBox(530.0, 40.0, 5.0),
        id(prose[1]): LineBox(300.0, 40.0, 5.0),
        id(prose[2]): LineBox(530.0, 40.0, 5.0),
        id(prose[3]): LineBox(300.0, 40.0, 5.0),
    }
    texts = [ln.text for ln in prose]
    out = join_wrapped(prose, geometry, {1: 538.0})
    assert [ln.text for ln in out] == [f"{texts[0]} {texts[1]}", f"{texts[2]} {texts[3]}"]
