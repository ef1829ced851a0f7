"""Small building blocks: a field with its error line, a collapsible section, a form factory."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.model import Status
from app.gui import theme

from .plain import plain_label


class ErrorLabel(QLabel):
    """A validation message under a field: warning sign + words + colour, hidden when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.hide()
        self._apply_colour()

    def set_message(self, message: str) -> None:
        # The engine's messages (app.core.validate) come in the current language already.
        self.setText(self.tr("⚠ {message}").format(message=message) if message else "")
        self.setVisible(bool(message))

    def message(self) -> str:
        text = self.text()
        return text[2:] if text.startswith("⚠ ") else text

    def _apply_colour(self) -> None:
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.WindowText, theme.status_colour(Status.FAIL, pal))
        self.setPalette(pal)

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self.setPalette(QPalette())
            self._apply_colour()


class FieldBox(QWidget):
    """A field widget with an :class:`ErrorLabel` below it, for a QFormLayout row."""

    def __init__(self, field: QWidget, extra: QWidget | None = None,
                 parent: QWidget | None = None, below: bool = False) -> None:
        """``extra`` (a button, a check box) goes beside the field, or under it with
        ``below`` (where a row has no room for both at 800 px or at 200 %)."""
        super().__init__(parent)
        self.field = field
        self.extra = extra
        self.error = ErrorLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        if extra is not None and below:
            layout.addWidget(field)
            layout.addWidget(extra, 0, Qt.AlignmentFlag.AlignLeft)
        elif extra is not None:
            row = QWidget(self)
            h = QHBoxLayout(row)
            h.setContentsMargins(0, 0, 0, 0)
            h.addWidget(field, 1)
            h.addWidget(extra)
            layout.addWidget(row)
        else:
            layout.addWidget(field)
        layout.addWidget(self.error)
        # No focus proxy: a proxying box left behind in the tab chain is an invisible stop
        # that sends Tab back to its field (the keyboard trap of issue 14). Focus the field.

    def setFocus(self, *args: object) -> None:
        self.field.setFocus()


def make_form(parent: QWidget | None = None) -> QFormLayout:
    form = QFormLayout(parent)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    return form


def add_row(form: QFormLayout, text: str, box: QWidget, buddy: QWidget) -> QLabel:
    """A row whose label has a mnemonic (``&Host``) and a buddy, so Alt+letter focuses it."""
    label = plain_label(text)
    label.setBuddy(buddy)
    # Align the label's text with the field's first line, whatever grows below the field
    # (notes, an error message): top-aligned, pushed down to the middle of a one-line field.
    field_h = min(buddy.sizeHint().height(), QLineEdit().sizeHint().height())
    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    label.setContentsMargins(0, max(0, (field_h - label.sizeHint().height()) // 2), 0, 0)
    form.addRow(label, box)
    return label


class Section(QWidget):
    """A titled section; a collapsible one has a keyboard-usable arrow button as its header."""

    toggled = Signal(bool)

    def __init__(self, title: str, body: QWidget, expanded: bool = True,
                 parent: QWidget | None = None, collapsible: bool = True) -> None:
        super().__init__(parent)
        self.collapsible = collapsible
        self._expanded = True
        self.header: QToolButton | QLabel
        if collapsible:
            button = QToolButton(self)
            button.setText(title)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setAutoRaise(True)
            button.setAccessibleName(self.tr("{title} section").format(title=title))
            button.clicked.connect(lambda: self.set_expanded(not self._expanded))
            self.header = button
        else:
            self.header = plain_label(title, self)
        font = self.header.font()
        font.setBold(True)
        self.header.setFont(font)
        self.body = body
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self._layout.addWidget(self.header, 0, Qt.AlignmentFlag.AlignLeft)
        self._layout.addWidget(body)
        self.set_expanded(expanded)

    def add_always_visible(self, widget: QWidget) -> None:
        """A widget shown between header and body even when collapsed (e.g. a warning)."""
        self._layout.insertWidget(1, widget)

    def is_expanded(self) -> bool:
        return self._expanded

    def set_expanded(self, expanded: bool) -> None:
        expanded = expanded or not self.collapsible
        changed = expanded != self._expanded
        self._expanded = expanded
        if isinstance(self.header, QToolButton):
            self.header.setArrowType(Qt.ArrowType.DownArrow if expanded
                                     else Qt.ArrowType.RightArrow)
            self.header.setAccessibleDescription(self.tr("expanded") if expanded
                                                 else self.tr("collapsed"))
        self.body.setVisible(expanded)
        if changed:
            self.toggled.emit(expanded)
