"""Authentication-Results (RFC 8601) and Received parsing, on header values in the shapes the
RFC's examples and the common receivers write (Gmail, Microsoft 365, OpenDKIM/OpenDMARC,
policyd-spf), and hostile ones (unbalanced comments, huge values, junk)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.core.model import Status
from app.core.records import authresults, received
from app.core.records.authresults import explain, main_diagnosis, parse, receiver_results

GMAIL = ("mx.google.com;\r\n       dkim=pass header.i=@example.com header.s=s1 "
         "header.b=abcdEF12;\r\n       arc=pass (i=1 spf=pass spfdomain=example.com dkim=pass "
         "dkdomain=example.com dmarc=pass fromdomain=example.com);\r\n       spf=pass "
         "(google.com: domain of alice@example.com designates 192.0.2.1 as permitted sender) "
         "smtp.mailfrom=alice@example.com;\r\n       dmarc=pass (p=REJECT sp=REJECT dis=NONE) "
         "header.from=example.com")
MICROSOFT = ("spf=softfail (sender IP is 192.0.2.9) smtp.mailfrom=news.example.org; "
             "dkim=pass (signature was verified) header.d=sendservice.example;dmarc=fail "
             "action=none header.from=example.org;compauth=softpass reason=201")


def _by(findings: list[authresults.Finding]) -> dict[str, authresults.Finding]:
    return {f.method: f for f in findings}


def test_gmail_shape_all_pass() -> None:
    ar = parse(GMAIL)
    assert ar.authserv_id == "mx.google.com"
    assert [r.method for r in ar.results] == ["dkim", "arc", "spf", "dmarc"]
    assert ar.of("spf")[0].props["smtp.mailfrom"] == "alice@example.com"
    assert "designates 192.0.2.1" in ar.of("spf")[0].comment
    findings = _by(explain(ar.results, "example.com"))
    assert {m: f.status for m, f in findings.items()} == {
        "spf": Status.PASS, "dkim": Status.PASS, "dmarc": Status.PASS, "arc": Status.PASS}
    assert main_diagnosis(list(findings.values())) is None


def test_microsoft_shape_without_authserv_id_and_no_spaces_after_semicolons() -> None:
    """Exchange Online writes no authserv-id and runs results together with ';'."""
    ar = parse(MICROSOFT)
    methods = [r.method for r in ar.results]
    assert methods[:3] == ["dkim", "dmarc", "compauth"]  # the first group is read as the id
    findings = _by(explain(parse("x; " + MICROSOFT).results, "example.org"))
    assert findings["spf"].diagnosis == "delivery.spf_softfail"
    assert findings["dkim"].diagnosis == "delivery.dkim_other_domain"
    assert "sendservice.example" in findings["dkim"].words
    assert findings["dmarc"].diagnosis == "delivery.dmarc_fail"
    assert "sendservice.example" in findings["dmarc"].words


def test_rfc8601_examples() -> None:
    assert parse("example.org 1; none").results == ()
    ar = parse('example.com; auth=pass (cram-md5) smtp.auth=sender@example.net; '
               'spf=pass smtp.mailfrom=example.net; sender-id=pass header.from=example.net')
    assert [(r.method, r.result) for r in ar.results] == [
        ("auth", "pass"), ("spf", "pass"), ("sender-id", "pass")]
    ar = parse("example.com; dkim/1=fail (bad sig) reason=\"signature didn't verify\" "
               "header.d=example.com")
    dkim = ar.of("dkim")[0]
    assert dkim.reason == "signature didn't verify" and dkim.comment == "bad sig"


def test_value_with_base64_padding_and_nested_comments() -> None:
    ar = parse("mx; dkim=pass (1024-bit key (weak); unprotected) header.d=a.example "
               "header.b=AbC+/d==")
    dkim = ar.of("dkim")[0]
    assert dkim.props["header.b"] == "AbC+/d=="
    assert dkim.comment == "1024-bit key (weak); unprotected"


@pytest.mark.parametrize("value", [
    "", ";;;", "(((", "mx; dkim=", "mx; =pass", "mx; spf=pass (unclosed", '"', "\x00\x01;x=y",
    "mx; " + "a=b " * 50_000, "mx; dkim=pass header.d=" + "x" * 200_000,
])
def test_hostile_values_never_raise(value: str) -> None:
    ar = parse(value)
    explain(ar.results, "example.com")


def test_receiver_results_are_the_topmost_authserv_ids_only() -> None:
    fields = [("Authentication-Results", "mx.receiver.example; spf=fail smtp.mailfrom=a.example"),
              ("Authentication-Results", "mx.receiver.example; dkim=pass header.d=a.example"),
              ("Received", "from x by y; Mon, 30 Nov 2026 08:00:00 +0000"),
              ("Authentication-Results", "relay.example; spf=pass smtp.mailfrom=a.example")]
    authserv, results = receiver_results(fields)
    assert authserv == "mx.receiver.example"
    assert [(r.method, r.result) for r in results] == [("spf", "fail"), ("dkim", "pass")]


def test_received_spf_when_no_authentication_results_say_spf() -> None:
    fields = [("Received-SPF", "Softfail (mailfrom) identity=mailfrom; client-ip=192.0.2.1; "
               "helo=h.example; envelope-from=a@b.example; receiver=<UNKNOWN>")]
    _, results = receiver_results(fields)
    assert results[0].method == "spf" and results[0].result == "softfail"
    assert results[0].props["smtp.mailfrom"] == "a@b.example"


def test_dkim_subdomain_is_aligned_and_no_signature_is_none() -> None:
    f = _by(explain(parse("mx; dkim=pass header.d=mail.example.com").results, "example.com"))
    assert f["dkim"].status is Status.PASS
    f = _by(explain(parse("mx; dkim=none").results, "example.com"))
    assert f["dkim"].diagnosis == "delivery.dkim_none"
    assert f["spf"].diagnosis == "delivery.spf_none"  # no SPF result written at all
    assert f["dmarc"].diagnosis == "delivery.dmarc_none"


POSTFIX_TLS = ("from mail.example.com (mail.example.com [192.0.2.10])\r\n\t(using TLSv1.3 "
               "with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n\t key-exchange X25519 "
               "server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n\t(No client "
               "certificate requested)\r\n\tby mx.example.org (Postfix) with ESMTPS id 4ABCD"
               "\r\n\tfor <bob@example.org>; Mon, 30 Nov 2026 08:30:05 +0000 (UTC)")


def test_received_postfix_exim_microsoft_gmail() -> None:
    hop = received.parse(POSTFIX_TLS)
    assert (hop.from_host, hop.from_ip, hop.by, hop.protocol) == (
        "mail.example.com", "192.0.2.10", "mx.example.org", "ESMTPS")
    assert hop.tls_version == "TLS 1.3" and hop.cipher == "TLS_AES_256_GCM_SHA384"
    assert hop.recipient == "bob@example.org"
    assert hop.time == dt.datetime(2026, 11, 30, 8, 30, 5, tzinfo=dt.timezone.utc)
    exim = received.parse("from h ([10.0.0.1]) by relay.example with esmtps (TLS1.2) tls "
                          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 (Exim 4.96) id 1x; "
                          "Mon, 30 Nov 2026 08:30:00 +0000")
    assert exim.tls_version == "TLS 1.2" and exim.encrypted is True
    ms = received.parse("from A.prod.outlook.com (2603:10a6::1) by B.prod.outlook.com "
                        "(2603:10a6::2) with Microsoft SMTP Server (version=TLS1_2, "
                        "cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.1; "
                        "Mon, 30 Nov 2026 08:30:00 +0000")
    assert ms.tls_version == "TLS 1.2" and ms.by == "B.prod.outlook.com"
    plain = received.parse("from a by b with ESMTP id 1; Mon, 30 Nov 2026 08:30:00 +0000")
    assert plain.encrypted is False and "no TLS" in plain.line()
    unknown = received.parse("from a by b with HTTP; Mon, 30 Nov 2026 08:30:00 +0000")
    assert unknown.encrypted is None


def test_chain_is_oldest_first_with_delays() -> None:
    top = "from b by c with ESMTPS; Mon, 30 Nov 2026 08:30:05 +0000"
    bottom = "from a by b with ESMTPSA; Mon, 30 Nov 2026 08:30:01 +0000"
    sent = dt.datetime(2026, 11, 30, 8, 30, 0, tzinfo=dt.timezone.utc)
    hops = received.chain([top, bottom], sent)
    assert [h.by for h in hops] == ["b", "c"]
    assert [h.delay_s for h in hops] == [1.0, 4.0]
    assert received.total_delay(hops, sent) == 5.0


@pytest.mark.parametrize("value", ["", ";", "from", "((((", "by x; not a date",
                                   "from " + "(" * 10_000, "x" * 100_000])
def test_hostile_received_never_raise(value: str) -> None:
    hop = received.parse(value)
    hop.line()
    hop.to_dict()
