"""What every page of the main window is, and what it may ask of the window.

A :class:`Page` is one tab: it can ``run()`` (Ctrl+Return), ``cancel()`` (Esc), says whether it
is ``running`` (Cancel acts) or ``busy`` (Run is refused), and hears when it is ``shown()``. The
window is seen by the pages only as a :class:`PageHost`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Protocol

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from app.core.model import RunResult

if TYPE_CHECKING:
    from app.gui.dns_setting import DnsSetting
    from app.gui.history_service import HistoryService
    from app.gui.proxy_setting import ProxySetting


class PageHost(Protocol):
    """The main window as the pages see it."""

    @property
    def dns(self) -> DnsSetting:
        """The one DNS server of every page."""

    @property
    def proxy(self) -> ProxySetting:
        """The one proxy of every page (its address and the session's password)."""

    @property
    def history(self) -> HistoryService:
        """The run history (the History page is a view of it)."""

    @property
    def current_profile(self) -> str:
        """The profile of the connection form."""

    def current_form(self) -> dict[str, Any]:
        """The connection form's raw values (what parse_form takes)."""

    def apply_form(self, values: dict[str, Any]) -> None:
        """Fill the connection form with ``values`` and show the connection test."""


ReportSource = tuple[RunResult, "dict[str, str] | None"]


class Page(QWidget):
    """Base of every page: the connection test, the tool pages, the monitor and the history."""

    running_changed = Signal(bool)
    message = Signal(str)  # for the status bar

    run_keys: ClassVar[bool] = True
    """Ctrl+Return runs and Esc cancels while the page is shown (see PageRegistry)."""

    @property
    def running(self) -> bool:
        """A job of the page is in progress (Cancel acts on it)."""
        return False

    @property
    def busy(self) -> bool:
        """The page refuses to run now (running, or checking its input first)."""
        return self.running

    def run(self) -> bool:
        """Start the page's job; False if it did not start."""
        return False

    def cancel(self) -> None:
        """Stop the job in progress, if any (it ends within a second)."""

    def shown(self) -> None:
        """The page became the current tab."""

    def report_source(self) -> ReportSource | None:
        """What File > Export and Copy report act on while this page is shown (None: the
        connection test's result)."""
        return None


__all__ = ["Page", "PageHost", "ReportSource"]
