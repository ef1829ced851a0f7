"""Name resolution and TCP connect, each bounded by a deadline, cancellable, and classified.

Resolution uses the system resolver (getaddrinfo: what mail clients use, hosts file and VPN DNS
included). When a name server is given explicitly (an advanced setting, and how the test suite
points the engine at its loopback DNS server) dnspython asks that server directly.
"""

from __future__ import annotations

import functools
import ipaddress
import socket
from dataclasses import dataclass
from typing import Any

from .. import background
from ..cancel import Cancelled, CancelToken
from ..errors import ConnectError, ConnectKind, ResolveError, classify_gai_error, connect_kind
from ..model import IPVersion


@dataclass(frozen=True)
class Address:
    ip: str
    family: int  # socket.AF_INET or socket.AF_INET6

    @property
    def family_name(self) -> str:
        return "IPv6" if self.family == socket.AF_INET6 else "IPv4"

    def sockaddr(self, port: int) -> tuple[Any, ...]:
        return (self.ip, port, 0, 0) if self.family == socket.AF_INET6 else (self.ip, port)

    def display(self, port: int) -> str:
        return f"[{self.ip}]:{port}" if self.family == socket.AF_INET6 else f"{self.ip}:{port}"


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
        raise ResolveError("dns.no_address", f"{host} has no {version} address",
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
        raise ResolveError("dns.timeout", f"Looking up {host} took longer than {timeout:g} s",
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
    return {
        "dns.not_found": f"The name {host} does not exist in DNS",
        "dns.no_address": f"{host} exists but has no address (no A/AAAA record)",
        "dns.timeout": f"The DNS server did not answer for {host}",
        "dns.failure": f"The DNS server failed to look up {host}",
    }.get(diagnosis, f"Looking up {host} failed")


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
            cancel: CancelToken | None = None) -> list[Address]:
    literal = literal_address(host)
    if literal is not None:
        return _filter_family([literal], ip_version, host)
    if nameserver:
        return resolve_dns(host, ip_version, timeout, nameserver, cancel)
    return resolve_system(host, port, ip_version, timeout, cancel)


def connect(address: Address, port: int, timeout: float,
            cancel: CancelToken | None = None) -> socket.socket:
    """Open a TCP connection to one address. Raises ConnectError (classified) or Cancelled."""
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


def _connect_summary(kind: ConnectKind, address: Address, port: int, timeout: float) -> str:
    where = address.display(port)
    return {
        ConnectKind.REFUSED: f"{where} refused the connection (nothing is listening on that "
                             "port)",
        ConnectKind.TIMEOUT: f"{where} did not answer within {timeout:g} s",
        ConnectKind.UNREACHABLE: f"{where} is unreachable from this computer",
    }[kind]
