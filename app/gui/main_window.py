"""The main window: profile bar and actions, settings on the left, results on the right."""

from __future__ import annotations

import itertools
from functools import partial
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QByteArray, QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.model import RunResult, ServerSettings, Status, StopAfter
from app.core.storage.profiles import DEFAULT_PROFILE, Profile, ProfileError, ProfileStore
from app.core.text.error_text import error_text
from app.core.text.words import APP_NAME
from app.gui import focus_ring, theme, wheel_guard
from app.gui.a11y import make_accessible
from app.gui.dns_setting import DnsSetting
from app.gui.form_watch import FormWatch, parse_form_later
from app.gui.history_service import HistoryService
from app.gui.i18n import QT_TRANSLATE_NOOP, translate
from app.gui.keychain import Keychain
from app.gui.keychain_ui import KeychainUi
from app.gui.language_menu import language_menu
from app.gui.pages import PageRegistry
from app.gui.pages.page import Page, ReportSource
from app.gui.proxy_setting import ProxySetting
from app.gui.settings import gui_settings
from app.gui.widgets.fix_actions import FixActions
from app.gui.widgets.results import ResultsPanel
from app.gui.widgets.settings_panel import SettingsPanel
from app.gui.widgets.wrap import split_bar
from app.gui.window_fit import fit_window
from app.gui.workers import RunController, run_check, run_task

from .widgets.plain import plain_label

if TYPE_CHECKING:
    from app.core.knowledge.providers import Provider

PREFERRED_SIZE = QSize(1180, 760)  # first start: this, or the screen's room if smaller
ACTIONS = {
    StopAfter.EHLO.value: (
        QT_TRANSLATE_NOOP("main_window", "Test &connection"),
        QT_TRANSLATE_NOOP("main_window", "Connect, encrypt and greet the server"),
    ),
    StopAfter.AUTH.value: (
        QT_TRANSLATE_NOOP("main_window", "Test &login"),
        QT_TRANSLATE_NOOP("main_window", "Also sign in with your user name and password"),
    ),
    StopAfter.DATA.value: (
        QT_TRANSLATE_NOOP("main_window", "Se&nd test email"),
        QT_TRANSLATE_NOOP("main_window", "Also send the test message"),
    ),
}


def _load_providers() -> list[Provider]:
    from app.core.knowledge.providers import load_providers

    return list(load_providers())


class ConnectionPage(Page):
    """The first page: the connection form and its results (the window runs its checks)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        window.controller.running_changed.connect(self.running_changed)

    @property
    def running(self) -> bool:
        return self._window.controller.running

    @property
    def busy(self) -> bool:
        return self._window.busy

    def run(self) -> bool:
        return self._window.run_action(self._window.last_action)

    def cancel(self) -> None:
        self._window.cancel_run()


class MainWindow(QMainWindow):
    def __init__(self, store: ProfileStore | None = None,
                 keychain: Keychain | None = None) -> None:
        super().__init__()
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(theme.app_icon())
        self.settings = gui_settings()
        self.store = store if store is not None else ProfileStore()
        self.keychain = keychain if keychain is not None else Keychain(self)
        self.controller = RunController(self)
        self.history = HistoryService(self)  # every completed run is saved here
        self.current_profile = ""
        self.last_action = str(self.settings.value("run/last_action", StopAfter.EHLO.value))
        if self.last_action not in ACTIONS:
            self.last_action = StopAfter.EHLO.value
        self._validating = False
        self._close_when_idle = False

        self._pages_scheduled = False
        self._build()
        focus_ring.install()  # a visible focus on every control, in every style
        wheel_guard.install(cast(QApplication, QApplication.instance()))
        self.dns = DnsSetting(self.settings, self)  # the one DNS server of every page
        self.dns.bind(self.panel.advanced.nameserver)
        self.proxy = ProxySetting(self.settings, self)  # the one proxy of every page
        self._bind_proxy()
        self._build_menus()
        # The other pages are built after the first paint, or on first use (PageRegistry).
        self.registry = PageRegistry(self, self, self.pages, self.connection_page,
                                     (self.run_again_action, self.cancel_action))
        self._connect()
        self.fixes = FixActions(self)  # the one-click fixes under Details
        self.keychain_ui = KeychainUi(self)
        self.form_watch = FormWatch(self)
        self._add_exporter()
        self._load_profiles()
        self._restore_state()
        self._update_busy()
        run_task(_load_providers, self._providers_loaded, self)

    # -- construction --------------------------------------------------------------------------
    def _build(self) -> None:
        central = self.connection_page = ConnectionPage(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(6, 6, 6, 0)
        outer.setSpacing(4)

        self.profile_combo = QComboBox(central)
        self.profile_combo.setMinimumContentsLength(12)
        self.profile_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        profile_label = plain_label(self.tr("Pr&ofile:"), central)
        profile_label.setBuddy(self.profile_combo)
        self.manage_button = QPushButton(self.tr("Manage…"), central)
        self.manage_button.setToolTip(self.tr("Create, rename, duplicate or delete profiles"))
        self.action_buttons: dict[str, QPushButton] = {}
        for stop_after, (text, tip) in ACTIONS.items():
            button = QPushButton(translate("main_window", text), central)
            button.setToolTip(translate("main_window", tip))
            button.clicked.connect(lambda _=False, s=stop_after: self.run_action(s))
            self.action_buttons[stop_after] = button
        self.cancel_button = QPushButton(self.tr("Cancel"), central)
        self.cancel_button.setToolTip(self.tr("Stop the test (Esc)"))
        # The profile at the left, the actions at the right (below it in a narrow window).
        outer.addLayout(split_bar(central, [profile_label, self.profile_combo, self.manage_button],
                                  [*self.action_buttons.values(), self.cancel_button]))

        self.panel = SettingsPanel(central)
        self.results = ResultsPanel(central)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, central)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.panel)
        self.splitter.addWidget(self.results)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        outer.addWidget(self.splitter, 1)
        # The connection test is the first page; the others (ports, discovery, domain health,
        # TLS, monitor, history) come from the PageRegistry.
        self.pages = QTabWidget(self)
        self.pages.setObjectName("pages")
        self.pages.setDocumentMode(True)
        self.pages.addTab(central, self.tr("Connection test"))
        self.setCentralWidget(self.pages)
        # Always there, at its own height: a first status message must not shrink the pages
        # (the form would gain a scroll bar the moment one appears).
        self.statusBar()

        # Tab order: profile bar, actions, form top to bottom, then results.
        r = self.results
        order: list[QWidget] = [self.profile_combo, self.manage_button,
                                *self.action_buttons.values(), self.cancel_button,
                                *self.panel.focus_order(), r.steps, r.tabs, r.details,
                                r.transcript, r.copy_transcript, r.copy_results]
        for a, b in itertools.pairwise(order):
            QWidget.setTabOrder(a, b)
        make_accessible(central)  # fields named after their labels, whole placeholders

    def current_form(self) -> dict[str, Any]:
        """The connection form's raw values (what parse_form takes), for other pages to reuse."""
        return dict(self.panel.form_values(self.last_action))

    def apply_form(self, values: dict[str, Any]) -> None:
        """Fill the connection form with ``values`` (parse_form keys: host, port, security,
        username, auth …; other fields keep theirs) and show the connection test."""
        merged = {**self.panel.profile_values(), "provider": ""}
        merged.update({k: v for k, v in values.items() if v is not None})
        self.fixes.remember(self.tr("Undo “Use these settings”"))  # the one-click fixes' Undo
        self.panel.set_values(merged)
        self.panel.server.edited.emit()
        self.pages.setCurrentIndex(0)
        self.action_buttons[StopAfter.EHLO.value].setFocus()
        self.statusBar().showMessage(
            self.tr(
                "Filled in {host}, port {port}: press Test connection (Undo is under "
                "Details).").format(host=merged.get('host'), port=merged.get('port')), 10000)

    def _build_menus(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        self.save_action = file_menu.addAction(self.tr("&Save profile"))
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.manage_action = file_menu.addAction(self.tr("&Manage profiles…"))
        self.export_action = file_menu.addAction(self.tr("&Export report…"))
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        file_menu.addSeparator()
        self.quit_action = file_menu.addAction(self.tr("&Quit"))
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        edit_menu = menu.addMenu(self.tr("&Edit"))
        self.copy_results_action = edit_menu.addAction(self.tr("Copy results as text"))
        self.copy_transcript_action = edit_menu.addAction(self.tr("Copy transcript"))
        self.copy_report_action = edit_menu.addAction(self.tr("Copy &report"))
        self.copy_report_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        edit_menu.addSeparator()
        self.appearance_menu = edit_menu.addMenu(self.tr("A&ppearance"))
        group = QActionGroup(self)
        self.appearance_actions: dict[str, QAction] = {}
        current = theme.follower().appearance
        for value, text in (("system", self.tr("Like the &system")), ("light", self.tr("&Light")),
                            ("dark", self.tr("&Dark"))):
            action = self.appearance_menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(value == current)
            action.setActionGroup(group)
            action.triggered.connect(lambda _=False, v=value: theme.set_appearance(v))
            self.appearance_actions[value] = action
        self.language_menu = language_menu(edit_menu, self)

        run_menu = menu.addMenu(self.tr("&Run"))
        self.run_actions: dict[str, QAction] = {}
        for stop_after, (text, tip) in ACTIONS.items():
            action = run_menu.addAction(translate("main_window", text).replace("&", ""))
            action.setStatusTip(translate("main_window", tip))
            action.triggered.connect(lambda _=False, s=stop_after: self.run_action(s))
            self.run_actions[stop_after] = action
        run_menu.addSeparator()
        self.run_again_action = run_menu.addAction(self.tr("Run last test again"))
        self.run_again_action.setShortcuts([QKeySequence("Ctrl+Return"),
                                            QKeySequence("Ctrl+Enter")])
        self.run_again_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.cancel_action = run_menu.addAction(self.tr("Cancel"))
        self.cancel_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.cancel_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

        help_menu = menu.addMenu(self.tr("&Help"))
        self.about_action = help_menu.addAction(self.tr("&About SMTP Doctor"))
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _connect(self) -> None:
        self.cancel_button.clicked.connect(self.cancel_run)
        self.panel.submitted.connect(lambda: self.run_action(self.last_action))  # Enter
        self.cancel_action.triggered.connect(self.cancel_run)
        self.run_again_action.triggered.connect(lambda: self.run_action(self.last_action))
        self.save_action.triggered.connect(self.save_profile)
        self.manage_action.triggered.connect(self.manage_profiles)
        self.manage_button.clicked.connect(self.manage_profiles)
        self.quit_action.triggered.connect(self.close)
        self.about_action.triggered.connect(self.show_about)
        self.copy_results_action.triggered.connect(self.results.copy_results_text)
        self.copy_transcript_action.triggered.connect(self.results.copy_transcript_text)
        self.results.copied.connect(lambda m: self.statusBar().showMessage(m, 4000))
        self.profile_combo.activated.connect(
            lambda _i: self.switch_profile(self.profile_combo.currentText()))
        self.controller.step_started.connect(self.results.step_started)
        self.controller.step_waiting.connect(self.results.model.step_waiting)
        self.controller.step_finished.connect(self.results.step_finished)
        self.controller.run_finished.connect(self._run_finished)
        self.controller.run_failed.connect(self._run_failed)
        self.controller.running_changed.connect(self._running_changed)
        self.history.message.connect(self.show_message)
        self.registry.message.connect(self.show_message)
        self.keychain.status.connect(self._keychain_status)
        self.keychain.password_loaded.connect(self._password_loaded)

    # -- running -------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._validating or self.controller.running

    def run_action(self, stop_after: str) -> bool:
        """Validate (in a worker) then run. Refused while a run is in progress."""
        if self.busy:
            self.statusBar().showMessage(self.tr("A test is already running."), 3000)
            return False
        self.last_action = stop_after
        self.settings.setValue("run/last_action", stop_after)
        form = self.panel.form_values(stop_after)
        self._validating = True
        self._update_busy()
        parse_form_later(form, self._validated, self)
        return True

    def _validated(self, settings: ServerSettings | None, error: BaseException | None) -> None:
        self._validating = False
        if self._close_when_idle:
            self._update_busy()
            self.close()
            return
        if error is not None or settings is None:
            from app.core.validate import InputError  # imported by the worker that raised it

            if isinstance(error, InputError):
                shown = self.panel.show_errors(error.errors)
                count = len(error.errors)
                self.results.banner.set_input_problem(
                    self.tr("Please correct the %n highlighted field(s).", "", count), shown)
            else:
                self.results.fail(error_text(error))
            self._update_busy()
            return
        self.panel.clear_errors()
        self.save_profile()
        self.results.start(self.tr("Testing {host}, port {port}…").format(
                host=settings.host, port=settings.port))
        self.controller.start(partial(run_check, settings))
        self._update_busy()

    def cancel_run(self) -> None:
        if self.controller.running:
            self.controller.cancel()
            self.results.banner.set_cancelling()  # until the run ends: "Cancelled", once

    def _bind_proxy(self) -> None:
        advanced = self.panel.advanced
        self.proxy.bind(advanced.proxy)
        self.proxy.bind_password(advanced.proxy_password)
        advanced.proxy_remember.setChecked(self.proxy.remember)
        advanced.proxy_remember.toggled.connect(self.proxy.set_remember)
        self.proxy.status.connect(advanced.set_proxy_status)
        self._proxy_form: dict[str, str] = {}
        self.proxy.load()

    def _run_finished(self, result: RunResult) -> None:
        self.proxy.run_finished(result, self._proxy_form)
        self.results.finish(result)
        connect = next((step for step in result.steps if step.id == "connect"), None)
        if connect is not None and connect.status is Status.PASS:  # that port works: no nag
            self.panel.server.port_answered(str(result.target.get("host", "")),
                                            int(result.target.get("port", 0)))
        if not result.cancelled:  # every completed run goes to the history (in a worker)
            self.history.add_run(result, self.current_profile, self._secrets())

    def _run_failed(self, message: str) -> None:
        self.results.fail(message)

    def _running_changed(self, running: bool) -> None:
        if running:
            self._proxy_form = self.proxy.form()  # the proxy this run goes through
        self._update_busy()
        if not running and self._close_when_idle:
            self.close()

    def _update_busy(self) -> None:
        busy = self.busy
        for stop_after, button in self.action_buttons.items():
            button.setEnabled(not busy)
            button.setDefault(stop_after == self.last_action)
            self.run_actions[stop_after].setEnabled(not busy)
        self.cancel_button.setEnabled(self.controller.running)
        self.profile_combo.setEnabled(not busy)
        self.manage_button.setEnabled(not busy)
        self.manage_action.setEnabled(not busy)
        label = translate("main_window", ACTIONS[self.last_action][0]).replace("&", "")
        self.run_again_action.setText(self.tr("Run again: {label}").format(label=label))
        self.registry.sync_keys()  # Ctrl+Return / Esc: enabled only on this page

    # -- pages, reports --------------------------------------------------------------------------
    # The other pages cost ~300 ms of start-up: they are built just after the window's first
    # paint, one per turn of the event loop (or at once when something needs one earlier).
    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.Paint and not self._pages_scheduled:
            self._pages_scheduled = True
            QTimer.singleShot(0, self._next_page)
        return handled

    def _next_page(self) -> None:
        if self.registry.build_next():
            QTimer.singleShot(0, self._next_page)

    def show_message(self, text: str, timeout_ms: int = 8000) -> None:
        """A message in the status bar."""
        self.statusBar().showMessage(text, timeout_ms)

    def _add_exporter(self) -> None:
        from app.gui.export import ReportExporter

        self.exporter = ReportExporter(self)
        self.exporter.message.connect(self.show_message)
        self.export_action.triggered.connect(lambda: self.exporter.export(*self.report_source()))
        self.copy_report_action.triggered.connect(
            lambda: self.exporter.copy(*self.report_source()))

    def _secrets(self) -> tuple[str, ...]:
        # scrubbed once more wherever they appear
        return tuple(p for p in (self.panel.server.password.text(), self.proxy.password) if p)

    def report_source(self) -> tuple[RunResult | None, dict[str, str] | None, tuple[str, ...]]:
        """What Export / Copy report act on: what the page shown offers (the past run open on
        the History page), else the connection test's result."""
        page = self.registry.current()
        source: ReportSource | None = page.report_source() if page is not None else None
        if source is not None:
            return source[0], source[1], self._secrets()
        return self.results.result, None, self._secrets()

    # -- profiles ------------------------------------------------------------------------------
    def _load_profiles(self) -> None:
        self.store.load()
        if self.store.load_error:
            self.statusBar().showMessage(self.store.load_error, 10000)
        if not len(self.store):
            try:
                self.store.create(DEFAULT_PROFILE)
            except (OSError, ProfileError) as exc:
                self.statusBar().showMessage(self.tr("Could not save profiles: {exc}").format(
                        exc=exc), 10000)
                self.store.__init__(self.store.directory)  # type: ignore[misc]
        last = str(self.settings.value("profiles/last", ""))
        names = self.store.names() or [DEFAULT_PROFILE]
        self._fill_profile_combo(last if last in names else names[0])
        self._show_profile(self.profile_combo.currentText())

    def _fill_profile_combo(self, select: str) -> None:
        self.profile_combo.clear()
        self.profile_combo.addItems(self.store.names() or [DEFAULT_PROFILE])
        self.profile_combo.setCurrentIndex(max(self.profile_combo.findText(select), 0))

    def _show_profile(self, name: str) -> None:
        self.current_profile = name
        profile = self.store.get(name) if name in self.store else Profile(name)
        self.panel.set_values(profile.form_values())
        self.panel.server.set_keychain_status("")
        self.panel.server.oauth.set_profile(name)  # who is signed in (OAuth) for this profile
        if name in self.keychain.session:
            self.panel.server.password.setText(self.keychain.session[name])
        elif profile.remember_password:
            self.keychain.load(name)
        self.settings.setValue("profiles/last", name)

    def switch_profile(self, name: str) -> None:
        if name == self.current_profile or self.busy:
            return
        self.save_profile()
        self._show_profile(name)

    def save_profile(self) -> None:
        name = self.current_profile
        if not name:
            return
        values = self.panel.profile_values()
        try:
            self.store.save(Profile.from_mapping(name, values), write=False)
        except ProfileError as exc:
            self.statusBar().showMessage(self.tr("Could not save the profile: {exc}").format(
                    exc=exc), 8000)
        else:
            run_task(self.store.write, self._profile_written, self)
        # The session keeps what is typed; the keychain is written only after a login that
        # worked or when the user says so (app/gui/keychain_ui.py), never here.
        self.keychain.keep_session(name, str(values.get("password")
                                             or values.get("oauth_token") or ""))

    def _profile_written(self, _result: object, error: BaseException | None) -> None:
        if error is not None:
            self.statusBar().showMessage(self.tr("Could not save the profile: {error}").format(
                    error=error), 8000)

    def manage_profiles(self) -> None:
        from app.gui.dialogs.profiles import ProfilesDialog

        self.save_profile()
        dialog = ProfilesDialog(self.store, self.current_profile, self)
        dialog.renamed.connect(self._profile_renamed)
        dialog.duplicated.connect(self.keychain.copy_session)
        dialog.deleted.connect(self.keychain.forget)
        dialog.exec()
        selected = dialog.selected() or self.current_profile
        if self.current_profile not in self.store:
            self.current_profile = ""
        self._fill_profile_combo(selected)
        if selected != self.current_profile:
            self._show_profile(self.profile_combo.currentText())
        dialog.deleteLater()

    def _profile_renamed(self, old: str, new: str) -> None:
        self.keychain.rename(old, new)
        if self.current_profile == old:
            self.current_profile = new
            self.settings.setValue("profiles/last", new)

    def _keychain_status(self, profile: str, message: str) -> None:
        if profile == self.current_profile:
            self.panel.server.set_keychain_status(message)

    def _password_loaded(self, profile: str, password: str) -> None:
        if profile == self.current_profile and not self.panel.server.password.text():
            self.panel.server.password.setText(password)

    def _providers_loaded(self, providers: list[Provider] | None,
                          error: BaseException | None) -> None:
        if error is None and providers:
            self.panel.server.set_providers(providers)
        elif error is not None:
            self.statusBar().showMessage(self.tr("Provider presets unavailable: {error}").format(
                    error=error), 8000)

    # -- about ---------------------------------------------------------------------------------
    def show_about(self) -> None:
        from app.gui.dialogs.about import AboutDialog

        dialog = AboutDialog(self)
        dialog.exec()
        dialog.deleteLater()

    # -- state ---------------------------------------------------------------------------------
    def _restore_state(self) -> None:
        s = self.settings
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            fit_window(self)  # remembered on a larger screen: shrunk into this one
        else:
            fit_window(self, PREFERRED_SIZE)
        width = self.width()
        self.splitter.setSizes([max(340, int(width * 0.42)), int(width * 0.58)])
        for splitter, key in ((self.splitter, "window/main_splitter"),
                              (self.results.splitter, "window/results_splitter")):
            state = s.value(key)
            if isinstance(state, QByteArray):
                splitter.restoreState(state)
        tab = s.value("window/results_tab", 0)
        self.results.tabs.setCurrentIndex(int(str(tab)) if str(tab).isdigit() else 0)
        self.panel.advanced_section.set_expanded(_as_bool(s.value("form/advanced_open", False)))
        self.panel.message_section.set_expanded(_as_bool(s.value("form/message_open", True)))

    def save_state(self) -> None:
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/main_splitter", self.splitter.saveState())
        s.setValue("window/results_splitter", self.results.splitter.saveState())
        s.setValue("window/results_tab", self.results.tabs.currentIndex())
        s.setValue("form/advanced_open", self.panel.advanced_section.is_expanded())
        s.setValue("form/message_open", self.panel.message_section.is_expanded())
        s.setValue("profiles/last", self.current_profile)
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy:
            # Stop the run, close once the worker has returned (it ends within a second).
            self._close_when_idle = True
            self.controller.cancel()
            event.ignore()
            QTimer.singleShot(3000, self._force_close)
            return
        self.save_profile()
        self.save_state()
        event.accept()

    def _force_close(self) -> None:
        if self._close_when_idle and self.isVisible():
            # Should not happen (cancel ends a run within a second); never leave the user stuck.
            self._close_when_idle = False
            self._validating = False
            self.controller.detach()
            self.close()


def _as_bool(value: object) -> bool:
    return value is True or str(value).lower() in ("true", "1", "yes")
