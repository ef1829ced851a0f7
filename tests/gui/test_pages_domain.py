"""The Domain health page against a loopback DNS server, HTTPS (MTA-STS) and SMTP (greeting)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.core.forms import parse_selectors, parse_server
from app.core.model import Status
from app.gui.pages.domain import domain_of
from tests.support.gui import (
    StallMeter,
    assert_fixes_shown,
    cancel_within,
    fill,
    page_of,
    run_page,
    statuses,
)
from tests.support.servers.dns import DnsServer
from tests.support.servers.https import HttpsServer
from tests.support.servers.pki import TestPki
from tests.support.servers.smtpd import SmtpServer
from tests.support.worlds import (
    POLICY,
    SIGNED,
    dkim_record,
    mx_tls_context,
    secured_zone,
)


def test_healthy_domain_every_step_passes(
        qtbot: Any, window: Any, pki: TestPki, dns_server_factory: Callable[..., DnsServer],
        smtp_server_factory: Callable[..., SmtpServer]) -> None:
    leaf = pki.ca.issue_cert("mx.example.test")
    smtp = smtp_server_factory(hostname="mx.example.test", tls="starttls",
                               tls_context=mx_tls_context(leaf))
    dns = dns_server_factory(secured_zone(dkim_record(2048), leaf), **SIGNED)
    fill(window, mail_from="shop@example.test", ca_file=str(pki.ca_file))
    page = page_of(window, "DomainPage", qtbot)
    assert page.domain.text() == "example.test"  # prefilled from the From address's domain
    page.selectors.setText("sel1")
    page.common.setChecked(False)
    page.server.setText(f"127.0.0.1:{smtp.port}")
    page.nameserver.setText(dns.nameserver)
    page.timeout = 2.0
    routes = {("mta-sts.example.test", "/.well-known/mta-sts.txt"): (200, "text/plain", POLICY)}
    with HttpsServer(pki, routes, ["mta-sts.example.test"]) as https:
        page.https_port = https.port
        meter = StallMeter()
        meter.start()
        result = run_page(qtbot, page)
        stall = meter.stop()
    got = statuses(page)
    assert list(got) == ["mx", "dnssec", "spf", "dmarc", "dkim", "bimi", "mta_sts", "tls_rpt",
                         "dane", "ptr", "greeting"]
    assert all(s is Status.PASS for s in got.values()), (got, result.verdict)
    assert page.results.banner.verdict.text() == "example.test: every check passed."
    assert page.results.banner.status() is Status.PASS
    print(f"\ndomain page: max event-loop gap {stall * 1000:.1f} ms")
    assert stall < 0.1


def test_broken_domain_shows_diagnoses_and_fixes(
        qtbot: Any, window: Any, pki: TestPki,
        dns_server_factory: Callable[..., DnsServer]) -> None:
    dns = dns_server_factory({
        "bad.test": {"TXT": ["v=spf1 +all"]},
        "_dmarc.bad.test": {"TXT": ["v=DMARC1; p=reject; pct=200"]},
    })
    page = page_of(window, "DomainPage", qtbot)
    page.domain.setText("bad.test")
    page.common.setChecked(False)
    page.nameserver.setText(dns.nameserver)
    page.timeout = 1.0
    result = run_page(qtbot, page)
    got = statuses(page)
    assert got["mx"] is Status.FAIL and got["spf"] is Status.FAIL and got["dmarc"] is Status.FAIL
    assert_fixes_shown(page, "mx", "mx.missing")
    assert_fixes_shown(page, "spf", "spf.plus_all")
    assert_fixes_shown(page, "dmarc", "dmarc.syntax")
    assert result.status is Status.FAIL
    assert page.results.banner.status() is Status.FAIL
    assert " problems: " in page.results.banner.verdict.text()
    # The first failing step is the one shown after the run.
    page.results.finish(result)
    assert page.results.details.step is not None
    assert page.results.details.step.id == "mx"


def test_domain_cancel_within_a_second(qtbot: Any, window: Any, dns_server: DnsServer) -> None:
    page = page_of(window, "DomainPage", qtbot)
    page.domain.setText("silent.test")  # the loopback DNS never answers this name
    page.nameserver.setText(dns_server.nameserver)
    page.timeout = 20.0
    elapsed = cancel_within(qtbot, page, "mx")
    print(f"\ndomain page: cancelled in {elapsed * 1000:.0f} ms")
    assert elapsed < 1.0


def test_domain_input_helpers_and_field_errors(qtbot: Any, window: Any) -> None:
    assert parse_selectors("s1, google;k1 s1") == ("s1", "google", "k1")
    assert parse_server("mx.example.com") == ("mx.example.com", 25)
    assert parse_server("mx.example.com:2525") == ("mx.example.com", 2525)
    assert parse_server("[2001:db8::1]:587") == ("2001:db8::1", 587)
    assert domain_of({"mail_from": "Shop <shop@example.com>"}) == "example.com"
    assert domain_of({"mail_from": "", "username": "bob@example.org"}) == "example.org"
    page = page_of(window, "DomainPage", qtbot)
    page.domain.setText("example.com")
    page.selectors.setText("bad selector!")
    assert not page.run()
    assert "bad" in page.error_text("selectors") or \
        "selector" in page.error_text("selectors")
    page.selectors.setText("")
    page.server.setText("mx.example.com:99999")
    assert not page.run()
    assert "65535" in page.error_text("server")
