"""The settings form: validation messages at the right field, presets, port offers, profiles."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.core.model import Status
from app.gui import theme
from tests.support.canary import MemoryKeyring
from tests.support.gui import fill


def run_and_wait_validation(qtbot: Any, window: Any, action: str = "ehlo") -> None:
    assert window.run_action(action)
    qtbot.waitUntil(lambda: not window.busy, timeout=3000)


def test_bad_input_shown_next_to_its_field_before_running(qtbot: Any, window: Any) -> None:
    fill(window, host="smtp://mail.example.com", port="99999", connect_timeout="soon")
    run_and_wait_validation(qtbot, window)
    panel = window.panel
    assert "without a scheme" in panel.error_for("host")
    assert panel.server.host_box.error.isVisible()
    assert "between 1 and 65535" in panel.error_for("port")
    assert "number of seconds" in panel.error_for("connect_timeout")
    # The Advanced section opened to show its error; nothing ran.
    assert panel.advanced_section.is_expanded()
    assert window.results.model.rowCount() == 0
    assert window.results.banner.status() is Status.WARN
    assert "3 highlighted fields" in window.results.banner.verdict.text()
    assert panel.error_for("username") == ""


def test_login_needs_credentials_and_test_mail_needs_addresses(qtbot: Any, window: Any) -> None:
    fill(window, host="mail.example.com", auth="login", username="")
    run_and_wait_validation(qtbot, window, "data")
    panel = window.panel
    assert "user name" in panel.error_for("username")
    assert "password" in panel.error_for("password").lower()
    assert "sender" in panel.error_for("mail_from")
    # Errors clear once the form is right (nothing else fails with stop at EHLO).
    fill(window, host="bad host")
    run_and_wait_validation(qtbot, window, "ehlo")
    assert panel.error_for("username") == ""
    assert "spaces" in panel.error_for("host")


def test_provider_preset_fills_server_and_shows_notes(qtbot: Any, window: Any) -> None:
    server = window.panel.server
    qtbot.waitUntil(lambda: server.provider.count() > 10, timeout=3000)
    i = server.provider.findData("gmail")
    server.provider.setCurrentIndex(i)
    assert server.host.text() == "smtp.gmail.com"
    assert server.port.text() == "587" and server.security_value() == "starttls"
    assert server.notes.isVisible() and "app password" in server.notes.text()
    assert server.preset.isVisible()
    server.preset.setCurrentIndex(1)
    server.preset.activated.emit(1)
    assert server.port.text() == "465" and server.security_value() == "tls"
    names = [server.provider.itemText(i) for i in range(server.provider.count())]
    for wanted in ("Gmail", "Microsoft 365", "Amazon SES", "Proton Mail"):
        assert any(wanted in n for n in names), wanted


def test_security_change_offers_matching_port(qtbot: Any, window: Any) -> None:
    server = window.panel.server
    fill(window, security="starttls", port="587")
    fill(window, security="tls")
    assert server.port.text() == "465"  # it was the old default: follow
    fill(window, port="2525")
    fill(window, security="starttls")
    assert server.port.text() == "2525" and server.use_port.isVisible()
    qtbot.mouseClick(server.use_port, Qt.MouseButton.LeftButton)
    assert server.port.text() == "587" and not server.use_port.isVisible()


def test_verify_off_warning_visible_even_collapsed(qtbot: Any, window: Any) -> None:
    panel = window.panel
    assert not panel.advanced_section.is_expanded()
    assert not panel.verify_warning.isVisible()
    panel.advanced.verify.setChecked(False)
    assert panel.verify_warning.isVisible()
    assert "not safe" in panel.verify_warning.text()
    panel.advanced.verify.setChecked(True)
    assert not panel.verify_warning.isVisible()


def test_password_show_toggle_and_xoauth_label(qtbot: Any, window: Any) -> None:
    server = window.panel.server
    assert server.password.echoMode() == server.password.EchoMode.Password
    server.show_password.click()
    assert server.password.echoMode() == server.password.EchoMode.Normal
    fill(window, auth="xoauth2", password="tok")
    assert "token" in server.password_label.text().replace("&", "").lower()
    values = window.panel.form_values("auth")
    assert values["oauth_token"] == "tok" and values["password"] == ""
    fill(window, auth="none")
    assert not server.username.isEnabled()


def test_labels_have_buddies(window: Any) -> None:
    from PySide6.QtWidgets import QLabel

    for label in window.panel.findChildren(QLabel):
        if "&" in label.text():
            assert label.buddy() is not None, label.text()


def test_profile_saved_without_secret_and_password_in_keyring(
        qtbot: Any, make_window: Any, config_dir: Path, memory_keyring: MemoryKeyring) -> None:
    window = make_window()
    fill(window, host="mail.example.com", username="me@example.com", password="Sup3r-S3cret",
         auth="login")
    # The keychain is written when the user says so (or after a login that worked).
    qtbot.mouseClick(window.panel.server.save_password, Qt.MouseButton.LeftButton)
    window.save_profile()
    qtbot.waitUntil(lambda: memory_keyring.store.get(("SMTP Doctor", "Default"))
                    == "Sup3r-S3cret", timeout=3000)
    qtbot.waitUntil(lambda: "Saved in" in window.panel.server.keychain_status.text(),
                    timeout=3000)
    text = (config_dir / "profiles.json").read_text(encoding="utf-8")
    assert "Sup3r-S3cret" not in text
    assert json.loads(text)["profiles"][0]["host"] == "mail.example.com"
    window.close()
    assert "Sup3r-S3cret" not in "".join(p.read_text(errors="replace")
                                         for p in config_dir.iterdir() if p.is_file())
    # A new window restores the profile and reads the password from the keychain.
    again = make_window(keychain=None)
    assert again.panel.server.host.text() == "mail.example.com"
    qtbot.waitUntil(lambda: again.panel.server.password.text() == "Sup3r-S3cret", timeout=3000)


def assert_kept_for_this_session_only(qtbot: Any, window: Any, password: str) -> None:
    """Saving ``password`` with no system keychain: the status says so, the session keeps it."""
    fill(window, host="mail.example.com", username="me", password=password, auth="login")
    # The keychain is written when the user says so (or after a login that worked).
    qtbot.mouseClick(window.panel.server.save_password, Qt.MouseButton.LeftButton)
    window.save_profile()
    status = window.panel.server.keychain_status
    qtbot.waitUntil(lambda: "No system keychain" in status.text(), timeout=3000)
    assert "this session only" in status.text()
    assert window.keychain.session["Default"] == password


def test_no_keyring_backend_says_so_and_keeps_session(qtbot: Any, make_window: Any) -> None:
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    assert_kept_for_this_session_only(qtbot, make_window(), "pw")


def test_file_keyring_is_not_the_system_keychain(
        qtbot: Any, make_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """keyrings.alt's PlaintextKeyring selected: session only, nothing written to its file."""
    import base64

    import keyring
    from keyrings.alt.file import PlaintextKeyring

    home = tmp_path / "home"
    for name in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME"):
        monkeypatch.setenv(name, str(home / name.lower()))
    backend = PlaintextKeyring()
    keyring.set_keyring(backend)
    assert_kept_for_this_session_only(qtbot, make_window(), "Fi1e-S3cret")
    assert not Path(backend.file_path).exists()
    forms = (b"Fi1e-S3cret", base64.b64encode(b"Fi1e-S3cret"))
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert not any(form in path.read_bytes() for form in forms), path


def test_status_words_and_icons() -> None:
    for status in Status:
        assert theme.status_word(status)
        assert not theme.status_icon(status).isNull()
