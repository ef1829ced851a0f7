"""Sample data for tests: a finished run (``make_run``) and form inputs the engine must refuse
(``BAD``, ``BAD_SEND``: form changes, the field the message belongs to, words it must contain)."""

from __future__ import annotations

from app.core.model import Advice, RunResult, Status, StepResult, TranscriptLine

BAD = [
    # (form changes, field, words the message must contain)
    ({"port": "0"}, "port", "between 1 and 65535"),
    ({"port": "65536"}, "port", "between 1 and 65535"),
    ({"port": "abc"}, "port", "number"),
    ({"port": "-1"}, "port", "number"),
    ({"port": "58 7"}, "port", "number"),
    ({"port": "5.87"}, "port", "number"),
    ({"host": ""}, "host", "Enter the mail server"),
    ({"host": "smtp example.com"}, "host", "spaces"),
    ({"host": "smtp://smtp.example.com"}, "host", "smtp://"),
    ({"host": "smtps://smtp.example.com:465/"}, "host", "smtp.example.com"),
    ({"host": "smtp.example.com/path"}, "host", "path"),
    ({"host": "me@example.com"}, "host", "email address"),
    ({"host": "smtp.example.com:587"}, "host", "Port field"),
    ({"host": "smtp.example.com\r\nRCPT TO:<x@y.z>"}, "host", "one line"),
    ({"host": "-bad-.example.com"}, "host", "not a valid server name"),
    ({"host": "a" * 64 + ".example.com"}, "host", "not a valid server name"),
    ({"host": "[not-an-ip]"}, "host", "IPv6"),
    ({"host": "1.2.3.999"}, "host", "IPv4"),
    ({"host": "fe80::1::2"}, "host", "IPv6"),
    ({"host": "bad_label!.example.com"}, "host", "not a valid server name"),
    ({"security": "ssl3"}, "security", "Choose one of"),
    ({"auth": "kerberos"}, "auth", "Choose one of"),
    ({"connect_timeout": "0"}, "connect_timeout", "more than 0"),
    ({"connect_timeout": "-1"}, "connect_timeout", "more than 0"),
    ({"reply_timeout": "soon"}, "reply_timeout", "number of seconds"),
    ({"reply_timeout": "nan"}, "reply_timeout", "more than 0"),
    ({"reply_timeout": "100000"}, "reply_timeout", "at most"),
    ({"auth": "plain", "stop_after": "auth"}, "username", "user name"),
    ({"auth": "plain", "stop_after": "auth", "username": "me"}, "password", "password"),
    ({"auth": "xoauth2", "stop_after": "auth", "username": "me"}, "oauth_token", "token"),
    ({"username": "me\r\nAUTH PLAIN"}, "username", "one line"),
    ({"password": "pw\nRSET"}, "password", "one line"),
    ({"subject": "hi\r\nBcc: victim@example.com"}, "subject", "one line"),
    ({"ehlo_name": "my host"}, "ehlo_name", "EHLO"),
    ({"nameserver": "dns.google"}, "nameserver", "IP address"),
]

BAD_SEND = [
    ({"mail_from": "me.example.com"}, "mail_from", "@"),
    ({"rcpt_to": "you@example.com\r\nDATA"}, "rcpt_to", "one line"),
    ({"rcpt_to": "you@@example.com"}, "rcpt_to", "not valid"),
    ({"mail_from": "a b@example.com"}, "mail_from", "not valid"),
    ({"mail_from": '"unterminated@example.com'}, "mail_from", "not valid"),
    ({"rcpt_to": "x" * 65 + "@example.com"}, "rcpt_to", "64"),
    ({"rcpt_to": "you@" + "a" * 250 + ".com"}, "rcpt_to", "254"),
    ({"rcpt_to": "you@localhost-no-dot"}, "rcpt_to", "dot"),
    ({"rcpt_to": "", "mail_from": ""}, "mail_from", "Enter the sender"),
    ({"mail_from": "me@[999.1.1.1]"}, "mail_from", "[address]"),
]


def make_run(status: Status = Status.PASS, *, connect_ms: float = 10.0, auth_ms: float = 20.0,
             auth_status: Status = Status.PASS, started: str = "2024-05-01T12:00:00+00:00",
             host: str = "smtp.example.com") -> RunResult:
    steps = [
        StepResult("connect", "Connect to port 587", Status.PASS, connect_ms, "Connected",
                   {"connected_to": "192.0.2.1"}),
        StepResult("auth", "Log in (AUTH)", auth_status, auth_ms, "Logged in",
                   {"mechanism": "PLAIN"},
                   diagnosis="auth.failed" if auth_status is Status.FAIL else None,
                   advice=Advice("auth.failed", "Refused", "No.", ("Retype it.",))
                   if auth_status is Status.FAIL else None,
                   transcript=[TranscriptLine(1.0, "C", "AUTH PLAIN [credentials redacted]",
                                              True)]),
        StepResult("quit", "Say goodbye (QUIT)", Status.PASS, 1.0, "Bye"),
    ]
    return RunResult(target={"host": host, "port": 587, "security": "starttls",
                             "password_set": True},
                     steps=steps, status=status, verdict=f"verdict {status.value}",
                     total_ms=connect_ms + auth_ms + 1, started_at=started, app_version="1.2.3")
