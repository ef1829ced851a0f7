"""The proxy in the desktop app: one setting for the connection test (Advanced) and every tool
page, the password kept like the mail password (memory, keychain after a run the proxy accepted,
never after one it refused), input errors next to the field, and runs through real proxies
(tinyproxy with BasicAuth, Dante) on loopback."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.core.model import Status
from app.core.storage import secrets
from tests.support.canary import CANARY_PROXY_PASSWORD, CANARY_PROXY_USER, MemoryKeyring
from tests.support.gui import fill, page_of, run, run_page
from tests.support.servers.proxies import (
    DANTED,
    TINYPROXY,
    Dante,
    TinyProxy,
    skip_unless_runnable,
)
from tests.support.servers.smtpd import SmtpServer


def _type(qtbot: Any, line: Any, text: str) -> None:
    line.setFocus()
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    qtbot.keyClicks(line, text)
    line.editingFinished.emit()


def _proxy_fields(window: Any) -> dict[str, tuple[Any, Any]]:
    from app.gui.pages.base import ToolPage

    fields = {type(p).__name__: (p.proxy, p.proxy_password) for p in window.registry.pages()
              if isinstance(p, ToolPage) and hasattr(p, "proxy")}
    fields["advanced"] = (window.panel.advanced.proxy, window.panel.advanced.proxy_password)
    return fields


@pytest.fixture
def server(smtp_server_factory: Callable[..., SmtpServer]) -> SmtpServer:
    return smtp_server_factory(tls="none")


@pytest.fixture
def tiny(server: SmtpServer) -> Iterator[TinyProxy]:
    skip_unless_runnable(TINYPROXY)
    with TinyProxy(connect_ports=[server.port],
                   basic_auth=(CANARY_PROXY_USER, CANARY_PROXY_PASSWORD)) as proxy:
        yield proxy


def test_one_proxy_for_every_page_password_in_memory_only(
        qtbot: Any, make_window: Callable[..., Any], config_dir: Path) -> None:
    window = make_window()
    fields = _proxy_fields(window)
    # every page that connects somewhere (Bounce only reads a message the user gives it)
    assert set(fields) == {"PortsPage", "DiscoverPage", "DomainPage", "TlsPage",
                           "BlocklistPage", "advanced"}
    ports = page_of(window, "PortsPage", qtbot)
    _type(qtbot, ports.proxy, "socks5h://alice@127.0.0.1:1080")
    _type(qtbot, ports.proxy_password, CANARY_PROXY_PASSWORD)
    for name, (url, password) in fields.items():
        assert url.text() == "socks5h://alice@127.0.0.1:1080", name
        assert password.text() == CANARY_PROXY_PASSWORD, name
        assert password.echoMode() is password.EchoMode.Password, name
    form = window.current_form()
    assert form["proxy"] == "socks5h://alice@127.0.0.1:1080"
    assert form["proxy_password"] == CANARY_PROXY_PASSWORD
    window.save_profile()
    window.settings.sync()
    window.close()
    # The address is remembered; the password is not written anywhere by closing the app.
    again = make_window()
    for name, (url, password) in _proxy_fields(again).items():
        assert url.text() == "socks5h://alice@127.0.0.1:1080", name
        assert password.text() == "", name
    for path in config_dir.rglob("*"):
        if path.is_file():
            assert CANARY_PROXY_PASSWORD not in path.read_text(errors="replace"), path


def test_a_password_in_the_proxy_address_is_shown_next_to_the_field(
        qtbot: Any, window: Any, server: SmtpServer) -> None:
    fill(window, host="127.0.0.1", port=server.port, security="none")
    window.panel.advanced_section.set_expanded(True)
    _type(qtbot, window.panel.advanced.proxy, "http://u:Secr3tPw@127.0.0.1:3128")
    window.action_buttons["ehlo"].click()
    qtbot.waitUntil(lambda: bool(window.panel.error_for("proxy")), timeout=5000)
    assert "password" in window.panel.error_for("proxy")
    assert "Secr3tPw" not in window.panel.error_for("proxy")
    assert not window.controller.running
    ports = page_of(window, "PortsPage", qtbot)
    _type(qtbot, ports.host, "127.0.0.1")
    ports.run_button.click()
    qtbot.waitUntil(lambda: bool(ports.error_text("proxy")), timeout=5000)
    assert not ports.running


def test_connection_test_through_http_proxy_keeps_the_password_like_the_mail_one(
        qtbot: Any, window: Any, server: SmtpServer, tiny: TinyProxy,
        memory_keyring: MemoryKeyring) -> None:
    fill(window, host="127.0.0.1", port=server.port, security="none", connect_timeout="3",
         reply_timeout="3")
    adv = window.panel.advanced
    window.panel.advanced_section.set_expanded(True)
    _type(qtbot, adv.proxy, tiny.url("http", CANARY_PROXY_USER))
    adv.proxy_remember.setChecked(True)
    account = secrets.proxy_account(CANARY_PROXY_USER, "127.0.0.1", tiny.port)
    key = (secrets.PROXY_SERVICE, account)
    # A refused password: the run says so, and nothing is saved.
    _type(qtbot, adv.proxy_password, "wrong-" + CANARY_PROXY_PASSWORD)
    result = run(qtbot, window, "ehlo")
    assert result.diagnosis == "proxy.auth_failed", result.verdict
    assert key not in memory_keyring.store
    # The right one: the run passes through the proxy, says so, and the password is saved.
    _type(qtbot, adv.proxy_password, CANARY_PROXY_PASSWORD)
    result = run(qtbot, window, "ehlo")
    assert result.status is Status.PASS, result.verdict
    connect = next(s for s in result.steps if s.id == "connect")
    assert tiny.url("http", CANARY_PROXY_USER) in connect.summary
    qtbot.waitUntil(lambda: memory_keyring.store.get(key) == CANARY_PROXY_PASSWORD,
                    timeout=5000)
    qtbot.waitUntil(lambda: "keychain" in adv.proxy_status.text(), timeout=5000)
    assert all(CANARY_PROXY_PASSWORD not in line.text for line in result.transcript)


def test_saved_proxy_password_is_read_back_at_start(
        qtbot: Any, make_window: Callable[..., Any], memory_keyring: MemoryKeyring) -> None:
    account = secrets.proxy_account(CANARY_PROXY_USER, "127.0.0.1", 3128)
    memory_keyring.store[(secrets.PROXY_SERVICE, account)] = CANARY_PROXY_PASSWORD
    window = make_window()
    _type(qtbot, window.panel.advanced.proxy, f"http://{CANARY_PROXY_USER}@127.0.0.1:3128")
    qtbot.waitUntil(lambda: window.proxy.password == CANARY_PROXY_PASSWORD, timeout=5000)
    ports = page_of(window, "PortsPage", qtbot)
    assert ports.proxy_password.text() == CANARY_PROXY_PASSWORD


def test_ports_page_through_a_socks_proxy_that_allows_one_port(
        qtbot: Any, window: Any, server: SmtpServer,
        smtp_server_factory: Callable[..., SmtpServer]) -> None:
    skip_unless_runnable(DANTED)
    other = smtp_server_factory(tls="none")
    with Dante(allow_ports=[server.port]) as dante:
        ports = page_of(window, "PortsPage", qtbot)
        _type(qtbot, ports.host, "127.0.0.1")
        _type(qtbot, ports.ports, f"{server.port}, {other.port}")
        ports.reference.setText("")
        ports.settings.setValue("ports/control_consent", "no")
        _type(qtbot, ports.proxy, dante.url("socks5"))
        result = run_page(qtbot, ports)
    by_id = {s.id: s for s in result.steps}
    assert by_id[f"port_{server.port}"].status is Status.PASS
    assert by_id[f"port_{other.port}"].diagnosis == "proxy.port_refused"
    assert dante.url("socks5") in by_id["probe"].summary
