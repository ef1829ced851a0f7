"""Bad input gets a clear message at the field that caused it; nothing injectable gets through."""

from __future__ import annotations

import pathlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.model import AuthMethod, Security, StopAfter
from app.core.validate import InputError, normalize_host, parse_form

BASE = {"host": "smtp.example.com", "port": "587", "security": "starttls"}
SEND = {**BASE, "stop_after": "rcpt", "mail_from": "me@example.com", "rcpt_to": "you@example.com"}


def errors_for(form: dict[str, object]) -> dict[str, str]:
    with pytest.raises(InputError) as info:
        parse_form(form)
    return {e.field: e.message for e in info.value.errors}


BAD = [
    # (form changes, field, words the message must contain)
    ({"port": "0"}, "port", "between 1 and 65535"),
    ({"port": "65536"}, "port", "between 1 and 65535"),
    ({"port": "abc"}, "port", "number"),
    ({"port": "-1"}, "port", "number"),
    ({"port": "58 7"}, "port", "number"),
    ({"port": "5.87"}, "port", "number"),
    ({"host": ""}, "host", "Enter the mail server"),
    ({"host": "smtp example.com"}, "host", "spaces"),
    ({"host": "smtp://smtp.example.com"}, "host", "smtp://"),
    ({"host": "smtps://smtp.example.com:465/"}, "host", "smtp.example.com"),
    ({"host": "smtp.example.com/path"}, "host", "path"),
    ({"host": "me@example.com"}, "host", "email address"),
    ({"host": "smtp.example.com:587"}, "host", "Port field"),
    ({"host": "smtp.example.com\r\nRCPT TO:<x@y.z>"}, "host", "one line"),
    ({"host": "-bad-.example.com"}, "host", "not a valid server name"),
    ({"host": "a" * 64 + ".example.com"}, "host", "not a valid server name"),
    ({"host": "[not-an-ip]"}, "host", "IPv6"),
    ({"host": "1.2.3.999"}, "host", "IPv4"),
    ({"host": "fe80::1::2"}, "host", "IPv6"),
    ({"host": "bad_label!.example.com"}, "host", "not a valid server name"),
    ({"security": "ssl3"}, "security", "Choose one of"),
    ({"auth": "kerberos"}, "auth", "Choose one of"),
    ({"connect_timeout": "0"}, "connect_timeout", "more than 0"),
    ({"connect_timeout": "-1"}, "connect_timeout", "more than 0"),
    ({"reply_timeout": "soon"}, "reply_timeout", "number of seconds"),
    ({"reply_timeout": "nan"}, "reply_timeout", "more than 0"),
    ({"reply_timeout": "100000"}, "reply_timeout", "at most"),
    ({"auth": "plain", "stop_after": "auth"}, "username", "user name"),
    ({"auth": "plain", "stop_after": "auth", "username": "me"}, "password", "password"),
    ({"auth": "xoauth2", "stop_after": "auth", "username": "me"}, "oauth_token", "token"),
    ({"username": "me\r\nAUTH PLAIN"}, "username", "one line"),
    ({"password": "pw\nRSET"}, "password", "one line"),
    ({"subject": "hi\r\nBcc: victim@example.com"}, "subject", "one line"),
    ({"ehlo_name": "my host"}, "ehlo_name", "EHLO"),
    ({"nameserver": "dns.google"}, "nameserver", "IP address"),
]

BAD_SEND = [
    ({"mail_from": "me.example.com"}, "mail_from", "@"),
    ({"rcpt_to": "you@example.com\r\nDATA"}, "rcpt_to", "one line"),
    ({"rcpt_to": "you@@example.com"}, "rcpt_to", "not valid"),
    ({"mail_from": "a b@example.com"}, "mail_from", "not valid"),
    ({"mail_from": '"unterminated@example.com'}, "mail_from", "not valid"),
    ({"rcpt_to": "x" * 65 + "@example.com"}, "rcpt_to", "64"),
    ({"rcpt_to": "you@" + "a" * 250 + ".com"}, "rcpt_to", "254"),
    ({"rcpt_to": "you@localhost-no-dot"}, "rcpt_to", "dot"),
    ({"rcpt_to": "", "mail_from": ""}, "mail_from", "Enter the sender"),
    ({"mail_from": "me@[999.1.1.1]"}, "mail_from", "[address]"),
]


@pytest.mark.parametrize(("change", "field", "words"), BAD)
def test_bad_input_is_reported_at_its_field(change: dict[str, str], field: str,
                                             words: str) -> None:
    found = errors_for({**BASE, **change})
    assert field in found, found
    assert words.lower() in found[field].lower(), found[field]


@pytest.mark.parametrize(("change", "field", "words"), BAD_SEND)
def test_bad_addresses(change: dict[str, str], field: str, words: str) -> None:
    found = errors_for({**SEND, **change})
    assert field in found, found
    assert words.lower() in found[field].lower(), found[field]


def test_ca_file_that_is_not_a_certificate(tmp_path: pathlib.Path) -> None:
    junk = tmp_path / "ca.pem"
    junk.write_text("hello, I am not a certificate\n")
    assert "not a PEM certificate" in errors_for({**BASE, "ca_file": str(junk)})["ca_file"]
    assert "does not exist" in errors_for({**BASE, "ca_file": str(tmp_path / "nope.pem")})[
        "ca_file"]
    broken = tmp_path / "broken.pem"
    broken.write_text("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n")
    assert "no usable certificate" in errors_for({**BASE, "ca_file": str(broken)})["ca_file"]


@pytest.mark.parametrize(("raw", "expected"), [
    ("  smtp.example.com  ", "smtp.example.com"),
    ("SMTP.Example.COM", "smtp.example.com"),
    ("smtp.example.com.", "smtp.example.com"),
    ("münchen.de", "xn--mnchen-3ya.de"),
    ("faß.de", "xn--fa-hia.de"),  # IDNA 2008, not 2003 (which maps ß to ss)
    ("[::1]", "::1"),
    ("::1", "::1"),
    ("[2001:DB8::1]", "2001:db8::1"),
    ("127.0.0.1", "127.0.0.1"),
    ("localhost", "localhost"),
])
def test_hosts_are_normalized(raw: str, expected: str) -> None:
    assert normalize_host(raw) == expected


def test_good_form_and_defaults() -> None:
    settings = parse_form({"host": " smtp.example.com ", "port": " 465 ", "security": "tls",
                           "auth": "auto", "username": "me@example.com", "password": "pw",
                           "stop_after": "rcpt", "rcpt_to": "you@example.com"})
    assert settings.port == 465 and settings.security is Security.TLS
    assert settings.auth is AuthMethod.AUTO and settings.stop_after is StopAfter.RCPT
    assert settings.mail_from == "me@example.com"  # defaults to the user name when it's an address
    assert parse_form({"host": "smtp.example.com", "security": "tls"}).port == 465
    assert parse_form({"host": "smtp.example.com", "security": "none"}).port == 25
    assert "pw" not in repr(settings)


def test_quoted_local_part_is_accepted() -> None:
    settings = parse_form({**SEND, "mail_from": '"john doe"@example.com'})
    assert settings.mail_from == '"john doe"@example.com'


@given(st.text(max_size=80))
def test_any_host_text_gives_a_value_or_a_message(text: str) -> None:
    try:
        host = normalize_host(text)
    except ValueError as exc:
        assert str(exc)
    else:
        assert host and "\n" not in host and "\r" not in host and " " not in host


@given(st.dictionaries(st.sampled_from(["host", "port", "security", "auth", "username",
                                        "password", "mail_from", "rcpt_to", "subject",
                                        "ehlo_name", "connect_timeout", "reply_timeout",
                                        "stop_after", "ip_version", "nameserver"]),
                       st.text(max_size=40)))
def test_any_form_gives_settings_or_field_errors(form: dict[str, str]) -> None:
    try:
        settings = parse_form(form)
    except InputError as exc:
        assert exc.errors and all(e.message and e.field for e in exc.errors)
    else:
        for value in (settings.host, settings.username, settings.password, settings.mail_from,
                      settings.rcpt_to, settings.subject, settings.ehlo_name):
            assert "\r" not in value and "\n" not in value
