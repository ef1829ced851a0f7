"""Long fuzz run of the engine's parsers and input validation (not run in CI).

    /work/venv/bin/python bench/fuzz_long.py                 # 100 000 cases per target
    /work/venv/bin/python bench/fuzz_long.py --cases 2000    # a quick smoke run
    /work/venv/bin/python bench/fuzz_long.py --target channel --seed 7

A plain seeded random loop (much faster than hypothesis per case, so 100k cases per target take
minutes, not hours). Generators mix well-formed input, near misses (mutations of well-formed
input) and raw random bytes/text. Each target states its invariant; anything else - an exception
of an unexpected type, a broken invariant, a read that outlives its deadline - is a finding, printed
with a reproducer (seed and case number) and counted. The short CI versions of these targets are
the hypothesis tests in tests/hardening/test_fuzz.py. Figures from the recorded run are in
docs/security.md.
"""

from __future__ import annotations

import argparse
import base64
import collections
import os
import random
import re
import socket
import sys
import threading
import time
import traceback
from collections.abc import Callable
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from app.core.cancel import CancelToken
from app.core.errors import ProtocolFailure
from app.core.protocol.message import build_message, wire_bytes
from app.core.protocol.smtp import (
    MAX_LINE,
    Channel,
    MalformedReply,
    Reply,
    parse_enhanced,
    parse_reply_lines,
)
from app.core.protocol.transcript import MAX_SHOWN, Transcript, secret_forms
from app.core.validate import InputError, check_address, parse_form, settings_errors

CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")
ENHANCED_OK = re.compile(r"^[245]\.\d{1,3}\.\d{1,3}$")


class Finding(Exception):
    """A broken invariant."""


# --------------------------------------------------------------------------- generators

TEXTS = ["", "ok", "mx.example.com ESMTP", "2.0.0 OK", "5.7.8 bad credentials", "4.7.0 later",
         "AUTH PLAIN LOGIN", "SIZE 35882577", "STARTTLS", "PIPELINING", "8BITMIME", "\x00", "\xff",
         "é", "日本", "2.0", "5.7.139 disabled", "9.9.9 nope", "5.1234.1 x", "-", " "]


def rand_bytes(r: random.Random, n: int) -> bytes:
    return r.randbytes(n)


def reply_line(r: random.Random, code: int | None = None, sep: bytes | None = None) -> bytes:
    if code is None:
        code = r.choice([r.randint(200, 599), r.randint(0, 999), 250, 220, 354, 421, 535])
    if sep is None:
        sep = r.choice([b" ", b" ", b"-", b""])
    kind = r.random()
    if kind < 0.6:
        text = r.choice(TEXTS).encode("utf-8", "surrogateescape")
    elif kind < 0.85:
        text = "".join(chr(r.randint(32, 126)) for _ in range(r.randint(0, 80))).encode()
    else:
        text = rand_bytes(r, r.randint(0, 120)).replace(b"\n", b"")
    digits = (b"%03d" % code) if r.random() < 0.95 else str(code).encode()
    return digits + sep + text


def reply(r: random.Random) -> list[bytes]:
    """A well-formed multi-line reply, usually; sometimes broken on purpose."""
    code = r.randint(200, 599)
    n = r.choice([1, 1, 1, 2, 3, 5, r.randint(1, 40)])
    lines = [reply_line(r, code, b"-") for _ in range(n - 1)] + [reply_line(r, code, b" ")]
    if r.random() < 0.3:
        lines = [mutate(r, line) for line in lines]
    if r.random() < 0.1:
        r.shuffle(lines)
    return lines


def mutate(r: random.Random, data: bytes) -> bytes:
    buf = bytearray(data)
    for _ in range(r.randint(1, 4)):
        op = r.random()
        pos = r.randint(0, len(buf)) if buf else 0
        if op < 0.3 and buf:
            buf[min(pos, len(buf) - 1)] = r.randint(0, 255)
        elif op < 0.55:
            buf[pos:pos] = bytes([r.choice([0, 13, 10, 0x1B, 0xFF, 0x2D, 0x20, 0x30])])
        elif op < 0.8 and buf:
            del buf[pos:pos + r.randint(1, 4)]
        else:
            buf[pos:pos] = rand_bytes(r, r.randint(1, 8))
    return bytes(buf)


def stream(r: random.Random) -> bytes:
    """Bytes a server might send: replies, with CRLF or LF, long lines, garbage, TLS records."""
    parts: list[bytes] = []
    for _ in range(r.choice([1, 1, 2, 3, 6])):
        kind = r.random()
        if kind < 0.55:
            eol = r.choice([b"\r\n", b"\r\n", b"\n", b"\r\r\n"])
            parts.append(b"".join(line + eol for line in reply(r)))
        elif kind < 0.7:
            parts.append(rand_bytes(r, r.randint(0, 2048)))
        elif kind < 0.8:
            size = r.choice([MAX_LINE - 1, MAX_LINE, MAX_LINE + 1, r.randint(1, 3 * MAX_LINE)])
            parts.append(b"250 " + b"x" * size + r.choice([b"\r\n", b""]))
        elif kind < 0.9:
            n = r.choice([255, 256, 257, r.randint(1, 400)])
            parts.append(b"250-l\r\n" * n + r.choice([b"250 end\r\n", b""]))
        else:
            parts.append(b"\x16\x03\x01\x00\x2a" + rand_bytes(r, r.randint(0, 60)))
    data = b"".join(parts)
    return mutate(r, data) if r.random() < 0.2 else data


HOSTS = ["smtp.example.com", "mail.example.com.", "münchen.de", "xn--mnchen-3ya.de", "[::1]",
         "::1", "127.0.0.1", "[127.0.0.1]", "smtp://smtp.example.com", "smtp.example.com:587",
         "smtp example.com", "a" * 64 + ".com", "-x.example", "x_y.example", "ＥＸＡＭＰＬＥ.com",
         "fe80::1%eth0", "[fe80::1%25eth0]", "1.2.3.999", "0x7f.1", "ß.de", "⒈.com", "",
         "ab..cd", ".", "..", "localhost", "e\u0301xample.com", "\u200dx.com"]
PORTS = ["", "25", "0", "65536", "abc", " 587", "587 ", "-1", "1e3", "０５８７", "5.87",
         "99999999999"]
ADDRESSES = ["me@example.com", "<me@example.com>", "me", "@example.com", "me@",
             '"a b"@example.com', '"a"b"@example.com', "me@[127.0.0.1]", "me@[IPv6:::1]",
             "me@localhost",
             "me..x@example.com", ".me@example.com", "me@münchen.de", "a" * 65 + "@example.com",
             "me@example.com\r\nRCPT TO:<x@y.z>", "me@exa mple.com", "me@example"]
SECONDS = ["", "1", "0", "-1", "nan", "inf", "1e309", "600", "601", "0.001", "abc", " 5 "]
CHOICES = {"security": ["", "none", "starttls", "tls", "TLS", "ssl", " tls "],
           "auth": ["", "none", "auto", "plain", "login", "cram-md5", "xoauth2", "kerberos"],
           "stop_after": ["", "connect", "tls", "ehlo", "auth", "rcpt", "data", "quit"],
           "ip_version": ["", "auto", "ipv4", "ipv6", "4"]}
WEIRD = ["\r", "\n", "\r\n", "\0", "\x0b", "\x0c", "\x1c", "\x85", "\u2028", "\u2029", "\x1b[2J",
         "\t", " ", "é", "\udcff", "\U0001f600", "\ufeff"]


def text(r: random.Random, pool: list[str]) -> str:
    kind = r.random()
    if kind < 0.5:
        return r.choice(pool)
    if kind < 0.8:
        base = r.choice(pool)
        pos = r.randint(0, len(base))
        return base[:pos] + r.choice(WEIRD) + base[pos:]
    if kind < 0.95:
        return "".join(chr(r.randint(0, 0x2FF)) for _ in range(r.randint(0, 30)))
    return "".join(chr(r.randint(0, 0x10FFFF)) for _ in range(r.randint(0, 12)))


VALID = {"host": "smtp.example.com", "port": "587", "security": "starttls", "auth": "plain",
         "username": "alice@example.com", "password": "pw", "stop_after": "data",
         "mail_from": "alice@example.com", "rcpt_to": "bob@example.com", "subject": "Hi",
         "ehlo_name": "mypc.example.com", "connect_timeout": "5", "reply_timeout": "10"}


def form(r: random.Random) -> dict[str, object]:
    if r.random() < 0.5:  # a valid form with one or two fields changed: near misses
        near: dict[str, object] = dict(VALID)
        for key in r.sample(sorted(VALID), r.choice([1, 1, 2])):
            near[key] = text(r, [str(VALID[key]), *{"host": HOSTS, "port": PORTS,
                                                     "mail_from": ADDRESSES,
                                                     "rcpt_to": ADDRESSES}.get(key, [""])])
        return near
    f: dict[str, object] = {"host": text(r, HOSTS)}
    if r.random() < 0.8:
        f["port"] = text(r, PORTS)
    for key, pool in CHOICES.items():
        if r.random() < 0.6:
            f[key] = text(r, pool) if r.random() < 0.2 else r.choice(pool)
    for key in ("mail_from", "rcpt_to"):
        if r.random() < 0.6:
            f[key] = text(r, ADDRESSES)
    for key in ("username", "password", "oauth_token", "subject", "ehlo_name", "body"):
        if r.random() < 0.4:
            f[key] = text(r, ["alice", "alice@example.com", "pw", "Hello", "mypc.example.com",
                              "[127.0.0.1]", "x" * 999, ""])
    for key in ("connect_timeout", "reply_timeout"):
        if r.random() < 0.4:
            f[key] = text(r, SECONDS)
    if r.random() < 0.2:
        f["nameserver"] = text(r, ["127.0.0.1", "127.0.0.1:5353", "[::1]:53", "::1", "dns.google",
                                   "1.1.1.1:0", "1.1.1.1:65536", ":53"])
    if r.random() < 0.1:
        f["verify_tls"] = r.choice([True, False, "", "no", 0])
    return f


# --------------------------------------------------------------------------- targets


def t_reply_parser(r: random.Random) -> str:
    lines = reply(r) if r.random() < 0.7 else [mutate(r, reply_line(r)) for _ in range(
        r.randint(0, 4))]
    try:
        result = parse_reply_lines(lines)
    except MalformedReply:
        return "malformed"
    if not isinstance(result, Reply) or not 200 <= result.code < 600:
        raise Finding(f"bad reply {result!r}")
    if len(result.lines) != len(lines):
        raise Finding("line count changed")
    if result.enhanced and (not ENHANCED_OK.match(result.enhanced)
                            or result.enhanced[0] != str(result.code)[0]):
        raise Finding(f"enhanced {result.enhanced!r} for {result.code}")
    return "reply"


def t_enhanced(r: random.Random) -> str:
    if r.random() < 0.5:
        value = (f"{r.choice('0123456789')}.{r.randint(0, 1200)}.{r.randint(0, 1200)}"
                 + r.choice(["", " ", " text", "x", ".1", "\t", "\n"]))
        value = r.choice(["", " ", "  "]) + value
    else:
        value = text(r, TEXTS)
    result = parse_enhanced(value)
    if result and not (ENHANCED_OK.match(result) and value.strip().startswith(result)):
        raise Finding(f"parse_enhanced({value!r}) = {result!r}")
    return "code" if result else "none"


def t_channel(r: random.Random) -> str:
    """Arbitrary bytes from a real peer socket: only Reply or a ProtocolFailure, on time."""
    data = stream(r)
    hold = r.random() < 0.002  # rarely keep the peer open: the deadline must end the read
    client, server = socket.socketpair()
    writer: threading.Thread | None = None
    try:
        chunked = r.random() < 0.2

        def write() -> None:
            try:
                if chunked:
                    step = r.randint(1, 7)
                    for i in range(0, len(data), step):
                        server.sendall(data[i:i + step])
                else:
                    server.sendall(data)
                if not hold:
                    server.shutdown(socket.SHUT_WR)
            except OSError:
                pass

        if len(data) > 100_000 or chunked:
            writer = threading.Thread(target=write, daemon=True)
            writer.start()
        else:
            write()
        transcript = Transcript()
        channel = Channel(client, transcript, CancelToken(), reply_timeout=0.05 if hold else 2.0,
                          step_deadline=time.monotonic() + 5.0)
        outcome = "?"
        started = time.monotonic()
        for _ in range(8):
            try:
                channel.read_reply()
                outcome = "reply"
            except ProtocolFailure as exc:
                outcome = exc.diagnosis
                break
        if time.monotonic() - started > 4.0:
            raise Finding(f"reading took {time.monotonic() - started:.1f} s")
        for line in transcript.since(0):
            if len(line.text) > MAX_SHOWN + 40 or CONTROL.search(line.text):
                raise Finding(f"transcript line not capped/escaped: {line.text[:80]!r}")
        if len(channel.pending) > MAX_LINE + 65536:
            raise Finding(f"buffer grew to {len(channel.pending)}")
        return outcome
    finally:
        client.close()
        server.close()
        if writer is not None:
            writer.join(5)


SINGLE_LINE = ("username", "password", "oauth_token", "subject", "ehlo_name", "mail_from",
               "rcpt_to", "host", "nameserver", "ca_file")


def t_parse_form(r: random.Random) -> str:
    f = form(r)
    try:
        s = parse_form(f)
    except InputError as exc:
        if not exc.errors or not all(e.field and e.message for e in exc.errors):
            raise Finding("InputError without field errors") from None
        return "rejected"
    for name in SINGLE_LINE:
        value = getattr(s, name)
        if "\r" in value or "\n" in value or "\0" in value:
            raise Finding(f"{name} accepted with CR/LF/NUL: {value!r}")
    errors = settings_errors(s)
    if errors:
        raise Finding(f"parse_form accepted what the engine's input step rejects: {errors}")
    return "accepted"


EXPECTED_HEADERS = {"date", "message-id", "from", "to", "subject", "x-mailer", "content-type",
                    "content-transfer-encoding", "mime-version"}


def t_message(r: random.Random) -> str:
    """Accepted input never injects a header or ends DATA early."""
    f = {"host": "smtp.example.com", "stop_after": "data",
         "mail_from": text(r, [*ADDRESSES[:1], "a@example.com", "x+y@example.org"]),
         "rcpt_to": text(r, ["b@example.com", "<c@example.net>"]),
         "subject": text(r, ["Hello", "Bcc: x@example.com", "=?utf-8?q?x?=", "a" * 2000]),
         "body": text(r, ["hi", ".\r\nMAIL FROM:<x@y.z>", "\r\n.\r\n", ".", "..", "a\rb"]),
         "username": text(r, ["alice", "Bcc: evil@example.com"])}
    try:
        s = parse_form(f)
    except InputError:
        return "rejected"
    try:
        # as the engine does (checks/connection.py step_mail): the normalized addresses
        mail_from, rcpt_to = check_address(s.mail_from, "sender"), check_address(s.rcpt_to, "r")
        wire = wire_bytes(build_message(s, mail_from, rcpt_to))
    except Exception as exc:
        raise Finding(f"build_message crashed on accepted input ({type(exc).__name__}: {exc}) "
                      f"subject={s.subject!r}") from None
    head, _, _body = wire.partition(b"\r\n\r\n")
    names = {line.split(b":", 1)[0].decode().lower() for line in head.split(b"\r\n")
             if line and line[:1] not in (b" ", b"\t")}
    if names - EXPECTED_HEADERS:
        raise Finding(f"extra headers {names - EXPECTED_HEADERS}")
    lines = wire.split(b"\r\n")
    if lines[-2:] != [b".", b""] or b"." in lines[:-2]:
        raise Finding("the data ends early or not at all")
    if any(b"\r" in line or b"\n" in line for line in lines):
        raise Finding("bare CR or LF on the wire")
    return "sent"


def t_secret_forms(r: random.Random) -> str:
    """Redaction covers the base64 of the secret at every alignment in an AUTH PLAIN payload."""
    secret = "".join(chr(r.randint(33, 0x24F)) for _ in range(r.randint(4, 40)))
    user = "".join(chr(r.randint(33, 126)) for _ in range(r.randint(0, 20)))
    t = Transcript([secret])
    payloads = [base64.b64encode(f"\0{user}\0{secret}".encode()).decode(),
                base64.b64encode(f"{user}\0{user}\0{secret}".encode()).decode(),
                base64.b64encode(secret.encode()).decode(), secret]
    for p in payloads:
        shown = t.redact(f"AUTH PLAIN {p}")
        if secret in shown or base64.b64encode(secret.encode()).decode()[:-4] in shown:
            raise Finding(f"not redacted: {secret!r}")
        for form_ in secret_forms(secret):
            if len(form_) >= 8 and form_ in shown:
                raise Finding(f"a form survived: {form_!r}")
    return "ok"


SPF_TERMS = ["v=spf1", "ip4:192.0.2.0/24", "ip6:2001:db8::/32", "a", "mx", "a:mail.example.com",
             "include:_spf.example.com", "exists:%{i}.x.example.com", "redirect=_spf.example.net",
             "exp=explain.example.com", "ptr", "-all", "~all", "?all", "+all", "all",
             "ip4:999.1.1.1",
             "include:", "a/24", "mx:example.com/24//64", "%{", "v=spf2", "unknown=x", "=", "::"]
DMARC_TAGS = ["v=DMARC1", "p=none", "p=quarantine", "p=reject", "p=bogus", "sp=reject",
              "pct=50", "pct=150", "pct=x", "rua=mailto:d@example.com", "ruf=mailto:f@example.com",
              "adkim=s", "aspf=r", "fo=1", "ri=86400", "rua=https://x", "", "=", "v=DMARC2"]
STS_LINES = ["version: STSv1", "mode: enforce", "mode: testing", "mode: none", "mode: strict",
             "mx: mail.example.com", "mx: *.example.net", "mx: *", "max_age: 86400",
             "max_age: 99999999999", "max_age: -1", "version: STSv2", "junk", ":", "mx:"]


def _joined(r: random.Random, pool: list[str], sep: str, limit: int,
            base: tuple[str, ...] = ()) -> str:
    """Usually a valid base with random terms added or swapped in; sometimes pure noise."""
    parts = list(base) if r.random() < 0.7 else []
    for _ in range(r.randint(0, limit)):
        term = r.choice(pool)
        if parts and r.random() < 0.3:
            parts[r.randrange(len(parts))] = term
        else:
            parts.insert(r.randint(min(1, len(parts)), len(parts)), term)
    if r.random() < 0.3 and parts:
        parts[0] = pool[0]
    text = sep.join(parts)
    if r.random() < 0.2:
        text = mutate(r, text.encode()).decode("utf-8", "replace")
    return text


def t_spf(r: random.Random) -> str:
    """SPF: parse() gives a record or SpfSyntaxError; analyse() always ends, within 10+ lookups."""
    from app.core.records import spf

    text = _joined(r, SPF_TERMS, " ", 10, ("v=spf1", "mx", "-all"))
    try:
        spf.parse(text)
    except spf.SpfSyntaxError:
        return "rejected"
    records = {"example.com": text, "_spf.example.com": text,
               "_spf.example.net": "v=spf1 include:_spf.example.com"}

    def fetch(name: str) -> tuple[str, list[str]]:
        return ("ok", [records[name]]) if name in records else ("missing", [])

    result = spf.analyse("example.com", fetch)  # loops (include of itself) must end
    if result is None:
        raise Finding("analyse returned nothing")
    return "parsed"


def t_dmarc(r: random.Random) -> str:
    from app.core.records import dmarc

    try:
        dmarc.parse(_joined(r, DMARC_TAGS, r.choice(["; ", ";", " ; "]), 4,
                            ("v=DMARC1", "p=none")))
    except dmarc.DmarcSyntaxError:
        return "rejected"
    return "parsed"


def t_mtasts(r: random.Random) -> str:
    from app.core.records import mtasts

    try:
        policy = mtasts.parse_policy(_joined(
            r, STS_LINES, r.choice(["\r\n", "\n"]), 3,
            ("version: STSv1", "mode: enforce", "mx: mail.example.com", "max_age: 86400")))
    except mtasts.PolicyError:
        return "rejected"
    for pattern in getattr(policy, "mx", ()):
        mtasts.mx_matches(pattern, "mail.example.com")
    return "parsed"


TARGETS: dict[str, Callable[[random.Random], str]] = {
    "spf": t_spf,
    "dmarc": t_dmarc,
    "mta_sts": t_mtasts,
    "reply_parser": t_reply_parser,
    "enhanced_status": t_enhanced,
    "channel_socketpair": t_channel,
    "parse_form": t_parse_form,
    "message_injection": t_message,
    "redaction": t_secret_forms,
}


def run_target(name: str, fn: Callable[[random.Random], str], cases: int, seed: int
               ) -> dict[str, Any]:
    outcomes: collections.Counter[str] = collections.Counter()
    findings: collections.Counter[str] = collections.Counter()
    examples: dict[str, str] = {}
    started = time.monotonic()
    for case in range(cases):
        r = random.Random(f"{seed}:{name}:{case}")
        try:
            outcomes[fn(r)] += 1
        except Finding as exc:
            key = str(exc).split(":", 1)[0][:70]
            findings[key] += 1
            examples.setdefault(key, f"seed={seed} case={case}: {exc}"[:300])
        except Exception as exc:  # a crash: an exception type the target does not allow
            key = f"crash {type(exc).__name__}"
            findings[key] += 1
            examples.setdefault(key, f"seed={seed} case={case}: "
                                + "".join(traceback.format_exception_only(exc)).strip()[:300])
    return {"target": name, "cases": cases, "seconds": time.monotonic() - started,
            "outcomes": dict(outcomes), "findings": dict(findings), "examples": examples}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=20240601)
    parser.add_argument("--target", action="append", choices=sorted(TARGETS))
    args = parser.parse_args(argv)
    total_findings = 0
    for name in args.target or list(TARGETS):
        report = run_target(name, TARGETS[name], args.cases, args.seed)
        total_findings += sum(report["findings"].values())
        outcomes = ", ".join(f"{k} {v}" for k, v in sorted(report["outcomes"].items()))
        print(f"{name:20} {report['cases']:>7} cases {report['seconds']:7.1f} s  "
              f"findings {sum(report['findings'].values()):>5}  [{outcomes}]", flush=True)
        for key, count in report["findings"].items():
            print(f"    {count:>6} x {key}\n           e.g. {report['examples'][key]}", flush=True)
    return 1 if total_findings else 0


if __name__ == "__main__":
    sys.exit(main())
