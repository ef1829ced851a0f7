"""The delivery proof end to end: the connection check sends the test message through a real
Postfix (OpenDKIM signing), which relays it to a real receiving Postfix (postfix-policyd-spf-
python, OpenDKIM verifying, OpenDMARC) that delivers into Maildirs Dovecot serves over IMAP; the
check then finds it there and explains the receiver's Authentication-Results.

Skips when the bed can't run here, unless ``SMTP_DOCTOR_REAL_MTA=1`` (CI): then it fails.
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Iterator
from typing import Any

import pytest

from app.core.cancel import CancelToken
from app.core.checks.connection import run_check
from app.core.model import (
    AuthMethod,
    RunResult,
    ServerSettings,
    Status,
)
from tests.support.canary import assert_no_secret
from tests.support.checks import describe, step, watch_settings
from tests.support.proc import run_cli
from tests.support.servers.delivery import (
    ALICE,
    ALICE_PASSWORD,
    BOB,
    BOB_PASSWORD,
    TO_JUNK,
    TO_SPAM,
    DeliveryMta,
    running_bed,
)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bed() -> Iterator[DeliveryMta]:
    yield from running_bed()


_settings = watch_settings


def _run(s: ServerSettings) -> RunResult:
    result = run_check(s)
    for line in (describe(result),):
        assert BOB_PASSWORD not in line and ALICE_PASSWORD not in line
    return result


def _finding(result: RunResult, method: str) -> dict[str, Any]:
    facts = step(result, "authresults").facts
    found = [f for f in facts["findings"] if f["method"] == method]
    assert found, describe(result)
    return dict(found[0])


def test_message_found_in_inbox_with_everything_passing(bed: DeliveryMta) -> None:
    result = _run(_settings(bed))
    assert [s.id for s in result.steps][-3:] == ["watch", "found", "authresults"]
    assert result.status is Status.PASS, describe(result)
    found = step(result, "found")
    assert found.summary.startswith("Found in Inbox after "), found.summary
    assert found.title.startswith("Found in Inbox after ") and found.summary.startswith(found.title)
    assert found.facts["folder"] == "Inbox" and found.facts["junk"] is False
    assert 0 < found.facts["delay_s"] < 30
    hops = found.facts["hops"]
    # the client -> submission (ESMTPSA), submission -> mx (ESMTPS, the TLS version read)
    assert [h["by"] for h in hops] == ["submit.smtpdoctor.test", "mx.inbox.test"], hops
    assert hops[0]["protocol"] == "ESMTPSA" and hops[0]["encrypted"] is True
    assert hops[1]["tls_version"].startswith("TLS 1."), hops
    auth = step(result, "authresults")
    assert auth.status is Status.PASS, describe(result)
    assert auth.facts["authserv_id"] == "mx.inbox.test"
    assert (auth.facts["spf"], auth.facts["dkim"], auth.facts["dmarc"]) == \
        ("pass", "pass", "pass")
    assert "arrived in Inbox" in result.verdict


def test_softfail_and_the_providers_signature(bed: DeliveryMta) -> None:
    """SPF ~all without this server; DKIM valid but by provider.test: DMARC fails, and the
    explanation names the provider's domain."""
    result = _run(_settings(bed, "softfail.test"))
    auth = step(result, "authresults")
    assert auth.status is Status.WARN, describe(result)
    assert _finding(result, "spf")["diagnosis"] == "delivery.spf_softfail"
    dkim = _finding(result, "dkim")
    assert dkim["diagnosis"] == "delivery.dkim_other_domain"
    assert dkim["domain"] == "provider.test" and "provider.test" in dkim["words"]
    assert _finding(result, "dmarc")["diagnosis"] == "delivery.dmarc_fail"
    assert auth.diagnosis == "delivery.dmarc_fail"
    assert auth.advice is not None and auth.advice.fixes
    assert "softfail.test" in auth.advice.cause


def test_spf_fail_dkim_fail_dmarc_fail(bed: DeliveryMta) -> None:
    result = _run(_settings(bed, "bad.test"))
    assert _finding(result, "spf")["diagnosis"] == "delivery.spf_fail"
    assert _finding(result, "dkim")["diagnosis"] == "delivery.dkim_fail"
    assert _finding(result, "dmarc")["diagnosis"] == "delivery.dmarc_fail"
    assert step(result, "authresults").status is Status.WARN


def test_no_records_at_all(bed: DeliveryMta) -> None:
    result = _run(_settings(bed, "none.test"))
    assert _finding(result, "spf")["diagnosis"] == "delivery.spf_none"
    assert _finding(result, "dkim")["diagnosis"] == "delivery.dkim_none"
    assert _finding(result, "dmarc")["diagnosis"] == "delivery.dmarc_none"
    assert step(result, "authresults").diagnosis == "delivery.dkim_none"


def test_broken_spf_record(bed: DeliveryMta) -> None:
    result = _run(_settings(bed, "broken.test"))
    spf = _finding(result, "spf")
    assert spf["diagnosis"] == "delivery.spf_error", spf
    assert spf["result"] == "permerror"


def test_receiver_that_checks_nothing(bed: DeliveryMta) -> None:
    result = _run(_settings(bed, port=bed.ports["plain"], auth=AuthMethod.NONE, username="",
                            password=""))
    assert step(result, "found").status is Status.PASS, describe(result)
    auth = step(result, "authresults")
    assert auth.status is Status.WARN and auth.diagnosis == "delivery.no_results"


def test_junk_folder_by_special_use(bed: DeliveryMta) -> None:
    result = _run(_settings(bed, to=TO_JUNK))
    found = step(result, "found")
    assert found.status is Status.WARN, describe(result)
    assert found.diagnosis == "delivery.junk"
    assert found.summary.startswith("Found in Junk after ")
    assert found.advice is not None and "Junk" in found.advice.cause


def test_spam_folder_by_name_over_imaps(bed: DeliveryMta) -> None:
    result = _run(_settings(bed, to=TO_SPAM,
                            watch=f"imaps://{BOB}@127.0.0.1:{bed.imaps_port}"))
    found = step(result, "found")
    assert found.diagnosis == "delivery.junk", describe(result)
    assert found.facts["folder"] == "Spam"
    watch = step(result, "watch")
    assert watch.facts["imap"]["security"] == "tls"
    assert watch.facts["imap_tls_version"].startswith("TLSv1.")


def test_message_that_never_arrives(bed: DeliveryMta) -> None:
    """Sent to bob+junk, but the mailbox watched is alice's own (nothing arrives there)."""
    result = _run(_settings(bed, watch=f"imap://127.0.0.1:{bed.imap_port}", imap_password="",
                            watch_timeout=2))
    watch = step(result, "watch")
    assert watch.status is Status.FAIL, describe(result)
    assert watch.diagnosis == "delivery.not_arrived"
    assert watch.facts["looks"] >= 2  # looked again until the deadline
    assert watch.duration_ms < 15_000
    assert step(result, "found").status is Status.SKIPPED


def test_default_mailbox_is_the_sending_account(bed: DeliveryMta) -> None:
    """bob sends to himself: the mailbox is his, logged in with the SMTP password."""
    result = _run(_settings(bed, username=BOB, password=BOB_PASSWORD, imap_password="",
                            mail_from="bob@good.test",
                            watch=f"imap://127.0.0.1:{bed.imap_port}"))
    assert step(result, "watch").facts["imap"]["user"] == BOB
    assert step(result, "found").status is Status.PASS, describe(result)


def test_wrong_imap_password(bed: DeliveryMta) -> None:
    result = _run(_settings(bed, imap_password="not-" + BOB_PASSWORD, watch_timeout=10))
    watch = step(result, "watch")
    assert watch.diagnosis == "delivery.imap_login_failed", describe(result)
    assert_no_secret(json.dumps(result.to_dict()))
    assert "not-" + BOB_PASSWORD not in json.dumps(result.to_dict())


def test_imap_port_refused(bed: DeliveryMta) -> None:
    from tests.support.servers.postfix import _free_port

    result = _run(_settings(bed, watch=f"imap://{BOB}@127.0.0.1:{_free_port()}",
                            watch_timeout=5))
    assert step(result, "watch").diagnosis == "tcp.refused", describe(result)


def test_imap_certificate_is_verified(bed: DeliveryMta) -> None:
    """The IMAP server's certificate is checked like the SMTP server's: a name it does not
    carry (imap.inbox.test, from the bed's DNS) is a hostname mismatch."""
    result = _run(_settings(bed, watch=f"imaps://{BOB}@imap.inbox.test:{bed.imaps_port}",
                            nameserver=f"{bed.dns.host}:{bed.dns.port}"))
    assert step(result, "data").status is Status.PASS, describe(result)
    watch = step(result, "watch")
    assert watch.diagnosis == "tls.cert_hostname_mismatch", describe(result)
    assert "IMAP server imap.inbox.test" in watch.summary


def test_cancel_while_waiting_ends_promptly(bed: DeliveryMta) -> None:
    import threading

    cancel = CancelToken()
    started = threading.Event()

    def on_event(event: object) -> None:
        if getattr(event, "step_id", "") == "watch":
            started.set()

    s = _settings(bed, watch=f"imap://127.0.0.1:{bed.imap_port}", imap_password="",
                  watch_timeout=120)
    out: list[RunResult] = []
    worker = threading.Thread(target=lambda: out.append(run_check(s, on_event, cancel)))
    worker.start()
    assert started.wait(30)
    time.sleep(0.5)
    t0 = time.monotonic()
    cancel.cancel()
    worker.join(10)
    assert not worker.is_alive()
    assert time.monotonic() - t0 < 3
    assert out[0].cancelled


def test_cli_watch_imap_json_and_markdown_report(bed: DeliveryMta, tmp_path: Any) -> None:
    report = tmp_path / "r.md"
    code, out, err = run_cli(
        "check", "127.0.0.1", "--port", str(bed.port), "--user", ALICE, "--password-stdin",
        "--auth", "plain", "--ca-file", str(bed.ca_file), "--from", "alice@softfail.test",
        "--to", BOB, "--watch-imap", f"imap://{BOB}@127.0.0.1:{bed.imap_port}",
        "--imap-password-stdin", "--watch-timeout", "30", "--json", "--report", str(report),
        stdin=f"{ALICE_PASSWORD}\n{BOB_PASSWORD}\n")
    data = json.loads(out)
    assert code == 0 and data["status"] == "warn", out + err  # softfail, DMARC: warnings
    steps = {s["id"]: s for s in data["steps"]}
    assert steps["found"]["status"] == "pass"
    assert steps["authresults"]["diagnosis"] == "delivery.dmarc_fail"
    assert data["target"]["watch_imap"].startswith("imap://")
    text = report.read_text()
    assert "Authentication results" in text and "delivery.dmarc_fail" in text
    for secret in (ALICE_PASSWORD, BOB_PASSWORD):
        assert secret not in out + err + text


def test_every_report_format_has_the_delivery_steps(bed: DeliveryMta) -> None:
    from app.core.text import report

    result = _run(_settings(bed, "bad.test"))
    secrets = [ALICE_PASSWORD, BOB_PASSWORD]
    for fmt in (*report.FORMATS, report.TEXT):
        text = report.render(result, fmt, secrets=secrets)
        for words in ("Waiting for the message", "Found in Inbox after",
                      "Authentication results", "the signature does not verify",
                      "mx.inbox.test"):
            assert words in text, (fmt, words)
        assert all(secret not in text for secret in secrets), fmt


def test_the_mailbox_is_reached_through_the_runs_proxy(bed: DeliveryMta) -> None:
    """A real SOCKS5 proxy (Dante) that lets through the submission port only: the watch's IMAP
    connection goes through it too, so it is refused by the proxy (proxy.port_refused), not
    made directly; with the IMAP port allowed, the message is found through the proxy."""
    from app.core.protocol.proxy import parse_proxy
    from tests.support.servers.proxies import DANTED, Dante
    from tests.support.servers.proxies import skip_unless_runnable as skip_unless_proxy

    skip_unless_proxy(DANTED)
    with Dante(allow_ports=[bed.port]) as only_smtp:
        result = _run(_settings(bed, proxy=parse_proxy(only_smtp.url("socks5")),
                                watch_timeout=10))
    assert step(result, "data").status is Status.PASS, describe(result)
    assert step(result, "watch").diagnosis == "proxy.port_refused", describe(result)
    with Dante(allow_ports=[bed.port, bed.imap_port]) as both:
        result = _run(_settings(bed, proxy=parse_proxy(both.url("socks5"))))
    assert step(result, "found").status is Status.PASS, describe(result)


def test_cli_refuses_a_password_in_the_imap_address(bed: DeliveryMta) -> None:
    code, out, err = run_cli("check", "127.0.0.1", "--port", str(bed.port), "--user", ALICE,
                             "--password-stdin", "--watch-imap",
                             f"imap://bob:{BOB_PASSWORD}@127.0.0.1", stdin=ALICE_PASSWORD + "\n")
    assert code == 2
    assert "--watch-imap" in err and "password" in err
    assert BOB_PASSWORD not in out + err


def test_median_time_to_found(bed: DeliveryMta) -> None:
    """Send-to-found on loopback, five runs (the figure the report quotes)."""
    delays = []
    for _ in range(5):
        result = _run(_settings(bed))
        assert step(result, "found").status is Status.PASS, describe(result)
        delays.append(step(result, "found").facts["delay_s"])
    median = statistics.median(delays)
    print(f"send-to-found on loopback: median {median:.3f} s of {delays}")
    assert median < 20
