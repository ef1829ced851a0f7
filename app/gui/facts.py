"""A step's facts as people read them: labels for the engine's fact keys, units, settings by
the names the form uses, local dates; internal codes under "Technical details".

The engine's facts keep their stable keys and raw values (JSON, reports, history); only what the
Details pane shows is translated here.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QLocale, QTime

from app.core.model import Security
from app.core.text.report_text import Words
from app.core.text.words import humanize
from app.gui.models.steps import format_ms

LABELS = {
    "ms": "Time", "elapsed_ms": "Time", "waited_s": "Waited", "timeout": "Timeout",
    "ip": "IP address", "family": "Address type", "address": "Address",
    "addresses": "Addresses", "attempts": "Attempts", "result": "Result",
    "connected_to": "Connected to", "greeting": "Greeting", "greeting_name": "Server's name",
    "server_name": "Server's name", "ehlo_name": "Name we introduced ourselves with",
    "capabilities": "Offered extensions", "size_limit": "Largest message",
    "8bitmime": "8-bit messages (8BITMIME)", "mechanisms": "Sign-in methods offered",
    "mechanism": "Sign-in method used", "reply": "Server's reply", "reply_code": "Reply code",
    "enhanced_code": "Extended reply code", "enhanced_meaning": "What the code means",
    "temporary": "Temporary", "retry": "When to retry",
    "refused_mechanisms": "Sign-in methods offered but refused", "security": "Encryption",
    "suggested_security": "Suggested encryption", "suggested_port": "Suggested port",
    "auth": "Sign in", "username": "User name", "ip_version": "IP version",
    "tls_version": "TLS version", "cipher": "Cipher", "cipher_bits": "Cipher strength (bits)",
    "certificate": "Certificate", "subject": "Subject", "subject_cn": "Subject name",
    "issuer": "Issuer", "issuer_cn": "Issuer name", "issuer_org": "Issuer organisation",
    "sans": "Names on the certificate", "not_before": "Valid from", "not_after": "Valid until",
    "days_left": "Days left", "expired": "Expired", "not_yet_valid": "Not yet valid",
    "hostname_matches": "Matches the server name", "self_signed": "Self-signed",
    "key_type": "Key type", "key_size": "Key size (bits)",
    "signature_algorithm": "Signature algorithm", "serial": "Serial number",
    "sha256": "Fingerprint (SHA-256)", "cert_names": "Names on the certificate",
    "cert_issuer": "Issued by", "cert_not_after": "Valid until",
    "cert_not_before": "Valid from", "suggested_host": "Suggested server name",
    "ssl_reason": "TLS error code", "ssl_library": "TLS error source",
    "verify_code": "Verification error number", "verify_message": "Verification error",
    "mail_from": "Sender", "rcpt_to": "Recipient", "message_size": "Message size",
    "received_partial": "What the server sent so far",
    "bytes_received": "Characters received",
    "fields": "Settings to correct", "form": "Settings", "port": "Port", "host": "Server",
}

# Codes for a developer or a support desk, not for the person reading the fix.
TECHNICAL = ("ssl_reason", "ssl_library", "verify_code", "verify_message")
# Flat copies of the certificate's facts kept for the fix texts' placeholders: shown once, in
# the certificate, when it is there.
CERT_COPIES = ("cert_names", "cert_issuer", "cert_not_after", "cert_not_before")

AUTH_WORDS = {"auto": "best method the server offers", "none": "no sign-in"}
IP_WORDS = {"auto": "IPv4 or IPv6", "ipv4": "IPv4 only", "ipv6": "IPv6 only"}
RESULT_WORDS = {"timeout": "no answer", "refused": "refused", "unreachable": "unreachable",
                "connected": "connected"}
DATE_KEYS = ("not_before", "not_after", "cert_not_before", "cert_not_after")


def label(key: str) -> str:
    return LABELS.get(key, humanize(key))


def local_time(iso: str, seconds: bool = True) -> str:
    """An ISO time as people read it, in local time and the user's locale: "30 Nov 2026, 14:05"
    (exports keep ISO)."""
    try:
        when = dt.datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.timezone.utc)
    with contextlib.suppress(OverflowError, OSError, ValueError):  # far dates (year 3000)
        when = when.astimezone()
    locale = QLocale()
    time_format = locale.timeFormat(QLocale.FormatType.ShortFormat)
    if seconds and "s" not in time_format:
        time_format = time_format.replace("mm", "mm:ss", 1)
    date = locale.toString(QDate(when.year, when.month, when.day), "d MMM yyyy")
    clock = locale.toString(QTime(when.hour, when.minute, when.second), time_format)
    return f"{date}, {clock}"


def security_text(value: str, in_sentence: bool = False) -> str:
    """The form's name for an encryption setting; ``in_sentence``: "no encryption"."""
    try:
        security = Security(value)
    except ValueError:
        return value
    if in_sentence and security is Security.NONE:
        return security.label.lower()
    return security.label


def _seconds(value: float) -> str:
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.1f} s"


def value_text(key: str, value: Any) -> Any:
    """A fact's value in words for its key; anything else is returned as it is."""
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, (int, float)):
        if key == "ms" or key.endswith("_ms"):
            return _seconds(value / 1000)
        if key.endswith("_s") or key == "timeout":
            return _seconds(float(value))
        return value
    if not isinstance(value, str):
        return value
    if key in ("security", "suggested_security"):
        return security_text(value)
    if key == "auth":
        return AUTH_WORDS.get(value.lower(), value.upper())
    if key == "ip_version":
        return IP_WORDS.get(value, value)
    if key == "result":
        return RESULT_WORDS.get(value, value)
    if key in DATE_KEYS and value:
        return local_time(value, seconds=False)
    return value


def readable(facts: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """``(shown, technical)``: the facts relabelled for people, and the internal codes apart."""
    shown: dict[str, Any] = {}
    technical: dict[str, Any] = {}
    for key, value in facts.items():
        if key in CERT_COPIES and isinstance(facts.get("certificate"), dict):
            continue
        target = technical if key in TECHNICAL else shown
        target[label(key)] = _nested(key, value)
    return shown, technical


def _nested(key: str, value: Any) -> Any:
    if isinstance(value, dict):
        if key == "capabilities":  # the server's own keywords: shown as it sent them
            return value
        return readable(value)[0] | readable(value)[1]
    if isinstance(value, list):
        return [_nested(key, v) for v in value]
    return value_text(key, value)


# The words of "Copy results as text": the same labels and values as the Details pane.
WORDS = Words(readable=readable, value=value_text, when=local_time, duration=format_ms)
