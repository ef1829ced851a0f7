"""A row of buttons that wraps onto a second line when the window is narrow (a long language,
a large font), instead of widening the window: its minimum width is its widest button."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLayout,
    QLayoutItem,
    QPushButton,
    QSizePolicy,
    QWidget,
    QWidgetItem,
)

from app.gui.widgets.plain import plain_label


class WrapLayout(QLayout):
    """Widgets left to right, aligned right, wrapped to the next line when the row is full;
    heightForWidth tells the parent layout how tall the wrapped rows are. With ``spread`` the
    first widget of the layout stays at the left and the rest at the right (a stretch between
    them), on one row or two."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6,
                 spread: bool = False) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spread = spread
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def add(self, widget: QWidget) -> None:
        self.addChildWidget(widget)
        self.addItem(QWidgetItem(widget))

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        visible = [i.sizeHint() for i in self._visible()]
        if not visible:
            return QSize(0, 0)
        width = sum(s.width() for s in visible) + self.spacing() * (len(visible) - 1)
        return QSize(width, max(s.height() for s in visible))

    def minimumSize(self) -> QSize:
        size = QSize(0, 0)
        for item in self._visible():
            size = size.expandedTo(item.minimumSize().expandedTo(item.sizeHint()))
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _rows(self, width: int) -> list[list[QLayoutItem]]:
        rows: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._visible():
            need = item.sizeHint().width()
            if rows[-1] and used + self.spacing() + need > width:
                rows.append([])
                used = 0
            used += need + (self.spacing() if rows[-1] else 0)
            rows[-1].append(item)
        return [row for row in rows if row]

    def _arrange(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        y = area.y()
        for row in self._rows(area.width()):
            widths = [i.sizeHint().width() for i in row]
            height = max(i.sizeHint().height() for i in row)
            total = sum(widths) + self.spacing() * (len(row) - 1)
            x = area.x() + area.width() - total
            if move:
                for item, w in zip(row, widths, strict=True):
                    left = area.x() if self._spread and item is self._items[0] else x
                    item.setGeometry(QRect(QPoint(max(left, area.x()), y),
                                           QSize(min(w, area.width()), height)))
                    x += w + self.spacing()
            y += height + self.spacing()
        return max(0, y - self.spacing() - area.y()) + margins.top() + margins.bottom()


def split_bar(parent: QWidget, left: list[QWidget], right: list[QWidget]) -> WrapLayout:
    """A tool bar of two groups, ``left`` at the left and ``right`` at the right: on one row,
    or the right group on a second row when the window is too narrow for both."""
    bar = WrapLayout(spread=True)
    for widgets in (left, right):
        group = QWidget(parent)
        row = QHBoxLayout(group)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            row.addWidget(widget)
        bar.add(group)
    return bar


class WrapButton(QPushButton):
    """A push button whose words wrap onto more lines when it is narrow: a fix's label is a
    sentence of the knowledge base, long in every language. The words are a word-wrapped label
    inside the button (``text()`` returns them, and they are its accessible name)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = plain_label(text, self)
        self.label.setWordWrap(True)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAccessibleName(text)
        self._text = text
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        layout.addWidget(self.label)
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)  # narrower than one line
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def text(self) -> str:  # what the button says (its own text stays empty: the label shows it)
        return self._text

    def sizeHint(self) -> QSize:
        """One line, as a plain button's: it wraps only when given less."""
        layout = self.layout()
        if layout is None:
            return super().sizeHint()
        margins = layout.contentsMargins()
        line = self.label.fontMetrics().boundingRect(
            QRect(0, 0, 100000, 1000), Qt.TextFlag.TextWordWrap, self.label.text())
        width = line.width() + 2 + margins.left() + margins.right()  # 2: Qt's rounding
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        layout = self.layout()
        return layout.minimumSize() if layout is not None else super().minimumSizeHint()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        return max(layout.totalHeightForWidth(width) if layout is not None else 0,
                   super().sizeHint().height())
