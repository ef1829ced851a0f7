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
from app.gui.i18n import QT_TRANSLATE_NOOP, translate
from app.gui.models.steps import format_ms

LABELS = {
    "ms": QT_TRANSLATE_NOOP("facts", "Time"),
    "elapsed_ms": QT_TRANSLATE_NOOP("facts", "Time"),
    "waited_s": QT_TRANSLATE_NOOP("facts", "Waited"),
    "timeout": QT_TRANSLATE_NOOP("facts", "Timeout"),
    "ip": QT_TRANSLATE_NOOP("facts", "IP address"),
    "family": QT_TRANSLATE_NOOP("facts", "Address type"),
    "address": QT_TRANSLATE_NOOP("facts", "Address"),
    "addresses": QT_TRANSLATE_NOOP("facts", "Addresses"),
    "attempts": QT_TRANSLATE_NOOP("facts", "Attempts"),
    "result": QT_TRANSLATE_NOOP("facts", "Result"),
    "connected_to": QT_TRANSLATE_NOOP("facts", "Connected to"),
    "greeting": QT_TRANSLATE_NOOP("facts", "Greeting"),
    "greeting_name": QT_TRANSLATE_NOOP("facts", "Server's name"),
    "server_name": QT_TRANSLATE_NOOP("facts", "Server's name"),
    "ehlo_name": QT_TRANSLATE_NOOP("facts", "Name we introduced ourselves with"),
    "capabilities": QT_TRANSLATE_NOOP("facts", "Offered extensions"),
    "size_limit": QT_TRANSLATE_NOOP("facts", "Largest message"),
    "8bitmime": QT_TRANSLATE_NOOP("facts", "8-bit messages (8BITMIME)"),
    "mechanisms": QT_TRANSLATE_NOOP("facts", "Sign-in methods offered"),
    "mechanism": QT_TRANSLATE_NOOP("facts", "Sign-in method used"),
    "reply": QT_TRANSLATE_NOOP("facts", "Server's reply"),
    "reply_code": QT_TRANSLATE_NOOP("facts", "Reply code"),
    "enhanced_code": QT_TRANSLATE_NOOP("facts", "Extended reply code"),
    "enhanced_meaning": QT_TRANSLATE_NOOP("facts", "What the code means"),
    "temporary": QT_TRANSLATE_NOOP("facts", "Temporary"),
    "retry": QT_TRANSLATE_NOOP("facts", "When to retry"),
    "refused_mechanisms": QT_TRANSLATE_NOOP("facts", "Sign-in methods offered but refused"),
    "security": QT_TRANSLATE_NOOP("facts", "Encryption"),
    "suggested_security": QT_TRANSLATE_NOOP("facts", "Suggested encryption"),
    "suggested_port": QT_TRANSLATE_NOOP("facts", "Suggested port"),
    "auth": QT_TRANSLATE_NOOP("facts", "Sign in"),
    "username": QT_TRANSLATE_NOOP("facts", "User name"),
    "ip_version": QT_TRANSLATE_NOOP("facts", "IP version"),
    "tls_version": QT_TRANSLATE_NOOP("facts", "TLS version"),
    "cipher": QT_TRANSLATE_NOOP("facts", "Cipher"),
    "cipher_bits": QT_TRANSLATE_NOOP("facts", "Cipher strength (bits)"),
    "certificate": QT_TRANSLATE_NOOP("facts", "Certificate"),
    "subject": QT_TRANSLATE_NOOP("facts", "Subject"),
    "subject_cn": QT_TRANSLATE_NOOP("facts", "Subject name"),
    "issuer": QT_TRANSLATE_NOOP("facts", "Issuer"),
    "issuer_cn": QT_TRANSLATE_NOOP("facts", "Issuer name"),
    "issuer_org": QT_TRANSLATE_NOOP("facts", "Issuer organisation"),
    "sans": QT_TRANSLATE_NOOP("facts", "Names on the certificate"),
    "not_before": QT_TRANSLATE_NOOP("facts", "Valid from"),
    "not_after": QT_TRANSLATE_NOOP("facts", "Valid until"),
    "days_left": QT_TRANSLATE_NOOP("facts", "Days left"),
    "expired": QT_TRANSLATE_NOOP("facts", "Expired"),
    "not_yet_valid": QT_TRANSLATE_NOOP("facts", "Not yet valid"),
    "hostname_matches": QT_TRANSLATE_NOOP("facts", "Matches the server name"),
    "self_signed": QT_TRANSLATE_NOOP("facts", "Self-signed"),
    "key_type": QT_TRANSLATE_NOOP("facts", "Key type"),
    "key_size": QT_TRANSLATE_NOOP("facts", "Key size (bits)"),
    "signature_algorithm": QT_TRANSLATE_NOOP("facts", "Signature algorithm"),
    "serial": QT_TRANSLATE_NOOP("facts", "Serial number"),
    "sha256": QT_TRANSLATE_NOOP("facts", "Fingerprint (SHA-256)"),
    "cert_names": QT_TRANSLATE_NOOP("facts", "Names on the certificate"),
    "cert_issuer": QT_TRANSLATE_NOOP("facts", "Issued by"),
    "cert_not_after": QT_TRANSLATE_NOOP("facts", "Valid until"),
    "cert_not_before": QT_TRANSLATE_NOOP("facts", "Valid from"),
    "suggested_host": QT_TRANSLATE_NOOP("facts", "Suggested server name"),
    "ssl_reason": QT_TRANSLATE_NOOP("facts", "TLS error code"),
    "ssl_library": QT_TRANSLATE_NOOP("facts", "TLS error source"),
    "verify_code": QT_TRANSLATE_NOOP("facts", "Verification error number"),
    "verify_message": QT_TRANSLATE_NOOP("facts", "Verification error"),
    "mail_from": QT_TRANSLATE_NOOP("facts", "Sender"),
    "rcpt_to": QT_TRANSLATE_NOOP("facts", "Recipient"),
    "message_size": QT_TRANSLATE_NOOP("facts", "Message size"),
    "received_partial": QT_TRANSLATE_NOOP("facts", "What the server sent so far"),
    "bytes_received": QT_TRANSLATE_NOOP("facts", "Characters received"),
    "fields": QT_TRANSLATE_NOOP("facts", "Settings to correct"),
    "form": QT_TRANSLATE_NOOP("facts", "Settings"),
    "port": QT_TRANSLATE_NOOP("facts", "Port"),
    "host": QT_TRANSLATE_NOOP("facts", "Server"),
}

# Codes for a developer or a support desk, not for the person reading the fix.
TECHNICAL = ("ssl_reason", "ssl_library", "verify_code", "verify_message")
# Flat copies of the certificate's facts kept for the fix texts' placeholders: shown once, in
# the certificate, when it is there.
CERT_COPIES = ("cert_names", "cert_issuer", "cert_not_after", "cert_not_before")

AUTH_WORDS = {
    "auto": QT_TRANSLATE_NOOP("facts", "best method the server offers"),
    "none": QT_TRANSLATE_NOOP("facts", "no sign-in"),
}
IP_WORDS = {
    "auto": QT_TRANSLATE_NOOP("facts", "IPv4 or IPv6"),
    "ipv4": QT_TRANSLATE_NOOP("facts", "IPv4 only"),
    "ipv6": QT_TRANSLATE_NOOP("facts", "IPv6 only"),
}
RESULT_WORDS = {
    "timeout": QT_TRANSLATE_NOOP("facts", "no answer"),
    "refused": "refused",
    "unreachable": "unreachable",
    "connected": "connected",
}
DATE_KEYS = ("not_before", "not_after", "cert_not_before", "cert_not_after")


def label(key: str) -> str:
    return translate("facts", LABELS[key]) if key in LABELS else humanize(key)


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


NO_ENCRYPTION = QT_TRANSLATE_NOOP("facts", "No encryption")  # Security.NONE.label
NO_ENCRYPTION_IN_SENTENCE = QT_TRANSLATE_NOOP("facts", "no encryption")


def security_label(security: Security) -> str:
    """``Security.label`` in the current language (STARTTLS and SSL/TLS are names)."""
    return translate("facts", security.label)


def security_text(value: str, in_sentence: bool = False) -> str:
    """The form's name for an encryption setting; ``in_sentence``: "no encryption"."""
    try:
        security = Security(value)
    except ValueError:
        return value
    if in_sentence and security is Security.NONE:
        return translate("facts", NO_ENCRYPTION_IN_SENTENCE)
    return security_label(security)


def _seconds(value: float) -> str:
    locale = QLocale()
    if value < 1:
        return translate("facts", "{value} ms").format(value=locale.toString(value * 1000, "f", 0))
    return translate("facts", "{value} s").format(value=locale.toString(value, "f", 1))


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
        return translate("facts", AUTH_WORDS.get(value.lower(), value.upper()))
    if key == "ip_version":
        return translate("facts", IP_WORDS.get(value, value))
    if key == "result":
        return translate("facts", RESULT_WORDS.get(value, value))
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
