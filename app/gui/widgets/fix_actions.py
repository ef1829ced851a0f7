"""One-click fixes: a button per action of the selected step's advice, under Details, and Undo.

``FixActionsBar`` only shows buttons; ``FixActions`` (one per main window) carries them out on
the connection form: ``set`` changes the form's widgets (and, for a retry action, runs the same
test again), ``choose_ca_file`` opens the Advanced section's CA file dialog, ``open_tool`` shows
the Ports page. Before a change the form's values are kept, so "Undo the fix" puts them back
(the password is never part of that copy: restoring the form leaves the password field alone).
``remember()`` does the same for a change made elsewhere ("Use these settings").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.core.model import Advice, FixAction, Security
from app.gui.facts import security_label
from app.gui.i18n import translate
from app.gui.widgets.plain import plain_label, plain_tooltip
from app.gui.widgets.server_form import set_combo
from app.gui.widgets.wrap import WrapButton

if TYPE_CHECKING:
    from app.gui.main_window import MainWindow

SECRET_KEYS = ("password", "oauth_token")


class FixActionsBar(QWidget):
    """"Fix it in one click:" and a button per action; "Undo the fix" after one was applied."""

    triggered = Signal(object)  # the FixAction clicked
    undo_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fixActions")
        self.heading = plain_label(self.tr("Fix it in one click:"), self)
        self.undo = QPushButton(self.tr("Undo the fix"), self)
        self.undo.hide()
        self.undo.clicked.connect(self.undo_clicked)
        self._box = QVBoxLayout()
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.setSpacing(2)
        self.buttons: list[WrapButton] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(2)
        layout.addWidget(self.heading)
        layout.addLayout(self._box)
        undo_row = QHBoxLayout()
        undo_row.addWidget(self.undo)
        undo_row.addStretch(1)
        layout.addLayout(undo_row)
        self.shown: tuple[FixAction, ...] = ()
        self._refresh()

    def show_advice(self, advice: Advice | None, target: Mapping[str, Any] | None = None) -> None:
        """Buttons for ``advice``'s actions (none for None); ``target`` gives the tool tips
        their equivalent command line."""
        actions = advice.actions if advice is not None else ()
        if actions == self.shown:
            return
        self.shown = actions
        for button in self.buttons:
            self._box.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        for action in actions:
            button = WrapButton(action.label, self)  # a sentence: wraps when narrow
            if target is not None:
                button.setToolTip(plain_tooltip(self.tr("Same as: {action}").format(
                        action=_command(action, target))))
            button.clicked.connect(lambda _=False, a=action: self.triggered.emit(a))
            self._box.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            self.buttons.append(button)
        self._refresh()

    def set_undo(self, description: str, text: str = "") -> None:
        """Offer Undo (``description``: what it restores, for the tool tip); "" hides it."""
        text = text or self.tr("Undo the fix")
        self.undo.setText(text)
        self.undo.setToolTip(plain_tooltip(self.tr("Back to {description}").format(
                description=description)) if description else "")
        self.undo.setVisible(bool(description))
        self._refresh()

    def _refresh(self) -> None:
        self.heading.setVisible(bool(self.buttons))
        self.setVisible(bool(self.buttons) or not self.undo.isHidden())


def _command(action: FixAction, target: Mapping[str, Any]) -> str:
    from app.core.text.report_text import try_command

    return try_command(action, dict(target))


def _describe(values: Mapping[str, Any]) -> str:
    try:
        security = security_label(Security(str(values.get("security"))))
    except ValueError:
        security = str(values.get("security", ""))
    return translate("fix_actions", "{host}, port {port}, {security}").format(
        host=values.get("host") or translate("fix_actions", "no server"),
        port=values.get("port") or "?", security=security)


class FixActions(QObject):
    """Carries out the one-click fixes of ``window.results.fix_actions`` on the window's form."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.bar: FixActionsBar = window.results.fix_actions
        self.saved: dict[str, Any] | None = None  # the form before the last applied fix
        self.bar.triggered.connect(self.apply)
        self.bar.undo_clicked.connect(self.undo)
        window.controller.running_changed.connect(lambda running: self.bar.setEnabled(
            not running))

    # -- applying ------------------------------------------------------------------------------
    def apply(self, action: FixAction) -> None:
        if self.window.busy:
            self.window.statusBar().showMessage(self.tr("A test is already running."), 3000)
            return
        if action.kind == "open_tool":
            self._open_tool(action.tool)
            return
        before = self._form()
        if action.kind == "choose_ca_file":
            if not self._choose_ca_file():
                return
        else:
            self._set(action.changes)
        self.saved = before
        self.bar.set_undo(_describe(before))
        self.window.panel.server.edited.emit()
        if action.retry:
            # short: the banner says when the new run ends
            self.window.statusBar().showMessage(
                translate("fix_actions", "{label}: applied, testing again…").format(
                    label=action.label), 3000)
            self.window.run_action(self.window.last_action)
        elif "host" in action.changes:
            self.window.panel.server.host.setFocus()
            self.window.statusBar().showMessage(
                self.tr(
                    "Filled in {host}, a name taken from the server's certificate: check with your "
                    "provider that it is theirs, then run the test.").format(
                            host=action.changes['host']),
                15000)
        else:
            self.window.statusBar().showMessage(
                self.tr("Changed the settings ({label}): run the test when ready.").format(
                        label=action.label), 8000)

    def remember(self, undo_text: str) -> None:
        """Keep the form (never the password) before a change made elsewhere ("Use these
        settings" on the discovery page), and offer ``undo_text`` to put it back."""
        self.saved = self._form()
        self.bar.set_undo(_describe(self.saved), undo_text)

    def undo(self) -> None:
        if self.saved is None or self.window.busy:
            return
        self.window.panel.set_values(self.saved)
        self.window.panel.server.edited.emit()
        self.window.statusBar().showMessage(self.tr("Settings restored: {saved}.").format(
                saved=_describe(self.saved)),
                                            8000)
        self.saved = None
        self.bar.set_undo("")

    # -- internals -----------------------------------------------------------------------------
    def _form(self) -> dict[str, Any]:
        values = dict(self.window.panel.profile_values())
        for key in SECRET_KEYS:
            values.pop(key, None)
        return values

    def _set(self, changes: Mapping[str, str | int]) -> None:
        server = self.window.panel.server
        port = str(changes.get("port", server.port.text()))
        if "security" in changes:
            set_combo(server.security, str(changes["security"]))  # may move the port...
        server.port.setText(port)  # ...so the port is set after it, to exactly what was asked
        if "host" in changes:
            server.host.setText(str(changes["host"]))
        if "auth" in changes:
            set_combo(server.auth, str(changes["auth"]))

    def _choose_ca_file(self) -> bool:
        panel = self.window.panel
        panel.advanced_section.set_expanded(True)
        before = panel.advanced.ca_file.text()
        panel.advanced.browse.click()  # the Advanced section's own file dialog
        panel.ensureWidgetVisible(panel.advanced.ca_file)
        return bool(panel.advanced.ca_file.text() != before)

    def _open_tool(self, tool: str) -> None:
        if tool == "ports":  # the one tool a fix opens (its page takes the host from the form)
            self.window.registry.show(tool)


def visible_actions(bar: FixActionsBar) -> Sequence[str]:
    """The labels of the buttons shown (for tests and screenshots)."""
    return [b.text().replace("&&", "&") for b in bar.buttons if not b.isHidden()]
