"""The domain check's transport-security steps: DNSSEC (RFC 4033-4035), DANE for SMTP
(RFC 7672, records RFC 6698), the MX certificates an MTA-STS policy (RFC 8461) requires, and
BIMI's DMARC prerequisites. ``DomainCheck`` (domain.py) owns the run; these functions take it.

DNSSEC is judged from what the configured resolver says when asked with the DO bit: the AD
flag (validated), RRSIGs without AD (signed, but this resolver does not validate, or the parent
has no DS so validators treat it as unsigned), SERVFAIL that becomes an answer with CD set
(bogus: the signatures do not verify), or neither (unsigned). The mail servers' certificates
are read over STARTTLS on ``server_port`` with the one SMTP opener, ``protocol.smtp.Session``.
"""

from __future__ import annotations

import functools
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..errors import CheckFailure, ConnectError, ResolveError
from ..model import Security, Status
from ..protocol import tls
from ..protocol.dnsquery import SecureAnswer, run_parallel
from ..protocol.net import connect, literal_address
from ..protocol.smtp import Channel, Session
from ..records import bimi, dane, mtasts
from ..runner import Outcome
from ..text.i18n import N_, msg, msg_n

if TYPE_CHECKING:
    from .domain import DomainCheck

EHLO_NAME = "smtp-doctor.invalid"

#: What each MTA-STS mode means for senders (shown with ``msg(MODE_MEANING[mode])``).
MODE_MEANING = {
    "enforce": N_("enforce: senders that support MTA-STS deliver only over TLS to an MX the "
                  "policy lists, with a certificate valid for that name; otherwise they keep "
                  "the mail and retry."),
    "testing": N_("testing: senders deliver as before but report failures to the TLS-RPT "
                  "address; nothing is protected yet."),
    "none": N_("none: the policy is withdrawn; senders forget it."),
}


@dataclass
class MxTls:
    """What one STARTTLS handshake with an MX showed (or why it could not be made)."""

    chain: list[bytes] = field(default_factory=list)
    failure: CheckFailure | None = None

    @property
    def unreachable(self) -> bool:
        """No SMTP conversation was possible from here (not the server's TLS at fault)."""
        return isinstance(self.failure, ConnectError | ResolveError)


def probe_mx(check: DomainCheck, host: str, *, verify: bool) -> MxTls:
    """STARTTLS with ``host`` on the configured port: verified for ``host`` (MTA-STS) or not
    (DANE reads the chain itself). Cached per run."""
    key = (host, verify)
    if key in check.mx_tls:
        return check.mx_tls[key]
    other = check.mx_tls.get((host, not verify))
    if other is not None and other.unreachable:  # no second wait for a port that is blocked
        return other
    o = check.o
    ips, answer = check.dns.addresses(host)
    if not ips:
        result = MxTls(failure=ResolveError("dns.not_found", answer.describe()))
    else:
        address = literal_address(sorted(ips, key=lambda a: ":" in a)[0])
        assert address is not None
        context = tls.make_context(verify=verify, ca_file=o.ca_file if verify else "")
        try:
            sock = connect(address, o.server_port, o.timeout, check.cancel, o.proxy, o.nameserver)
            channel = Channel(sock, check.transcript, check.cancel, o.timeout,
                              time.monotonic() + 3 * o.timeout)
            with Session(channel, EHLO_NAME, host) as session:
                session.open(Security.STARTTLS, context, until="tls")
                assert session.tls_sock is not None
                result = MxTls(tls.presented_chain(session.tls_sock))
        except CheckFailure as exc:
            result = MxTls(failure=exc)
    check.mx_tls[key] = result
    return result


def _probe_all(check: DomainCheck, hosts: list[str], verify: bool) -> dict[str, MxTls]:
    done = run_parallel({h: functools.partial(probe_mx, check, h, verify=verify) for h in hosts},
                        check.cancel, 4 * check.o.timeout + 2 * check.o.dns_timeout + 1)
    return {h: r if isinstance(r, MxTls) else MxTls(failure=CheckFailure(
        "tcp.timeout", msg("not checked in time"))) for h, r in done.items()}


# -- DNSSEC ------------------------------------------------------------------------------------

def step_dnssec(check: DomainCheck) -> Outcome:
    domain = check.domain
    first = check.dns.secure_lookup(domain, "MX")
    facts: dict[str, Any] = {"name": domain, "ad_flag": first.ad, "signed": first.signed}
    if first.servfail:
        second = check.dns.secure_lookup(domain, "MX", checking_disabled=True)
        if not second.servfail and second.answer.status in ("ok", "nodata", "nxdomain"):
            check.dnssec = "bogus"
            facts["value"] = domain
            facts["meaning"] = msg("bogus: the resolver refuses the answer because its DNSSEC "
                                   "signatures do not verify, and gives it only with checking "
                                   "disabled (CD). Validating senders cannot find your MX at "
                                   "all.")
            return Outcome(Status.FAIL, msg("{domain}: DNSSEC signatures do not verify "
                                            "(SERVFAIL; the answer comes only with checking "
                                            "disabled)", domain=domain), facts, "dnssec.bogus")
        return Outcome(Status.WARN, msg("DNSSEC lookup failed: {error}",
                                        error=first.answer.describe()), facts, "dns.failure")
    if first.answer.status in ("timeout", "error"):
        return Outcome(Status.WARN, msg("DNSSEC lookup failed: {error}",
                                        error=first.answer.describe()), facts,
                       "dns.timeout" if first.answer.status == "timeout" else "dns.failure")
    if first.ad:
        check.dnssec = "secure"
        facts["meaning"] = msg("signed and validated: the resolver checked the signatures up "
                               "to its trust anchor, normally the root (AD flag), so TLSA "
                               "records can be trusted — as far as the path to that resolver "
                               "can be.")
        return Outcome(Status.PASS, msg("{domain} is DNSSEC-signed and the resolver validated "
                                        "it (AD)", domain=domain), facts)
    if first.signed:
        facts["signer"] = first.signer
        ds = check.dns.secure_lookup(first.signer or domain, "DS")
        facts["ds_at_parent"] = ds.answer.ok
        if ds.answer.ok:
            check.dnssec = "unvalidated"
            facts["meaning"] = msg("resolver does not validate: the zone is signed and its "
                                   "parent publishes a DS record, but the DNS server asked does "
                                   "not check signatures (no AD flag), so this run cannot tell "
                                   "whether they verify. Ask a validating resolver (for example "
                                   "1.1.1.1, 8.8.8.8 or 9.9.9.9) with --dns-server.")
            return Outcome(Status.WARN, msg("{domain} is signed ({signer}), but the DNS server "
                                            "does not validate (no AD flag)", domain=domain,
                                            signer=first.signer), facts,
                           "dnssec.resolver_not_validating")
        check.dnssec = "insecure"
        facts["value"] = first.signer or domain
        facts["meaning"] = msg("signed but not anchored: the zone has signatures, but its "
                               "parent has no DS record for it, so validators treat it as "
                               "unsigned.")
        return Outcome(Status.WARN, msg("{zone} is signed, but its parent zone has no DS "
                                        "record: validators treat it as unsigned",
                                        zone=first.signer or domain), facts, "dnssec.no_ds")
    check.dnssec = "insecure"
    facts["meaning"] = msg("unsigned: the domain's DNS answers carry no DNSSEC signatures, so "
                           "they cannot be authenticated and the domain's own MX hosts cannot "
                           "use DANE. (A DNS server that drops DNSSEC data looks the same: ask "
                           "a validating resolver such as 1.1.1.1 to be sure.)")
    return Outcome(Status.SKIPPED, msg("{domain} is not DNSSEC-signed (optional)",
                                       domain=domain), facts, "dnssec.unsigned")


# -- DANE --------------------------------------------------------------------------------------

def _tlsa(check: DomainCheck, host: str) -> tuple[SecureAnswer, list[dane.Tlsa], list[str]]:
    answer = check.dns.secure_lookup(f"_25._tcp.{host}", "TLSA")
    records: list[dane.Tlsa] = []
    errors: list[str] = []
    for text in answer.answer.records:
        try:
            records.append(dane.parse_tlsa(str(text)))
        except dane.TlsaError as exc:
            errors.append(exc.message)
    return answer, records, errors


def step_dane(check: DomainCheck) -> Outcome:
    if not check.mx_hosts:
        return Outcome(Status.SKIPPED, msg("No MX hosts to look up TLSA records for"))
    found = run_parallel({h: functools.partial(_tlsa, check, h) for h in check.mx_hosts},
                         check.cancel, check.o.dns_timeout * 2 + 1)
    per_host: dict[str, dict[str, Any]] = {}
    problems: list[tuple[Status, str, str, str]] = []  # status, diagnosis, host, summary
    with_tlsa: list[str] = []
    for host in check.mx_hosts:
        entry = found.get(host)
        if not isinstance(entry, tuple):
            per_host[host] = {"error": msg("not looked up in time")}
            continue
        answer, records, errors = entry
        name = f"_25._tcp.{host}"
        info: dict[str, Any] = {"name": name, "ad_flag": answer.ad}
        per_host[host] = info
        if answer.servfail:
            info["error"] = "SERVFAIL"
            problems.append((Status.FAIL, "dnssec.bogus", name,
                             msg("{name}: the DNS server fails (SERVFAIL), as validating "
                                 "resolvers do for bogus signatures; senders using DANE defer "
                                 "mail", name=name)))
            continue
        if answer.answer.status in ("timeout", "error"):
            info["error"] = answer.answer.describe()
            continue
        if not records and not errors:
            continue
        with_tlsa.append(host)
        info["records"] = [r.to_dict() for r in records]
        if errors:
            info["invalid"] = errors
        if not answer.ad:
            info["secure"] = False
            problems.append((Status.WARN, "dane.not_secure", name,
                             msg("{name} has TLSA records, but they are not "
                                 "DNSSEC-validated: senders ignore them", name=name)))
        usable = [r for r in records if r.usable]
        if not usable:
            problems.append((Status.WARN, "dane.unusable", name,
                             msg("{name}: no usable TLSA record (PKIX-TA/PKIX-EE usages or "
                                 "unknown types are ignored by SMTP senders, RFC 7672)",
                                 name=name)))
            continue
        probe = probe_mx(check, host, verify=False)
        if probe.failure is not None:
            info["certificate"] = msg("not checked: {error}", error=probe.failure.summary)
            if not probe.unreachable:
                problems.append((Status.FAIL, "dane.no_tls", host,
                                 msg("{host} publishes TLSA records but TLS failed: {error}",
                                     host=host, error=probe.failure.summary)))
            continue
        leaf = tls.certificate_facts(probe.chain[0], host) if probe.chain else {}
        from cryptography import x509

        names = tls.san_names(x509.load_der_x509_certificate(probe.chain[0])) \
            if probe.chain else []
        # RFC 7672 §3.2.2: the MX host name must be in the certificate; the next-hop domain
        # counts too only when the MX records themselves are DNSSEC-validated
        accepted = (host, check.domain) if check.dnssec == "secure" else (host,)
        names_ok = any(tls.hostname_matches(n, names) for n in accepted)
        match = dane.check_chain(usable, probe.chain, names_ok)
        info["certificate"] = {"subject": leaf.get("subject", ""), "sha256": leaf.get("sha256"),
                               "chain_length": len(probe.chain)}
        if match.ok and match.record is not None:
            info["matched"] = match.record.text()
        else:
            info["mismatch"] = match.why
            problems.append((Status.FAIL, "dane.mismatch", host,
                             msg("{host}: the certificate matches no TLSA record ({why})",
                                 host=host, why=match.why)))
    facts: dict[str, Any] = {"hosts": per_host}
    if not with_tlsa and not problems:
        return Outcome(Status.SKIPPED, msg("No TLSA records for the MX hosts (DANE is "
                                           "optional)"), facts, "dane.missing")
    if problems:
        problems.sort(key=lambda p: -p[0].rank)
        status, diagnosis, value, summary = problems[0]
        facts["value"] = value
        if len(problems) > 1:
            summary = msg_n("{summary} (and {n} more)", "{summary} (and {n} more)",
                            len(problems) - 1, summary=summary)
        return Outcome(status, summary, facts, diagnosis)
    unchecked = [h for h in with_tlsa if "matched" not in per_host[h]]
    matched = [h for h in with_tlsa if "matched" in per_host[h]]
    if not matched:
        why = per_host[unchecked[0]]["certificate"]
        return Outcome(Status.SKIPPED, msg("TLSA records are published and validated; the "
                                           "certificates could not be checked from here "
                                           "({why})", why=why), facts)
    hosts = ", ".join(msg("{host} presents a certificate matching TLSA {record} ({usage})",
                          host=h, record=per_host[h]["matched"][:5],
                          usage=dane.USAGES.get(int(per_host[h]["matched"][0]), ""))
                      for h in matched)
    if unchecked:
        return Outcome(Status.PASS, msg("DANE: {hosts}; not checked from here: {unchecked}",
                                        hosts=hosts, unchecked=", ".join(unchecked)), facts)
    return Outcome(Status.PASS, msg("DANE: {hosts}", hosts=hosts), facts)


# -- MTA-STS: the MX certificates ---------------------------------------------------------------

def mta_sts_certificates(check: DomainCheck, policy: mtasts.StsPolicy, facts: dict[str, Any],
                         summary: str) -> Outcome | None:
    """The MX hosts the policy covers must offer STARTTLS with a certificate valid for their
    name (RFC 8461 §4.1). An Outcome when one does not; None when all that could be reached do
    (``facts`` then say which could not be checked from here)."""
    meaning = MODE_MEANING.get(policy.mode)
    facts["mode_meaning"] = msg(meaning) if meaning else policy.mode
    hosts = [h for h in check.mx_hosts if policy.covers(h)]
    if policy.mode == "none" or not hosts:
        return None
    probes = _probe_all(check, hosts, True)
    bad = {h: p.failure.summary for h, p in probes.items()
           if p.failure is not None and not p.unreachable}
    unreached = {h: p.failure.summary for h, p in probes.items()
                 if p.failure is not None and p.unreachable}
    facts["certificates"] = {h: bad.get(h) or (
        msg("not checked: {error}", error=unreached[h]) if h in unreached
        else msg("valid for the MX name")) for h in hosts}
    if bad:
        host, error = next(iter(bad.items()))
        facts["value"], facts["error"] = host, error
        status = Status.FAIL if policy.mode == "enforce" else Status.WARN
        return Outcome(status, msg("{summary}; {host}: {error}", summary=summary, host=host,
                                   error=error), facts, "mtasts.mx_certificate")
    return None


# -- BIMI --------------------------------------------------------------------------------------

def step_bimi(check: DomainCheck) -> Outcome:
    name = f"default._bimi.{check.domain}"
    answer = check.dns.txt(name)
    if answer.status in ("timeout", "error"):
        return Outcome(Status.WARN, msg("BIMI lookup failed: {error}", error=answer.describe()),
                       {},
                       "dns.timeout" if answer.status == "timeout" else "dns.failure")
    records = [str(r) for r in answer.records if bimi.is_bimi(str(r))]
    facts: dict[str, Any] = {"name": name}
    if not records:
        return Outcome(Status.SKIPPED, msg("No BIMI record (optional)"), facts, "bimi.missing")
    facts["value"] = records[0]
    try:
        record = bimi.parse(records[0])
    except bimi.BimiError as exc:
        return Outcome(Status.FAIL, msg("{label}: {value}", label=records[0],
                                        value=exc.message),
                       {**facts, "error": exc.message}, "bimi.invalid")
    facts["bimi"] = record.to_dict()
    gaps = bimi.dmarc_gaps(check.dmarc_record)
    if gaps:
        facts["dmarc_gaps"] = gaps
        facts["error"] = msg("; ").join(gaps)
        return Outcome(Status.WARN, msg("BIMI record found, but no logo will be shown: {gaps}",
                                        gaps=facts["error"]), facts, "bimi.dmarc_not_enforced")
    if not record.logo:
        return Outcome(Status.PASS, msg("BIMI record declines a logo (l= empty)"), facts)
    if record.evidence:
        return Outcome(Status.PASS, msg("BIMI logo {logo}, with a mark certificate; DMARC "
                                        "enforces", logo=record.logo), facts)
    return Outcome(Status.PASS, msg("BIMI logo {logo}, without a mark certificate (Gmail and "
                                    "Apple Mail need one); DMARC enforces", logo=record.logo),
                   facts)

