"""The keychain as the form shows it: when a password is saved, and what the user is asked.

The password is written to the system keychain only after a login that worked with it (when
"Remember" is ticked) or when the user presses "Save password now"; saving a password whose login
just failed over another saved one asks first. Unticking "Remember" asks before deleting the saved
password. The line under the field always says what the keychain holds (``Keychain.describe``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from app.core.model import RunResult, Status
from app.core.text.words import APP_NAME
from app.gui.i18n import QT_TRANSLATE_NOOP, translate
from app.gui.keychain import KEPT

if TYPE_CHECKING:
    from app.gui.main_window import MainWindow

DELETE_QUESTION = QT_TRANSLATE_NOOP("keychain_ui", "Delete the saved password from the keychain?")
DELETE_DETAIL = QT_TRANSLATE_NOOP(
    "keychain_ui",
    "SMTP Doctor will no longer remember the password of this profile. The password stays in the "
    "field until you close the app.")
REPLACE_QUESTION = QT_TRANSLATE_NOOP(
    "keychain_ui",
    "Replace the saved password with one that just failed to log in?")
REPLACE_DETAIL = QT_TRANSLATE_NOOP(
    "keychain_ui",
    "The login failed with the password typed now. The keychain holds another password for this "
    "profile.")


class KeychainUi(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.form = window.panel.server
        self.keychain = window.keychain
        self.question: QMessageBox | None = None  # the open question, if any
        self._attempt: tuple[str, str] | None = None  # profile, password of the run in flight
        self.form.password.textEdited.connect(lambda _text: self.refresh())
        self.form.remember.clicked.connect(self._remember_clicked)  # the user's clicks only
        self.form.save_password.clicked.connect(self.save_now)
        window.controller.running_changed.connect(self._running_changed)
        window.controller.run_finished.connect(self._run_finished)

    @property
    def profile(self) -> str:
        return str(self.window.current_profile)

    def refresh(self) -> None:
        self.form.set_keychain_status(self.keychain.describe(
            self.profile, self.form.password.text(), self.form.remember.isChecked()))

    # -- a login decides --------------------------------------------------------------------------
    def _running_changed(self, running: bool) -> None:
        if running:
            self._attempt = (self.profile, self.form.password.text())

    def _run_finished(self, result: RunResult) -> None:
        attempt, self._attempt = self._attempt, None
        auth = next((s for s in result.steps if s.id == "auth"), None)
        if attempt is None or auth is None or auth.status is Status.SKIPPED:
            return
        profile, password = attempt
        remember = profile == self.profile and self.form.remember.isChecked()
        self.keychain.login_result(profile, password, auth.status in (Status.PASS, Status.WARN),
                                   remember)

    # -- the user decides -------------------------------------------------------------------------
    def save_now(self) -> None:
        profile, password = self.profile, self.form.password.text()
        if not password:
            return

        def save() -> None:
            self.form.remember.setChecked(True)
            self.keychain.save(profile, password)

        if self.keychain.replaces_a_working_one(profile, password):
            self._ask(translate("keychain_ui", REPLACE_QUESTION),
                      translate("keychain_ui", REPLACE_DETAIL), save, None)
        else:
            save()

    def _remember_clicked(self, checked: bool) -> None:
        profile = self.profile
        if checked or not self.keychain.saved(profile):
            self.refresh()
            return

        def keep() -> None:
            self.form.remember.setChecked(True)
            self.form.set_keychain_status(translate("keychain", KEPT))

        self._ask(translate("keychain_ui", DELETE_QUESTION),
                  translate("keychain_ui", DELETE_DETAIL),
                  lambda: self.keychain.delete(profile), keep)

    def _ask(self, question: str, detail: str, yes: Callable[[], None],
             no: Callable[[], None] | None) -> None:
        """A window-modal question that does not block the event loop."""
        buttons = QMessageBox.StandardButton
        box = QMessageBox(QMessageBox.Icon.Question, APP_NAME, question,
                          buttons.Yes | buttons.No, self.window)
        box.setInformativeText(detail)
        box.setDefaultButton(buttons.No)
        box.setEscapeButton(buttons.No)
        self.question = box

        def answered(_code: int) -> None:
            self.question = None
            if box.standardButton(box.clickedButton()) == buttons.Yes:
                yes()
            elif no is not None:
                no()
            box.deleteLater()

        box.finished.connect(answered)
        box.open()
