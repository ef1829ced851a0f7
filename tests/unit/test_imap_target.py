"""The mailbox to watch: the --watch-imap address, the IMAP host guessed from the SMTP host,
and the form's checks (a password never in the address; a mailbox needs the test message)."""

from __future__ import annotations

import pytest

from app.core.protocol.imap import _mutf7_decode, guess_host, parse_url
from app.core.validate import InputError, parse_form


def test_addresses() -> None:
    t = parse_url("imaps://bob@example.org@imap.example.org:1993", "alice", "smtp.x")
    assert (t.host, t.port, t.tls, t.user) == ("imap.example.org", 1993, True, "bob@example.org")
    t = parse_url("imap://mail.example.org", "alice@example.org", "smtp.x")
    assert (t.port, t.tls, t.user) == (143, False, "alice@example.org")
    t = parse_url("[::1]:993", "a", "s")
    assert (t.host, t.port) == ("::1", 993)
    t = parse_url("auto", "a@gmail.com", "smtp.gmail.com")
    assert (t.host, t.port, t.tls) == ("imap.gmail.com", 993, True)


@pytest.mark.parametrize("smtp,imap", [("smtp.office365.com", "outlook.office365.com"),
                                        ("smtp.example.net", "imap.example.net"),
                                        ("mail.example.net", "imap.example.net"),
                                        ("mx.example.net", "mx.example.net")])
def test_guess_host(smtp: str, imap: str) -> None:
    assert guess_host(smtp) == imap


@pytest.mark.parametrize("raw,words", [("imap://bob:secret@h", "password"),
                                       ("https://h", "imaps://"), ("h:x", "port"),
                                       ("h:70000", "65535"), ("imap://@h", "empty"),
                                       ("a b", "one word")])
def test_bad_addresses_say_why(raw: str, words: str) -> None:
    with pytest.raises(ValueError, match=words):
        parse_url(raw, "a", "s")


def _form(**extra: object) -> dict[str, object]:
    return {"host": "smtp.example.org", "auth": "plain", "username": "alice@example.org",
            "password": "pw-1", "rcpt_to": "bob@example.org", "stop_after": "data", **extra}


def test_form_fields() -> None:
    s = parse_form(_form(watch_imap="auto", watch_timeout="30"))
    assert s.watch_imap == "auto" and s.watch_timeout == 30
    assert "pw-1" not in repr(s) and "pw-1" not in str(s.public_dict())
    errors = {e.field: e.message for e in _errors(_form(watch_imap="imap://bob@h"))}
    assert "imap_password" in errors  # another account: its own password
    errors = {e.field: e.message for e in _errors(_form(watch_imap="x", stop_after="rcpt"))}
    assert "watch_imap" in errors and "data" in errors["watch_imap"]
    errors = {e.field for e in _errors(_form(watch_imap="imap://u:p@h"))}
    assert errors == {"watch_imap"}
    errors = {e.field for e in _errors(_form(watch_imap="auto", watch_timeout="-1"))}
    assert errors == {"watch_timeout"}
    s = parse_form(_form(watch_imap="imap://bob@h", imap_password="pw-2"))
    assert "pw-2" in s.secrets()


def _errors(form: dict[str, object]) -> list:  # type: ignore[type-arg]
    with pytest.raises(InputError) as caught:
        parse_form(form)
    return caught.value.errors


def test_modified_utf7_folder_names() -> None:
    assert _mutf7_decode("Courrier ind&AOk-sirable") == "Courrier indésirable"
    assert _mutf7_decode("A&-B") == "A&B"
    assert _mutf7_decode("&bad") == "&bad"
