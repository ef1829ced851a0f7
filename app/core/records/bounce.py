"""Bounces read: who failed, which server said so, the status code and the server's words.

Input is whatever a user has: a whole message (an .eml, with headers and MIME), or only the text
they copied out of their mail program. Two kinds of bounce are understood:

* RFC 3464 delivery status notifications: ``multipart/report; report-type=delivery-status``
  with a ``message/delivery-status`` part (RFC 6533's ``message/global-delivery-status`` too),
  its per-message fields (``Reporting-MTA``) and per-recipient fields (``Final-Recipient``,
  ``Original-Recipient``, ``Action``, ``Status``, ``Remote-MTA``, ``Diagnostic-Code``). The
  same fields are found in pasted text.
* The human-readable texts MTAs and providers write, in or instead of a DSN: Postfix's
  "``<addr>: host H[ip] said: 550 … (in reply to RCPT TO command)``" paragraphs (bounce(5)
  templates), qmail's "Hi. This is the qmail-send program" with ``<addr>:`` paragraphs
  (qmail-send.c) and Yahoo's copy of that shape, Exim's "The following address(es) failed"
  with indented "SMTP error from remote mail server after RCPT TO" blocks (Exim spec, ch. 50
  "Customizing bounce messages"), Exchange / Microsoft 365 NDRs ("Diagnostic information for
  administrators", "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound'",
  "Reported error:"), Gmail's "Address not found" / "Message blocked" ("The response from the
  remote server was:"), sendmail's (and Proofpoint's) "The following addresses had permanent
  fatal errors" with its session transcript, and at last any text holding an SMTP reply (RFC
  5321 4.2).

Recipients are found by the shape of the format, then by an address alone on its line followed
by the server's reply (Exchange's administrators' block in any language, Exchange 2003, sendmail),
then by the sentence or label that names them ("Your message to … couldn't be delivered", "Ihre
Nachricht an …", "Votre message à …", "Su mensaje para …", "Recipient Address:"). The server's
words are kept without the quotes around them, a multi-line reply's repeated "550-5.7.26 "
prefixes or a trailing "(in reply to … command)"; that command is its own field (``command``).

The email package parses (``policy=default``) within limits: the input is cut at
``MAX_BYTES``, and before the ``MAX_PARTS``-th MIME header block (which bounds the number of
parts and how deep they nest), every part's text at ``MAX_TEXT`` characters; charsets that are
unknown or wrong fall back to UTF-8, then Windows-1252 (which decodes every byte). Nothing here
raises on bad input: a message the email package cannot take is read as plain text.
"""

from __future__ import annotations

import email
import email.policy
import html.parser
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from email.message import Message
from typing import Any

from ..text import i18n  # the notes for people (``msg`` is a message's name in this module)

MAX_BYTES = 4 * 1024 * 1024  # bounces keep the report before the returned message
MAX_PARTS = 200
MAX_DEPTH = 12
MAX_TEXT = 256 * 1024  # characters of one part's text that are read
MAX_RECIPIENTS = 100
MAX_FIELD = 2000  # characters kept of one value (a diagnostic, an address)
MAX_HEADERS = 256 * 1024  # bytes of a message's header section that are read

FAILED, DELAYED, DELIVERED = "failed", "delayed", "delivered"

_HEADER_BLOCK = re.compile(rb"(?im)^content-type[ \t]*:")
_ADDRESS = r"[^\s<>()\[\]\"',;:@]+@[A-Za-z0-9\[\]][A-Za-z0-9.\-\[\]:]*"
_ADDRESS_RE = re.compile(_ADDRESS)
_FIELD_LINE = re.compile(r"^([A-Za-z][A-Za-z0-9-]{1,40})[ \t]*:[ \t]*(.*)$")
#: An SMTP reply inside text: a 2xx/4xx/5xx code standing alone (not part of a number, an IP
#: address or a host name), an optional enhanced code, and the text.
_REPLY = re.compile(r"(?<![\w.#-])#?([245]\d\d)(?![\w.])[ \t:-]*"
                    r"(?:#?([245]\.\d{1,3}\.\d{1,3})(?![\w.]))?[ \t:-]*(.*)")
#: A reply that makes a text a bounce on its own: at the start of a line (or after ``<addr>:``),
#: a 4xx/5xx code, then words (a plain text holding only the server's reply).
_STANDALONE_REPLY = re.compile(r"(?m)^[ \t]*(?:<[^<>\n]{1,300}>:[ \t]*)?#?[45]\d\d(?:[ -]|:[ ])"
                               r"[^\n]*?[A-Za-z]{3}")
_ENHANCED = re.compile(r"(?<![\w.])#?([245]\.\d{1,3}\.\d{1,3})(?![\w.]|\.\d)")
_PHASE = re.compile(r"(?:in reply to|after|in response to)\s+(?:pipelined\s+)?(RCPT TO|MAIL FROM"
                    r"|end of data|DATA|initial connection|the greeting|EHLO|HELO)",
                    re.IGNORECASE)
#: The command the remote server answered, as the MTAs append it to the reply: Postfix "(in
#: reply to RCPT TO command)" (bounce(5)), qmail/others "(in response to …)".
_TRAILING_COMMAND = re.compile(r"\s*\((?:in reply to|in response to)\s+([^()]{1,60}?)"
                               r"(?:\s+command)?\)\s*\.?\s*$", re.IGNORECASE)
#: Sendmail (and gateways built on it, Proofpoint): the session transcript, ">>> RCPT To:<…>"
#: then "<<< 550 …" (sendmail's "Transcript of session follows").
_TRANSCRIPT_COMMAND = re.compile(r"(?m)^>>> (RCPT To|MAIL From|DATA|\.)[^\n]*\n(?:<<< [23]\d\d"
                                 r"[^\n]*\n)*<<< [45]\d\d", re.IGNORECASE)
_QUOTES = "'\"\u2018\u2019\u201c\u201d\u00ab\u00bb"
#: A quoted reply in a line: Exchange "Remote Server returned '550 5.1.10 …'", its translations
#: ("Remoteserver hat '…' zurückgegeben", "Le serveur distant a retourné '…'").
_QUOTED_REPLY = re.compile(rf"[{_QUOTES}]\s*(?:<\s*)?#?([45]\d\d[ \t-][^\n]*)")

#: What tells a text is a bounce, with the format it names (checked in this order).
_FORMAT_MARKERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("qmail", re.compile(r"This is the qmail-send program|does not like recipient\.|Remote host "
                         r"said: [45]\d\d", re.IGNORECASE)),
    ("exchange", re.compile(r"Diagnostic information for administrators|Remote Server "
                            r"returned '|Generating server:|DSN generated by:|RESOLVER\.ADR\.|"
                            r"Delivery has failed to these recipients|following recipient\(s\) "
                            r"(?:cannot|could not) be reached|"
                            # Exchange / Microsoft 365 in German, French, Spanish, Italian, Dutch
                            r"Diagnoseinformationen f\u00fcr Administratoren|Generierender "
                            r"Server|Remoteserver hat '|Informations de diagnostic pour les "
                            r"administrateurs|Serveur de g\u00e9n\u00e9ration|Le serveur distant"
                            r" a (?:retourn\u00e9|renvoy\u00e9)|Informaci\u00f3n de "
                            r"diagn\u00f3stico para administradores|Servidor de generaci"
                            r"\u00f3n|El servidor remoto (?:devolvi\u00f3|ha devuelto)|"
                            r"Informazioni di diagnostica per gli amministratori|Server di "
                            r"generazione|Diagnostische gegevens voor beheerders|Genererende "
                            r"server", re.IGNORECASE)),
    ("gmail", re.compile(r"\*\* (?:Address not found|Message blocked|Message not delivered)"
                         r" \*\*|The response from the remote server was:|mailer-daemon@"
                         r"googlemail\.com|Delivery to the following recipient failed",
                         re.IGNORECASE)),
    ("yahoo", re.compile(r"Sorry, we were unable to deliver your message to the following "
                         r"address|yahoo\.com account", re.IGNORECASE)),
    ("exim", re.compile(r"following address(?:\(es\)|es)? failed|SMTP error from remote mail "
                        r"server|Mail delivery failed: returning message to sender",
                        re.IGNORECASE)),
    ("sendmail", re.compile(r"following addresses had (?:permanent fatal|transient non-fatal) "
                            r"errors|Transcript of session follows", re.IGNORECASE)),
    ("postfix", re.compile(r"This is the mail system at host|Undelivered Mail Returned to "
                           r"Sender|\(in reply to (?:RCPT TO|MAIL FROM|end of DATA|DATA) "
                           r"command\)", re.IGNORECASE)),
)
_BOUNCE_SUBJECT = re.compile(r"undeliver|returned mail|delivery (?:status notification|"
                             r"failure|has failed|failed)|mail delivery|failure notice|"
                             r"could not be delivered|non.?delivery|returned to sender|"
                             r"delivery problem|message not delivered|rejected|"
                             # Exchange / Outlook in German, French, Spanish, Italian, Dutch
                             r"unzustellbar|non remis|no entregado|non recapitabile|"
                             r"onbestelbaar",
                             re.IGNORECASE)
_BOUNCE_SENDER = re.compile(r"mailer-daemon|postmaster|mail delivery (?:sub)?system",
                            re.IGNORECASE)
#: The paragraphs that come after the failure in the human text: the returned message.
_RETURNED = re.compile(r"^(?:--- ?Below this line is a copy of the message|-+ ?(?:This is a "
                       r"copy of the message|Original message)|Original message headers:|"
                       r"-+ Forwarded message|Content-Description: Undelivered Message)",
                       re.IGNORECASE | re.MULTILINE)


@dataclass(frozen=True)
class Recipient:
    """One recipient the bounce reports on."""

    address: str
    action: str = FAILED  # failed | delayed | delivered (relayed, expanded) per RFC 3464
    status: str = ""  # the enhanced status code (RFC 3463), "5.1.1"
    reply_code: int | None = None  # the basic SMTP code, from the remote server's reply
    diagnostic: str = ""  # what the remote server (or the reporting MTA) said
    remote_mta: str = ""
    original: str = ""  # Original-Recipient, when it differs
    phase: str = ""  # rcpt | mail | data | connect, when the bounce says after which command
    command: str = ""  # that command as the bounce names it: "RCPT TO", "end of DATA"

    def to_dict(self) -> dict[str, Any]:
        return {"address": self.address, "action": self.action, "status": self.status,
                "reply_code": self.reply_code, "diagnostic": self.diagnostic,
                "remote_mta": self.remote_mta, "original": self.original, "phase": self.phase,
                "command": self.command}


@dataclass(frozen=True)
class Bounce:
    """What a bounce says. ``format`` names the shape it was read from."""

    format: str
    recipients: tuple[Recipient, ...]
    reporting_mta: str = ""
    subject: str = ""
    sender: str = ""
    date: str = ""
    original_message_id: str = ""
    original_subject: str = ""
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def failed(self) -> tuple[Recipient, ...]:
        return tuple(r for r in self.recipients if r.action != DELIVERED)

    def to_dict(self) -> dict[str, Any]:
        return {"format": self.format, "reporting_mta": self.reporting_mta,
                "subject": self.subject, "from": self.sender, "date": self.date,
                "original_message_id": self.original_message_id,
                "original_subject": self.original_subject, "notes": list(self.notes),
                "recipients": [r.to_dict() for r in self.recipients]}


@dataclass
class _Read:
    """What one message (or a pasted text) holds, before it is judged."""

    headers: dict[str, str] = field(default_factory=dict)
    report: bool = False  # multipart/report; report-type=delivery-status
    status_text: list[str] = field(default_factory=list)  # message/delivery-status bodies
    human: list[str] = field(default_factory=list)  # text/plain, text/html as text
    returned: dict[str, str] = field(default_factory=dict)  # the returned message's headers
    inner: list[Message] = field(default_factory=list)  # attached messages, for a forward
    notes: list[str] = field(default_factory=list)


# -- decoding -------------------------------------------------------------------------------------

def decode_bytes(data: bytes, charset: str | None = None) -> str:
    """Text from bytes in a declared charset that may be wrong or unknown: the charset, else
    UTF-8, else Windows-1252 (every byte decodes; undefined ones as replacement characters)."""
    for candidate in (charset, "utf-8"):
        if not candidate:
            continue
        try:
            text = data.decode(candidate)
        except (LookupError, UnicodeDecodeError, ValueError):
            continue
        if candidate.lower().replace("-", "") in ("usascii", "ascii") and not data.isascii():
            continue
        return text
    return data.decode("cp1252", errors="replace")


class _HtmlText(html.parser.HTMLParser):
    """An HTML part as lines of text: tags dropped, script and style skipped."""

    BLOCKS = frozenset({"br", "p", "div", "tr", "li", "table", "h1", "h2", "h3", "h4", "pre",
                        "blockquote", "hr", "td", "th"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in self.BLOCKS:
            self.pieces.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self.skip:
            self.skip -= 1
        elif tag in self.BLOCKS:
            self.pieces.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.pieces.append(data)


def html_text(markup: str) -> str:
    parser = _HtmlText()
    try:
        parser.feed(markup[:MAX_TEXT])
        parser.close()
    except Exception:  # a broken page is read as far as it went
        pass
    lines = (re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in "".join(parser.pieces)
             .splitlines())
    return "\n".join(lines)


def _header(msg: Message, name: str) -> str:
    try:
        value = msg.get(name)
    except Exception:  # a header the policy cannot parse is left out
        return ""
    return _one_line(str(value)) if value is not None else ""


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()[:MAX_FIELD]


def _part_text(part: Message) -> str:
    try:
        payload = part.get_payload(decode=True)
    except Exception:  # a bad transfer encoding: take the raw text
        payload = None
    if isinstance(payload, bytes):
        try:
            charset = part.get_content_charset()
        except Exception:
            charset = None
        return decode_bytes(payload[:MAX_TEXT * 4], charset)[:MAX_TEXT]
    raw = part.get_payload()
    if isinstance(raw, str):
        return raw[:MAX_TEXT]
    if isinstance(raw, list):  # message/delivery-status: a list of header blocks
        blocks = []
        for block in raw[:MAX_RECIPIENTS + 1]:
            if isinstance(block, Message):
                blocks.append("\n".join(f"{k}: {_one_line(str(v))}"
                                        for k, v in _items(block)))
        return "\n\n".join(blocks)
    return ""


def _items(msg: Message) -> list[tuple[str, str]]:
    out = []
    for key in msg.keys()[:100]:
        out.append((key, _header(msg, key)))
    return out


# -- reading the MIME tree ------------------------------------------------------------------------

def _cut(data: bytes, notes: list[str]) -> bytes:
    if len(data) > MAX_BYTES:
        notes.append(i18n.msg("Only the first {size} MB were read.",
                              size=i18n.number(MAX_BYTES // (1024 * 1024))))
        data = data[:MAX_BYTES]
    for count, match in enumerate(_HEADER_BLOCK.finditer(data), 1):
        if count > MAX_PARTS:
            notes.append(i18n.msg("Only the first {count} MIME parts were read.",
                                  count=i18n.number(MAX_PARTS)))
            return data[:match.start()]
    return data


def _content_type(part: Message) -> str:
    try:
        return part.get_content_type()
    except Exception:
        return "text/plain"


def _read_message(msg: Message, notes: list[str]) -> _Read:
    read = _Read(notes=notes)
    for name in ("Subject", "From", "Date", "Content-Type", "X-Failed-Recipients",
                 "Auto-Submitted", "Message-ID"):
        read.headers[name.lower()] = _header(msg, name)
    read.report = _content_type(msg) == "multipart/report"
    parts = 0
    stack: list[tuple[Message, int]] = [(msg, 0)]
    while stack:
        part, depth = stack.pop()
        parts += 1
        if parts > MAX_PARTS:
            notes.append(i18n.msg("Only the first {count} MIME parts were read.",
                                  count=i18n.number(MAX_PARTS)))
            break
        ctype = _content_type(part)
        if ctype in ("message/rfc822", "message/global", "text/rfc822-headers",
                     "message/global-headers"):
            _returned(part, ctype, read)
            continue
        if ctype in ("message/delivery-status", "message/global-delivery-status"):
            read.status_text.append(_part_text(part))
            continue
        if part.is_multipart():
            if depth >= MAX_DEPTH:
                notes.append(i18n.msg("Parts nested deeper than {depth} levels were not read.",
                                      depth=i18n.number(MAX_DEPTH)))
                continue
            children = part.get_payload()
            if isinstance(children, list):
                stack.extend((child, depth + 1) for child in reversed(children)
                             if isinstance(child, Message))
            continue
        if ctype == "text/plain":
            read.human.append(_part_text(part))
        elif ctype == "text/html":
            read.human.append(html_text(_part_text(part)))
    return read


def _returned(part: Message, ctype: str, read: _Read) -> None:
    """The returned message (or its headers): a few facts, and kept for a forwarded bounce."""
    if ctype.startswith("text/"):
        text = _part_text(part)
        for name in ("Message-ID", "Subject"):
            found = re.search(rf"(?im)^{name}:[ \t]*(.+)$", text)
            if found and name.lower() not in read.returned:
                read.returned[name.lower()] = _one_line(found.group(1))
        return
    payload = part.get_payload()
    inner = payload[0] if isinstance(payload, list) and payload else None
    if isinstance(inner, Message):
        for name in ("Message-ID", "Subject"):
            read.returned.setdefault(name.lower(), _header(inner, name))
        read.inner.append(inner)


def _parse_mime(data: bytes, notes: list[str]) -> Message | None:
    try:
        return email.message_from_bytes(data, policy=email.policy.default)
    except (RecursionError, MemoryError):
        notes.append(i18n.msg("The MIME structure is too deep to read; it was read as text."))
    except Exception:  # any message the email package can't take is text
        notes.append(i18n.msg("The MIME structure is broken; it was read as text."))
    return None


# -- fields and paragraphs ------------------------------------------------------------------------

def _field_blocks(text: str) -> list[dict[str, str]]:
    """RFC 3464 field groups (blank-line separated, continuation lines unfolded)."""
    blocks: list[dict[str, str]] = []
    current: dict[str, str] = {}
    last = ""
    for line in text.splitlines():
        if not line.strip():
            if current:
                blocks.append(current)
            current, last = {}, ""
            continue
        if line[:1] in (" ", "\t") and last:
            current[last] = _one_line(current[last] + " " + line)
            continue
        match = _FIELD_LINE.match(line.strip())
        if match:
            last = match.group(1).lower()
            current.setdefault(last, _one_line(match.group(2)))
        else:
            last = ""
    if current:
        blocks.append(current)
    return blocks


def _typed(value: str) -> str:
    """``rfc822; bob@example.com`` → ``bob@example.com`` (the address type dropped)."""
    head, sep, rest = value.partition(";")
    if sep and re.fullmatch(r"[A-Za-z0-9-]+", head.strip()):
        value = rest
    return value.strip().strip("<>").strip()[:MAX_FIELD]


def _host(value: str) -> str:
    """``mx.example.org. (192.0.2.25, the server for …)`` → ``mx.example.org``."""
    return value.split()[0].rstrip(".") if value.split() else ""


def _action(value: str) -> str:
    word = value.strip().lower().split(" ")[0] if value.strip() else ""
    if word in ("delivered", "relayed", "expanded"):
        return DELIVERED
    return DELAYED if word == "delayed" else FAILED


_COMMAND_NAMES = (("rcpt", "RCPT TO"), ("mail", "MAIL FROM"), ("end of data", "end of DATA"),
                  (".", "end of DATA"), ("data", "DATA"), ("bdat", "BDAT"),
                  ("initial connection", "initial connection"), ("the greeting", "greeting"),
                  ("greeting", "greeting"), ("ehlo", "EHLO"), ("helo", "HELO"))
_PHASES = {"RCPT TO": "rcpt", "MAIL FROM": "mail", "end of DATA": "data", "DATA": "data",
           "BDAT": "data"}


def _command_name(words: str) -> str:
    key = re.sub(r"\s+", " ", words.strip()).lower().removeprefix("pipelined ")
    return next((name for prefix, name in _COMMAND_NAMES if key.startswith(prefix)), "")


def command_of(text: str) -> str:
    """The command a quoted reply answered, as the bounce says it: Postfix "(in reply to RCPT
    TO command)", Exim "after end of data", sendmail's transcript ">>> DATA" … "<<< 554"."""
    for pattern in (_TRAILING_COMMAND, _PHASE, _TRANSCRIPT_COMMAND):
        match = pattern.search(text[:MAX_TEXT])
        name = _command_name(match.group(1)) if match else ""
        if name:
            return name
    return ""


def _phase(command: str) -> str:
    """rcpt | mail | data, or connect for the greeting and EHLO, from the command's name."""
    return _PHASES.get(command, "connect" if command else "")


def _unfold(words: str) -> str:
    """A multi-line reply joined into one line keeps each line's "550-5.7.26 " prefix: the
    first is kept (as "550 5.7.26 "), the others dropped."""
    match = re.match(r"#?([45]\d\d)[ -]+['\"]?(?:([245]\.\d{1,3}\.\d{1,3})[ -]+)?", words)
    if not match:
        return words
    prefix = re.escape(match.group(1)) + r"[ -]" + (
        re.escape(match.group(2)) + r"[ -]?" if match.group(2) else "")
    head = " ".join(g for g in match.groups() if g) + " "
    return head + re.sub(rf"(?<=\s){prefix}(?=\S)", "", words[match.end():])


def clean_reply(text: str) -> tuple[str, str]:
    """The server's own words from a reply quoted in a bounce, and the command it answered:
    one line, continuation prefixes dropped, surrounding quotes, Exchange's "#… ##" marks and
    an unbalanced closing bracket removed, a trailing "(in reply to … command)" moved out."""
    words = _one_line(text)
    command = ""
    match = _TRAILING_COMMAND.search(words)
    if match:
        command = _command_name(match.group(1))
        words = words[:match.start()]
    # qmail-remote's last line after the reply: "Giving up on 192.0.2.1." / "I'm not going to
    # try again; this message has been in the queue too long." (qmail-remote.c, qmail-send.c)
    words = re.sub(r"\s+(?:Giving up on [^\s]{1,300}|I'm not going to try again;[^\n]{0,200})$",
                   "", words)
    # Exchange relaying a remote refusal: "… (delivery attempts: 0)> #SMTP#"
    for _ in range(2):
        words = re.sub(r"\s*(?:#SMTP#|\(delivery attempts: \d+\)>?)\s*$", "", words)
    words = words.strip().strip(_QUOTES).strip().lstrip("#").strip()
    words = words.removesuffix("##").rstrip().strip(_QUOTES).rstrip()
    for opening, closing in (("<", ">"), ("(", ")"), ("[", "]")):
        if words.endswith(closing) and words.count(opening) < words.count(closing):
            words = words[:-1].rstrip()
    return _unfold(words)[:MAX_FIELD], command


def _status_code(text: str) -> str:
    match = _ENHANCED.search(text)
    return match.group(1) if match else ""


def find_reply(text: str) -> tuple[int | None, str, str]:
    """The first SMTP reply in ``text``: (code, enhanced code, the reply from its code on)."""
    for line in text.splitlines():
        match = _REPLY.search(line)
        if match and match.group(1)[0] in "45":
            code = int(match.group(1))
            reply = line[match.start():].strip().lstrip("#")
            return code, match.group(2) or "", reply
    return None, "", ""


def _dsn_recipients(read: _Read, texts: list[str]) -> tuple[list[Recipient], str]:
    recipients: list[Recipient] = []
    reporting = ""
    for text in texts:
        for block in _field_blocks(text):
            if "reporting-mta" in block and not reporting:
                reporting = _host(_typed(block["reporting-mta"]))
            if not ({"final-recipient", "original-recipient"} & set(block)):
                continue
            if "action" not in block and "status" not in block:
                continue
            address = _typed(block.get("final-recipient") or block.get("original-recipient", ""))
            original = _typed(block.get("original-recipient", ""))
            raw = _typed(block.get("diagnostic-code", ""))
            diagnostic, command = clean_reply(raw)
            command = command or command_of(raw)
            code, enhanced, _reply = find_reply(diagnostic)
            status = _status_code(block.get("status", "")) or enhanced
            recipients.append(Recipient(
                address=_address(address), action=_action(block.get("action", "")),
                status=status, reply_code=code, diagnostic=diagnostic,
                remote_mta=_host(_typed(block.get("remote-mta", ""))),
                original=original if original.lower() != address.lower() else "",
                phase=_phase(command), command=command))
            if len(recipients) >= MAX_RECIPIENTS:
                return recipients, reporting
    return recipients, reporting


def _paragraphs(text: str) -> list[str]:
    return [p for p in re.split(r"\n[ \t]*\n", text) if p.strip()]


def _angle_paragraphs(text: str) -> Iterator[tuple[str, str]]:
    """Postfix, qmail and Yahoo: ``<addr>: what happened`` (on the same or the next lines)."""
    for match in re.finditer(rf"(?m)^[ \t]*<({_ADDRESS})>(?:[ \t]*\(expanded from <[^>]*>\))?:"
                             r"[ \t]*\n?((?:.*\S.*\n?)*)", text):
        yield match.group(1), _one_line(match.group(2))


def _exim_blocks(text: str) -> Iterator[tuple[str, str]]:
    """Exim: an indented address line, then more-indented lines saying what happened."""
    for match in re.finditer(rf"(?m)^([ \t]+)({_ADDRESS})[ \t]*\n((?:\1[ \t]+\S.*\n?)+)",
                             text):
        yield match.group(2), _one_line(match.group(3))


#: An address alone on its line (Exchange's administrators' block, sendmail's "<addr>", Exchange
#: 2003's "addr on 1/2/2026 10:00 AM", a display name in quotes before it).
_ADDRESS_LINE = re.compile(rf"^[ \t]*(?:[{_QUOTES}][^\n{_QUOTES}]{{0,120}}[{_QUOTES}][ \t]*)?"
                           rf"<?({_ADDRESS})>?[ \t]*(?:on [^\n]{{1,60}})?[ \t]*$")
#: Where a recipient's address is named in a sentence or a label: Exchange / Microsoft 365 and
#: their German, French, Spanish, Italian and Dutch NDRs, Gmail, Exim, sendmail, and the
#: "Recipient Address:" of Microsoft 365's message details.
_INTRO_ADDRESS = re.compile(
    r"(?:Your message to|(?:couldn't|could not|can't|cannot) be delivered to the following "
    r"recipients?:|couldn't be delivered to|could not be delivered to|wasn't delivered to|"
    r"was not delivered to|failed permanently:|Delivery to the following recipients? failed"
    r"(?: permanently)?:|Delivery has failed to these recipients or groups:|following "
    r"recipient\(s\) (?:cannot|could not) be reached:|following address(?:es|\(es\))? "
    r"(?:failed|had permanent fatal errors[ -]*)[^\n:]{0,40}:|Recipient Address:|"
    r"Ihre Nachricht an|Die Zustellung an folgende Empf\u00e4nger oder Gruppen ist "
    r"fehlgeschlagen:|Empf\u00e4ngeradresse:|Votre message (?:\u00e0|a|pour)|La remise aux "
    r"destinataires ou groupes suivants a \u00e9chou\u00e9\s*:|Adresse du destinataire\s*:|"
    r"Su mensaje (?:para|a)|No se (?:pudo|ha podido) entregar (?:el|su) mensaje a|Error al "
    r"entregar a estos destinatarios o grupos:|Direcci\u00f3n del destinatario:|"
    r"Il (?:tuo )?messaggio (?:per|a)|Uw bericht aan)"
    rf"\s*[{_QUOTES}]?[^<\n@]{{0,80}}?<?({_ADDRESS})", re.IGNORECASE)
#: A reply presented as one: quoted, or after "response:", "said:", "returned:", "error:".
_LABELLED_REPLY = re.compile(rf"[{_QUOTES}]\s*#?[45]\d\d[ -]|(?:response|said|returned|error)"
                             r"[^\n:]{0,20}:[ \t]*#?[45]\d\d[ -]", re.IGNORECASE)
#: Words that say a message was not delivered (English and the NDR languages above).
_UNDELIVERED = re.compile(r"(?:couldn't|could not|can't|cannot|wasn't|was not|has not been) "
                          r"(?:be |been )?delivered|delivery (?:has )?failed|konnte nicht "
                          r"zugestellt|n'a pas pu \u00eatre remis|no se (?:pudo|ha podido) "
                          r"entregar|non \u00e8 stato recapitato|kan niet worden bezorgd",
                          re.IGNORECASE)
_LABELLED_REMOTE = re.compile(r"(?:Remote server|Receiving server|Remoteserver|Serveur distant|"
                              r"Servidor remoto)\s*:\s*\[?([A-Za-z0-9][A-Za-z0-9.\-]*\.[A-Za-z]"
                              r"[A-Za-z0-9\-]*)", re.IGNORECASE)


def _address(text: str) -> str:
    """An address as found in text, without the sentence's full stop or a colon after it."""
    return text.strip().strip("<>").rstrip(".:;,)")[:MAX_FIELD]


def _line_reply(line: str) -> str:
    """The SMTP reply in one line: in quotes (up to the last closing quote, so "domain's" stays
    inside), else from its code on."""
    quoted = _QUOTED_REPLY.search(line)
    if quoted:
        body = quoted.group(1)
        end = max(body.rfind(mark) for mark in _QUOTES)
        return body[:end] if end > 0 else body
    code, _enhanced, reply = find_reply(line)
    return reply if code is not None else ""


def _paired(text: str) -> Iterator[tuple[str, str, str]]:
    """(address, reply, remote) for an address alone on its line and, within the next few
    lines, the server's reply: Exchange / Microsoft 365 in any language ("Remote Server returned
    '…'", "#550 … ##", Exchange 2003 "<host #5.1.1 smtp;550 …>"), sendmail / Proofpoint
    ("<addr>" then "(reason: 550 …)")."""
    lines = text.splitlines()
    found = 0
    for index, line in enumerate(lines):
        match = _ADDRESS_LINE.match(line) if "@" in line and len(line) <= 400 else None
        if match is None:
            continue
        for follow in lines[index + 1:index + 8]:
            if "@" in follow and len(follow) <= 400 and _ADDRESS_LINE.match(follow):
                break
            reply = _line_reply(follow)
            if reply:
                host = re.search(r"<([A-Za-z0-9.\-]+\.[A-Za-z]{2,}) #[245]\.", follow)
                yield match.group(1), reply, host.group(1) if host else ""
                found += 1
                break
        if found >= MAX_RECIPIENTS:
            return


def _exchange(text: str) -> Iterator[tuple[str, str, str]]:
    """Exchange / Microsoft 365: (recipient, reply, remote server) from the administrators'
    block (an address, then its reply), or from "Reported error:" and the address of the
    NDR's first sentence."""
    yield from _paired(text)
    reported = re.search(r"Reported error:\s*(.+)", text)
    if reported:
        address = _INTRO_ADDRESS.search(text)
        remote = _LABELLED_REMOTE.search(text)
        yield (address.group(1) if address else "", reported.group(1),
               remote.group(1) if remote else "")


def _gmail(text: str) -> Iterator[tuple[str, str]]:
    """Gmail: the address from its sentence, the reply after "The response … was:"."""
    address = re.search(rf"(?:wasn't delivered to|Your message to|failed permanently:)\s*"
                        rf"<?({_ADDRESS})", text, re.IGNORECASE)
    response = re.search(r"(?:The response(?: from the remote server)? was|The error that the "
                         r"other server returned was):\s*\n?((?:.*\S.*\n?)+)",
                         text, re.IGNORECASE) or re.search(
        r"Technical details of (?:permanent|temporary) failure:\s*\n?((?:.*\S.*\n?)+)", text,
        re.IGNORECASE)
    if address or response:
        yield (address.group(1) if address else "",
               _one_line(response.group(1)) if response else "")


def _remote_host(text: str) -> str:
    for pattern in (r"while talking to ([A-Za-z0-9.\-]+?)\.?:",  # sendmail, Proofpoint
                    # Gmail (before 2014): "rejected by the server for the recipient domain D by
                    # mx.example.com. [192.0.2.1]."
                    r"for the recipient domain \S+ by ([A-Za-z0-9.\-]+?)\.? \[",
                    # Gmail: "[mx.example.org. 192.0.2.50: timed out]"
                    r"\[([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)\.? [0-9a-fA-F.:]+: [^\]\n]{1,80}\]",
                    r"(?i:Remote server|Receiving server)\s*:\s*\[?([A-Za-z0-9.\-]+\.[A-Za-z]"
                    r"[A-Za-z0-9\-]*)",  # Microsoft 365 "Remote server:"
                    r"host ([A-Za-z0-9.\-]+)\s*\[[0-9a-fA-F.:]+\] said",  # Postfix
                    r"host ([A-Za-z0-9.\-]+) \[[0-9a-fA-F.:]+\]",  # Exim
                    r"([A-Za-z0-9.\-:]+) does not like recipient",  # qmail
                    r"Giving up on ([A-Za-z0-9.\-:]+)",
                    r"connect to ([A-Za-z0-9.\-]+)\[",
                    r"- ([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)\s*$"):  # Yahoo "… - mta1.x.y"
        match = re.search(pattern, text)
        if match:
            return match.group(1).rstrip(".")
    return ""


def _text_recipients(fmt: str, text: str, failed_header: str) -> list[Recipient]:
    """The recipients of the human text, by the shape of its format."""
    found: list[tuple[str, str, str]] = []
    if fmt == "exchange":
        found.extend(_deduplicated(_exchange(text)))
    if fmt == "gmail":
        found.extend((a, d, "") for a, d in _gmail(text))
    if fmt == "sendmail":
        found.extend(_paired(text))
    if not found:
        found.extend((a, d, _remote_host(d)) for a, d in _angle_paragraphs(text))
    if not found:
        found.extend((a, d, _remote_host(d)) for a, d in _exim_blocks(text))
    if not found:
        found.extend(_paired(text))
    addresses = [_address(a) for a in failed_header.split(",") if a.strip()]
    if not found:
        code, _enhanced, reply = find_reply(text)
        if code is not None or addresses:
            match = _ADDRESS_RE.search(reply)
            address = addresses[0] if addresses else (match.group(0) if match else "")
            found.append((address, reply, ""))
    if len(found) == 1:  # one recipient: the whole text may name its address and server
        address, diagnostic, remote = found[0]
        if not address:
            intro = _INTRO_ADDRESS.search(text)
            address = addresses[0] if addresses else (intro.group(1) if intro else "")
        found[0] = (address, diagnostic, remote or _remote_host(text))
    out = []
    for address, raw, remote in found[:MAX_RECIPIENTS]:
        raw = _one_line(raw)
        code, enhanced, reply = find_reply(raw)
        diagnostic, command = clean_reply(reply or raw)
        command = command or command_of(raw) or (command_of(text) if len(found) == 1 else "")
        out.append(Recipient(address=_address(address), status=enhanced or
                             _status_code(raw), reply_code=code, diagnostic=diagnostic,
                             remote_mta=remote.rstrip("."),
                             action=DELAYED if code is not None and code < 500 and
                             re.search(r"delayed|will (?:keep )?(?:try|retry)", text, re.I)
                             else FAILED, phase=_phase(command), command=command))
    return out


def _deduplicated(found: Iterator[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """One entry an address (the first that has a reply); an entry without an address only
    when there is nothing else."""
    out: dict[str, tuple[str, str, str]] = {}
    for address, reply, remote in found:
        key = _address(address).lower()
        if key not in out or (reply and not out[key][1]):
            out[key] = (address, reply, remote)
    if len(out) > 1:
        out.pop("", None)
    return list(out.values())


def _merge(dsn: list[Recipient], text: list[Recipient]) -> list[Recipient]:
    """DSN fields first; the human text fills what they leave out (the remote reply)."""
    if not dsn:
        return text
    by_address = {r.address.lower(): r for r in text if r.address}
    merged = []
    for rec in dsn:
        other = by_address.get(rec.address.lower())
        if other is not None and not rec.diagnostic:
            rec = replace(rec, status=rec.status or other.status, reply_code=other.reply_code,
                          diagnostic=other.diagnostic)
        if other is not None:
            rec = replace(rec, remote_mta=rec.remote_mta or other.remote_mta,
                          phase=rec.phase or other.phase, command=rec.command or other.command)
        merged.append(rec)
    return merged


def _format(read: _Read, text: str) -> str:
    sample = "\n".join((read.headers.get("subject", ""), read.headers.get("from", ""), text))
    for name, pattern in _FORMAT_MARKERS:
        if pattern.search(sample):
            return name
    if read.report or read.status_text:
        return "dsn"
    return ""


def _lines(text: str) -> str:
    """Line ends as ``\n`` (a paste from Windows brings CRLF, an old Mac file CR)."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _human_text(read: _Read) -> str:
    text = _lines("\n\n".join(read.human))
    cut = _RETURNED.search(text)
    return text[:cut.start()] if cut else text


def _judge(read: _Read, strict: bool = False) -> Bounce | None:
    text = _human_text(read)
    fmt = _format(read, text)
    status_texts = [_lines(t) for t in read.status_text] or ([text] if re.search(
        r"(?im)^(?:final|original)-recipient:", text) else [])
    dsn, reporting = _dsn_recipients(read, status_texts)
    from_text = _text_recipients(fmt, text, read.headers.get("x-failed-recipients", ""))
    replies = any(r.reply_code for r in from_text)
    looks_like = bool(fmt) or bool(dsn) or bool(_BOUNCE_SUBJECT.search(
        read.headers.get("subject", ""))) or bool(_BOUNCE_SENDER.search(
            read.headers.get("from", ""))) or bool(read.headers.get("x-failed-recipients")) or (
        replies and _UNDELIVERED.search(text) is not None and _LABELLED_REPLY.search(text)
        is not None)  # "couldn't be delivered" and a reply the text presents as one
    if not looks_like and (strict or not replies or not _STANDALONE_REPLY.search(text)):
        return None
    recipients = _merge(dsn, from_text)
    if not fmt:
        fmt = "dsn" if dsn else "smtp-reply" if any(r.reply_code for r in recipients) \
            else "unknown"
    if not reporting:
        match = re.search(r"(?:This is the mail system at host|qmail-send program at|"
                          r"Generating server:|DSN generated by:|Generierender Server:|"
                          r"Serveur de g\u00e9n\u00e9ration\s*:|Servidor de generaci\u00f3n:|"
                          r"Server di generazione:|Genererende server:|Reporting-MTA: dns;)"
                          r"\s*([A-Za-z0-9.\-]+)", text, re.IGNORECASE)
        reporting = match.group(1).rstrip(".") if match else ""
    return Bounce(format=fmt, recipients=tuple(recipients), reporting_mta=reporting,
                  subject=read.headers.get("subject", ""), sender=read.headers.get("from", ""),
                  date=read.headers.get("date", ""),
                  original_message_id=read.returned.get("message-id", ""),
                  original_subject=read.returned.get("subject", ""), notes=tuple(read.notes))


def _looks_like_message(data: bytes) -> bool:
    """A whole message starts with header fields; pasted text starts with anything else."""
    head = data.lstrip()[:2000].decode("latin-1")
    first = head.split("\n", 1)[0]
    return bool(re.match(r"^(?:From [^\n]*|[A-Za-z][A-Za-z0-9-]{0,60}:[^\n]*)$", first.rstrip(
        "\r"))) and bool(re.search(r"(?im)^(?:content-type|subject|from|received|return-path"
                                   r"|mime-version|date|message-id|to):", head))


OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Outlook .msg (a Compound File)
_UTF16_RUN = re.compile(rb"(?:[\x09\x0a\x0d\x20-\x7e]\x00|[\xa0-\xff]\x00){6,}")
_ASCII_RUN = re.compile(rb"[\x09\x0a\x0d\x20-\x7e]{6,}")


def binary_text(data: bytes) -> str:
    """The text inside binary data, as ``strings`` finds it: UTF-16LE runs (how Outlook's .msg
    stores a message's body and headers) and ASCII runs, in order."""
    runs = [(m.start(), m.group().decode("utf-16-le", errors="replace"))
            for m in _UTF16_RUN.finditer(data)]
    runs += [(m.start(), m.group().decode("ascii")) for m in _ASCII_RUN.finditer(data)]
    return "\n".join(text for _start, text in sorted(runs))[:MAX_TEXT]


def _is_binary(data: bytes) -> bool:
    sample = data[:65536]
    if not sample:
        return False
    if data.startswith(OLE_MAGIC) or sample.count(b"\x00") > len(sample) // 50:
        return True
    try:
        sample.decode("utf-8")
        return False
    except UnicodeDecodeError as exc:
        if exc.start >= len(sample) - 4:
            return False  # cut in the middle of a character
    controls = sum(1 for byte in sample if byte < 9 or 13 < byte < 32 or byte == 127)
    return controls > len(sample) // 50


def _cap_headers(data: bytes, notes: list[str]) -> bytes:
    """A header section longer than MAX_HEADERS is cut (the email package is slow on it)."""
    end = data.find(b"\n\n")
    end = len(data) if end < 0 else end
    crlf = data.find(b"\r\n\r\n")
    if 0 <= crlf < end:
        end = crlf
    if end <= MAX_HEADERS:
        return data
    notes.append(i18n.msg("The message's header section is too long; only its start was "
                          "read."))
    keep = data.rfind(b"\n", 0, MAX_HEADERS)
    return data[:max(keep, 0)] + b"\n" + data[end:]


def parse_bounce(data: bytes | str) -> Bounce | None:
    """Read a bounce; None when the input is not one. Never raises on bad input."""
    raw = data.encode("utf-8", errors="replace") if isinstance(data, str) else bytes(data)
    notes: list[str] = []
    raw = _cut(raw, notes)
    if _is_binary(raw):
        if raw.startswith(OLE_MAGIC):
            notes.append(i18n.msg("This is an Outlook .msg file: only the text inside it was "
                                  "read. For the full report, open the bounce in Outlook, "
                                  "select its whole text and paste it here."))
        else:
            notes.append(i18n.msg("The input is binary data: only the text inside it was "
                                  "read."))
        return _judge(_Read(notes=notes, human=[binary_text(raw)]), strict=True)
    raw = _cap_headers(raw, notes)
    msg = _parse_mime(raw, notes) if _looks_like_message(raw) else None
    if msg is None:
        read = _Read(notes=notes, human=[decode_bytes(raw[:MAX_TEXT * 4])[:MAX_TEXT]])
        return _judge(read)
    read = _read_message(msg, notes)
    found = _judge(read)
    if found is not None and (found.recipients or not read.inner):
        return found
    for inner in read.inner[:3]:  # a bounce forwarded as an attachment
        inner_found = _judge(_read_message(inner, notes))
        if inner_found is not None and inner_found.recipients:
            return inner_found
    return found
