"""Follow-up entries in structured shapes: status lines ("Revidera lokalplanen PÅGÅENDE",
"Pågår: …", "… Status: Påbörjad."), rows whose cell is a status value, and uppdrag tables
(a header "Uppdrag … Kommentar", also printed one column name a line, then per entry its
text, a status line and a comment), written as table rows or as lines; the lists under a
status heading are read by :mod:`tracker.extract.followup_lists`.

A mixin of the follow-up reader (:mod:`tracker.extract.report_followup`): it adds
:class:`~tracker.extract.followup_entries.Entry` objects to the reader's entries.
"""

from __future__ import annotations

import re

from tracker.domain import Line
from tracker.extract.followup_entries import (
    _CONTROL_LABEL,
    _DUE_HEAD,
    _OWNER_HEAD,
    _STATUS_HEAD,
    Entry,
    _cell_status,
    _is_table_header,
    _row_cells,
    _table_columns,
    _TableColumns,
    comment_verdict,
)
from tracker.extract.followup_lines import _BOILERPLATE, _clean, body_heading, status_of
from tracker.extract.followup_lists import _ListsMixin
from tracker.extract.followup_owners import owner_cell_after
from tracker.extract.followup_sentences import due_in
from tracker.extract.followup_words import Vocabulary, glued_status

#: A status field closing an entry line: "… på skolor. Status: Påbörjad."
#: An entry, its status and its comment written as sentences on one line: "Ta fram en
#: ny taxa. Pågår. Taxan beslutas i mars." (a table flattened with full stops).
_SENTENCE_STATUS = re.compile(
    r"^(?P<text>[A-ZÅÄÖ][^.!?]{5,200}?)\.\s+(?P<status>[A-ZÅÄÖ][^.!?]{1,40}?)\.?"
    r"(?:\s+(?P<comment>[A-ZÅÄÖ0-9].*))?$"
)
#: A sentence that ends saying its subject is finished: "Samtliga uppdrag är genomförda."
_SAYS_DONE = re.compile(
    r"\s(?:är|har\s+(?:nu\s+)?blivit)\s+(?:nu\s+)?(?:helt\s+)?(?:genomförda|genomförd|genomfört|"
    r"klara|klar|klart|avslutade|avslutad|avslutat|slutförda|slutförd|slutfört|åtgärdade|"
    r"åtgärdad|åtgärdat|verkställda|verkställd|verkställt)\.?$",
    re.IGNORECASE,
)
_INLINE_STATUS = re.compile(
    r"^(?P<text>.{6,300}?)[.;,]?\s+(?:status|bedömning|åtgärdsstatus)\s*:\s*"
    r"(?P<status>[^.:;]{2,40}?)\.?\s*$",
    re.IGNORECASE,
)
#: An entry with its comment on its line: "Ta fram en plan för X. Kommentar: Planen
#: antogs i oktober." (the entry a short piece of work, the comment its state).
_INLINE_COMMENT = re.compile(
    r"^(?P<text>[A-ZÅÄÖ][^:]{5,200}?)[.;]?\s+(?:kommentar|kommentarer|kommentar\s+\w+)\s*:"
    r"\s*(?P<comment>\S.{3,})$",
    re.IGNORECASE,
)
#: The same with a note after the status value: "… Status: Pågår, beräknas klart hösten
#: 2025." (the note is the entry's comment: it may say when).
_INLINE_STATUS_NOTE = re.compile(
    r"^(?P<text>.{6,300}?)[.;,]?\s+(?:status|bedömning|åtgärdsstatus)\s*:\s*"
    r"(?P<status>[^.:;,]{2,40}?)\s*[,;–-]\s*(?P<comment>[^:]{4,200}?)\.?\s*$",
    re.IGNORECASE,
)


class _StructuredMixin(_ListsMixin):
    """Reads status lines and uppdrag tables into the reader's entries."""

    # Set by the reader (:class:`tracker.extract.report_followup._Reader`).
    lines: list[Line]
    voc: Vocabulary
    skip_cells: bool
    entries: list[Entry]

    # -- structured shapes --

    def structured(self) -> None:
        owner: str | None = None
        in_table = False
        block: list[tuple[str, Line, str]] = []  # ("P"|"S", line, text)

        # Status lines written as a system prints them ("Inga data", "Grön", "Pågående"),
        # at least two: entries with a status line even where no header was kept (unless
        # the page labels its fields, "Status" / "Pågående": labelled() reads those).
        printed = sum(
            1
            for ln in self.lines
            if (t := _clean(ln.text))[:1].isupper() and status_of(t) and ln.cells is None
        )
        # A table's header printed one column name a line ("Rekommendation" / "Status" /
        # "Kommentar"): its rows follow as lines too, a status line each.
        vertical = self._vertical_headers()
        labelled = any(
            (lab := self._label(_clean(ln.text))) and lab[0] == "status"
            for k, ln in enumerate(self.lines) if k not in vertical
        )
        status_lines = printed >= 2 and not self.skip_cells and not labelled
        # Rows of a table flattened to lines with single spaces ("Revidera taxan Pågår
        # Ett förslag tas fram …"): at least two, or a header naming the columns before.
        flat_rows = sum(1 for ln in self.lines if self._flat_row(_clean(ln.text)))

        glued_block = False
        # Entries written "Ta fram en ny taxa. Pågår. …": at least two make the shape.
        said = sum(1 for ln in self.lines if self._sentence_status(_clean(ln.text)))

        def close_block() -> None:
            nonlocal glued_block
            if (
                in_table
                or glued_block
                or (status_lines and any(k == "S" for k, _l, _t in block))
            ):
                self._table_block(block, owner, in_table)
            block.clear()
            glued_block = False

        columns: _TableColumns | None = None
        # A heading such as "Pågående arbeten" gives its status to the list under it.
        listed = self._status_sections()
        for k, ln in enumerate(self.lines):
            text = _clean(ln.text)
            if _BOILERPLATE.match(text):
                continue
            if k in listed:
                close_block()
                if listed[k]:
                    owner = listed[k]
                continue
            if k in vertical:
                close_block()
                in_table = True
                continue
            cells = _row_cells(ln)
            if cells is not None and not self.skip_cells:
                found = _table_columns(cells)
                if found is not None:
                    close_block()
                    columns = found
                    continue
                if columns is not None and len(cells) >= columns.count - 1:
                    self._column_row(ln, cells, columns, owner)
                    continue
                self._cell_row(cells, ln, owner)
                continue
            columns = None
            head = body_heading(text)
            if head:
                close_block()
                owner = head
                continue
            if _is_table_header(text) and ln.cells is None:
                close_block()
                in_table = True
                continue
            if in_table and self.voc.section.fullmatch(text.strip(" .:")):
                # A report section of its own ("Ekonomi", "Viktiga händelser") ends the
                # uppdrag table.
                close_block()
                in_table = False
                owner = None
                continue
            if ln.cells:
                continue
            st = status_of(text)
            if st:
                block.append(("S", ln, text))
                continue
            sent = self._sentence_status(text) if said >= 2 and ln.cells is None else None
            if sent is not None:
                st = status_of(sent.group("status"))
                assert st is not None
                comment = sent.group("comment")
                self.entries.append(
                    Entry(text=sent.group("text").strip(), line=ln, status=st[0],
                          status_text=sent.group("status"), owner=owner,
                          comments=[comment] if comment else [],
                          structure="rad med status som mening")
                )
                continue
            inline = _INLINE_STATUS.match(text)
            st = status_of(inline.group("status")) if inline else None
            note = None
            if not (inline and st):
                inline = _INLINE_STATUS_NOTE.match(text)
                st = status_of(inline.group("status")) if inline else None
                note = inline.group("comment") if inline else None
            commented = None if inline and st else _INLINE_COMMENT.match(text)
            if commented is not None and not comment_verdict(
                [commented.group("comment")], entry=commented.group("text")
            )[1]:
                # (a comment that tells no state in words leaves the line to the
                # reading of running text: an entry would be open by default)
                commented = None
            if commented is not None:
                # "Minska sjukfrånvaron. Kommentar: Arbetet fortgår …": the comment
                # decides the entry's state, as a table's comment column does.
                self.entries.append(
                    Entry(text=commented.group("text").strip(" .;,"), line=ln, owner=owner,
                          comments=[commented.group("comment")],
                          structure="rad med kommentarsfält")
                )
                continue
            if inline and st and st[0] != "colour":
                # "Åtgärd 3.3 Installera solceller på skolor. Status: Påbörjad."
                self.entries.append(
                    Entry(text=inline.group("text").strip(" .;,"), line=ln, status=st[0],
                          status_text=inline.group("status"), owner=owner,
                          comments=[note] if note else [],
                          structure="rad med statusfält")
                )
                continue
            lead = self.voc.leading.match(text)
            st = status_of(lead.group("status")) if lead else None
            if lead and st and st[0] != "colour":
                self.entries.append(
                    Entry(text=lead.group("text").strip(), line=ln, status=st[0],
                          status_text=lead.group("status"), owner=owner,
                          structure="rad som börjar med status")
                )
                continue
            glued = glued_status(text)
            st = status_of(glued.group("status")) if glued else None
            if glued and st:
                # "FörsenadIndividuell mätning av el- och värmeanvändning": a status
                # badge run into the entry's name; the lines after it describe it.
                close_block()
                block.append(("S", ln, glued.group("status")))
                block.append(("P", ln, glued.group("text").strip()))
                glued_block = True
                continue
            flat = self._flat_row(text) if flat_rows >= 2 else None
            if flat is not None:
                st = status_of(flat.group("status"))
                assert st is not None
                comment = flat.group("comment")
                name, cell = owner_cell_after(flat.group("text").strip(" -|–"))
                self.entries.append(
                    Entry(
                        text=name,
                        line=ln,
                        status=st[0],
                        status_text=flat.group("status"),
                        owner=cell or owner,
                        comments=[comment] if comment else [],
                        structure="tabellrad utskriven som text: uppdrag, status, kommentar",
                    )
                )
                continue
            m = self.voc.trailing.match(text)
            if m and self._trailing_ok(m) and not self.voc.status_label.match(text):
                # ("Åtgärdsstatus:Försenad" is a page's field, read with its page)
                st = status_of(m.group("status"))
                if st:
                    name, cell = owner_cell_after(m.group("text").strip(" -|–"))
                    self.entries.append(
                        Entry(
                            text=name,
                            line=ln,
                            status=st[0],
                            status_text=m.group("status"),
                            owner=cell or owner,
                            structure="rad med status",
                        )
                    )
                    continue
            block.append(("P", ln, text))
        close_block()

    @staticmethod
    def _sentence_status(text: str) -> re.Match[str] | None:
        """An entry and its status written as sentences (see ``_SENTENCE_STATUS``): the
        second sentence a status value alone, not a colour (a colour names no work)."""
        m = _SENTENCE_STATUS.match(text)
        if m is None or len(m.group("status").split()) > 4:
            return None
        st = status_of(m.group("status"))
        return m if st is not None and st[0] != "colour" else None

    def _vertical_headers(self) -> set[int]:
        """Lines of table headers printed one column name a line: two to five short
        lines in a row, each a column word, one naming the entry (uppdrag,
        rekommendation, åtgärd) and one its status or comment."""
        if self.skip_cells:
            return set()
        words = [_clean(ln.text).strip(" :") for ln in self.lines]

        def column(t: str) -> str | None:
            if len(t) > 30 or len(t.split()) > 3:
                return None
            if self.voc.entry_head.fullmatch(t):
                return "entry"
            if _STATUS_HEAD.fullmatch(t) or self.voc.comment_head.fullmatch(t):
                return "comment"
            if _OWNER_HEAD.match(t) or _DUE_HEAD.match(t):
                return "other"
            return None

        out: set[int] = set()
        k = 0
        while k < len(words):
            run = k
            while run < len(words) and run - k < 5 and column(words[run]):
                run += 1
            kinds = {column(w) for w in words[k:run]}
            if run - k >= 2 and {"entry", "comment"} <= kinds:
                out.update(range(k, run))
                k = run
            else:
                k += 1
        return out

    def _flat_row(self, text: str) -> re.Match[str] | None:
        """A flattened table row with its status inside the line (see ``mid``); a line
        that ends with its status is read by ``trailing``, a sentence is no row."""
        if len(text) > 400 or text.endswith(":"):
            return None
        words = text.split()
        if not any(w[:1].isupper() and w.lower() in self.voc.status_starts for w in words[1:]):
            return None  # no capitalised status word inside the line: no row
        m = self.voc.mid.match(text)
        if m is None or not m.group("comment"):
            return None
        if re.search(r"[.;:!?]\s*$", m.group("text")):
            return None
        return m

    @staticmethod
    def _trailing_ok(m: re.Match[str]) -> bool:
        """A status closing a line counts when written in capitals or set apart; a
        sentence that ends "… arbetet pågår." is running text, not an entry."""
        status = m.group("status")
        text = m.group("text")
        sep = m.string[len(text) : m.start("status")]
        if len(text) > 200 or text.rstrip().endswith((".", ":")):
            return False
        if (status.isupper() and len(status) > 2) or re.search(r"[|\t–]|\s-\s", sep):
            return True
        if sep.strip() == "(" and m.string.rstrip(" .").endswith(")"):
            return True  # "Ny cykelplan (pågår)"
        # "Revidera lokalplanen Pågående": a capitalised status word after a lower-case
        # word ends an entry (running text does not capitalise it); colours do not count.
        st = status_of(status)
        return (
            status[:1].isupper()
            and status[1:] == status[1:].lower()
            and st is not None
            and st[0] != "colour"
            and text.rstrip()[-1:].isalpha()
            and text.rstrip()[-1:].islower()
        )

    def _column_row(
        self, ln: Line, cells: list[str], cols: _TableColumns, owner: str | None
    ) -> None:
        """A row of a table whose header named its columns ("Status | Aktiviteter |
        Kommentar", "Kontrollmoment | Ansvarig | Status | Kommentar")."""

        def cell(k: int | None) -> str:
            return cells[k].strip() if k is not None and k < len(cells) else ""

        text = cell(cols.entry)
        status_cell, comment = cell(cols.status), cell(cols.comment)
        last = self.entries[-1] if self.entries and self.entries[-1].columns is cols else None
        if last is not None and (not text or text[:1].islower()) and not status_cell:
            # A cell's text wrapped onto the next printed line (PDF): it goes on.
            if text:
                last.text = f"{last.text} {text}"
            if comment:
                last.comments.append(comment)
            return
        if len(text) < 4:
            return
        status, status_text = _cell_status(status_cell)
        used = {cols.entry, cols.status, cols.comment, cols.owner, cols.due}
        extra = [
            f"{cols.names[k]}: {c}" for k, c in enumerate(cells)
            if k not in used and k < cols.count and c.strip()
        ]
        structure = "tabell med kolumnerna " + " | ".join(cols.names)
        row_owner = cell(cols.owner) or owner
        due_cell = cell(cols.due)
        self.entries.append(
            Entry(
                text=text + (f" ({due_cell})" if due_cell and not due_in(text, None) else ""),
                line=ln,
                status=status,
                status_text=status_text or None,
                owner=row_owner,
                comments=[c for c in (comment,) if c] + extra,
                structure=structure,
                columns=cols,
                control=bool(_CONTROL_LABEL.match(cols.names[cols.entry])),
            )
        )

    def _cell_row(self, cells: list[str], ln: Line, owner: str | None) -> None:
        """A row without a known header: a cell that is a status value alone makes it an
        entry (the longest of the first two other cells)."""
        statuses = [(k, status_of(c)) for k, c in enumerate(cells) if c]
        hit = next(((k, s) for k, s in statuses if s), None)
        if hit is None:
            return
        k, st = hit
        assert st is not None
        others = [c for j, c in enumerate(cells) if j != k and c]
        if not others:
            return
        text = max(others[:2], key=len) if len(others) > 1 else others[0]
        comments = [c for c in others if c is not text]
        self.entries.append(
            Entry(text=text, line=ln, status=st[0], status_text=st[1], owner=owner,
                  comments=comments, structure="tabellrad med statuskolumn")
        )

    def _table_block(self, block: list[tuple[str, Line, str]], owner: str | None,
                     in_table: bool) -> None:
        """Paragraphs and status lines under one heading: each status line belongs to the
        paragraph just before it (the entry); paragraphs after it are its comment.
        Without status lines (an uppdrag table under a body heading) the first paragraph
        is the entry and the rest its comment."""
        if not any(k == "S" for k, _l, _t in block):
            paras = [(ln, t) for k, ln, t in block if k == "P" and re.search(r"\w", t)]
            if not paras or (owner is None and not in_table):
                return
            # A system's export separates its entries by a line with only a dot or a
            # dash: the paragraph after one starts the next entry, however long.
            separated: set[int] = set()
            seen = 0
            for k, _ln, t in block:
                if k == "P" and re.search(r"\w", t):
                    seen += 1
                elif k == "P" and _SEPARATOR.match(t) and seen:
                    separated.add(seen)
            # Each uppdrag's name stands as a line of its own, its comment in sentences
            # after it: a short line without a full stop followed by a sentence starts
            # the next entry ("Implementera e-arkiv (KS)" / "Uppdraget bedöms …").
            starts = [0] + [
                k for k in range(1, len(paras) - 1)
                if k in separated
                or (_entry_name(paras[k][1]) and not _entry_name(paras[k + 1][1])
                    and _entry_name(paras[0][1]))
            ]
            for n, k in enumerate(starts):
                end = starts[n + 1] if n + 1 < len(starts) else len(paras)
                ln, t = paras[k]
                self.entries.append(
                    Entry(text=t, line=ln, owner=owner,
                          comments=[p for _l, p in paras[k + 1 : end]],
                          structure="uppdragstabell: uppdrag och kommentar")
                )
            return
        if block[0][0] == "S":
            self._status_first_block(block, owner)
            return
        pending: list[tuple[Line, str]] = []
        last: Entry | None = None
        for kind, ln, t in block:
            if kind == "P":
                pending.append((ln, t))
                continue
            st = status_of(t)
            assert st is not None
            if not pending:
                continue
            if last is not None:
                last.comments += [p for _l, p in pending[:-1]]
            eln, et = pending[-1]
            said = _SAYS_DONE.search(et)
            if said:
                # "Samtliga uppdrag är genomförda": the line says its own state, which a
                # status line after it (a heading's) does not change.
                st = ("done", said.group(0).strip(" ."))
            last = Entry(text=et, line=eln, status=st[0], status_text=st[1], owner=owner,
                         structure="uppdrag med statusrad")
            self.entries.append(last)
            pending = []
        if last is not None:
            last.comments += [p for _l, p in pending]


    def _status_first_block(self, block: list[tuple[str, Line, str]],
                            owner: str | None) -> None:
        """A block that opens with a status line prints each status before its entry
        (a management system's export: "Bedöms bli genomförd" / "Se över riktlinjerna
        (KFN)" / its comment): the paragraph after a status line is the entry, the
        paragraphs after that its comment."""
        last: Entry | None = None
        status: tuple[str, str] | None = None
        for kind, ln, t in block:
            if kind == "S":
                status = status_of(t)
                last = None
                continue
            if last is None and status is not None:
                last = Entry(text=t, line=ln, status=status[0], status_text=status[1],
                             owner=owner, structure="uppdrag efter statusrad")
                self.entries.append(last)
                status = None
            elif last is not None and not last.comments and _DESCRIBED.match(t):
                # "Åtgärd SEK.O.1.c Införande av …": the entry's own description under
                # its number, part of the entry rather than a comment on it.
                last.text = f"{last.text}. {t}"
            elif last is not None:
                last.comments.append(t)


#: A line that separates a system's entries: ".", "-", "–", "•".
_SEPARATOR = re.compile(r"^\s*[.\-–•·]\s*$")

#: A line that describes the entry above it under its number: "Åtgärd K.2.a Byta …".
_DESCRIBED = re.compile(r"^(?:Åtgärd|Aktivitet|Uppdrag|Insats)\s+[\w.]*\d[\w.]*\s+\S")


def _entry_name(text: str) -> bool:
    """A line that names an uppdrag (short, capitalised, no full stop), not a sentence
    of its comment."""
    t = text.strip()
    return (
        t[:1].isupper()
        and not t.endswith((".", ":", "!", "?"))
        and 2 <= len(t.split()) <= 14
        and len(t) <= 120
    )
