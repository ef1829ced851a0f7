"""A tiny authoritative DNS server on loopback (UDP and TCP), built with dnspython.

``DnsServer(records, servfail=..., silent=...)`` answers from ``records``:

* name in ``servfail`` -> SERVFAIL; name in ``silent`` -> no answer at all (client times out);
* name in ``records`` -> NOERROR with the rdatas of the asked type (empty answer when the type
  is missing: "no address"); a "CNAME" entry is followed within ``records``;
* any other name -> NXDOMAIN.

Point dnspython at it with ``resolver.nameservers = [srv.host]; resolver.port = srv.port``.

DNSSEC (``signed=``, ``delegated=``, ``bogus=``, ``validating=``): every zone apex in ``signed``
gets its own ECDSA P-256 key (``dns.dnssec`` from dnspython signs); its DNSKEY is served at the
apex and each answer under it carries RRSIGs when the query sets the DO bit. ``bogus`` zones
are signed with a key that is not the published one. ``delegated`` zones have a DS (made from
their key) served for the apex, as a parent would. With ``validating=True`` the server also
plays a validating resolver whose trust reaches the DS records it serves: for an answer in a
delegated signed zone it verifies the RRSIGs against the DNSKEY (``dns.dnssec.validate``) and
sets AD when they verify, or answers SERVFAIL when they do not (unless the query sets CD) —
the flags are computed from the signatures, not declared by the test.
"""

from __future__ import annotations

import contextlib
import select
import socket
import struct
import threading
from collections.abc import Collection, Mapping
from typing import Any, Final

import dns.dnssec
import dns.flags
import dns.message
import dns.name
import dns.rcode
import dns.rdata
import dns.rdataclass
import dns.rdatatype
import dns.rdtypes.ANY.TXT
import dns.rrset

from tests.support.servers.startstop import StartStop

Records = Mapping[str, Mapping[str, Any]]

TTL: Final = 60
POLL: Final = 0.05

DEFAULT_ZONE: Final[dict[str, dict[str, Any]]] = {
    "mail.test": {"A": ["127.0.0.1"]},
    "v6only.test": {"AAAA": ["::1"]},
    "noaddr.test": {"TXT": ["v=spf1 -all"]},
}
DEFAULT_SERVFAIL: Final = frozenset({"servfail.test"})
DEFAULT_SILENT: Final = frozenset({"silent.test"})


def _norm(name: str) -> str:
    return name.rstrip(".").lower()


def _fqdn(name: str) -> str:
    return name if name.endswith(".") else name + "."


def _rdatas(rdtype: str, values: Any) -> list[dns.rdata.Rdata]:
    cls = dns.rdataclass.IN
    typ = dns.rdatatype.from_text(rdtype)
    if rdtype == "CNAME":
        return [dns.rdata.from_text(cls, typ, _fqdn(values))]
    out: list[dns.rdata.Rdata] = []
    for value in values:
        if rdtype == "MX":
            pref, host = value
            out.append(dns.rdata.from_text(cls, typ, f"{int(pref)} {_fqdn(host)}"))
        elif rdtype == "SRV":
            prio, weight, port, target = value
            out.append(dns.rdata.from_text(cls, typ, f"{prio} {weight} {port} {_fqdn(target)}"))
        elif rdtype == "TXT":
            text = value.encode() if isinstance(value, str) else value
            chunks = [text[i : i + 255] for i in range(0, len(text), 255)] or [b""]
            out.append(dns.rdtypes.ANY.TXT.TXT(cls, typ, chunks))
        elif rdtype in ("PTR", "NS"):
            out.append(dns.rdata.from_text(cls, typ, _fqdn(value)))
        else:
            out.append(dns.rdata.from_text(cls, typ, str(value)))
    return out


class _ZoneKey:
    """A zone's signing key; a bogus zone signs with another key than the one it publishes."""

    def __init__(self, apex: str, bogus: bool) -> None:
        from cryptography.hazmat.primitives.asymmetric import ec

        self.origin = dns.name.from_text(apex)
        published = ec.generate_private_key(ec.SECP256R1())
        self.private = ec.generate_private_key(ec.SECP256R1()) if bogus else published
        self.dnskey = dns.dnssec.make_dnskey(published.public_key(),
                                             dns.dnssec.Algorithm.ECDSAP256SHA256, flags=257)

    def dnskey_rrset(self) -> dns.rrset.RRset:
        return dns.rrset.from_rdata_list(self.origin, TTL, [self.dnskey])

    def sign(self, rrset: dns.rrset.RRset) -> dns.rrset.RRset:
        # the RRSIG names the published key's tag, so a bogus zone's signature fails to verify
        rrsig = dns.dnssec.sign(rrset, self.private, self.origin, self.dnskey, lifetime=3600)
        return dns.rrset.from_rdata_list(rrset.name, TTL, [rrsig])


class DnsServer(StartStop):
    """Threaded loopback DNS server on port 0 (same port for UDP and TCP); context manager."""

    def __init__(
        self,
        records: Records | None = None,
        *,
        servfail: Collection[str] = (),
        silent: Collection[str] = (),
        host: str = "127.0.0.1",
        tcp: bool = True,
        signed: Collection[str] = (),
        delegated: Collection[str] = (),
        bogus: Collection[str] = (),
        validating: bool = False,
        port: int = 0,
    ) -> None:
        self.records: dict[str, Mapping[str, Any]] = {
            _norm(k): v for k, v in (records or {}).items()
        }
        self.servfail = {_norm(n) for n in servfail}
        self.silent = {_norm(n) for n in silent}
        self.host = host
        self.port = port  # 0: a free one; 53 for resolvers that can't be told a port
        self.tcp = tcp
        self.queries: list[tuple[str, str, str]] = []  # (transport, name, type)
        self.signed = {_norm(n) for n in signed}
        self.delegated = {_norm(n) for n in delegated}
        self.bogus = {_norm(n) for n in bogus}
        self.validating = validating
        self._keys = {apex: _ZoneKey(apex, apex in self.bogus) for apex in self.signed}
        self.queries_flags: list[tuple[str, bool, bool]] = []  # (name, DO, CD)
        self._lock = threading.Lock()
        self._stopped = threading.Event()
        self._udp: socket.socket | None = None
        self._tcp: socket.socket | None = None
        self._threads: list[threading.Thread] = []

    @property
    def nameserver(self) -> str:
        """ "HOST:PORT" (IPv6 hosts in brackets)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"

    def start(self) -> None:
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        # Find a port free for both UDP and TCP.
        for _ in range(20):
            udp = socket.socket(family, socket.SOCK_DGRAM)
            udp.bind((self.host, self.port))
            port = udp.getsockname()[1]
            if not self.tcp:
                break
            tcp = socket.socket(family, socket.SOCK_STREAM)
            try:
                tcp.bind((self.host, port))
            except OSError:
                tcp.close()
                udp.close()
                continue
            tcp.listen(16)
            self._tcp = tcp
            break
        else:  # pragma: no cover
            raise RuntimeError("no port free for both UDP and TCP")
        self._udp = udp
        self.port = port
        self._spawn(self._serve_udp, "udp")
        if self._tcp is not None:
            self._spawn(self._serve_tcp, "tcp")

    def _spawn(self, target: Any, kind: str) -> None:
        thread = threading.Thread(target=target, name=f"DnsServer-{self.port}-{kind}", daemon=True)
        self._threads.append(thread)
        thread.start()

    def stop(self) -> None:
        self._stopped.set()
        for thread in self._threads:
            thread.join(5)
        for sock in (self._udp, self._tcp):
            if sock is not None:
                sock.close()
        self._udp = self._tcp = None
        alive = [t.name for t in self._threads if t.is_alive()]
        self._threads = []
        if alive:
            raise RuntimeError(f"DNS server threads did not stop: {alive}")

    # ------------------------------------------------------------------ answering
    def respond(self, wire: bytes, transport: str) -> bytes | None:
        """The response to one query in wire format, or None to stay silent."""
        try:
            query = dns.message.from_wire(wire)
        except Exception:
            return None
        if not query.question:
            return None
        question = query.question[0]
        name = _norm(question.name.to_text())
        rdtype = dns.rdatatype.to_text(question.rdtype)
        with self._lock:
            self.queries.append((transport, name, rdtype))
        want_dnssec = bool(query.ednsflags & dns.flags.DO)
        checking_disabled = bool(query.flags & dns.flags.CD)
        with self._lock:
            self.queries_flags.append((name, want_dnssec, checking_disabled))
        if name in self.silent:
            return None
        response = dns.message.make_response(query)
        response.flags |= dns.flags.AA
        if name in self.servfail:
            response.set_rcode(dns.rcode.SERVFAIL)
        elif self._answer_dnssec_records(response, name, rdtype):
            pass
        elif name not in self.records:
            response.set_rcode(dns.rcode.NXDOMAIN)
        else:
            self._answer(response, name, rdtype)
        if self.signed:
            self._sign(response, want_dnssec)
            if self.validating and not self._validate(response) and not checking_disabled:
                response = dns.message.make_response(query)
                response.set_rcode(dns.rcode.SERVFAIL)
        return response.to_wire()

    # ------------------------------------------------------------------ DNSSEC
    def _apex_of(self, name: str) -> str | None:
        """The signed zone ``name`` is in (the longest apex), or None."""
        labels = name.split(".")
        for i in range(len(labels)):
            candidate = ".".join(labels[i:])
            if candidate in self.signed:
                return candidate
        return None

    def _answer_dnssec_records(self, response: dns.message.Message, name: str,
                               rdtype: str) -> bool:
        """DNSKEY at a signed apex, DS for a delegated one (the parent's record)."""
        owner = dns.name.from_text(name)
        if rdtype == "DNSKEY" and name in self._keys:
            response.answer.append(self._keys[name].dnskey_rrset())
            return True
        if rdtype == "DS" and name in self.delegated and name in self._keys:
            ds = dns.dnssec.make_ds(owner, self._keys[name].dnskey, "SHA256")
            response.answer.append(dns.rrset.from_rdata_list(owner, TTL, [ds]))
            return True
        return False

    def _sign(self, response: dns.message.Message, want_dnssec: bool) -> None:
        if not want_dnssec:
            return
        signatures = []
        for rrset in response.answer:
            name = _norm(rrset.name.to_text())
            apex = self._apex_of(name)
            if apex is None or (rrset.rdtype == dns.rdatatype.DS and name == apex):
                continue  # unsigned zone; a DS belongs to the (unsigned) parent
            signatures.append(self._keys[apex].sign(rrset))
        response.answer.extend(signatures)

    def _validate(self, response: dns.message.Message) -> bool:
        """Play a validating resolver: AD when every answer RRset is in a delegated signed
        zone and its signature verifies; False when one in such a zone does not verify."""
        secure = bool(response.answer)
        for rrset in [r for r in response.answer if r.rdtype != dns.rdatatype.RRSIG]:
            name = _norm(rrset.name.to_text())
            apex = self._apex_of(name)
            if apex is None or apex not in self.delegated or (
                    rrset.rdtype == dns.rdatatype.DS and name == apex):
                secure = False
                continue
            key = self._keys[apex]
            try:
                dns.dnssec.validate(rrset, key.sign(rrset), {key.origin: key.dnskey_rrset()})
            except dns.dnssec.ValidationFailure:
                return False
        if secure:
            response.flags |= dns.flags.AD
        return True

    def _answer(self, response: dns.message.Message, name: str, rdtype: str) -> None:
        seen: set[str] = set()
        while name in self.records and name not in seen:
            seen.add(name)
            entry = self.records[name]
            owner = dns.name.from_text(name)
            if "CNAME" in entry and rdtype != "CNAME":
                rrset = dns.rrset.from_rdata_list(owner, TTL, _rdatas("CNAME", entry["CNAME"]))
                response.answer.append(rrset)
                name = _norm(entry["CNAME"])
                continue
            if rdtype in entry:
                rdatas = _rdatas(rdtype, entry[rdtype])
                if rdatas:
                    response.answer.append(dns.rrset.from_rdata_list(owner, TTL, rdatas))
            return

    # ------------------------------------------------------------------ transports
    def _serve_udp(self) -> None:
        sock = self._udp
        assert sock is not None
        while not self._stopped.is_set():
            readable, _, _ = select.select([sock], [], [], POLL)
            if not readable:
                continue
            try:
                wire, addr = sock.recvfrom(65535)
            except OSError:
                continue
            reply = self.respond(wire, "udp")
            if reply is not None:
                with contextlib.suppress(OSError):
                    sock.sendto(reply, addr)

    def _serve_tcp(self) -> None:
        listener = self._tcp
        assert listener is not None
        held: list[socket.socket] = []  # connections asking silent names stay open
        try:
            while not self._stopped.is_set():
                readable, _, _ = select.select([listener], [], [], POLL)
                if not readable:
                    continue
                try:
                    conn, _addr = listener.accept()
                except OSError:
                    continue
                if not self._serve_tcp_conn(conn):
                    held.append(conn)
                else:
                    conn.close()
        finally:
            for conn in held:
                conn.close()

    def _serve_tcp_conn(self, conn: socket.socket) -> bool:
        """Answer queries on one TCP connection; False if it must be held open (silent)."""
        conn.settimeout(2.0)
        try:
            while True:
                header = self._recv_exact(conn, 2)
                if header is None:
                    return True
                (length,) = struct.unpack("!H", header)
                wire = self._recv_exact(conn, length)
                if wire is None:
                    return True
                reply = self.respond(wire, "tcp")
                if reply is None:
                    return False
                conn.sendall(struct.pack("!H", len(reply)) + reply)
        except OSError:
            return True

    @staticmethod
    def _recv_exact(conn: socket.socket, n: int) -> bytes | None:
        buf = b""
        while len(buf) < n:
            chunk = conn.recv(n - len(buf))
            if not chunk:
                return None
            buf += chunk
        return buf


def default_dns_server() -> DnsServer:
    """The default test zone: mail.test A, v6only.test AAAA, noaddr.test TXT only,
    servfail.test SERVFAIL, silent.test silent, anything else NXDOMAIN."""
    return DnsServer(DEFAULT_ZONE, servfail=DEFAULT_SERVFAIL, silent=DEFAULT_SILENT)
