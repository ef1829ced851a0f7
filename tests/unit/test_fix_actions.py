"""One-click fixes: the knowledge base's action vocabulary, its validation and its rendering."""

from __future__ import annotations

import sys

import pytest

from app.core.knowledge import diagnoses, fixactions
from app.core.knowledge.diagnoses import KNOWN_PLACEHOLDERS, advise, load_knowledge_base
from app.core.model import FixAction, ServerSettings

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ENTRY = '''
["x.test"]
title = "T"
cause = "C"
fixes = ["One.", "Two."]
'''


def parse(actions: str) -> diagnoses.Diagnosis:
    data = tomllib.loads(ENTRY + actions)
    return diagnoses._parse("x.test", data["x.test"])


def target(**overrides: object) -> dict[str, object]:
    settings = ServerSettings(host="mail.example.test", port=587, password="pw")
    return {**settings.public_dict(), **overrides}


def test_a_valid_action_loads() -> None:
    diag = parse('[["x.test".actions]]\nfix = 2\nkind = "set"\nlabel = "Use 465"\n'
                 'changes = { security = "tls", port = 465 }\nretry = true\n')
    (spec,) = diag.actions
    assert (spec.fix, spec.kind, spec.changes, spec.retry) == (1, "set", {"security": "tls",
                                                                         "port": 465}, True)


@pytest.mark.parametrize(("body", "message"), [
    ('fix = 1\nkind = "launch"\nlabel = "L"', "kind must be one of"),
    ('fix = 1\nkind = "set"\nlabel = "L"\nchanges = { password = "x" }', "not 'password'"),
    ('fix = 1\nkind = "set"\nlabel = "L"\nchanges = { security = "ssl" }', "security must be"),
    ('fix = 1\nkind = "set"\nlabel = "L"\nchanges = { port = 70000 }', "port must be"),
    ('fix = 3\nkind = "set"\nlabel = "L"\nchanges = { port = 465 }', "fix must be"),
    ('fix = 1\nkind = "set"\nlabel = "L"\nchanges = { port = 465 }\ncolour = "red"',
     "unknown key"),
    ('fix = 1\nkind = "set"\nlabel = ""\nchanges = { port = 465 }', "needs a label"),
    ('fix = 1\nkind = "set"\nlabel = "L"', "needs some"),
    ('fix = 1\nkind = "open_tool"\nlabel = "L"\ntool = "shell"', "needs a tool"),
    ('fix = 1\nkind = "choose_ca_file"\nlabel = "L"\nretry = "yes"', "retry must be"),
    ('fix = 1\nkind = "choose_ca_file"\nlabel = "L"\nwhen = ["a b"]', "when must be"),
])
def test_a_broken_action_is_an_error_at_load(body: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse('[["x.test".actions]]\n' + body + "\n")


def test_every_action_in_the_knowledge_base_is_consistent() -> None:
    kb = load_knowledge_base()
    with_actions = {d.id for d in kb.values() if d.actions}
    assert {"tls.expected_tls", "tls.expected_plaintext", "tls.cert_hostname_mismatch",
            "tls.cert_untrusted", "smtp.starttls_unavailable", "auth.not_offered",
            "tcp.timeout", "tcp.refused", "auth.encryption_required"} <= with_actions
    for diag in kb.values():
        for spec in diag.actions:
            for value in spec.texts():
                assert diagnoses.placeholders(value) <= KNOWN_PLACEHOLDERS, (diag.id, value)
            if spec.kind == "set" and "security" in spec.changes and \
                    spec.changes["security"] == "none":
                assert not spec.retry, "never rerun a test without encryption by one click"


def test_actions_skip_what_the_run_already_does() -> None:
    on_587 = advise("tcp.refused", {"port": 587}, settings=target(port=587, security="starttls"))
    labels = [a.label for a in on_587.actions]
    assert "Use port 587 (STARTTLS) and retry" not in labels
    assert "Use port 465 (SSL/TLS) and retry" in labels
    on_25 = advise("tcp.refused", {"port": 25}, settings=target(port=25, security="none"))
    assert "Use port 587 (STARTTLS) and retry" in [a.label for a in on_25.actions]


def test_actions_point_at_their_fix_after_provider_hints() -> None:
    advice = advise("tcp.refused", {"host": "smtp.office365.com", "port": 25},
                    settings=target(host="smtp.office365.com", port=25, security="none"))
    assert advice.fixes[0].startswith("Microsoft 365")  # a provider hint comes first
    for action in advice.actions:
        assert advice.fixes[action.fix].startswith("Check the port"), action


def test_no_settings_no_actions() -> None:
    assert advise("tls.expected_tls", {"port": 25}).actions == ()


def test_conditions_read_facts_then_settings() -> None:
    spec = fixactions.ActionSpec(0, "set", "L", {"security": "none"}, when=("!probe",
                                                                          "auth=none"))
    fits = fixactions.resolve(spec, {}, {"probe": False}, {"auth": "none"}, 0)
    assert fits is not None and fits.changes == {"security": "none"}
    assert fixactions.resolve(spec, {}, {}, {"auth": "none"}, 0) is None  # no probe answer
    assert fixactions.resolve(spec, {}, {"probe": True}, {"auth": "none"}, 0) is None
    assert fixactions.resolve(spec, {}, {"probe": False}, {"auth": "auto"}, 0) is None


def test_templated_host_must_be_a_valid_name() -> None:
    spec = fixactions.ActionSpec(0, "set", "Connect as {suggested_host}",
                                 {"host": "{suggested_host}"})
    good = fixactions.resolve(spec, {"suggested_host": "mail.example.net"}, {}, target(), 0)
    assert good is not None and good.label == "Connect as mail.example.net"
    for bad in ("evil.example;rm -rf ~", "a b", "-oProxyCommand=x"):
        assert fixactions.resolve(spec, {"suggested_host": bad}, {}, target(), 0) is None
    assert fixactions.resolve(spec, {}, {}, target(), 0) is None  # no name, no button


def test_command_line_never_holds_the_password() -> None:
    action = FixAction("set", "L", {"security": "tls", "port": 465}, retry=True)
    args = fixactions.command_line(action, target(auth="auto", username="alice"))
    assert args[:3] == ["smtp-doctor", "check", "mail.example.test"]
    assert "pw" not in args and "--password-stdin" in args
    assert args[args.index("--port") + 1] == "465" and args[args.index("--security") + 1] == "tls"
    ports = fixactions.command_line(FixAction("open_tool", "Check", tool="ports"), target())
    assert ports == ["smtp-doctor", "ports", "mail.example.test"]
    no_login = fixactions.command_line(FixAction("set", "L", {"auth": "none"}),
                                       target(auth="auto", username="alice"))
    assert "--user" not in no_login and "--password-stdin" not in no_login
