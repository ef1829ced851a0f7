"""GUI fixtures: an isolated config dir, an in-memory keyring, and a MainWindow."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QThreadPool

from app.core.storage.profiles import CONFIG_ENV
from tests.support.canary import MemoryKeyring, keyring_selected


@pytest.fixture(scope="session", autouse=True)
def _english_translators(qapp: Any) -> None:
    """The app's English translator (plural forms), as app.gui.app installs it at start-up."""
    from app.gui import i18n

    i18n.install(qapp, "en")


@pytest.fixture
def config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    directory = tmp_path / "config"
    monkeypatch.setenv(CONFIG_ENV, str(directory))
    return directory


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """The selected keyring, accepted as a stand-in for the OS keychain while the test runs."""
    from app.core.storage import secrets

    with keyring_selected(MemoryKeyring()) as backend, secrets.accept_backend(MemoryKeyring):
        yield backend


@pytest.fixture
def make_window(qtbot: Any, config_dir: Path, memory_keyring: MemoryKeyring
                ) -> Iterator[Callable[..., Any]]:
    from app.gui.main_window import MainWindow

    windows: list[Any] = []

    def make(resize: bool = True, **kwargs: Any) -> Any:
        window = MainWindow(**kwargs)
        qtbot.addWidget(window)
        if resize:
            window.resize(1100, 720)
        window.show()
        qtbot.waitExposed(window)
        # The tool pages are built one per event-loop turn after the first paint: wait for them,
        # as a person would take a moment before the first click.
        qtbot.waitUntil(lambda: window.registry.done, timeout=10000)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.controller.cancel()
    assert QThreadPool.globalInstance().waitForDone(5000), "a worker thread was left running"


@pytest.fixture
def window(make_window: Callable[..., Any]) -> Any:
    return make_window()
