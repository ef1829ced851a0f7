"""HTTP replies are parsed by http.client over the bytes read under the deadline and cap."""

from __future__ import annotations

import pytest

from app.core.protocol.http import HttpFailure, parse_response


def test_sized_reply() -> None:
    raw = (b"HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nX-Twice: a\r\n"
           b"x-twice: b\r\nContent-Length: 5\r\n\r\nhello, and bytes past the length")
    status, reason, headers, body = parse_response(raw, "h.test")
    assert (status, reason, body) == (200, "OK", b"hello")
    assert headers["content-type"] == "text/plain; charset=utf-8"
    assert headers["x-twice"] == "b"  # the last one wins, names are lowercase


def test_chunked_reply() -> None:
    raw = (b"HTTP/1.1 404 Not Found\r\nTransfer-Encoding: chunked\r\n\r\n"
           b"4\r\nmode\r\n7;ext=1\r\n: tests\r\n0\r\n\r\n")
    status, reason, _headers, body = parse_response(raw, "h.test")
    assert (status, reason, body) == (404, "Not Found", b"mode: tests")


def test_a_body_cut_short_is_kept_as_far_as_it_came() -> None:
    raw = b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly this"
    assert parse_response(raw, "h.test")[3] == b"only this"


def test_a_chunked_body_that_breaks_off_is_kept_as_far_as_it_came() -> None:
    raw = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\nzz\r\nxx\r\n"
    assert parse_response(raw, "h.test")[3] == b"abc"


def test_reply_until_close_without_length() -> None:
    raw = b"HTTP/1.0 200 OK\r\n\r\nall of it"
    assert parse_response(raw, "h.test")[3] == b"all of it"


@pytest.mark.parametrize(("raw", "message"), [
    (b"HTTP/1.1 200 OK\r\nContent-Length: 3", "h.test did not send a complete HTTP reply"),
    (b"SSH-2.0-OpenSSH_9.6\r\n\r\n", "h.test did not answer with HTTP"),
    (b"HTTP/1.1 abc Broken\r\n\r\n", "h.test did not answer with HTTP"),
    (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + b"f" * 70000 + b"\r\n",
     "The server sent a broken chunked reply"),
])
def test_not_http(raw: bytes, message: str) -> None:
    with pytest.raises(HttpFailure) as info:
        parse_response(raw, "h.test")
    assert info.value.kind == "http"
    assert info.value.message == message
