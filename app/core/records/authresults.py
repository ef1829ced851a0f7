"""Authentication-Results (RFC 8601) read, and each result explained in plain words with a fix.

``parse(value)`` reads one header field's value: the receiver's ``authserv-id`` and one
``MethodResult`` per method (``spf``, ``dkim``, ``dmarc``, ``arc``, …) with its result, reason,
comment and properties (``smtp.mailfrom``, ``header.d``, ``header.from`` …). Comments (nested
parentheses) and quoted strings are read as RFC 8601 §2.2 allows them anywhere; what does not
parse is skipped, never raised: the header comes from an untrusted peer.

``received_spf(value)`` reads the older ``Received-SPF`` field (RFC 7208 §9.1), which some
receivers (postfix-policyd-spf-python's default) write instead.

``explain(results, from_domain)`` turns the receiver's results into ``Finding``s: for each of
SPF, DKIM, DMARC and ARC what the receiver concluded, in plain words (the current language),
the diagnosis id when it is a problem, and the fix (the DKIM signature of another domain than
the From address — what a sending service does before it is set up to sign for you — is told
apart from a broken one).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..model import Status
from ..text.i18n import N_, msg

#: Methods this module explains, in the order they are shown.
METHODS = ("spf", "dkim", "dmarc", "arc")
MAX_FIELD = 64 * 1024  # a longer header value is cut before it is read


@dataclass(frozen=True)
class MethodResult:
    method: str  # lower case, version dropped ("dkim/1" -> "dkim")
    result: str  # lower case: pass, fail, softfail, neutral, none, temperror, permerror, policy
    reason: str = ""
    comment: str = ""
    props: dict[str, str] = field(default_factory=dict)  # "header.d" -> "example.com"

    def prop(self, *names: str) -> str:
        for name in names:
            if self.props.get(name):
                return self.props[name]
        return ""

    def to_dict(self) -> dict[str, Any]:
        return {"method": self.method, "result": self.result, "reason": self.reason,
                "comment": self.comment, "properties": dict(self.props)}


@dataclass(frozen=True)
class AuthResults:
    authserv_id: str
    results: tuple[MethodResult, ...] = ()

    def of(self, method: str) -> list[MethodResult]:
        return [r for r in self.results if r.method == method]


# -- lexing -----------------------------------------------------------------------------------

_SPECIALS = set(';=()"')


def _tokens(text: str) -> tuple[list[tuple[str, str]], list[tuple[int, str]]]:
    """(kind, text) tokens — ``word``, ``q`` (quoted string), ``=``, ``;`` — and the comments,
    each with the index of the token it follows."""
    tokens: list[tuple[str, str]] = []
    comments: list[tuple[int, str]] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c.isspace():
            i += 1
        elif c == "(":
            depth, j, buf = 1, i + 1, []
            while j < n and depth:
                ch = text[j]
                if ch == "\\" and j + 1 < n:
                    buf.append(text[j + 1])
                    j += 2
                    continue
                depth += (ch == "(") - (ch == ")")
                if depth:
                    buf.append(ch)
                j += 1
            comments.append((len(tokens), " ".join("".join(buf).split())))
            i = j
        elif c == '"':
            j, buf = i + 1, []
            while j < n and text[j] != '"':
                if text[j] == "\\" and j + 1 < n:
                    j += 1
                buf.append(text[j])
                j += 1
            tokens.append(("q", "".join(buf)))
            i = j + 1
        elif c in "=;":
            tokens.append((c, c))
            i += 1
        elif c == ")":
            i += 1
        else:
            j = i
            while j < n and not text[j].isspace() and text[j] not in _SPECIALS:
                j += 1
            tokens.append(("word", text[i:j]))
            i = j
    return tokens, comments


def _unfold(value: str) -> str:
    return re.sub(r"\r?\n[ \t]*", " ", value[:MAX_FIELD])


def parse(value: str) -> AuthResults:
    """One Authentication-Results field value (without the field name)."""
    tokens, comments = _tokens(_unfold(value))
    groups: list[tuple[int, int]] = []  # token index ranges between semicolons
    start = 0
    for index, (kind, _text) in enumerate(tokens):
        if kind == ";":
            groups.append((start, index))
            start = index + 1
    groups.append((start, len(tokens)))
    head = [t for kind, t in tokens[groups[0][0]:groups[0][1]] if kind in ("word", "q")]
    authserv_id = head[0].lower() if head else ""
    results: list[MethodResult] = []
    for lo, hi in groups[1:]:
        found = _resinfo(tokens[lo:hi], [c for at, c in comments if lo <= at <= hi and c])
        if found is not None:
            results.append(found)
    return AuthResults(authserv_id, tuple(results))


def _resinfo(tokens: Sequence[tuple[str, str]], comments: list[str]) -> MethodResult | None:
    """``method[/version]=result [reason=…] [ptype.property=value …]``; None for ``none``."""
    pairs: list[tuple[str, str]] = []
    i = 0
    while i < len(tokens):
        kind, text = tokens[i]
        if kind == "word" and i + 1 < len(tokens) and tokens[i + 1][0] == "=":
            j, value = i + 2, ""
            if j < len(tokens) and tokens[j][0] in ("word", "q"):
                value = tokens[j][1]
                j += 1
            while j < len(tokens) and tokens[j][0] == "=":  # base64 padding in a value
                value += "="
                j += 1
            pairs.append((text, value))
            i = j
        else:
            i += 1
    if not pairs:
        return None
    method, result = pairs[0]
    method = method.split("/", 1)[0].lower()
    if not method or method == "none":
        return None
    reason = ""
    props: dict[str, str] = {}
    for key, value in pairs[1:]:
        if key.lower() == "reason":
            reason = value
        elif "." in key:
            props.setdefault(key.lower(), value)
    return MethodResult(method, result.lower(), reason, "; ".join(comments), props)


def received_spf(value: str) -> MethodResult | None:
    """``Received-SPF: Pass (mailfrom) identity=mailfrom; client-ip=…; envelope-from=…``."""
    text = _unfold(value).strip()
    match = re.match(r"([A-Za-z]+)\b", text)
    if match is None:
        return None
    result = match.group(1).lower()
    if result not in ("pass", "fail", "softfail", "neutral", "none", "temperror", "permerror"):
        return None
    tokens, comments = _tokens(text[match.end():])
    props: dict[str, str] = {}
    for i, (kind, key) in enumerate(tokens):
        if kind == "word" and i + 2 < len(tokens) and tokens[i + 1][0] == "=":
            props.setdefault(key.lower(), tokens[i + 2][1])
    mailfrom = props.get("envelope-from", "")
    mapped = {"smtp.mailfrom": mailfrom} if mailfrom else {}
    if props.get("helo"):
        mapped["smtp.helo"] = props["helo"]
    if props.get("client-ip"):
        mapped["client-ip"] = props["client-ip"]
    return MethodResult("spf", result, "", "; ".join(c for _at, c in comments if c), mapped)


# -- the receiver's results -------------------------------------------------------------------

def receiver_results(fields: Sequence[tuple[str, str]]) -> tuple[str, list[MethodResult]]:
    """From a message's header fields (name, value) in order, top first: the receiver's
    authserv-id and its results. The receiver is the topmost Authentication-Results field's
    authserv-id (RFC 8601 §5: the fields added last are on top); its other fields (one per
    milter) are read too; fields of other ids, written on the way, are not the receiver's."""
    ar = [parse(v) for n, v in fields if n.lower() == "authentication-results"]
    authserv_id = ar[0].authserv_id if ar else ""
    results = [r for a in ar if a.authserv_id == authserv_id for r in a.results]
    if not any(r.method == "spf" for r in results):
        for name, value in fields:
            if name.lower() == "received-spf":
                spf = received_spf(value)
                if spf is not None:
                    results.append(spf)
                break
    return authserv_id, results


# -- plain words ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Finding:
    method: str  # spf, dkim, dmarc, arc
    result: str  # the receiver's word, or "missing"
    status: Status
    words: str  # what it means, in plain words (the current language)
    fix: str = ""  # what to do, empty when nothing needs doing (the current language)
    diagnosis: str | None = None
    domain: str = ""  # the domain the result is about

    def to_dict(self) -> dict[str, Any]:
        return {"method": self.method, "result": self.result, "status": self.status.value,
                "words": self.words, "fix": self.fix, "diagnosis": self.diagnosis,
                "domain": self.domain}


def domain_of(address: str) -> str:
    """The domain of an address or of ``Name <local@domain>``; lower case."""
    match = re.search(r"@([^\s>@;,]+)", address)
    return (match.group(1) if match else address).strip().strip(".<>").lower()


def aligned(domain: str, from_domain: str) -> bool:
    """Relaxed alignment (RFC 7489 §3.1), approximated without the public suffix list: one
    domain is the other or a subdomain of it."""
    a, b = domain.lower().strip("."), from_domain.lower().strip(".")
    return bool(a and b) and (a == b or a.endswith("." + b) or b.endswith("." + a))


def _spf(result: MethodResult | None, from_domain: str) -> Finding:
    if result is None:
        return Finding("spf", "missing", Status.WARN, msg("The receiver wrote no SPF result."),
                       msg("Check the receiving server: it does not report SPF, so this test "
                           "can't tell whether your sending server is allowed."),
                       "delivery.spf_none")
    domain = domain_of(result.prop("smtp.mailfrom", "smtp.helo")) or from_domain
    r = result.result
    if r == "pass":
        return Finding("spf", r, Status.PASS, msg("SPF passed: {domain} lists the server that "
                                                  "sent the message.", domain=domain),
                       domain=domain)
    if r == "softfail":
        return Finding("spf", r, Status.WARN,
                       msg("SPF soft-failed: {domain}'s SPF record does not list the server "
                           "that sent the message, and ends in ~all, so receivers treat it as "
                           "suspicious.", domain=domain),
                       msg("Add the sending service to {domain}'s SPF record (its include: or "
                           "ip4:/ip6: term from the service's setup page), then send again.",
                           domain=domain), "delivery.spf_softfail", domain)
    if r == "fail":
        return Finding("spf", r, Status.WARN,
                       msg("SPF failed: {domain}'s SPF record says the server that sent the "
                           "message may not send for it (-all).", domain=domain),
                       msg("Add the sending service to {domain}'s SPF record (its include: or "
                           "ip4:/ip6: term), or send through a server the record already "
                           "lists.", domain=domain), "delivery.spf_fail", domain)
    if r in ("none", "neutral"):
        words = (msg("SPF gave no answer: {domain} has no SPF record.", domain=domain)
                 if r == "none" else
                 msg("SPF gave no answer: {domain} has an SPF record that says nothing about "
                     "this server (?all).", domain=domain))
        return Finding("spf", r, Status.WARN, words,
                       msg("Publish an SPF record for {domain} that lists your sending services "
                           "and ends in -all or ~all.", domain=domain), "delivery.spf_none",
                       domain)
    return Finding("spf", r, Status.WARN,
                   msg("SPF could not be checked ({result}): {domain}'s SPF record is broken "
                       "(permerror: a syntax error or more than 10 lookups) or its DNS did not "
                       "answer (temperror).", result=r, domain=domain),
                   msg("Check {domain}'s SPF record with smtp-doctor domain {domain} and fix "
                       "what it reports.", domain=domain), "delivery.spf_error", domain)


#: Why a DKIM result other than pass means the signature is not good, per result word.
_DKIM_WHY = {
    "fail": N_("the signature does not verify: the message changed on the way, or the public "
               "key in DNS is not the one the server signs with"),
    "neutral": N_("the signature could not be checked (it is malformed)"),
    "policy": N_("the signature is not acceptable to the receiver (a short key or a signature "
                 "that covers too little)"),
    "temperror": N_("the public key could not be fetched from DNS (a temporary error)"),
    "permerror": N_("the public key is missing or broken in DNS"),
}


def _dkim(results: list[MethodResult], from_domain: str) -> Finding:
    if not results or all(r.result == "none" for r in results):
        return Finding("dkim", "none", Status.WARN, msg("The message was not signed with DKIM."),
                       msg("Turn on DKIM signing for your domain at your mail provider or "
                           "sending service and publish the public key it gives you in DNS."),
                       "delivery.dkim_none", from_domain)
    passed = [r for r in results if r.result == "pass"]
    own = [r for r in passed if aligned(r.prop("header.d", "header.i").rpartition("@")[2],
                                        from_domain)]
    if own:
        d = own[0].prop("header.d", "header.i").rpartition("@")[2]
        return Finding("dkim", "pass", Status.PASS, msg("DKIM passed: the signature of {domain} "
                                                        "is valid and matches the From address.",
                                                        domain=d), domain=d)
    if passed:
        d = passed[0].prop("header.d", "header.i").rpartition("@")[2]
        if from_domain:
            words = msg("DKIM passed only for {domain}, not for {from_domain}: the provider "
                        "signs with its own domain, so DMARC can't use the signature.",
                        domain=d, from_domain=from_domain)
            fix = msg("Set up DKIM for {from_domain} at the sending service (it gives you CNAME "
                      "or TXT records to publish) so it signs as your domain.",
                      from_domain=from_domain)
        else:
            words = msg("DKIM passed only for {domain}, not for the From domain: the provider "
                        "signs with its own domain, so DMARC can't use the signature.", domain=d)
            fix = msg("Set up DKIM for your domain at the sending service (it gives you CNAME "
                      "or TXT records to publish) so it signs as your domain.")
        return Finding("dkim", "pass", Status.WARN, words, fix, "delivery.dkim_other_domain", d)
    bad = results[0]
    d = bad.prop("header.d", "header.i").rpartition("@")[2] or from_domain
    known = _DKIM_WHY.get(bad.result)
    why = msg(known) if known else msg("the receiver says {result}", result=bad.result)
    detail = bad.reason or bad.comment
    selector = bad.prop("header.s") or "selector"
    words = (msg("DKIM failed for {domain}: {why} ({detail}).", domain=d, why=why, detail=detail)
             if detail else msg("DKIM failed for {domain}: {why}.", domain=d, why=why))
    return Finding("dkim", bad.result, Status.WARN, words,
                   msg("Compare the key published at {selector}._domainkey.{domain} with the "
                       "one your server signs with, and check nothing (a footer, a mailing "
                       "list) changes the message after signing.", selector=selector, domain=d),
                   "delivery.dkim_fail", d)


def _dmarc(result: MethodResult | None, from_domain: str, dkim: Finding,
           spf: Finding) -> Finding:
    domain = (result.prop("header.from") if result else "") or from_domain
    if result is None or result.result == "none":
        return Finding("dmarc", result.result if result else "missing", Status.WARN,
                       msg("DMARC: {domain} publishes no DMARC policy, so receivers decide "
                           "alone what to do with mail that fails.", domain=domain),
                       msg("Publish a DMARC record at _dmarc.{domain}, starting with "
                           "v=DMARC1; p=none; rua=mailto:… to collect reports.", domain=domain),
                       "delivery.dmarc_none", domain)
    if result.result == "pass":
        return Finding("dmarc", "pass", Status.PASS, msg("DMARC passed: {domain}'s policy is "
                                                         "met (an SPF or DKIM pass for the From "
                                                         "domain).", domain=domain),
                       domain=domain)
    if dkim.diagnosis == "delivery.dkim_other_domain":
        words = msg("DMARC failed for {domain}: the only valid DKIM signature is {signer}'s, "
                    "not {domain}'s.", domain=domain, signer=dkim.domain)
        fix = dkim.fix
    elif spf.status is Status.PASS and not aligned(spf.domain, domain):
        words = msg("DMARC failed for {domain}: SPF passed for {spf_domain}, which is not the "
                    "From domain {domain}.", domain=domain, spf_domain=spf.domain)
        fix = msg("Sign with DKIM as {domain}, or have the service use a bounce address under "
                  "{domain} (a custom return-path).", domain=domain)
    else:
        words = msg("DMARC failed for {domain}: neither SPF nor DKIM passed for the From "
                    "domain.", domain=domain)
        fix = msg("Fix the SPF and DKIM results above; DMARC passes when either passes for "
                  "{domain}.", domain=domain)
    return Finding("dmarc", result.result, Status.WARN, words, fix, "delivery.dmarc_fail",
                   domain)


def _arc(results: list[MethodResult]) -> Finding | None:
    if not results or all(r.result == "none" for r in results):
        return None  # no ARC chain: normal for mail sent directly
    bad = [r for r in results if r.result not in ("pass", "none")]
    if not bad:
        return Finding("arc", "pass", Status.PASS, msg("ARC passed: the forwarders' seals on "
                                                       "the way are intact."))
    return Finding("arc", bad[0].result, Status.WARN,
                   msg("ARC failed: a forwarder's seal is broken, so the receiver can't trust "
                       "the results it recorded on the way."),
                   msg("If the message goes through a forwarder or mailing list, ask its admin "
                       "to fix its ARC sealing, or send to the mailbox directly."))


def explain(results: Iterable[MethodResult], from_domain: str) -> list[Finding]:
    """SPF, DKIM, DMARC (and ARC when there is a chain), each in plain words."""
    by: dict[str, list[MethodResult]] = {}
    for r in results:
        by.setdefault(r.method, []).append(r)
    spf = _spf(next(iter(by.get("spf", [])), None), from_domain)
    dkim = _dkim(by.get("dkim", []), from_domain)
    dmarc = _dmarc(next(iter(by.get("dmarc", [])), None), from_domain, dkim, spf)
    findings = [spf, dkim, dmarc]
    arc = _arc(by.get("arc", []))
    if arc is not None:
        findings.append(arc)
    return findings


#: Which finding's diagnosis a step reports when several are problems (the most telling first).
PRIORITY = ("delivery.dmarc_fail", "delivery.dkim_other_domain", "delivery.dkim_fail",
            "delivery.spf_fail", "delivery.spf_softfail",
            "delivery.spf_error", "delivery.dkim_none", "delivery.spf_none",
            "delivery.dmarc_none")


def main_diagnosis(findings: Sequence[Finding]) -> str | None:
    ids = {f.diagnosis for f in findings if f.diagnosis}
    return next((d for d in PRIORITY if d in ids), None)
