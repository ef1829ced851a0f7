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
from ..text.i18n import msg, msg_n
from .net import parse_nameserver

# run_parallel: see background
__all__ = ["Answer", "Resolver", "SecureAnswer", "reverse_name", "run_parallel"]

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
        if self.status == "ok":
            return msg_n("{n} {type} record", "{n} {type} records", len(self.records),
                         type=self.rdtype)
        if self.status == "nxdomain":
            return msg("{name} does not exist", name=self.name)
        if self.status == "nodata":
            return msg("{name} has no {type} record", name=self.name, type=self.rdtype)
        if self.status == "timeout":
            return msg("the DNS server did not answer for {name} {type}", name=self.name,
                       type=self.rdtype)
        return msg("the DNS lookup of {name} {type} failed ({error})", name=self.name,
                   type=self.rdtype, error=self.error)


@dataclass(frozen=True)
class SecureAnswer:
    """A lookup asked with the DNSSEC OK bit (RFC 3225 / 4035): what the resolver said about
    the answer's authenticity. ``ad``: the resolver validated it (Authenticated Data, RFC 4035
    §3.2.3 — meaningful only from a validating resolver you trust); ``signed``: RRSIG records
    came with it; ``signer``: the zone that signed it; ``servfail``: the resolver answered
    SERVFAIL (with a validating resolver, often a signature that does not verify: bogus)."""

    answer: Answer
    ad: bool = False
    signed: bool = False
    signer: str = ""
    servfail: bool = False


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
            return Answer(name, rdtype, "error", error=msg("bad name server: {error}", error=exc))
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
            return Answer(name, rdtype, "error", error=_servfail())
        except (dns.name.LabelTooLong, dns.name.EmptyLabel, dns.name.NameTooLong):
            return Answer(name, rdtype, "nxdomain", error=msg("not a valid DNS name"))
        except Exception as error:  # any other failure of the lookup, by its type
            return Answer(name, rdtype, "error", error=type(error).__name__)
        rrset = result.rrset
        if rrset is None:
            return Answer(name, rdtype, "nodata")
        return Answer(name, rdtype, "ok", tuple(_convert(rdtype, r) for r in rrset))

    def secure_lookup(self, name: str, rdtype: str, *,
                      checking_disabled: bool = False) -> SecureAnswer:
        """``name rdtype`` asked with DO and AD set (and CD when ``checking_disabled``: the
        resolver then returns data even when its signatures fail). Not cached."""
        name = name.strip().rstrip(".").lower()
        if self.cancel is not None:
            self.cancel.check()
        try:
            res = self._dns()
        except ValueError as exc:
            return SecureAnswer(Answer(name, rdtype, "error",
                                       error=msg("bad name server: {error}", error=exc)))
        servers = [str(s) for s in res.nameservers]
        if not servers:
            return SecureAnswer(Answer(name, rdtype, "error",
                                       error=msg("no DNS server configured")))
        try:
            result: SecureAnswer = background.call(
                lambda: self._secure(servers[0], int(res.port), name, rdtype,
                                     checking_disabled), self.timeout + 0.5, self.cancel,
                name="smtp-doctor-dns")
        except background.DeadlineExceeded:
            return SecureAnswer(Answer(name, rdtype, "timeout"))
        with self._lock:
            self.queries += 1
        return result

    def _secure(self, server: str, port: int, name: str, rdtype: str,
                checking_disabled: bool) -> SecureAnswer:
        import dns.exception
        import dns.flags
        import dns.message
        import dns.name
        import dns.query
        import dns.rcode
        import dns.rdatatype

        try:
            query = dns.message.make_query(dns.name.from_text(name), rdtype, use_edns=0,
                                           want_dnssec=True, payload=1232)
        except (dns.name.LabelTooLong, dns.name.EmptyLabel, dns.name.NameTooLong):
            return SecureAnswer(Answer(name, rdtype, "nxdomain", error=msg("not a valid DNS name")))
        query.flags |= dns.flags.RD | dns.flags.AD
        if checking_disabled:
            query.flags |= dns.flags.CD
        try:
            response, _tcp = dns.query.udp_with_fallback(query, server, self.timeout, port=port)
        except dns.exception.Timeout:
            return SecureAnswer(Answer(name, rdtype, "timeout"))
        except Exception as error:  # any other failure of the exchange, by its type
            return SecureAnswer(Answer(name, rdtype, "error", error=type(error).__name__))
        rcode = response.rcode()
        ad = bool(response.flags & dns.flags.AD)
        if rcode == dns.rcode.SERVFAIL:
            return SecureAnswer(Answer(name, rdtype, "error",
                                       error=_servfail()), servfail=True)
        if rcode == dns.rcode.NXDOMAIN:
            return SecureAnswer(Answer(name, rdtype, "nxdomain"), ad=ad)
        if rcode != dns.rcode.NOERROR:
            return SecureAnswer(Answer(name, rdtype, "error", error=dns.rcode.to_text(rcode)))
        wanted = dns.rdatatype.from_text(rdtype)
        records: list[Any] = []
        signer = ""
        for rrset in response.answer:
            if rrset.rdtype == wanted:
                records += [_convert(rdtype, r) for r in rrset]
            elif rrset.rdtype == dns.rdatatype.RRSIG:
                for sig in rrset:
                    signer = signer or _text(sig.signer)
        status: AnswerStatus = "ok" if records else "nodata"
        if not signer:  # a signed negative answer carries its RRSIGs in the authority section
            for rrset in response.authority:
                if rrset.rdtype == dns.rdatatype.RRSIG:
                    signer = _text(next(iter(rrset)).signer)
        return SecureAnswer(Answer(name, rdtype, status, tuple(records)), ad=ad,
                            signed=bool(signer), signer=signer.lower())

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


def _servfail() -> str:
    return msg("the DNS server failed (SERVFAIL)")
