"""SMTP replies → diagnoses: the one classifier for the MAIL, RCPT, DATA and AUTH replies.

The RFC 3463 enhanced status code speaks first (``class.subject.detail``, its meaning from the
IANA registry kept as data in resources/enhanced_codes.toml), then the bare reply code. The
server's text decides only between causes that share a code (a 5.7.1 at RCPT may be a relay
refusal, a blocklist, a sender that isn't the logged-in user's); the phrases that decide are the
ones the MTAs' sources and the providers' documentation use, each cited below. The server's text
is evidence (it goes into the facts and the summary), never the explanation: that comes from the
diagnosis' own words in resources/diagnoses.toml.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from app.core.knowledge.resources import load_toml
from app.core.protocol.smtp import Reply
from app.core.text.i18n import N_, localized_table, localized_text, msg

ENHANCED_FILE = "enhanced_codes.toml"
REGISTRY_URL = "https://www.iana.org/assignments/smtp-enhanced-status-codes"

Phase = Literal["session", "mail", "rcpt", "data", "auth"]  # session: greeting, EHLO

_ENHANCED = re.compile(r"^([245])\.(\d{1,3})\.(\d{1,3})$")


@dataclass(frozen=True, order=True)
class EnhancedCode:
    """An RFC 3463 enhanced status code: ``class.subject.detail`` (class 2, 4 or 5)."""

    klass: int
    subject: int
    detail: int

    @classmethod
    def parse(cls, text: str) -> EnhancedCode | None:
        match = _ENHANCED.match(text.strip())
        if not match:
            return None
        klass, subject, detail = (int(part) for part in match.groups())
        return cls(klass, subject, detail)

    def __str__(self) -> str:
        return f"{self.klass}.{self.subject}.{self.detail}"

    @property
    def generic(self) -> str:
        """The registry's key for the code: ``X.subject.detail``."""
        return f"X.{self.subject}.{self.detail}"

    @property
    def temporary(self) -> bool:
        return self.klass == 4

    def is_(self, *codes: str) -> bool:
        """True when this code is one of ``codes`` (``"X.2.2"`` matches 4.2.2 and 5.2.2)."""
        return any(code in (str(self), self.generic) for code in codes)


@dataclass(frozen=True)
class CodeMeaning:
    """One row of the registry: the code, its registered title, our plain words, the source."""

    code: str
    summary: str
    plain: str
    reference: str
    url: str


@dataclass(frozen=True)
class Registry:
    classes: Mapping[str, CodeMeaning]
    subjects: Mapping[str, CodeMeaning]
    codes: Mapping[str, CodeMeaning]


def _rows(data: Mapping[str, Any], table: str) -> dict[str, CodeMeaning]:
    rows = data.get(table, [])
    if not isinstance(rows, list):
        raise ValueError(f"{ENHANCED_FILE}: [[{table}]] must be an array of tables")
    out: dict[str, CodeMeaning] = {}
    for row in rows:
        values = {key: row.get(key) if isinstance(row, Mapping) else None
                  for key in ("code", "summary", "reference", "url")}
        if not all(isinstance(v, str) and v.strip() for v in values.values()):
            raise ValueError(f"{ENHANCED_FILE}: a [[{table}]] row needs code, summary, "
                             "reference and url")
        code = str(values["code"])
        if code in out:
            raise ValueError(f"{ENHANCED_FILE}: {code} is listed twice")
        if not str(values["url"]).startswith("https://"):
            raise ValueError(f"{ENHANCED_FILE}: {code}: url must be an https URL")
        plain = row.get("plain", values["summary"])
        out[code] = CodeMeaning(code, str(values["summary"]), str(plain),
                                str(values["reference"]), str(values["url"]))
    return out


@functools.lru_cache(maxsize=1)
def registry() -> Registry:
    """The IANA registry's rows, from resources/enhanced_codes.toml (cached)."""
    data = load_toml(ENHANCED_FILE)
    return Registry(_rows(data, "class"), _rows(data, "subject"), _rows(data, "code"))


def meaning(code: EnhancedCode | str) -> CodeMeaning | None:
    """The registered meaning of a code: its own row, else its subject's (X.7 for 5.7.999)."""
    parsed = EnhancedCode.parse(code) if isinstance(code, str) else code
    if parsed is None:
        return None
    try:
        table = registry()
    except (OSError, ValueError):
        return None
    return table.codes.get(parsed.generic) or table.subjects.get(f"X.{parsed.subject}")


def plain_words(found: CodeMeaning) -> str:
    """What the code means in SMTP Doctor's plain words, in the current language
    (resources/i18n/<lang>/enhanced_codes.toml, read at use time)."""
    return localized_text(found.plain,
                          localized_table("enhanced_codes", found.code).get("plain"))


def meaning_text(found: CodeMeaning) -> str:
    """The "What the code means" fact: the registry's row as data (its code, its own English
    title and the document it cites) and our plain words in the user's language."""
    return msg("{code} {title} ({reference}): {plain}", code=found.code, title=found.summary,
               reference=found.reference, plain=plain_words(found))


# -- the phrases that tell causes with one code apart ---------------------------------------------

class Words:
    """Phrases matched case-insensitively, compiled on first use: a check that gets no refusal
    never compiles them (the ~16 patterns below cost ~5 ms at every start when compiled at
    import)."""

    __slots__ = ("_pattern", "pattern")

    def __init__(self, *phrases: str) -> None:
        self.pattern = "|".join(phrases)
        self._pattern: re.Pattern[str] | None = None

    def search(self, text: str) -> re.Match[str] | None:
        if self._pattern is None:
            self._pattern = re.compile(self.pattern, re.IGNORECASE)
        return self._pattern.search(text)


def _words(*phrases: str) -> Words:
    return Words(*phrases)


#: The client's address is on a blocklist: the reply names a list or a lookup page.
#: Postfix reject_rbl_client: "Client host [ip] blocked using zen.spamhaus.org" (postconf(5),
#: default_rbl_reply); Microsoft: "part of their network is on our block list (S3150)"
#: (https://learn.microsoft.com/en-us/defender-office-365/email-bounce-s3150-s3140);
#: Spamhaus, Barracuda (b.barracudacentral.org), SpamCop, SORBS, UCEPROTECT, Mailspike lookups.
#: The lists themselves (and Proofpoint, Cloudmark, Trend Micro ERS) are recognised by the data
#: in resources/blocklists.toml (``names_blocklist``), which also names the list for the advice.
BLOCKLIST = _words(r"blocked using", r"block ?list", r"black ?list", r"\bdnsbl\b", r"\brbl\b",
                   r"spamhaus", r"barracuda", r"spamcop", r"sorbs", r"uceprotect", r"mailspike",
                   r"abuseat", r"\bS3150\b", r"\bS3140\b", r"listed (?:at|on|in|by)",
                   r"poor reputation", r"bad reputation")

#: The sender isn't an address the logged-in user may send as. Postfix
#: reject_sender_login_mismatch: "Sender address rejected: not owned by user USER" (smtpd_check.c);
#: Microsoft 5.7.60 "SendAsDenied ... not allowed to send as"
#: (https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-5-7-60);
#: Gmail: "send mail as" (https://support.google.com/mail/answer/22370).
SENDER_NOT_OWNED = _words(r"not owned by", r"sendasdenied", r"send as (?:this|the) sender",
                          r"permissions? to send as", r"not allowed to send as",
                          r"send mail as", r"sender (?:address )?(?:does not|doesn't) match")

#: The server only relays for clients that logged in (Postfix reject_unauth_destination:
#: "Relay access denied"; Microsoft 5.7.64 "TenantAttribution; Relay Access Denied").
RELAY = _words(r"relay", r"not permitted to relay", r"unable to relay", r"relaying")

#: Log in first. Postfix "530 5.7.0 Authentication required"; Microsoft 530 5.7.57 "Client was
#: not authenticated to send anonymous mail"; Gmail "530 5.7.0 Authentication Required".
AUTH_REQUIRED = _words(r"authentication (?:is )?required", r"not authenticated",
                       r"must (?:be )?authenticat", r"authenticate first", r"login first")

#: Greylisting: postgrey "Greylisted, see http://postgrey.schweikert.ch/help/...", policyd-weight
#: and others "greylisted"/"graylisted"; Postfix's own smtpd "try again later" with DEFER.
GREYLIST = _words(r"gr[ae]y-?list")

#: Too many simultaneous connections: Postfix smtpd_client_connection_count_limit "421 4.7.0
#: host Error: too many connections from IP"; Microsoft "too many connections".
TOO_MANY_CONNECTIONS = _words(r"too many (?:concurrent |simultaneous )?connections",
                              r"too many sessions", r"connection (?:count )?limit")

#: Sending too fast or too much: Gmail 421 4.7.28 "unusual rate of unsolicited mail" and 4.7.0
#: "Our system has detected an unusual rate", 450 4.2.1 "receiving mail too quickly" and "Peak
#: SMTP relay limit exceeded" (https://support.google.com/a/answer/3726730); Microsoft 451
#: 4.7.500 "Server busy. Please try again later" and 451 4.7.650 "temporarily rate limited due
#: to IP reputation"; Yahoo 421 4.7.0 [TSS04] "temporarily deferred due to unexpected volume or
#: user complaints"; Postfix anvil "450 4.7.1 Error: too much mail from" / "too many recipients
#: from".
RATE_LIMIT = _words(r"rate limit", r"rate-limit", r"unusual rate", r"too much mail",
                    r"too many (?:messages|recipients|emails|mails)", r"\bTSS0\d\b",
                    r"temporarily deferred", r"unexpected volume", r"sending (?:quota|limit)",
                    r"quota exceeded", r"limit exceeded", r"exceeded [^.;]{0,40}limit",
                    r"try again later", r"server busy", r"throttl", r"too quickly",
                    r"receiving mail at a rate")

#: Too many logins: Gmail "454 4.7.0 Too many login attempts, please try again later"
#: (https://support.google.com/a/answer/3726730); Postfix anvil smtpd_client_auth_rate_limit
#: "450 4.7.1 Error: too many AUTH commands from" (smtpd.c).
TOO_MANY_LOGINS = _words(r"too many (?:login|auth|authentication|failed)",
                         r"login attempts", r"auth(?:entication)? attempts",
                         r"too many invalid")

#: The account is locked (temporarily after bad logins, or disabled for good).
LOCKED = _words(r"\blocked\b", r"lockout", r"suspended", r"account (?:is )?disabled",
                r"disabled account", r"user account disabled", r"blocked account")

#: Login turned off by a policy (an administrator or the provider), not a wrong password.
LOGIN_DISABLED = _words(r"smtp(?:clientauthentication| auth(?:entication)?) (?:is )?disabled",
                        r"(?:login|authentication|smtp access) (?:is )?(?:not allowed|disabled"
                        r"|not permitted|turned off)", r"web login required",
                        r"please log in (?:via|with|through) your web browser")

#: The mailbox is full (when no enhanced code says it): "mailbox full", "over quota".
MAILBOX_FULL = _words(r"mailbox (?:is )?full", r"over ?quota", r"quota (?:exceeded|full)",
                      r"exceeded (?:its|their|the) (?:storage|quota)", r"insufficient storage")


#: The receiver's sender-authentication checks failed: SPF, DKIM, DMARC or reverse DNS (RFC 7372
#: X.7.20-X.7.26). The checks the words name, in the order they are reported:
#: Google "550-5.7.26 Unauthenticated email from D is not accepted due to domain's DMARC policy",
#: "550-5.7.26 This message does not have authentication information or fails to pass
#: authentication checks (SPF or DKIM)", "550-5.7.27 / 421-4.7.27 ... SPF", "4.7.30 / 5.7.30 ...
#: DKIM", "4.7.32 / 5.7.32 ... not aligned", "421-4.7.23 / 550-5.7.25 ... PTR record"
#: (https://support.google.com/a/answer/3726730, https://support.google.com/a/answer/81126);
#: Microsoft "550 5.7.509 Access denied, sending domain D does not pass DMARC verification",
#: "550 5.7.515 Access denied, sending domain D does not meet the required authentication
#: level", "550 5.7.23 The message was rejected because of Sender Policy Framework violation"
#: (Exchange Online and Outlook.com NDR pages); Yahoo "554 5.7.9 Message not accepted for
#: policy reasons" (https://help.yahoo.com/kb/SLN7253.html) and "553 5.7.2 ... DMARC";
#: postfix-policyd-spf-python "550 5.7.23 ... Message rejected due to: SPF fail"; Postfix
#: reject_unknown_client_hostname "450 4.7.25 Client host rejected: cannot find your hostname"
#: (postconf(5); older versions say 4.7.1).
SENDER_AUTH_CHECKS: tuple[tuple[str, Words], ...] = (
    ("SPF", _words(r"\bspf\b", r"sender policy framework")),
    ("DKIM", _words(r"\bdkim\b", r"domainkeys")),
    ("DMARC", _words(r"\bdmarc\b", r"\baligned\b", r"alignment")),
    ("reverse DNS", _words(r"reverse dns", r"\brdns\b", r"\bptr\b", r"reverse (?:lookup|"
                           r"hostname|mapping)", r"forward-confirmed",
                           r"cannot find your hostname")),
)
#: Words that name failed sender authentication without naming the check.
SENDER_AUTH = _words(r"\bspf\b", r"sender policy framework", r"\bdkim\b", r"domainkeys",
                     r"\bdmarc\b", r"reverse dns", r"\brdns\b", r"\bptr record",
                     r"cannot find your hostname",
                     r"authentication checks", r"authentication information",
                     r"unauthenticated (?:e-?mail|mail|sender|message)",
                     r"sender is unauthenticated", r"required authentication level",
                     r"not accepted for policy reasons", r"fails? (?:to pass )?"
                     r"(?:sender )?authentication")
#: Codes that name sender authentication by themselves (RFC 7372; Microsoft's 5.7.509 DMARC
#: and 5.7.515 high-volume sender requirements).
SENDER_AUTH_CODES = ("X.7.20", "X.7.21", "X.7.22", "X.7.23", "X.7.24", "X.7.25", "X.7.26",
                     "5.7.509", "5.7.515")
#: What each of those codes says failed.
_CODE_CHECKS = {"X.7.20": "DKIM", "X.7.21": "DKIM", "X.7.22": "DKIM", "X.7.23": "SPF",
                "X.7.24": "SPF", "X.7.25": "reverse DNS", "5.7.509": "DMARC"}


def sender_auth_checks(code: EnhancedCode | None, text: str) -> list[str] | None:
    """The sender-authentication checks a refusal names (["DMARC"], ["SPF", "DKIM"], [] when it
    names none in particular), or None when it is not about sender authentication."""
    by_code = code is not None and code.is_(*SENDER_AUTH_CODES)
    by_words = SENDER_AUTH.search(text) is not None and (
        code is None or code.subject in (0, 7))
    if not (by_code or by_words):
        return None
    checks = [name for name, words in SENDER_AUTH_CHECKS if words.search(text)]
    named = next((check for key, check in _CODE_CHECKS.items() if code is not None
                  and code.is_(key)), None)
    # the words win over the registry: Gmail's 4.7.23 is about a PTR record, not SPF
    return checks or ([named] if named else [])


@dataclass(frozen=True)
class Verdict:
    """What a reply means: the diagnosis id, whether it is temporary, and facts for the step."""

    diagnosis: str
    temporary: bool
    facts: dict[str, Any] = field(default_factory=dict)


#: When to retry, in plain words, for each temporary diagnosis (shown in the step's summary).
RETRY_AFTER: dict[str, str] = {
    "send.greylisted": N_("retry in 5 to 15 minutes; it passes by itself"),
    "send.rate_limited": N_("retry in an hour or more; send less in the meantime"),
    "smtp.too_many_connections": N_("retry in a few minutes, with fewer connections open"),
    "auth.too_many_attempts": N_("wait 15 to 60 minutes before logging in again"),
    "auth.locked": N_("wait for the lock to end (often 15 minutes to a day)"),
    "auth.temporary_failure": N_("retry in a few minutes"),
    "send.mailbox_full": N_("retry later; it works once the recipient makes room"),
    "send.blocklisted": N_("retry after the listing is removed"),
    "send.relay_denied": N_("waiting won't help; log in or use your provider's server"),
    "send.sender_authentication_failed": N_("fix the failing check first; the same message "
                                         "is refused again until then"),
    "smtp.busy": N_("retry in a few minutes"),
}


#: Temporary by their code, but they don't pass by themselves: the note says so.
NOT_SELF_CLEARING = frozenset({"send.relay_denied", "send.sender_authentication_failed"})


def temporary_note(diagnosis: str) -> str:
    """The words a temporary refusal's summary gets: temporary, and when to retry."""
    retry = retry_words(diagnosis)
    if diagnosis in NOT_SELF_CLEARING:
        return msg("a temporary code, but {retry}", retry=retry)
    return msg("temporary: {retry}", retry=retry)


def retry_words(diagnosis: str) -> str:
    """When to retry after a temporary refusal, in the current language."""
    return msg(RETRY_AFTER.get(diagnosis, RETRY_AFTER["smtp.busy"]))


def reply_facts(reply: Reply) -> dict[str, Any]:
    """The reply as facts: code, enhanced code and the registry's meaning of it."""
    facts: dict[str, Any] = {"reply": reply.short(), "reply_code": reply.code}
    code = EnhancedCode.parse(reply.enhanced) if reply.enhanced else None
    if code is not None:
        facts["enhanced_code"] = str(code)
        found = meaning(code)
        if found is not None:
            facts["enhanced_meaning"] = meaning_text(found)
    facts["temporary"] = reply.transient
    return facts


def names_blocklist(text: str) -> bool:
    """The reply says the client's address is on a blocklist: blocklist words, or a list
    resources/blocklists.toml recognises (Proofpoint, Cloudmark, Trend Micro ERS …)."""
    if BLOCKLIST.search(text) is not None:
        return True
    from app.core.knowledge import blocklists  # its dataclasses and ipaddress: ~5 ms per start

    return blocklists.named_in(text) is not None


def _verdict(diagnosis: str, reply: Reply, **facts: Any) -> Verdict:
    temporary = reply.transient
    out = dict(facts)
    if diagnosis == "send.blocklisted":  # which list, its lookup and delisting pages
        from app.core.knowledge import blocklists

        out.update(blocklists.reply_facts(reply.text))
    if diagnosis == "send.sender_authentication_failed":
        code = EnhancedCode.parse(reply.enhanced) if reply.enhanced else None
        checks = sender_auth_checks(code, reply.text)
        if checks:
            out["failed_checks"] = ", ".join(checks)
    if temporary:
        out["retry"] = retry_words(diagnosis)
    return Verdict(diagnosis, temporary, out)


def _temporary(code: EnhancedCode | None, text: str, phase: Phase) -> str:
    """The diagnosis of a 4xx reply: every one of them is temporary."""
    if GREYLIST.search(text):
        return "send.greylisted"
    if TOO_MANY_CONNECTIONS.search(text):
        return "smtp.too_many_connections"
    if TOO_MANY_LOGINS.search(text):
        return "auth.too_many_attempts"
    if phase == "auth":
        return "auth.locked" if LOCKED.search(text) else "auth.temporary_failure"
    if sender_auth_checks(code, text) is not None and not names_blocklist(text):
        return "send.sender_authentication_failed"  # Gmail 421-4.7.27 SPF, 4.7.23 PTR …
    if (code is not None and code.is_("X.2.2")) or (MAILBOX_FULL.search(text) and (
            code is None or code.subject == 2)):
        return "send.mailbox_full"
    if (code is not None and code.is_("4.7.28", "4.7.500", "4.7.650", "X.4.5", "X.5.3")) \
            or RATE_LIMIT.search(text):
        return "send.rate_limited"
    if names_blocklist(text):
        return "send.blocklisted"
    if phase == "rcpt" and RELAY.search(text):  # Postfix defer_unauth_destination: 454 4.7.1
        return "send.relay_denied"
    return "smtp.busy"


def classify_reply(reply: Reply, phase: Phase, *, logged_in: bool = False,
                   tls: bool = True, starttls_offered: bool = False) -> Verdict | None:
    """The verdict for a negative reply to MAIL, RCPT or DATA (None for a positive one: the
    step decides what a positive reply means). ``logged_in``: AUTH succeeded on this session;
    ``tls``/``starttls_offered``: whether "log in first" is really "encrypt first"."""
    if reply.positive:
        return None
    code = EnhancedCode.parse(reply.enhanced) if reply.enhanced else None
    text = reply.text
    if reply.transient:
        return _verdict(_temporary(code, text, phase), reply)
    return _verdict(_permanent(reply, code, text, phase, logged_in=logged_in,
                               must_encrypt=not tls and starttls_offered), reply)


def _permanent(reply: Reply, code: EnhancedCode | None, text: str, phase: Phase, *,
               logged_in: bool, must_encrypt: bool) -> str:
    if code is not None and code.is_("X.2.2"):
        return "send.mailbox_full"  # before the bare 552, which is also "too large"
    if code is not None and code.is_("X.2.3", "X.3.4"):
        return "send.too_large"
    if code is not None and code.is_("X.7.10", "X.7.11"):
        return "auth.encryption_required"
    if names_blocklist(text) and (code is None or code.subject == 7):
        return "send.blocklisted"
    # Microsoft 365 "550 5.7.708 Access denied, traffic not accepted from this IP": the IP is on
    # Microsoft's own list of addresses it takes no mail from (learn.microsoft.com, "Fix error
    # code 5.7.708 in Exchange Online")
    if code is not None and code.is_("5.7.708"):
        return "send.blocklisted"
    if phase == "mail" and ((code is not None and code.is_("5.7.60"))
                            or SENDER_NOT_OWNED.search(text)):
        return "send.sender_not_owned"
    if phase != "data" and SENDER_NOT_OWNED.search(text):
        return "send.sender_not_owned"
    if reply.code != 530 and not (code is not None and code.is_("5.7.57")) and \
            sender_auth_checks(code, text) is not None:
        return "send.sender_authentication_failed"  # at MAIL, RCPT (policy services) or DATA
    if reply.code == 530 or (code is not None and code.is_("5.7.57")) or (
            AUTH_REQUIRED.search(text) and not logged_in):
        return "auth.encryption_required" if must_encrypt else "send.auth_required"
    if phase == "mail" and code is not None and code.is_("5.7.0") and not logged_in:
        return "auth.encryption_required" if must_encrypt else "send.auth_required"
    if code is None and reply.code == 552:
        return "send.mailbox_full" if MAILBOX_FULL.search(text) else "send.too_large"
    if phase == "mail":  # Google's SMTP relay: "Invalid credentials for relay" at MAIL
        return "send.relay_denied" if RELAY.search(text) else "send.sender_rejected"
    if phase == "rcpt":
        if RELAY.search(text) or (code is not None and code.is_("5.7.64")):
            return "send.relay_denied"
        if code is not None and code.subject == 7 and not logged_in:
            return "send.relay_denied"
        if code is None and reply.code in (551, 554) and not logged_in:
            return "send.relay_denied"
        return "send.recipient_rejected"
    return "send.message_rejected"


# -- AUTH ---------------------------------------------------------------------------------------

#: The status of a 334 OAuth error -> diagnosis. Google's XOAUTH2 uses HTTP codes (401 for a
#: token it does not accept, 400 for a request it cannot use); RFC 7628 3.2.2 uses RFC 6750's
#: codes (invalid_token, insufficient_scope, invalid_request).
OAUTH_STATUS = {"401": "oauth.token_rejected", "invalid_token": "oauth.token_rejected",
                "400": "oauth.wrong_scope", "403": "oauth.wrong_scope",
                "insufficient_scope": "oauth.wrong_scope", "invalid_request": "oauth.wrong_scope"}

#: Microsoft 365 answers every blocked login with 5.7.139 and says why only in the text; these
#: phrases (from Microsoft's documentation, see resources/diagnoses.toml) tell the causes apart.
M365_REASONS = (("basic authentication is disabled", "auth.basic_disabled"),
                ("security defaults", "auth.security_defaults"),
                ("did not meet the criteria", "auth.conditional_access"),
                ("smtpclientauthentication is disabled", "auth.disabled"))


def classify_auth(reply: Reply, tls: bool, oauth_status: str = "",
                  oauth: bool = False) -> str | None:
    """None when logged in; otherwise the diagnosis id for the AUTH reply. ``oauth``: the login
    sent a token (XOAUTH2/OAUTHBEARER), so a plain refusal means the token was refused."""
    if reply.code == 235:
        return None
    if reply.positive:  # 2xx/3xx that is not "235 authenticated": the server is confused
        return "smtp.protocol_error"
    if oauth_status:
        return OAUTH_STATUS.get(oauth_status.strip().lower(), "oauth.token_rejected")
    code = EnhancedCode.parse(reply.enhanced) if reply.enhanced else None
    text = reply.text
    if reply.transient:
        return _temporary(code, text, "auth")
    if code is not None and code.is_("5.7.30"):
        return "auth.basic_disabled"
    if code is not None and code.is_("5.7.139"):
        lowered = text.lower()
        return next((diag for phrase, diag in M365_REASONS if phrase in lowered), "auth.disabled")
    if oauth and reply.code == 535:  # Exchange Online: "535 5.7.3 Authentication unsuccessful"
        return "oauth.token_rejected"
    if reply.code == 534 or (code is not None and code.is_("X.7.9", "X.7.14")):
        return "auth.app_password_required"
    if reply.code == 538 or (reply.code == 530 and not tls) or (
            code is not None and code.is_("X.7.10", "X.7.11")):
        return "auth.encryption_required"
    if reply.code in (504, 502) or (code is not None and code.is_("X.5.4")):
        return "auth.mechanism_unsupported"
    if TOO_MANY_LOGINS.search(text):
        return "auth.too_many_attempts"
    if (code is not None and code.is_("X.7.13")) or LOCKED.search(text):
        return "auth.account_disabled"
    if LOGIN_DISABLED.search(text):
        return "auth.disabled"
    return "auth.failed"


def verdict_for(reply: Reply, diagnosis: str) -> Verdict:
    """The AUTH diagnosis as a verdict (temporary or not, with when to retry)."""
    return _verdict(diagnosis, reply)
