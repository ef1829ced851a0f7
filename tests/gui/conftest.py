"""GUI fixtures: an isolated config dir, an in-memory keyring, and a MainWindow."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring import errors
from keyring.backend import KeyringBackend
from PySide6.QtCore import QThreadPool

from app.core.profiles import CONFIG_ENV


class MemoryKeyring(KeyringBackend):
    """A real keyring backend that keeps passwords in a dict (not a mock of anything)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.store.pop((service, username), None) is None:
            raise errors.PasswordDeleteError("not found")


@pytest.fixture
def config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    directory = tmp_path / "config"
    monkeypatch.setenv(CONFIG_ENV, str(directory))
    return directory


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """The selected keyring, accepted as a stand-in for the OS keychain while the test runs."""
    from app.core import secrets

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    with secrets.accept_backend(MemoryKeyring):
        yield backend
    keyring.set_keyring(previous)


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


def fill(window: Any, **values: Any) -> None:
    """Type into the real widgets (keys are the engine's form keys)."""
    from app.gui.widgets.server_form import set_combo

    server, adv, msg = window.panel.server, window.panel.advanced, window.panel.message
    widgets = {
        "host": server.host, "port": server.port, "username": server.username,
        "password": server.password, "connect_timeout": adv.connect_timeout,
        "reply_timeout": adv.reply_timeout, "ehlo_name": adv.ehlo_name, "ca_file": adv.ca_file,
        "mail_from": msg.mail_from, "rcpt_to": msg.rcpt_to, "subject": msg.subject,
    }
    combos = {"security": server.security, "auth": server.auth, "ip_version": adv.ip_version}
    for key, value in values.items():
        if key in widgets:
            widgets[key].setText(str(value))
        elif key in combos:
            set_combo(combos[key], value)
        elif key == "verify_tls":
            adv.verify.setChecked(bool(value))
        elif key == "body":
            msg.body.setPlainText(str(value))
        else:
            raise KeyError(key)
