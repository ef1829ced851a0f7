"""Proxy settings: the URL a user writes, the system's proxy for a host, and how a run names the
proxy (never its password). The connections themselves are tested against real proxies in
tests/integration/test_proxies.py."""

from __future__ import annotations

import pytest

from app.core.model import Proxy, ProxyScheme, ServerSettings
from app.core.protocol.proxy import describe, effective, parse_proxy, system_proxy
from app.core.validate import InputError, parse_form


@pytest.mark.parametrize(("text", "scheme", "host", "port", "user"), [
    ("socks5://proxy.example:1080", ProxyScheme.SOCKS5, "proxy.example", 1080, ""),
    ("socks5h://alice@proxy.example:1080", ProxyScheme.SOCKS5H, "proxy.example", 1080, "alice"),
    ("http://bob%40corp@[2001:db8::1]:3128", ProxyScheme.HTTP, "2001:db8::1", 3128, "bob@corp"),
    ("HTTP://10.0.0.1:8080/", ProxyScheme.HTTP, "10.0.0.1", 8080, ""),
    (" system ", ProxyScheme.SYSTEM, "", 0, ""),
])
def test_proxy_urls_are_read(text: str, scheme: ProxyScheme, host: str, port: int,
                             user: str) -> None:
    proxy = parse_proxy(text)
    assert (proxy.scheme, proxy.host, proxy.port, proxy.username) == (scheme, host, port, user)


@pytest.mark.parametrize(("text", "words"), [
    ("proxy.example:1080", "socks5://host:port"),
    ("socks4://proxy.example:1080", "Unsupported proxy type"),
    ("https://proxy.example:443", "Unsupported proxy type"),
    ("socks5://proxy.example", "port"),
    ("socks5://proxy.example:99999", "port"),
    ("socks5://:1080", "no host"),
    ("http://proxy.example:3128/path", "no path"),
    ("socks5://alice:Secr3tPw@proxy.example:1080", "Do not put the proxy password"),
])
def test_bad_proxy_urls_are_refused_with_a_sentence(text: str, words: str) -> None:
    with pytest.raises(ValueError, match=words) as caught:
        parse_proxy(text)
    assert "Secr3tPw" not in str(caught.value)


def test_the_password_goes_beside_the_url_and_never_into_its_display() -> None:
    proxy = parse_proxy("http://alice@proxy.example:3128", password="Secr3tPw")
    assert proxy.password == "Secr3tPw"
    assert proxy.display() == "http://alice@proxy.example:3128"
    assert "Secr3tPw" not in repr(proxy)
    settings = ServerSettings("smtp.example", 587, proxy=proxy)
    assert "Secr3tPw" in settings.secrets()
    assert "Secr3tPw" not in repr(settings) + str(settings.public_dict())
    assert settings.public_dict()["proxy"] == "http://alice@proxy.example:3128"


def test_the_connection_form_names_the_proxy_field() -> None:
    with pytest.raises(InputError) as caught:
        parse_form({"host": "smtp.example", "proxy": "socks5://a:Secr3tPw@p.example:1080"})
    fields = {e.field: e.message for e in caught.value.errors}
    assert "proxy" in fields and "Secr3tPw" not in fields["proxy"]
    with pytest.raises(InputError) as caught:
        parse_form({"host": "smtp.example", "proxy_password": "Secr3tPw"})
    assert [e.field for e in caught.value.errors] == ["proxy_password"]
    settings = parse_form({"host": "smtp.example", "proxy": "socks5h://a@p.example:1080",
                           "proxy_password": "Secr3tPw"})
    assert settings.proxy == Proxy(ProxyScheme.SOCKS5H, "p.example", 1080, "a", "Secr3tPw")


def _never(host: str) -> bool:
    return False


@pytest.mark.parametrize(("proxies", "expected"), [
    ({}, None),
    ({"https": "http://proxy.corp:3128"}, "http://proxy.corp:3128 (system (https))"),
    ({"http": "http://p:80", "https": "http://q:3128"}, "http://q:3128 (system (https))"),
    ({"all": "socks5h://s.corp:1080", "https": "http://q:3128"},
     "socks5h://s.corp:1080 (system (all))"),
    # Windows' Internet Settings as urllib reads them: "host:port" and socks=
    ({"https": "q.corp:8080"}, "http://q.corp:8080 (system (https))"),
    ({"socks": "socks://s.corp:1080"}, "socks5h://s.corp:1080 (system (socks))"),
    ({"https": "https://tls-proxy.corp:443"}, None),  # a proxy we can't use is skipped
])
def test_system_proxies_in_order_of_preference(proxies: dict[str, str],
                                               expected: str | None) -> None:
    found = system_proxy("smtp.example", proxies, _never)
    assert (f"{found.display()} ({found.source})" if found else None) == expected


def test_a_system_proxy_url_may_carry_its_password_but_never_shows_it() -> None:
    found = system_proxy("smtp.example", {"all": "socks5://u:Secr3tPw@s.corp:1080"}, _never)
    assert found is not None and found.password == "Secr3tPw"
    assert "Secr3tPw" not in found.display()


def test_no_proxy_bypasses_the_system_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("ALL_PROXY", "all_proxy", "HTTPS_PROXY", "https_proxy", "HTTP_PROXY",
                 "http_proxy", "NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("ALL_PROXY", "socks5h://s.corp:1080")
    monkeypatch.setenv("NO_PROXY", "internal.example,localhost")
    system = Proxy(ProxyScheme.SYSTEM)
    used = effective(system, "smtp.example")
    assert used is not None and used.display() == "socks5h://s.corp:1080"
    assert effective(system, "mail.internal.example") is None
    assert describe(system, "mail.internal.example") == "no proxy (system settings name none)"
    assert describe(None, "smtp.example") == "no proxy"
