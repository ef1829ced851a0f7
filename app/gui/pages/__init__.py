"""The tool pages right after the connection test: ports, settings discovery, domain health, TLS.

``install_pages(window)`` adds them to the main window's tabs, keeps their fields
in step with the connection form when a page is shown, gives each page Ctrl+Return (run) and Esc
(cancel) while it is the current page, and cancels their runs when the window closes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut

if TYPE_CHECKING:
    from app.gui.pages.base import ToolPage

PAGES: tuple[tuple[str, str, str], ...] = (
    ("app.gui.pages.ports", "PortsPage", "Ports"),
    ("app.gui.pages.discover", "DiscoverPage", "Find my settings"),
    ("app.gui.pages.domain", "DomainPage", "Domain health"),
    ("app.gui.pages.tls", "TlsPage", "TLS details"),
)


class _Pages(QObject):
    """Glue between the main window and its tool pages (lives as long as the window)."""

    def __init__(self, window: Any, pages: list[ToolPage]) -> None:
        super().__init__(window)
        self.window = window
        self.pages = pages
        window.pages.currentChanged.connect(self._current_changed)
        window.controller.running_changed.connect(self._sync_actions)
        window.installEventFilter(self)
        for page in pages:
            for key in ("Ctrl+Return", "Ctrl+Enter"):
                QShortcut(QKeySequence(key), page, page.run_shortcut,
                          context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def current(self) -> ToolPage | None:
        widget = self.window.pages.currentWidget()
        return widget if widget in self.pages else None

    def _current_changed(self, _index: int) -> None:
        page = self.current()
        if page is not None:
            page.warm_up()
            page.sync_from_form(self.window.current_form())
        self._sync_actions()

    def _sync_actions(self, *_args: object) -> None:
        # The window's Ctrl+Return / Esc belong to the connection test; on a tool page the
        # page's own shortcuts answer (two live shortcuts for one key would both be ignored).
        if self.current() is not None:
            self.window.run_again_action.setEnabled(False)
            self.window.cancel_action.setEnabled(False)
        else:
            self.window._update_busy()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            for page in self.pages:
                page.cancel_run()
        return False


class PageInstaller:
    """Builds the tool pages one at a time (``step()``), so that start-up can spread them over
    several turns of the event loop; ``finish()`` builds whatever is left at once."""

    def __init__(self, window: Any) -> None:
        self.window = window
        self.pages: list[ToolPage] = []

    @property
    def done(self) -> bool:
        return len(self.pages) == len(PAGES)

    def step(self) -> bool:
        """Build the next page; True while more remain."""
        import importlib

        if self.done:
            return False
        position = len(self.pages) + 1
        module_name, class_name, title = PAGES[position - 1]
        cls = getattr(importlib.import_module(module_name), class_name)
        page = cls(self.window, self.window.pages)
        self.window.pages.insertTab(position, page, title)  # right after the connection test
        self.pages.append(page)
        if self.done:
            self.window._tool_pages_glue = _Pages(self.window, self.pages)
        return not self.done

    def finish(self) -> list[ToolPage]:
        while self.step():
            pass
        return self.pages


def install_pages(window: Any) -> list[ToolPage]:
    """Create the tool pages and add them to ``window`` (a MainWindow); returns them."""
    return PageInstaller(window).finish()


__all__ = ["PageInstaller", "install_pages"]
