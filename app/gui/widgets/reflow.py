"""A form of labelled fields in columns side by side that folds into one column (each label
beside its field, one field a row) when its width can't hold the columns, and puts each label
above its field when even that is too wide: a long language or a large font keeps the window
within an 800×600 screen without cutting a label."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QWidget


@dataclass(frozen=True)
class _Cell:
    widget: QWidget
    row: int
    col: int  # grid column of the wide layout: 2k is field k's label, 2k + 1 its field
    colspan: int
    align: Qt.AlignmentFlag


class ReflowForm(QWidget):
    """``place`` widgets on a grid as for the wide layout (label at column 2k, field at 2k + 1);
    the form shows that layout when its width allows, else every (row, k) pair on a row of its
    own in reading order (``SIDE``), else each label above its field (``STACKED``). Its minimum
    width is the stacked layout's."""

    WIDE, SIDE, STACKED = 0, 1, 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(4)
        self._cells: list[_Cell] = []
        self._label_heights: dict[QWidget, int] = {}  # a label's minimum height beside a field
        self._stretch: dict[int, int] = {}  # wide column -> stretch
        self.mode = self.WIDE

    def place(self, widget: QWidget, row: int, col: int, colspan: int = 1,
              align: Qt.AlignmentFlag | None = None) -> None:
        self._cells.append(_Cell(widget, row, col, colspan, align or Qt.AlignmentFlag(0)))
        self._lay_out()

    def set_column_stretch(self, col: int, stretch: int) -> None:
        self._stretch[col] = stretch
        self._lay_out()

    # -- widths ----------------------------------------------------------------------------------
    @staticmethod
    def _width(widget: QWidget, label: bool) -> int:
        """A label's whole text; a field's minimum width (as set, else its hint: as Qt's
        layouts take it)."""
        if label:
            return max(widget.minimumWidth(), widget.sizeHint().width())
        return widget.minimumWidth() or widget.minimumSizeHint().width()

    def _columns(self, cells: list[_Cell]) -> int:
        """The width the grid columns of ``cells`` need (spanning cells aside)."""
        widths: dict[int, int] = {}
        for cell in cells:
            if cell.colspan == 1 and not cell.widget.isHidden():
                widths[cell.col] = max(widths.get(cell.col, 0),
                                       self._width(cell.widget, cell.col % 2 == 0))
        return sum(widths.values()) + self.grid.horizontalSpacing() * max(0, len(widths) - 1)

    def wide_width(self) -> int:
        return self._columns(self._cells)

    def side_width(self) -> int:
        return self._columns([_Cell(c.widget, 0, c.col % 2, 1, c.align) for c in self._cells])

    def stacked_width(self) -> int:
        return self._columns([_Cell(c.widget, 0, 0, 1, c.align) for c in self._cells])

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.stacked_width()), hint.height())

    def mode_for(self, width: int) -> int:
        """The layout the form takes at ``width``: the widest that fits."""
        return (self.WIDE if width >= self.wide_width()
                else self.SIDE if width >= self.side_width() else self.STACKED)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        mode = self.mode_for(event.size().width())
        if mode != self.mode:
            self.mode = mode
            self._lay_out()
            self.grid.activate()  # now, at this width: no paint of the squeezed columns
            self.updateGeometry()  # the new arrangement's height: the page makes room or scrolls

    # -- layout ----------------------------------------------------------------------------------
    def _lay_out(self) -> None:
        for cell in self._cells:
            self.grid.removeWidget(cell.widget)
        for col in range(self.grid.columnCount()):
            self.grid.setColumnStretch(col, 0)
        for row in range(self.grid.rowCount()):
            self.grid.setRowStretch(row, 0)
        keys = sorted({(c.row, c.col // 2) for c in self._cells})
        last = 0
        for cell in self._cells:
            align = cell.align
            if self.mode == self.WIDE:
                row, col, span = cell.row, cell.col, cell.colspan
            elif self.mode == self.SIDE:
                row, col, span = keys.index((cell.row, cell.col // 2)), cell.col % 2, 1
            else:  # the label on a row of its own, left, its field under it
                row, col, span = 2 * keys.index((cell.row, cell.col // 2)) + cell.col % 2, 0, 1
                if cell.col % 2 == 0:
                    align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
            if cell.col % 2 == 0:  # a label: as tall as its field beside it, its text's above
                height = self._label_heights.setdefault(cell.widget, cell.widget.minimumHeight())
                cell.widget.setMinimumHeight(0 if self.mode == self.STACKED else height)
            self.grid.addWidget(cell.widget, row, col, 1, span, align)
            last = max(last, row)
        for col, stretch in self._stretch.items():
            if self.mode != self.STACKED:
                self.grid.setColumnStretch(col if self.mode == self.WIDE else col % 2, stretch)
        self.grid.setRowStretch(last + 1, 1)  # rows stay compact at the top
