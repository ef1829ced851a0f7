"""The test message: built with the email package, never by pasting strings into headers."""

from __future__ import annotations

import platform
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formatdate, make_msgid

from ... import __version__
from ..model import ServerSettings
from ..text.words import APP_NAME

DEFAULT_BODY = (
    f"This is a test message sent by {APP_NAME} to check your mail server settings.\n"
    "If you can read it, sending works.\n"
)


def build_message(settings: ServerSettings, mail_from: str, rcpt_to: str) -> EmailMessage:
    msg = EmailMessage(policy=SMTP)
    msg["Date"] = formatdate(localtime=True)
    domain = mail_from.rpartition("@")[2].strip("[]") or "smtp-doctor.invalid"
    msg["Message-ID"] = make_msgid(idstring="smtp-doctor", domain=domain)
    msg["From"] = mail_from
    msg["To"] = rcpt_to
    msg["Subject"] = settings.subject or f"{APP_NAME} test message"
    msg["X-Mailer"] = f"{APP_NAME} {__version__}"
    body = settings.body.replace("\r\n", "\n").replace("\r", "\n") or DEFAULT_BODY
    details = (
        f"\n-- \nSent by {APP_NAME} {{version}} on {{system}} with these settings:\n"
        "  server:     {host}, port {port}\n"
        "  encryption: {security}\n"
        "  login:      {auth}{user}\n"
    ).format(version=__version__, system=platform.system() or "unknown OS", host=settings.host,
             port=settings.port, security=settings.security.label,
             auth=settings.auth.value, user=f" as {settings.username}" if settings.username else "")
    msg.set_content(body + details)
    return msg


def wire_bytes(msg: EmailMessage) -> bytes:
    """CRLF line endings, dot-stuffed, ending with the terminating "." line (RFC 5321 4.5.2)."""
    data = msg.as_bytes(policy=SMTP)
    lines = data.split(b"\r\n")
    if lines and lines[-1] == b"":
        lines.pop()
    stuffed = [b"." + line if line.startswith(b".") else line for line in lines]
    return b"\r\n".join(stuffed) + b"\r\n.\r\n"
