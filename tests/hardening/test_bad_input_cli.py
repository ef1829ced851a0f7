"""Bad input through the CLI: exit code 2, a message naming the option, never a traceback, and
never an SMTP command or mail header injected into what a (recording) server receives.

The engine's own validation table is tests/unit/test_validate.py; this is the CLI side:
``python -m app check ...`` as a subprocess for a handful of cases, in-process ``app.cli.main``
for the rest.
"""

from __future__ import annotations

import io
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from app import cli
from app.cli.check import form_from_args
from app.core.validate import MAX_FIELD
from tests.support.proc import REPO_ROOT
from tests.support.servers import hostile
from tests.support.servers.scripted import ScriptedServer
from tests.support.servers.smtpd import CANARY_PASSWORD

HOST = "smtp.example.com"
SEND = ["--from", "alice@example.com", "--to", "bob@example.com"]
EXPECTED_HEADERS = {"date", "message-id", "from", "to", "subject", "x-mailer", "content-type",
                    "content-transfer-encoding", "mime-version"}


def _not_a_cert(tmp: Path) -> str:
    path = tmp / "not-a-cert.pem"
    path.write_text("hello, I am not a certificate\n")
    return str(path)


def _fake_pem(tmp: Path) -> str:
    path = tmp / "fake.pem"
    path.write_text("-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n-----END CERTIFICATE-----\n")
    return str(path)


# (id, argv after "check", the option the message must name, optional stdin)
BAD: list[tuple[str, Callable[[Path], list[str]], str]] = [
    ("port_0", lambda t: [HOST, "--port", "0"], "--port"),
    ("port_65536", lambda t: [HOST, "--port", "65536"], "--port"),
    ("port_abc", lambda t: [HOST, "--port", "abc"], "--port"),
    ("port_negative", lambda t: [HOST, "--port=-1"], "--port"),
    ("port_with_space_inside", lambda t: [HOST, "--port", "5 87"], "--port"),
    ("port_decimal", lambda t: [HOST, "--port", "58.7"], "--port"),
    ("host_empty", lambda t: [""], "HOST"),
    ("host_with_space", lambda t: ["smtp example.com"], "HOST"),
    ("host_with_scheme", lambda t: ["smtp://smtp.example.com"], "HOST"),
    ("host_with_scheme_port_path", lambda t: ["smtps://smtp.example.com:465/"], "HOST"),
    ("host_with_path", lambda t: ["smtp.example.com/submit"], "HOST"),
    ("host_is_an_email_address", lambda t: ["me@example.com"], "HOST"),
    ("host_with_port", lambda t: ["smtp.example.com:587"], "HOST"),
    ("host_bad_ipv4", lambda t: ["1.2.3.999"], "HOST"),
    ("host_bad_ipv6", lambda t: ["fe80::1::2"], "HOST"),
    ("host_bracketed_not_ipv6", lambda t: ["[smtp.example.com]"], "HOST"),
    ("host_bracketed_ipv6_with_port", lambda t: ["[::1]:25"], "HOST"),
    ("host_label_too_long", lambda t: ["a" * 64 + ".example.com"], "HOST"),
    ("host_leading_hyphen", lambda t: ["-bad-.example.com"], "HOST"),
    ("host_with_crlf", lambda t: ["smtp.example.com\r\nQUIT"], "HOST"),
    ("security_unknown", lambda t: [HOST, "--security", "ssl3"], "--security"),
    ("auth_unknown", lambda t: [HOST, "--auth", "kerberos"], "--auth"),
    ("stop_after_unknown", lambda t: [HOST, "--stop-after", "never"], "--stop-after"),
    ("timeout_zero", lambda t: [HOST, "--timeout", "0"], "--timeout"),
    ("timeout_negative", lambda t: [HOST, "--timeout=-1"], "--timeout"),
    ("timeout_nan", lambda t: [HOST, "--timeout", "nan"], "--timeout"),
    ("timeout_huge", lambda t: [HOST, "--timeout", "100000"], "--timeout"),
    ("connect_timeout_text", lambda t: [HOST, "--connect-timeout", "soon"], "--connect-timeout"),
    ("connect_timeout_zero", lambda t: [HOST, "--connect-timeout", "0"], "--connect-timeout"),
    ("from_missing_at", lambda t: [HOST, "--from", "alice", "--to", "bob@example.com"],
     "--from"),
    ("to_missing_domain", lambda t: [HOST, "--from", "a@example.com", "--to", "bob@"], "--to"),
    ("from_local_part_too_long", lambda t: [HOST, "--from", "a" * 65 + "@example.com",
                                            "--to", "b@example.com"], "--from"),
    ("from_badly_quoted_local_part", lambda t: [HOST, "--from", '"a"b"@example.com',
                                                "--to", "b@example.com"], "--from"),
    ("from_double_dot", lambda t: [HOST, "--from", "a..b@example.com"], "--from"),
    ("to_over_254_chars", lambda t: [HOST, *SEND[:2], "--to",
                                     "b@" + ".".join(["x" * 60] * 5) + ".com"], "--to"),
    ("to_with_crlf_rcpt", lambda t: [HOST, "--from", "a@example.com", "--to",
                                     "b@example.com\r\nRCPT TO:<evil@example.com>"], "--to"),
    ("from_with_lf", lambda t: [HOST, "--from", "a@example.com\nDATA", "--to", "b@example.com"],
     "--from"),
    ("subject_with_crlf_header", lambda t: [HOST, *SEND, "--subject",
                                            "hi\r\nBcc: victim@example.com"], "--subject"),
    ("subject_over_998", lambda t: [HOST, *SEND, "--subject", "x" * (MAX_FIELD + 1)],
     "--subject"),
    ("user_with_crlf", lambda t: [HOST, "--user", "alice\r\nAUTH PLAIN", "--password-stdin"],
     "--user"),
    ("ehlo_with_space", lambda t: [HOST, "--ehlo", "my host"], "--ehlo"),
    ("ehlo_with_crlf", lambda t: [HOST, "--ehlo", "pc.example.com\r\nMAIL FROM:<a@b.c>"],
     "--ehlo"),
    ("ca_file_missing", lambda t: [HOST, "--ca-file", str(t / "nope.pem")], "--ca-file"),
    ("ca_file_not_a_certificate", lambda t: [HOST, "--ca-file", _not_a_cert(t)], "--ca-file"),
    ("ca_file_fake_pem", lambda t: [HOST, "--ca-file", _fake_pem(t)], "--ca-file"),
    ("ca_file_is_a_directory", lambda t: [HOST, "--ca-file", str(t)], "--ca-file"),
    ("dns_server_name", lambda t: [HOST, "--dns-server", "dns.google"], "--dns-server"),
    ("dns_server_port_0", lambda t: [HOST, "--dns-server", "127.0.0.1:0"], "--dns-server"),
    ("xoauth2_without_token", lambda t: [HOST, "--user", "alice", "--auth", "xoauth2"],
     "--oauth-token-stdin"),
    ("login_without_password", lambda t: [HOST, "--user", "alice", "--auth", "plain"],
     "password"),
    ("rcpt_without_addresses", lambda t: [HOST, "--stop-after", "rcpt"], "--from"),
    # argparse-level mistakes
    ("port_without_value", lambda t: [HOST, "--port"], "--port"),
    ("unknown_option", lambda t: [HOST, "--frobnicate"], "--frobnicate"),
    ("no_password_flag", lambda t: [HOST, "--password", "x"], "--password"),
    ("both_families", lambda t: [HOST, "-4", "-6"], "-6"),
]
SUBPROCESS_IDS = {"port_0", "host_with_scheme", "to_with_crlf_rcpt", "ca_file_not_a_certificate",
                  "timeout_negative", "unknown_option"}


def _run_in_process(argv: list[str], stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(["check", *argv], stdin=io.StringIO(stdin), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def _run_subprocess(argv: list[str], stdin: str = "") -> tuple[int, str, str]:
    proc = subprocess.run([sys.executable, "-m", "app", "check", *argv], input=stdin,
                          capture_output=True, text=True, timeout=60, cwd=REPO_ROOT)
    return proc.returncode, proc.stdout, proc.stderr


def test_at_least_30_cases() -> None:
    assert len(BAD) >= 30


@pytest.mark.parametrize(("name", "argv", "option"), BAD, ids=[b[0] for b in BAD])
def test_bad_input_exits_2_naming_the_option(name: str, argv: Callable[[Path], list[str]],
                                             option: str, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    args = argv(tmp_path)
    if name in SUBPROCESS_IDS:
        code, out, err = _run_subprocess(args, "pw\n")
    else:
        code, out, err = _run_in_process(args, "pw\n")
        captured = capsys.readouterr()  # argparse writes its usage to sys.stderr itself
        err += captured.err
        out += captured.out
    assert code == 2, (code, out, err)
    assert "Traceback" not in err and "Traceback" not in out
    assert option in err, err
    if option.startswith("-") or option == "HOST":
        # one short line per problem, "smtp-doctor: OPTION: message" or argparse's own error
        assert any(line.startswith(("smtp-doctor: ", "smtp-doctor check: error:"))
                   for line in err.splitlines()), err


@pytest.mark.parametrize(("name", "argv", "option"),
                         [b for b in BAD if b[0] in {"port_0", "to_with_crlf_rcpt",
                                                     "subject_with_crlf_header"}],
                         ids=lambda v: v if isinstance(v, str) else "")
def test_bad_input_json_names_the_field(name: str, argv: Callable[[Path], list[str]],
                                        option: str, tmp_path: Path) -> None:
    import json

    code, out, _err = _run_in_process([*argv(tmp_path), "--json"])
    assert code == 2
    doc = json.loads(out)
    assert doc["error"] == "invalid input"
    assert option in {f["option"] for f in doc["fields"]}


# ---------------------------------------------------------------- normalized, not rejected

GOOD = [
    ("port_with_spaces", [HOST, "--port", " 587"], {"port": 587}),
    ("idna_2008_host", ["münchen.de"], {"host": "xn--mnchen-3ya.de"}),
    ("trailing_dot", ["smtp.example.com."], {"host": "smtp.example.com"}),
    ("ipv6_bare", ["::1"], {"host": "::1"}),
    ("ipv6_bracketed", ["[::1]"], {"host": "::1"}),
    ("upper_case_host", ["SMTP.Example.COM"], {"host": "smtp.example.com"}),
    ("angle_addresses", [HOST, "--from", "<a@example.com>", "--to", "<b@example.com>"],
     {"mail_from": "a@example.com", "rcpt_to": "b@example.com"}),
]


@pytest.mark.parametrize(("name", "argv", "expected"), GOOD, ids=[g[0] for g in GOOD])
def test_odd_but_valid_input_is_normalized(name: str, argv: list[str],
                                           expected: dict[str, object]) -> None:
    from app.core.validate import parse_form

    args = cli.build_parser().parse_args(["check", *argv])
    settings = parse_form(form_from_args(args, io.StringIO("")))
    for key, value in expected.items():
        assert getattr(settings, key) == value


def test_idna_2008_not_2003() -> None:
    """IDNA 2008: ß stays ß (xn--), it is not mapped to ss as IDNA 2003 would."""
    from app.core.validate import normalize_host

    assert normalize_host("straße.de") == "xn--strae-oqa.de"


# ---------------------------------------------------------------- no injection


@pytest.fixture
def recorder(scripted_server_factory: Callable[..., ScriptedServer]
             ) -> tuple[hostile.Recorder, ScriptedServer]:
    rec = hostile.Recorder()
    return rec, scripted_server_factory(rec)


def _to_recorder(port: int, extra: list[str], stdin: str = "pw\n") -> tuple[int, str, str]:
    return _run_in_process(["127.0.0.1", "--port", str(port), "--security", "none",
                            "--timeout", "2", "--connect-timeout", "1", *extra], stdin)


INJECTIONS = [
    ("from", ["--from", "a@example.com>\r\nRCPT TO:<evil@example.com", "--to", "b@example.com",
              "--stop-after", "data"]),
    ("to", ["--from", "a@example.com", "--to", "b@example.com\r\nRCPT TO:<evil@example.com>",
            "--stop-after", "data"]),
    ("to_lf_only", ["--from", "a@example.com", "--to", "b@example.com\nDATA",
                    "--stop-after", "data"]),
    ("subject", ["--from", "a@example.com", "--to", "b@example.com", "--subject",
                 "hello\r\nBcc: evil@example.com", "--stop-after", "data"]),
    ("subject_cr_only", ["--from", "a@example.com", "--to", "b@example.com", "--subject",
                         "hello\rBcc: evil@example.com", "--stop-after", "data"]),
    ("user", ["--user", "alice\r\nMAIL FROM:<evil@example.com>", "--auth", "plain",
              "--password-stdin", "--stop-after", "auth"]),
    ("ehlo", ["--ehlo", "pc.example.com\r\nRSET", "--stop-after", "ehlo"]),
]


@pytest.mark.parametrize(("name", "extra"), INJECTIONS, ids=[i[0] for i in INJECTIONS])
def test_crlf_never_reaches_the_server(name: str, extra: list[str],
                                       recorder: tuple[hostile.Recorder, ScriptedServer]
                                       ) -> None:
    rec, server = recorder
    code, out, err = _to_recorder(server.port, extra)
    assert code == 2, (out, err)
    assert "Traceback" not in err
    assert server.connections == 0, rec.commands  # refused before any connection
    assert rec.commands == [] and rec.messages == []


ODD_BUT_SAFE = [
    ("quoted_local_part", ["--from", '"john doe"@example.com', "--to", "b@example.com"]),
    ("non_ascii_subject_is_encoded",
     ["--from", "a@example.com", "--to", "b@example.com", "--subject",
      "Grüße — 日本 Bcc: evil@example.com"]),
    ("header_lookalike_subject", ["--from", "a@example.com", "--to", "b@example.com",
                                  "--subject", "Bcc: evil@example.com"]),
    ("body_that_ends_data_early", ["--from", "a@example.com", "--to", "b@example.com",
                                   "--body", "line\r\n.\r\nRSET\r\nMAIL FROM:<evil@example.com>\r\n"
                                   ".\n..\r.\rQUIT"]),
    ("user_with_tab", ["--user", "alice\tBcc: x", "--auth", "plain", "--password-stdin",
                       "--from", "a@example.com", "--to", "b@example.com"]),
]


@pytest.mark.parametrize(("name", "extra"), ODD_BUT_SAFE, ids=[o[0] for o in ODD_BUT_SAFE])
def test_accepted_input_never_injects(name: str, extra: list[str],
                                      recorder: tuple[hostile.Recorder, ScriptedServer]) -> None:
    rec, server = recorder
    code, out, err = _to_recorder(server.port, [*extra, "--stop-after", "data"])
    assert code == 0, (out, err)
    verbs = rec.verbs()
    expected = ["EHLO", *(["AUTH"] if "--user" in extra else []), "MAIL", "RCPT", "DATA", "QUIT"]
    assert verbs == expected, rec.commands
    assert all(c.endswith(b"\r\n") and c.count(b"\n") == 1 for c in rec.commands)
    assert len(rec.messages) == 1
    head = rec.messages[0].split(b"\r\n\r\n", 1)[0]
    names = {line.split(b":", 1)[0].decode().lower() for line in head.split(b"\r\n")
             if line and line[:1] not in (b" ", b"\t")}
    assert names <= EXPECTED_HEADERS, names




@pytest.mark.parametrize(("name", "extra", "option"), [
    pytest.param("subject_vertical_tab", ["--subject", "hi\x0bBcc: evil@example.com"],
                 "--subject"),
    pytest.param("subject_form_feed", ["--subject", "hi\x0cthere"], "--subject",
                 ),
    pytest.param("subject_nel", ["--subject", "hi\x85there"], "--subject"),
    pytest.param("subject_line_separator", ["--subject", "hi\u2028Bcc: evil@example.com"],
                 "--subject"),
    pytest.param("user_invalid_utf8", ["--user", "al\udcffice", "--auth", "plain",
                                       "--password-stdin"], "--user"),
    pytest.param("body_invalid_utf8", ["--body", "caf\udce9"], "--body"),
])
def test_unusual_characters_are_refused_at_the_option(
        name: str, extra: list[str], option: str,
        recorder: tuple[hostile.Recorder, ScriptedServer]) -> None:
    rec, server = recorder
    code, out, err = _to_recorder(server.port, ["--from", "a@example.com", "--to",
                                                "b@example.com", "--stop-after", "data", *extra])
    assert "Traceback" not in err
    assert code == 2, (code, out[-600:], err)
    assert option in err
    assert rec.messages == []


def test_a_password_on_the_command_line_is_not_echoed(capsys: pytest.CaptureFixture[str]
                                                       ) -> None:
    code, out, err = _run_in_process([HOST, f"--password={CANARY_PASSWORD}"])
    captured = capsys.readouterr()
    assert code == 2
    everything = out + err + captured.out + captured.err
    assert CANARY_PASSWORD not in everything
    assert "--password-stdin" in everything


@pytest.mark.parametrize("address", ["<\r\nme@example.com>", "<me@example.com\n>",
                                     " <me@example.com>\r\n"])
def test_crlf_at_the_edge_of_an_address_never_reaches_the_wire(
        address: str, recorder: tuple[hostile.Recorder, ScriptedServer]) -> None:
    """Found by bench/fuzz_long.py: the engine sends the normalized address, so the wire is clean
    and validation refuses the raw value."""
    rec, server = recorder
    _to_recorder(server.port, ["--from", address, "--to", "b@example.com", "--stop-after", "data"])
    for command in rec.commands:
        assert command.count(b"\n") == 1 and b"\r" not in command[:-2], command
    assert rec.verbs() in ([], ["EHLO", "MAIL", "RCPT", "DATA", "QUIT"]), rec.commands


@pytest.mark.parametrize("option", ["--from", "--to"])
def test_crlf_at_the_edge_of_an_address_is_refused(option: str) -> None:
    other = "--to" if option == "--from" else "--from"
    from tests.support.servers.ports import refused_port

    code, _out, err = _run_in_process(["127.0.0.1", "--port", str(refused_port()), option,
                                       "<\r\nme@example.com>", other, "b@example.com",
                                       "--stop-after", "rcpt"])
    assert code == 2 and option in err, err


def test_invisible_characters_cannot_smuggle_a_bad_ip() -> None:
    code, _out, err = _run_in_process(["1\ufeff.2.3.999", "--port", "25"])
    assert code == 2 and "HOST" in err, err


# Flags that take no value, given one with "=" (or glued to a short flag): argparse's own message
# is "ignored explicit argument 'VALUE'", which would print a password typed there.
NO_VALUE_FLAGS = [
    ("check", "--password-stdin={}", "--password-stdin"),
    ("check", "--password-st={}", "--password-stdin"),  # an abbreviation argparse accepts
    ("check", "--oauth-token-stdin={}", "--oauth-token-stdin"),
    ("check", "--password-keyring={}", "--password-keyring"),
    ("check", "--insecure={}", "--insecure"),
    ("check", "-k{}", "-k"),
    ("check", "--json={}", "--json"),
    ("monitor", "--password-stdin={}", "--password-stdin"),
    ("monitor", "--oauth-token-stdin={}", "--oauth-token-stdin"),
]


@pytest.mark.parametrize(("command", "flag", "option"), NO_VALUE_FLAGS,
                         ids=[f"{c}{f.split('=')[0]}" for c, f, _ in NO_VALUE_FLAGS])
def test_a_value_given_to_a_flag_is_not_echoed(command: str, flag: str, option: str,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main([command, HOST, flag.format(CANARY_PASSWORD)], stdin=io.StringIO(""),
                    out=out, err=err)
    captured = capsys.readouterr()
    everything = out.getvalue() + err.getvalue() + captured.out + captured.err
    assert code == 2
    assert CANARY_PASSWORD not in everything
    assert option in captured.err and "takes no value" in captured.err, captured.err
    assert "Traceback" not in everything


@pytest.mark.parametrize("flag", ["--password-stdin={}", "--oauth-token-stdin={}",
                                  "--password-keyring={}"])
def test_a_value_given_to_a_flag_is_not_echoed_subprocess(flag: str) -> None:
    code, out, err = _run_subprocess([HOST, flag.format(CANARY_PASSWORD)], "")
    assert code == 2
    assert CANARY_PASSWORD not in out + err
    assert flag.split("=")[0] in err and "Traceback" not in err
