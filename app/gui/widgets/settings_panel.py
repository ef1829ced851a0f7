"""The left pane: server form, Advanced (collapsed), Test message and After sending, watch a
mailbox (collapsed), in one scroll area.

``form_values()`` gives the engine's form keys (``app.core.validate.parse_form``) and
``show_errors()`` puts each FieldError next to the widget of its field.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QScrollArea, QVBoxLayout, QWidget

from app.gui.widgets.advanced import AdvancedForm, VerifyWarning
from app.gui.widgets.fields import FieldBox, Section
from app.gui.widgets.message_form import MessageForm
from app.gui.widgets.server_form import ServerForm
from app.gui.widgets.watch_form import WatchForm


class SettingsPanel(QScrollArea):
    edited = Signal()
    submitted = Signal()  # Enter in a field: run the default action

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        # The scroll area itself is no tab stop: it would take focus invisibly (issue 14).
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(4, 4, 8, 8)
        layout.setSpacing(6)

        self.server = ServerForm(inner)
        self.server_section = Section(self.tr(
            "Server"), self.server, True, inner, collapsible=False)
        layout.addWidget(self.server_section)

        self.advanced = AdvancedForm(inner)
        self.advanced_section = Section(self.tr("Advanced"), self.advanced, False, inner)
        self.verify_warning = VerifyWarning(inner)
        self.advanced_section.add_always_visible(self.verify_warning)
        layout.addWidget(self.advanced_section)

        self.message = MessageForm(inner)
        self.message_section = Section(self.tr("Test message"), self.message, True, inner)
        layout.addWidget(self.message_section)

        self.watch = WatchForm(inner)
        self.watch_section = Section(self.tr("After sending, watch a mailbox"), self.watch,
                                     False, inner)
        layout.addWidget(self.watch_section)
        layout.addStretch(1)
        self.setWidget(inner)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self._sections = (self.server_section, self.advanced_section, self.message_section,
                          self.watch_section)
        for section in self._sections:  # an opened section's labels join the column
            section.toggled.connect(lambda _open: self._align_labels(inner))
        self._labels = [label for label in inner.findChildren(QLabel)
                        if label.buddy() is not None]
        for label in self._labels:  # ...and a row's, as it shows or hides (OAuth, the watch)
            label.installEventFilter(self)
        inner.installEventFilter(self)  # its layout changed: the splitter must hear of it
        self._align_labels(inner)
        self.advanced.verify_changed.connect(lambda on: self.verify_warning.setVisible(not on))
        self.server.username.textChanged.connect(self.message.set_username)
        for form in (self.server, self.advanced, self.message, self.watch):
            form.edited.connect(self.edited)
        for line in inner.findChildren(QLineEdit):
            line.returnPressed.connect(self.submitted)  # Return and keypad Enter
        self._boxes: dict[str, FieldBox] = {
            **self.server.boxes(), **self.advanced.boxes(), **self.message.boxes(),
            **self.watch.boxes()}
        self._section_of = {
            **dict.fromkeys(self.server.boxes(), self.server_section),
            **dict.fromkeys(self.advanced.boxes(), self.advanced_section),
            **dict.fromkeys(self.message.boxes(), self.message_section),
            **dict.fromkeys(self.watch.boxes(), self.watch_section),
        }

    def minimumSizeHint(self) -> QSize:
        """Never narrower than the form: no clipped fields, no horizontal scrolling."""
        hint = super().minimumSizeHint()
        inner = self.widget()
        if inner is None:
            return hint
        width = (inner.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
                 + 2 * self.frameWidth())
        return QSize(max(hint.width(), width), hint.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        inner = self.widget()
        if event.type() in (QEvent.Type.ShowToParent, QEvent.Type.HideToParent):
            if inner is not None:
                self._align_labels(inner)
        elif watched is inner and event.type() == QEvent.Type.LayoutRequest:
            # A scroll area's minimum doesn't follow its widget's by itself (minimumSizeHint
            # above does): a section opened wider asks the splitter for the room.
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def _align_labels(self, inner: QWidget) -> None:
        """One label column width for the forms, so the fields line up: the widest label shown
        (a closed section's or a hidden row's label doesn't widen the panel)."""
        labels = getattr(self, "_labels", [])
        width = max((label.sizeHint().width() for label in labels
                     if label.isVisibleTo(inner)), default=0)
        for label in labels:
            label.setMinimumWidth(width)

    def focus_order(self) -> list[QWidget]:
        """Every input of the three forms in reading order, the section headers between."""
        return [*self.server.focus_order(), self.advanced_section.header,
                *self.advanced.focus_order(), self.message_section.header,
                *self.message.focus_order(), self.watch_section.header,
                *self.watch.focus_order()]

    # -- values --------------------------------------------------------------------------------
    def profile_values(self) -> dict[str, Any]:
        """What a profile saves (the secret keys are dropped by the profile store)."""
        return {**self.server.values(), **self.advanced.values(), **self.message.values(),
                **self.watch.values()}

    def form_values(self, stop_after: str) -> dict[str, Any]:
        """The engine's form for ``parse_form``."""
        values = {**self.server.values(), **self.advanced.values(), **self.message.run_values()}
        values.pop("provider", None)
        values.pop("remember_password", None)
        values["stop_after"] = stop_after
        values.update(self.watch.run_values(stop_after))
        return values

    def set_values(self, values: dict[str, Any]) -> None:
        self.server.set_values(values)
        self.advanced.set_values(values)
        self.message.set_values(values)
        self.watch.set_values(values)
        self.message.set_username(self.server.username.text())
        self.verify_warning.setVisible(not self.advanced.verify.isChecked())
        self.clear_errors()

    # -- validation messages -------------------------------------------------------------------
    def clear_errors(self) -> None:
        for box in self._boxes.values():
            box.error.set_message("")

    def show_errors(self, errors: Iterable[Any]) -> list[str]:
        """Show each FieldError at its field; focus the first. Returns the fields shown."""
        self.clear_errors()
        shown: list[str] = []
        unplaced: list[str] = []
        for error in errors:
            box = self._boxes.get(error.field)
            if box is None:
                unplaced.append(error.message)
                continue
            old = box.error.message()
            box.error.set_message(f"{old}\n{error.message}" if old else error.message)
            self._section_of[error.field].set_expanded(True)
            shown.append(error.field)
        if unplaced:
            box = self._boxes["host"]
            old = box.error.message()
            box.error.set_message("\n".join([old, *unplaced] if old else unplaced))
        if shown:
            first = self._boxes[shown[0]]
            first.setFocus()
            self.ensureWidgetVisible(first)
        return shown

    def has_errors(self) -> bool:
        return any(box.error.message() for box in self._boxes.values())

    def recheck_errors(self, errors: Iterable[Any]) -> int:
        """Re-check the fields that show a message: the new message, or none once corrected.
        Returns how many fields still show one."""
        fresh: dict[str, list[str]] = {}
        for error in errors:
            fresh.setdefault(error.field, []).append(error.message)
        left = 0
        for field, box in self._boxes.items():
            if box.error.message():
                box.error.set_message("\n".join(fresh.get(field, [])))
                left += bool(box.error.message())
        return left

    def error_for(self, field: str) -> str:
        box = self._boxes.get(field)
        return box.error.message() if box else ""

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.verify_warning.refresh_colours()
