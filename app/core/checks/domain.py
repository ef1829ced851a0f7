"""Domain health: MX, DNSSEC, SPF, DMARC, DKIM, BIMI, MTA-STS, TLS-RPT, DANE, reverse DNS and
the greeting name.

Steps (ids): ``mx`` → ``dnssec`` → ``spf`` → ``dmarc`` → ``dkim`` → ``bimi`` → ``mta_sts`` →
``tls_rpt`` → ``dane`` → ``ptr`` → ``greeting``. Each problem carries a diagnosis id (``mx.*``,
``dnssec.*``, ``spf.*``, ``dmarc.*``, ``dkim.*``, ``bimi.*``, ``mtasts.*``, ``tlsrpt.*``,
``dane.*``, ``ptr.*``; a DNS server that fails gives ``dns.timeout`` / ``dns.failure``) with
fixes in the knowledge base. Optional features that are simply absent (DNSSEC, BIMI, MTA-STS,
TLS-RPT, DANE) end as "skipped" with their advice attached, so they inform without failing.
The DNSSEC, DANE, MTA-STS certificate and BIMI parts live in ``mxsecurity.py``; the MX
certificates are read on ``server_port`` (25 unless a test or the user says otherwise).

Every lookup goes through ``dnsquery.Resolver`` (one per run, cached, bounded, cancellable);
``nameserver`` points it at a chosen DNS server (the tests' loopback server).
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import functools
import ipaddress
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from ..cancel import CancelToken
from ..errors import CheckFailure
from ..model import Event, Proxy, RunResult, Status, StepResult, proxy_secrets, proxy_text
from ..protocol import http
from ..protocol.dnsquery import Answer, Resolver, reverse_name, run_parallel
from ..protocol.net import connect, literal_address
from ..protocol.smtp import Channel
from ..protocol.transcript import Transcript
from ..records import dmarc, mtasts, spf
from ..records.taglist import TagListError, parse_tags
from ..runner import Outcome, Step, execute
from ..text.i18n import msg, msg_n
from ..validate import normalize_host
from . import mxsecurity

COMMON_SELECTORS: tuple[str, ...] = (
    "default", "dkim", "mail", "google", "selector1", "selector2", "k1", "k2", "s1", "s2",
    "smtp", "mx", "fm1", "fm2", "protonmail", "zoho", "mandrill", "everlytickey1", "20230601",
    "20161025",
)
_SELECTOR = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,62})$")


@dataclass(frozen=True)
class DomainOptions:
    domain: str
    dkim_selectors: tuple[str, ...] = ()
    common_selectors: bool = True  # also probe COMMON_SELECTORS
    server: str = ""  # host or IP for the reverse-DNS and greeting checks; "" = the first MX
    server_port: int = 25
    check_greeting: bool = True
    nameserver: str = ""
    proxy: Proxy | None = None  # every connection goes through it
    ca_file: str = ""  # trust for the MTA-STS policy's HTTPS server ("" = the OS store)
    timeout: float = 5.0
    dns_timeout: float = 5.0
    https_port: int | None = None  # fetch the MTA-STS policy from this port (tests)

    def public_dict(self) -> dict[str, Any]:
        return {"domain": self.domain, "dkim_selectors": list(self.dkim_selectors),
                "server": self.server, "server_port": self.server_port,
                "nameserver": self.nameserver,
                "proxy": proxy_text(self.proxy), "timeout": self.timeout}


def _dns_problem(answer: Answer) -> str:
    return "dns.timeout" if answer.status == "timeout" else "dns.failure"


# -- DKIM key records ------------------------------------------------------------------------------

class DkimError(ValueError):
    pass


def parse_dkim(text: str) -> dict[str, Any]:
    """A DKIM key record -> {"k", "p", "bits", "revoked", "testing"}; raises DkimError."""
    try:
        tags = parse_tags(text, "DKIM1", version_required=False)
    except TagListError as exc:
        raise DkimError(exc.message) from None
    if "p" not in tags:
        raise DkimError(msg("The key tag p= is missing"))
    key_b64 = re.sub(r"\s+", "", tags["p"])  # base64 may be folded with spaces
    key_type = tags.get("k", "rsa").lower()
    if key_type not in ("rsa", "ed25519"):
        raise DkimError(msg("Unknown key type {tag}", tag=f"k={key_type}"))
    out: dict[str, Any] = {"k": key_type, "revoked": key_b64 == "", "bits": None,
                           "testing": "y" in tags.get("t", "").split(":")}
    if not key_b64:
        return out
    try:
        raw = base64.b64decode(key_b64, validate=True)
    except (binascii.Error, ValueError):
        raise DkimError(msg("The key p= is not valid base64")) from None
    if key_type == "ed25519":
        if len(raw) != 32:
            raise DkimError(msg("An Ed25519 key must be 32 bytes"))
        out["bits"] = 256
        return out
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import load_der_public_key

    try:
        key = load_der_public_key(raw)
    except (ValueError, TypeError):
        raise DkimError(msg("The key p= is not a valid public key")) from None
    if not isinstance(key, rsa.RSAPublicKey):
        raise DkimError(msg("k=rsa but the key is not an RSA key"))
    out["bits"] = key.key_size
    return out


# -- the plan --------------------------------------------------------------------------------------

class DomainCheck:
    def __init__(self, options: DomainOptions, cancel: CancelToken) -> None:
        self.o = options
        self.cancel = cancel
        self.transcript = Transcript(proxy_secrets(self.o.proxy))
        self.dns = Resolver(options.nameserver, options.dns_timeout, cancel)
        self.domain = ""
        self.mx_hosts: list[str] = []
        self.null_mx = False
        self.server_ip = ""
        self.ptr_names: list[str] = []
        self.dnssec = ""  # secure / insecure / unvalidated / bogus, from the dnssec step
        self.dmarc_record: dmarc.DmarcRecord | None = None
        self.mx_tls: dict[tuple[str, bool], mxsecurity.MxTls] = {}

    @property
    def target(self) -> dict[str, Any]:
        return self.o.public_dict()

    def steps(self) -> list[Step]:
        probes = 4 * self.o.timeout + 2 * self.o.dns_timeout + 5
        return [Step("mx", msg("Mail servers (MX)"), self.step_mx),
                Step("dnssec", msg("DNSSEC (signed DNS)"),
                     partial(mxsecurity.step_dnssec, self)),
                Step("spf", msg("SPF (who may send)"), self.step_spf),
                Step("dmarc", msg("DMARC (what receivers do)"), self.step_dmarc),
                Step("dkim", msg("DKIM keys"), self.step_dkim),
                Step("bimi", msg("BIMI (brand logo)"), partial(mxsecurity.step_bimi, self)),
                Step("mta_sts", msg("MTA-STS"), self.step_mta_sts, msg("the MX servers"),
                     probes),
                Step("tls_rpt", msg("TLS-RPT"), self.step_tls_rpt),
                Step("dane", msg("DANE (TLSA records)"), partial(mxsecurity.step_dane, self),
                     msg("the MX servers"), probes),
                Step("ptr", msg("Reverse DNS of the server"), self.step_ptr),
                Step("greeting", msg("Greeting name"), self.step_greeting, msg("the greeting"),
                     2 * self.o.timeout)]

    def begin_step(self) -> None:
        pass

    def close(self) -> None:
        pass

    def advice_context(self) -> dict[str, Any]:
        ctx: dict[str, Any] = {"host": self.domain or self.o.domain}
        if self.server_ip:
            ctx["address"] = self.server_ip
        return ctx

    def verdict(self, steps: list[StepResult], status: Status, total_ms: float) -> str:
        fails = [s for s in steps if s.status is Status.FAIL]
        warns = [s for s in steps if s.status is Status.WARN]
        domain = self.domain or self.o.domain
        if not fails and not warns:
            return msg("{domain}: every check passed.", domain=domain)

        def names(items: list[StepResult]) -> str:
            return msg(", ").join(s.advice.title if s.advice else s.summary for s in items)

        if not warns:
            return msg_n("{domain}: {n} problem: {names}.", "{domain}: {n} problems: {names}.",
                         len(fails), domain=domain, names=names(fails))
        if not fails:
            return msg_n("{domain}: {n} warning: {names}.", "{domain}: {n} warnings: {names}.",
                         len(warns), domain=domain, names=names(warns))
        # two counts, each with its own plural: the warnings are a phrase of their own
        warnings = msg_n("{n} warning: {names}", "{n} warnings: {names}", len(warns),
                         names=names(warns))
        return msg_n("{domain}: {n} problem: {names}; {warnings}.",
                     "{domain}: {n} problems: {names}; {warnings}.", len(fails), domain=domain,
                     names=names(fails), warnings=warnings)

    # -- steps -----------------------------------------------------------------------------------
    def step_mx(self) -> Outcome:
        try:
            self.domain = normalize_host(self.o.domain.rsplit("@", 1)[-1])
        except ValueError as exc:
            raise CheckFailure("input.invalid_host", str(exc), {"value": self.o.domain}) from None
        if "." not in self.domain or literal_address(self.domain) is not None:
            raise CheckFailure("input.invalid_host",
                               msg("{domain} is not a domain name", domain=self.domain),
                               {"value": self.o.domain})
        answer = self.dns.lookup(self.domain, "MX")
        if answer.status in ("timeout", "error"):
            return Outcome(Status.WARN, msg("MX lookup failed: {error}",
                                            error=answer.describe()), {}, _dns_problem(answer))
        if not answer.ok:
            if answer.status == "nxdomain":
                return Outcome(Status.FAIL, msg("{domain} does not exist", domain=self.domain),
                               {}, "mx.missing")
            return Outcome(Status.FAIL, msg("{domain} has no MX record", domain=self.domain),
                           {}, "mx.missing")
        records = sorted(answer.records)
        facts: dict[str, Any] = {"mx": [{"preference": p, "host": h} for p, h in records]}
        if any(h in ("", ".") for _p, h in records):
            self.null_mx = True
            return Outcome(Status.WARN, msg("{domain} publishes a null MX: it accepts no mail",
                                            domain=self.domain), facts, "mx.null")
        self.mx_hosts = [h for _p, h in records]
        resolved = run_parallel({h: functools.partial(self.dns.addresses, h)
                                 for h in self.mx_hosts}, self.cancel,
                                self.o.dns_timeout * 2 + 1)
        bad: list[str] = []
        for entry in facts["mx"]:
            value = resolved.get(entry["host"])
            if isinstance(value, tuple):
                entry["addresses"] = value[0]
                if not value[0]:
                    entry["problem"] = value[1].describe()
                    bad.append(entry["host"])
            else:
                entry["problem"] = msg("not looked up in time")
                bad.append(entry["host"])
        listed = ", ".join(f"{h} ({p})" for p, h in records)
        if bad:
            facts["value"] = ", ".join(bad)
            status = Status.FAIL if len(bad) == len(records) else Status.WARN
            return Outcome(status, msg("MX {hosts}; no address for {missing}", hosts=listed,
                                       missing=", ".join(bad)), facts, "mx.unresolvable")
        return Outcome(Status.PASS, msg("MX {hosts}: all resolve", hosts=listed), facts)

    def _fetch_txt(self, name: str) -> tuple[str, list[str]]:
        answer = self.dns.txt(name)
        if answer.ok:
            return "ok", [str(r) for r in answer.records]
        if answer.missing:
            return "missing", []
        return "error", [answer.describe()]

    def step_spf(self) -> Outcome:
        answer = self.dns.txt(self.domain)
        if answer.status in ("timeout", "error"):
            return Outcome(Status.WARN, msg("SPF lookup failed: {error}",
                                            error=answer.describe()), {}, _dns_problem(answer))
        records = spf.spf_records([str(r) for r in answer.records])
        if not records:
            return Outcome(Status.FAIL, msg("{domain} has no SPF record (TXT v=spf1)",
                                            domain=self.domain), {}, "spf.missing")
        analysis = spf.analyse(self.domain, self._fetch_txt)
        facts: dict[str, Any] = {"spf": analysis.to_dict(), "lookups": analysis.lookups,
                                 "value": records[0]}
        if analysis.record is not None:
            facts["all"] = spf.explain_all(analysis.record)
        codes: dict[str, spf.SpfProblem] = {p.code: p for p in analysis.problems}
        order = [("multiple", "spf.multiple", Status.FAIL),
                 ("syntax", "spf.syntax", Status.FAIL),
                 ("plus_all", "spf.plus_all", Status.FAIL),
                 ("too_many", "spf.too_many_lookups", Status.FAIL),
                 ("include_missing", "spf.include_missing", Status.FAIL),
                 ("loop", "spf.syntax", Status.FAIL),
                 ("include_failed", "dns.failure", Status.WARN)]
        for code, diagnosis, status in order:
            problem = codes.get(code)
            if problem is None:
                continue
            if code == "too_many":
                facts["value"] = msg_n("{n} lookup", "{n} lookups", analysis.lookups)
            elif code == "include_missing":
                facts["value"] = problem.domain
            elif code in ("syntax", "loop"):
                facts["error"] = problem.message
            others = [p.message for p in analysis.problems if p is not problem]
            if others:
                facts["other_problems"] = others
            return Outcome(status, problem.message, facts, diagnosis)
        record = analysis.record
        assert record is not None
        summary = msg("{record} — {count}/{limit} lookups. {meaning}", record=record.raw,
                      count=analysis.lookups, limit=spf.MAX_LOOKUPS, meaning=facts["all"])
        if record.all_qualifier in (None, "?") and record.redirect is None:
            return Outcome(Status.WARN, summary, facts, "spf.neutral_all")
        return Outcome(Status.PASS, summary, facts)

    def step_dmarc(self) -> Outcome:
        labels = self.domain.split(".")
        candidates = [".".join(labels[i:]) for i in range(0, max(1, len(labels) - 1))]
        for name in candidates:
            answer = self.dns.txt(f"_dmarc.{name}")
            if answer.status in ("timeout", "error"):
                return Outcome(Status.WARN, msg("DMARC lookup failed: {error}",
                                                error=answer.describe()), {},
                               _dns_problem(answer))
            records = [str(r) for r in answer.records if dmarc.is_dmarc(str(r))]
            if records:
                break
        else:
            return Outcome(Status.WARN, msg("No DMARC record at {name}",
                                            name=f"_dmarc.{self.domain}"), {}, "dmarc.missing")
        facts: dict[str, Any] = {"found_at": f"_dmarc.{name}", "value": records[0]}
        inherited = name != self.domain
        if len(records) > 1:
            return Outcome(Status.FAIL, msg_n("{n} DMARC record at {name}",
                                              "{n} DMARC records at {name}", len(records),
                                              name=f"_dmarc.{name}"),
                           {**facts, "records": records}, "dmarc.multiple")
        try:
            record = dmarc.parse(records[0])
        except dmarc.DmarcSyntaxError as exc:
            return Outcome(Status.FAIL, msg("{label}: {value}", label=records[0],
                                            value=exc.message),
                           {**facts, "error": exc.message}, "dmarc.syntax")
        facts["dmarc"] = record.to_dict()
        facts["meaning"] = dmarc.explain(record, inherited)
        self.dmarc_record = record
        external = dmarc.external_report_domains(name, record)
        if external:
            facts["external_report_domains"] = external
        policy = record.subdomain_policy if inherited else record.policy
        summary = _dmarc_summary(policy, record, name if inherited else "")
        if policy == "none":
            return Outcome(Status.WARN, summary, facts, "dmarc.policy_none")
        if record.pct < 100:
            facts["value"] = f"pct={record.pct}"
            return Outcome(Status.WARN, summary, facts, "dmarc.partial")
        if not inherited and record.subdomain_policy == "none":
            facts["value"] = "sp=none"
            return Outcome(Status.WARN, _dmarc_summary(policy, record, "", sp_none=True), facts,
                           "dmarc.subdomain_none")
        return Outcome(Status.PASS, summary, facts)

    def step_dkim(self) -> Outcome:
        selectors: list[str] = []
        for sel in self.o.dkim_selectors:
            sel = sel.strip()
            if sel and _SELECTOR.match(sel) and sel not in selectors:
                selectors.append(sel)
        named = list(selectors)
        if self.o.common_selectors:
            selectors += [s for s in COMMON_SELECTORS if s not in selectors]
        if not selectors:
            return Outcome(Status.SKIPPED, msg("No DKIM selectors to try"))
        names = [f"{s}._domainkey.{self.domain}" for s in selectors]
        answers = self.dns.lookup_many([(n, "TXT") for n in names])
        found: dict[str, Any] = {}
        # selector, diagnosis, error (a fact), status, summary
        problems: list[tuple[str, str, str, Status, str]] = []
        failed_lookups = 0
        for sel, answer in zip(selectors, answers, strict=True):
            if answer.status in ("timeout", "error"):
                failed_lookups += 1
                continue
            texts = [str(r) for r in answer.records]
            keys = [t for t in texts if "p=" in t or t.startswith("v=DKIM1")]
            if not keys:
                if sel in named:
                    found[sel] = {"found": False}
                continue
            try:
                info = parse_dkim(keys[0])
            except DkimError as exc:
                found[sel] = {"found": True, "error": str(exc)}
                problems.append((sel, "dkim.invalid", str(exc), Status.FAIL,
                                 msg("Selector {selector}: {error}", selector=sel,
                                     error=str(exc))))
                continue
            found[sel] = {"found": True, **info}
            if info["revoked"]:
                problems.append((sel, "dkim.revoked", "", Status.WARN,
                                 msg("Selector {selector}: revoked", selector=sel)))
            elif info["k"] == "rsa" and info["bits"] is not None and info["bits"] < 2048:
                status = Status.FAIL if info["bits"] < 1024 else Status.WARN
                size = msg("{bits} bits", bits=info["bits"])  # a key size: no digit grouping
                problems.append((sel, "dkim.weak_key", size, status,
                                 msg("Selector {selector}: {bits} bits", selector=sel,
                                     bits=info["bits"])))
        facts: dict[str, Any] = {"selectors": found, "tried": selectors}
        active = [s for s, v in found.items() if v.get("found") and not v.get("error")
                  and not v.get("revoked")]
        missing_named = [s for s in named if not found.get(s, {}).get("found")]
        if problems:
            problems.sort(key=lambda p: -p[3].rank)
            sel, diagnosis, error, status, summary = problems[0]
            facts["value"] = f"{sel}._domainkey.{self.domain}"
            if error:
                facts["error"] = error
            return Outcome(status, summary, facts, diagnosis)
        if not active:
            shown = ", ".join(named or selectors[:6]) + ("…" if not named else "")
            facts["value"] = shown
            if failed_lookups == len(selectors):
                return Outcome(Status.WARN, msg("DKIM lookups failed"), facts, "dns.failure")
            return Outcome(Status.WARN, msg_n("No DKIM key under {n} selector tried",
                                              "No DKIM key under {n} selectors tried",
                                              len(selectors)), facts, "dkim.not_found")
        # one item per key, in the list's own words; key sizes without digit grouping
        described = msg(", ").join(
            msg("{selector} ({type} {bits} bits)", selector=s, type=found[s]["k"].upper(),
                bits=found[s]["bits"]) for s in active)
        if missing_named:
            facts["value"] = ", ".join(missing_named)
            return Outcome(Status.WARN, msg("Keys: {keys}; none for {missing}", keys=described,
                                            missing=", ".join(missing_named)),
                           facts, "dkim.not_found")
        return Outcome(Status.PASS, msg("DKIM keys found: {keys}", keys=described), facts)

    def step_mta_sts(self) -> Outcome:
        answer = self.dns.txt(f"_mta-sts.{self.domain}")
        if answer.status in ("timeout", "error"):
            return Outcome(Status.WARN, msg("MTA-STS lookup failed: {error}",
                                            error=answer.describe()), {}, _dns_problem(answer))
        records = [str(r) for r in answer.records if mtasts.is_sts_txt(str(r))]
        if not records:
            return Outcome(Status.SKIPPED, msg("No MTA-STS policy (optional)"), {},
                           "mtasts.missing")
        if len(records) > 1:
            return Outcome(Status.FAIL, msg_n("{n} MTA-STS record", "{n} MTA-STS records",
                                              len(records)), {
                "error": msg("more than one {record} record", record="v=STSv1")},
                "mtasts.txt_invalid")
        try:
            policy_id = mtasts.parse_sts_txt(records[0])
        except mtasts.PolicyError as exc:
            return Outcome(Status.FAIL, msg("{label}: {value}", label=records[0],
                                            value=exc.message), {"error": exc.message},
                           "mtasts.txt_invalid")
        url = f"https://mta-sts.{self.domain}/.well-known/mta-sts.txt"
        facts: dict[str, Any] = {"id": policy_id, "url": url}
        try:
            response = http.get(url, timeout=self.o.timeout + self.o.dns_timeout,
                                nameserver=self.o.nameserver, ca_file=self.o.ca_file,
                                cancel=self.cancel, port=self.o.https_port,
                                transcript=self.transcript, max_bytes=64 * 1024,
                                proxy=self.o.proxy)
        except http.HttpFailure as exc:
            return Outcome(Status.FAIL, msg("{label}: {value}", label=url, value=exc.message),
                           {**facts, "error": exc.message}, "mtasts.policy_unreachable")
        if response.status != 200:
            error = (msg("HTTP {status} (redirects are not allowed)", status=response.status)
                     if 300 <= response.status < 400 else f"HTTP {response.status}")
            return Outcome(Status.FAIL, msg("{label}: {value}", label=url, value=error),
                           {**facts, "error": error}, "mtasts.policy_unreachable")
        try:
            policy = mtasts.parse_policy(response.text())
        except mtasts.PolicyError as exc:
            return Outcome(Status.FAIL, msg("{label}: {value}", label=url, value=exc.message),
                           {**facts, "error": exc.message}, "mtasts.policy_invalid")
        facts["policy"] = policy.to_dict()
        if response.content_type and response.content_type != "text/plain":
            facts["content_type_note"] = msg("served as {type}, not text/plain",
                                             type=response.content_type)
        words = _sts_words(policy, policy_id)
        uncovered = [h for h in self.mx_hosts if not policy.covers(h)]
        if uncovered and policy.mode != "none":
            facts["value"] = ", ".join(uncovered)
            status = Status.FAIL if policy.mode == "enforce" else Status.WARN
            return Outcome(status, msg("mode {mode}, mx {mx}, max_age {max_age} s (id {id}); "
                                       "not covered: {hosts}", hosts=", ".join(uncovered),
                                       **words), facts, "mtasts.mx_mismatch")
        summary = msg("mode {mode}, mx {mx}, max_age {max_age} s (id {id})", **words)
        failed = mxsecurity.mta_sts_certificates(self, policy, facts, summary)
        if failed is not None:
            return failed
        unchecked = [h for h in facts.get("certificates", {}) if self._unreached(h)]
        if unchecked:
            summary = msg("mode {mode}, mx {mx}, max_age {max_age} s (id {id}); MX certificates "
                          "not checked from here: {hosts}", hosts=", ".join(unchecked), **words)
        elif facts.get("certificates"):
            summary = msg("mode {mode}, mx {mx}, max_age {max_age} s (id {id}); MX certificates "
                          "valid", **words)
        if policy.mode == "testing":
            return Outcome(Status.WARN, summary, facts, "mtasts.testing")
        return Outcome(Status.PASS, summary, facts)

    def step_tls_rpt(self) -> Outcome:
        answer = self.dns.txt(f"_smtp._tls.{self.domain}")
        if answer.status in ("timeout", "error"):
            return Outcome(Status.WARN, msg("TLS-RPT lookup failed: {error}",
                                            error=answer.describe()), {}, _dns_problem(answer))
        records = [str(r) for r in answer.records if mtasts.is_tlsrpt(str(r))]
        if not records:
            return Outcome(Status.SKIPPED, msg("No TLS-RPT record (optional)"), {},
                           "tlsrpt.missing")
        if len(records) > 1:
            return Outcome(Status.FAIL, msg("More than one TLS-RPT record"),
                           {"error": msg("more than one {record} record", record="v=TLSRPTv1")},
                           "tlsrpt.invalid")
        try:
            rua = mtasts.parse_tlsrpt(records[0])
        except mtasts.PolicyError as exc:
            return Outcome(Status.FAIL, msg("{label}: {value}", label=records[0],
                                            value=exc.message), {"error": exc.message},
                           "tlsrpt.invalid")
        return Outcome(Status.PASS, msg("Reports go to {addresses}", addresses=", ".join(rua)),
                       {"rua": rua})

    def _unreached(self, host: str) -> bool:
        """No SMTP conversation with ``host`` was possible from here (its certificate was not
        checked), as the MX probes recorded it."""
        return any(probe.unreachable for verify in (True, False)
                   if (probe := self.mx_tls.get((host, verify))) is not None)

    def _server_ips(self) -> tuple[str, list[str]]:
        server = self.o.server.strip()
        if not server:
            if not self.mx_hosts:
                return "", []
            server = self.mx_hosts[0]
        literal = literal_address(server)
        if literal is not None:
            return server, [literal.ip]
        ips, _answer = self.dns.addresses(server)
        return server, ips

    def step_ptr(self) -> Outcome:
        server, ips = self._server_ips()
        if not server:
            return Outcome(Status.SKIPPED, msg("No mail server to check (no MX; name one with "
                                               "--server)"))
        if not ips:
            return Outcome(Status.SKIPPED, msg("{server} has no address to check",
                                               server=server))
        ip = sorted(ips, key=lambda a: ":" in a)[0]
        self.server_ip = ip
        facts: dict[str, Any] = {"server": server, "ip": ip}
        answer = self.dns.lookup(reverse_name(ip), "PTR")
        if answer.status in ("timeout", "error"):
            return Outcome(Status.WARN, msg("Reverse lookup failed: {error}",
                                            error=answer.describe()), facts,
                           _dns_problem(answer))
        if not answer.ok:
            return Outcome(Status.FAIL, msg("{ip} ({server}) has no reverse DNS name", ip=ip,
                                            server=server), facts, "ptr.missing")
        self.ptr_names = [str(n).lower().rstrip(".") for n in answer.records]
        facts["ptr"] = self.ptr_names
        confirmed = []
        for name in self.ptr_names:
            forward, _ = self.dns.addresses(name)
            if any(ipaddress.ip_address(f) == ipaddress.ip_address(ip) for f in forward):
                confirmed.append(name)
        facts["confirmed"] = confirmed
        if not confirmed:
            facts["value"] = self.ptr_names[0]
            return Outcome(Status.FAIL, msg("{ip} → {name}, but {name} does not point back to "
                                            "{ip}", ip=ip, name=self.ptr_names[0]), facts,
                           "ptr.mismatch")
        return Outcome(Status.PASS, msg("{ip} → {name} → {ip} (forward-confirmed)", ip=ip,
                                        name=confirmed[0]), facts)

    def step_greeting(self) -> Outcome:
        if not self.o.check_greeting:
            return Outcome(Status.SKIPPED, msg("Not asked for"))
        if not self.server_ip:
            return Outcome(Status.SKIPPED, msg("No server address to connect to"))
        address = literal_address(self.server_ip)
        assert address is not None
        port = self.o.server_port
        t0 = time.monotonic()
        try:
            sock = connect(address, port, self.o.timeout, self.cancel, self.o.proxy,
                           self.o.nameserver)
        except CheckFailure as exc:
            return _greeting_not_checked(exc)
        channel = Channel(sock, self.transcript, self.cancel, self.o.timeout,
                          t0 + 2 * self.o.timeout)
        try:
            reply = channel.read_reply()
            with_quit = reply.code == 220
            if with_quit:
                with contextlib.suppress(CheckFailure):
                    channel.command("QUIT", timeout=1.0)
        except CheckFailure as exc:
            return _greeting_not_checked(exc)
        finally:
            channel.close()
        words = reply.lines[0].split() if reply.lines else []
        name = words[0].lower().rstrip(".") if words else ""
        facts: dict[str, Any] = {"greeting": reply.short(), "greeting_name": name,
                                 "address": address.display(port)}
        if not self.ptr_names:
            return Outcome(Status.PASS, msg("The server greets as {name} (no reverse name to "
                                            "compare)", name=name), facts)
        if name in self.ptr_names:
            return Outcome(Status.PASS, msg("The server greets as {name}, its reverse DNS name",
                                            name=name), facts)
        facts["value"] = ", ".join(self.ptr_names)
        reverse = ", ".join(self.ptr_names)
        if not name:
            return Outcome(Status.WARN, msg("The server greets as (nothing), but its reverse "
                                            "DNS name is {reverse}", reverse=reverse), facts,
                           "ptr.greeting_mismatch")
        return Outcome(Status.WARN, msg("The server greets as {name}, but its reverse DNS name "
                                        "is {reverse}", name=name, reverse=reverse), facts,
                       "ptr.greeting_mismatch")


def _greeting_not_checked(exc: CheckFailure) -> Outcome:
    return Outcome(Status.SKIPPED, msg("Greeting not checked: {error}", error=exc.summary),
                   {"error": exc.summary})


def _dmarc_summary(policy: str, record: dmarc.DmarcRecord, inherited_from: str,
                   sp_none: bool = False) -> str:
    """The DMARC step's one line: the policy in force (and where it comes from), pct, where
    aggregate reports go; ``sp_none`` adds that subdomains are not protected. Tags and
    addresses stay data."""
    values = {"policy": policy, "pct": record.pct, "domain": inherited_from,
              "rua": ", ".join(record.rua)}
    if inherited_from:
        if record.rua:
            return msg("p={policy} (inherited from {domain}), pct={pct}, reports to {rua}",
                       **values)
        return msg("p={policy} (inherited from {domain}), pct={pct}, no aggregate reports",
                   **values)
    if sp_none:
        if record.rua:
            return msg("p={policy}, pct={pct}, reports to {rua}, sp=none", **values)
        return msg("p={policy}, pct={pct}, no aggregate reports, sp=none", **values)
    if record.rua:
        return msg("p={policy}, pct={pct}, reports to {rua}", **values)
    return msg("p={policy}, pct={pct}, no aggregate reports", **values)


def _sts_words(policy: mtasts.StsPolicy, policy_id: str) -> dict[str, object]:
    """The MTA-STS policy's values for the step's one line (data, not translated)."""
    return {"mode": policy.mode, "mx": ", ".join(policy.mx) or "-",
            "max_age": policy.max_age, "id": policy_id}


def run_domain(options: DomainOptions, on_event: Callable[[Event], None] | None = None,
               cancel: CancelToken | None = None) -> RunResult:
    """Check the mail health of a domain (blocking; call it from a worker thread)."""
    token = cancel or CancelToken()
    return execute(DomainCheck(options, token), on_event, token)


__all__ = ["COMMON_SELECTORS", "DomainOptions", "parse_dkim", "run_domain"]
