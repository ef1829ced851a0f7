"""A step's facts as people read them, in every face (reports, the CLI, the clipboard, the
desktop app's Details pane): a label for each of the engine's fact keys, the words for the
values that are codes (a connect result, an encryption setting), and which facts are internal
codes shown apart under "Technical details".

The facts themselves keep their stable keys and raw values (JSON, history); only what people
read is put in words here, in the language in use when it is shown (``msg`` at use time; the
tables hold the English, marked with ``N_`` for extraction). No Qt here: the desktop app adds
its locale's dates and durations (app/gui/facts.py).

``tests/unit/test_fact_labels.py`` walks the engine's syntax tree and fails when a fact key it
emits has no label here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from .i18n import N_, date_time, duration, msg, number
from .words import humanize

LABELS: dict[str, str] = {
    # time
    "ms": N_("Time"),
    "elapsed_ms": N_("Time"),
    "time": N_("Time"),
    "waited_s": N_("Waited"),
    "timeout": N_("Timeout"),
    "delay_s": N_("Delay"),
    "delay_by_headers_s": N_("Delay by the headers"),
    "watch_timeout": N_("How long to watch"),
    "date": N_("Date"),
    # addresses and the connection
    "ip": N_("IP address"),
    "family": N_("Address type"),
    "families": N_("Address types"),
    "address": N_("Address"),
    "addresses": N_("Addresses"),
    "public_address": N_("Public address"),
    "abandoned_for": N_("Address that answered first"),
    "attempts": N_("Attempts"),
    "failed": N_("Failed attempts"),
    "not_started": N_("Not started"),
    "result": N_("Result"),
    "results": N_("Results"),
    "connected_to": N_("Connected to"),
    "errno": N_("Error number"),
    "error": N_("Error"),
    "error_code": N_("Error code"),
    "resolver": N_("DNS resolver"),
    "rcode": N_("DNS reply code"),
    "host": N_("Server"),
    "hosts": N_("Servers"),
    "server": N_("Server"),
    "port": N_("Port"),
    "ip_version": N_("IP version"),
    "state": N_("State"),
    "service": N_("Service"),
    "banner": N_("Banner"),
    "probes": N_("Probes"),
    "reference": N_("Reference server"),
    "reference_addresses": N_("Reference server's addresses"),
    # the proxy
    "proxy": N_("Proxy"),
    "proxy_type": N_("Proxy type"),
    "proxy_source": N_("Proxy setting from"),
    "proxy_error": N_("Proxy error"),
    "proxy_reply_code": N_("Proxy reply code"),
    # SMTP
    "greeting": N_("Greeting"),
    "greeting_name": N_("Server's name"),
    "server_name": N_("Server's name"),
    "plain_greeting": N_("Greeting without encryption"),
    "plain_starttls": N_("Offers STARTTLS without encryption"),
    "ehlo_name": N_("Name we introduced ourselves with"),
    "esmtp": N_("Extended SMTP (ESMTP)"),
    "capabilities": N_("Offered extensions"),
    "size_limit": N_("Largest message"),
    "8bitmime": N_("8-bit messages (8BITMIME)"),
    "smtputf8": N_("International addresses (SMTPUTF8)"),
    "pipelining": N_("Several commands at once (PIPELINING)"),
    "chunking": N_("Sending in chunks (CHUNKING)"),
    "dsn": N_("Delivery reports (DSN)"),
    "enhancedstatuscodes": N_("Extended reply codes (ENHANCEDSTATUSCODES)"),
    "requiretls": N_("Require TLS (REQUIRETLS)"),
    "mechanisms": N_("Sign-in methods offered"),
    "mechanism": N_("Sign-in method used"),
    "refused_mechanisms": N_("Sign-in methods offered but refused"),
    "reply": N_("Server's reply"),
    "reply_code": N_("Reply code"),
    "enhanced_code": N_("Extended reply code"),
    "enhanced_meaning": N_("What the code means"),
    "temporary": N_("Temporary"),
    "retry": N_("When to retry"),
    "command": N_("Command"),
    "after_command": N_("After the command"),
    "phase": N_("Phase"),
    "queue_id": N_("Queue ID"),
    "mail_from": N_("Sender"),
    "rcpt_to": N_("Recipient"),
    "message_size": N_("Message size"),
    "received": N_("Received"),
    "received_partial": N_("What the server sent so far"),
    "bytes_received": N_("Characters received"),
    # settings
    "security": N_("Encryption"),
    "suggested_security": N_("Suggested encryption"),
    "suggested_port": N_("Suggested port"),
    "suggested_host": N_("Suggested server name"),
    "auth": N_("Sign in"),
    "username": N_("User name"),
    "user": N_("User"),
    "fields": N_("Settings to correct"),
    "field": N_("Field"),
    # the form's fields, the keys of "fields" (a FieldError's field)
    "password": N_("Password"),
    "oauth_token": N_("OAuth token"),
    "nameserver": N_("DNS server"),
    "ca_file": N_("CA file"),
    "proxy_password": N_("Proxy password"),
    "watch_imap": N_("Mailbox to watch"),
    "imap_password": N_("Mailbox password"),
    "body": N_("Message text"),
    "form": N_("Settings"),
    "allow_old_tls": N_("Allow old TLS 1.0/1.1"),
    "aia_fetch": N_("Download a missing intermediate"),
    # sign-in with OAuth
    "oauth_error": N_("OAuth error"),
    "oauth_status": N_("OAuth status"),
    "oauth_scope": N_("OAuth scope"),
    "oauth_schemes": N_("OAuth schemes"),
    "oauth_openid_configuration": N_("OAuth configuration address"),
    "basic_auth_off": N_("Password sign-in turned off on"),
    "days_left": N_("Days left"),
    "tenant_id": N_("Tenant ID"),
    # TLS and the certificate
    "tls": N_("Encrypted (TLS)"),
    "tls_version": N_("TLS version"),
    "server_max_tls": N_("Server's newest TLS version"),
    "cipher": N_("Cipher"),
    "cipher_bits": N_("Cipher strength (bits)"),
    "certificate": N_("Certificate"),
    "certificates": N_("Certificates"),
    "subject": N_("Subject"),
    "subject_cn": N_("Subject name"),
    "issuer": N_("Issuer"),
    "issuer_cn": N_("Issuer name"),
    "issuer_org": N_("Issuer organisation"),
    "sans": N_("Names on the certificate"),
    "not_before": N_("Valid from"),
    "not_after": N_("Valid until"),
    "days_left_min": N_("Fewest days left"),
    "soonest": N_("Expires first"),
    "expired": N_("Expired"),
    "not_yet_valid": N_("Not yet valid"),
    "hostname_matches": N_("Matches the server name"),
    "self_signed": N_("Self-signed"),
    "key_type": N_("Key type"),
    "key_size": N_("Key size (bits)"),
    "signature_algorithm": N_("Signature algorithm"),
    "serial": N_("Serial number"),
    "sha256": N_("Fingerprint (SHA-256)"),
    "cert_names": N_("Names on the certificate"),
    "cert_issuer": N_("Issued by"),
    "cert_not_after": N_("Valid until"),
    "cert_not_before": N_("Valid from"),
    "cert_valid": N_("Certificate valid"),
    "cert_problem": N_("Certificate problem"),
    "chain": N_("Certificate chain"),
    "presented": N_("Certificates sent"),
    "verified_length": N_("Certificates in the verified chain"),
    "added_from_trust_store": N_("Certificates added by this computer"),
    "in_order": N_("In order"),
    "complete": N_("Complete"),
    "missing_intermediate": N_("Missing intermediate certificate"),
    "missing_intermediates": N_("Missing intermediate certificates"),
    "missing_issuer": N_("Issuer of the missing certificate"),
    "missing_subject": N_("Subject of the missing certificate"),
    "missing_sha256": N_("Fingerprint of the missing certificate"),
    "aia_url": N_("Download address of the intermediate"),
    "root": N_("Root certificate"),
    "root_public": N_("Public root certificate"),
    "local_root_check": N_("Check for a root added on this computer"),
    "interception_product": N_("Intercepting product"),
    "interception_kind": N_("Kind of interception"),
    "interception_evidence": N_("Sign of interception"),
    "interception_fix": N_("How to stop the interception"),
    "ssl_reason": N_("TLS error code"),
    "ssl_library": N_("TLS error source"),
    "verify_code": N_("Verification error number"),
    "verify_message": N_("Verification error"),
    # finding the settings
    "domain": N_("Domain"),
    "email": N_("Email address"),
    "candidates": N_("Candidates"),
    "guesses": N_("Guesses"),
    "best": N_("Best choice"),
    "sources": N_("Found through"),
    "source": N_("Source"),
    "probed": N_("Probed"),
    "works": N_("Works"),
    "working": N_("Working"),
    "tried": N_("Tried"),
    "score": N_("Score"),
    "diagnosis": N_("Diagnosis"),
    "summary": N_("Summary"),
    "outside_domain": N_("Outside the domain"),
    "outside_note": N_("About the outside server"),
    "provider": N_("Provider"),
    "providers": N_("Providers"),
    "provider_id": N_("Provider ID"),
    "provider_recognised_by": N_("Provider recognised by"),
    "auth_hint": N_("Sign-in hint"),
    "priority": N_("Priority"),
    "weight": N_("Weight"),
    "target": N_("Target"),
    "preference": N_("Preference"),
    "mx": N_("Mail servers (MX)"),
    # DNS records: SPF, DKIM, DMARC, DNSSEC, DANE, MTA-STS, BIMI, reverse DNS
    "name": N_("Name"),
    "value": N_("Value"),
    "record": N_("Record"),
    "records": N_("Records"),
    "found_at": N_("Found at"),
    "spf": N_("SPF"),
    "dkim": N_("DKIM"),
    "dmarc": N_("DMARC"),
    "arc": N_("ARC"),
    "bimi": N_("BIMI"),
    "all": N_("Other servers (all)"),
    "lookups": N_("DNS lookups"),
    "limit": N_("Limit"),
    "tree": N_("Includes, step by step"),
    "includes": N_("Includes"),
    "problems": N_("Problems"),
    "problem": N_("Problem"),
    "kinds": N_("Found via"),  # the machine words of a candidate's sources (discover)
    "other_problems": N_("Other problems"),
    "code": N_("Code"),
    "message": N_("Message"),
    "selector": N_("Selector"),
    "selectors": N_("Selectors"),
    "policy": N_("Policy"),
    "subdomain_policy": N_("Policy for subdomains"),
    "pct": N_("Share of messages (pct)"),
    "adkim": N_("DKIM alignment (adkim)"),
    "aspf": N_("SPF alignment (aspf)"),
    "rua": N_("Summary reports to (rua)"),
    "ruf": N_("Failure reports to (ruf)"),
    "external_report_domains": N_("Report addresses at other domains"),
    "dmarc_gaps": N_("DMARC weak points"),
    "ad_flag": N_("Checked by the DNS server (AD flag)"),
    "signed": N_("Signed (DNSSEC)"),
    "signer": N_("Signed by"),
    "ds_at_parent": N_("DS record at the parent"),
    "meaning": N_("Meaning"),
    "meanings": N_("Meanings"),
    "usage": N_("Usage"),
    "matching": N_("Matching type"),
    "matched": N_("Matched"),
    "mode": N_("Mode"),
    "mode_meaning": N_("What the mode means"),
    "max_age": N_("Valid for (max_age)"),
    "version": N_("Version"),
    "id": N_("ID"),
    "url": N_("Address (URL)"),
    "content_type_note": N_("About the content type"),
    "logo": N_("Logo"),
    "evidence": N_("Evidence"),
    "declined": N_("Declined"),
    "ptr": N_("Reverse name (PTR)"),
    "confirmed": N_("Confirmed names"),
    # blocklists
    "zone": N_("Zone"),
    "query": N_("Query"),
    "blocklist": N_("Blocklist"),
    "blocklist_lookup": N_("Look it up"),
    "blocklist_delist": N_("How to get removed"),
    "blocklist_about": N_("About the list"),
    "blocklist_policy": N_("The list's policy"),
    "answers": N_("Answers"),
    "reasons": N_("Reasons"),
    "sent_to": N_("Asked"),
    # delivery: the watched mailbox and the message's path
    "imap": N_("IMAP mailbox"),
    "imap_host": N_("IMAP server"),
    "imap_login": N_("IMAP sign-in"),
    "imap_tls_version": N_("IMAP TLS version"),
    "idle": N_("Instant notification (IDLE)"),
    "message_id": N_("Message ID"),
    "folder": N_("Folder"),
    "folders_watched": N_("Folders watched"),
    "junk": N_("Junk folder"),
    "looks": N_("Searches"),
    "arrived_at_server": N_("Arrived at the server"),
    "hops": N_("Hops"),
    "hops_without_tls": N_("Hops without encryption"),
    "path": N_("Path"),
    "from": N_("From"),
    "from_name": N_("From name"),
    "from_ip": N_("From IP address"),
    "by": N_("Received by"),
    "protocol": N_("Protocol"),
    "encrypted": N_("Encrypted"),
    "authserv_id": N_("Judged by"),
    "from_domain": N_("Sender's domain"),
    "findings": N_("Findings"),
    "explained": N_("What it means"),
    "words": N_("What it means"),
    "fix": N_("Fix"),
    "signing_domain": N_("Signing domain"),
    "method": N_("Method"),
    "reason": N_("Reason"),
    "comment": N_("Comment"),
    "properties": N_("Properties"),
    "status": N_("Status"),
    # a bounce
    "format": N_("Format"),
    "reporting_mta": N_("Reporting server"),
    "original_message_id": N_("Original message ID"),
    "original_subject": N_("Original subject"),
    "original_recipient": N_("Original recipient"),
    "original": N_("Original"),
    "recipients": N_("Recipients"),
    "action": N_("Action"),
    "diagnostic": N_("Server's explanation"),
    "remote_mta": N_("Remote server"),
    "remote_provider": N_("Remote provider"),
    "understood": N_("Understood"),
    "failed_checks": N_("Failed checks"),
    "note": N_("Note"),
    "notes": N_("Notes"),
    # the engine itself
    "traceback": N_("Error details (traceback)"),
}

# Codes for a developer or a support desk, not for the person reading the fix.
TECHNICAL = ("ssl_reason", "ssl_library", "verify_code", "verify_message", "kinds")
# Flat copies of the certificate's facts kept for the fix texts' placeholders: shown once, in
# the certificate, when it is there.
CERT_COPIES = ("cert_names", "cert_issuer", "cert_not_after", "cert_not_before")
# Facts whose keys are what a server or a record said (EHLO keywords, Authentication-Results
# properties): shown as they were sent.
AS_SENT = ("capabilities", "properties")

AUTH_WORDS = {
    "auto": N_("best method the server offers"),
    "none": N_("no sign-in"),
}
IP_WORDS = {
    "auto": N_("IPv4 or IPv6"),
    "ipv4": N_("IPv4 only"),
    "ipv6": N_("IPv6 only"),
}
RESULT_WORDS = {
    "timeout": N_("no answer"),
    "refused": N_("refused"),
    "unreachable": N_("unreachable"),
    "connected": N_("connected"),
}
STATE_WORDS = {  # a port probe's state
    "open": N_("open"),
    "closed": N_("closed"),
    "filtered": N_("filtered"),
    "unreachable": N_("unreachable"),
    "error": N_("error"),
}
STOP_WORDS = {  # how far a check goes (the setting "stop_after")
    "connect": N_("after connecting"),
    "tls": N_("after starting encryption"),
    "ehlo": N_("after EHLO"),
    "auth": N_("after logging in"),
    "rcpt": N_("after the recipient (no message sent)"),
    "data": N_("after sending the test message"),
}
TIMEOUT_WORDS = {  # the setting "timeouts", per phase
    "connect": N_("connect"),
    "reply": N_("reply"),
    "step": N_("step"),
    "dns": N_("DNS"),
}
NO_ENCRYPTION = N_("No encryption")
NO_ENCRYPTION_IN_SENTENCE = N_("no encryption")  # "… port 25, no encryption"
YES, NO, NONE = N_("yes"), N_("no"), N_("(none)")
DATE_KEYS = ("not_before", "not_after", "cert_not_before", "cert_not_after")


def label(key: str) -> str:
    """The label of a fact key in the current language; a key without one (a new key, or data
    used as a key) is humanized, the last fallback."""
    text = LABELS.get(key)
    return msg(text) if text is not None else humanize(key)


def security_word(value: str) -> str:
    """An encryption setting's name ("No encryption", STARTTLS, SSL/TLS: the last two are
    names)."""
    return {"none": msg(NO_ENCRYPTION), "starttls": "STARTTLS", "tls": "SSL/TLS"}.get(value, value)


def words_for(key: str, value: str) -> str | None:
    """The words for a value that is a code (auth "none", result "timeout"), or None."""
    if key in ("security", "suggested_security"):
        return security_word(value)
    if key == "auth":
        return msg(AUTH_WORDS[value.lower()]) if value.lower() in AUTH_WORDS else value.upper()
    if key == "ip_version" and value in IP_WORDS:
        return msg(IP_WORDS[value])
    if key == "result" and value in RESULT_WORDS:
        return msg(RESULT_WORDS[value])
    if key == "state" and value in STATE_WORDS:
        return msg(STATE_WORDS[value])
    if key == "stop_after" and value in STOP_WORDS:
        return msg(STOP_WORDS[value])
    return None


def timeouts_text(timeouts: Mapping[str, Any]) -> str:
    """The setting "timeouts" in words: "connect: 10 s, reply: 30 s" in the current language."""
    return ", ".join(msg("{label}: {value}", label=msg(TIMEOUT_WORDS.get(k, k)),
                         value=msg("{value} s", value=number(v))
                         if isinstance(v, (int, float)) else v)
                     for k, v in timeouts.items())


def is_duration(key: str) -> bool:
    return key == "ms" or key.endswith("_ms")


def is_seconds(key: str) -> bool:
    return key.endswith("_s") or key == "timeout"


def value_text(key: str, value: Any) -> Any:
    """A fact's value in words for its key (reports and the CLI); anything else as it is."""
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, (int, float)):
        if is_duration(key):
            return duration(value)
        if is_seconds(key):
            return duration(float(value) * 1000)
        return value
    if not isinstance(value, str):
        return value
    if key in DATE_KEYS and value:
        return date_time(value)
    found = words_for(key, value)
    return value if found is None else found


ValueText = Callable[[str, Any], Any]


def readable(facts: dict[str, Any], value: ValueText = value_text
             ) -> tuple[dict[str, Any], dict[str, Any]]:
    """``(shown, technical)``: the facts relabelled for people, and the internal codes apart."""
    shown: dict[str, Any] = {}
    technical: dict[str, Any] = {}
    for key, item in facts.items():
        key = str(key)
        if key in CERT_COPIES and isinstance(facts.get("certificate"), dict):
            continue
        target = technical if key in TECHNICAL else shown
        target[label(key)] = _nested(key, item, value)
    return shown, technical


def _nested(key: str, item: Any, value: ValueText) -> Any:
    if isinstance(item, dict):
        if key in AS_SENT:
            return item
        shown, technical = readable(item, value)
        return shown | technical
    if isinstance(item, list):
        return [_nested(key, v, value) for v in item]
    return value(key, item)


def plain_readable(facts: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """:func:`readable` with the engine's own value words (reports, the CLI)."""
    return readable(facts)


def yes_no(value: bool) -> str:
    return msg(YES) if value else msg(NO)


def none_text() -> str:
    return msg(NONE)
