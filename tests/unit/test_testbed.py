"""The test bed itself works: every loopback server, checked with real clients only."""

from __future__ import annotations

import errno
import re
import smtplib
import socket
import ssl
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator

import dns.exception
import dns.resolver
import pytest
from cryptography import x509
from cryptography.x509.oid import NameOID

from tests.support.proc import wait_until
from tests.support.servers import scripted
from tests.support.servers.dns import DnsServer
from tests.support.servers.netns import netns_available, run_in_netns, unreachable_netns
from tests.support.servers.pki import (
    AV_CA_COMMON_NAME,
    AV_CA_ORGANIZATION,
    VERIFY_EXPIRED,
    VERIFY_HOSTNAME_MISMATCH,
    VERIFY_NOT_YET_VALID,
    VERIFY_SELF_SIGNED,
    VERIFY_UNABLE_TO_GET_ISSUER,
    TestPki,
)
from tests.support.servers.ports import filtered_port, refused_port
from tests.support.servers.scripted import ScriptedServer
from tests.support.servers.smtpd import (
    CANARY_PASSWORD,
    CANARY_USER,
    REPLY_GMAIL_APP_PASSWORD,
    REPLY_M365_SMTP_AUTH_DISABLED,
    REPLY_MUST_STARTTLS,
    REPLY_RELAY_DENIED,
    REPLY_SEND_AS_DENIED,
    REPLY_SPAM,
    REPLY_USER_UNKNOWN,
    SmtpServer,
    relay_rule,
)

ScriptedFactory = Callable[..., ScriptedServer]
SmtpFactory = Callable[..., SmtpServer]

MESSAGE = (
    b"From: Alice <alice@example.test>\r\n"
    b"To: Bob <bob@example.test>\r\n"
    b"Subject: SMTP Doctor test message\r\n"
    b"Message-ID: <testbed-1@example.test>\r\n"
    b"X-Smtp-Doctor: probe\r\n"
    b"\r\n"
    b"Hello Bob.\r\n"
)


def _threads_settle(baseline: int, timeout: float = 3.0) -> int:
    wait_until(lambda: threading.active_count() <= baseline, timeout)
    return threading.active_count()


@pytest.fixture(autouse=True)
def no_thread_leaks() -> Iterator[None]:
    """Every server thread is joined once the test's fixtures are torn down.

    Autouse fixtures are set up first, so this teardown runs after the server fixtures'.
    """
    baseline = threading.active_count()
    yield
    assert _threads_settle(baseline) == baseline, threading.enumerate()


def _resolver(server: DnsServer, lifetime: float = 2.0) -> dns.resolver.Resolver:
    resolver = dns.resolver.Resolver(configure=False)
    resolver.nameservers = [server.host]
    resolver.port = server.port
    resolver.lifetime = lifetime
    resolver.timeout = lifetime
    resolver.retry_servfail = False
    return resolver


# ------------------------------------------------------------------------------------ SMTP


@pytest.mark.parametrize(
    ("mechanism", "method"),
    [("CRAM-MD5", "auth_cram_md5"), ("PLAIN", "auth_plain"), ("LOGIN", "auth_login")],
)
def test_starttls_auth_each_mechanism_and_message_arrives(
    smtp_starttls_auth: SmtpServer, pki: TestPki, mechanism: str, method: str
) -> None:
    srv = smtp_starttls_auth
    with smtplib.SMTP(srv.host, srv.port, timeout=5) as client:
        code, _ = client.ehlo()
        assert code == 250
        assert client.has_extn("starttls")
        assert not client.has_extn("auth")  # AUTH only after TLS
        assert client.mail("alice@example.test")[0] == 530  # require_starttls
        client.starttls(context=pki.client_context())
        client.ehlo()
        assert set(client.esmtp_features["auth"].split()) == {"PLAIN", "LOGIN", "CRAM-MD5"}
        client.user, client.password = CANARY_USER, CANARY_PASSWORD
        assert client.auth(mechanism, getattr(client, method))[0] == 235
        refused = client.sendmail("alice@example.test", ["bob@example.test"], MESSAGE)
        assert refused == {}
    got = srv.wait_for_message()
    assert got.mail_from == "alice@example.test"
    assert got.rcpt_tos == ("bob@example.test",)
    assert got.tls and got.auth_login == CANARY_USER
    assert got.message["Subject"] == "SMTP Doctor test message"
    assert got.message["X-Smtp-Doctor"] == "probe"
    assert got.message["Message-ID"] == "<testbed-1@example.test>"
    assert got.data.startswith(b"From: Alice <alice@example.test>\r\n")
    assert srv.auth_attempts[-1].mechanism == mechanism and srv.auth_attempts[-1].success


def test_wrong_password_gets_535(smtp_implicit_tls_auth: SmtpServer, pki: TestPki) -> None:
    srv = smtp_implicit_tls_auth
    with smtplib.SMTP_SSL(srv.host, srv.port, timeout=5, context=pki.client_context()) as client:
        client.ehlo()
        assert client.has_extn("auth")  # implicit TLS counts as TLS
        client.user, client.password = CANARY_USER, "wrong"
        with pytest.raises(smtplib.SMTPAuthenticationError) as info:
            client.auth("PLAIN", client.auth_plain)
    assert info.value.smtp_code == 535
    assert srv.auth_attempts == [type(srv.auth_attempts[0])("PLAIN", CANARY_USER, False)]


def test_plain_server_greeting_no_auth(smtp_plain: SmtpServer) -> None:
    with smtplib.SMTP(smtp_plain.host, smtp_plain.port, timeout=5) as client:
        assert client.ehlo()[0] == 250
        assert not client.has_extn("auth") and not client.has_extn("starttls")
        assert client.docmd("AUTH", "PLAIN AGFsaWNlAHg=")[0] == 502
        client.sendmail("a@example.test", ["b@example.test"], MESSAGE)
    assert smtp_plain.wait_for_message().message["To"] == "Bob <bob@example.test>"
    assert not smtp_plain.messages[0].tls


def test_greeting_hostname_size_and_mechanism_subset(smtp_server_factory: SmtpFactory) -> None:
    srv = smtp_server_factory(
        users={"u": "p"},
        auth_mechanisms=["PLAIN", "LOGIN"],
        auth_require_tls=False,
        data_size_limit=1000,
        hostname="smtp.example.test",
        ident="ESMTP Postfix",
    )
    with smtplib.SMTP(timeout=5) as client:
        code, banner = client.connect(srv.host, srv.port)
        assert (code, banner) == (220, b"smtp.example.test ESMTP Postfix")
        client.ehlo()
        assert client.esmtp_features["auth"].split() == ["LOGIN", "PLAIN"]
        assert client.esmtp_features["size"] == "1000"
        assert client.docmd("AUTH", "CRAM-MD5")[0] == 504
        with pytest.raises(smtplib.SMTPSenderRefused) as info:
            client.sendmail("a@example.test", ["b@example.test"], b"x" * 2000)
        assert info.value.smtp_code == 552


@pytest.mark.parametrize(
    ("reply", "when"),
    [
        (REPLY_GMAIL_APP_PASSWORD, "credentials"),
        (REPLY_M365_SMTP_AUTH_DISABLED, "credentials"),
        (REPLY_MUST_STARTTLS, "command"),
    ],
)
def test_auth_reply_override(
    smtp_server_factory: SmtpFactory, pki: TestPki, reply: str, when: str
) -> None:
    srv = smtp_server_factory(
        tls="starttls",
        users={CANARY_USER: CANARY_PASSWORD},
        auth_reply=reply,
        auth_reply_when=when,
    )
    code, text = reply.split(" ", 1)
    with smtplib.SMTP(srv.host, srv.port, timeout=5) as client:
        client.starttls(context=pki.client_context())
        client.ehlo()
        client.user, client.password = CANARY_USER, CANARY_PASSWORD
        # LOGIN without initial response runs the full exchange before the fixed reply
        with pytest.raises(smtplib.SMTPAuthenticationError) as info:
            client.auth("LOGIN", client.auth_login, initial_response_ok=False)
        assert (info.value.smtp_code, info.value.smtp_error) == (int(code), text.encode())
        with pytest.raises(smtplib.SMTPAuthenticationError) as info:
            client.auth("CRAM-MD5", client.auth_cram_md5)
        assert info.value.smtp_code == int(code)
    assert all(not a.success for a in srv.auth_attempts) and len(srv.auth_attempts) == 2


def test_policy_rejections(smtp_server_factory: SmtpFactory) -> None:
    srv = smtp_server_factory(
        reject_rcpt={
            "nobody@example.test": REPLY_USER_UNKNOWN,
            relay_rule(["example.test"]): REPLY_RELAY_DENIED,
        },
        reject_data=REPLY_SPAM,
    )
    with smtplib.SMTP(srv.host, srv.port, timeout=5) as client:
        client.ehlo()
        assert client.mail("a@example.test")[0] == 250
        assert client.rcpt("Nobody@example.test") == (550, b"5.1.1 User unknown")
        assert client.rcpt("x@foreign.example") == (554, b"5.7.1 Relay access denied")
        assert client.rcpt("bob@example.test")[0] == 250
        assert client.data(MESSAGE) == (554, b"5.6.0 Message rejected as spam")
    assert srv.messages == []
    sender = smtp_server_factory(reject_mail_from=REPLY_SEND_AS_DENIED)
    with smtplib.SMTP(sender.host, sender.port, timeout=5) as client:
        client.ehlo()
        code, text = client.mail("ceo@example.test")
        assert (code, text.decode()) == (550, REPLY_SEND_AS_DENIED[4:])


def test_plain_client_on_implicit_tls_port_gets_no_greeting(
    smtp_implicit_tls_auth: SmtpServer,
) -> None:
    address = smtp_implicit_tls_auth.address
    with socket.create_connection(address, timeout=0.5) as sock, pytest.raises(TimeoutError):
        sock.recv(100)


def test_tls_client_on_plain_port_wrong_version(smtp_plain: SmtpServer, pki: TestPki) -> None:
    with (
        socket.create_connection(smtp_plain.address, timeout=5) as sock,
        pytest.raises(ssl.SSLError) as info,
    ):
        pki.client_context().wrap_socket(sock, server_hostname="localhost")
    assert info.value.reason == "WRONG_VERSION_NUMBER"


# ------------------------------------------------------------------------------------ PKI


@pytest.mark.parametrize(
    ("kind", "codes"),
    [
        ("expired", {VERIFY_EXPIRED}),
        ("not_yet_valid", {VERIFY_NOT_YET_VALID}),
        ("wrong_host", {VERIFY_HOSTNAME_MISMATCH}),
        ("untrusted", {VERIFY_UNABLE_TO_GET_ISSUER, 19}),
        ("av", {VERIFY_UNABLE_TO_GET_ISSUER, 19}),
        ("self_signed", {VERIFY_SELF_SIGNED}),
    ],
)
def test_bad_certificates_fail_verification(
    smtp_server_factory: SmtpFactory, pki: TestPki, kind: str, codes: set[int]
) -> None:
    srv = smtp_server_factory(tls="tls", cert=kind)
    with (
        socket.create_connection(srv.address, timeout=5) as sock,
        pytest.raises(ssl.SSLCertVerificationError) as info,
    ):
        pki.client_context().wrap_socket(sock, server_hostname="localhost")
    assert info.value.verify_code in codes


def test_valid_certificate_and_av_issuer(smtp_server_factory: SmtpFactory, pki: TestPki) -> None:
    good = smtp_server_factory(tls="tls", cert="valid")
    for name in ("localhost", "127.0.0.1"):
        with (
            socket.create_connection(good.address, timeout=5) as sock,
            pki.client_context().wrap_socket(sock, server_hostname=name) as tls,
        ):
            assert tls.version() in ("TLSv1.2", "TLSv1.3")
            assert tls.recv(100).startswith(b"220 ")
    av = smtp_server_factory(tls="tls", cert="av")
    with socket.create_connection(av.address, timeout=5) as sock:
        ctx = pki.client_context(trust=pki.av_ca_file)
        with ctx.wrap_socket(sock, server_hostname="localhost") as tls:
            der = tls.getpeercert(binary_form=True)
    assert der is not None
    issuer = x509.load_der_x509_certificate(der).issuer
    assert issuer.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)[0].value == AV_CA_ORGANIZATION
    assert issuer.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == AV_CA_COMMON_NAME


def test_old_tls_needs_legacy_client(smtp_server_factory: SmtpFactory, pki: TestPki) -> None:
    srv = smtp_server_factory(tls="starttls", cert="old_tls")
    with smtplib.SMTP(srv.host, srv.port, timeout=5) as client:
        client.ehlo()
        with pytest.raises(ssl.SSLError):
            client.starttls(context=pki.client_context())
    with smtplib.SMTP(srv.host, srv.port, timeout=5) as client:
        client.ehlo()
        assert client.starttls(context=pki.client_context(legacy=True))[0] == 220
        assert isinstance(client.sock, ssl.SSLSocket)
        assert client.sock.version() == "TLSv1.1"
        assert client.noop()[0] == 250


# ------------------------------------------------------------------------------- scripted


def _greeting(srv: ScriptedServer, timeout: float = 3.0) -> bytes:
    with socket.create_connection(srv.address, timeout=timeout) as sock:
        return _read_all(sock)


def _read_all(sock: socket.socket) -> bytes:
    data = b""
    while chunk := sock.recv(4096):
        data += chunk
    return data


@pytest.mark.parametrize(
    ("handler", "expected"),
    [
        (scripted.busy_421, b"421 4.3.2 Service not available, too busy\r\n"),
        (scripted.reject_554, b"554 5.7.1 No SMTP service here\r\n"),
        (scripted.not_smtp_greeting, b"SSH-2.0-OpenSSH_9.2\r\n"),
    ],
)
def test_one_line_then_close(
    scripted_server_factory: ScriptedFactory, handler: scripted.Handler, expected: bytes
) -> None:
    assert _greeting(scripted_server_factory(handler)) == expected


def test_busy_421_with_smtplib(scripted_server_factory: ScriptedFactory) -> None:
    srv = scripted_server_factory(scripted.busy_421)
    with pytest.raises(smtplib.SMTPConnectError) as info:
        smtplib.SMTP(srv.host, srv.port, timeout=3)
    assert info.value.smtp_code == 421


def test_silent_and_silent_after_greeting_time_out(
    scripted_server_factory: ScriptedFactory,
) -> None:
    silent = scripted_server_factory(scripted.silent)
    with pytest.raises(smtplib.SMTPServerDisconnected, match="timed out"):
        smtplib.SMTP(silent.host, silent.port, timeout=0.5)
    after = scripted_server_factory(scripted.silent_after_greeting)
    client = smtplib.SMTP(after.host, after.port, timeout=0.5)
    try:  # smtplib reports a reply timeout as a disconnect, too
        with pytest.raises(smtplib.SMTPServerDisconnected, match="timed out"):
            client.ehlo()
    finally:
        client.close()


def test_slow_drip_one_byte_per_interval(scripted_server_factory: ScriptedFactory) -> None:
    srv = scripted_server_factory(scripted.slow_drip)
    with socket.create_connection(srv.address, timeout=3) as sock:
        start = time.monotonic()
        assert sock.recv(100) == b"2"
        assert sock.recv(100) == b"2"
        elapsed = time.monotonic() - start
    assert 0.8 < elapsed < 2.0
    fast = scripted_server_factory(scripted.make_slow_drip(interval=0.01))
    with socket.create_connection(fast.address, timeout=3) as sock:
        data = b""
        while not data.endswith(b"\r\n"):
            data += sock.recv(100)
    assert data == b"220 slow.example ESMTP ready\r\n"


def test_drip_after_greeting(scripted_server_factory: ScriptedFactory) -> None:
    srv = scripted_server_factory(scripted.drip_after_greeting)
    with socket.create_connection(srv.address, timeout=3) as sock:
        assert sock.recv(100) == b"220 drip.example ESMTP ready\r\n"
        sock.sendall(b"EHLO me\r\n")
        start = time.monotonic()
        assert sock.recv(100) == b"2"
        assert sock.recv(100) == b"5"
        assert 0.8 < time.monotonic() - start < 2.0


def test_hangup_after_ehlo(scripted_server_factory: ScriptedFactory) -> None:
    srv = scripted_server_factory(scripted.hangup_after_ehlo)
    client = smtplib.SMTP(srv.host, srv.port, timeout=3)
    try:
        with pytest.raises(smtplib.SMTPServerDisconnected):
            client.ehlo()
    finally:
        client.close()
    assert bytes(srv.peers[0].received).upper() == b"EHLO [127.0.0.1]\r\n"


def test_garbage_reply(scripted_server_factory: ScriptedFactory) -> None:
    srv = scripted_server_factory(scripted.garbage)
    client = smtplib.SMTP(srv.host, srv.port, timeout=3)
    try:
        code, _ = client.ehlo()
        assert code == -1  # smtplib: reply line is not a number
    finally:
        client.close()
    assert bytes(srv.peers[0].received).upper().startswith(b"EHLO ")


def test_tls_bytes_peer(scripted_server_factory: ScriptedFactory) -> None:
    srv = scripted_server_factory(scripted.tls_bytes)
    with socket.create_connection(srv.address, timeout=3) as sock:
        first = sock.recv(5)
    assert first[0] == 0x16 and first[1:3] == b"\x03\x01"


def test_plain_esmtp_without_starttls(scripted_server_factory: ScriptedFactory) -> None:
    srv = scripted_server_factory(scripted.plain_esmtp)
    with smtplib.SMTP(srv.host, srv.port, timeout=3) as client:
        assert client.ehlo() == (250, b"plain.example\nPIPELINING\n8BITMIME")
        assert not client.has_extn("starttls") and not client.has_extn("auth")
        with pytest.raises(smtplib.SMTPNotSupportedError):
            client.starttls()
        assert client.quit()[0] == 221


def test_starttls_then_plain(scripted_server_factory: ScriptedFactory, pki: TestPki) -> None:
    srv = scripted_server_factory(scripted.starttls_then_plain)
    client = smtplib.SMTP(srv.host, srv.port, timeout=3)
    try:
        client.ehlo()
        assert client.has_extn("starttls")
        with pytest.raises(ssl.SSLError) as info:
            client.starttls(context=pki.client_context())
        assert info.value.reason == "WRONG_VERSION_NUMBER"
    finally:
        client.close()


def test_scripted_tls_context_and_teardown(pki: TestPki) -> None:
    baseline = threading.active_count()
    with ScriptedServer(scripted.plain_esmtp, tls_context=pki.server_context()) as srv:
        with smtplib.SMTP_SSL(srv.host, srv.port, timeout=3, context=pki.client_context()) as c:
            assert c.ehlo()[0] == 250
        # a connection still open at teardown is closed by the server
        held = socket.create_connection(srv.address, timeout=3)
        with ScriptedServer(scripted.silent) as quiet:
            hanging = socket.create_connection(quiet.address, timeout=3)
            assert wait_until(lambda: threading.active_count() > baseline)  # a handler runs
        assert hanging.recv(10) == b""  # server closed it
        hanging.close()
    held.close()
    assert _threads_settle(baseline) == baseline


# ----------------------------------------------------------------------------- ports


def test_refused_port() -> None:
    port = refused_port()
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", port), timeout=2)


def test_filtered_port_times_out() -> None:
    with filtered_port() as port:
        for _ in range(2):  # stays filtered for repeated attempts
            start = time.monotonic()
            with pytest.raises(TimeoutError):
                socket.create_connection(("127.0.0.1", port), timeout=1)
            assert 0.9 < time.monotonic() - start < 1.5


def test_port_fixtures(refused_port: int, filtered_port: int) -> None:
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", refused_port), timeout=1)
    with pytest.raises(TimeoutError):
        socket.create_connection(("127.0.0.1", filtered_port), timeout=0.5)


# ------------------------------------------------------------------------------- DNS


def test_dns_default_zone(dns_server: DnsServer) -> None:
    resolver = _resolver(dns_server)
    assert [r.address for r in resolver.resolve("mail.test", "A")] == ["127.0.0.1"]
    assert [r.address for r in resolver.resolve("v6only.test", "AAAA")] == ["::1"]
    with pytest.raises(dns.resolver.NoAnswer):
        resolver.resolve("v6only.test", "A")
    with pytest.raises(dns.resolver.NoAnswer):
        resolver.resolve("noaddr.test", "A")
    assert [r.strings for r in resolver.resolve("noaddr.test", "TXT")] == [(b"v=spf1 -all",)]
    with pytest.raises(dns.resolver.NXDOMAIN):
        resolver.resolve("nope.test", "A")
    with pytest.raises(dns.resolver.NoNameservers, match="SERVFAIL"):
        resolver.resolve("servfail.test", "A")
    quick = _resolver(dns_server, lifetime=0.5)
    with pytest.raises(dns.exception.Timeout):
        quick.resolve("silent.test", "A")
    assert dns_server.nameserver == f"127.0.0.1:{dns_server.port}"
    assert ("udp", "silent.test", "A") in dns_server.queries


def test_dns_custom_records_and_tcp(dns_server_factory: Callable[..., DnsServer]) -> None:
    srv = dns_server_factory(
        {
            "example.test": {
                "MX": [(10, "mx1.example.test"), (20, "mx2.example.test")],
                "TXT": ["v=spf1 mx -all"],
            },
            "_submission._tcp.example.test": {"SRV": [(0, 1, 587, "smtp.example.test")]},
            "1.0.0.127.in-addr.arpa": {"PTR": ["mx1.example.test"]},
            "smtp.example.test": {"CNAME": "mx1.example.test"},
            "mx1.example.test": {"A": ["127.0.0.1"], "AAAA": ["::1"]},
        }
    )
    resolver = _resolver(srv)
    mx = sorted(
        (r.preference, r.exchange.to_text()) for r in resolver.resolve("example.test", "MX")
    )
    assert mx == [(10, "mx1.example.test."), (20, "mx2.example.test.")]
    (srv_rr,) = resolver.resolve("_submission._tcp.example.test", "SRV")
    assert (srv_rr.priority, srv_rr.weight, srv_rr.port) == (0, 1, 587)
    assert srv_rr.target.to_text() == "smtp.example.test."
    (ptr,) = resolver.resolve_address("127.0.0.1")
    assert ptr.target.to_text() == "mx1.example.test."
    answer = resolver.resolve("smtp.example.test", "A", tcp=True)
    assert answer.canonical_name.to_text() == "mx1.example.test."
    assert [r.address for r in answer] == ["127.0.0.1"]
    assert ("tcp", "smtp.example.test", "A") in srv.queries


# ------------------------------------------------------------------------------ netns


@pytest.mark.netns
@pytest.mark.skipif(not netns_available(), reason="needs root and iproute2 (ip netns)")
def test_unreachable_netns() -> None:
    probe = (
        "import socket, sys\n"
        "s = socket.socket()\n"
        "s.settimeout(3)\n"
        "try:\n"
        "    s.connect((sys.argv[1], 25))\n"
        "except OSError as e:\n"
        "    print(e.errno)\n"
    )
    with unreachable_netns() as (ns, ip):
        assert ip.startswith("127.")
        result = run_in_netns(
            ns, [sys.executable, "-c", probe, ip], capture_output=True, text=True, check=True
        )
        assert int(result.stdout) == errno.EHOSTUNREACH
        names = subprocess.run(["ip", "netns", "list"], capture_output=True, text=True).stdout
        assert re.search(rf"^{ns}\b", names, re.M)
    names = subprocess.run(["ip", "netns", "list"], capture_output=True, text=True).stdout
    assert ns not in names


def test_servers_leave_no_threads(pki: TestPki) -> None:
    baseline = threading.active_count()
    with SmtpServer(tls="starttls", pki=pki, users={"u": "p"}) as srv:
        with smtplib.SMTP(srv.host, srv.port, timeout=3) as client:
            client.starttls(context=pki.client_context())
            client.ehlo()
        # a client still connected at teardown
        lingering = socket.create_connection(srv.address, timeout=3)
        assert lingering.recv(100).startswith(b"220 ")
    assert lingering.recv(100) == b""
    lingering.close()
    with DnsServer({"a.test": {"A": ["127.0.0.1"]}}) as dns_srv:
        _resolver(dns_srv).resolve("a.test", "A")
    with filtered_port():
        pass
    assert _threads_settle(baseline) == baseline
