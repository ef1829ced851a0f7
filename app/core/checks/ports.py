"""Port reachability: "is it my network or the server?"

Every port (25, 465, 587, 2525 and any the user adds) is probed in parallel, on the server's first
IPv4 and first IPv6 address separately, so the whole probe takes about one connect timeout. An
open port is identified by what answers: an SMTP greeting, an implicit-TLS handshake (then the
greeting inside it), something else (SSH, HTTP …), or silence.

The control comparison probes the same ports on a reference host that answers on every port
(default ``portquiz.net``; configurable; the tests use loopback). Filtered on both: your network
or ISP blocks the port. Open on the reference but filtered on the server: the server or its
firewall drops it.

Steps: ``resolve`` → ``probe`` → ``reference`` (only with a reference host) → ``port_<N>`` per
port, each with a diagnosis id from the ``ports.*`` family when the port does not work.
"""

from __future__ import annotations

import functools
import re
import select
import socket
import ssl
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from ..background import run_parallel
from ..cancel import CancelToken
from ..errors import CheckFailure, ConnectError, ConnectKind, ProxyFailure
from ..model import (
    Event,
    IPVersion,
    Proxy,
    RunResult,
    Status,
    StepResult,
    proxy_secrets,
    proxy_text,
)
from ..protocol.net import Address, connect, resolve
from ..protocol.proxy import describe as describe_proxy
from ..protocol.smtp import Channel
from ..protocol.tls import make_context
from ..protocol.transcript import Transcript, printable
from ..runner import Outcome, Step, execute
from ..text.i18n import msg, msg_n, number

DEFAULT_PORTS: tuple[int, ...] = (25, 465, 587, 2525)
#: A public host that accepts TCP connections on every port (http://portquiz.net). Used only as
#: the control for "is it my network?"; configurable (an empty string turns the control off).
DEFAULT_REFERENCE = "portquiz.net"
DEFAULT_TIMEOUT = 5.0

State = Literal["open", "closed", "filtered", "unreachable", "error"]
Service = Literal["smtp", "smtp_tls", "tls", "other", "silent", ""]
SERVICE_LABEL = {"smtp": "SMTP greeting", "smtp_tls": "SMTP over implicit TLS",
                 "tls": "TLS, no SMTP greeting", "other": "not SMTP", "silent": "no greeting",
                 "": ""}
_SMTP_LINE = re.compile(rb"^\d{3}([ -]|\r?$)")


@dataclass(frozen=True)
class PortsOptions:
    host: str
    ports: tuple[int, ...] = DEFAULT_PORTS
    timeout: float = DEFAULT_TIMEOUT  # the one connect timeout every probe shares
    reference: str = DEFAULT_REFERENCE  # "" = no control comparison
    nameserver: str = ""
    proxy: Proxy | None = None  # every connection goes through it
    ip_version: IPVersion = IPVersion.AUTO
    dns_timeout: float = 5.0
    greeting_wait: float = 2.0  # silence on an open port before we try a TLS handshake

    def public_dict(self) -> dict[str, Any]:
        return {"host": self.host, "ports": list(self.ports), "timeout": self.timeout,
                "reference": self.reference, "nameserver": self.nameserver,
                "proxy": proxy_text(self.proxy),
                "ip_version": self.ip_version.value}


@dataclass
class Probe:
    host: str
    ip: str
    family: str  # "IPv4" / "IPv6"
    port: int
    state: State = "error"
    service: Service = ""
    banner: str = ""
    tls_version: str = ""
    ms: float = 0.0
    error: str = ""
    diagnosis: str = ""  # a failure that is not the port's (the proxy's: proxy.*)

    @property
    def label(self) -> str:
        if self.state == "open":
            what = SERVICE_LABEL[self.service]
            return f"open ({what})" if what else "open"
        return {"closed": "closed (refused)", "filtered": "filtered (no answer)",
                "unreachable": "unreachable", "error": f"error ({self.error})"}[self.state]

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"host": self.host, "ip": self.ip, "family": self.family,
                               "port": self.port, "state": self.state, "ms": round(self.ms, 1)}
        if self.service:
            out["service"] = self.service
        if self.banner:
            out["banner"] = self.banner
        if self.tls_version:
            out["tls_version"] = self.tls_version
        if self.error:
            out["error"] = self.error
        if self.diagnosis:
            out["diagnosis"] = self.diagnosis
        return out


_STATE_OF: dict[ConnectKind, State] = {ConnectKind.REFUSED: "closed",
                                       ConnectKind.TIMEOUT: "filtered",
                                       ConnectKind.UNREACHABLE: "unreachable"}


def _first_line(sock: socket.socket, deadline: float) -> bytes:
    """Bytes up to the first newline (or whatever came) before ``deadline``; b"" if silent."""
    data = b""
    while b"\n" not in data and len(data) < 1024:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            break
        if isinstance(sock, ssl.SSLSocket) and sock.pending():
            readable = True
        else:
            try:
                readable = bool(select.select([sock], [], [], remaining)[0])
            except (OSError, ValueError):
                break
        if not readable:
            break
        try:
            sock.settimeout(max(0.001, deadline - time.monotonic()))
            chunk = sock.recv(1024)
        except ssl.SSLWantReadError:
            continue
        except (OSError, ssl.SSLError):
            break
        if not chunk:
            break
        data += chunk
    return data.split(b"\n", 1)[0].rstrip(b"\r")


def _classify_banner(line: bytes) -> tuple[Service, str]:
    if _SMTP_LINE.match(line):
        return "smtp", printable(line)
    if line[:1] == b"\x16" or line[:2] == b"\x15\x03":
        return "tls", "TLS data"
    for prefix, name in ((b"SSH-", "SSH"), (b"HTTP/", "HTTP"), (b"+OK", "POP3"),
                         (b"* OK", "IMAP")):
        if line.startswith(prefix):
            return "other", f"{name}: {printable(line)[:120]}"
    return "other", printable(line)[:120]


def probe_port(address: Address, port: int, host: str, timeout: float, greeting_wait: float,
               cancel: CancelToken, transcript: Transcript, identify: bool = True,
               proxy: Proxy | None = None, nameserver: str = "") -> Probe:
    """Connect to one address and port (through ``proxy`` when given) and say what answers.
    Never raises but Cancelled."""
    probe = Probe(host, address.ip, address.family_name, port)
    where = address.display(port)
    t0 = time.monotonic()
    try:
        sock = connect(address, port, timeout, cancel, proxy, nameserver)
    except (ConnectError, ProxyFailure) as exc:
        probe.state = _STATE_OF[exc.kind] if isinstance(exc, ConnectError) else "error"
        probe.diagnosis = exc.diagnosis if isinstance(exc, ProxyFailure) else ""
        probe.ms = (time.monotonic() - t0) * 1000
        probe.error = exc.summary
        transcript.note(f"{host} {where}: {probe.label} after {probe.ms:.0f} ms")
        return probe
    probe.state = "open"
    probe.ms = (time.monotonic() - t0) * 1000
    if not identify:
        transcript.note(f"{host} {where}: open after {probe.ms:.0f} ms")
        cancel.unregister(sock)
        sock.close()
        return probe
    channel = Channel(sock, transcript, cancel, reply_timeout=timeout,
                      step_deadline=time.monotonic() + greeting_wait + max(timeout, 2.0))
    try:
        line = _first_line(sock, time.monotonic() + greeting_wait)
        cancel.check()
        if line:
            probe.service, probe.banner = _classify_banner(line)
            transcript.add("S", f"{where}: {printable(line)[:200]}")
            if probe.service == "smtp":
                try:
                    sock.settimeout(0.5)
                    sock.sendall(b"QUIT\r\n")
                except OSError:
                    pass
        else:
            transcript.note(f"{where}: silent for {greeting_wait:g} s; trying a TLS handshake")
            try:
                tls_sock = channel.start_tls(make_context(verify=False), _sni(host),
                                             max(timeout, 2.0))
            except CheckFailure as exc:
                probe.service = "silent"
                probe.error = exc.summary
            else:
                probe.tls_version = tls_sock.version() or ""
                greeting = _first_line(tls_sock, time.monotonic() + min(greeting_wait, 2.0))
                if _SMTP_LINE.match(greeting):
                    probe.service, probe.banner = "smtp_tls", printable(greeting)
                    transcript.add("S", f"{where}: {probe.banner[:200]}", True)
                else:
                    probe.service = "tls"
    finally:
        channel.close()
    transcript.note(f"{host} {where}: {probe.label}")
    return probe


def _sni(host: str) -> str | None:
    return None if re.fullmatch(r"[\d.]+|.*:.*", host) else host


def address_list(addresses: list[Address]) -> str:
    """"192.0.2.1 (IPv4), 2001:db8::1 (IPv6)": data for a summary's {addresses}."""
    return ", ".join(f"{a.ip} ({a.family_name})" for a in addresses)


def _pick_families(addresses: list[Address]) -> list[Address]:
    """The first address of each family, IPv4 first."""
    picked: dict[int, Address] = {}
    for address in addresses:
        picked.setdefault(address.family, address)
    return sorted(picked.values(), key=lambda a: a.family != socket.AF_INET)


# -- per-port verdicts ---------------------------------------------------------------------------

@dataclass
class PortVerdict:
    port: int
    status: Status
    diagnosis: str | None
    summary: str
    facts: dict[str, Any] = field(default_factory=dict)


_PRIORITY = ("proxy.unreachable", "proxy.auth_required", "proxy.auth_failed",
             "proxy.protocol_mismatch", "proxy.dns_failed", "proxy.port_refused",
             "ports.blocked_local", "ports.blocked_remote", "ports.closed",
             "ports.unreachable", "ports.filtered", "ports.error")


def _family_diagnosis(target: Probe, reference: Probe | None) -> tuple[str | None, str]:
    """(diagnosis, plain words in the language in use) for one port on one address family."""
    if target.state == "open":
        if target.service == "smtp":
            return None, msg("open (SMTP greeting)")
        if target.service == "smtp_tls":
            return None, msg("open (SMTP over implicit TLS)")
        if target.service == "tls":
            return None, msg("open (TLS, but no SMTP greeting inside)")
        if target.service == "other":
            return "ports.not_smtp", msg("open, but not a mail server answers ({banner})",
                                         banner=target.banner)
        return "ports.silent", msg("open, but nothing answers (no greeting, no TLS)")
    if target.state == "closed":
        return "ports.closed", msg("closed: the server refused the connection")
    if target.state == "unreachable":
        return "ports.unreachable", msg("unreachable: no route to the server")
    if target.state == "error":
        return target.diagnosis or "ports.error", target.error or msg("error")
    if reference is None:
        return "ports.filtered", msg("filtered: no answer (no control comparison)")
    if reference.state == "open":
        return "ports.blocked_remote", msg(
            "filtered, while {reference} answers on the same port: the server or its firewall "
            "drops it", reference=reference.host)
    if reference.state in ("filtered", "unreachable"):
        return "ports.blocked_local", msg(
            "filtered, and {reference} does not answer on this port either: your network "
            "blocks it", reference=reference.host)
    return "ports.filtered", msg("filtered ({reference} gave no clear answer)",
                                 reference=reference.host)


def _findings(found: Sequence[tuple[str, str | None, str]]) -> str:
    """"IPv4: open (SMTP greeting); IPv6: …": one finding per address family."""
    return msg("; ").join(msg("{label}: {value}", label=family, value=words)
                          for family, _diagnosis, words in found)


def port_verdict(port: int, targets: list[Probe], references: dict[str, Probe],
                 others_open: bool) -> PortVerdict:
    per_family: dict[str, Any] = {}
    found: list[tuple[str, str | None, str]] = []
    for probe in targets:
        reference = references.get(probe.family)
        diagnosis, words = _family_diagnosis(probe, reference)
        entry = probe.to_dict()
        entry["verdict"] = words
        if reference is not None:
            entry["reference"] = reference.to_dict()
        per_family[probe.family] = entry
        found.append((probe.family, diagnosis, words))
    facts: dict[str, Any] = {"port": port, "families": per_family}
    opened = [f for f, _d, _w in found if per_family[f]["state"] == "open"]
    problems = [(f, d, w) for f, d, w in found if d]
    if not problems:
        return PortVerdict(port, Status.PASS, None,
                           msg("Port {port} {findings}", port=port, findings=_findings(found)),
                           facts)
    if opened and any(per_family[f]["state"] != "open" for f, _d, _w in problems):
        bad = next(p for p in problems if per_family[p[0]]["state"] != "open")
        facts["family"] = bad[0]
        return PortVerdict(port, Status.WARN, "ports.family_differs",
                           msg("Port {port} works over {families} but over {family} it is "
                               "{words}", port=port, families=", ".join(opened), family=bad[0],
                               words=bad[2]), facts)
    if opened:  # open everywhere, but not SMTP
        family, diagnosis, words = problems[0]
        return PortVerdict(port, Status.WARN, diagnosis,
                           msg("Port {port} ({family}): {words}", port=port, family=family,
                               words=words), facts)
    chosen = min(problems, key=lambda p: _PRIORITY.index(p[1]) if p[1] in _PRIORITY else 99)
    text = _findings(problems) if len(problems) > 1 else chosen[2]
    status = Status.WARN if others_open else Status.FAIL
    return PortVerdict(port, status, chosen[1], msg("Port {port} {findings}", port=port,
                                                    findings=text), facts)


# -- the plan ------------------------------------------------------------------------------------

class PortsCheck:
    def __init__(self, options: PortsOptions, cancel: CancelToken) -> None:
        self.o = options
        self.cancel = cancel
        self.transcript = Transcript(proxy_secrets(self.o.proxy))
        self.targets: list[Address] = []
        self.references: list[Address] = []
        self.reference_error = ""
        self.probes: list[Probe] = []
        self.reference_probes: list[Probe] = []
        self.probe_ms = 0.0
        self._verdicts: dict[int, PortVerdict] = {}

    @property
    def ports(self) -> list[int]:
        seen: list[int] = []
        for port in self.o.ports:
            if port not in seen:
                seen.append(port)
        return seen

    @property
    def target(self) -> dict[str, Any]:
        return self.o.public_dict()

    def steps(self) -> list[Step]:
        plan = [Step("resolve", msg("Look up the server"), self.step_resolve,
                     msg("the name lookup"), self.o.dns_timeout),
                Step("probe", msg_n("Probe {n} port in parallel", "Probe {n} ports in parallel",
                                    len(self.ports)), self.step_probe,
                     msg("the ports to answer"), self.probe_budget)]
        if self.o.reference:
            plan.append(Step("reference", msg("Control: {reference}", reference=self.o.reference),
                             self.step_reference))
        for port in self.ports:  # a port is a name, not a quantity: no digit grouping
            plan.append(Step(f"port_{port}", msg("Port {port}", port=port),
                             functools.partial(self.step_port, port)))
        return plan

    @property
    def probe_budget(self) -> float:
        """The longest the parallel probe may take (connect, silence, TLS try, slack)."""
        o = self.o
        return o.timeout + o.greeting_wait + max(o.timeout, 2.0) + 2.0

    def begin_step(self) -> None:
        pass

    def close(self) -> None:
        pass

    def advice_context(self) -> dict[str, Any]:
        working = {p.port for p in self.probes if p.service in ("smtp", "smtp_tls")}
        preferred = [p for p in (587, 465, 2525, 25) if p in working] + sorted(working)
        ctx: dict[str, Any] = {"host": self.o.host,
                               "address": self.targets[0].ip if self.targets else self.o.host,
                               "control_host": bool(self.o.reference)}
        if preferred:
            ctx["suggested_port"] = preferred[0]
        return ctx

    def verdict(self, steps: list[StepResult], status: Status, total_ms: float) -> str:
        failed = next((s for s in steps if s.status is Status.FAIL and s.id in (
            "resolve", "probe")), None)
        if failed is not None:
            return failed.advice.title if failed.advice else failed.summary
        groups: dict[str, list[str]] = {}
        for port in self.ports:
            verdict = self._verdicts.get(port)
            if verdict is None:
                continue
            key = {None: msg("Open"), "ports.blocked_local": msg("Blocked by your network or ISP"),
                   "ports.blocked_remote": msg("Blocked by the server or its firewall"),
                   "ports.closed": msg("Closed on the server"),
                   "ports.family_differs": msg("Works on one IP version only"),
                   "ports.unreachable": msg("Unreachable"),
                   "proxy.port_refused": msg("Refused by the proxy"),
                   "ports.filtered": msg("No answer (network or server)"),
                   "ports.not_smtp": msg("Open but not SMTP"),
                   "ports.silent": msg("Open but silent")}.get(verdict.diagnosis, msg("Problem"))
            groups.setdefault(key, []).append(str(port))
        said = msg("; ").join(msg("{label}: {value}", label=k, value=", ".join(v))
                              for k, v in groups.items())
        return msg("{host}: {findings} (probed in {seconds} s).", host=self.o.host,
                   findings=said, seconds=number(self.probe_ms / 1000, 1))

    # -- steps -----------------------------------------------------------------------------------
    def step_resolve(self) -> Outcome:
        o = self.o

        def target() -> list[Address]:
            return resolve(o.host, 0, o.ip_version, o.dns_timeout, o.nameserver, self.cancel,
                           o.proxy)

        def reference() -> list[Address]:
            return resolve(o.reference, 0, o.ip_version, o.dns_timeout, o.nameserver,
                           self.cancel, o.proxy)

        tasks: dict[str, Callable[[], Any]] = {"target": target}
        if o.reference:
            tasks["reference"] = reference
        results = run_parallel(tasks, self.cancel, o.dns_timeout + 1.0)
        self.cancel.check()
        found = results.get("target")
        if isinstance(found, BaseException) or found is None:
            if isinstance(found, CheckFailure):
                raise found
            raise CheckFailure("dns.timeout", msg("Looking up {host} took too long", host=o.host))
        self.targets = _pick_families(found)
        ref = results.get("reference")
        if o.reference:
            if isinstance(ref, list):
                self.references = _pick_families(ref)
            else:
                self.reference_error = ref.summary if isinstance(ref, CheckFailure) else \
                    msg("looking up {host} failed", host=o.reference)
        facts: dict[str, Any] = {
            "addresses": [{"ip": a.ip, "family": a.family_name} for a in found],
            "probed": [{"ip": a.ip, "family": a.family_name} for a in self.targets]}
        if self.references:
            facts["reference_addresses"] = [{"ip": a.ip, "family": a.family_name}
                                            for a in self.references]
        if o.proxy is not None:
            facts["proxy"] = describe_proxy(o.proxy, o.host)
        addresses = address_list(self.targets)
        if len(found) > len(self.targets):
            return Outcome(Status.PASS, msg_n(
                "{host} → {addresses} (first of {n} address per IP version)",
                "{host} → {addresses} (first of {n} addresses per IP version)", len(found),
                host=o.host, addresses=addresses), facts)
        return Outcome(Status.PASS, msg("{host} → {addresses}", host=o.host,
                                        addresses=addresses), facts)

    def step_probe(self) -> Outcome:
        o = self.o
        tasks: dict[str, Callable[[], Any]] = {}
        for address in self.targets:
            for port in self.ports:
                tasks[f"t|{address.ip}|{port}"] = functools.partial(
                    probe_port, address, port, o.host, o.timeout, o.greeting_wait, self.cancel,
                    self.transcript, proxy=o.proxy, nameserver=o.nameserver)
        families = {a.family for a in self.targets}
        for address in self.references:
            if address.family not in families:
                continue
            for port in self.ports:
                tasks[f"r|{address.ip}|{port}"] = functools.partial(
                    probe_port, address, port, o.reference, o.timeout, o.greeting_wait,
                    self.cancel, self.transcript, identify=False, proxy=o.proxy,
                    nameserver=o.nameserver)
        t0 = time.monotonic()
        results = run_parallel(tasks, self.cancel, self.probe_budget)
        self.probe_ms = (time.monotonic() - t0) * 1000
        for key in tasks:
            kind, ip, port_text = key.split("|")
            value = results.get(key)
            if not isinstance(value, Probe):
                family = "IPv6" if ":" in ip else "IPv4"
                error = msg("the probe failed ({error})", error=type(value).__name__) \
                    if value is not None else msg("the probe gave no result")
                value = Probe(o.reference if kind == "r" else o.host, ip, family,
                              int(port_text), "error", error=error)
            (self.reference_probes if kind == "r" else self.probes).append(value)
        opened = sum(1 for p in self.probes if p.state == "open")
        figures: dict[str, object] = {"seconds": number(self.probe_ms / 1000, 1),
                                      "opened": number(opened), "total": number(len(self.probes)),
                                      "host": o.host}
        if o.proxy is None:
            summary = msg_n("{n} probe in {seconds} s: {opened} of {total} open on {host}",
                            "{n} probes in {seconds} s: {opened} of {total} open on {host}",
                            len(tasks), **figures)
        else:
            summary = msg_n("{n} probe in {seconds} s: {opened} of {total} open on {host}, "
                            "through the proxy {proxy}",
                            "{n} probes in {seconds} s: {opened} of {total} open on {host}, "
                            "through the proxy {proxy}", len(tasks), **figures,
                            proxy=describe_proxy(o.proxy, o.host))
        return Outcome(Status.PASS, summary, {"elapsed_ms": round(self.probe_ms, 1),
                                              "probes": len(tasks)})

    def step_reference(self) -> Outcome:
        o = self.o
        if self.reference_error:
            return Outcome(Status.WARN, msg("No control comparison: {reason}",
                                            reason=self.reference_error),
                           {"reference": o.reference}, "ports.reference_unavailable")
        if not self.reference_probes:
            return Outcome(Status.WARN, msg("No control comparison: {reference} has no address "
                                            "of the same IP version as the server",
                                            reference=o.reference),
                           {"reference": o.reference}, "ports.reference_unavailable")
        opened = sorted({p.port for p in self.reference_probes if p.state == "open"})
        shut = sorted({p.port for p in self.reference_probes if p.state != "open"})
        facts = {"reference": o.reference,
                 "probes": [p.to_dict() for p in self.reference_probes]}
        if not opened:
            return Outcome(Status.WARN, msg("{reference} answered on none of the ports: this "
                                            "network blocks them, or the control host is down",
                                            reference=o.reference), facts,
                           "ports.reference_unavailable")
        if shut:
            return Outcome(Status.PASS, msg(
                "{reference} answers on port {open}; not on {closed} (your network blocks "
                "those)", reference=o.reference, open=", ".join(map(str, opened)),
                closed=", ".join(map(str, shut))), facts)
        return Outcome(Status.PASS, msg("{reference} answers on port {open}",
                                        reference=o.reference,
                                        open=", ".join(map(str, opened))), facts)

    def step_port(self, port: int) -> Outcome:
        targets = [p for p in self.probes if p.port == port]
        references = {p.family: p for p in self.reference_probes if p.port == port}
        others_open = any(p.state == "open" for p in self.probes if p.port != port)
        verdict = port_verdict(port, targets, references, others_open)
        self._verdicts[port] = verdict
        facts = dict(verdict.facts)
        if verdict.diagnosis:
            facts.setdefault("family", next(iter(verdict.facts["families"]), ""))
        return Outcome(verdict.status, verdict.summary, facts, verdict.diagnosis)


def run_ports(options: PortsOptions, on_event: Callable[[Event], None] | None = None,
              cancel: CancelToken | None = None) -> RunResult:
    """Probe the ports of ``options.host`` (blocking; call it from a worker thread)."""
    token = cancel or CancelToken()
    return execute(PortsCheck(options, token), on_event, token)
