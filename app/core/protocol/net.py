"""Name resolution and TCP connect, each bounded by a deadline, cancellable, and classified.

Resolution uses the system resolver (getaddrinfo: what mail clients use, hosts file and VPN DNS
included). When a name server is given explicitly (an advanced setting, and how the test suite
points the engine at its loopback DNS server) dnspython asks that server directly.
"""

from __future__ import annotations

import errno
import functools
import ipaddress
import os
import select
import socket
import time
from dataclasses import dataclass
from typing import Any

from .. import background
from ..cancel import Cancelled, CancelToken
from ..errors import ConnectError, ConnectKind, ResolveError, classify_gai_error, connect_kind
from ..model import IPVersion, Proxy
from ..text.i18n import msg, number


@dataclass(frozen=True)
class Address:
    ip: str
    family: int  # socket.AF_INET or socket.AF_INET6

    @property
    def family_name(self) -> str:
        if self.family == socket.AF_UNSPEC:
            return "name for the proxy"
        return "IPv6" if self.family == socket.AF_INET6 else "IPv4"

    def sockaddr(self, port: int) -> tuple[Any, ...]:
        return (self.ip, port, 0, 0) if self.family == socket.AF_INET6 else (self.ip, port)

    def display(self, port: int) -> str:
        return f"[{self.ip}]:{port}" if self.family == socket.AF_INET6 else f"{self.ip}:{port}"


def proxy_name(host: str) -> Address:
    """A server's name that the proxy resolves (socks5h, http): ``ip`` holds the name."""
    return Address(host, socket.AF_UNSPEC)


def literal_address(host: str) -> Address | None:
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return None
    return Address(str(ip), socket.AF_INET6 if ip.version == 6 else socket.AF_INET)


def _families(ip_version: IPVersion) -> list[int]:
    if ip_version is IPVersion.V4:
        return [socket.AF_INET]
    if ip_version is IPVersion.V6:
        return [socket.AF_INET6]
    return [socket.AF_INET6, socket.AF_INET]


def _filter_family(addresses: list[Address], ip_version: IPVersion, host: str) -> list[Address]:
    wanted = _families(ip_version)
    kept = [a for a in addresses if a.family in wanted]
    if not kept:
        version = "IPv4" if ip_version is IPVersion.V4 else "IPv6"
        summary = msg("{host} has no IPv4 address", host=host) if ip_version is IPVersion.V4 \
            else msg("{host} has no IPv6 address", host=host)
        raise ResolveError("dns.no_address", summary,
                           {"addresses": [a.ip for a in addresses], "ip_version": version})
    return kept


def resolve_system(host: str, port: int, ip_version: IPVersion, timeout: float,
                   cancel: CancelToken | None = None) -> list[Address]:
    family = {IPVersion.V4: socket.AF_INET, IPVersion.V6: socket.AF_INET6}.get(
        ip_version, socket.AF_UNSPEC)

    def lookup() -> list[Any]:
        return socket.getaddrinfo(host, port, family, socket.SOCK_STREAM, socket.IPPROTO_TCP)

    try:
        infos = background.call(lookup, timeout, cancel, name="smtp-doctor-resolve")
    except background.DeadlineExceeded:
        raise ResolveError("dns.timeout", msg("Looking up {host} took longer than {seconds} s",
                                               host=host, seconds=number(timeout, 1)),
                           {"resolver": "system"}) from None
    except socket.gaierror as exc:
        diagnosis = classify_gai_error(exc)
        raise ResolveError(diagnosis, _dns_summary(diagnosis, host),
                           {"resolver": "system", "error_code": exc.errno}) from None
    except OSError as exc:  # Windows reports WSAHOST_NOT_FOUND etc. as plain OSError
        diagnosis = classify_gai_error(exc)
        raise ResolveError(diagnosis, _dns_summary(diagnosis, host),
                           {"resolver": "system", "error_code": exc.errno}) from None
    seen: dict[str, Address] = {}
    for fam, _type, _proto, _canon, sockaddr in infos:
        if fam in (socket.AF_INET, socket.AF_INET6):
            ip = str(sockaddr[0]).split("%", 1)[0]
            seen.setdefault(ip, Address(ip, fam))
    return _filter_family(list(seen.values()), ip_version, host)


def _dns_summary(diagnosis: str, host: str) -> str:
    if diagnosis == "dns.not_found":
        return msg("The name {host} does not exist in DNS", host=host)
    if diagnosis == "dns.no_address":
        return msg("{host} exists but has no address (no A/AAAA record)", host=host)
    if diagnosis == "dns.timeout":
        return msg("The DNS server did not answer for {host}", host=host)
    if diagnosis == "dns.failure":
        return msg("The DNS server failed to look up {host}", host=host)
    return msg("Looking up {host} failed", host=host)


def parse_nameserver(text: str) -> tuple[str, int]:
    """'1.2.3.4', '1.2.3.4:5353', '::1', '[::1]:5353' -> (ip, port). Raises ValueError."""
    text = text.strip()
    port = 53
    if text.startswith("["):
        host, _, rest = text[1:].partition("]")
        if rest:
            if not rest.startswith(":"):
                raise ValueError(text)
            port = int(rest[1:])
    elif text.count(":") == 1:
        host, _, port_text = text.partition(":")
        port = int(port_text)
    else:
        host = text
    ipaddress.ip_address(host)
    if not 0 < port < 65536:
        raise ValueError(text)
    return host, port


def resolve_dns(host: str, ip_version: IPVersion, timeout: float, nameserver: str,
                cancel: CancelToken | None = None) -> list[Address]:
    """Ask ``nameserver`` directly for AAAA and A records (both in parallel, one deadline)."""
    import dns.exception  # imported here: the system resolver path (the default) needs none
    import dns.message
    import dns.name
    import dns.query
    import dns.rcode
    import dns.rdatatype

    server, port = parse_nameserver(nameserver)
    qname = dns.name.from_text(host)
    rdtypes: dict[int, dns.rdatatype.RdataType] = {
        int(socket.AF_INET6): dns.rdatatype.AAAA, int(socket.AF_INET): dns.rdatatype.A}
    families = _families(ip_version)

    server_family = socket.AF_INET6 if ":" in server else socket.AF_INET

    def ask(family: int) -> Any:
        query = dns.message.make_query(qname, rdtypes[family])
        # Our own socket, registered with the token: a cancel closes it at once.
        sock = socket.socket(server_family, socket.SOCK_DGRAM)
        sock.setblocking(False)
        try:
            if cancel is not None:
                cancel.register(sock)
            return dns.query.udp(query, server, timeout=timeout, port=port, sock=sock)
        finally:
            if cancel is not None:
                cancel.unregister(sock)
            sock.close()

    # Both families at once under one deadline; a family that did not answer in time is absent.
    outcomes = background.run_parallel({family: functools.partial(ask, family)
                                        for family in families}, cancel, timeout,
                                       name="smtp-doctor-dns")
    responses: dict[int, Any] = {}
    errors: list[BaseException] = []
    for family, value in outcomes.items():
        if isinstance(value, BaseException):
            errors.append(value)
        else:
            responses[family] = value

    facts: dict[str, Any] = {"resolver": f"{server}:{port}"}
    addresses: list[Address] = []
    rcodes: list[int] = []
    for family in families:
        response = responses.get(family)
        if response is None:
            continue
        rcodes.append(response.rcode())
        for rrset in response.answer:
            if rrset.rdtype == rdtypes[family]:
                addresses.extend(Address(rdata.address, family) for rdata in rrset)
    if addresses:
        return addresses
    if dns.rcode.NXDOMAIN in rcodes:
        raise ResolveError("dns.not_found", _dns_summary("dns.not_found", host), facts)
    if rcodes and all(code == dns.rcode.NOERROR for code in rcodes) and len(rcodes) == len(
            families):
        raise ResolveError("dns.no_address", _dns_summary("dns.no_address", host), facts)
    if any(code != dns.rcode.NOERROR for code in rcodes):
        bad = next(c for c in rcodes if c != dns.rcode.NOERROR)
        facts["rcode"] = dns.rcode.to_text(dns.rcode.Rcode(bad))
        raise ResolveError("dns.failure", _dns_summary("dns.failure", host), facts)
    if errors and not any(isinstance(e, dns.exception.Timeout) for e in errors) and len(
            errors) == len(families):
        facts["error"] = type(errors[0]).__name__
        raise ResolveError("dns.failure", _dns_summary("dns.failure", host), facts)
    raise ResolveError("dns.timeout", _dns_summary("dns.timeout", host), facts)


def resolve(host: str, port: int, ip_version: IPVersion, timeout: float, nameserver: str = "",
            cancel: CancelToken | None = None, proxy: Proxy | None = None) -> list[Address]:
    """The addresses of ``host``; through a proxy that resolves names itself (socks5h, http),
    the name alone (:func:`proxy_name`): the proxy looks it up when it connects."""
    literal = literal_address(host)
    if literal is not None:
        return _filter_family([literal], ip_version, host)
    if proxy is not None:
        from .proxy import effective
        used = effective(proxy, host)
        if used is not None and used.remote_dns:
            return [proxy_name(host)]
    if nameserver:
        return resolve_dns(host, ip_version, timeout, nameserver, cancel)
    return resolve_system(host, port, ip_version, timeout, cancel)


def connect(address: Address, port: int, timeout: float,
            cancel: CancelToken | None = None, proxy: Proxy | None = None,
            nameserver: str = "") -> socket.socket:
    """Open a TCP connection to one address (through ``proxy`` when given). Raises
    ConnectError (classified), ProxyFailure or Cancelled."""
    if proxy is not None:
        from .proxy import effective
        from .tunnel import open_tunnel
        used = effective(proxy, address.ip)
        if used is not None:
            return open_tunnel(used, address.ip, port, timeout, cancel, nameserver=nameserver)
    sock = socket.socket(address.family, socket.SOCK_STREAM)
    if cancel is not None:
        cancel.register(sock)
    try:
        sock.settimeout(max(timeout, 0.001))
        sock.connect(address.sockaddr(port))
    except OSError as exc:
        sock.close()
        if cancel is not None:
            cancel.unregister(sock)
            if cancel.cancelled:
                raise Cancelled() from None
        kind = connect_kind(exc)
        raise ConnectError(kind, _connect_summary(kind, address, port, timeout),
                           {"errno": exc.errno, "error": type(exc).__name__}) from None
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return sock


#: Which failure names the whole connect step when every address failed.
CONNECT_PRIORITY = (ConnectKind.REFUSED, ConnectKind.TIMEOUT, ConnectKind.UNREACHABLE)
#: RFC 8305 "Connection Attempt Delay": how long one attempt runs alone before the next starts.
ATTEMPT_DELAY = 0.25
_IN_PROGRESS = {errno.EINPROGRESS, errno.EWOULDBLOCK, errno.EAGAIN, errno.EALREADY,
                10035}  # 10035: WSAEWOULDBLOCK


@dataclass
class Attempt:
    """One connection attempt of :func:`connect_first`: its address, how long it ran, and its
    failure (None for the winner)."""

    address: Address
    ms: float
    error: ConnectError | None = None


@dataclass
class _Pending:
    address: Address
    sock: socket.socket
    started: float


def interleave(addresses: list[Address]) -> list[Address]:
    """RFC 8305 section 4: alternate the families, the first address's family first."""
    if not addresses:
        return []
    first = addresses[0].family
    preferred = [a for a in addresses if a.family == first]
    other = [a for a in addresses if a.family != first]
    out: list[Address] = []
    for i in range(max(len(preferred), len(other))):
        out.extend(group[i] for group in (preferred, other) if i < len(group))
    return out


def connect_first(addresses: list[Address], port: int, timeout: float,
                  cancel: CancelToken | None = None, *, delay: float = ATTEMPT_DELAY,
                  deadline: float | None = None, proxy: Proxy | None = None,
                  nameserver: str = "") -> tuple[socket.socket, Address, list[Attempt]]:
    """Happy Eyeballs (RFC 8305): connect to the first of ``addresses`` that answers.

    Attempts start in :func:`interleave` order, the next one ``delay`` seconds after the last
    (or at once when one fails); each may take ``timeout`` seconds, none runs past ``deadline``
    (monotonic). The first to connect wins and the others are closed. Returns the socket, its
    address and every attempt in the order started: the failures carry a ConnectError (an
    attempt still waiting when another won: a timeout after the time it was given). Raises the
    most telling ConnectError when none connects, or Cancelled.

    Through a proxy the addresses are tried one after the other (the proxy connects for us);
    a failure of the proxy itself (ProxyFailure) ends the attempts at once.
    """
    if proxy is not None and addresses:
        from .proxy import effective
        used = effective(proxy, addresses[0].ip)
        if used is not None:
            return _connect_through(used, addresses, port, timeout, cancel, deadline,
                                    nameserver)
    queue = interleave(addresses)
    end = time.monotonic() + timeout if deadline is None else deadline
    pending: list[_Pending] = []
    attempts: list[Attempt] = []
    next_start = time.monotonic()

    def fail(item: _Pending, exc: OSError) -> None:
        pending.remove(item)
        _close(item.sock, cancel)
        waited = time.monotonic() - item.started
        kind = connect_kind(exc)
        given = timeout if item.started + timeout <= end else round(waited, 2)
        attempts.append(Attempt(item.address, round(waited * 1000, 1), ConnectError(
            kind, _connect_summary(kind, item.address, port, given),
            {"errno": exc.errno, "error": type(exc).__name__})))

    try:
        while queue or pending:
            now = time.monotonic()
            if cancel is not None:
                cancel.check()
            if queue and (not pending or now >= next_start) and now < end:
                address = queue.pop(0)
                item = _start(address, port, cancel)
                if isinstance(item, OSError):
                    kind = connect_kind(item)
                    attempts.append(Attempt(address, 0.0, ConnectError(
                        kind, _connect_summary(kind, address, port, timeout),
                        {"errno": item.errno, "error": type(item).__name__})))
                    next_start = now
                    continue
                pending.append(item)
                next_start = now + delay
                continue
            for item in [p for p in pending if now >= min(p.started + timeout, end)]:
                fail(item, TimeoutError(errno.ETIMEDOUT, "timed out"))
            if not pending:
                if now >= end:
                    break
                continue
            wake = min([p.started + timeout for p in pending] + [end]
                       + ([next_start] if queue else []))
            socks = [p.sock for p in pending]
            try:
                _, writable, broken = select.select([], socks, socks,
                                                    max(0.0, min(wake - now, 0.05)))
            except (OSError, ValueError):  # a socket closed under us: cancelled
                if cancel is not None:
                    cancel.check()
                raise
            for item in list(pending):
                if item.sock not in writable and item.sock not in broken:
                    continue
                code = item.sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
                if code:
                    fail(item, OSError(code, os.strerror(code)))
                    next_start = time.monotonic()  # a failure starts the next attempt at once
                    continue
                pending.remove(item)
                won = Attempt(item.address, round((time.monotonic() - item.started) * 1000, 1))
                for loser in pending:  # still waiting: given up on in favour of the winner
                    _close(loser.sock, cancel)
                    waited = time.monotonic() - loser.started
                    attempts.append(Attempt(loser.address, round(waited * 1000, 1), ConnectError(
                        ConnectKind.TIMEOUT,
                        f"{loser.address.display(port)} did not answer within {waited:.2g} s "
                        f"({item.address.display(port)} answered first)",
                        {"abandoned_for": item.address.ip})))
                pending.clear()
                attempts.append(won)
                item.sock.settimeout(max(timeout, 0.001))  # as connect() leaves it
                item.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                return item.sock, item.address, attempts
    except BaseException:
        for item in pending:
            _close(item.sock, cancel)
        if cancel is not None and cancel.cancelled:
            raise Cancelled() from None
        raise
    for address in queue:  # never started: no time was left
        attempts.append(Attempt(address, 0.0, ConnectError(
            ConnectKind.TIMEOUT, _connect_summary(ConnectKind.TIMEOUT, address, port, 0.0),
            {"not_started": True})))
    failures = [a.error for a in attempts if a.error is not None]
    first, summary = _most_telling(failures)
    raise ConnectError(first.kind, summary, {"attempts": [attempt_fact(a) for a in attempts]})


def _most_telling(failures: list[ConnectError]) -> tuple[ConnectError, str]:
    """The failure that says most (refused before timed out, …) and the summary of them all."""
    first = min(failures, key=lambda f: CONNECT_PRIORITY.index(f.kind))
    summary = first.summary if len(failures) == 1 else "; ".join(f.summary for f in failures)
    return first, summary


def _connect_through(proxy: Proxy, addresses: list[Address], port: int, timeout: float,
                     cancel: CancelToken | None, deadline: float | None,
                     nameserver: str) -> tuple[socket.socket, Address, list[Attempt]]:
    from .tunnel import open_tunnel

    end = time.monotonic() + timeout if deadline is None else deadline
    attempts: list[Attempt] = []
    failures: list[ConnectError] = []
    for address in addresses:
        left = end - time.monotonic()
        if left <= 0:
            break
        started = time.monotonic()
        try:
            sock = open_tunnel(proxy, address.ip, port, min(timeout, left), cancel,
                               deadline=end, nameserver=nameserver)
        except ConnectError as exc:
            failures.append(exc)
            attempts.append(Attempt(address, round((time.monotonic() - started) * 1000, 1),
                                    exc))
            continue
        attempts.append(Attempt(address, round((time.monotonic() - started) * 1000, 1)))
        return sock, address, attempts
    if not failures:
        raise ConnectError(ConnectKind.TIMEOUT, msg("No time was left to connect through the "
                                                    "proxy {proxy}", proxy=proxy.display()),
                           {"proxy": proxy.display()})
    first, summary = _most_telling(failures)
    raise first.replace(summary=summary, facts={
        **first.facts, "attempts": [attempt_fact(a) for a in attempts]})


def attempt_fact(attempt: Attempt) -> dict[str, Any]:
    result = "connected" if attempt.error is None else attempt.error.kind.name.lower()
    return {"address": attempt.address.ip, "family": attempt.address.family_name,
            "result": result, "ms": attempt.ms}


def _start(address: Address, port: int, cancel: CancelToken | None) -> _Pending | OSError:
    sock = socket.socket(address.family, socket.SOCK_STREAM)
    if cancel is not None:
        cancel.register(sock)
    sock.setblocking(False)
    started = time.monotonic()
    try:
        code = sock.connect_ex(address.sockaddr(port))
    except OSError as exc:
        _close(sock, cancel)
        return exc
    if code and code not in _IN_PROGRESS:
        _close(sock, cancel)
        return OSError(code, os.strerror(code))
    return _Pending(address, sock, started)


def _close(sock: socket.socket, cancel: CancelToken | None) -> None:
    if cancel is not None:
        cancel.unregister(sock)
    sock.close()


def _connect_summary(kind: ConnectKind, address: Address, port: int, timeout: float) -> str:
    where = address.display(port)
    if kind is ConnectKind.REFUSED:
        return msg("{address} refused the connection (nothing is listening on that port)",
                   address=where)
    if kind is ConnectKind.TIMEOUT:
        return msg("{address} did not answer within {seconds} s", address=where,
                   seconds=number(timeout, 1))
    return msg("{address} is unreachable from this computer", address=where)
