"""tls.cert_time reads getpeercert()'s times as ssl.cert_time_to_seconds does (issue 16: without
time.strptime on every check's path)."""

from __future__ import annotations

import datetime as dt
import ssl
import subprocess
import sys

import pytest

from app.core.protocol.tls import cert_time

SAMPLES = ["Jan  5 09:34:43 2018 GMT", "Dec 31 23:59:59 9999 GMT", "Feb 29 00:00:00 2024 GMT",
           "Jul 14 12:00:01 1999 GMT", "Oct 10 10:10:10 2050 GMT"]


@pytest.mark.parametrize("text", SAMPLES)
def test_same_instant_as_the_ssl_module(text: str) -> None:
    expected = dt.datetime.fromtimestamp(ssl.cert_time_to_seconds(text), dt.timezone.utc)
    assert cert_time(text) == expected
    assert cert_time(text).tzinfo is dt.timezone.utc


@pytest.mark.parametrize("text", ["Jan  5 09:34:43 2018 UTC", "Foo  5 09:34:43 2018 GMT",
                                  "Feb 30 00:00:00 2024 GMT", "", "Jan 5 2018"])
def test_what_it_does_not_read_is_ssl_modules_answer(text: str) -> None:
    try:
        expected: object = dt.datetime.fromtimestamp(ssl.cert_time_to_seconds(text),
                                                     dt.timezone.utc)
    except ValueError as exc:
        expected = type(exc)
    try:
        got: object = cert_time(text)
    except ValueError as exc:
        got = type(exc)
    assert got == expected


def test_no_strptime_tables_are_built() -> None:
    code = ("import sys; from app.core.protocol.tls import cert_time; "
            "cert_time('Jan  5 09:34:43 2018 GMT'); print('_strptime' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
