"""Bad input gets a clear message at the field that caused it; nothing injectable gets through."""

from __future__ import annotations

import pathlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.model import AuthMethod, Security, StopAfter
from app.core.validate import InputError, normalize_host, parse_form, plain_ascii_name
from tests.support.samples import BAD, BAD_SEND

BASE = {"host": "smtp.example.com", "port": "587", "security": "starttls"}
SEND = {**BASE, "stop_after": "rcpt", "mail_from": "me@example.com", "rcpt_to": "you@example.com"}


def errors_for(form: dict[str, object]) -> dict[str, str]:
    with pytest.raises(InputError) as info:
        parse_form(form)
    return {e.field: e.message for e in info.value.errors}


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


NAME_PIECES = st.lists(st.sampled_from(["a", "Z", "0", "9", "-", "--", ".", "_", "xn--", "ß",
                                         "a" * 60, " "]), max_size=12).map("".join)


@given(NAME_PIECES)
def test_plain_names_skip_idna_with_the_same_result(host: str) -> None:
    """The fast path (no idna import) answers only where idna.encode(uts46=True) would give
    the same name; everything else goes to idna."""
    import idna

    fast = plain_ascii_name(host)
    if fast:
        assert fast == idna.encode(host, uts46=True).decode("ascii")


@pytest.mark.parametrize("host", ["SMTP.Example.COM", "mail-1.example.org", "a" * 63 + ".de",
                                  "localhost", "x1.y2"])
def test_common_names_take_the_fast_path(host: str) -> None:
    assert plain_ascii_name(host) == host.lower() == normalize_host(host)


@pytest.mark.parametrize("host", ["ab--cd.example", "xn--mnchen-3ya.de", "-a.de", "a-.de",
                                  "a..de", "a_b.de", "a" * 64 + ".de", "münchen.de"])
def test_unusual_names_are_left_to_idna(host: str) -> None:
    assert plain_ascii_name(host) == ""


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
