"""RFC 8305 section 4 ordering of connection attempts (app.core.protocol.net.interleave)."""

from __future__ import annotations

import socket

from app.core.protocol.net import Address, interleave

V6 = socket.AF_INET6
V4 = socket.AF_INET


def test_families_alternate_starting_with_the_first_family() -> None:
    addresses = [Address("2001:db8::1", V6), Address("2001:db8::2", V6),
                 Address("192.0.2.1", V4), Address("192.0.2.2", V4), Address("192.0.2.3", V4)]
    assert [a.ip for a in interleave(addresses)] == [
        "2001:db8::1", "192.0.2.1", "2001:db8::2", "192.0.2.2", "192.0.2.3"]


def test_ipv4_first_when_the_resolver_put_it_first_and_one_family_is_unchanged() -> None:
    mixed = [Address("192.0.2.1", V4), Address("2001:db8::1", V6), Address("192.0.2.2", V4)]
    assert [a.ip for a in interleave(mixed)] == ["192.0.2.1", "2001:db8::1", "192.0.2.2"]
    only4 = [Address("192.0.2.1", V4), Address("192.0.2.2", V4)]
    assert interleave(only4) == only4
    assert interleave([]) == []
