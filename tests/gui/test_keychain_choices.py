"""The keychain keeps the password that worked (issue 14, defect 2), through the real widgets.

A real aiosmtpd server with STARTTLS and AUTH answers good and wrong passwords; the keychain is the
in-memory backend accepted as a system keychain (tests/gui/conftest.py).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QMessageBox

from app.core.model import Status
from app.core.storage.profiles import Profile, ProfileStore
from tests.support.canary import MemoryKeyring
from tests.support.gui import fill
from tests.support.servers.pki import TestPki
from tests.support.servers.smtpd import CANARY_PASSWORD, CANARY_USER, SmtpServer

ENTRY = ("SMTP Doctor", "Default")
SAVED_AFTER_LOGIN = "Saved in the system keychain after a successful login."
WRONG = "Wr0ng-pass-typed"


def type_password(qtbot: Any, window: Any, text: str) -> None:
    field = window.panel.server.password
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)


def log_in(qtbot: Any, window: Any) -> Any:
    qtbot.mouseClick(window.action_buttons["auth"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.busy, timeout=20000)
    return window.results.result


def set_up(qtbot: Any, window: Any, server: SmtpServer, pki: TestPki) -> None:
    fill(window, host="localhost", port=server.port, security="starttls", auth="login",
         username=CANARY_USER, ca_file=str(pki.ca_file))


def question(window: Any) -> QMessageBox | None:
    shown = [box for box in window.findChildren(QMessageBox) if box.isVisible()]
    return shown[0] if shown else None


def status_text(window: Any) -> str:
    return str(window.panel.server.keychain_status.text())


def settle() -> None:
    assert QThreadPool.globalInstance().waitForDone(5000)


def test_keychain_written_only_after_a_login_that_worked(
        qtbot: Any, window: Any, smtp_starttls_auth: SmtpServer, pki: TestPki,
        memory_keyring: MemoryKeyring) -> None:
    set_up(qtbot, window, smtp_starttls_auth, pki)
    qtbot.mouseClick(window.panel.server.remember, Qt.MouseButton.LeftButton)
    assert window.panel.server.remember.isChecked()
    type_password(qtbot, window, WRONG)
    assert "Not saved yet" in status_text(window)

    result = log_in(qtbot, window)
    assert next(s for s in result.steps if s.id == "auth").status is Status.FAIL
    settle()
    assert ENTRY not in memory_keyring.store  # a failing password is never stored
    assert status_text(window) == "Not saved: the login failed."

    type_password(qtbot, window, CANARY_PASSWORD)
    result = log_in(qtbot, window)
    assert next(s for s in result.steps if s.id == "auth").status is Status.PASS
    qtbot.waitUntil(lambda: memory_keyring.store.get(ENTRY) == CANARY_PASSWORD, timeout=5000)
    qtbot.waitUntil(lambda: status_text(window) == SAVED_AFTER_LOGIN, timeout=5000)


def test_failed_login_keeps_the_password_that_worked(
        qtbot: Any, window: Any, smtp_starttls_auth: SmtpServer, pki: TestPki,
        memory_keyring: MemoryKeyring) -> None:
    set_up(qtbot, window, smtp_starttls_auth, pki)
    qtbot.mouseClick(window.panel.server.remember, Qt.MouseButton.LeftButton)
    type_password(qtbot, window, CANARY_PASSWORD)
    log_in(qtbot, window)
    qtbot.waitUntil(lambda: status_text(window) == SAVED_AFTER_LOGIN, timeout=5000)
    assert memory_keyring.store.get(ENTRY) == CANARY_PASSWORD

    type_password(qtbot, window, WRONG)
    assert "differs from the one typed" in status_text(window)
    result = log_in(qtbot, window)
    assert next(s for s in result.steps if s.id == "auth").status is Status.FAIL
    settle()
    assert memory_keyring.store.get(ENTRY) == CANARY_PASSWORD  # the good one survives
    text = status_text(window)
    assert text.startswith("Not saved: the login failed") and "still holds" in text
    assert "Password saved" not in text

    # Saving the failed one by hand asks first; "No" keeps the good one.
    qtbot.mouseClick(window.panel.server.save_password, Qt.MouseButton.LeftButton)
    box = question(window)
    assert box is not None and box.isVisible() and "failed" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
    settle()
    assert memory_keyring.store.get(ENTRY) == CANARY_PASSWORD


def test_save_password_now_saves_at_once(qtbot: Any, window: Any,
                                         memory_keyring: MemoryKeyring) -> None:
    fill(window, host="mail.example.com", auth="login", username="me")
    type_password(qtbot, window, "typed-by-hand")
    qtbot.mouseClick(window.panel.server.save_password, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: memory_keyring.store.get(ENTRY) == "typed-by-hand", timeout=3000)
    assert window.panel.server.remember.isChecked()
    qtbot.waitUntil(lambda: status_text(window) == "Saved in the system keychain.", timeout=3000)


def test_quitting_saves_no_password(qtbot: Any, window: Any,
                                    memory_keyring: MemoryKeyring) -> None:
    fill(window, host="mail.example.com", auth="login", username="me")
    qtbot.mouseClick(window.panel.server.remember, Qt.MouseButton.LeftButton)
    type_password(qtbot, window, "never-tested")
    window.close()
    settle()
    assert memory_keyring.store == {}


def test_unticking_remember_asks_and_deletes_only_on_yes(
        qtbot: Any, make_window: Any, config_dir: Any, memory_keyring: MemoryKeyring) -> None:
    store = ProfileStore()
    store.save(Profile.from_mapping("Default", {"host": "mail.example.com", "auth": "login",
                                                "username": "me", "remember_password": True}))
    memory_keyring.store[ENTRY] = "saved-one"
    window = make_window()
    server = window.panel.server
    qtbot.waitUntil(lambda: server.password.text() == "saved-one", timeout=3000)
    assert status_text(window) == "Read from the system keychain."

    qtbot.mouseClick(server.remember, Qt.MouseButton.LeftButton)  # untick: asks
    box = question(window)
    assert box is not None and box.isVisible()
    assert box.text() == "Delete the saved password from the keychain?"
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
    settle()
    assert memory_keyring.store[ENTRY] == "saved-one"
    assert server.remember.isChecked()
    assert "not deleted" in status_text(window)

    qtbot.mouseClick(server.remember, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: question(window) is not None, timeout=1000)
    box = question(window)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ENTRY not in memory_keyring.store, timeout=3000)
    qtbot.waitUntil(lambda: status_text(window) == "Deleted from the system keychain.",
                    timeout=3000)
    assert not server.remember.isChecked()
