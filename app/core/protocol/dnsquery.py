"""Record lookups (MX, TXT, SRV, PTR, A/AAAA) with dnspython, bounded, cancellable, classified.

Used by the domain health, settings discovery and port checks. ``nameserver`` ("ip" or "ip:port")
asks that server directly (how the tests point everything at their loopback DNS server); empty
means the system's configured name servers (/etc/resolv.conf, the Windows registry).

A lookup returns a :class:`Answer`: ``status`` is "ok" (records found), "nxdomain" (the name
does not exist), "nodata" (the name exists, no record of that type), "timeout" or "error".
Callers decide what each one means for their step; nothing here raises for DNS outcomes.
"""

from __future__ import annotations

import concurrent.futures
import ipaddress
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

from .. import background
from ..background import run_parallel
from ..cancel import Cancelled, CancelToken
from .net import parse_nameserver

__all__ = ["Answer", "Resolver", "reverse_name", "run_parallel"]  # run_parallel: see background

AnswerStatus = Literal["ok", "nxdomain", "nodata", "timeout", "error"]


@dataclass(frozen=True)
class Answer:
    name: str
    rdtype: str
    status: AnswerStatus
    records: tuple[Any, ...] = ()  # MX: (pref, host); SRV: (prio, weight, port, target); else str
    error: str = ""

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    @property
    def missing(self) -> bool:
        """The record does not exist (as opposed to: DNS failed to say)."""
        return self.status in ("nxdomain", "nodata")

    def describe(self) -> str:
        return {
            "ok": f"{len(self.records)} {self.rdtype} record(s)",
            "nxdomain": f"{self.name} does not exist",
            "nodata": f"{self.name} has no {self.rdtype} record",
            "timeout": f"the DNS server did not answer for {self.name} {self.rdtype}",
            "error": f"the DNS lookup of {self.name} {self.rdtype} failed ({self.error})",
        }[self.status]


def _text(name: Any) -> str:
    return str(name.to_text(omit_final_dot=True)) if hasattr(name, "to_text") else str(name)


@dataclass
class Resolver:
    """A small, thread-safe DNS client: one per run. Answers are cached for the run."""

    nameserver: str = ""
    timeout: float = 5.0
    cancel: CancelToken | None = None
    queries: int = 0
    _cache: dict[tuple[str, str], Answer] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _resolver: Any = None

    def _dns(self) -> Any:
        import dns.resolver  # lazy: the default connection check needs no dnspython

        if self._resolver is None:
            if self.nameserver:
                host, port = parse_nameserver(self.nameserver)
                res = dns.resolver.Resolver(configure=False)
                res.nameservers = [host]
                res.port = port
            else:
                res = dns.resolver.Resolver()
            res.lifetime = self.timeout
            res.timeout = min(self.timeout, 2.0)
            res.retry_servfail = False
            self._resolver = res
        return self._resolver

    def lookup(self, name: str, rdtype: str) -> Answer:
        name = name.strip().rstrip(".").lower()
        key = (name, rdtype)
        with self._lock:
            cached = self._cache.get(key)
        if cached is not None:
            return cached
        if self.cancel is not None:
            self.cancel.check()
        answer = self._lookup(name, rdtype)
        with self._lock:
            self._cache[key] = answer
            self.queries += 1
        return answer

    def _lookup(self, name: str, rdtype: str) -> Answer:
        import dns.exception
        import dns.name
        import dns.resolver

        try:
            res = self._dns()
        except ValueError as exc:
            return Answer(name, rdtype, "error", error=f"bad name server: {exc}")
        try:
            result = background.call(
                lambda: res.resolve(dns.name.from_text(name), rdtype, raise_on_no_answer=False,
                                    search=False), self.timeout + 0.5, self.cancel,
                name="smtp-doctor-dns")
        except background.DeadlineExceeded:
            return Answer(name, rdtype, "timeout")
        except Cancelled:
            raise
        except dns.resolver.NXDOMAIN:
            return Answer(name, rdtype, "nxdomain")
        except dns.exception.Timeout:
            return Answer(name, rdtype, "timeout")
        except dns.resolver.NoNameservers:
            return Answer(name, rdtype, "error", error="the DNS server failed (SERVFAIL)")
        except (dns.name.LabelTooLong, dns.name.EmptyLabel, dns.name.NameTooLong):
            return Answer(name, rdtype, "nxdomain", error="not a valid DNS name")
        except Exception as error:  # any other failure of the lookup, by its type
            return Answer(name, rdtype, "error", error=type(error).__name__)
        rrset = result.rrset
        if rrset is None:
            return Answer(name, rdtype, "nodata")
        return Answer(name, rdtype, "ok", tuple(_convert(rdtype, r) for r in rrset))

    def lookup_many(self, queries: Iterable[tuple[str, str]]) -> list[Answer]:
        """Several lookups in parallel (one deadline each); answers in the order asked."""
        items = list(queries)
        if len(items) <= 1:
            return [self.lookup(n, t) for n, t in items]
        # A bounded pool: the list may be long (DKIM selectors); each lookup has its own deadline.
        with concurrent.futures.ThreadPoolExecutor(min(16, len(items)),
                                                   thread_name_prefix="smtp-doctor-dns") as pool:
            futures = [pool.submit(self.lookup, n, t) for n, t in items]
            return [f.result() for f in futures]

    # -- conveniences --------------------------------------------------------------------------
    def txt(self, name: str) -> Answer:
        return self.lookup(name, "TXT")

    def addresses(self, host: str) -> tuple[list[str], Answer]:
        """IPv6 and IPv4 addresses of ``host`` (an IP literal is returned as is)."""
        try:
            return [str(ipaddress.ip_address(host))], Answer(host, "A", "ok", (host,))
        except ValueError:
            pass
        v6, v4 = self.lookup_many([(host, "AAAA"), (host, "A")])
        found = [str(r) for r in v6.records] + [str(r) for r in v4.records]
        if found:
            return found, Answer(host, "A/AAAA", "ok", tuple(found))
        for answer in (v4, v6):
            if answer.status in ("timeout", "error"):
                return [], answer
        worst = v4 if v4.status == "nxdomain" else v6
        return [], Answer(host, "A/AAAA", worst.status)


def _convert(rdtype: str, rdata: Any) -> Any:
    if rdtype == "MX":
        return (int(rdata.preference), _text(rdata.exchange))
    if rdtype == "SRV":
        return (int(rdata.priority), int(rdata.weight), int(rdata.port), _text(rdata.target))
    if rdtype == "TXT":
        return b"".join(rdata.strings).decode("utf-8", "replace")
    if rdtype in ("PTR", "CNAME", "NS"):
        return _text(rdata.target)
    if rdtype in ("A", "AAAA"):
        return str(rdata.address)
    return rdata.to_text()


def reverse_name(ip: str) -> str:
    """1.2.3.4 -> 4.3.2.1.in-addr.arpa (and ip6.arpa for IPv6)."""
    return ipaddress.ip_address(ip).reverse_pointer
