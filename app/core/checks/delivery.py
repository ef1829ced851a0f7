"""The delivery proof: after the test message was accepted, watch a mailbox for it over IMAP.

Three steps continue the connection check (``ConnectionCheck.steps`` adds them when the
settings ask to watch a mailbox): ``watch`` ("Waiting for the message": log in, then look in
Inbox and the junk folders for the test message's Message-ID until it is there or the watch
timeout ends; IDLE on Inbox between looks where the server offers it, else a poll every
``POLL_S``), ``found`` (which folder, after how long, and the Received chain as a path of hops
with times and TLS) and ``authresults`` (the receiver's Authentication-Results, explained per
method with a fix for each failure: ``records.authresults``).

The mailbox defaults to the account that sent the message: the same user and its password or
OAuth token, the IMAP server guessed from the SMTP host (``protocol.imap.parse_url``).
"""

from __future__ import annotations

import datetime as dt
import time
from email.parser import BytesHeaderParser
from email.policy import compat32
from email.utils import parsedate_to_datetime
from typing import Any

from ..cancel import CancelToken
from ..errors import CheckFailure
from ..model import ServerSettings, Status
from ..protocol.imap import Folder, ImapTarget, Mailbox, parse_url
from ..protocol.transcript import Transcript
from ..records import authresults, received
from ..runner import Outcome
from ..text.i18n import msg, msg_n, number

#: Seconds between two looks when the server has no IDLE (and the longest IDLE before the junk
#: folders are looked at again).
POLL_S = 1.0
#: Seconds an IMAP command begun before the watch ends may still take.
GRACE_S = 10.0


def imap_target(settings: ServerSettings) -> ImapTarget:
    """Where to watch (raises ValueError, worded for the field, when the address is wrong)."""
    default_user = settings.username or settings.rcpt_to
    return parse_url(settings.watch_imap, default_user, settings.host)


def imap_credentials(settings: ServerSettings, target: ImapTarget) -> tuple[str, str]:
    """(password, oauth token) for the mailbox: its own password when given; the sending
    account's password or token when it is the same user."""
    if settings.imap_password:
        return settings.imap_password, ""
    if target.user and target.user.lower() == settings.username.lower():
        return settings.password, settings.oauth_token
    return "", ""


def mailbox_label(target: ImapTarget) -> str:
    """The watched mailbox for people: "bob on imap.example.com:993 (IMAPS)"."""
    address = f"{target.host}:{target.port}"
    if target.user and target.tls:
        return msg("{user} on {address} (IMAPS)", user=target.user, address=address)
    if target.user:
        return msg("{user} on {address} (IMAP with STARTTLS)", user=target.user,
                   address=address)
    if target.tls:
        return msg("{address} (IMAPS)", address=address)
    return msg("{address} (IMAP with STARTTLS)", address=address)


def _not_arrived(user: str, folders: list[str], seconds: float) -> str:
    """Why the watch ended without the message, in one sentence (the folders stay data)."""
    shown, looked = number(seconds), ", ".join(folders)
    if user and folders:
        return msg("The test message did not arrive in the mailbox of {user} within {seconds} s "
                   "(looked in {folders})", user=user, seconds=shown, folders=looked)
    if folders:
        return msg("The test message did not arrive in the mailbox within {seconds} s (looked "
                   "in {folders})", seconds=shown, folders=looked)
    if user:
        return msg("The test message did not arrive in the mailbox of {user} within {seconds} s",
                   user=user, seconds=shown)
    return msg("The test message did not arrive in the mailbox within {seconds} s",
               seconds=shown)


def _judged(results: str, receiver: str, problems: str) -> str:
    """The authentication step's summary: what the receiver said, by whom, and what fails."""
    if receiver and problems:
        return msg("{results} (by {receiver}): {problems}", results=results, receiver=receiver,
                   problems=problems)
    if receiver:
        return msg("{results} (by {receiver})", results=results, receiver=receiver)
    if problems:
        return msg("{results} (by the receiver): {problems}", results=results,
                   problems=problems)
    return msg("{results} (by the receiver)", results=results)


class DeliveryWatch:
    """The delivery steps' state: set ``sent(message_id)`` when DATA was accepted."""

    def __init__(self, settings: ServerSettings, cancel: CancelToken,
                 transcript: Transcript) -> None:
        self.s = settings
        self.cancel = cancel
        self.transcript = transcript
        self.message_id = ""
        self.sent_mono = 0.0
        self.sent_wall: dt.datetime | None = None
        self.folder: Folder | None = None
        self.delay_s = 0.0
        self.header_bytes = b""
        self.internal_date = ""
        self.looks = 0

    def sent(self, message_id: str) -> None:
        self.message_id = message_id
        self.sent_mono = time.monotonic()
        self.sent_wall = dt.datetime.now(dt.timezone.utc)

    def _note(self, text: str) -> None:
        self.transcript.note(text, True)

    # -- "Waiting for the message" ------------------------------------------------------------
    def step_watch(self) -> Outcome:
        s = self.s
        try:
            target = imap_target(s)
        except ValueError as exc:
            raise CheckFailure("input.invalid_value", str(exc), {"field": "watch_imap"}) from None
        if not self.message_id:
            raise CheckFailure("delivery.imap_failed", msg("The test message has no Message-ID "
                                                           "to look for"))
        deadline = self.sent_mono + s.watch_timeout
        password, token = imap_credentials(s, target)
        box = Mailbox(target, self.cancel, verify=s.verify_tls, ca_file=s.ca_file,
                      ip_version=s.ip_version, nameserver=s.nameserver, note=self._note,
                      proxy=s.proxy)
        facts: dict[str, Any] = {"imap": target.to_dict(), "message_id": self.message_id,
                                 "imap_host": target.host,
                                 "watch_timeout": s.watch_timeout}
        try:
            # I/O may run a little past the watch's end (a search begun just before it)
            box.open(deadline + min(GRACE_S, s.timeouts.reply))
            facts["imap_login"] = box.login(password, token,
                                            s.auth.sasl_name if s.auth.is_oauth else "XOAUTH2")
            facts["imap_tls_version"] = box.tls_version
            idle = "IDLE" in box.capabilities
            facts["idle"] = idle
            watched: dict[str, None] = {}
            while True:
                folders = box.folders()  # again each time: a junk folder may appear
                if not watched:
                    self._note(f"IMAP: looking for {self.message_id} in "
                               f"{', '.join(f.shown for f in folders)}"
                               f"{' (IDLE on Inbox)' if idle else f' (every {POLL_S:g} s)'}")
                watched.update((f.shown, None) for f in folders)
                facts["folders_watched"] = list(watched)
                for folder in folders:
                    self.looks += 1
                    uid = box.find(folder, self.message_id)
                    if uid is not None:
                        return self._found(box, folder, uid, target, facts)
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                if idle:
                    box.select(folders[0])
                    box.idle(min(POLL_S, left))
                elif self.cancel.wait(min(POLL_S, left)):
                    self.cancel.check()
        finally:
            box.close()
        facts["looks"] = self.looks
        raise CheckFailure("delivery.not_arrived",
                           _not_arrived(target.user, list(watched), s.watch_timeout), facts)

    def _found(self, box: Mailbox, folder: Folder, uid: int, target: ImapTarget,
               facts: dict[str, Any]) -> Outcome:
        self.delay_s = time.monotonic() - self.sent_mono
        self.folder = folder
        self.header_bytes, self.internal_date = box.headers(folder, uid)
        self._note(f"IMAP: found in {folder.shown} (UID {uid}) after {self.delay_s:.1f} s")
        facts.update(folder=folder.shown, junk=folder.junk, delay_s=round(self.delay_s, 3),
                     looks=self.looks)
        return Outcome(Status.PASS, msg("Arrived after {seconds} s ({mailbox})",
                                        seconds=number(self.delay_s, 1),
                                        mailbox=mailbox_label(target)), facts)

    # -- where it landed and the path it took ---------------------------------------------------
    def _fields(self) -> list[tuple[str, str]]:
        msg = BytesHeaderParser(policy=compat32).parsebytes(self.header_bytes)
        return [(name, str(value)) for name, value in msg.items()]

    def step_found(self) -> Outcome:
        folder = self.folder
        if folder is None:
            return Outcome(Status.SKIPPED, msg("The message was not found"))
        fields = self._fields()
        date = next((v for n, v in fields if n.lower() == "date"), "")
        sent_at: dt.datetime | None = None
        try:
            sent_at = parsedate_to_datetime(date) if date else None
        except (TypeError, ValueError, IndexError):
            sent_at = None
        hops = received.chain([v for n, v in fields if n.lower() == "received"], sent_at)
        facts: dict[str, Any] = {
            "folder": folder.shown, "junk": folder.junk, "delay_s": round(self.delay_s, 3),
            "arrived_at_server": self.internal_date,
            "hops": [h.to_dict() for h in hops], "path": [h.line() for h in hops]}
        header_delay = received.total_delay(hops, sent_at)
        if header_delay is not None:
            facts["delay_by_headers_s"] = round(header_delay, 3)
        plain = [h for h in hops if h.encrypted is False]
        path = received.path_text(hops) or msg("no Received fields")
        if plain:
            path = msg_n("{path}; {n} hop without TLS", "{path}; {n} hops without TLS",
                         len(plain), path=path)
            facts["hops_without_tls"] = len(plain)
        where = {"folder": folder.shown, "seconds": number(self.delay_s, 1)}
        found = msg("Found in {folder} after {seconds} s", **where)  # the row's title too
        if folder.junk:
            return Outcome(Status.WARN, msg("Found in {folder} after {seconds} s: the receiver "
                                            "filed it as spam. Path: {path}", **where,
                                            path=path),
                           facts, "delivery.junk", title=found)
        return Outcome(Status.PASS, msg("Found in {folder} after {seconds} s. Path: {path}",
                                        **where, path=path), facts, title=found)

    # -- how the receiver judged it -----------------------------------------------------------
    def step_authresults(self) -> Outcome:
        if self.folder is None:
            return Outcome(Status.SKIPPED, msg("The message was not found"))
        fields = self._fields()
        from_field = next((v for n, v in fields if n.lower() == "from"), "") or self.s.mail_from
        from_domain = authresults.domain_of(from_field)
        authserv_id, results = authresults.receiver_results(fields)
        facts: dict[str, Any] = {"authserv_id": authserv_id, "from_domain": from_domain,
                                 "domain": from_domain,
                                 "results": [r.to_dict() for r in results]}
        if not results:
            return Outcome(Status.WARN, msg("The receiver wrote no Authentication-Results: it "
                                            "does not say how it judged SPF, DKIM and DMARC"),
                           facts,
                           "delivery.no_results")
        findings = authresults.explain(results, from_domain)
        facts["findings"] = [f.to_dict() for f in findings]
        for f in findings:
            facts[f.method] = f.result
            if f.method == "dkim" and f.domain:
                facts["signing_domain"] = f.domain
        status = Status.WARN if any(f.status is Status.WARN for f in findings) else Status.PASS
        said = ", ".join(f"{f.method.upper()} {f.result}" for f in findings)
        explained = [msg("{words} Fix: {fix}", words=f.words, fix=f.fix) if f.fix else f.words
                     for f in findings]
        facts["explained"] = explained
        words = " ".join(e for e, f in zip(explained, findings, strict=True)
                         if f.status is not Status.PASS)
        return Outcome(status, _judged(said, authserv_id, words), facts,
                       authresults.main_diagnosis(findings))
