"""TLS in depth: the whole presented chain, expiry, protocol and cipher, chain completeness and
interception, for one SMTP server (implicit TLS, or STARTTLS after EHLO).

Steps: ``resolve`` → ``connect`` → ``handshake`` (verified; on a certificate error the chain is
read again without verification, and the step fails with the reason) → ``chain`` → ``expiry``
→ ``protocol`` → ``chain_complete`` → ``interception``. A failed verification does not stop the
later steps: they describe what the server really presents.

The presented and verified chains come from ``protocol/tls.py`` (``presented_chain``,
``verified_chain``); interception is judged there too (``interception_facts``, one list in
resources/interception.toml for this tool and the connection check): a verified chain through
security software is a warning (``tls.intercepted_by_security_software``), an unverified one
a failure (``tls.cert_intercepted``), a root that is no public root and names no product
``tls.local_root``.
"""

from __future__ import annotations

import itertools
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..cancel import CancelToken
from ..errors import CertificateRejected, CertProblem, CheckFailure, ConnectError, OldProtocol
from ..model import (
    Event,
    IPVersion,
    Proxy,
    RunResult,
    Security,
    Status,
    StepResult,
    Timeouts,
    proxy_secrets,
    proxy_text,
)
from ..protocol.net import Address, connect, resolve
from ..protocol.proxy import describe as describe_proxy
from ..protocol.smtp import Channel, Session
from ..protocol.tls import (
    advice_facts,
    certificate_facts,
    interception_facts,
    make_context,
    presented_chain,
    root_is_public,
    verified_chain,
)
from ..protocol.transcript import Transcript
from ..runner import Outcome, Step, execute
from ..text.i18n import date_time, msg, msg_n
from .ports import address_list

WARN_DAYS = 14


@dataclass(frozen=True)
class TlsInfoOptions:
    host: str
    port: int = 465
    security: Security | None = None  # None: SSL/TLS on 465, STARTTLS on any other port
    ca_file: str = ""
    nameserver: str = ""
    proxy: Proxy | None = None  # every connection goes through it
    ip_version: IPVersion = IPVersion.AUTO
    timeouts: Timeouts = field(default_factory=lambda: Timeouts(connect=10, reply=15, step=30,
                                                                dns=5))
    ehlo_name: str = "smtp-doctor.invalid"
    warn_days: int = WARN_DAYS

    @property
    def mode(self) -> Security:
        if self.security is not None and self.security is not Security.NONE:
            return self.security
        return Security.TLS if self.port == 465 else Security.STARTTLS

    def public_dict(self) -> dict[str, Any]:
        return {"host": self.host, "port": self.port, "security": self.mode.value,
                "ca_file": self.ca_file, "nameserver": self.nameserver,
                "proxy": proxy_text(self.proxy),
                "ip_version": self.ip_version.value}


def chain_links(ders: list[bytes]) -> list[bool]:
    """For each adjacent pair: is certificate i signed by certificate i+1?"""
    from cryptography import x509

    certs = [x509.load_der_x509_certificate(d) for d in ders]
    links: list[bool] = []
    for child, parent in itertools.pairwise(certs):
        try:
            child.verify_directly_issued_by(parent)
            links.append(True)
        except Exception:
            links.append(False)
    return links


def is_self_signed(der: bytes) -> bool:
    from cryptography import x509

    cert = x509.load_der_x509_certificate(der)
    if cert.issuer != cert.subject:
        return False
    try:
        cert.verify_directly_issued_by(cert)
    except Exception:
        return False
    return True


def chain_completeness(presented: list[bytes], verified: list[bytes]) -> dict[str, Any]:
    """Did the server send every certificate between its own and a root?"""
    links = chain_links(presented)
    facts: dict[str, Any] = {"presented": len(presented), "in_order": all(links)}
    if verified:
        added = [d for d in verified if d not in presented]
        intermediates = [d for d in added if not is_self_signed(d)]
        facts["verified_length"] = len(verified)
        facts["added_from_trust_store"] = len(added)
        facts["complete"] = not intermediates
        facts["missing_intermediates"] = len(intermediates)
    elif presented and is_self_signed(presented[-1]) and all(links):
        facts["complete"] = True
    else:
        facts["complete"] = None  # unknown: the issuer is not known to this computer
    return facts


def _name(cert: dict[str, Any]) -> str:
    """Who a certificate is for, as it says (a certificate may have no common name)."""
    sans = cert.get("sans") or []
    return str(cert.get("subject_cn") or (sans[0] if sans else "") or cert.get("subject") or
               cert.get("sha256", "")[:16])


class TlsInfoCheck:
    def __init__(self, options: TlsInfoOptions, cancel: CancelToken) -> None:
        self.o = options
        self.cancel = cancel
        self.transcript = Transcript(proxy_secrets(self.o.proxy))
        self.addresses: list[Address] = []
        self.address: Address | None = None
        self.step_deadline = time.monotonic() + options.timeouts.step
        self.verified = False
        self.presented: list[bytes] = []
        self.verified_ders: list[bytes] = []
        self.certs: list[dict[str, Any]] = []
        self.tls_version = ""
        self.cipher: tuple[str, str, int] | None = None

    @property
    def target(self) -> dict[str, Any]:
        return self.o.public_dict()

    def steps(self) -> list[Step]:
        t = self.o.timeouts
        shaking = (msg("the greeting and the encryption") if self.o.mode is Security.STARTTLS
                   else msg("the encryption to start"))
        return [Step("resolve", msg("Look up the server"), self.step_resolve,
                     msg("the name lookup"), min(t.dns, t.step)),
                Step("connect", msg("Connect to port {port}", port=self.o.port),
                     self.step_connect, msg("the connection"), min(t.connect, t.step)),
                Step("handshake", msg("TLS handshake ({label})", label=self.o.mode.label),
                     self.step_handshake, shaking, t.step),
                Step("chain", msg("Certificate chain"), self.step_chain),
                Step("expiry", msg("Days until expiry"), self.step_expiry),
                Step("protocol", msg("Protocol and cipher"), self.step_protocol),
                Step("chain_complete", msg("Is the chain complete?"), self.step_complete),
                Step("interception", msg("Interception check"), self.step_interception)]

    def begin_step(self) -> None:
        self.step_deadline = time.monotonic() + self.o.timeouts.step

    def close(self) -> None:
        pass  # every handshake closes its own connection

    def advice_context(self) -> dict[str, Any]:
        ctx: dict[str, Any] = {"host": self.o.host, "port": self.o.port,
                               "security": self.o.mode.label}
        if self.certs:
            ctx.update(advice_facts(self.certs[0], self.o.host))
        if self.tls_version:
            ctx["tls_version"] = self.tls_version
        return ctx

    def verdict(self, steps: list[StepResult], status: Status, total_ms: float) -> str:
        problems = [s for s in steps if s.status in (Status.FAIL, Status.WARN) and s.advice]
        if problems:
            worst = max(problems, key=lambda s: s.status.rank)
            assert worst.advice is not None
            if len(problems) > 1:
                return msg_n("{title} (and {n} more)", "{title} (and {n} more)",
                             len(problems) - 1, title=worst.advice.title)
            return worst.advice.title
        if self.certs:
            leaf = self.certs[0]
            return msg_n("TLS is healthy: {version}, certificate for {names} valid for {n} more "
                         "day, chain complete.",
                         "TLS is healthy: {version}, certificate for {names} valid for {n} more "
                         "days, chain complete.", int(leaf.get("days_left") or 0),
                         version=self.tls_version,
                         names=", ".join(leaf.get("sans") or [leaf.get("subject_cn", "")]))
        return msg("TLS check finished.")

    # -- helpers ---------------------------------------------------------------------------------
    def _remaining(self) -> float:
        return max(0.001, self.step_deadline - time.monotonic())

    def _handshake(self, context: ssl.SSLContext, *, verified: bool = False) -> None:
        """A new session as far as TLS with ``context``; record what the server presents (and,
        for a verified handshake, the chain OpenSSL built). The connection is closed after."""
        assert self.address is not None
        t = self.o.timeouts
        sock = connect(self.address, self.o.port, min(t.connect, self._remaining()), self.cancel,
                       self.o.proxy, self.o.nameserver)
        channel = Channel(sock, self.transcript, self.cancel, t.reply, self.step_deadline)
        with Session(channel, self.o.ehlo_name, self.o.host) as session:
            session.open(self.o.mode, context, until="tls")
            tls_sock = session.tls_sock
            assert tls_sock is not None
            self.presented = presented_chain(tls_sock)
            self.tls_version = tls_sock.version() or ""
            self.cipher = tls_sock.cipher()
            if verified:
                self.verified_ders = verified_chain(tls_sock)
        self.certs = [certificate_facts(d, self.o.host) for d in self.presented]

    # -- steps -----------------------------------------------------------------------------------
    def step_resolve(self) -> Outcome:
        o = self.o
        self.addresses = resolve(o.host, o.port, o.ip_version, o.timeouts.dns, o.nameserver,
                                 self.cancel, o.proxy)
        return Outcome(Status.PASS, msg("{host} → {addresses}", host=o.host,
                                        addresses=address_list(self.addresses)),
                       {"addresses": [a.ip for a in self.addresses]})

    def step_connect(self) -> Outcome:
        failure: ConnectError | None = None
        for address in self.addresses:
            try:
                sock = connect(address, self.o.port, min(self.o.timeouts.connect,
                                                          self._remaining()), self.cancel,
                               self.o.proxy, self.o.nameserver)
            except ConnectError as exc:
                failure = exc
                continue
            self.cancel.unregister(sock)
            sock.close()
            self.address = address
            where = address.display(self.o.port)
            if self.o.proxy is None:
                return Outcome(Status.PASS, msg("{address} accepts connections", address=where),
                               {"address": address.ip})
            via = describe_proxy(self.o.proxy, self.o.host)
            return Outcome(Status.PASS, msg("{address} accepts connections through the proxy "
                                            "{proxy}", address=where, proxy=via),
                           {"address": address.ip, "proxy": via})
        raise failure or CheckFailure("tcp.timeout", msg("No time was left to connect"))

    def step_handshake(self) -> Outcome:
        try:
            self._handshake(make_context(verify=True, ca_file=self.o.ca_file), verified=True)
        except OldProtocol as exc:
            return self._old_protocol(exc)
        except CertificateRejected as exc:
            failure = exc
        else:
            self.verified = True
            return Outcome(Status.PASS, msg("Verified: {version}, the certificate is trusted and "
                                            "valid for {host}", version=self.tls_version,
                                            host=self.o.host),
                           {"tls_version": self.tls_version})
        # Read what the server presents, without verification.
        self._handshake(make_context(verify=False))
        facts = dict(failure.facts)
        leaf = self.certs[0] if self.certs else {}
        problem = failure.problem
        summary = failure.summary
        if problem is CertProblem.UNTRUSTED and any(c.get("interception_product")
                                                    for c in self.certs):
            problem = CertProblem.INTERCEPTED
            summary = msg("The certificate comes from {product} interception product, not from "
                          "the mail server", product=leaf["issuer_org"]) \
                if leaf.get("issuer_org") else msg("The certificate comes from an interception "
                                                   "product, not from the mail server")
        if leaf:
            facts.update(advice_facts(leaf, self.o.host))
        return Outcome(Status.FAIL, summary, facts, problem.value)

    def _old_protocol(self, failure: OldProtocol) -> Outcome:
        try:
            self._handshake(make_context(verify=False, legacy=True))
        except CheckFailure:
            raise failure from None
        return Outcome(Status.FAIL, msg("The server only speaks {version}, which this app (and "
                                        "current mail programs) no longer accept",
                                        version=self.tls_version),
                       {"tls_version": self.tls_version}, "tls.old_protocol")

    def _need_chain(self) -> None:
        if not self.certs:
            raise CheckFailure("tls.handshake_failed", msg("No certificate was received"))

    def step_chain(self) -> Outcome:
        self._need_chain()
        chain = [{**cert, "role": ("server" if i == 0 else "root" if cert.get("self_signed")
                                   else "intermediate")} for i, cert in enumerate(self.certs)]
        shown = []
        for cert in chain:
            name = cert.get("subject_cn") or cert.get("subject")
            shown.append(msg("server: {name}", name=name) if cert["role"] == "server" else
                         msg("root: {name}", name=name) if cert["role"] == "root" else
                         msg("intermediate: {name}", name=name))
        leaf = self.certs[0]
        summary = msg_n("{n} certificate: {chain}; issued by {issuer}",
                        "{n} certificates: {chain}; issued by {issuer}", len(self.certs),
                        chain=" ← ".join(shown),
                        issuer=leaf.get("issuer_org") or leaf.get("issuer_cn"))
        return Outcome(Status.PASS, summary, {"chain": chain})

    def step_expiry(self) -> Outcome:
        self._need_chain()
        soonest = min(self.certs, key=lambda c: c["not_after"])
        leaf = self.certs[0]
        facts = {"days_left": leaf["days_left"], "not_after": leaf["not_after"],
                 "cert_not_after": soonest["not_after"],
                 "soonest": soonest.get("subject_cn") or soonest.get("subject")}
        expired = [c for c in self.certs if c.get("expired")]
        if expired:
            return Outcome(Status.FAIL, msg("{name} expired on {date}", name=_name(expired[0]),
                                            date=date_time(expired[0]["not_after"])), facts,
                           "tls.cert_expired")
        early = [c for c in self.certs if c.get("not_yet_valid")]
        if early:
            return Outcome(Status.FAIL, msg("{name} is valid only from {date}",
                                            name=_name(early[0]),
                                            date=date_time(early[0]["not_before"])), facts,
                           "tls.cert_not_yet_valid")
        days = min(int(c["days_left"]) for c in self.certs)
        facts["days_left_min"] = days
        if days < self.o.warn_days:
            return Outcome(Status.WARN, msg_n("{name} expires in {n} day, on {date}",
                                              "{name} expires in {n} days, on {date}", days,
                                              name=_name(soonest),
                                              date=date_time(soonest["not_after"])), facts,
                           "tls.cert_expiring")
        return Outcome(Status.PASS, msg_n(
            "The server certificate is valid for {n} more day (until {date})",
            "The server certificate is valid for {n} more days (until {date})",
            int(leaf["days_left"]), date=date_time(leaf["not_after"])), facts)

    def step_protocol(self) -> Outcome:
        self._need_chain()
        name, _proto, bits = self.cipher or ("", "", 0)
        leaf = self.certs[0]
        facts = {"tls_version": self.tls_version, "cipher": name, "cipher_bits": bits,
                 "key_type": leaf.get("key_type"), "key_size": leaf.get("key_size"),
                 "signature_algorithm": leaf.get("signature_algorithm")}
        summary = msg("{version}, {cipher} ({bits}-bit); key {key}, signed with {signature}",
                      version=self.tls_version, cipher=name, bits=bits,
                      key=f"{leaf.get('key_type') or ''} {leaf.get('key_size') or ''}".strip(),
                      signature=leaf.get("signature_algorithm"))
        if self.tls_version in ("TLSv1", "TLSv1.1", "SSLv3"):
            return Outcome(Status.WARN, summary, facts, "tls.old_protocol")
        key_type, size = leaf.get("key_type", ""), leaf.get("key_size") or 0
        if (key_type in ("RSA", "DSA") and size < 2048) or (bits and bits < 128):
            return Outcome(Status.WARN, summary, facts, "tls.weak_key")
        return Outcome(Status.PASS, summary, facts)

    def step_complete(self) -> Outcome:
        self._need_chain()
        facts = chain_completeness(self.presented, self.verified_ders)
        if not facts["in_order"]:  # a line under Details, in the language in use
            facts["note"] = msg("the certificates are not in order (each should sign the one "
                                "before)")
        if facts["complete"] is True:
            if not facts["in_order"]:
                return Outcome(Status.WARN, msg("Complete: the server sends every certificate "
                                                "up to a trusted root, but not in order"),
                               facts, "tls.chain_incomplete")
            return Outcome(Status.PASS, msg("Complete: the server sends every certificate up to "
                                            "a trusted root"), facts)
        if facts["complete"] is False:
            return Outcome(Status.WARN, msg_n(
                "Incomplete: {n} intermediate certificate came from this computer's store, not "
                "from the server; other mail programs may reject the certificate",
                "Incomplete: {n} intermediate certificates came from this computer's store, not "
                "from the server; other mail programs may reject the certificate",
                int(facts["missing_intermediates"])), facts, "tls.chain_incomplete")
        return Outcome(Status.WARN, msg("Unknown: the certificate's issuer is not known to this "
                                        "computer, so an intermediate certificate may be "
                                        "missing or the issuer is not trusted"), facts,
                       "tls.chain_incomplete")

    def step_interception(self) -> Outcome:
        self._need_chain()
        facts: dict[str, Any] = {}
        if self.verified and self.verified_ders:
            found = interception_facts(self.verified_ders)
            if found:
                return Outcome(Status.WARN, msg(
                    "Verified, but through {product}: it intercepts the encrypted connection "
                    "({evidence})", product=found["interception_product"],
                    evidence=found["interception_evidence"]), found,
                    "tls.intercepted_by_security_software")
        product = next((c["interception_product"] for c in self.certs
                        if c.get("interception_product")), "")
        if product and not self.verified:
            found = interception_facts(self.presented) or {"interception_product": product}
            return Outcome(Status.FAIL, msg("The certificate was issued by {product}: it "
                                            "intercepts the encrypted connection",
                                            product=product), found, "tls.cert_intercepted")
        if self.verified and not self.o.ca_file and self.verified_ders:
            public = root_is_public(self.verified_ders[-1])
            if public is None:
                facts["local_root_check"] = msg("skipped (no public root list installed)")
            elif not public:
                from cryptography import x509

                root = x509.load_der_x509_certificate(self.verified_ders[-1])
                facts["root"] = root.subject.rfc4514_string()
                return Outcome(Status.WARN, msg("The chain is trusted only through a root "
                                                "certificate added to this computer (not a "
                                                "public one): something may be intercepting the "
                                                "connection"), facts, "tls.local_root")
        return Outcome(Status.PASS, msg("No sign of interception (no antivirus or proxy issuer)"),
                       facts)


def run_tls_info(options: TlsInfoOptions, on_event: Callable[[Event], None] | None = None,
                 cancel: CancelToken | None = None) -> RunResult:
    """Inspect the TLS of ``options.host``:``options.port`` (blocking; use a worker thread)."""
    token = cancel or CancelToken()
    return execute(TlsInfoCheck(options, token), on_event, token)
