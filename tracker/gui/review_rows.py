"""The review dialog's table of candidates, one row per plan entry: the columns, how
a row is filled from an entry (checkbox, the choice of new item or which item it
updates or closes, title, owner, due date, confidence, kind, page), the one-key choices
on a row, and how the edited rows are written back into the plan when the dialog is
accepted.  The dialog around it is :mod:`tracker.gui.review`."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QTableWidgetItem

from tracker.domain import MAX_DUE, MIN_DUE, due_in_range
from tracker.errors import NotFoundError
from tracker.extract.typed_dates import parse_typed_date
from tracker.gui.errors import show_error
from tracker.gui.model import kind_label
from tracker.gui.widgets import plain_tooltip
from tracker.services.meeting_date import Resolved
from tracker.services.meetings import canonical_body
from tracker.services.plan import PlanEntry

COL_USE, COL_ACTION, COL_TITLE, COL_OWNER, COL_DUE, COL_CONF, COL_KIND, COL_PAGE = range(8)
_LOW_CONFIDENCE = 0.5
# Kinds a hand-added item may be given (the default first); "closing" is left out: a
# closing sentence is matched to an item, never an item of its own.
HAND_KINDS = (
    "action", "assignment", "carried_over", "awaiting_reply", "referred", "tabled",
    "sent_back", "follow_up", "balance_row", "activity", "goal_deviation",
    "indicator_deviation",
)  # fmt: skip


def _choice(action: str, item_id: int | None) -> str:
    """Combo-box data for an action: "new", "skip", "update:12", "close:12"."""
    return action if item_id is None else f"{action}:{item_id}"


def _parse_choice(data: str) -> tuple[str, int | None]:
    action, _, item_id = str(data).partition(":")
    return action, (int(item_id) if item_id else None)


def _widen_popup(combo: QComboBox) -> None:
    """Let the open list show each choice whole: the column is narrow (the document pane
    sits beside the table), and a choice such as "Stänger ej tagen punkt från 2024-03-01:
    …" is read to pick the right item, so clipping it in the list defeats the choice."""
    view = combo.view()
    metrics = view.fontMetrics()
    widest = max((metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count())),
                 default=0)  # fmt: skip
    # Room for the item's margins and a scroll bar when the list is long.
    room = 2 * metrics.averageCharWidth() + view.verticalScrollBar().sizeHint().width()
    view.setMinimumWidth(widest + room)


class ReviewRows:
    """Part of :class:`~tracker.gui.review.ReviewDialog`: its table's rows and what they
    say about the plan (``self.table``, ``self.entries``, ``self.action_boxes``)."""

    def _fill_row(self, row: int, entry: PlanEntry) -> None:
        c = entry.candidate
        use = QTableWidgetItem()
        use.setFlags(
            Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
        )
        use.setCheckState(Qt.CheckState.Checked if entry.accepted else Qt.CheckState.Unchecked)
        use.setData(
            Qt.ItemDataRole.AccessibleTextRole, self.tr("Ta med punkt {n}").format(n=row + 1)
        )
        self.table.setItem(row, COL_USE, use)

        combo = QComboBox(self.table)
        combo.setAccessibleName(self.tr("Åtgärd för punkt {n}").format(n=row + 1))
        closing = entry.action == "close"
        # A mention ("Skyddsronder: … avförs") only updates or closes an item: it is
        # never one of its own, so it offers "skip" instead of "Ny".
        skippable = closing or entry.mention
        if not skippable:
            combo.addItem(self.tr("Ny"), _choice("new", None))
        verb = self.tr("Stänger") if closing else self.tr("Uppdaterar")
        seen: set[int] = set()
        options: list[tuple[int, str, float]] = []
        reasons = {o[0]: o[3] for o in entry.options}
        if entry.match_id is not None:
            options.append((entry.match_id, entry.match_title or "", entry.score))
        options += [(o[0], o[1], o[2]) for o in entry.options]
        options += list(entry.alternatives)
        action = "close" if closing else "update"
        for item_id, title, score in options:
            if item_id in seen:
                continue
            seen.add(item_id)
            short = title if len(title) <= 48 else title[:47] + "…"
            if item_id < 0:
                # A candidate an earlier import did not take: choosing it puts it on the
                # list (its own sentence and date kept) and then updates or closes it.
                text = self.tr("{verb} ej tagen punkt från {date}: {title} ({score:.0f} %)").format(
                    verb=verb, date=entry.offered_on.get(item_id, "?"), title=short,
                    score=score)  # fmt: skip
            else:
                text = self.tr("{verb} #{id}: {title} ({score:.0f} %)").format(
                    verb=verb, id=item_id, title=short, score=score
                )
            combo.addItem(text, _choice(action, item_id))
            if reasons.get(item_id):
                combo.setItemData(
                    combo.count() - 1,
                    plain_tooltip(self.tr("Varför: {r}").format(r=reasons[item_id])),
                    Qt.ItemDataRole.ToolTipRole,
                )
        if closing:
            combo.addItem(self.tr("Stänger ingen punkt (hoppa över)"), _choice("skip", None))
        elif entry.mention:
            combo.addItem(self.tr("Uppdaterar ingen punkt (hoppa över)"), _choice("skip", None))
        current = _choice(entry.action, entry.match_id) if entry.match_id is not None else None
        idx = combo.findData(current) if current else 0
        if skippable and entry.match_id is None:
            idx = combo.count() - 1
        combo.setCurrentIndex(max(idx, 0))
        _widen_popup(combo)
        combo.setToolTip(plain_tooltip(combo.currentText()))
        combo.currentIndexChanged.connect(lambda *_: self._update_counts())
        combo.currentTextChanged.connect(lambda text, c=combo: c.setToolTip(plain_tooltip(text)))
        self.action_boxes.append(combo)
        self.table.setCellWidget(row, COL_ACTION, combo)

        self.table.setItem(row, COL_TITLE, QTableWidgetItem(" ".join(c.title.split())))
        self.table.item(row, COL_TITLE).setToolTip(plain_tooltip(c.text or c.title))
        self.table.setItem(row, COL_OWNER, QTableWidgetItem(c.owner or ""))
        due = QTableWidgetItem(c.due.isoformat() if c.due else "")
        if c.due_text:
            due.setToolTip(plain_tooltip(self.tr("i dokumentet: ”{text}”").format(text=c.due_text)))
        self.table.setItem(row, COL_DUE, due)
        conf = QTableWidgetItem(
            self.tr("för hand") if entry.manual else f"{round(c.confidence * 100)} %"
        )
        conf.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        conf.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if entry.unsure and entry.options and entry.action == "new" and not entry.manual:
            conf.setText(self.tr("liknar"))
            conf.setForeground(QBrush(QColor("#9b5b00")))
            conf.setToolTip(self.tr(
                "Ny punkt som liknar befintliga: är det samma fråga, välj den med 1, 2 "
                "eller 3 så uppdateras den i stället."))
        elif entry.unsure and entry.options and not entry.manual:
            conf.setText(self.tr("osäker"))
            conf.setForeground(QBrush(QColor("#9b5b00")))
            conf.setToolTip(self.tr(
                "Osäker koppling till en befintlig punkt: välj rätt punkt med 1, 2 eller 3 "
                "(N = ny punkt). Sparas inte utan ditt val."))
        elif c.tier == "possible" and not entry.manual:
            conf.setText(self.tr("möjlig"))
            conf.setForeground(QBrush(QColor("#9b5b00")))
            conf.setToolTip(self.tr(
                "Möjlig punkt: en mening med en skyldighet som ingen regel bekräftade. "
                "Kryssa i den om den ska med."))
        elif entry.manual:
            conf.setToolTip(self.tr("Tillagd för hand från dokumentets text; Delete tar bort den."))
        elif c.confidence < _LOW_CONFIDENCE:
            conf.setForeground(QBrush(QColor("#9b5b00")))
            conf.setToolTip(self.tr("Låg säkerhet: kontrollera punkten extra noga."))
        if c.page in self.ocr_pages and not entry.manual:
            conf.setText(conf.text() + " " + self.tr("OCR"))
            conf.setForeground(QBrush(QColor("#9b5b00")))
            conf.setToolTip(self.tr(
                "Sidan {page} lästes med textigenkänning (OCR): texten kan vara feltolkad. "
                "Kontrollera punkten mot originalet."
            ).format(page=c.page))
        self.table.setItem(row, COL_CONF, conf)
        kind = QTableWidgetItem(kind_label(c.kind))
        kind.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.table.setItem(row, COL_KIND, kind)
        if entry.manual:
            # The secretary chose this item, so she may say what kind it is too.
            kinds = QComboBox(self.table)
            kinds.setAccessibleName(self.tr("Typ för punkt {n}").format(n=row + 1))
            for k in dict.fromkeys((c.kind, *HAND_KINDS)):
                kinds.addItem(kind_label(k), k)
            kinds.setCurrentIndex(0)
            self.table.setCellWidget(row, COL_KIND, kinds)
        page = QTableWidgetItem(str(c.page) if c.page else "")
        page.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.table.setItem(row, COL_PAGE, page)

    def _check_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for row in range(self.table.rowCount()):
            self.table.item(row, COL_USE).setCheckState(state)

    def _selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def pick_option(self, row: int, number: int) -> bool:
        """Link row ``row`` to its ``number``-th offered item (1–3) and check it; 0
        makes it a new item (where that is allowed).  The one-key choice of an unsure
        link.  Returns whether anything was chosen."""
        entry = self.entries[row]
        combo = self.action_boxes[row]
        if number == 0:
            idx = combo.findData(_choice("new", None))
        else:
            if number > len(entry.options[:3]):
                return False
            item_id = entry.options[number - 1][0]
            action = "close" if entry.action == "close" else "update"
            idx = combo.findData(_choice(action, item_id))
        if idx < 0:
            return False
        combo.setCurrentIndex(idx)
        self.table.item(row, COL_USE).setCheckState(Qt.CheckState.Checked)
        self._update_counts()
        return True


    def toggle_selected(self) -> None:
        """Check or uncheck the selected rows (all alike: checked unless all were)."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows:
            return
        cells = [self.table.item(r, COL_USE) for r in rows]
        on = not all(c.checkState() == Qt.CheckState.Checked for c in cells)
        for c in cells:
            c.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self._update_counts()

    def _update_counts(self) -> None:
        new = upd = close = 0
        for row in range(self.table.rowCount()):
            if self.table.item(row, COL_USE) is None or len(self.action_boxes) <= row:
                continue
            if self.table.item(row, COL_USE).checkState() != Qt.CheckState.Checked:
                continue
            action, _ = _parse_choice(self.action_boxes[row].currentData())
            new += action == "new"
            upd += action == "update"
            close += action == "close"
        self.counts.setText(
            self.tr("Sparas: {new} nya, {upd} uppdaterade, {close} stängda").format(
                new=new, upd=upd, close=close
            )
        )

    # id(candidate) → its due date read again against a meeting date given in review.
    _auto_dues: dict[int, Resolved]

    def _meeting_date(self) -> dt.date | None:
        return self.plan.extraction.meeting.date

    def _due_typed(self, cell: QTableWidgetItem) -> None:
        """A date typed as people write it ("14/5", "v. 20", "i maj") is shown at once
        as the date it will be saved as (the Swedish date parser, near the meeting)."""
        if cell.column() != COL_DUE:
            return
        text = cell.text().strip()
        parsed = parse_typed_date(text, self._meeting_date())
        shown = (parsed.value.isoformat() if parsed.value else "") if parsed.ok else text
        if shown != cell.text():  # "ingen" clears, "14/5" becomes 2024-05-14
            cell.setText(shown)


    def write_plan(self) -> bool:
        """Validate the edits and write them into the plan; False (after showing the
        problem) when a row cannot be saved as it is."""
        dues: list[dt.date | None] = []
        for row, entry in enumerate(self.entries):
            text = self.table.item(row, COL_DUE).text().strip()
            if not text:
                dues.append(None)
                continue
            try:
                day = dt.date.fromisoformat(text)
            except ValueError:
                day = parse_typed_date(text, self._meeting_date()).value
            if day is None:
                self.table.selectRow(row)
                show_error(
                    self,
                    self.tr(
                        "Datumet ”{text}” för punkten ”{title}” går inte att läsa. Skriv "
                        "t.ex. 2024-05-14, 14/5, 14 maj eller v. 20, eller lämna rutan tom."
                    ).format(text=text, title=entry.candidate.title[:60]),
                )
                return False
            if not due_in_range(day):
                # Years outside 1900–2200 are typing errors (and break the exports).
                self.table.selectRow(row)
                show_error(
                    self,
                    self.tr(
                        "Datumet {text} för punkten ”{title}” ligger utanför det tillåtna "
                        "spannet {first}–{last}. Kontrollera årtalet."
                    ).format(text=text, title=entry.candidate.title[:60],
                             first=MIN_DUE.year, last=MAX_DUE.year),
                )
                return False
            dues.append(day)
        for row in range(len(self.entries)):
            checked = self.table.item(row, COL_USE).checkState() == Qt.CheckState.Checked
            title = " ".join(self.table.item(row, COL_TITLE).text().split())
            if checked and not title:
                self.table.selectRow(row)
                show_error(
                    self,
                    self.tr(
                        "Punkt {n} saknar titel. Skriv en titel eller bocka ur punkten."
                    ).format(n=row + 1),
                )
                return False
        for row, entry in enumerate(self.entries):
            c = entry.candidate
            checked = self.table.item(row, COL_USE).checkState() == Qt.CheckState.Checked
            action, match_id = _parse_choice(self.action_boxes[row].currentData())
            kinds = self.table.cellWidget(row, COL_KIND)
            if isinstance(kinds, QComboBox):
                c.kind = kinds.currentData()
            c.title = " ".join(self.table.item(row, COL_TITLE).text().split())
            c.owner = self.table.item(row, COL_OWNER).text().strip() or None
            if dues[row] != c.due:
                # The document's phrase read against a meeting date given in review
                # keeps its precision ("i mars" is a month); a typed date is a day.
                auto = self._auto_dues.get(id(c))
                c.due = dues[row]
                c.due_precision = (
                    auto.precision if auto is not None and auto.due == c.due
                    else "day" if c.due else None
                )  # fmt: skip
            if action == "skip":
                entry.accepted = False
                continue
            entry.accepted = checked
            if match_id != entry.match_id or action != entry.action:
                entry.action = action
                entry.match_id = match_id
                entry.match_title = None
                entry.match_version = None
                if match_id is not None and match_id < 0:
                    # A candidate not taken before: no item yet (applying makes it).
                    row = self.plan.not_taken.get(match_id)
                    entry.match_title = row.title if row is not None else None
                elif match_id is not None:
                    try:
                        item = self.store.get_item(match_id)
                    except NotFoundError as exc:
                        show_error(self, exc)
                        return False
                    entry.match_title = item.title
                    entry.match_version = item.version
        self.plan.body = canonical_body(self.store, self.body.text().strip() or None)
        self.plan.entries = self.entries
        return True
