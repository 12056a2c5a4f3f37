"""A layout that lines its widgets up left to right and wraps onto a new row when the
width runs out (Qt's flow layout example), so a bar of filters never forces the window
wider than the screen."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    """Items keep their size hints; an item with a horizontal stretch factor (see
    :meth:`set_stretch`) grows to fill what is left of its row."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._stretch: dict[int, int] = {}
        self.setSpacing(spacing)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def add(self, widget: QWidget, stretch: int = 0) -> None:
        self.addWidget(widget)
        if stretch:
            self._stretch[id(widget)] = stretch

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._do_layout(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._do_layout(rect, apply=True)

    def sizeHint(self) -> QSize:
        width = sum(i.sizeHint().width() for i in self._items)
        width += self.spacing() * max(0, len(self._items) - 1)
        height = max((i.sizeHint().height() for i in self._items), default=0)
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _do_layout(self, rect: QRect, *, apply: bool) -> int:
        m: QMargins = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        space = self.spacing()
        rows: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._items:
            if item.widget() is not None and not item.widget().isVisibleTo(self.parentWidget()):
                continue
            w = item.sizeHint().width()
            if rows[-1] and used + space + w > area.width():
                rows.append([])
                used = 0
            used += (space if rows[-1] else 0) + w
            rows[-1].append(item)
        y = area.y()
        for row in rows:
            if not row:
                continue
            widths = [min(i.sizeHint().width(), area.width()) for i in row]
            spare = area.width() - sum(widths) - space * (len(row) - 1)
            stretches = [self._stretch.get(id(i.widget()), 0) for i in row]
            total = sum(stretches)
            if spare > 0 and total:
                widths = [w + spare * s // total for w, s in zip(widths, stretches, strict=True)]
            height = max(i.sizeHint().height() for i in row)
            x = area.x()
            for item, w in zip(row, widths, strict=True):
                if apply:
                    h = item.sizeHint().height()
                    item.setGeometry(QRect(QPoint(x, y + (height - h) // 2), QSize(w, h)))
                x += w + space
            y += height + space
        return y - space - rect.y() + m.bottom()
