"""Terminal and markup injection: what a certificate, a DNS record or a server says is shown,
never executed.

Real peers on loopback: an implicit-TLS SMTP server whose CA and leaf certificates carry ANSI and
OSC 52 escapes, C1 controls (U+009B, the one-byte CSI) and bidi overrides (U+202E) in their
subject, issuer and SAN; a DNS server whose SPF and DMARC TXT records carry the same; an SMTP
server whose greeting does. Every face is searched: the CLI's human output and --json, the
Markdown and HTML reports. Not one raw control character may arrive, and the escapes must be
visible (the text is shown, not dropped).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import ssl
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from app import cli
from app.core.checks.connection import run_check
from app.core.checks.domain import DomainOptions, run_domain
from app.core.model import Security, ServerSettings, StopAfter, Timeouts
from app.core.text import report
from app.core.text.sanitize import clean_text, clean_value, is_clean
from tests.support.servers import hostile
from tests.support.servers.dns import DnsServer
from tests.support.servers.scripted import ScriptedServer

OSC52 = "\x1b]52;c;ZWNobyBwd25lZA==\x07"  # "write 'echo pwned' to the clipboard"
CSI = "\x1b[2J\x1b[31m"  # clear the screen, turn red
C1 = "\u009b31m"  # the one-byte CSI
BIDI = "\u202e"  # right-to-left override
EVIL = f"{OSC52}{CSI}{C1}{BIDI}"
# Anything that may not reach a terminal or a document raw (TAB and NEWLINE are layout).
RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e"
                         "\u2066-\u2069\u2028\u2029\ufeff]")
QUICK = Timeouts(connect=2, reply=2, step=6, dns=2)


def raw_controls(text: str) -> list[str]:
    return sorted({repr(ch) for ch in RAW_CONTROL.findall(text)})


def strings_of(value: object) -> str:
    """Every string in a parsed JSON document, one per line (as a reader would see them)."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return "\n".join(strings_of(k) + "\n" + strings_of(v) for k, v in value.items())
    if isinstance(value, list):
        return "\n".join(strings_of(v) for v in value)
    return str(value)


# ---------------------------------------------------------------- the sanitizer itself


def test_sanitizer_escapes_every_dangerous_class() -> None:
    cleaned = clean_text(f"a{EVIL}\x00\x7f\u2028\ufeffb\tc\nd")
    assert raw_controls(cleaned) == [] and "\n" not in cleaned
    assert cleaned.startswith("a\\x1b]52;c;") and "\\x9b31m" in cleaned
    assert "\\u202e" in cleaned and "\\x00" in cleaned and "\\x7f" in cleaned
    assert "b\tc\\x0ad" in cleaned  # TAB kept, NEWLINE escaped
    assert clean_text("line 1\nline 2", multiline=True) == "line 1\nline 2"
    assert is_clean(cleaned) and not is_clean(EVIL)
    facts = clean_value({"subject": f"CN={BIDI}x", f"key{CSI}": [f"v{C1}", ("t", 1)],
                         "traceback": "a\nb\x1b"})
    assert facts == {"subject": "CN=\\u202ex", "key\\x1b[2J\\x1b[31m": ["v\\x9b31m", ("t", 1)],
                     "traceback": "a\nb\\x1b"}


# ---------------------------------------------------------------- certificates


def _name(common_name: str, organization: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, organization),
                      x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _evil_chain(directory: Path) -> tuple[Path, Path]:
    """A CA ("Kaspersky …", so the interception path quotes it) and a leaf for 127.0.0.1 whose
    names carry escapes. Returns (chain+key PEM for the server, CA PEM for the client)."""
    now = dt.datetime.now(dt.timezone.utc)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = _name(f"Kaspersky Root {C1}{BIDI}", f"Kaspersky Lab {EVIL}")
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name)
          .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
          .not_valid_before(now - dt.timedelta(days=1))
          .not_valid_after(now + dt.timedelta(days=30))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    sans = [x509.DNSName(f"mail{OSC52}{CSI}.example"), x509.DNSName("localhost"),
            x509.IPAddress(__import__("ipaddress").ip_address("127.0.0.1"))]
    leaf = (x509.CertificateBuilder().subject_name(_name(f"mail {EVIL}", f"Shop {EVIL}"))
            .issuer_name(ca_name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=20))
            .add_extension(x509.SubjectAlternativeName(sans), critical=False)
            .sign(ca_key, hashes.SHA256()))
    pem = serialization.Encoding.PEM
    chain = directory / "evil-chain.pem"
    chain.write_bytes(leaf.public_bytes(pem) + ca.public_bytes(pem) + key.private_bytes(
        pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    ca_file = directory / "evil-ca.pem"
    ca_file.write_bytes(ca.public_bytes(pem))
    return chain, ca_file


@pytest.fixture
def evil_tls(tmp_path: Path, scripted_server_factory: Callable[..., ScriptedServer]
             ) -> tuple[int, Path]:
    chain, ca_file = _evil_chain(tmp_path)
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(chain)
    greeting = f"220 mail.example ESMTP {EVIL}\r\n".encode()
    server = scripted_server_factory(hostile.make_esmtp(greeting=greeting), tls_context=ctx)
    return server.port, ca_file


def _cli(args: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(args, stdin=io.StringIO(""), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("json_out", [False, True], ids=["human", "json"])
def test_tls_command_shows_certificate_names_escaped(evil_tls: tuple[int, Path],
                                                     json_out: bool) -> None:
    port, _ca = evil_tls
    code, out, err = _cli(["tls", "127.0.0.1", "--port", str(port), "--security", "tls",
                           "--timeout", "3"] + (["--json"] if json_out else []))
    assert "Traceback" not in err and code in (0, 1), err
    text = strings_of(json.loads(out)) if json_out else out
    assert raw_controls(text + err) == []
    assert "Kaspersky Lab \\x1b]52;c;" in text  # shown, visibly escaped
    assert "\\u202e" in text and "\\x9b31m" in text


@pytest.mark.parametrize("ca", [False, True], ids=["untrusted-intercepted", "trusted"])
def test_check_and_reports_show_certificate_and_greeting_escaped(
        evil_tls: tuple[int, Path], ca: bool, tmp_path: Path) -> None:
    port, ca_file = evil_tls
    settings = ServerSettings(host="127.0.0.1", port=port, security=Security.TLS,
                              ca_file=str(ca_file) if ca else "", stop_after=StopAfter.EHLO,
                              timeouts=QUICK)
    result = run_check(settings)
    if ca:
        assert result.status.value in ("pass", "warn"), result.verdict
        greeting = next(s for s in result.steps if s.id == "greeting")
        assert "ESMTP \\x1b]52;c;" in greeting.summary + strings_of(greeting.facts)
    else:
        assert result.diagnosis == "tls.cert_intercepted", result.verdict
        tls = next(s for s in result.steps if s.id == "tls")
        assert "Kaspersky Lab \\x1b]52" in tls.summary  # the interception summary
    outputs = {"json": strings_of(result.to_dict()),
               "repr": "\n".join(s.summary + repr(s.facts) for s in result.steps),
               "transcript": "\n".join(line.render() for line in result.transcript)}
    for fmt in report.FORMATS:
        outputs[f"report {fmt}"] = report.render(result, fmt)
    args = ["check", "127.0.0.1", "--port", str(port), "--security", "tls",
            "--stop-after", "ehlo", "--timeout", "2", "--connect-timeout", "2",
            "--report", str(tmp_path / "r.html")] + (["--ca-file", str(ca_file)] if ca else [])
    code, out, err = _cli(args)
    assert code == (0 if ca else 1), err
    outputs["cli"] = out + err
    outputs["cli report"] = (tmp_path / "r.html").read_text(encoding="utf-8")
    found = {name: raw_controls(text) for name, text in outputs.items() if raw_controls(text)}
    assert found == {}


def test_old_history_rows_are_cleaned_in_reports() -> None:
    """A run stored before the sanitizer existed still cannot put raw escapes in a report."""
    old = {"verdict": f"bad {CSI}", "status": "fail", "target": {"host": "h"},
           "steps": [{"id": "greeting", "title": "Server greeting", "status": "fail",
                      "summary": f"said {OSC52}", "facts": {"greeting": f"220 {C1}{BIDI}"},
                      "transcript": [{"t_ms": 1, "dir": "S", "text": f"220 {EVIL}"}]}]}
    for fmt in ("md", "html"):
        text = report.render(old, fmt)
        assert raw_controls(text) == [], fmt
        assert "\\x1b" in text


# ---------------------------------------------------------------- DNS records


def test_domain_records_with_escapes(dns_server_factory: Callable[..., DnsServer],
                                     tmp_path: Path) -> None:
    dns = dns_server_factory({
        "evil.test": {"TXT": [f"v=spf1 ip4:192.0.2.1 {OSC52} -all"]},
        "_dmarc.evil.test": {"TXT": [f"v=DMARC1; p=none; rua=mailto:d@evil.test{CSI}{BIDI}"]},
        "_mta-sts.evil.test": {"TXT": [f"v=STSv1; id={C1}"]},
        "default._bimi.evil.test": {"TXT": [f"v=BIMI1; l=https://evil.test/{OSC52}{BIDI}.svg"]},
    })
    options = DomainOptions(domain="evil.test", nameserver=dns.nameserver,
                            check_greeting=False, common_selectors=False, timeout=2,
                            dns_timeout=2)
    result = run_domain(options)
    text = strings_of(result.to_dict())
    assert raw_controls(text) == [] and "\\x1b]52" in text
    for fmt in report.FORMATS:
        assert raw_controls(report.render(result, fmt)) == [], fmt
    for extra in ([], ["--json"]):
        code, out, err = _cli(["domain", "evil.test", "--dns-server", dns.nameserver,
                               "--no-greeting", "--no-common-selectors", "--timeout", "2",
                               *extra])
        assert "Traceback" not in err and code in (0, 1), err
        assert raw_controls(out + err) == [], extra


def test_smtp_text_with_c1_and_bidi_is_escaped(
        scripted_server_factory: Callable[..., ScriptedServer]) -> None:
    """The SMTP escaper used to pass U+009B and U+202E (only C0 and DEL were escaped)."""
    ehlo = f"250-mail.example {C1}{BIDI}\r\n250-X{OSC52}\r\n250 8BITMIME\r\n".encode()
    server = scripted_server_factory(hostile.make_esmtp(
        {"EHLO": ehlo}, greeting=f"220 {BIDI}moc.liam {C1}\r\n".encode()))
    settings = ServerSettings(host="127.0.0.1", port=server.port, security=Security.NONE,
                              stop_after=StopAfter.EHLO, timeouts=QUICK)
    result = run_check(settings)
    text = strings_of(result.to_dict())
    assert raw_controls(text) == [], text
    assert "\\u202emoc.liam" in text and "\\x9b31m" in text
