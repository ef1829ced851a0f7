"""Proxy settings: the proxy URL a user writes, the system's proxy for a host, and how a run
names the proxy it went through (never its password). The connection itself is
:mod:`.tunnel`'s (imported only when a run uses a proxy).
"""


from __future__ import annotations

from collections.abc import Callable, Mapping
from urllib.parse import unquote, urlsplit

from ..model import Proxy, ProxyScheme
from ..text.i18n import msg

#: The schemes a proxy URL may have (``socks5h``: the proxy resolves names, as curl spells it).
SCHEMES = {"socks5": ProxyScheme.SOCKS5, "socks5h": ProxyScheme.SOCKS5H,
           "http": ProxyScheme.HTTP}
#: How the system's settings name proxies (urllib's getproxies keys), in the order we prefer them
#: for a mail connection: ALL_PROXY is meant for everything, then a SOCKS proxy (Windows "socks="),
#: then the HTTPS proxy (CONNECT is what it does for https), then the plain HTTP one.
SYSTEM_KEYS = ("all", "socks", "https", "http")


def parse_proxy(text: str, *, password: str = "", allow_password: bool = False) -> Proxy:
    """``socks5://[user@]host:port``, ``socks5h://…``, ``http://…`` or ``system`` -> Proxy.

    Raises ValueError with a sentence for the user. A password inside the URL is refused unless
    ``allow_password`` (a URL from the system's settings): on a command line it would be seen in
    the shell history and the process list."""
    text = text.strip()
    if text.lower() == "system":
        return Proxy(ProxyScheme.SYSTEM, password=password)
    if "://" not in text:
        raise ValueError(msg("Write the proxy as socks5://host:port, socks5h://host:port, "
                             "http://host:port or system"))
    parts = urlsplit(text)
    scheme = SCHEMES.get(parts.scheme.lower())
    if scheme is None:
        raise ValueError(msg("Unsupported proxy type {scheme}: use socks5, socks5h or http",
                             scheme=repr(parts.scheme)))
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise ValueError(msg("A proxy address has no path: write scheme://host:port"))
    if parts.password is not None:
        if not allow_password:
            raise ValueError(msg("Do not put the proxy password in the address (it would be "
                                 "seen in the shell history and process list): give it on "
                                 "standard input or keep it in the keychain"))
        password = password or unquote(parts.password)
    try:
        port = parts.port
    except ValueError:
        raise ValueError(msg("The proxy port must be a number from 1 to 65535")) from None
    host = parts.hostname or ""
    if not host:
        raise ValueError(msg("The proxy address has no host name"))
    if port is None or not 0 < port < 65536:
        raise ValueError(msg("Give the proxy's port: scheme://host:port"))
    if any(c.isspace() or ord(c) < 32 for c in host):
        raise ValueError(msg("The proxy host name contains spaces or control characters"))
    return Proxy(scheme, host, port, unquote(parts.username or ""), password)


def system_proxy(host: str, proxies: Mapping[str, str] | None = None,
                 bypass: Callable[[str], bool] | None = None) -> Proxy | None:
    """The proxy the system's settings name for a connection to ``host``, or None (none set,
    or ``host`` is in the bypass list: NO_PROXY, Windows' ProxyOverride, macOS exceptions).

    urllib reads the environment (ALL_PROXY, HTTPS_PROXY, HTTP_PROXY, NO_PROXY) everywhere, the
    Windows registry (Internet Settings) when the environment names none, and macOS' System
    Configuration. A proxy type we cannot use (https://, socks4) is skipped."""
    import urllib.request  # only when asked: it loads http.client and email

    if proxies is None:
        proxies = urllib.request.getproxies()
    if bypass is None:
        bypass = urllib.request.proxy_bypass
    if not proxies or bypass(host):
        return None
    for key in SYSTEM_KEYS:
        url = proxies.get(key, "")
        if not url:
            continue
        if "://" not in url:  # Windows' "host:port" entries
            url = ("socks5h://" if key == "socks" else "http://") + url
        elif url.lower().startswith("socks://"):  # Windows/macOS' SOCKS setting
            url = "socks5h://" + url[len("socks://"):]
        try:
            found = parse_proxy(url, allow_password=True)
        except ValueError:
            continue
        return Proxy(found.scheme, found.host, found.port, found.username, found.password,
                     source=f"system ({key})")
    return None


def effective(proxy: Proxy | None, host: str) -> Proxy | None:
    """The proxy a connection to ``host`` goes through: ``system`` looked up now."""
    if proxy is None or proxy.scheme is not ProxyScheme.SYSTEM:
        return proxy
    found = system_proxy(host)
    if found is not None and proxy.password and not found.password:
        found = Proxy(found.scheme, found.host, found.port, found.username, proxy.password,
                      found.source)
    return found


def describe(proxy: Proxy | None, host: str) -> str:
    """Which proxy a run to ``host`` goes through, for summaries and facts (no password)."""
    used = effective(proxy, host)
    if used is None:
        return msg("no proxy (system settings name none)") if proxy is not None \
            else msg("no proxy")
    return f"{used.display()} ({used.source})" if used.source else used.display()


