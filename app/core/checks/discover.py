"""Settings discovery: "find my settings" for an address or a domain.

Candidates come from (and each remembers where it came from):

* provider presets matched by the address domain (``gmail.com`` → Gmail) and by the domain's MX
  hosts (``*.mail.protection.outlook.com`` → Microsoft 365);
* RFC 6186 / RFC 8314 SRV records: ``_submissions._tcp`` (SSL/TLS) and ``_submission._tcp``
  (STARTTLS); a target of "." means "not offered";
* autoconfig XML over HTTPS: ``https://autoconfig.DOMAIN/mail/config-v1.1.xml`` and
  ``https://DOMAIN/.well-known/autoconfig/mail/config-v1.1.xml``;
* guesses: smtp.DOMAIN, mail.DOMAIN and DOMAIN on 465, 587, 25 and 2525.

All candidates are probed in parallel (greeting, TLS, certificate valid for that name, AUTH
offered) and ranked: SSL/TLS on 465 or STARTTLS on 587 with a valid certificate first, plain
last. SRV records and autoconfig files are not signed, so whoever can tamper with DNS or the
network can plant them: a candidate whose host is neither under the address domain nor a known
provider's own server (and not from our provider presets) is marked ``outside_domain`` with a
plain-words ``outside_note`` and ranked after every other candidate, whatever its probe score.
The ``rank`` step's facts hold ``candidates`` (best first) and ``best``, each with a ``form``
dict (host, port, security, username) that ``validate.parse_form`` accepts — what the GUI uses
to fill the settings form.

Steps: ``input`` → ``presets`` → ``mx`` → ``srv`` → ``autoconfig`` → ``guesses`` → ``probe`` →
``rank``.
"""

from __future__ import annotations

import contextlib
import functools
import threading
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from defusedxml import DefusedXmlException
from defusedxml import ElementTree as SafeET

from ..background import run_parallel
from ..cancel import CancelToken
from ..errors import CertificateRejected, CheckFailure
from ..knowledge.providers import (
    Provider,
    provider_for_domain,
    provider_for_mx,
    provider_owning_host,
)
from ..model import (
    Event,
    IPVersion,
    Proxy,
    RunResult,
    Security,
    Status,
    StepResult,
    proxy_secrets,
    proxy_text,
)
from ..protocol import http
from ..protocol.dnsquery import Resolver
from ..protocol.net import Address, connect, resolve
from ..protocol.proxy import describe as describe_proxy
from ..protocol.smtp import Channel, Session, StartTLSUnavailable
from ..protocol.tls import certificate_facts, make_context, suggest_host
from ..protocol.transcript import Transcript
from ..runner import Outcome, Step, execute
from ..text.i18n import msg, msg_n, number
from ..validate import check_address, normalize_host

GUESS_PREFIXES = ("smtp.", "mail.", "")
GUESS_PORTS: tuple[int, ...] = (465, 587, 25, 2525)
AUTOCONFIG_URLS = (
    "https://autoconfig.{domain}/mail/config-v1.1.xml?emailaddress={email}",
    "https://{domain}/.well-known/autoconfig/mail/config-v1.1.xml?emailaddress={email}",
)
SOURCE_WEIGHT = {"preset": 6, "srv": 5, "autoconfig": 5, "mx-preset": 4, "guess": 0}
TRUSTED_KINDS = ("preset", "mx-preset")  # from our own providers.toml, not from the network


@dataclass(frozen=True)
class DiscoverOptions:
    query: str  # an address (alice@example.com) or a domain
    nameserver: str = ""
    proxy: Proxy | None = None  # every connection goes through it
    ca_file: str = ""
    timeout: float = 5.0  # connect and reply timeout of each probe
    dns_timeout: float = 5.0
    https_port: int | None = None  # serve every autoconfig URL from this port (tests)
    guess_ports: tuple[int, ...] = GUESS_PORTS
    probe: bool = True
    ip_version: IPVersion = IPVersion.AUTO
    ehlo_name: str = "smtp-doctor.invalid"

    def public_dict(self) -> dict[str, Any]:
        return {"query": self.query, "nameserver": self.nameserver,
                "proxy": proxy_text(self.proxy), "timeout": self.timeout,
                "ca_file": self.ca_file, "probe": self.probe,
                "guess_ports": list(self.guess_ports)}


def _security_for_port(port: int) -> Security:
    return Security.TLS if port == 465 else Security.STARTTLS


@dataclass
class Candidate:
    host: str
    port: int
    security: Security
    sources: list[str] = field(default_factory=list)  # "srv: _submissions._tcp.example.com"
    kinds: list[str] = field(default_factory=list)  # "preset", "srv", "autoconfig", "guess"
    username: str = ""
    # probe results
    probed: bool = False
    works: bool = False
    greeting: str = ""
    tls: bool = False
    tls_version: str = ""
    cert_valid: bool | None = None
    cert_problem: str = ""  # diagnosis id of a certificate problem
    cert_names: list[str] = field(default_factory=list)
    auth: list[str] = field(default_factory=list)
    diagnosis: str = ""
    error: str = ""
    ms: float = 0.0
    score: int = 0
    outside_domain: bool = False  # not under the address domain, not a known provider's host
    outside_note: str = ""

    @property
    def key(self) -> tuple[str, int, str]:
        return (self.host, self.port, self.security.value)

    def add_source(self, kind: str, text: str) -> None:
        if text not in self.sources:
            self.sources.append(text)
        if kind not in self.kinds:
            self.kinds.append(kind)

    def form(self) -> dict[str, Any]:
        """What the GUI puts in the settings form (``validate.parse_form`` keys)."""
        out: dict[str, Any] = {"host": self.host, "port": self.port,
                               "security": self.security.value}
        if self.username:
            out["username"] = self.username
            out["auth"] = "auto"
        return out

    def describe(self) -> str:
        """The probe's result in one line ("STARTTLS, certificate valid, AUTH PLAIN LOGIN"), in
        the language in use: one whole text per combination, the mechanisms as data."""
        if not self.probed:
            return msg("not probed")
        if not self.works:
            return self.error or msg("does not work")
        mechanisms = " ".join(self.auth)
        if not self.tls:
            return (msg("no encryption, AUTH {mechanisms}", mechanisms=mechanisms) if self.auth
                    else msg("no encryption"))
        security = self.security.label
        if self.cert_valid:
            return (msg("{security}, certificate valid, AUTH {mechanisms}", security=security,
                        mechanisms=mechanisms) if self.auth
                    else msg("{security}, certificate valid", security=security))
        from ..knowledge.diagnoses import title_of

        problem = title_of(self.cert_problem, {"host": self.host})
        if self.auth:
            return msg("{security}, certificate problem ({problem}), AUTH {mechanisms}",
                       security=security, problem=problem, mechanisms=mechanisms)
        return msg("{security}, certificate problem ({problem})", security=security,
                   problem=problem)

    def to_dict(self) -> dict[str, Any]:
        return {"host": self.host, "port": self.port, "security": self.security.value,
                "sources": list(self.sources), "probed": self.probed, "works": self.works,
                "greeting": self.greeting, "tls": self.tls, "tls_version": self.tls_version,
                "cert_valid": self.cert_valid, "cert_problem": self.cert_problem,
                "cert_names": self.cert_names, "auth": self.auth, "diagnosis": self.diagnosis,
                "kinds": list(self.kinds),
                "error": self.error, "ms": round(self.ms, 1), "score": self.score,
                "outside_domain": self.outside_domain, "outside_note": self.outside_note,
                "form": self.form(), "summary": self.describe()}


def score(c: Candidate) -> int:
    if not c.works:
        return -1000 + max(SOURCE_WEIGHT.get(k, 0) for k in c.kinds or ["guess"])
    points = 0
    if c.tls:
        points += 100
        if (c.security is Security.TLS and c.port == 465) or (
                c.security is Security.STARTTLS and c.port == 587):
            points += 20
        if c.cert_valid:
            points += 60
    else:
        points += 10
    if c.port == 25:
        points -= 15  # meant for server-to-server mail, blocked on many networks
    if c.auth:
        points += 10
    points += sum(SOURCE_WEIGHT.get(k, 0) for k in c.kinds)
    return points


def _name(host: str) -> str:
    """IDNA-normalised lowercase name (what the in-domain test compares)."""
    try:
        return normalize_host(host)
    except ValueError:
        return host.strip().rstrip(".").lower()


def in_domain(host: str, domain: str) -> bool:
    name, dom = _name(host), _name(domain)
    return name == dom or name.endswith("." + dom)


def outside_note(c: Candidate, domain: str) -> str:
    """Why an outside-domain candidate deserves care, in plain words, naming where it came from."""
    origins = "; ".join(c.sources) or msg("guess")
    return msg("{host} is not under {domain} and is not a known provider's server. It was "
               "found via {origins}; such records are not signed, so someone who can tamper "
               "with DNS or the network on the way could have planted them. Your password "
               "would be sent to this host: use it only if your provider confirms it is "
               "theirs.", host=c.host, domain=domain, origins=origins)


# -- autoconfig XML --------------------------------------------------------------------------------

def parse_autoconfig(xml_text: str, domain: str, email: str) -> list[dict[str, Any]]:
    """Outgoing SMTP servers from a Thunderbird autoconfig file (clientConfig v1.1).

    The file comes from the network: it is parsed by defusedxml, which refuses entity
    declarations (billion laughs) and external entities or DTDs with ``DefusedXmlException``;
    broken XML raises ``ET.ParseError``."""
    root = SafeET.fromstring(xml_text)
    servers: list[dict[str, Any]] = []
    local = email.split("@", 1)[0] if "@" in email else ""
    for node in root.iter("outgoingServer"):
        if (node.get("type") or "smtp").lower() != "smtp":
            continue
        host = (node.findtext("hostname") or "").strip()
        port_text = (node.findtext("port") or "").strip()
        socket_type = (node.findtext("socketType") or "").strip().upper()
        username = (node.findtext("username") or "").strip()
        host = host.replace("%EMAILDOMAIN%", domain)
        username = (username.replace("%EMAILADDRESS%", email).replace("%EMAILLOCALPART%", local)
                    .replace("%EMAILDOMAIN%", domain))
        if not host or not port_text.isdigit():
            continue
        security = {"SSL": Security.TLS, "TLS": Security.TLS, "STARTTLS": Security.STARTTLS,
                    "PLAIN": Security.NONE}.get(socket_type, _security_for_port(int(port_text)))
        servers.append({"host": host.lower().rstrip("."), "port": int(port_text),
                        "security": security, "username": "" if "%" in username else username})
    return servers


# -- the plan --------------------------------------------------------------------------------------

class DiscoverCheck:
    def __init__(self, options: DiscoverOptions, cancel: CancelToken) -> None:
        self.o = options
        self.cancel = cancel
        self.transcript = Transcript(proxy_secrets(self.o.proxy))
        self.dns = Resolver(options.nameserver, options.dns_timeout, cancel)
        self.domain = ""
        self.email = ""
        self.candidates: dict[tuple[str, int, str], Candidate] = {}
        self.ranked: list[Candidate] = []
        self.provider: Provider | None = None
        self._resolved: dict[str, list[Address] | CheckFailure] = {}
        self._lock = threading.Lock()

    @property
    def target(self) -> dict[str, Any]:
        return self.o.public_dict()

    def steps(self) -> list[Step]:
        plan = [Step("input", msg("Address or domain"), self.step_input),
                Step("presets", msg("Known providers"), self.step_presets),
                Step("mx", msg("Who receives mail (MX)"), self.step_mx),
                Step("srv", msg("Published settings (SRV)"), self.step_srv),
                Step("autoconfig", msg("Published settings (autoconfig)"),
                     self.step_autoconfig),
                Step("guesses", msg("Usual server names"), self.step_guesses)]
        if self.o.probe:
            plan.append(Step("probe", msg("Try every candidate in parallel"), self.step_probe))
        plan.append(Step("rank", msg("Best settings"), self.step_rank))
        return plan

    def begin_step(self) -> None:
        pass

    def close(self) -> None:
        pass

    def advice_context(self) -> dict[str, Any]:
        ctx: dict[str, Any] = {"host": self.domain or self.o.query}
        if self.provider is not None:
            ctx["provider_id"] = self.provider.id
        return ctx

    def verdict(self, steps: list[StepResult], status: Status, total_ms: float) -> str:
        failed = next((s for s in steps if s.status is Status.FAIL), None)
        if failed is not None:
            return failed.advice.title if failed.advice else failed.summary
        best = self.ranked[0] if self.ranked else None
        if best is None:
            return msg("No candidates were found.")
        where = {"host": best.host, "port": best.port, "security": best.security.label,
                 "sources": "; ".join(best.sources)}
        if best.outside_domain:
            return msg("Only a server outside {domain} was found: {host}, port {port}, "
                       "{security} (found via {sources}). Check with your provider that it is "
                       "really theirs before you send your password to it.",
                       domain=self.domain, **where)
        if not self.o.probe:
            return msg("Most likely: {host}, port {port}, {security} ({sources}); not tested.",
                       **where)
        return msg("Use {host}, port {port}, {security}: {result} (found via {sources}).",
                   result=best.describe(), **where)

    # -- helpers ---------------------------------------------------------------------------------
    def _add(self, host: str, port: int, security: Security, kind: str, source: str,
             username: str = "") -> Candidate:
        host = host.lower().rstrip(".")
        key = (host, port, security.value)
        with self._lock:
            candidate = self.candidates.get(key)
            if candidate is None:
                candidate = Candidate(host, port, security)
                self.candidates[key] = candidate
        candidate.add_source(kind, source)
        if username and not candidate.username:
            candidate.username = username
        elif not candidate.username and self.email:
            candidate.username = self.email
        return candidate

    def _from_preset(self, provider: Provider, kind: str, source: str) -> int:
        """Adds the provider's presets; ``source`` says why, in words ("Gmail preset …")."""
        count = 0
        for preset in provider.presets:
            self._add(preset.host, preset.port, preset.security, kind, source)
            count += 1
        return count

    # -- steps -----------------------------------------------------------------------------------
    def step_input(self) -> Outcome:
        query = self.o.query.strip()
        if "@" in query:
            try:
                self.email = check_address(query, "email")
            except ValueError as exc:
                raise CheckFailure("input.invalid_address", str(exc),
                                   {"field": "address", "value": query}) from None
            domain = self.email.rsplit("@", 1)[1]
        else:
            domain = query
        try:
            self.domain = normalize_host(domain)
        except ValueError as exc:
            raise CheckFailure("input.invalid_host", str(exc), {"value": domain}) from None
        if "." not in self.domain:
            raise CheckFailure("input.invalid_host",
                               msg("A domain needs a dot, like example.com"), {"value": domain})
        facts = {"domain": self.domain, "email": self.email}
        if self.o.proxy is None:
            summary = (msg("Looking for the outgoing server of the address {address}",
                           address=self.email) if self.email else
                       msg("Looking for the outgoing server of the domain {domain}",
                           domain=self.domain))
            return Outcome(Status.PASS, summary, facts)
        # the probes and autoconfig fetches go through the proxy; DNS queries go direct
        facts["proxy"] = proxy = describe_proxy(self.o.proxy, self.domain)
        summary = (msg("Looking for the outgoing server of the address {address}, through the "
                       "proxy {proxy}", address=self.email, proxy=proxy) if self.email else
                   msg("Looking for the outgoing server of the domain {domain}, through the "
                       "proxy {proxy}", domain=self.domain, proxy=proxy))
        return Outcome(Status.PASS, summary, facts)

    def step_presets(self) -> Outcome:
        provider = provider_for_domain(self.domain)
        if provider is None or not provider.presets:
            return Outcome(Status.PASS, msg("{domain} is not a known provider's own domain",
                                            domain=self.domain))
        self.provider = provider
        count = self._from_preset(provider, "preset", msg(
            "{provider} preset (address domain {domain})", provider=provider.name,
            domain=self.domain))
        return Outcome(Status.PASS, msg_n("{domain} belongs to {provider}: {n} preset",
                                          "{domain} belongs to {provider}: {n} presets", count,
                                          domain=self.domain, provider=provider.name),
                       {"provider": provider.id, "auth_hint": provider.auth_hint,
                        "notes": list(provider.notes)})

    def step_mx(self) -> Outcome:
        answer = self.dns.lookup(self.domain, "MX")
        facts: dict[str, Any] = {"mx": [{"preference": p, "host": h}
                                        for p, h in sorted(answer.records)]}
        if not answer.ok:
            status = Status.PASS if answer.missing else Status.WARN
            diagnosis = None if answer.missing else (
                "dns.timeout" if answer.status == "timeout" else "dns.failure")
            return Outcome(status, msg("No MX: {reason}", reason=answer.describe()), facts,
                           diagnosis)
        matched: list[str] = []
        names: list[str] = []  # for people: "Google Workspace", not its id
        for _pref, host in sorted(answer.records):
            provider = provider_for_mx(host)
            if provider is not None and provider.id not in matched:
                matched.append(provider.id)
                names.append(provider.name)
                if self.provider is None:
                    self.provider = provider
                self._from_preset(provider, "mx-preset", msg(
                    "{provider} preset (MX {host})", provider=provider.name, host=host))
        hosts = ", ".join(h for _p, h in sorted(answer.records))
        if matched:
            facts["providers"] = matched
            return Outcome(Status.PASS, msg("MX {hosts}: mail is handled by {provider}",
                                            hosts=hosts, provider=names[0]), facts)
        return Outcome(Status.PASS, msg("MX {hosts} (no known provider)", hosts=hosts), facts)

    def step_srv(self) -> Outcome:
        names = {f"_submissions._tcp.{self.domain}": Security.TLS,
                 f"_submission._tcp.{self.domain}": Security.STARTTLS}
        answers = self.dns.lookup_many([(n, "SRV") for n in names])
        found: list[str] = []
        facts: dict[str, Any] = {}
        for (name, security), answer in zip(names.items(), answers, strict=True):
            label = name.split(".", 2)[0] + "._tcp"
            if not answer.ok:
                facts[label] = answer.status
                continue
            records = sorted(answer.records, key=lambda r: (r[0], -r[1]))
            if len(records) == 1 and records[0][3] in ("", "."):
                facts[label] = msg("not offered (target “.”)")
                found.append(msg("{record}: not offered", record=label))
                continue
            facts[label] = [{"priority": p, "weight": w, "port": port, "target": t}
                            for p, w, port, t in records]
            for _p, _w, port, target in records:
                if target in ("", "."):
                    continue
                self._add(target, port, security, "srv", f"SRV {label}")
                found.append(f"{label}: {target}:{port}")
        if not found:
            return Outcome(Status.PASS, msg("No SRV records (most domains have none)"), facts)
        return Outcome(Status.PASS, msg("SRV records: {records}", records="; ".join(found)),
                       facts)

    def step_autoconfig(self) -> Outcome:
        email = self.email or f"user@{self.domain}"
        urls = [u.format(domain=self.domain, email=email) for u in AUTOCONFIG_URLS]
        timeout = self.o.timeout + self.o.dns_timeout

        def fetch(url: str) -> http.HttpResponse:
            return http.get(url, timeout=timeout, nameserver=self.o.nameserver,
                            ca_file=self.o.ca_file, cancel=self.cancel, port=self.o.https_port,
                            transcript=self.transcript, proxy=self.o.proxy)

        results = run_parallel({url: functools.partial(fetch, url) for url in urls},
                               self.cancel, timeout + 1.0)
        facts: dict[str, Any] = {}
        found: list[str] = []
        for url in urls:
            outcome = results.get(url)
            short = url.split("?", 1)[0]
            if isinstance(outcome, http.HttpResponse):
                if outcome.status != 200:
                    facts[short] = f"HTTP {outcome.status}"
                    continue
                try:
                    servers = parse_autoconfig(outcome.text(), self.domain, email)
                except ET.ParseError as exc:
                    facts[short] = msg("not valid XML ({error})", error=str(exc))
                    continue
                except DefusedXmlException as exc:
                    facts[short] = msg("refused: unsafe XML ({error}: entity declarations "
                                       "and external references are not accepted)",
                                       error=type(exc).__name__)
                    continue
                facts[short] = [{**s, "security": s["security"].value} for s in servers]
                for server in servers:
                    self._add(server["host"], server["port"], server["security"], "autoconfig",
                              f"autoconfig {short}", server["username"] if self.email else "")
                    found.append(f"{server['host']}:{server['port']}")
            elif isinstance(outcome, http.HttpFailure):
                facts[short] = outcome.message
            elif outcome is None:
                facts[short] = msg("no answer in time")
            else:
                facts[short] = type(outcome).__name__
        if not found:
            return Outcome(Status.PASS, msg("No autoconfig file published"), facts)
        return Outcome(Status.PASS, msg("autoconfig lists {servers}", servers=", ".join(found)),
                       facts)

    def step_guesses(self) -> Outcome:
        added = 0
        for prefix in GUESS_PREFIXES:
            host = prefix + self.domain
            for port in self.o.guess_ports:
                key = (host, port, _security_for_port(port).value)
                if key not in self.candidates:
                    added += 1
                self._add(host, port, _security_for_port(port), "guess", msg("guess"))
        names = ", ".join(prefix + self.domain for prefix in GUESS_PREFIXES)
        return Outcome(Status.PASS, msg_n("{n} usual name and port to try ({names})",
                                          "{n} usual names and ports to try ({names})", added,
                                          names=names),
                       {"guesses": added, "candidates": len(self.candidates)})

    def _addresses(self, host: str) -> list[Address]:
        with self._lock:
            known = self._resolved.get(host)
        if known is None:
            try:
                known = resolve(host, 0, self.o.ip_version, self.o.dns_timeout,
                                self.o.nameserver, self.cancel, self.o.proxy)
            except CheckFailure as exc:
                known = exc
            with self._lock:
                self._resolved[host] = known
        if isinstance(known, CheckFailure):
            raise known
        return known

    def _probe(self, c: Candidate) -> Candidate:
        t0 = time.monotonic()
        c.probed = True
        try:
            self._probe_inner(c)
        except CheckFailure as exc:
            c.diagnosis = c.diagnosis or exc.diagnosis
            c.error = c.error or exc.summary
        finally:
            c.ms = (time.monotonic() - t0) * 1000
        self.transcript.note(f"{c.host}:{c.port} {c.security.label}: {c.describe()}")
        return c

    def _open(self, c: Candidate) -> Session:
        """A new connection to the candidate (its first two addresses); use it in a ``with``."""
        addresses = self._addresses(c.host)
        failure: CheckFailure | None = None
        for address in addresses[:2]:
            try:
                sock = connect(address, c.port, self.o.timeout, self.cancel, self.o.proxy,
                               self.o.nameserver)
            except CheckFailure as exc:
                failure = exc
                continue
            channel = Channel(sock, self.transcript, self.cancel, self.o.timeout,
                              time.monotonic() + 4 * self.o.timeout)
            return Session(channel, self.o.ehlo_name, c.host)
        raise failure or CheckFailure("tcp.timeout", msg("No time was left to connect"))

    def _certificate_problem(self, c: Candidate, failure: CertificateRejected) -> None:
        """The server speaks TLS, but its certificate was rejected: note the problem and read
        the names the certificate is really for (a second connection, unverified)."""
        c.cert_valid = False
        c.cert_problem = failure.diagnosis
        c.tls = True  # the server spoke TLS far enough to show its certificate
        with contextlib.suppress(CheckFailure, OSError), self._open(c) as session:
            session.open(c.security, make_context(verify=False), until="tls")
            c.cert_names = _cert_names(session, c.host)

    def _probe_inner(self, c: Candidate) -> None:
        verified = make_context(ca_file=self.o.ca_file)
        with contextlib.ExitStack() as stack:
            session = stack.enter_context(self._open(c))
            try:
                session.open(c.security, verified)
            except StartTLSUnavailable:
                c.security = Security.NONE  # the session goes on, unencrypted
            except CertificateRejected as failure:
                self._certificate_problem(c, failure)
                if c.security is Security.STARTTLS:  # it works, with that certificate
                    c.works = True
                    c.auth = _auth_of(session.caps)
                    return
                # implicit TLS: go on without verification to see what the server offers
                session.close()
                session = stack.enter_context(self._open(c))
                session.open(c.security, make_context(verify=False))
            else:
                if c.security is not Security.NONE:
                    c.tls, c.cert_valid = True, True
                    c.tls_version = session.tls_version
                    with contextlib.suppress(Exception):
                        c.cert_names = _cert_names(session, c.host)
            finally:
                if session.greeting is not None:
                    c.greeting = session.greeting.short()
            c.auth = _auth_of(session.caps)
            c.works = True
            with contextlib.suppress(CheckFailure, OSError):
                session.channel.command("QUIT", timeout=1.0)

    def step_probe(self) -> Outcome:
        candidates = list(self.candidates.values())
        tasks: dict[str, Callable[[], Any]] = {
            f"{c.host}|{c.port}|{c.security.value}": functools.partial(self._probe, c)
            for c in candidates}
        t0 = time.monotonic()
        run_parallel(tasks, self.cancel, self.o.dns_timeout + 6 * self.o.timeout + 2)
        elapsed = time.monotonic() - t0
        working = [c for c in candidates if c.works]
        summary = msg_n("{n} candidate tried in {seconds} s: {working} works",
                        "{n} candidates tried in {seconds} s: {working} work", len(candidates),
                        seconds=number(elapsed, 1), working=number(len(working)))
        return Outcome(Status.PASS, summary, {"elapsed_ms": round(elapsed * 1000, 1),
                                              "tried": len(candidates),
                                              "working": len(working)})

    def _mark_outside(self, c: Candidate) -> None:
        if in_domain(c.host, self.domain) or any(k in TRUSTED_KINDS for k in c.kinds):
            return
        if provider_owning_host(_name(c.host)) is not None:
            return
        c.outside_domain = True
        c.outside_note = outside_note(c, self.domain)

    def step_rank(self) -> Outcome:
        for c in self.candidates.values():
            self._mark_outside(c)
            c.score = score(c) if self.o.probe else max(
                SOURCE_WEIGHT.get(k, 0) for k in c.kinds) * 10 + (
                20 if c.port in (465, 587) else 0)
        # Outside-domain candidates come after every other one, whatever their score.
        order = sorted(self.candidates.values(), key=lambda c: (c.outside_domain, -c.score))
        listed = [c.to_dict() for c in order if c.works or not self.o.probe or
                  "guess" not in c.kinds or len(c.kinds) > 1]
        facts: dict[str, Any] = {"candidates": listed,
                                 "tried": [c.to_dict() for c in order]}
        self.ranked = [c for c in order if c.works] if self.o.probe else order
        if not self.ranked:
            raise CheckFailure("discover.nothing_found", msg_n(
                "No candidate answered as a mail server ({n} tried)",
                "None of the {n} candidates answered as a mail server", len(self.candidates)),
                facts)
        best = self.ranked[0]
        facts["best"] = best.to_dict()
        facts["form"] = best.form()
        summary = msg("{host}, port {port}, {security} — {result}", host=best.host,
                      port=best.port, security=best.security.label, result=best.describe())
        if best.outside_domain:
            return Outcome(Status.WARN, summary, {**facts, "host": best.host,
                                                  "domain": self.domain},
                           "discover.outside_domain")
        if self.o.probe and not best.tls:
            return Outcome(Status.WARN, summary, {**facts, "host": best.host},
                           "discover.no_tls")
        if self.o.probe and best.cert_valid is False:
            suggestion = suggest_host(best.cert_names, best.host)
            extra = {"host": best.host, "cert_names": best.cert_names}
            if suggestion:
                extra["suggested_host"] = suggestion
            return Outcome(Status.WARN, summary, {**facts, **extra}, "discover.cert_problem")
        return Outcome(Status.PASS, summary, facts)


def _auth_of(caps: dict[str, str]) -> list[str]:
    return caps.get("AUTH", "").upper().split()


def _cert_names(session: Session, host: str) -> list[str]:
    """The names the certificate of ``session``'s TLS connection is for."""
    der = session.tls_sock.getpeercert(binary_form=True) if session.tls_sock else None
    return list(certificate_facts(der, host).get("sans", [])) if der else []


def best_settings(result: RunResult) -> dict[str, Any] | None:
    """The form dict of the best candidate of a discovery run (None if nothing was found)."""
    for step in result.steps:
        if step.id == "rank" and isinstance(step.facts.get("form"), dict):
            return dict(step.facts["form"])
    return None


def run_discover(options: DiscoverOptions, on_event: Callable[[Event], None] | None = None,
                 cancel: CancelToken | None = None) -> RunResult:
    """Find the outgoing server settings for an address or domain (blocking; worker thread)."""
    token = cancel or CancelToken()
    return execute(DiscoverCheck(options, token), on_event, token)


__all__ = ["Candidate", "DiscoverOptions", "best_settings", "parse_autoconfig",
           "run_discover"]
