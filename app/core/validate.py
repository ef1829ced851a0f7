"""Input validation shared by the CLI, the GUI and the engine's first step.

Each problem is a FieldError naming the form field it belongs to, in words a user can act on.
Nothing here touches the network. CR or LF in any single-line field is rejected, so no user input
can inject an SMTP command or a mail header.
"""

from __future__ import annotations

import contextlib
import ipaddress
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from .model import AuthMethod, IPVersion, Proxy, Security, ServerSettings, StopAfter, Timeouts
from .text.i18n import N_, msg, number

MAX_FIELD = 998  # RFC 5322 line limit: nothing single-line we send can be longer
MAX_ADDRESS = 254
MAX_TIMEOUT = 600.0
LABEL = re.compile(r"^(?!-)[a-z0-9_-]{1,63}(?<!-)$")
NOT_A_NAME = N_("That is not a valid server name (letters, digits, dots and hyphens).")
LOCAL_ATOM = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+$")


@dataclass(frozen=True)
class FieldError:
    field: str
    message: str
    diagnosis: str


class InputError(ValueError):
    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("; ".join(f"{e.field}: {e.message}" for e in errors))
        self.errors = errors


# Every character at which str.splitlines() (and so the email package) breaks a line.
LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")


def _has_newline(text: str) -> bool:
    return any(ch in LINE_BREAKS for ch in text) or not _encodable(text)


def _encodable(text: str) -> bool:
    """False for text that cannot be sent as UTF-8 (lone surrogates from undecodable argv)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


#: What an ASCII label may hold for idna.encode(uts46=True) to return it lower-cased.
_LDH = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-")


def plain_ascii_name(host: str) -> str:
    """``host`` lower-cased when it is plain letters, digits and hyphens, which IDNA (UTS 46)
    maps to themselves lower-cased; "" for anything else (idna decides). Most names are plain,
    and importing idna costs ~3 ms at every CLI start."""
    if not host.isascii():
        return ""
    lower = host.lower()
    for label in lower.split("."):
        if (not 0 < len(label) <= 63 or label[0] == "-" or label[-1] == "-"
                or label[2:4] == "--" or not _LDH.issuperset(label)):
            return ""
    return lower


def _idna_encode(host: str) -> str:
    """``host`` in IDNA (UTS 46) ASCII form, "" when it is not a valid name."""
    import idna  # here, not at import: the GUI's form is built before idna is needed

    try:
        return idna.encode(host, uts46=True).decode("ascii")
    except idna.IDNAError:
        return ""


def normalize_host(raw: str) -> str:
    """A host name or IP literal in the form the engine uses; raises ValueError(message)."""
    host = raw.strip()
    if not host:
        raise ValueError(msg("Enter the mail server's name, for example smtp.example.com."))
    if _has_newline(host) or "\0" in host:
        raise ValueError(msg("The server name must be on one line."))
    if "://" in host:
        rest = host.split("://", 1)[1].split("/", 1)[0]
        raise ValueError(msg("Enter only the server name, without a scheme such as smtp:// "
                             "(try {value}).", value=rest.split(":")[0] or "smtp.example.com"))
    if "/" in host or "\\" in host:
        raise ValueError(msg("Enter only the server name, without a path."))
    if "@" in host:
        domain = host.rsplit("@", 1)[1]
        raise ValueError(msg("That is an email address. The server is usually smtp.{domain} or "
                             "mail.{domain}.", domain=domain) if domain else
                         msg("That is not a server name."))
    if any(ch.isspace() for ch in host):
        raise ValueError(msg("A server name cannot contain spaces."))
    if host.startswith("[") and host.endswith("]"):
        inner = host[1:-1].split("%", 1)[0]
        try:
            return str(ipaddress.IPv6Address(inner))
        except ValueError:
            raise ValueError(msg("Inside [brackets] only an IPv6 address is allowed.")) from None
    try:
        return str(ipaddress.ip_address(host))
    except ValueError:
        pass
    if ":" in host:
        name, _, port = host.rpartition(":")
        if port.isdigit() and name and ":" not in name:
            raise ValueError(msg("Put the port in the Port field (host {name}, port {port}).",
                                 name=name, port=port))
        raise ValueError(msg("That is not a valid IPv6 address."))
    if re.fullmatch(r"[0-9.]+", host):
        raise ValueError(msg("That is not a valid IPv4 address."))
    if host.endswith("."):
        host = host[:-1]
    ascii_host = plain_ascii_name(host) or _idna_encode(host)
    if not ascii_host:
        raise ValueError(msg(NOT_A_NAME))
    try:  # invisible characters (U+FEFF …) vanish in the mapping: look again
        return str(ipaddress.ip_address(ascii_host))
    except ValueError:
        pass
    if re.fullmatch(r"[0-9.]+", ascii_host):
        raise ValueError(msg("That is not a valid IPv4 address."))
    labels = ascii_host.lower().split(".")
    if len(ascii_host) > 253 or not all(LABEL.match(label) for label in labels):
        raise ValueError(msg(NOT_A_NAME))
    return ascii_host.lower()


def check_address(raw: str, what: str) -> str:
    """A mailbox address as used in MAIL FROM / RCPT TO; raises ValueError(message).

    ``what`` is the English word for the address ("sender", written ``N_("sender")``): the
    message says it in the language in use."""
    word = msg(what)
    if _has_newline(raw) or "\0" in raw:
        raise ValueError(msg("The {what} address must be on one line.", what=word))
    address = raw.strip()
    if address.startswith("<") and address.endswith(">"):
        address = address[1:-1].strip()
    if not address:
        raise ValueError(msg("Enter the {what} address, for example you@example.com.",
                             what=word))
    if len(address) > MAX_ADDRESS:
        raise ValueError(msg("The {what} address is longer than {MAX_ADDRESS} characters.",
                             what=word, MAX_ADDRESS=number(MAX_ADDRESS)))
    if "@" not in address:
        raise ValueError(msg("The {what} address needs an @, for example you@example.com.",
                             what=word))
    local, _, domain = address.rpartition("@")
    if local.startswith('"') and local.endswith('"') and len(local) >= 2:
        inner = local[1:-1]
        if re.search(r'(?<!\\)"', inner) or any(ord(c) < 32 for c in inner):
            raise ValueError(msg("The {what} address has a badly quoted part before the @.",
                                 what=word))
    elif (not local or not LOCAL_ATOM.match(local) or local.startswith(".")
          or local.endswith(".") or ".." in local):
        raise ValueError(msg("The part before the @ in the {what} address is not valid.",
                             what=word))
    if len(local) > 64:
        raise ValueError(msg("The part before the @ in the {what} address is over 64 "
                             "characters.", what=word))
    if domain.startswith("[") and domain.endswith("]"):
        literal = domain[1:-1]
        if literal.lower().startswith("ipv6:"):
            literal = literal[5:]
        try:
            ipaddress.ip_address(literal)
        except ValueError:
            raise ValueError(msg("The {what} address has an invalid [address] domain.",
                                 what=word)) from None
        return f"{local}@{domain}"
    try:
        ascii_domain = normalize_host(domain)
    except ValueError:
        raise ValueError(msg("The domain after the @ in the {what} address is not valid.",
                             what=word)) from None
    if "." not in ascii_domain and ascii_domain != "localhost":
        raise ValueError(msg("The domain in the {what} address needs a dot, like example.com.",
                             what=word))
    return f"{local}@{ascii_domain}"


def parse_port(raw: object, security: Security) -> int:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return security.default_port
    text = str(raw).strip()
    if not text.isdigit():
        raise ValueError(msg("The port is a number such as 587, 465 or 25."))
    port = int(text)
    if not 1 <= port <= 65535:
        raise ValueError(msg("The port must be between 1 and 65535 (mail uses 587, 465 or 25)."))
    return port


def parse_seconds(raw: object, what: str, default: float) -> float:
    """Seconds above 0, at most MAX_TIMEOUT; ``what`` is the English word for the value
    ("timeout", written ``N_("timeout")``), said in the language in use."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return default
    word = msg(what)
    try:
        value = float(str(raw).strip())
    except ValueError:
        raise ValueError(msg("The {what} is a number of seconds, such as {default}.", what=word,
                             default=number(default))) from None
    if not value > 0 or value != value:
        raise ValueError(msg("The {what} must be more than 0 seconds.", what=word))
    if value > MAX_TIMEOUT:
        raise ValueError(msg("The {what} can be at most {MAX_TIMEOUT} seconds.", what=word,
                             MAX_TIMEOUT=number(MAX_TIMEOUT)))
    return value


def check_ca_file(path: str) -> str:
    path = path.strip()
    if not path:
        return ""
    if not os.path.isfile(path):
        raise ValueError(msg("The CA file does not exist."))
    try:
        with open(path, "rb") as handle:
            head = handle.read(1024 * 1024)
    except OSError:
        raise ValueError(msg("The CA file cannot be read.")) from None
    if b"-----BEGIN CERTIFICATE-----" not in head:
        raise ValueError(msg("The CA file is not a PEM certificate file "
                             "(-----BEGIN CERTIFICATE-----)."))
    import ssl

    try:
        ssl.create_default_context(cafile=path)
    except (ssl.SSLError, OSError, ValueError):
        raise ValueError(msg("The CA file contains no usable certificate.")) from None
    return path


def _enum(kind: type[Security] | type[AuthMethod] | type[IPVersion] | type[StopAfter],
          raw: object, default: str) -> object:
    text = str(raw).strip().lower() if raw not in (None, "") else default
    return kind(text)


def _single_line(value: str, field: str, label: str, errors: list[FieldError]) -> str:
    """``label``: the English word for the field (``N_("user name")``)."""
    if not _encodable(value):
        errors.append(FieldError(field, msg("The {label} contains characters that cannot be "
                                            "sent (bytes that are not valid text).",
                                            label=msg(label)), "input.invalid_value"))
    elif _has_newline(value) or "\0" in value:
        errors.append(FieldError(field, msg("The {label} must be on one line.", label=msg(label)),
                                 "input.invalid_value"))
    elif len(value) > MAX_FIELD:
        errors.append(FieldError(field, msg("The {label} is longer than {MAX_FIELD} characters.",
                                            label=msg(label), MAX_FIELD=number(MAX_FIELD)),
                                 "input.invalid_value"))
    return value


def read_proxy(form: Mapping[str, object], errors: list[FieldError]) -> Proxy | None:
    """The form's ``proxy`` (a URL without password, or ``system``; empty: none) with its
    ``proxy_password`` (typed, from standard input or from the keychain), for every tool."""
    from .protocol.proxy import parse_proxy

    text = str(form.get("proxy") or "").strip()
    password = str(form.get("proxy_password") or "")
    if not text:
        if password:
            errors.append(FieldError("proxy_password", msg("A proxy password was given without "
                                                         "a proxy."), "input.invalid_value"))
        return None
    if _has_newline(text) or _has_newline(password):
        errors.append(FieldError("proxy", msg("The proxy must be on one line."),
                                 "input.invalid_value"))
        return None
    try:
        return parse_proxy(text, password=password)
    except ValueError as exc:
        errors.append(FieldError("proxy", str(exc), "input.invalid_value"))
        return None


def parse_form(form: Mapping[str, object]) -> ServerSettings:
    """Raw form values (strings, bools) -> validated ServerSettings, or InputError."""
    errors: list[FieldError] = []

    def text(key: str) -> str:
        value = form.get(key)
        return "" if value is None else str(value)

    def choice(key: str, kind: Any, default: str) -> Any:
        try:
            return _enum(kind, form.get(key), default)
        except ValueError:
            options = ", ".join(m.value for m in kind)
            errors.append(FieldError(key, msg("Choose one of: {options}.", options=options),
                                     "input.invalid_value"))
            return kind(default)

    security = choice("security", Security, "starttls")
    auth = choice("auth", AuthMethod, "none")
    ip_version = choice("ip_version", IPVersion, "auto")
    stop_after = choice("stop_after", StopAfter, "ehlo")

    host = ""
    try:
        host = normalize_host(text("host"))
    except ValueError as exc:
        errors.append(FieldError("host", str(exc), "input.invalid_host"))
    port = security.default_port
    try:
        port = parse_port(form.get("port"), security)
    except ValueError as exc:
        errors.append(FieldError("port", str(exc), "input.invalid_port"))

    defaults = Timeouts()
    timeouts = {}
    for key, label, default in (("connect_timeout", N_("connect timeout"), defaults.connect),
                                ("reply_timeout", N_("reply timeout"), defaults.reply)):
        try:
            timeouts[key] = parse_seconds(form.get(key), label, default)
        except ValueError as exc:
            errors.append(FieldError(key, str(exc), "input.invalid_value"))
            timeouts[key] = default

    ca_file = ""
    try:
        ca_file = check_ca_file(text("ca_file"))
    except ValueError as exc:
        errors.append(FieldError("ca_file", str(exc), "input.invalid_value"))

    nameserver = text("nameserver").strip()
    if nameserver:
        from .protocol.net import parse_nameserver  # and its ssl/socket imports

        try:
            parse_nameserver(nameserver)
        except ValueError:
            errors.append(FieldError("nameserver", msg("Enter a DNS server as an IP address, "
                                                         "optionally with :port."),
                                     "input.invalid_value"))

    watch_timeout = ServerSettings.watch_timeout
    try:
        watch_timeout = parse_seconds(form.get("watch_timeout"), N_("watch timeout"),
                                      watch_timeout)
    except ValueError as exc:
        errors.append(FieldError("watch_timeout", str(exc), "input.invalid_value"))

    settings = ServerSettings(
        host=host or "invalid.invalid",
        port=port,
        security=security,
        auth=auth,
        username=_single_line(text("username").strip(), "username", N_("user name"), errors),
        password=_single_line(text("password"), "password", N_("password"), errors),
        oauth_token=_single_line(text("oauth_token").strip(), "oauth_token", N_("access token"),
                                 errors),
        ehlo_name=text("ehlo_name").strip(),
        mail_from=text("mail_from").strip(),
        rcpt_to=text("rcpt_to").strip(),
        subject=_single_line(text("subject") if "subject" in form else ServerSettings.subject,
                             "subject", N_("subject"), errors),
        body=text("body"),
        verify_tls=bool(form.get("verify_tls", True)),
        ca_file=ca_file,
        allow_old_tls=bool(form.get("allow_old_tls", False)),
        aia_fetch=bool(form.get("aia_fetch", True)),
        ip_version=ip_version,
        timeouts=Timeouts(connect=timeouts["connect_timeout"], reply=timeouts["reply_timeout"],
                          step=max(defaults.step, timeouts["reply_timeout"] * 2),
                          dns=min(defaults.dns, timeouts["connect_timeout"])
                          if form.get("connect_timeout") else defaults.dns),
        stop_after=stop_after,
        nameserver=nameserver,
        proxy=read_proxy(form, errors),
        watch_imap=_single_line(text("watch_imap").strip(), "watch_imap", N_("IMAP address"),
                                errors),
        watch_timeout=watch_timeout,
        imap_password=_single_line(text("imap_password"), "imap_password", N_("IMAP password"),
                                   errors),
    )
    with contextlib.suppress(ValueError):  # reported by settings_errors below
        if settings.mail_from:
            settings = replace(settings, mail_from=check_address(settings.mail_from,
                                                                         N_("sender")))
    with contextlib.suppress(ValueError):
        if settings.rcpt_to:
            settings = replace(settings, rcpt_to=check_address(settings.rcpt_to,
                                                                       N_("recipient")))
    if not settings.mail_from and settings.username and "@" in settings.username:
        settings = replace(settings, mail_from=settings.username)
    if not settings.rcpt_to and settings.mail_from:
        settings = replace(settings, rcpt_to=settings.mail_from)
    seen = {e.field for e in errors}
    errors += [e for e in settings_errors(settings) if e.field not in seen and e.field != "host"]
    if errors:
        raise InputError(errors)
    return settings


def settings_errors(settings: ServerSettings) -> list[FieldError]:
    """Problems with an already-typed ServerSettings (the engine's own input step)."""
    errors: list[FieldError] = []
    try:
        host = normalize_host(settings.host)
        if host != settings.host:
            errors.append(FieldError("host", msg("Use the normalized name {host}.", host=host),
                                     "input.invalid_host"))
    except ValueError as exc:
        errors.append(FieldError("host", str(exc), "input.invalid_host"))
    if not 1 <= settings.port <= 65535:
        errors.append(FieldError("port", msg("The port must be between 1 and 65535."),
                                 "input.invalid_port"))
    for field_name, label in (("username", N_("user name")), ("password", N_("password")),
                              ("oauth_token", N_("access token")), ("subject", N_("subject")),
                              ("ehlo_name", N_("EHLO name"))):
        value = getattr(settings, field_name)
        if _has_newline(value) or "\0" in value or len(value) > MAX_FIELD:
            errors.append(FieldError(field_name, msg("The {label} must be one line of at most "
                                                     "{MAX_FIELD} characters.", label=msg(label),
                                                     MAX_FIELD=number(MAX_FIELD)),
                                     "input.invalid_value"))
    if settings.ehlo_name and not _has_newline(settings.ehlo_name):
        name = settings.ehlo_name
        literal = name.startswith("[") and name.endswith("]")
        if not literal:
            try:
                normalize_host(name)
            except ValueError:
                errors.append(FieldError("ehlo_name", msg("The EHLO name must be a host name "
                                                             "such as mypc.example.com or an "
                                                             "[IP address]."),
                                         "input.invalid_value"))
    if settings.auth is not AuthMethod.NONE and settings.stop_after.rank >= StopAfter.AUTH.rank:
        if not settings.username:
            errors.append(FieldError("username", msg("Enter your user name (often your full "
                                                         "email address) or choose no login."),
                                     "auth.no_credentials"))
        if settings.auth.is_oauth:
            if not settings.oauth_token:
                errors.append(FieldError("oauth_token", msg(
                    "{sasl_name} needs an OAuth access token (sign in, or paste one).",
                    sasl_name=settings.auth.sasl_name),
                                         "auth.no_credentials"))
        elif not settings.password and not settings.oauth_token:
            errors.append(FieldError("password", msg("Enter the password (or an app password)."),
                                     "auth.no_credentials"))
    if settings.stop_after.rank >= StopAfter.RCPT.rank:
        for field_name, what in (("mail_from", N_("sender")), ("rcpt_to", N_("recipient"))):
            try:
                check_address(getattr(settings, field_name), what)
            except ValueError as exc:
                errors.append(FieldError(field_name, str(exc), "input.invalid_address"))
    else:
        for field_name, what in (("mail_from", N_("sender")), ("rcpt_to", N_("recipient"))):
            value = getattr(settings, field_name)
            if value:
                try:
                    check_address(value, what)
                except ValueError as exc:
                    errors.append(FieldError(field_name, str(exc), "input.invalid_address"))
    for key, value in (("connect_timeout", settings.timeouts.connect),
                       ("reply_timeout", settings.timeouts.reply)):
        if not 0 < value <= MAX_TIMEOUT:
            errors.append(FieldError(key, msg("Timeouts are between 0 and {MAX_TIMEOUT} seconds.",
                                               MAX_TIMEOUT=number(MAX_TIMEOUT)),
                                     "input.invalid_value"))
    errors += _watch_errors(settings)
    if "\0" in settings.body or not _encodable(settings.body):
        errors.append(FieldError("body", msg("The message text contains characters that cannot "
                                             "be sent (NUL or undecodable bytes)."),
                                 "input.invalid_value"))
    return errors


def _watch_errors(settings: ServerSettings) -> list[FieldError]:
    """The delivery proof's settings: a mailbox address that parses, the test message sent, a
    password (or the sending account's own login) for the mailbox."""
    if not settings.watch_imap:
        return []
    from .checks.delivery import imap_credentials, imap_target

    if settings.stop_after is not StopAfter.DATA:
        return [FieldError("watch_imap", msg("Watching a mailbox needs the test message: stop "
                                               "after data (send the message)."),
                           "input.invalid_value")]
    try:
        target = imap_target(settings)
    except ValueError as exc:
        return [FieldError("watch_imap", str(exc), "input.invalid_value")]
    errors: list[FieldError] = []
    if not target.user:
        errors.append(FieldError("watch_imap", msg("Say which mailbox to watch: "
                                                     "user@imap-server, or log in to send so "
                                                     "the same account is watched."),
                                 "input.invalid_value"))
    elif imap_credentials(settings, target) == ("", ""):
        errors.append(FieldError("imap_password", msg(
            "Enter the password of {user} for the IMAP server (it is another account than "
            "the sender's).", user=target.user),
                                 "auth.no_credentials"))
    if not 0 < settings.watch_timeout <= MAX_TIMEOUT:
        errors.append(FieldError("watch_timeout", msg(
            "The watch timeout is between 0 and {MAX_TIMEOUT} seconds.",
            MAX_TIMEOUT=number(MAX_TIMEOUT)), "input.invalid_value"))
    return errors
