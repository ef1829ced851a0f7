"""The main window's pages and the one registry that builds them, shows them and binds their keys.

``PAGES`` lists the pages after the connection test, in tab order. :class:`PageRegistry` builds a
page on first use (``page(key)``), or one per turn of the event loop after the window's first
paint (``build_next()``), so start-up never waits for them. It owns the run keys: while a page is
shown, Ctrl+Return runs it and Esc cancels it. On the connection test those keys are the window's
Run menu actions; on any other page the page's own shortcuts answer and the menu actions are off
(two live shortcuts for one key would both be ignored). Closing the window cancels every page's
job.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from app.gui.a11y import make_accessible
from app.gui.i18n import QT_TRANSLATE_NOOP, translate
from app.gui.pages.page import Page, PageHost

P = TypeVar("P", bound=Page)


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    module: str
    cls: str


PAGES: tuple[PageSpec, ...] = (
    PageSpec("ports", QT_TRANSLATE_NOOP("pages", "Ports"), "app.gui.pages.ports", "PortsPage"),
    PageSpec("blocklist", QT_TRANSLATE_NOOP("pages",
        "Is it my network?"), "app.gui.pages.blocklist", "BlocklistPage"),
    PageSpec("discover", QT_TRANSLATE_NOOP("pages",
        "Find my settings"), "app.gui.pages.discover", "DiscoverPage"),
    PageSpec("domain", QT_TRANSLATE_NOOP("pages",
        "Domain health"), "app.gui.pages.domain", "DomainPage"),
    PageSpec("tls", QT_TRANSLATE_NOOP("pages", "TLS details"), "app.gui.pages.tls", "TlsPage"),
    PageSpec("bounce", QT_TRANSLATE_NOOP("pages", "Bounce"), "app.gui.pages.bounce", "BouncePage"),
    PageSpec("monitor", QT_TRANSLATE_NOOP("pages",
        "Monitor"), "app.gui.pages.monitor", "MonitorPage"),
    PageSpec("history", QT_TRANSLATE_NOOP("pages",
        "History"), "app.gui.pages.history", "HistoryPage"),
)
RUN_KEYS = ("Ctrl+Return", "Ctrl+Enter")


class PageRegistry(QObject):
    """The pages of ``tabs``: ``first`` (the connection test, built by the window) and ``specs``
    (built lazily). ``window_keys`` are the first page's run and cancel actions."""

    message = Signal(str)  # a page's words for the status bar

    def __init__(self, host: PageHost, window: QWidget, tabs: QTabWidget, first: Page,
                 window_keys: tuple[QAction, QAction], specs: tuple[PageSpec, ...] = PAGES
                 ) -> None:
        super().__init__(window)
        self._host = host
        self._tabs = tabs
        self.first = first
        self._run_action, self._cancel_action = window_keys
        self._specs = {spec.key: spec for spec in specs}
        self._built: dict[str, Page] = {}
        tabs.currentChanged.connect(self._current_changed)
        window.installEventFilter(self)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.cancel_all)  # never leave a monitor running

    # -- building ----------------------------------------------------------------------------------
    @property
    def done(self) -> bool:
        """Every page is built."""
        return len(self._built) == len(self._specs)

    def built(self, key: str) -> Page | None:
        """The page if it was built (never builds it)."""
        return self._built.get(key)

    def page(self, key: str) -> Page:
        """The page, built now if it was not yet."""
        page = self._built.get(key)
        return page if page is not None else self._build(self._specs[key])

    def get(self, key: str, cls: type[P]) -> P:
        """``page(key)`` as its own class."""
        page = self.page(key)
        if not isinstance(page, cls):
            raise TypeError(f"the {key} page is a {type(page).__name__}, not a {cls.__name__}")
        return page

    def build_next(self) -> bool:
        """Build the next page not built yet; True while more remain."""
        spec = next((s for s in self._specs.values() if s.key not in self._built), None)
        if spec is not None:
            self._build(spec)
        return not self.done

    def build_all(self) -> None:
        while self.build_next():
            pass

    def pages(self) -> list[Page]:
        """The pages built so far, in tab order (without the first)."""
        return [self._built[key] for key in self._specs if key in self._built]

    def _build(self, spec: PageSpec) -> Page:
        cls = getattr(importlib.import_module(spec.module), spec.cls)
        page: Page = cls(self._host, self._tabs)
        make_accessible(page)  # fields named after their labels, whole placeholders
        self._built[spec.key] = page
        page.message.connect(self.message)
        position = 1 + self.pages().index(page)  # after the connection test, in PAGES order
        self._tabs.insertTab(position, page, translate("pages", spec.title))
        if page.run_keys:
            for key in RUN_KEYS:
                QShortcut(QKeySequence(key), page, page.run,
                          context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            QShortcut(QKeySequence(Qt.Key.Key_Escape), page, page.cancel,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        return page

    # -- showing -----------------------------------------------------------------------------------
    def current(self) -> Page | None:
        widget = self._tabs.currentWidget()
        return widget if isinstance(widget, Page) else None

    def show(self, key: str) -> Page:
        """Make the page current (built first if needed)."""
        page = self.page(key)
        self._tabs.setCurrentWidget(page)
        return page

    def _current_changed(self, _index: int) -> None:
        page = self.current()
        if page is not None:
            page.shown()
        self.sync_keys()

    def sync_keys(self) -> None:
        """The window's Run again / Cancel actions answer only on the first page."""
        first = self.current() is self.first
        self._run_action.setEnabled(first and not self.first.busy)
        self._cancel_action.setEnabled(first and self.first.running)

    # -- closing -----------------------------------------------------------------------------------
    def cancel_all(self) -> None:
        for page in (self.first, *self.pages()):
            page.cancel()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:
            for page in self.pages():  # the window stops its own run itself
                page.cancel()
        return False


__all__ = ["PAGES", "Page", "PageHost", "PageRegistry", "PageSpec"]
