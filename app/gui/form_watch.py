"""The connection form after a run: results for other settings are marked out of date, and the
messages next to fields are checked again as the user types (they go once corrected)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

from app.core.model import ServerSettings
from app.gui.i18n import QT_TRANSLATE_NOOP, translate
from app.gui.workers import run_task

if TYPE_CHECKING:
    from app.gui.main_window import MainWindow

# What a person recognizes their settings by, and how to name the previous value.
NAMED = {
    "host": QT_TRANSLATE_NOOP("form_watch", "server {}"),
    "port": QT_TRANSLATE_NOOP("form_watch", "port {}"),
    "security": QT_TRANSLATE_NOOP("form_watch", "security {}"),
    "username": QT_TRANSLATE_NOOP("form_watch", "user name {}"),
    "auth": QT_TRANSLATE_NOOP("form_watch", "sign-in {}"),
}
SECRET = ("password", "oauth_token")


def _parse(form: dict[str, Any]) -> ServerSettings:
    from app.core.validate import parse_form

    return parse_form(form)


def parse_form_later(form: dict[str, Any],
                     callback: Callable[[ServerSettings | None, BaseException | None], None],
                     context: QObject) -> None:
    """Validate a connection form in a worker (the engine's first import must not stall the GUI);
    ``callback(settings, error)`` on the GUI thread, the error an ``InputError`` for bad input."""
    run_task(lambda: _parse(form), callback, context)


def _check(form: dict[str, Any]) -> list[Any]:
    from app.core.validate import InputError, parse_form

    try:
        parse_form(form)
    except InputError as exc:
        return list(exc.errors)
    return []


class FormWatch(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.panel = window.panel
        self._ran_with: dict[str, Any] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self._recheck)
        self.panel.edited.connect(self._edited)
        window.controller.running_changed.connect(self._running_changed)

    def _form(self) -> dict[str, Any]:
        form = dict(self.panel.form_values(self.window.last_action))
        form.pop("stop_after", None)
        return form

    def _running_changed(self, running: bool) -> None:
        if running:
            self._ran_with = self._form()
            self.window.results.banner.set_out_of_date("")

    def _edited(self) -> None:
        self.mark()
        if self.panel.has_errors():
            self._timer.start()

    def mark(self) -> None:
        """Label the results shown when the form no longer matches the settings they used."""
        if self._ran_with is None or self.window.results.result is None:
            return
        now, before = self._form(), self._ran_with
        changed = [k for k in before if now.get(k) != before[k]]
        named = [translate("form_watch", NAMED[k]).format(self._label(k, before[k]))
                 for k in NAMED if k in changed]
        if any(k in SECRET for k in changed):
            named.append(self.tr("another password"))
        note = ""
        if changed and named:
            note = self.tr("These results are for the previous settings ({changes}).").format(
                changes=", ".join(named))
        elif changed:
            note = self.tr("These results are for the previous settings.")
        self.window.results.banner.set_out_of_date(note)

    def _label(self, key: str, value: Any) -> str:
        if key in ("security", "auth"):
            combo = getattr(self.panel.server, key)
            i = combo.findData(value)
            return str(combo.itemText(i)) if i >= 0 else str(value)
        return str(value)

    def _recheck(self) -> None:
        form = dict(self.panel.form_values(self.window.last_action))
        run_task(lambda: _check(form), self._rechecked, self)

    def _rechecked(self, errors: Any, error: BaseException | None) -> None:
        if error is not None or self.window.busy:
            return
        left = self.panel.recheck_errors(errors)
        banner = self.window.results.banner
        if banner.heading.text() != "Check your settings":
            return
        if left:
            banner.set_input_problem(
                self.tr("Please correct the %n highlighted field(s).", "", left))
        else:
            banner.set_idle(self.tr("The settings look right now. Press Test connection."))
