"""A console that cannot show every character (Windows cp1252, PYTHONIOENCODING=ascii): the CLI
degrades to replacement characters, never a UnicodeEncodeError traceback mid-run. Server text
with characters outside the console's encoding comes from loopback peers."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable

import pytest

from tests.support.checks import LOCAL
from tests.support.proc import REPO_ROOT, cli_argv, cli_env
from tests.support.servers.dns import DnsServer
from tests.support.servers.pki import TestPki
from tests.support.servers.scripted import ScriptedServer, make_esmtp
from tests.support.servers.smtpd import SmtpServer

ENCODINGS = ["ascii", "cp1252"]
SNOWMAN = "\u2603"  # in neither ascii nor cp1252
GREETING = f"220 m\u00e4il.example ESMTP {SNOWMAN} \u201cready\u201d \u2192 go"
SEND = ["--from", "alice@example.test", "--to", "bob@example.test", "--stop-after", "rcpt"]


def _run(encoding: str, *args: str, stdin: str = "") -> tuple[int, str, str]:
    env = cli_env()
    env["PYTHONIOENCODING"] = encoding
    env.pop("PYTHONUTF8", None)
    proc = subprocess.run(cli_argv(*args), input=stdin.encode(), capture_output=True, env=env,
                          cwd=REPO_ROOT, timeout=60)
    out, err = proc.stdout.decode(encoding), proc.stderr.decode(encoding)
    assert "Traceback" not in err and "UnicodeEncodeError" not in err, err
    return proc.returncode, out, err


@pytest.fixture
def unicode_peer(scripted_server_factory: Callable[..., ScriptedServer]) -> ScriptedServer:
    return scripted_server_factory(make_esmtp(
        {"RCPT": f"550 5.1.1 {SNOWMAN} no such user \u2014 \u201cbob\u201d"}, caps=["8BITMIME"],
        greeting=GREETING))


def _check(port: int, *extra: str) -> list[str]:
    return ["check", LOCAL, "--port", str(port), "--security", "none", "--timeout", "3",
            "--connect-timeout", "2", *extra]


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_check_that_passes(encoding: str, unicode_peer: ScriptedServer) -> None:
    code, out, _err = _run(encoding, *_check(unicode_peer.port))
    assert code == 0, out
    assert "ready" in out and "Checking 127.0.0.1" in out


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_check_that_fails(encoding: str, unicode_peer: ScriptedServer) -> None:
    code, out, _err = _run(encoding, *_check(unicode_peer.port, *SEND))
    assert code == 1, out
    assert "no such user" in out


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_check_json_keeps_every_character(encoding: str, unicode_peer: ScriptedServer) -> None:
    code, out, _err = _run(encoding, *_check(unicode_peer.port, *SEND, "--json"))
    assert code == 1
    data = json.loads(out)  # \u escapes: valid JSON in any console encoding, nothing lost
    rcpt = next(s for s in data["steps"] if s["id"] == "rcpt")
    assert SNOWMAN in rcpt["summary"], rcpt


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_bad_input_message(encoding: str) -> None:
    code, _out, err = _run(encoding, "check", f"smtp.{SNOWMAN}.example/x")
    assert code == 2 and "HOST" in err


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_ports(encoding: str, unicode_peer: ScriptedServer) -> None:
    code, out, _err = _run(encoding, "ports", LOCAL, "--port", str(unicode_peer.port), "--only",
                           "--no-reference", "-t", "2")
    assert code == 0, out
    assert str(unicode_peer.port) in out


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_tls(encoding: str, smtp_implicit_tls_auth: SmtpServer, pki: TestPki) -> None:
    code, out, _err = _run(encoding, "tls", LOCAL, "--port", str(smtp_implicit_tls_auth.port),
                           "--security", "tls", "--ca-file", str(pki.ca_file), "-t", "3")
    assert code in (0, 1), out
    assert "valid:" in out


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_domain(encoding: str, dns_server_factory: Callable[..., DnsServer]) -> None:
    dns = dns_server_factory({"s.test": {"TXT": ["v=spf1 +all"]}})
    code, out, _err = _run(encoding, "domain", "s.test", "--dns-server", dns.nameserver,
                           "--no-common-selectors", "--no-greeting", "-t", "1")
    assert code == 1, out
    assert "Checking the mail records of s.test" in out


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_discover(encoding: str, dns_server: DnsServer) -> None:
    code, out, _err = _run(encoding, "discover", "bob@gmail.com", "--dns-server",
                           dns_server.nameserver, "--no-probe", "-t", "1")
    assert code == 0, out
    assert "smtp.gmail.com:587 STARTTLS" in out


def test_a_password_the_console_cannot_decode(refused_port: int) -> None:
    env = cli_env()
    env["PYTHONIOENCODING"] = "ascii"
    proc = subprocess.run(cli_argv("check", LOCAL, "--port", str(refused_port), "--user", "a",
                                   "--password-stdin"), input="p\u00e4ss\n".encode(),
                          capture_output=True, env=env, cwd=REPO_ROOT, timeout=60)
    err = proc.stderr.decode("ascii", "replace")
    assert "Traceback" not in err, err
    assert proc.returncode == 2 and "password" in err, err
