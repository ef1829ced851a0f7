"""The one redactor: every form of a secret, whole base64 runs, short secrets as tokens."""

from __future__ import annotations

import base64
import json
import re

import pytest

from app.core.text.redact import MARK, Redactor

USER = "bob"
ECHO_PASSWORD = "S3cr3t+/=Pässwörd!"


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def test_echoed_decoded_blob_is_redacted() -> None:
    redactor = Redactor([ECHO_PASSWORD], USER)
    text = f"535 5.7.8 decoded=|{USER}|{ECHO_PASSWORD}"
    assert redactor.scrub(text) == f"535 5.7.8 decoded=|{USER}|{MARK}"


@pytest.mark.parametrize("prefix", ["", "x", "xy", "\0bob\0", "you sent: \0bob\0"])
def test_scrubbed_base64_run_leaves_no_readable_fragment(prefix: str) -> None:
    """Before: ``AGJvYgBT[redacted]IQ==`` kept the first and last characters decodable."""
    redactor = Redactor([ECHO_PASSWORD], USER)
    for suffix in ("", "!", "tail"):
        encoded = base64.b64encode((prefix + ECHO_PASSWORD + suffix).encode()).decode()
        scrubbed = redactor.scrub(f"535 decoded={encoded} end")
        # the whole run is gone: nothing of it is left to decode on either side
        assert scrubbed == f"535 decoded={MARK} end", (prefix, suffix, scrubbed)


@pytest.mark.parametrize("password", ["a", "Q7", "x9!"])
def test_short_secrets_are_scrubbed_as_tokens(password: str) -> None:
    redactor = Redactor([password], USER)
    plain_blob = b64(f"\0{USER}\0{password}")
    echoes = [f"535 decoded=|{USER}|{password}", f"535 {plain_blob}",
              f"334 {b64(password)}", f"535 decoded=\\x00{USER}\\x00{password}",
              f"535 {b64(f'user={USER}' + chr(1) + 'auth=Bearer ' + password + chr(1) * 2)}"]
    for echo in echoes:
        scrubbed = redactor.scrub(echo)
        assert MARK in scrubbed, echo
        assert not re.search(rf"(?<![0-9A-Za-z]){re.escape(password)}(?![0-9A-Za-z])",
                             scrubbed.replace(MARK, "")), (echo, scrubbed)
    # ...but not inside words and numbers, which would blank out ordinary text
    assert redactor.scrub(f"abc{password}def 1{password}2") == f"abc{password}def 1{password}2"


def test_json_html_and_escaped_forms() -> None:
    redactor = Redactor(['p<&>"ä-long'], USER)
    for form in (json.dumps('p<&>"ä-long')[1:-1], "p&lt;&amp;&gt;&quot;ä-long",
                 'p<&>"\\xe4-long'):
        assert redactor.scrub(f"x {form} y") == f"x {MARK} y", form


def test_scrub_value_walks_nested_facts() -> None:
    redactor = Redactor(["hunter2-long"], USER)
    facts = {"a": ["x hunter2-long", ("hunter2-long",)], "hunter2-long": {"b": 1}}
    assert redactor.scrub_value(facts) == {"a": [f"x {MARK}", (MARK,)], MARK: {"b": 1}}


def test_no_secrets_changes_nothing() -> None:
    redactor = Redactor([], USER)
    assert not redactor and redactor.scrub("AGJvYgBT a b") == "AGJvYgBT a b"
