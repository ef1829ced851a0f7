"""The connection check: resolve, connect, TLS, greeting, EHLO, STARTTLS, AUTH, MAIL, RCPT, DATA.

One method per step. A step returns an Outcome (pass or warn) or raises CheckFailure (fail).
Before naming a fix for an ambiguous symptom, a short probe on a second connection confirms it
(plain SMTP on a TLS port, TLS on a plain port, what the certificate really is).
"""

from __future__ import annotations

import contextlib
import re
import select
import socket
import ssl
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .. import background
from ..cancel import Cancelled, CancelToken
from ..errors import (
    CertificateRejected,
    CertProblem,
    CheckFailure,
    HandshakeStalled,
    NotTLS,
    OldProtocol,
    ProtocolFailure,
    TLSFailure,
)
from ..knowledge.replies import (
    Phase,
    classify_auth,
    classify_reply,
    names_blocklist,
    reply_facts,
    temporary_note,
    verdict_for,
)
from ..model import (
    AuthMethod,
    Event,
    RunResult,
    Security,
    ServerSettings,
    Status,
    StepResult,
    StopAfter,
)
from ..protocol.auth import authenticate, choose_mechanism, next_mechanism, offered_mechanisms
from ..protocol.net import Address, attempt_fact, connect, connect_first, resolve
from ..protocol.proxy import describe as describe_proxy
from ..protocol.smtp import (
    TLS_RECORD,
    Channel,
    ConnectionClosed,
    MalformedReply,
    Reply,
    ReplyTimeout,
    Session,
    wait_readable,
)
from ..protocol.tls import (
    advice_facts,
    certificate_facts,
    make_context,
    presented_chain,
    verified_certificate_facts,
    verified_interception,
)
from ..protocol.transcript import Transcript, printable
from ..runner import Outcome, Step, execute
from ..text.i18n import N_, msg, msg_n, number
from ..validate import check_address, settings_errors

if TYPE_CHECKING:
    from .delivery import DeliveryWatch

# Seconds of silence at the greeting before a second connection tries a TLS handshake (does the
# port expect implicit TLS?) while the first keeps waiting. A server that greets within it (all
# working ones on a near network) never sees the probe.
EARLY_PROBE_AFTER = 0.12
PROBE_TIMEOUT = 3.0
QUEUE_ID = re.compile(r"(?:queued as|id=|queued with id|\bQueued\b.*?\bas\b)\s*<?([\w.@-]+)>?",
                      re.IGNORECASE)
OLD_TLS = ("SSLv3", "TLSv1", "TLSv1.1")


def _human_size(size: int) -> str:
    if size >= 1024 * 1024:
        return msg("{size} MB", size=number(round(size / (1024 * 1024))))
    if size >= 1024:
        return msg("{size} KB", size=number(round(size / 1024)))
    return msg_n("{n} byte", "{n} bytes", size)


#: What a refused MAIL / RCPT / DATA / AUTH means (translated where it is shown).
_REFUSED: dict[str, str] = {
    "mail": N_("The server refused the sender"), "rcpt": N_("The server refused the recipient"),
    "data": N_("The server refused the message"), "auth": N_("The server refused the login"),
}


def _settings_summary(s: ServerSettings) -> str:
    """The first step's line: host, port, encryption and login, one whole message per case."""
    plain = s.security is Security.NONE
    if s.auth is AuthMethod.NONE:
        return msg("{host}, port {port}, no encryption", host=s.host, port=s.port) if plain \
            else msg("{host}, port {port}, {security}", host=s.host, port=s.port,
                     security=s.security.label)
    if s.auth is AuthMethod.AUTO:
        return msg("{host}, port {port}, no encryption, log in as {user} (best method)",
                   host=s.host, port=s.port, user=s.username) if plain \
            else msg("{host}, port {port}, {security}, log in as {user} (best method)",
                     host=s.host, port=s.port, security=s.security.label, user=s.username)
    return msg("{host}, port {port}, no encryption, log in as {user} ({method})", host=s.host,
               port=s.port, user=s.username, method=s.auth.sasl_name) if plain \
        else msg("{host}, port {port}, {security}, log in as {user} ({method})", host=s.host,
                 port=s.port, security=s.security.label, user=s.username,
                 method=s.auth.sasl_name)


def _connected_summary(address: Address, shown: str, proxy: str) -> str:
    """"Connected to …": the address family said in words of the sentence, never glued."""
    if address.family == socket.AF_UNSPEC:  # a name the proxy looks up
        return msg("Connected to {address} (name for the proxy) through {proxy}",
                   address=shown, proxy=proxy)
    if address.family == socket.AF_INET6:
        return msg("Connected to {address} (IPv6) through {proxy}", address=shown,
                   proxy=proxy) if proxy else msg("Connected to {address} (IPv6)", address=shown)
    return msg("Connected to {address} (IPv4) through {proxy}", address=shown,
               proxy=proxy) if proxy else msg("Connected to {address} (IPv4)", address=shown)


def _encrypted_summary(starttls: bool, version: str, cipher: str, names: list[str] | None,
                       until: str) -> str:
    """A working handshake: how, the version and cipher, and the certificate when there is one."""
    if names is None:
        return msg("Encrypted with STARTTLS: {version}, {cipher}", version=version,
                   cipher=cipher) if starttls \
            else msg("Encrypted: {version}, {cipher}", version=version, cipher=cipher)
    listed = ", ".join(names)
    if starttls:
        return msg("Encrypted with STARTTLS: {version}, {cipher}; certificate for {names} valid "
                   "until {date}", version=version, cipher=cipher, names=listed, date=until)
    return msg("Encrypted: {version}, {cipher}; certificate for {names} valid until {date}",
               version=version, cipher=cipher, names=listed, date=until)


def _old_tls_summary(starttls: bool, version: str, credentials: bool) -> str:
    """Old TLS allowed for this run: the check goes on over it (with the credentials)."""
    if starttls and credentials:
        return msg("Encrypted with STARTTLS, but only with {version}: the server offers no TLS "
                   "1.2 or newer. You allowed old TLS for this run, so your credentials are "
                   "sent over it", version=version)
    if starttls:
        return msg("Encrypted with STARTTLS, but only with {version}: the server offers no TLS "
                   "1.2 or newer. You allowed old TLS for this run, so the check goes on over "
                   "it", version=version)
    if credentials:
        return msg("Encrypted, but only with {version}: the server offers no TLS 1.2 or newer. "
                   "You allowed old TLS for this run, so your credentials are sent over it",
                   version=version)
    return msg("Encrypted, but only with {version}: the server offers no TLS 1.2 or newer. You "
               "allowed old TLS for this run, so the check goes on over it", version=version)


def _is_microsoft365(host: str) -> bool:
    from ..knowledge.providers import provider_for_host

    provider = provider_for_host(host)
    return provider is not None and provider.id == "microsoft365"


class ConnectionCheck:
    def __init__(self, settings: ServerSettings, cancel: CancelToken) -> None:
        self.s = settings
        self.cancel = cancel
        self.transcript = Transcript(settings.secrets(), username=settings.username)
        self.addresses: list[Address] = []
        self.address: Address | None = None
        self.session: Session | None = None  # the check's own SMTP session, once connected
        self.tls_version = ""
        self.auth_used = ""
        self.queue_id = ""
        self.step_deadline = time.monotonic() + settings.timeouts.step
        self._wire: bytes = b""
        self._message_id = ""
        self._probe_chain: list[bytes] = []  # what the last TLS probe was presented (DER)
        self.provider_id = ""  # the provider recognised from the host, greeting or EHLO
        self._delivery: DeliveryWatch | None = None

    @property
    def delivery(self) -> DeliveryWatch:
        """The delivery proof's steps (checks/delivery.py), made when the plan has them."""
        if self._delivery is None:
            from .delivery import DeliveryWatch

            self._delivery = DeliveryWatch(self.s, self.cancel, self.transcript)
        return self._delivery

    # -- plan protocol ---------------------------------------------------------------------------
    offers_fix_actions = True  # its advice carries one-click fixes (settings changes)

    @property
    def target(self) -> dict[str, Any]:
        return self.s.public_dict()

    def steps(self) -> list[Step]:
        s = self.s
        t = s.timeouts

        def waits(seconds: float) -> float:  # no step waits past its own deadline
            return min(seconds, t.step)

        reply = waits(t.reply)
        answer = msg("the server's answer")
        plan = [Step("input", msg("Check the settings"), self.step_input),
                Step("resolve", msg("Look up the server"), self.step_resolve,
                     msg("the name lookup"), waits(t.dns)),
                Step("connect", msg("Connect to port {port}", port=s.port), self.step_connect,
                     msg("the connection"), waits(t.connect))]
        if s.security is Security.TLS:
            plan.append(Step("tls", msg("Start TLS (SSL/TLS)"), self.step_implicit_tls,
                             msg("the encryption to start"), reply))
        plan.append(Step("greeting", msg("Server greeting"), self.step_greeting,
                         msg("the greeting"), reply))
        if s.stop_after.rank >= StopAfter.TLS.rank:
            plan.append(Step("ehlo", msg("Introduce ourselves (EHLO)"), self.step_ehlo,
                             answer, reply))
            if s.security is Security.STARTTLS:
                plan.append(Step("starttls", msg("Start encryption (STARTTLS)"),
                                 self.step_starttls, msg("the encryption to start"), reply))
                plan.append(Step("ehlo_tls", msg("EHLO over TLS"), self.step_ehlo, answer,
                                 reply))
        if s.stop_after.rank >= StopAfter.AUTH.rank:
            plan.append(Step("auth", msg("Log in (AUTH)"), self.step_auth,
                             msg("the login answer"), reply))
            if s.auth is not AuthMethod.NONE and _is_microsoft365(s.host):
                plan.append(Step("m365", msg("Microsoft 365: login after December 2026"),
                                 self.step_m365))
        if s.stop_after.rank >= StopAfter.RCPT.rank:
            plan.append(Step("mail", msg("Sender (MAIL FROM)"), self.step_mail, answer, reply))
            plan.append(Step("rcpt", msg("Recipient (RCPT TO)"), self.step_rcpt, answer, reply))
        if s.stop_after is StopAfter.DATA:
            plan.append(Step("data", msg("Send the test message (DATA)"), self.step_data,
                             answer, reply))
        plan.append(Step("quit", msg("Say goodbye (QUIT)"), self.step_quit, msg("the goodbye"),
                         waits(min(5.0, t.reply))))
        if s.stop_after is StopAfter.DATA and s.watch_imap:  # the delivery proof
            watch = self.delivery
            plan += [Step("watch", msg("Waiting for the message"), watch.step_watch,
                          msg("it to arrive"), s.watch_timeout),
                     Step("found", msg("Where the message arrived"), watch.step_found),
                     Step("authresults", msg("Authentication results"),
                          watch.step_authresults)]
        return plan

    def begin_step(self) -> None:
        self.step_deadline = time.monotonic() + self.s.timeouts.step
        if self.session is not None:
            self.session.channel.step_deadline = self.step_deadline

    def close(self) -> None:
        if self.session is not None:
            self.session.close()
            self.session = None

    def advice_context(self) -> dict[str, Any]:
        s = self.s
        suggested = {Security.TLS: 587, Security.STARTTLS: 465, Security.NONE: 587}[s.security]
        return {"host": s.host, "port": s.port, "security": s.security.label,
                "suggested_port": suggested, "username": s.username,
                "address": self.address.ip if self.address else s.host,
                # for fix conditions: never advise what this run already does
                "auth": s.auth.value, "ip_version": s.ip_version.value,
                "reply_timeout": s.timeouts.reply,
                # the recognised provider's hints come first (diagnoses.advise)
                **({"provider_id": self.provider_id} if self.provider_id else {})}

    def verdict(self, steps: list[StepResult], status: Status, total_ms: float) -> str:
        failed = next((st for st in steps if st.status is Status.FAIL), None)
        if failed is not None:
            return failed.advice.title if failed.advice else failed.summary
        done = {st.id for st in steps if st.status in (Status.PASS, Status.WARN)}
        parts = [msg("connected")]
        if self.tls_version:
            parts.append(msg("encrypted ({version})",
                             version=self.tls_version.replace("v", " ")))
        if "auth" in done:
            parts.append(msg("logged in ({method})", method=self.auth_used) if self.auth_used
                         else msg("logged in"))
        if "rcpt" in done and "data" not in done:
            parts.append(msg("the recipient was accepted"))
        if "data" in done:
            parts.append(msg("the test message was accepted (queue id {queue_id})",
                             queue_id=self.queue_id) if self.queue_id
                         else msg("the test message was accepted"))
        arrived = ""  # the delivery proof, after the SMTP conversation's own time
        if "found" in done and self._delivery is not None and self._delivery.folder is not None:
            arrived = " " + msg("It arrived in {folder} after {seconds} s.",
                                folder=self._delivery.folder.shown,
                                seconds=number(self._delivery.delay_s, 1))
        said = msg("{items} and {last}", items=msg(", ").join(parts[:-1]), last=parts[-1]) \
            if len(parts) > 1 else parts[0]
        ms = number(round(total_ms))
        if status is Status.WARN:
            warned = list(dict.fromkeys(st.advice.title if st.advice else st.summary
                                        for st in steps if st.status is Status.WARN))
            return msg("Your settings work, with a warning: {done} in {ms} ms.", done=said,
                       ms=ms) + arrived + " " + "; ".join(warned)
        return msg("Your settings work: {done} in {ms} ms.", done=said, ms=ms) + arrived

    # -- helpers -----------------------------------------------------------------------------
    @property
    def conn(self) -> Session:
        if self.session is None:
            raise ProtocolFailure("smtp.closed", msg("The connection is already closed"))
        return self.session

    @property
    def ch(self) -> Channel:
        return self.conn.channel

    @property
    def caps(self) -> dict[str, str]:
        """What the last EHLO offered (empty before EHLO, after HELO, or when not connected)."""
        return self.session.caps if self.session is not None else {}

    def remaining(self) -> float:
        return max(0.0, self.step_deadline - time.monotonic())

    def _server_hostname(self) -> str:
        return self.s.host

    def _open(self, address: Address, timeout: float) -> Session:
        return self._session(connect(address, self.s.port, timeout, self.cancel, self.s.proxy,
                                     self.s.nameserver))

    def _session(self, sock: socket.socket) -> Session:
        channel = Channel(sock, self.transcript, self.cancel, self.s.timeouts.reply,
                          self.step_deadline)
        return Session(channel, self._ehlo_name(channel), self._server_hostname())

    def _reply_failure(self, reply: Reply, diagnosis: str, summary: str) -> CheckFailure:
        """``summary``: what happened, one sentence (msg); the reply is quoted after it."""
        return CheckFailure(diagnosis, msg("{problem}: {reply}", problem=summary,
                                           reply=reply.short()), reply_facts(reply))

    def _verdict_failure(self, reply: Reply, diagnosis: str, summary: str,
                         facts: dict[str, Any]) -> CheckFailure:
        """A refused MAIL/RCPT/DATA/AUTH: the reply quoted as evidence; a 4xx is said to be
        temporary, with when to retry."""
        verdict = verdict_for(reply, diagnosis)
        if verdict.temporary:
            summary = msg("{problem} ({note})", problem=summary, note=temporary_note(diagnosis))
        failure = self._reply_failure(reply, diagnosis, summary)
        failure.facts.update(verdict.facts)
        failure.facts.update(facts)
        return failure

    def _session_refusal(self, reply: Reply, summary: str,
                         facts: dict[str, Any]) -> CheckFailure:
        """A 4xx greeting or EHLO reply: classified like any other reply (greylisting, too many
        connections, rate limits; else busy), said to be temporary, with when to retry."""
        verdict = classify_reply(reply, "session")
        diagnosis = verdict.diagnosis if verdict is not None else "smtp.busy"
        return self._verdict_failure(reply, diagnosis, summary, facts)

    def _refuse_if_blocklisted(self, reply: Reply, facts: dict[str, Any]) -> None:
        """A 5xx greeting or EHLO reply that names a blocklist ("554 5.7.1 … blocked using
        zen.spamhaus.org") is the blocklist refusal, explained with the list and its pages."""
        if names_blocklist(reply.text):
            raise self._verdict_failure(reply, "send.blocklisted", msg(
                "The server refuses connections from this address: it is on a blocklist"), facts)

    # -- steps -------------------------------------------------------------------------------
    def step_input(self) -> Outcome:
        errors = settings_errors(self.s)
        if errors:
            raise CheckFailure(errors[0].diagnosis, " ".join(e.message for e in errors),
                               {"fields": {e.field: e.message for e in errors}})
        s = self.s
        summary = _settings_summary(s)
        if not s.verify_tls and s.security is not Security.NONE:
            summary = msg("{settings}; certificate verification is OFF", settings=summary)
        if s.allow_old_tls and s.security is not Security.NONE:
            summary = msg("{settings}; old TLS 1.0/1.1 is allowed", settings=summary)
        if s.proxy is not None:
            summary = msg("{settings}; through the proxy {proxy}", settings=summary,
                          proxy=describe_proxy(s.proxy, s.host))
        return Outcome(Status.PASS, summary)

    def step_resolve(self) -> Outcome:
        s = self.s
        self.addresses = resolve(s.host, s.port, s.ip_version, s.timeouts.dns, s.nameserver,
                                 self.cancel, s.proxy)
        facts = {"addresses": [{"ip": a.ip, "family": a.family_name} for a in self.addresses]}
        if self.addresses and self.addresses[0].family == socket.AF_UNSPEC:
            return Outcome(Status.PASS, msg("{host} is looked up by the proxy ({proxy})",
                                            host=s.host, proxy=describe_proxy(s.proxy, s.host)),
                           facts)
        listed = ", ".join(f"{a.ip} ({a.family_name})" for a in self.addresses)
        if len(self.addresses) == 1 and self.addresses[0].ip == s.host:
            return Outcome(Status.PASS, msg("{host} is an IP address: no lookup needed",
                                            host=s.host), facts)
        return Outcome(Status.PASS, msg("{host} → {addresses}", host=s.host, addresses=listed),
                       facts)

    def step_connect(self) -> Outcome:
        """Happy Eyeballs (RFC 8305) over the resolved addresses: the first to answer wins; an
        address that failed (or was still silent when another answered) is a warning."""
        timeout = min(self.s.timeouts.connect, self.remaining())
        if timeout <= 0:
            raise CheckFailure("tcp.timeout", msg("No time was left to connect"),
                               {"attempts": []})
        sock, address, attempts = connect_first(self.addresses, self.s.port, timeout,
                                                self.cancel, deadline=self.step_deadline,
                                                proxy=self.s.proxy, nameserver=self.s.nameserver)
        self.session = self._session(sock)
        self.address = address
        facts: dict[str, Any] = {"attempts": [attempt_fact(a) for a in attempts],
                                 "connected_to": address.ip, "family": address.family_name}
        proxy = ""
        if self.s.proxy is not None:
            facts["proxy"] = proxy = describe_proxy(self.s.proxy, self.s.host)
        shown = address.display(self.s.port)
        failures = [a for a in attempts if a.error is not None]
        for attempt in failures:
            assert attempt.error is not None
            self.transcript.note(msg("connect {address}: {error}",
                                     address=attempt.address.display(self.s.port),
                                     error=attempt.error.summary))
        self.transcript.note(msg("connected to {address}", address=shown))
        if failures:
            facts["failed"] = [{**attempt_fact(a), "summary": a.error.summary}
                               for a in failures if a.error is not None]
            broken = "; ".join(a.error.summary for a in failures if a.error is not None)
            first = failures[0].error
            assert first is not None
            summary = msg("Connected to {address} through {proxy} after other addresses failed "
                          "({errors})", address=shown, proxy=proxy, errors=broken) if proxy \
                else msg("Connected to {address} after other addresses failed ({errors})",
                         address=shown, errors=broken)
            return Outcome(Status.WARN, summary, facts, first.diagnosis)
        return Outcome(Status.PASS, _connected_summary(address, shown, proxy), facts)

    def _tls_facts(self, session: Session) -> tuple[str, dict[str, Any]]:
        """The TLS version of ``session`` and the facts of its handshake and certificate."""
        tls_sock = session.tls_sock
        assert tls_sock is not None
        version = tls_sock.version() or ""
        cipher = tls_sock.cipher()
        facts: dict[str, Any] = {"tls_version": version,
                                 "cipher": cipher[0] if cipher else "",
                                 "cipher_bits": cipher[2] if cipher else None}
        der = tls_sock.getpeercert(binary_form=True)
        if der:
            # A verified handshake has OpenSSL's decoded certificate: no need to load cryptography
            # (~40 ms at start-up). Unverified ones (probes, verification off) are parsed fully.
            decoded = tls_sock.getpeercert() if tls_sock.context.verify_mode != ssl.CERT_NONE \
                else None
            cert = (verified_certificate_facts(decoded, der, self.s.host) if decoded
                    else certificate_facts(der, self.s.host))
            facts["certificate"] = cert
            facts.update(advice_facts(cert, self.s.host))
        return version, facts

    def _context(self, *, verify: bool | None = None, legacy: bool = False) -> ssl.SSLContext:
        return make_context(verify=self.s.verify_tls if verify is None else verify,
                            ca_file=self.s.ca_file, legacy=legacy)

    def _probe(self, why: str, spans: int = 2) -> Session:
        # ``why``: an N_() text, translated here
        """A second connection to the same address for a short probe; use it in a ``with``
        block (the socket is closed however the block ends). Each reply and the handshake may
        take the probe budget, the whole probe ``spans`` budgets, never past the step."""
        assert self.address is not None
        self.transcript.note(msg("probe ({reason}): new connection", reason=msg(why)))
        budget = max(0.05, min(PROBE_TIMEOUT, self.remaining()))
        session = self._open(self.address, budget)
        session.channel.reply_timeout = budget
        session.channel.step_deadline = min(self.step_deadline,
                                            time.monotonic() + spans * budget)
        return session

    def _probe_facts(self, context: ssl.SSLContext, why: str) -> dict[str, Any] | None:
        """TLS facts seen by a probe with ``context``, or None when the probe fails too."""
        try:
            with self._probe(why) as probe:
                probe.open(self.s.security, context, until="tls")
                assert probe.tls_sock is not None
                self._probe_chain = presented_chain(probe.tls_sock)
                return self._tls_facts(probe)[1]
        except (CheckFailure, OSError, ssl.SSLError):
            return None

    def _explain_tls_failure(self, failure: TLSFailure) -> TLSFailure:
        """Confirm the cause of a rejected certificate with a probe before naming the fix."""
        if not isinstance(failure, CertificateRejected):
            return failure
        facts = dict(failure.facts)
        problem = failure.problem
        summary = failure.summary
        facts.update(self._probe_facts(self._context(verify=False), N_("read the certificate"))
                     or {})
        cert = facts.get("certificate", {})
        if problem is CertProblem.UNTRUSTED and cert.get("interception_product"):
            problem = CertProblem.INTERCEPTED
            issuer = cert.get("issuer_org") or cert.get("issuer_cn")
            summary = msg("The certificate was issued by {issuer}: {product} is intercepting "
                          "the encrypted connection", issuer=issuer,
                          product=cert["interception_product"])
        elif problem is CertProblem.HOSTNAME_MISMATCH and facts.get("cert_names"):
            summary = msg("The certificate is for {names}, not {host}",
                          names=", ".join(facts["cert_names"]), host=self.s.host)
        elif problem is CertProblem.EXPIRED and cert:
            summary = msg("The server's certificate expired on {date}",
                          date=cert.get("not_after"))
        elif problem is CertProblem.NOT_YET_VALID and cert:
            summary = msg("The server's certificate is valid only from {date}",
                          date=cert.get("not_before"))
        elif problem is CertProblem.UNTRUSTED and cert:
            summary = msg("The certificate's issuer ({issuer}) is not trusted by this computer",
                          issuer=facts.get("cert_issuer"))
            missing = self._missing_intermediate(facts)
            if missing is not None:
                return failure.replace(diagnosis="tls.missing_intermediate", summary=missing,
                                       facts=facts)
            if "missing_intermediate" in facts:
                summary = msg("{problem}; {detail}", problem=summary,
                              detail=facts["missing_intermediate"])
        return failure.replace(diagnosis=problem.value, summary=summary, facts=facts)

    def _missing_intermediate(self, facts: dict[str, Any]) -> str | None:
        """An untrusted chain that ends below a root: does the server leave out its
        intermediate? Proven by fetching the issuer from the leaf's AIA URL (unless the user
        turned that off) and verifying the chain it completes; the summary naming the
        certificate to add, or None (then ``facts`` say what could not be proven)."""
        from ..protocol.aia import ends_below_root, prove_missing_intermediate

        chain = self._probe_chain
        if not chain or not ends_below_root(chain):
            return None
        if not self.s.aia_fetch:
            facts["aia_fetch"] = "off"
            facts["missing_intermediate"] = msg("the server may not send its intermediate "
                                                "certificate; not proven, because downloading "
                                                "it (AIA) is turned off")
            return None
        proof = prove_missing_intermediate(
            chain, self.s.host, ca_file=self.s.ca_file, timeout=max(0.05, self.remaining()),
            nameserver=self.s.nameserver, cancel=self.cancel, transcript=self.transcript,
            proxy=self.s.proxy)
        facts.update(proof.facts)
        if proof.url:
            facts["aia_url"] = proof.url
        if not proof.proven:
            facts["missing_intermediate"] = msg("the server may not send its intermediate "
                                                "certificate; not proven: {reason}",
                                                reason=proof.problem)
            return None
        return msg("The server doesn't send its intermediate certificate: add “{subject}” "
                   "(SHA-256 {sha256}…) after its own certificate; downloaded from {url}, it "
                   "completes the chain", subject=facts["missing_subject"],
                   sha256=facts["missing_sha256"][:16], url=proof.url)

    def _legacy_fallback(self, failure: TLSFailure, starttls: bool) -> Outcome | None:
        """The handshake failed on the protocol version (or the server just hung up): does the
        server speak only TLS 1.0/1.1? Then fail (``tls.old_protocol``) unless the user allowed
        old TLS for this run: only then go on over such a connection, with a warning."""
        if isinstance(failure, CertificateRejected | NotTLS | HandshakeStalled):
            return None
        with contextlib.ExitStack() as unless_kept:
            try:
                probe = unless_kept.enter_context(self._probe(N_("does it speak only old TLS?")))
                probe.open(self.s.security, self._context(legacy=True), until="tls")
            except (CheckFailure, OSError, ssl.SSLError):
                return None
            version, facts = self._tls_facts(probe)
            if version not in OLD_TLS:
                return None  # it was not about the version after all
            facts["server_max_tls"] = version
            facts["allow_old_tls"] = self.s.allow_old_tls
            if not self.s.allow_old_tls:  # nothing but the handshake ever went over it
                raise OldProtocol(msg("The server offers only {version}, no TLS 1.2 or newer: "
                                      "SMTP Doctor (like modern mail apps) refuses to send a "
                                      "password or a message over it", version=version), facts)
            unless_kept.pop_all()  # the probe's connection becomes the check's own
        self.close()
        self.session = probe
        self.tls_version = version
        return Outcome(Status.WARN, _old_tls_summary(starttls, version,
                                                     self._sends_credentials()),
                       facts, "tls.old_protocol")

    def _sends_credentials(self) -> bool:
        return self.s.auth is not AuthMethod.NONE and self.s.stop_after.rank >= StopAfter.AUTH.rank

    def _verify_in_background(self, facts: dict[str, Any]) -> Outcome | None:
        """Verification is off: find out what a verifying client would have said."""
        try:
            with self._probe(N_("what would verification say")) as probe:
                probe.open(self.s.security, self._context(verify=True), until="tls")
        except TLSFailure as failure:
            explained = self._explain_tls_failure(failure)
            facts.update({k: v for k, v in explained.facts.items() if k not in facts})
            return Outcome(Status.WARN, msg("Certificate NOT verified (verification is off): "
                                            "{problem}", problem=explained.summary), facts,
                           explained.diagnosis)
        except (CheckFailure, OSError):
            return None
        return Outcome(Status.WARN, msg("Encrypted with {version}; verification is off, but the "
                                        "certificate would have passed it",
                                        version=self.tls_version), facts, "tls.verify_disabled")

    def _secure(self, starttls: bool) -> Outcome:
        """The TLS handshake on the check's own connection (implicit TLS, or after STARTTLS)."""
        try:
            self.conn.handshake(self._context(), min(self.s.timeouts.reply, self.remaining()))
        except TLSFailure as failure:
            fallback = self._legacy_fallback(failure, starttls)
            if fallback is not None:
                return fallback
            raise self._explain_tls_failure(failure) from None
        self.tls_version, facts = self._tls_facts(self.conn)
        cert = facts.get("certificate", {})
        if not self.s.verify_tls:
            checked = self._verify_in_background(facts)
            if checked is not None:
                return checked
            return Outcome(Status.WARN, msg("Encrypted, but the certificate was NOT verified"),
                           facts, "tls.verify_disabled")
        summary = _encrypted_summary(starttls, self.tls_version, facts["cipher"],
                                     facts.get("cert_names", []) if cert else None,
                                     cert["not_after"][:10] if cert else "")
        tls_sock = self.conn.tls_sock
        intercepted = verified_interception(tls_sock) if tls_sock else {}
        if intercepted:
            facts.update(intercepted)
            return Outcome(Status.WARN, msg("{summary}; but {product} intercepts it ({evidence})",
                                            summary=summary,
                                            product=intercepted["interception_product"],
                                            evidence=intercepted["interception_evidence"]),
                           facts, "tls.intercepted_by_security_software")
        return Outcome(Status.PASS, summary, facts)

    def step_implicit_tls(self) -> Outcome:
        try:
            return self._secure(starttls=False)
        except NotTLS as failure:
            raise self._confirm_plaintext(failure) from None

    def _confirm_plaintext(self, failure: NotTLS) -> NotTLS:
        """Implicit TLS failed as if the peer speaks plain text: is it an SMTP greeting?"""
        facts = dict(failure.facts)
        with contextlib.suppress(CheckFailure, OSError), \
                self._probe(N_("does it speak plain SMTP?"), spans=1) as probe:
            try:
                probe.greet()
            finally:
                if probe.greeting is not None:
                    facts["plain_greeting"] = probe.greeting.short()
            probe.hello()  # does it offer STARTTLS? (which fix to offer)
            facts["plain_starttls"] = "STARTTLS" in probe.caps
        if "plain_greeting" in facts:
            return failure.replace(summary=msg("Port {port} speaks plain SMTP (it greets with "
                                               "\"{greeting}\"), not SSL/TLS", port=self.s.port,
                                               greeting=facts["plain_greeting"]), facts=facts)
        return failure.replace(facts=facts)

    def _race_tls_probe(self, ch: Channel, until: float) -> bool:
        """Does the port complete a TLS handshake right away (an implicit-TLS port)? Asked on a
        second connection in a thread while ``ch`` keeps waiting for its greeting: whichever
        answers first wins. True only when the probe's handshake completed first; when the
        greeting arrives first, or the greeting's deadline ``until`` passes, the probe's socket is
        shut down (the loser is closed)."""
        box: dict[str, Any] = {"session": None, "abandoned": False}
        wake_r, wake_w = socket.socketpair()

        def probe() -> bool:
            try:
                with self._probe(N_("does this port expect TLS?"), spans=1) as session:
                    box["session"] = session
                    if box["abandoned"]:
                        return False
                    session.handshake(self._context(verify=False))
                    return not box["abandoned"]
            except (CheckFailure, Cancelled, OSError, ssl.SSLError, ValueError, AttributeError):
                return False  # AttributeError: ssl's handshake on a socket closed under it
            finally:
                with contextlib.suppress(OSError):
                    wake_w.send(b"!")

        future = background.start(probe, name="smtp-doctor-tls-probe")
        try:
            while True:
                left = until - time.monotonic()
                ready, _, _ = select.select([ch.sock, wake_r], [], [], max(0.0, min(0.1, left)))
                self.cancel.check()
                if wake_r in ready:
                    return future.result()
                if ch.sock in ready or left <= 0:
                    return False  # the greeting (or EOF) came first, or its time is up
        finally:
            if not future.done():
                box["abandoned"] = True
                session = box["session"]
                if session is not None:
                    with contextlib.suppress(OSError):
                        session.channel.sock.shutdown(socket.SHUT_RDWR)
                with contextlib.suppress(Exception):
                    background.wait(future, 0.5)
            wake_r.close()
            wake_w.close()

    def _expects_tls_failure(self, *, silent: bool) -> CheckFailure:
        """Port expects implicit TLS: ``silent`` (no greeting, a handshake works) or it sent
        TLS data."""
        summary = msg("Port {port} expects an SSL/TLS connection from the start (it said "
                      "nothing, and a TLS handshake works)", port=self.s.port) if silent \
            else msg("Port {port} expects an SSL/TLS connection from the start (it sent TLS "
                     "data)", port=self.s.port)
        return CheckFailure("tls.expected_tls", summary, {"suggested_security": "SSL/TLS"})

    def step_greeting(self) -> Outcome:
        ch = self.ch
        t0 = time.monotonic()
        mark = len(self.transcript)
        base = ch.received - len(ch.pending)  # greeting bytes = what is read from here on
        if not ch.tls and not ch.pending:
            patience = min(EARLY_PROBE_AFTER, self.s.timeouts.reply, self.remaining())
            if not wait_readable(ch.sock, patience):
                self.cancel.check()
                if self._race_tls_probe(ch, t0 + min(self.s.timeouts.reply, self.remaining())):
                    raise self._expects_tls_failure(silent=True)
        try:
            # One deadline for the greeting, however long the probe took.
            reply = ch.read_reply(max(0.0, self.s.timeouts.reply - (time.monotonic() - t0)))
        except ReplyTimeout:
            waited = time.monotonic() - t0
            pending = ch.pending
            if pending and not pending[:1].isdigit():
                raise MalformedReply(msg("The server's reply is not SMTP: it sent something "
                                         "that is not an SMTP greeting"), pending) from None
            if ch.received > base:
                raise self._slow_greeting(ch, mark, ch.received - base, waited) from None
            raise CheckFailure("smtp.greeting_timeout", msg(
                "The server accepted the connection but sent no greeting within {seconds} s",
                seconds=number(waited, 1)),
                               {"waited_s": round(waited, 2)}) from None
        except MalformedReply as exc:
            if exc.sample.startswith(TLS_RECORD):
                raise self._expects_tls_failure(silent=False) from None
            raise
        facts: dict[str, Any] = {"greeting": reply.text, "server_name": (
            reply.lines[0].split(" ", 1)[0] if reply.lines else "")}
        if reply.enhanced:
            facts["enhanced_code"] = reply.enhanced
        facts.update(self._recognise(greeting=reply.text))
        if reply.code == 220:
            return Outcome(Status.PASS, msg("Server says: {reply}", reply=reply.short()), facts)
        if reply.transient:  # greylisting, too many connections, rate limits, or just busy
            raise self._session_refusal(reply, msg("The server is busy or refuses connections "
                                                   "for now"), facts)
        if reply.code >= 500:
            self._refuse_if_blocklisted(reply, facts)
            raise self._reply_failure(reply, "smtp.rejected", msg("The server refuses to talk "
                                                                  "to this computer"))
        raise self._reply_failure(reply, "smtp.protocol_error", msg("Unexpected greeting"))

    def _slow_greeting(self, ch: Channel, mark: int, count: int, waited: float) -> CheckFailure:
        """The greeting began (in digits, like SMTP) but did not end in time: the server is slow,
        not silent. What arrived goes to the transcript and the facts, escaped."""
        if ch.pending:
            self.transcript.add("S", printable(ch.pending), ch.tls)
        shown = " ".join(line.text for line in self.transcript.since(mark)
                         if line.direction == "S")
        self.transcript.note(msg("greeting unfinished: {count} bytes in {seconds} s",
                                 count=number(count), seconds=number(waited, 1)), ch.tls)
        return CheckFailure("smtp.greeting_slow", msg(
            "The server started its greeting but is sending it very slowly ({count} bytes in "
            "{seconds} s)", count=number(count), seconds=number(waited, 1)),
                            {"received_partial": shown, "bytes_received": count,
                             "waited_s": round(waited, 2)})

    def _ehlo_name(self, channel: Channel) -> str:
        if self.s.ehlo_name:
            return self.s.ehlo_name
        try:
            local = channel.sock.getsockname()[0]
        except OSError:
            return "[127.0.0.1]"
        return f"[IPv6:{local}]" if ":" in local else f"[{local}]"

    def _recognise(self, *, greeting: str = "", ehlo: str = "") -> dict[str, Any]:
        """Facts saying which provider (or MTA software) this is and how that was told; once
        per run (the host decides first, then the greeting, then the EHLO reply)."""
        from ..knowledge.providers import recognise

        if self.provider_id:
            return {}
        found = recognise(self.s.host, greeting, ehlo)
        if found is None:
            return {}
        self.provider_id = found.provider.id
        return {"provider": found.provider.name, "provider_id": found.provider.id,
                "provider_recognised_by": found.how}

    def step_ehlo(self) -> Outcome:
        conn = self.conn
        name = conn.ehlo_name
        reply = conn.hello()
        facts: dict[str, Any] = {"ehlo_name": name}
        if reply.code == 250:
            return self._capabilities_outcome(reply, facts)
        if reply.code == 421 or reply.transient:
            raise self._session_refusal(reply, msg("The server refused EHLO for now"), facts)
        if reply.code >= 500:
            self._refuse_if_blocklisted(reply, facts)
        if reply.code in (500, 501, 502, 504, 550):
            helo = conn.channel.command(f"HELO {name}")
            if helo.code == 250:  # no capabilities: the EHLO before failed
                facts["esmtp"] = False
                return Outcome(Status.WARN, msg("The server does not support ESMTP (EHLO); it "
                                                "accepted HELO, so no encryption or login is "
                                                "possible"), facts, "smtp.protocol_error")
            raise self._reply_failure(helo, "smtp.rejected", msg("The server refused HELO"))
        raise self._reply_failure(reply, "smtp.protocol_error", msg("Unexpected reply to EHLO"))

    def _capabilities_outcome(self, reply: Reply, facts: dict[str, Any]) -> Outcome:
        caps = self.caps
        facts["capabilities"] = caps
        facts["server_name"] = reply.lines[0].split(" ", 1)[0] if reply.lines else ""
        facts.update(self._recognise(ehlo=reply.lines[0] if reply.lines else ""))
        offered: list[str] = []
        if "STARTTLS" in caps:
            offered.append("STARTTLS")
        mechanisms = offered_mechanisms(caps)
        if mechanisms:
            facts["mechanisms"] = mechanisms
            offered.append("AUTH " + " ".join(mechanisms))
        size = caps.get("SIZE", "").strip()
        if size.isdigit() and int(size) > 0:
            facts["size_limit"] = int(size)
            offered.append(f"SIZE {_human_size(int(size))}")
        for keyword in ("8BITMIME", "SMTPUTF8", "PIPELINING", "CHUNKING", "DSN",
                        "ENHANCEDSTATUSCODES", "REQUIRETLS"):
            if keyword in caps:
                facts[keyword.lower()] = True
                offered.append(keyword)
        summary = msg("Server offers {extensions}", extensions=", ".join(offered)) if offered \
            else msg("Server offers no extensions")
        return Outcome(Status.PASS, summary, facts)

    def step_starttls(self) -> Outcome:
        if "STARTTLS" not in self.caps:
            raise CheckFailure("smtp.starttls_unavailable", msg(
                "The server on port {port} does not offer STARTTLS", port=self.s.port),
                {"capabilities": self.caps, "suggested_port": 465})
        reply = self.ch.command("STARTTLS")
        if reply.code != 220:
            raise self._reply_failure(reply, "smtp.starttls_failed",
                                      msg("The server refused STARTTLS"))
        try:
            return self._secure(starttls=True)
        except (NotTLS, MalformedReply) as failure:
            raise CheckFailure("smtp.starttls_failed", msg("The server agreed to STARTTLS but "
                                                           "then did not start TLS"),
                               failure.facts) from None

    def step_auth(self) -> Outcome:
        s = self.s
        ch = self.ch
        if s.auth is AuthMethod.NONE:
            return Outcome(Status.SKIPPED, msg("No login configured"))
        offered = offered_mechanisms(self.caps)
        facts: dict[str, Any] = {"mechanisms": offered}
        if not offered:
            if not ch.tls and "STARTTLS" in self.caps:
                raise CheckFailure("auth.encryption_required", msg(
                    "The server offers login only after encryption (STARTTLS)"), facts)
            raise CheckFailure("auth.not_offered", msg(
                "The server does not offer login (AUTH) on port {port}", port=s.port), facts)
        try:
            method = choose_mechanism(s.auth, offered, bool(s.oauth_token))
        except LookupError:
            raise CheckFailure("auth.mechanism_unsupported", msg(
                "The server does not offer {method}; it offers {offered}",
                method=s.auth.sasl_name, offered=", ".join(offered)), facts) from None
        facts["mechanism"] = method.sasl_name
        refused: list[str] = []  # advertised mechanisms the server then refused (504 5.5.4)
        tried: list[AuthMethod] = []
        while True:
            tried.append(method)
            reply, extra = authenticate(ch, method, s.username, s.password, s.oauth_token)
            facts.update(extra)
            diagnosis = classify_auth(reply, ch.tls, extra.get("oauth_status", ""),
                                      method.is_oauth)
            retry = next_mechanism(offered, tried, method.is_oauth) \
                if diagnosis == "auth.mechanism_unsupported" else None
            if diagnosis == "auth.mechanism_unsupported":
                refused.append(f"{method.sasl_name} ({reply.short()})")
                facts["refused_mechanisms"] = refused
            if retry is None:
                break
            self.transcript.note(msg("the server advertised {method} but refused it; trying "
                                     "{next}", method=method.sasl_name, next=retry.sasl_name),
                                 ch.tls)
            method = retry
            facts["mechanism"] = method.sasl_name
        if diagnosis is not None:
            if diagnosis == "auth.mechanism_unsupported" and refused:
                diagnosis = "auth.mechanism_misadvertised"
                names = ", ".join(m.sasl_name for m in tried)
                what = msg("The server advertised {methods} but refused it", methods=names) \
                    if len(tried) == 1 else \
                    msg("The server advertised {methods} but refused each of them", methods=names)
            elif refused:
                what = msg("The server advertised but refused {refused}; login with {method} was "
                           "refused", refused=", ".join(refused), method=method.sasl_name)
            else:
                what = msg("Login with {method} was refused", method=method.sasl_name)
            raise self._verdict_failure(reply, diagnosis, what, facts)
        self.auth_used = method.sasl_name
        if ch.tls and self.tls_version in OLD_TLS:  # only when the user allowed old TLS
            facts["tls_version"] = self.tls_version
            return Outcome(Status.WARN, msg(
                "Logged in as {user} with {method}, but over {version}: your credentials were "
                "sent over old TLS because you allowed it for this run", user=s.username,
                method=method.sasl_name, version=self.tls_version), facts, "tls.old_protocol")
        if refused:
            return Outcome(Status.WARN, msg(
                "Logged in as {user} with {method}; the server advertises a login method it "
                "refuses: {refused}", user=s.username, method=method.sasl_name,
                refused="; ".join(refused)), facts, "auth.mechanism_misadvertised")
        if not ch.tls:
            return Outcome(Status.WARN, msg(
                "Logged in as {user} with {method}, but without encryption: the password "
                "crossed the network in the clear", user=s.username, method=method.sasl_name),
                facts, "auth.cleartext")
        return Outcome(Status.PASS, msg("Logged in as {user} with {method}", user=s.username,
                                        method=method.sasl_name), facts)

    def step_m365(self) -> Outcome:
        """Microsoft turns password (Basic) login for SMTP off by default at the end of December
        2026; say whether that touches this login (details: `smtp-doctor m365 ADDRESS`)."""
        if not self.auth_used:
            return Outcome(Status.SKIPPED, msg("No login happened"))
        if self.auth_used in (AuthMethod.XOAUTH2.sasl_name, AuthMethod.OAUTHBEARER.sasl_name):
            return Outcome(Status.PASS, msg("Signed in with OAuth: not affected when Microsoft "
                                            "turns password login off at the end of December "
                                            "2026"))
        return Outcome(Status.WARN, msg(
            "Logged in with a password, which Microsoft turns off by default at the end of "
            "December 2026: move to OAuth (details: smtp-doctor m365 {address})",
            address=self.s.username or "ADDRESS"),
            {"mechanism": self.auth_used}, "readiness.basic_auth_ending")

    def _addresses(self) -> tuple[str, str]:
        return check_address(self.s.mail_from, "sender"), check_address(self.s.rcpt_to,
                                                                         "recipient")

    def step_mail(self) -> Outcome:
        mail_from, rcpt_to = self._addresses()
        facts: dict[str, Any] = {"mail_from": mail_from}
        params = ""
        if self.s.stop_after is StopAfter.DATA:  # built (and its SIZE declared) only if sent
            from ..protocol.message import build_message, wire_bytes

            message = build_message(self.s, mail_from, rcpt_to)
            self._message_id = str(message["Message-ID"])
            self._wire = wire_bytes(message)
            facts["message_size"] = size = len(self._wire)
            params = f" SIZE={size}" if "SIZE" in self.caps else ""
        limit = self.caps.get("SIZE", "").strip()
        if limit.isdigit() and self._wire and 0 < int(limit) < len(self._wire):
            facts["size_limit"] = int(limit)
            raise CheckFailure("send.too_large", msg(
                "The test message ({size} bytes) is larger than the server's limit ({limit} "
                "bytes)", size=number(len(self._wire)), limit=number(int(limit))), facts)
        reply = self.ch.command(f"MAIL FROM:<{mail_from}>{params}")
        if reply.code == 250:
            return Outcome(Status.PASS, msg("Sender {address} accepted", address=mail_from),
                           facts)
        raise self._send_failure(reply, "mail", facts)

    def step_rcpt(self) -> Outcome:
        _, rcpt_to = self._addresses()
        reply = self.ch.command(f"RCPT TO:<{rcpt_to}>")
        facts: dict[str, Any] = {"rcpt_to": rcpt_to}
        if reply.code in (250, 251):
            return Outcome(Status.PASS, msg("Recipient {address} accepted", address=rcpt_to),
                           facts)
        raise self._send_failure(reply, "rcpt", facts)

    def step_data(self) -> Outcome:
        ch = self.ch
        reply = ch.command("DATA")
        facts: dict[str, Any] = {"message_size": len(self._wire)}
        if reply.code != 354:
            raise self._send_failure(reply, "data", facts)
        header_block = self._wire.split(b"\r\n\r\n", 1)[0]
        for line in header_block.split(b"\r\n"):
            self.transcript.add("C", line.decode("utf-8", "replace"), ch.tls)
        self.transcript.note(msg("message body and final '.' ({size} bytes in all)",
                                 size=number(len(self._wire))), ch.tls)
        ch.send_raw(self._wire)
        reply = ch.read_reply()
        if reply.code == 250:
            if self.s.watch_imap:
                self.delivery.sent(self._message_id)
            match = QUEUE_ID.search(reply.text)
            if match:
                self.queue_id = match.group(1)
                facts["queue_id"] = self.queue_id
            facts["reply"] = reply.short()
            return Outcome(Status.PASS, msg("Message accepted: {reply}", reply=reply.short()),
                           facts)
        raise self._send_failure(reply, "data", facts)

    def _send_failure(self, reply: Reply, phase: Phase, facts: dict[str, Any]) -> CheckFailure:
        verdict = classify_reply(reply, phase, logged_in=bool(self.auth_used), tls=self.ch.tls,
                                 starttls_offered="STARTTLS" in self.caps)
        diagnosis = verdict.diagnosis if verdict is not None else "smtp.protocol_error"
        what = msg("Unexpected reply") if reply.positive else msg(_REFUSED[phase])
        if phase != "mail" and diagnosis == "send.sender_not_owned":  # said late (Postfix)
            what = msg("The server refused the sender when given the {command} command",
                       command=phase.upper())
        return self._verdict_failure(reply, diagnosis, what, facts)

    def step_quit(self) -> Outcome:
        ch = self.ch
        try:
            reply = ch.command("QUIT", timeout=min(5.0, self.s.timeouts.reply))
        except (ConnectionClosed, ReplyTimeout):
            return Outcome(Status.PASS, msg("Closed the connection (the server did not say "
                                            "goodbye)"))
        finally:
            self.close()
        return Outcome(Status.PASS, msg("Server says: {reply}", reply=reply.short()))


def run_check(settings: ServerSettings, on_event: Callable[[Event], None] | None = None,
              cancel: CancelToken | None = None) -> RunResult:
    """Run the connection check for ``settings`` (blocking; call it from a worker thread)."""
    token = cancel or CancelToken()
    return execute(ConnectionCheck(settings, token), on_event, token)
