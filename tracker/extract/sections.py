"""The structure of minutes: clean lines → numbered sections → paragraphs → sentences.

Minutes arrive from PDFs with page headers in mid-paragraph, from text files with every
line doubled by empty lines, and from DOCX with real headings.  This module

* drops noise lines (page numbers, repeated page headers, "Justerandes signatur", a short
  header line that lands inside a sentence),
* finds agenda headings ("1 Mötets öppnande", "17. Föranmälda frågor", "§ 14 Månadsrapport",
  DOCX heading styles), joining a heading that wraps onto the next line, keeping "Dnr",
* joins lines into paragraphs (a paragraph break is a gap larger than the document's usual
  gap) and paragraphs into sentences that remember the page and line they started on.

Table rows (``Line.cells``) are kept aside for the table extractor.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from dataclasses import dataclass, field

from tracker.domain import Document, Line
from tracker.extract.run_on_pages import split_page_lines
from tracker.extract.sentence_split import (
    _TERMINAL,
    BULLETS,
    SUB_ITEM,
    Sentence,
    split_sentences,
)

_PAGE_NO = re.compile(
    r"^(?:sida|sid|s\.)?\s*\d{1,3}\s*(?:\(\s*\d{1,3}\s*\)|av\s+\d{1,3}|/\s*\d{1,3})?$|"
    r"^(?:sida|sid)\s+\d{1,3}$",
    re.IGNORECASE,
)
_FOOTER = re.compile(
    r"^(?:justerandes?\s+sign|justerares?\s+sign|ordförandes?\s+sign|sekreterarens?\s+sign|"
    r"utdragsbestyrkande|underskriftens\s+äkthet|signerat\s+digitalt|dokumentet\s+är\s+"
    r"elektroniskt\s+signerat)",
    re.IGNORECASE,
)
_HEADING = re.compile(
    # "Ärende: § 31 Ansökan om bygglov …": the word may carry a colon of its own
    r"^(?:(?:[Pp]unkt|[Ää]rende|[Pp]aragraf|[Pp]\.)(?::\s*|\s*))?"
    r"(?:(?P<par>§\s*\d{1,3}(?:\s?[a-z](?=\s))?)[.:]?|(?P<num>\d{1,2})(?P<sub>\.\d{1,2})?[.):]?)"
    r"(?:\s+(?P<title>[A-ZÅÄÖÉ\"”“«(].*))?$"
)
_MD_HEADING = re.compile(r"^#{1,4}\s+(?P<title>\S.*)$")
_BULLET = re.compile(
    r"^[" + re.escape(BULLETS) + r"]\s*(?=\S)|^\(?[a-z1-9][).]\s+(?=\S)(?<!^v\.\s)(?<!^s\.\s)"
)
_DNR = re.compile(r"^\s*(?:dnr|diarienummer|diarienr|ärendenummer)\b", re.IGNORECASE)
#: "a) Lokaler Lugnvik: …", "(b) Nattbemanningen …", "c. Heltid …": a lettered point whose
#: text opens with a capital, a point of the section, never a heading's second line.
_LETTERED_POINT = re.compile(r"^\s*\(?[a-zåäö][).]\s+[A-ZÅÄÖ]")
_DNR_TAIL = re.compile(r"(?<=\S)\s+(?:dnr|diarienummer|diarienr)\s+\S.*$", re.IGNORECASE)
_MONTH_START = re.compile(
    r"^(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-zåäö]*\b", re.IGNORECASE
)
#: A numbered decision point giving a task ("1. Uppdra åt förvaltningen att …", "2. Ge
#: nämnden i uppdrag att …"): a point of the decision, not an agenda heading.
_TASK_POINT = re.compile(
    r"^(?:uppdra|uppdrar|uppdras|ge|ger|ges)\s+(?:åt\s+)?\S.*?\batt\s", re.IGNORECASE
)

#: A line that stops in the middle of a sentence: a conjunction, preposition, infinitive
#: mark or comma last ("17. HS kontaktar Lantmäteriet om handläggningstiderna för
#: fastighetsbildning och" / "rapporterar till FLG." – a wrapped action, no title).
_OPEN_END = re.compile(
    r"(?:,|\s(?:och|samt|eller|men|att|som|om|för|till|från|med|av|på|i|vid|hos|mot|"
    r"under|efter|inför|när|då|där|så))\s*$",
    re.IGNORECASE,
)


def open_ended(text: str) -> bool:
    """``text`` breaks off inside a sentence (see :data:`_OPEN_END`): a wrapped line,
    never a heading."""
    return _OPEN_END.search(text) is not None


#: Section titles that name a kind of discussion rather than a topic; an item found
#: under them is titled by its own question, not by the section.
GENERIC_SECTIONS = re.compile(
    r"\b(?:föranmälda|övriga\s+frågor|kvar(?:varande|stående)\s+frågor|information\s+från|"
    r"information|informationsärenden|meddelanden|anmälningsärenden|balanslistan?|aktuellt|"
    r"fackliga\s+frågor|frågor\s+från|arbetsmiljö|skyddskommitté|verksamheten|ekonomi|"
    r"personal|rapporter|årshjulet|månadens\s+tema|runda|bordet\s+runt|dagordning|"
    r"föregående\s+protokoll|föregående\s+(?:minnes)?anteckningar|uppföljning\s+av\s+"
    r"(?:föregående|tidigare)|övrigt|läget\s+i\s+verksamheterna)\b",
    re.IGNORECASE,
)
#: The most sentences a procedural section (opening, roll, agenda, signing) holds; more
#: is matters run on under its title.
PROCEDURAL_MAX_SENTENCES = 6
#: Sections whose text is procedure, never open items.
PROCEDURAL_SECTIONS = re.compile(
    r"justera|justering|mötets\s+öppnande|sammanträdets\s+öppnande|upprop|"
    r"godkännande\s+av\s+dagordning|fastställande\s+av\s+dagordning|mötets\s+avslutande|"
    r"mötet\s+avslutades|sammanträdets\s+avslutande",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Section:
    number: str | None  # "17", "§ 14"
    title: str
    page: int
    line: int
    dnr: str | None = None
    lines: list[Line] = field(default_factory=list)
    gaps: list[int] = field(default_factory=list)  # blank lines before each line
    table_rows: list[Line] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)

    @property
    def label(self) -> str:
        head = f"{self.number} {self.title}".strip() if self.number else self.title
        return head

    @property
    def generic(self) -> bool:
        return not self.title or bool(GENERIC_SECTIONS.search(self.title))

    @property
    def procedural(self) -> bool:
        return bool(self.title) and bool(PROCEDURAL_SECTIONS.search(self.title))

    @property
    def run_on(self) -> bool:
        """A procedural title over more sentences than procedure takes: matters run on
        under it (a web page's agenda under "Protokollsjustering", its headings lost)."""
        return self.procedural and len(self.sentences) > PROCEDURAL_MAX_SENTENCES


@dataclass(slots=True)
class Structure:
    head: list[Line]  # lines before the first heading (title, present, time, place …)
    sections: list[Section]
    lines: list[Line]  # all kept lines, noise removed
    noise: list[Line]  # dropped lines (the meeting extractor reads page headers from these)
    double_spaced: bool
    #: The head read as prose, when headings follow it: an excerpt that starts in the
    #: middle of the agenda, or notes whose first heading comes late, tell matters there.
    preamble: Section | None = None
    #: The prose that follows the title block before the first heading (a summary, a
    #: heading that comes late): the body's first paragraphs, which the clause analysis
    #: reads as a section's; no rule reads it (its decisions are often told again under
    #: the headings that follow).
    lead_in: Section | None = None


# --- noise ----------------------------------------------------------------------------


def _is_blank(ln: Line) -> bool:
    return not ln.text.strip() and not ln.cells


def _starts_lower(text: str) -> bool:
    t = text.lstrip(" \t-–•")
    return bool(t) and t[0].islower()


def _short_header_like(text: str) -> bool:
    words = text.split()
    return (
        0 < len(words) <= 4
        and len(text) <= 45
        and not _TERMINAL.search(text)
        and not any(ch.isdigit() for ch in text)
        and all(w[0].isupper() for w in words if w[0].isalpha())
        and ":" not in text
    )


#: "Samhällsbyggnadsnämnden beslutar": the lead-in of every decision in a protocol, on
#: every page, but no running header.
_DECISION_LEAD = re.compile(
    r"^[A-ZÅÄÖ][\wåäö-]*(?:\s+[\wåäö-]+){0,3}\s+(?:beslutar|beslutade|föreslår)\s*:?$"
)


#: A line of a web page's news or link list: a date, a dash, a headline ("• 2024-05-02 –
#: Nytt bibliotek öppnar i centrum", "12 mars 2024 - Så går valet till").
_DATED_HEADLINE = re.compile(
    r"^[" + re.escape(BULLETS) + r"\s]*(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\s+[a-zåäö]{3,9}\.?"
    r"\s+\d{4}|\d{1,2}/\d{1,2}\s+\d{4})\s+[-–—|:]\s+\S"
)
#: So many dated headlines in a row make a news list.
_NEWS_RUN = 3


def _news_lists(lines: list[Line]) -> set[int]:
    """Indexes of lines in runs of :data:`_NEWS_RUN` or more dated headlines among
    ``lines`` (non-blank lines only): a web page's furniture, whose dates are the news
    items' and not the meeting's."""
    out: set[int] = set()
    run: list[int] = []
    for i, ln in enumerate([*lines, None]):
        if ln is not None and not ln.cells and _DATED_HEADLINE.match(ln.text.strip()):
            run.append(i)
            continue
        if len(run) >= _NEWS_RUN:
            out.update(run)
        run = []
    return out


def _noise(lines: list[Line]) -> set[int]:
    """Indexes of noise lines among ``lines`` (non-blank lines only)."""
    drop: set[int] = set()
    pages = {ln.page for ln in lines}
    counts: Counter[str] = Counter()
    seen_pages: dict[str, set[int]] = {}
    for ln in lines:
        key = ln.text.strip()
        if ln.cells or not key:
            continue
        counts[key] += 1
        seen_pages.setdefault(key, set()).add(ln.page)
    for i, ln in enumerate(lines):
        text = ln.text.strip()
        if ln.cells:
            continue
        if _PAGE_NO.match(text) or _FOOTER.match(text):
            drop.add(i)
            continue
        # A short line printed on several pages is a running header or footer.
        if (
            len(pages) > 2
            and len(seen_pages.get(text, ())) >= max(2, len(pages) // 2)
            and len(text) <= 80
            and not _HEADING.match(text)
            and not _DECISION_LEAD.match(text)
        ):
            drop.add(i)
            continue
        # A short header line that lands inside a sentence: the line before does not end
        # a sentence and the line after continues it in lower case.
        if 0 < i < len(lines) - 1 and _short_header_like(text):
            prev, nxt = lines[i - 1].text.strip(), lines[i + 1].text.strip()
            # (not over a bullet list: "Info" / "- livsmedelskontrollen var här …")
            if prev and not _TERMINAL.search(prev) and _starts_lower(nxt) and not (
                    _BULLET.match(nxt) and prev[:1] in "-–•*"):
                drop.add(i)
    return drop


# --- headings -------------------------------------------------------------------------


def _heading_match(
    ln: Line, last_num: int | None, paragraphs: bool = False
) -> tuple[str | None, str] | None:
    """(number, title) when the line is an agenda heading."""
    text = " ".join(ln.text.split())
    if ln.cells:
        return None
    if ln.heading is not None and len(text) <= 120:
        m = _HEADING.match(text)
        if m and (m.group("par") or m.group("num")):
            num = (m.group("par") or m.group("num") + (m.group("sub") or "")).replace("§", "§ ")
            return " ".join(num.split()), (m.group("title") or "").strip()
        return None, text
    md = _MD_HEADING.match(text)
    if md:
        inner = _HEADING.match(md.group("title"))
        if inner and (inner.group("par") or inner.group("num")) and inner.group("title"):
            num = inner.group("par") or inner.group("num")
            return " ".join(num.replace("§", "§ ").split()), inner.group("title").strip()
        return None, md.group("title").strip()
    m = _HEADING.match(text)
    if not m:
        return None
    title = (m.group("title") or "").strip()
    if m.group("par"):
        num = " ".join(m.group("par").replace("§", "§ ").split())
        return num, title
    n = int(m.group("num"))
    if paragraphs:
        return None  # a §-numbered protocol: "1. Nämnden beslutar …" is a decision point
    # "Hjärtstartare. Olle beställer en ny …" / "Ekonomi: Lasse reviderar prognosen."
    labelled = label_and_body(title) is not None
    titled = _TITLE_FIRST.match(title) or labelled
    # (a long topic line opens a matter after a heading, not as a document's first:
    # "1. Lilla scenen – …" on every line of an auto-numbered list is a bullet)
    too_long = len(title) > 110 and not (labelled and last_num is not None)
    if not title or too_long or _MONTH_START.match(title) or _TASK_POINT.match(title):
        return None
    if re.search(r"[.!?]$", title) and len(title.split()) > 5 and not titled:
        return None  # a numbered sentence, not a title
    if title.count(",") > 2 or re.search(r"\d+,\d", title):
        return None  # a row of a flattened table
    if m.group("sub"):
        return None  # "3.2 …" sub-points stay inside their section
    if last_num is None:
        if n > 5:
            return None
    elif not (last_num < n <= last_num + 4):
        # A larger jump (items left out of an excerpt) only for a clear title line.
        clear = len(title.split()) <= 8 and not _TERMINAL.search(title) and n <= 60
        if not (n > last_num and clear):
            return None
    # A numbered line that is a whole sentence ("2 personer har slutat.") is not a heading.
    if _TERMINAL.search(title) and len(title.split()) > 8 and not title.endswith(":") and (
        not titled
    ):
        return None
    return str(n), title


#: A numbered line that opens with a short title and a full stop, its note after it
#: ("2. Hjärtstartare. Olle beställer en ny till klubbhuset."): a heading with its text.
_TITLE_FIRST = re.compile(r"^[A-ZÅÄÖ][\wåäö-]*(?:\s+[\wåäö-]+){0,3}\.\s+[A-ZÅÄÖ]\S*\s+\S+\s+\S")


#: A line that opens with a short topic and a colon or dash before its text: "Ekonomi:
#: Kassören reviderar prognosen." / "Lilla scenen – Vi söker någon som …".
_LABEL_FIRST = re.compile(
    r"^(?P<label>[A-ZÅÄÖ][\wåäö-]*(?:\s+[\wåäö-]+){0,4})(?::|\s+[–-])\s+"
    r"(?P<body>[A-ZÅÄÖ]\S*(?:\s+\S+){3,}.*)$"
)


def label_and_body(text: str) -> tuple[str, str] | None:
    """(topic, text) of a line that opens with a short topic before a sentence of its own
    (see :data:`_LABEL_FIRST`): the body holds four words or more and ends a sentence; a
    field label ("Närvarande: …") is no topic."""
    m = _LABEL_FIRST.match(text)
    if m is None or _LABEL_WORDS.match(m.group("label")) or _SUBLABEL.match(text):
        return None
    body = m.group("body").strip()
    if not re.search(r"[.!?]['\"”’)]*$", body):
        return None
    return m.group("label").strip(), body


_LABEL_WORDS = re.compile(
    r"^(?:närvarande|förhinder|frånvarande|justerare|justering|justeras|plats|lokal|tid|"
    r"tidpunkt|datum|ordförande|sekreterare|deltagare|ledamöter|ersättare|övriga|"
    r"beslutande|närvarande\s+\w+|anmält\s+förhinder|mötesledare|protokollförare|"
    r"antecknare|sammanträdesdatum|underskrifter|paragrafer)\b",
    re.IGNORECASE,
)


#: A line that labels itself a matter's title: "Ärende: Lokalbehov Ekängsskolan".
_MATTER_LABEL = re.compile(r"^(?:ärende|punkt|fråga|rubrik)\s*:\s+(?=[A-ZÅÄÖ])", re.IGNORECASE)


def matter_title(text: str) -> str:
    """``text`` without the label of a matter's title line ("Ärende: Meritvärden 2025" →
    "Meritvärden 2025"); other text as it is."""
    m = _MATTER_LABEL.match(text)
    return text[m.end():] if m else text


def is_matter_title(text: str) -> bool:
    """A line that labels itself a matter's title, short and no sentence."""
    return bool(_MATTER_LABEL.match(text)) and len(text) <= 90 and not _TERMINAL.search(
        text.rstrip(":"))


def _plain_heading(lines: list[Line], gaps: list[int], i: int, double_spaced: bool) -> bool:
    """An unnumbered heading: a short title line before a paragraph of prose."""
    ln = lines[i]
    text = " ".join(ln.text.split())
    if ln.cells or not text or i + 1 >= len(lines):
        return False
    if ln.bold and len(text) <= 80 and not _TERMINAL.search(text.rstrip(":")):
        return True
    if is_matter_title(text):
        # "Ärende: Rekrytering av biträdande rektor, Ekängsskolan": the label says it
        # is the title of a matter, whatever numbers or commas name which one.
        return True
    words = text.rstrip(":").split()
    if not (1 <= len(words) <= 7) or len(text) > 60 or not text[0].isupper():
        return False
    if _TERMINAL.search(text.rstrip(":")) or "," in text or any(c.isdigit() for c in text):
        return False
    if _LABEL_WORDS.match(text):
        return False  # a field label
    nxt = " ".join(lines[i + 1].text.split())
    bm = _BULLET.match(nxt)
    if bm:
        nxt = nxt[bm.end():]  # a heading over a bullet list
    if re.match(r"^[A-ZÅÄÖ][\w-]+\s+[A-ZÅÄÖ][\w-]+\s*[,(]", nxt):
        return False  # a group name over a list of people ("Anna Ek, rektor")
    prev_ok = i == 0 or gaps[i] >= 1 or bool(_TERMINAL.search(lines[i - 1].text.strip()))
    # Terse notes often start their bullets in lower case ("Info" / "- livsmedelskontrollen
    # var här 2/9 …"): under a bullet the case of the first letter says nothing.
    first_ok = nxt[:1].isupper() or (bm is not None and nxt[:1].isalpha())
    return prev_ok and len(nxt.split()) >= 5 and first_ok and not lines[i + 1].cells


#: A decision's own label in any wording ("Äldre- och omsorgsnämndens förslag till
#: beslut", "Arbetsutskottet föreslår"): its list is the decision's points.
_DECISION_WORD = re.compile(r"(?i)\b(?:beslut\w*|förslag\w*|yrkande\w*|föreslår|"
                            r"föreslogs|tillstyrk\w*)\b")
#: The first point of a list numbered anew ("1. Skövde skickar ut …").
_LIST_START = re.compile(r"^1[.)]\s+\S")


def _list_heading(
    lines: list[Line], gaps: list[int], i: int, last_num: int | None, double_spaced: bool
) -> bool:
    """In a document of numbered agenda items, a short title line over a list numbered
    anew from 1 after item 2 or later: the list's own heading ("Att göra till nästa
    träff"), not a decision's sub-label ("Beslut", "Förslag till beslut")."""
    if last_num is None or last_num < 2 or i + 1 >= len(lines):
        return False
    text = " ".join(lines[i].text.split())
    if _SUBLABEL.match(text) or _DECISION_WORD.search(text) or not _LIST_START.match(
            " ".join(lines[i + 1].text.split())):
        return False
    return _plain_heading(lines, gaps, i, double_spaced)


#: A section of at least this many lines, this share of them ending a sentence, is
#: written as one note a line.
_NOTE_LINES = 3
_NOTE_SHARE = 0.7
#: A running header or footer left in the text ("Solgläntan enhetsmöte 6/11   1(2)") is
#: not counted among the notes.
_PAGE_MARK_TAIL = re.compile(
    r"(?:\b\d{1,3}\s*\(\s*\d{1,3}\s*\)|\bsida\s+\d{1,3}(?:\s+av\s+\d{1,3})?)$", re.IGNORECASE
)


#: A paragraph of the text before the first heading that is the body's, not the title
#: block's: enough words, sentences that end, few capitalised words (no list of names).
_BODY_WORDS = 8
_BODY_CAPITALS = 0.3
#: A field of the title block or attendance ("Närvarande:", "Plats och tid:").
_FIELD_LEAD = re.compile(r"^[^.:]{1,30}:")
#: A web page's words to its reader ("Här kan du ta del av …"): no minutes' text.
_READER = re.compile(r"\b(?:du|dig|din|ditt|dina)\b", re.IGNORECASE)


def _body_start(lines: list[Line], gaps: list[int]) -> int | None:
    """The first line of the body in the lines before the first heading: the first line
    that opens a sentence of prose (a finite verb, a full stop, few capitalised words; not
    attendance, title or procedure), or None when they hold none."""
    from tracker.extract.clause_features import is_furniture, main_verb

    for i, ln in enumerate(lines):
        if ln.cells or not (i == 0 or gaps[i] >= 1 or _TERMINAL.search(lines[i - 1].text.strip())):
            continue
        j = i + 1
        while j < min(len(lines), i + 6) and gaps[j] < 1 and not lines[j].cells:
            j += 1
        text = " ".join(" ".join(x.text.split()) for x in lines[i:j])
        m = re.match(r"^(.{20,400}?[a-zåäö)][.!?])(?:\s|$)", text)
        if m is None:
            continue
        first = m.group(1)
        words = first.split()
        caps = sum(1 for w in words if w[:1].isupper())
        if (
            len(words) >= _BODY_WORDS
            and first[:1].isupper()
            and caps <= _BODY_CAPITALS * len(words)
            and not _FIELD_LEAD.match(first)
            and not _BULLET.match(first)
            and main_verb(first) not in ("none", "att", "imperative")
            and not _READER.search(first)
            and not is_furniture(first)
        ):
            return i
    return None


def _sentences_of(section: Section, double_spaced: bool, para_counter: list[int]) -> None:
    """Fill ``section.sentences`` from its prose lines."""
    threshold = 2 if double_spaced else 1
    # Terse notes ("Taklyft avd 1 trasig. Lena jagar fastighet. Åter 4/12." one note a
    # line): when nearly every line of the section ends a sentence, the lines are notes
    # of their own, not prose wrapped at the page edge.
    texts = [t for t in (" ".join(ln.text.split()) for ln in section.lines)
             if t and not _PAGE_MARK_TAIL.search(t)]
    ends = sum(1 for t in texts if _TERMINAL.search(t))
    notes = len(texts) >= _NOTE_LINES and ends >= _NOTE_SHARE * len(texts)
    buf: list[tuple[str, Line]] = []
    label: str | None = None
    bulleted = [False]
    labelled = [False]

    def flush() -> None:
        if buf:
            para_counter[0] += 1
            sents = split_sentences(buf, para_counter[0], label)
            for x in sents:
                x.bullet = bulleted[0]
                x.labelled = labelled[0]
                if x.split == "bullet" or x.split == "numbered":
                    # a bullet or point written inside a line: a list item of its own
                    para_counter[0] += 1
                    x.paragraph, x.para_start, x.bullet = para_counter[0], True, True
                elif x.split in ("run_on", "stop_lower"):
                    x.line_start = True  # a full stop or line break lost in the copy
            section.sentences.extend(sents)
            buf.clear()

    for ln, gap in zip(section.lines, section.gaps, strict=True):
        text = " ".join(ln.text.split())
        if not text:
            continue
        bm = _BULLET.match(text)
        bullet = bool(bm) and (not text.startswith(("-", "–")) or text[1:2] == " ")
        if bullet and bm:
            text = text[bm.end():]
        sub = _SUBLABEL.match(text)
        prev_text = buf[-1][0] if buf else ""
        if (
            gap >= threshold
            or bullet
            or sub
            or SUB_ITEM.match(text)
            or ln.bold
            or (prev_text and prev_text.endswith(":"))
            # (a numbered sub-item – "1.1 Ventilation i sal B214. …" – runs on over its
            # wrapped lines until the next number, blank line or label)
            or (notes and prev_text and _TERMINAL.search(prev_text)
                and not SUB_ITEM.match(buf[0][0]))
            # Hard-wrapped balance list without blank lines: a line that opens a matter
            # with its raiser ("Skyddsombudens tid (väckt av Vision i december) –") after
            # a finished sentence starts the next matter.
            or (prev_text and _TERMINAL.search(prev_text) and _MATTER_OPENS.match(text))
            # "Nr 7 klart – …" / "Nr 8 – oförändrat …": each row of an action list,
            # written as a line opened by its number, is a matter of its own.
            or (prev_text and _TERMINAL.search(prev_text) and LIST_ROW.match(text))
            # A short line without a stop before a blank and a paragraph much longer
            # than itself ("Beslut i korthet – regionstyrelsen 9 november" over its
            # first paragraph, every paragraph one line): a wrapped line would fill the
            # width, so this one ended its own paragraph, a title's.
            or (gap and _ended_short(buf, text))
        ):
            flush()
            bulleted[0] = bullet
            labelled[0] = bool(sub)
        if sub:
            label = sub.group(1).capitalize()
            rest = text[sub.end():].strip()
            if not rest:
                continue
            text = rest
        buf.append((text, ln))
    flush()


#: A line this much shorter than the next, and the next this long, ended its paragraph.
_SHORT_BEFORE_LONG = 2
_LONG_PARAGRAPH = 160


def _ended_short(buf: list[tuple[str, Line]], text: str) -> bool:
    """Whether the one line in ``buf`` is a title standing over ``text``: short, without
    a stop, and ``text`` a paragraph of its own (long, ending a sentence)."""
    if len(buf) != 1:
        return False
    prev = buf[0][0]
    return (
        not _TERMINAL.search(prev)
        and len(text) >= _LONG_PARAGRAPH
        and len(text) >= _SHORT_BEFORE_LONG * len(prev)
        and bool(_TERMINAL.search(text))
    )


#: "Nr 7 klart – …": a line opened by the number of a row of an action list.
LIST_ROW = re.compile(r"^nr\.?\s*\d{1,3}\b", re.IGNORECASE)

_MATTER_OPENS = re.compile(
    r"^[A-ZÅÄÖ][^.!?()]{2,80}\((?:väckt|anmäld|inlämnad|lyft)\s+av\s+[^)]{2,60}\)\s*(?:[–:-]|$)",
    re.IGNORECASE,
)

_SUBLABEL = re.compile(
    r"^((?:[\wåäö]+s\s+)?beslut|förslag\s+till\s+beslut|beslutsunderlag|ärendebeskrivning|ärendet|"
    r"sammanfattning|yrkanden?|propositionsordning|reservationer?|protokollsanteckningar?|"
    r"särskilt\s+yttrande|bakgrund|diskussion|åtgärd|kommentar|svar|fråga)"
    r"(?:\s*:\s*|\s*$|\s+(?-i:(?=[A-ZÅÄÖ])))",
    re.IGNORECASE,
)

#: A § heading longer than this many words may hold the matter's text after its title.
_ONE_LINER_WORDS = 12


def _one_liner(number: str | None, title: str, ln: Line) -> tuple[str, str]:
    """Split a § paragraph or numbered point written on one line ("§ 8 Kommande program
    14 maj på Solbacken. Lisa bokar bussen.") into its title, the first sentence when it is a
    short one, and the text after it, which is the matter's body. Other headings and
    a title of one sentence are left whole."""
    if number and (lb := label_and_body(title)) is not None:
        return lb  # "4. Ekonomi: Kassören reviderar prognosen." / "§ 8 Bussen – Lisa bokar."
    if not number or (number.startswith("§") and len(title.split()) <= _ONE_LINER_WORDS):
        # (a numbered agenda line of any length: "8 Hjärtstartare. Caj beställer en ny.")
        return title, ""
    sents = split_sentences([(title, ln)], 0)
    if len(sents) < 2 or len(sents[0].text.split()) > _ONE_LINER_WORDS:
        return title, ""
    head = sents[0].text.strip()
    rest = " ".join(x.text for x in sents[1:])
    if not number.startswith("§") and len(rest.split()) < 3:
        return title, ""  # "… om framtiden för miljöbilar. RVIII": a mark, no sentence
    return head.rstrip("."), rest


# --- the whole document ---------------------------------------------------------------


def structure(doc: Document) -> Structure:
    """Noise-free lines, the head before the first heading, and the sections."""
    raw = doc.lines
    nonblank: list[Line] = []
    gaps: list[int] = []
    gap = 0
    for ln in raw:
        if _is_blank(ln):
            gap += 1
            continue
        # Readers drop empty lines but keep line numbers: a jump in the numbering is a gap.
        if nonblank and nonblank[-1].page == ln.page and ln.line > nonblank[-1].line:
            gap = max(gap, ln.line - nonblank[-1].line - 1)
        nonblank.append(ln)
        gaps.append(gap)
        gap = 0
    # Text extracted from some PDFs puts an empty line after every line: then only a
    # larger gap marks a paragraph.
    inner = gaps[1:]
    double_spaced = bool(inner) and sum(1 for g in inner if g >= 1) >= 0.6 * len(inner)
    # A transcript of one line per page is cut back into its lines first.
    nonblank, gaps, headers = split_page_lines(nonblank, gaps)
    drop = _noise(nonblank) | headers
    # A web page's news list is dropped whole: not even its dates are read.
    news = _news_lists(nonblank)
    kept: list[Line] = []
    kept_gaps: list[int] = []
    noise: list[Line] = []
    carry = 0
    for i, ln in enumerate(nonblank):
        if i in news:
            carry = max(carry, gaps[i])
            continue
        if i in drop:
            noise.append(ln)
            carry = max(carry, gaps[i])
            continue
        kept.append(ln)
        kept_gaps.append(max(gaps[i], carry) if carry else gaps[i])
        carry = 0

    # Minutes without numbered headings (APT notes, some municipalities) get their
    # sections from short title lines instead.
    numbered = 0
    probe: int | None = None
    paragraphs = sum(1 for ln in kept if re.match(r"^§\s*\d", ln.text.strip())) >= 2
    for ln in kept:
        hm = _heading_match(ln, probe, paragraphs)
        if hm is not None and hm[0]:
            numbered += 1
            if hm[0].isdigit():
                probe = int(hm[0])
    plain = numbered < 3

    head: list[Line] = []
    sections: list[Section] = []
    current: Section | None = None
    last_num: int | None = None
    i = 0
    while i < len(kept):
        ln, g = kept[i], kept_gaps[i]
        hm = _heading_match(ln, last_num, paragraphs)
        if hm is None and sections and last_num is not None:
            # The agenda listed first ("Dagordning 1. … 4. Övrigt"), then the items
            # themselves: numbering starts again with a title seen before.
            again = _heading_match(ln, None, paragraphs)
            if again and again[0] and any(
                again[1].lower() == sec.title.lower() for sec in sections
            ):
                hm = again
        if hm is None and not plain and _list_heading(kept, kept_gaps, i, last_num,
                                                      double_spaced):
            # "Att göra till nästa träff" over "1. Skövde skickar …" after "4. Utbildning":
            # a list numbered anew under its own heading (a Word heading style where the
            # document had one), not the text of the agenda item above
            hm = (None, " ".join(ln.text.split()).rstrip(":"))
        if hm is None and plain and _plain_heading(kept, kept_gaps, i, double_spaced):
            # "Ärende: Lokalbehov Ekängsskolan": the matter is the title, not the label.
            hm = (None, matter_title(" ".join(ln.text.split())).rstrip(":"))
        if hm is not None:
            number, title = hm
            j = i + 1
            # "§ 22 Dnr KS 2016/14": the case number where the title should be.
            dnr_first = None
            if title and _DNR.match(title):
                dnr_first, title = title, ""
            # "§ 11 Medborgarförslag om hundrastgård Dnr KS 2025/311": the case number
            # printed at the right margin of the heading line is no part of the title.
            tail = _DNR_TAIL.search(title or "")
            if tail:
                dnr_first, title = " ".join(tail.group(0).split()), title[: tail.start()].strip()
            # "§ 14" alone on its line: the title follows.
            if not title and j < len(kept) and not kept[j].cells:
                title = " ".join(kept[j].text.split())
                j += 1
            # A heading that wraps: continuation lines start in lower case.
            while (
                j < len(kept)
                and not kept[j].cells
                and _starts_lower(kept[j].text)
                # an unnumbered title over a bullet list in lower case ("Info" /
                # "- livsmedelskontrollen …"): the bullet is the list, not the title
                and not (number is None and _BULLET.match(kept[j].text.strip()))
                # "5. Kvarvarande frågor" over "a) Lokaler Lugnvik: Lotta visar …": a
                # lettered point of its own opens the section's text, whatever the
                # heading; it is no wrapped title
                and not _LETTERED_POINT.match(kept[j].text)
                and len(kept[j].text.strip()) <= 70
                and not _TERMINAL.search(title)
                and j - i <= 3
            ):
                title += " " + " ".join(kept[j].text.split())
                j += 1
            title, rest = _one_liner(number, title.strip(), ln)
            current = Section(number, title, ln.page, ln.line, dnr=dnr_first)
            sections.append(current)
            if rest:
                # the matter's text after its title on the § line is its first paragraph
                current.lines.append(dataclasses.replace(ln, text=rest, heading=None))
                current.gaps.append(0)
            if number and number.isdigit():
                last_num = int(number)
            if current.dnr is None and j < len(kept) and _DNR.match(kept[j].text):
                current.dnr = " ".join(kept[j].text.split())
                j += 1
            i = j
            continue
        if current is None:
            head.append(ln)
        elif ln.cells:
            current.table_rows.append(ln)
            current.lines.append(ln)
            current.gaps.append(g)
        else:
            if current.dnr is None and _DNR.match(ln.text) and not current.lines:
                current.dnr = " ".join(ln.text.split())
            else:
                current.lines.append(ln)
                current.gaps.append(g)
        i += 1
    headed = bool(sections)
    if not sections:
        # No headings at all: the text after the meeting facts is one section.
        whole = Section(None, "", kept[0].page if kept else 1, kept[0].line if kept else 1)
        for ln, g in zip(kept, kept_gaps, strict=True):
            whole.lines.append(ln)
            whole.gaps.append(g)
            if ln.cells:
                whole.table_rows.append(ln)
        sections.append(whole)
    preamble = lead_in = None
    if head and headed:
        pre_lines, pre_gaps = list(head), kept_gaps[: len(head)]
        start = _body_start(pre_lines, pre_gaps)
        if start is not None:
            # Prose before the first heading (a heading that comes late, or a summary
            # whose one heading closes it): the body starts at its first paragraph of
            # sentences, read as a section of its own; the title block stays preamble.
            lead_in = Section(None, "", pre_lines[start].page, pre_lines[start].line)
            lead_in.lines, lead_in.gaps = pre_lines[start:], pre_gaps[start:]
            lead_in.table_rows = [ln for ln in lead_in.lines if ln.cells]
            pre_lines, pre_gaps = pre_lines[:start], pre_gaps[:start]
        if pre_lines:
            preamble = Section(None, "", pre_lines[0].page, pre_lines[0].line)
            preamble.lines = pre_lines
            preamble.gaps = pre_gaps
            preamble.table_rows = [ln for ln in pre_lines if ln.cells]
    counter = [0]
    for sec in [x for x in (preamble, lead_in) if x] + sections:
        prose = [(ln, g) for ln, g in zip(sec.lines, sec.gaps, strict=True) if not ln.cells]
        tmp = Section(sec.number, sec.title, sec.page, sec.line)
        tmp.lines = [p[0] for p in prose]
        tmp.gaps = [p[1] for p in prose]
        _sentences_of(tmp, double_spaced, counter)
        sec.sentences = tmp.sentences
    return Structure(head, sections, kept, noise, double_spaced, preamble, lead_in)


__all__ = [
    "GENERIC_SECTIONS",
    "PROCEDURAL_SECTIONS",
    "SUB_ITEM",
    "Section",
    "Sentence",
    "Structure",
    "split_sentences",
    "structure",
]
