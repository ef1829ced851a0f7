"""One JSON error shape for every command: bad input, bad usage, Ctrl-C before a result, and a
bug inside a command. (The engines are replaced by a function that raises only for the last two:
no network is involved, and a bug cannot be provoked otherwise.)"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.cli import COMMANDS, EXIT_CANCELLED, EXIT_FAILED, EXIT_USAGE
from app.core.text.redact import MARK, clear_registered, register_secret
from tests.support.proc import run_cli

BOUNCE = Path(__file__).resolve().parents[1] / "data" / "bounces" / "yahoo_text.txt"
# command -> (argv that fails validation, field, option), argv that validates, engine to replace
CASES: dict[str, tuple[list[str], str, str, list[str], str]] = {
    "check": (["127.0.0.1", "--port", "0"], "port", "--port",
              ["127.0.0.1", "--port", "9"], "app.core.checks.connection.run_check"),
    "monitor": (["127.0.0.1", "--every", "0"], "every", "--every",
                ["127.0.0.1", "--port", "9", "--count", "1"], "app.core.monitor.Monitor.run"),
    "ports": (["127.0.0.1", "-p", "70000", "--no-reference"], "ports", "--port",
              ["127.0.0.1", "--no-reference"], "app.cli.ports.run_ports"),
    "discover": (["localhost"], "query", "ADDRESS|DOMAIN",
                 ["example.com", "--no-probe"], "app.cli.discover.run_discover"),
    "domain": (["example.com", "--server-port", "0"], "server_port", "--server-port",
               ["example.com"], "app.cli.domain.run_domain"),
    "tls": (["127.0.0.1", "--timeout", "601"], "timeout", "--timeout",
            ["127.0.0.1"], "app.cli.tls.run_tls_info"),
    "login": (["custom", "--timeout", "0"], "timeout", "--timeout",
              ["custom", "--issuer", "https://127.0.0.1:9", "--client-id", "x", "--scope", "s"],
              "app.core.oauth.sign_in"),
    "logout": (["--profile", ""], "profile", "--profile", ["--json"], "app.core.oauth.sign_out"),
    "m365": (["alice"], "address", "ADDRESS", ["alice@contoso.test"], "app.cli.m365.run_m365"),
    "blocklist": (["192.0.2"], "address", "ADDRESS|--public-address", ["192.0.2.1"],
                  "app.cli.blocklist.run_blocklist"),
    "bounce": ([str(BOUNCE.with_name("no-such-file.eml"))], "file", "FILE", [str(BOUNCE)],
               "app.core.checks.bounce.run_bounce"),
}
SHAPE = {"error", "message", "exit_code", "fields"}


def test_every_command_is_covered() -> None:
    assert set(CASES) == set(COMMANDS)


@pytest.mark.parametrize("command", list(CASES))
def test_bad_input(command: str) -> None:
    bad, field, option, _good, _engine = CASES[command]
    code, out, err = run_cli(command, *bad, "--json")
    doc = json.loads(out)
    assert code == EXIT_USAGE and set(doc) == SHAPE
    assert doc["error"] == "invalid input" and doc["exit_code"] == EXIT_USAGE
    assert [(f["field"], f["option"]) for f in doc["fields"]] == [(field, option)]
    assert doc["fields"][0]["message"] and doc["fields"][0]["diagnosis"].startswith("input.")
    assert f"smtp-doctor: {option}: {doc['fields'][0]['message']}" in err.splitlines()
    code, out, err = run_cli(command, *bad)  # without --json: the same line, nothing on stdout
    assert code == EXIT_USAGE and out == "" and f"smtp-doctor: {option}: " in err


@pytest.mark.parametrize("command", list(CASES))
def test_bad_usage(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run_cli(command, CASES[command][3][0], "--no-such-option", "--json")
    doc = json.loads(out)
    assert code == EXIT_USAGE and set(doc) == SHAPE and doc["fields"] == []
    assert doc["error"] == "invalid input"
    assert doc["message"] == (f"smtp-doctor {command}: error: unrecognized arguments: "
                              "--no-such-option")
    assert doc["message"] in capsys.readouterr().err  # next to argparse's usage, as before


def _raising(exc: BaseException) -> Callable[..., Any]:
    def engine(*_args: Any, **_kwargs: Any) -> Any:
        raise exc

    return engine


@pytest.mark.parametrize("command", list(CASES))
@pytest.mark.parametrize(("exc", "kind", "code"), [
    (KeyboardInterrupt(), "cancelled", EXIT_CANCELLED),
    (RuntimeError("a bug"), "internal error", EXIT_FAILED)], ids=["cancelled", "internal"])
def test_cancelled_and_internal_errors(command: str, exc: BaseException, kind: str, code: int,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    _bad, _field, _option, good, engine = CASES[command]
    monkeypatch.setattr(engine, _raising(exc))
    got, out, err = run_cli(command, *good, "--json")
    doc = json.loads(out)
    assert got == code and set(doc) == SHAPE
    assert (doc["error"], doc["exit_code"], doc["fields"]) == (kind, code, [])
    if kind == "internal error":
        assert doc["message"] == "Internal error: RuntimeError: a bug"
        assert "Traceback" in err  # for the bug report, on stderr only
    else:
        assert doc["message"] == "Cancelled."
    assert f"smtp-doctor: {doc['message']}" in err.splitlines()


def test_internal_error_text_is_cleaned_and_redacted(monkeypatch: pytest.MonkeyPatch) -> None:
    """A bug's message may quote a server (escapes, bidi) or carry a known token: neither reaches
    the terminal or the JSON as it was, in the message nor in the traceback."""
    token = "ya29.a0-access-token-of-the-session"
    register_secret(token)
    try:
        _bad, _field, _option, good, engine = CASES["tls"]
        monkeypatch.setattr(engine, _raising(RuntimeError(
            f"peer said \x1b]52;c;aGk=\x07 \u202eevil\u202c {token}")))
        got, out, err = run_cli("tls", *good, "--json")
    finally:
        clear_registered()
    doc = json.loads(out)
    assert got == EXIT_FAILED
    assert doc["message"] == ("Internal error: RuntimeError: peer said \\x1b]52;c;aGk=\\x07 "
                              f"\\u202eevil\\u202c {MARK}")
    assert "Traceback" in err and "\\x1b]52" in err
    for text in (out, err):
        assert token not in text
        assert not any(ch in text for ch in "\x1b\x07\u202e\u202c")
