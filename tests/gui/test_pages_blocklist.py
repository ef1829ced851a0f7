"""The "Is it my network?" page against a loopback DNS server with blocklist zones and a loopback
HTTPS echo service: consent before any request, the listing and its fix on screen, bad input
next to its field, the event loop never blocked."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.core.model import Status
from app.gui.pages.blocklist import CONSENT_KEY
from tests.support.gui import StallMeter, assert_fixes_shown, fill, page_of, run_page, statuses
from tests.support.servers.dns import DnsServer
from tests.support.servers.https import HttpsServer
from tests.support.servers.pki import TestPki
from tests.support.worlds import ECHO_NAMES, ECHO_ROUTES, LISTED, PBL, blocklist_zone


def _page(qtbot: Any, window: Any, dns: DnsServer) -> Any:
    page = page_of(window, "BlocklistPage", qtbot)
    page.nameserver.setText(dns.nameserver)
    page.lists.setText("zen.spamhaus.org, bl.spamcop.net")
    page.timeout = 2.0
    return page


def test_listed_address_shows_the_listing_and_its_fixes(
        qtbot: Any, window: Any, dns_server_factory: Callable[..., DnsServer]) -> None:
    dns = dns_server_factory(blocklist_zone())
    page = _page(qtbot, window, dns)
    page.address.setText(LISTED)
    meter = StallMeter()
    meter.start()
    result = run_page(qtbot, page)
    stall = meter.stop()
    got = statuses(page)
    assert list(got) == ["address", "dnsbl.spamhaus_zen", "dnsbl.spamcop"]
    assert got["dnsbl.spamhaus_zen"] is Status.FAIL, result.verdict
    assert_fixes_shown(page, "dnsbl.spamhaus_zen", "blocklist.listed")
    assert page.results.banner.status() is Status.FAIL
    assert "Spamhaus ZEN" in page.results.banner.verdict.text()
    assert stall < 0.1


def test_public_address_needs_the_box_ticked_and_says_what_is_sent(
        qtbot: Any, window: Any, pki: TestPki,
        dns_server_factory: Callable[..., DnsServer]) -> None:
    dns = dns_server_factory(blocklist_zone())
    fill(window, ca_file=str(pki.ca_file))
    page = _page(qtbot, window, dns)
    with HttpsServer(pki, ECHO_ROUTES, ECHO_NAMES) as echo:
        page.https_port = echo.port
        page.echo_urls = ("https://echo.test/",)
        page.address.clear()
        page.ask_public.setChecked(False)
        page.run_button.click()  # refused next to the field; nothing is sent
        assert not page.running
        assert "echo service" in page.error_text("address")
        assert echo.requests == []
        assert "HTTPS request" in page.disclosure.text()
        assert "no password" in page.disclosure.text()
        page.ask_public.setChecked(True)
        assert page.settings.value(CONSENT_KEY) == "yes"  # remembered
        result = run_page(qtbot, page)
    assert echo.requests == [("echo.test", "/")]
    assert result.steps[0].facts["public_address"] == PBL
    assert_fixes_shown(page, "dnsbl.spamhaus_zen", "blocklist.policy_listed")
    assert statuses(page)["dnsbl.spamhaus_zen"] is Status.WARN
    page.ask_public.setChecked(False)
    assert page.settings.value(CONSENT_KEY) == "no"


def test_bad_address_and_list_are_shown_next_to_their_fields(
        qtbot: Any, window: Any, dns_server_factory: Callable[..., DnsServer]) -> None:
    dns = dns_server_factory({})
    page = _page(qtbot, window, dns)
    page.address.setText("192.0.2")
    page.lists.setText("not/a/zone")
    page.run_button.click()
    assert not page.running
    assert "IP address" in page.error_text("address")
    assert "not/a/zone" in page.error_text("lists")
    assert dns.queries == []


def test_page_fits_800_by_600(qtbot: Any, window: Any, tmp_path: Any,
                              dns_server_factory: Callable[..., DnsServer]) -> None:
    dns = dns_server_factory(blocklist_zone())
    window.resize(800, 600)
    page = _page(qtbot, window, dns)
    page.address.setText(LISTED)
    run_page(qtbot, page)
    qtbot.wait(50)
    assert page.disclosure.isVisible() and page.run_button.isVisible()
    assert page.results.isVisible() and page.results.height() > 120
    page.grab().save(str(tmp_path / "blocklist_page.png"))
