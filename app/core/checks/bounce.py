"""Reading a bounce: what failed, for whom, and why, with the fixes of the connection test.

``read_bounce(data)`` parses (``records/bounce.py``) and returns None when the input is not a
bounce; ``run_bounce(bounce)`` runs it through ``runner.execute`` like every other tool, so its
result has the same steps, advice, JSON and reports. Steps: ``bounce`` (what it is: the format,
the reporting server, the subject), then one ``recipient-N`` step per recipient it reports on:
failed (fail), delayed (warn), delivered (pass). Each step's diagnosis comes from the one reply
classifier (``knowledge/replies.py``) with the remote server's reply, or from the status code
alone; two causes a bounce names that a connection test never meets have their own ids:
``bounce.recipient_unknown`` (X.1.x: the address does not exist) and
``bounce.remote_unreachable`` (X.4.x: the receiving server could not be reached or found).

A recipient that failed for a reason no diagnosis covers (no code, words we don't know) is a
warning without a diagnosis; ``understood(result)`` is False then (the CLI's exit code 1).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..cancel import CancelToken
from ..knowledge.replies import (
    RELAY,
    EnhancedCode,
    classify_reply,
    meaning,
    meaning_text,
    sender_auth_checks,
)
from ..model import Event, RunResult, Status, StepResult
from ..protocol.smtp import Reply
from ..protocol.transcript import Transcript
from ..records.bounce import DELAYED, DELIVERED, FAILED, Bounce, Recipient, parse_bounce
from ..runner import Outcome, Step, execute
from ..text.i18n import N_, msg, msg_n, number

MAX_STEPS = 50

#: Words that say the address does not exist, when no code does (Postfix local(8) "unknown
#: user", qmail "no mailbox here by that name", Exchange "RecipientNotFound", Yahoo "doesn't
#: have a yahoo.com account", Gmail "address couldn't be found").
UNKNOWN_ADDRESS = re.compile(
    r"user unknown|unknown user|no such (?:user|mailbox|recipient|address)|does not exist|"
    r"doesn't exist|no mailbox here|recipient ?not ?found|address not found|couldn't be found|"
    r"could not be found|doesn't have an? [\w.]+ account|invalid (?:recipient|mailbox|address)"
    r"|mailbox not found|unknown (?:recipient|mailbox|address)|not a valid (?:recipient|mailbox)",
    re.IGNORECASE)
#: Words that say the receiving server was never reached (Postfix smtp(8) "connect to …:
#: Connection refused", "Host or domain name not found"; qmail "Sorry, I couldn't find any host
#: by that name"; Exim "retry timeout exceeded", "all relevant MX records point to non-existent
#: hosts"; "Connection timed out"; Gmail "DNS Error: … responded with code NXDOMAIN Domain name
#: not found").
UNREACHABLE = re.compile(
    r"connection refused|connection timed out|timed out|host or domain name not found|"
    r"name service error|couldn't find any host|no host by that name|retry timeout exceeded|"
    r"non-existent host|network is unreachable|no route to host|unrouteable|unroutable|"
    r"connect to [^\s]+: |delivery time expired|message expired|could not connect|"
    r"\bnxdomain\b|domain name not found|dns error|did not accept our requests to connect",
    re.IGNORECASE)

#: Routing words in an X.4.x reply (Exchange "451 4.4.0 DNS query failed", "4.4.7 Message
#: expired", Postfix "4.4.3 Host or domain name not found").
NO_ROUTE = re.compile(r"\bdns\b|route|routing|expired|lookup|name server|resolv",
                      re.IGNORECASE)

#: What the message is, per format: (with the reporting server, without), whole sentences.
FORMAT_SENTENCES: dict[str, tuple[str, str]] = {
    "dsn": (N_("A standard delivery status notification (RFC 3464) from {server}."),
            N_("A standard delivery status notification (RFC 3464).")),
    "postfix": (N_("A Postfix bounce from {server}."), N_("A Postfix bounce.")),
    "exim": (N_("An Exim bounce from {server}."), N_("An Exim bounce.")),
    "qmail": (N_("A qmail bounce from {server}."), N_("A qmail bounce.")),
    "exchange": (N_("An Exchange / Microsoft 365 non-delivery report from {server}."),
                 N_("An Exchange / Microsoft 365 non-delivery report.")),
    "gmail": (N_("A Gmail bounce from {server}."), N_("A Gmail bounce.")),
    "yahoo": (N_("A Yahoo bounce from {server}."), N_("A Yahoo bounce.")),
    "sendmail": (N_("A sendmail (or Proofpoint) bounce from {server}."),
                 N_("A sendmail (or Proofpoint) bounce.")),
    "smtp-reply": (N_("A server's reply from {server}."), N_("A server's reply.")),
    "unknown": (N_("A bounce from {server}."), N_("A bounce.")),
}


def read_bounce(data: bytes | str) -> Bounce | None:
    """The bounce in ``data`` (a message, an .eml file's bytes, or pasted text), or None."""
    return parse_bounce(data)


def _reply_of(rec: Recipient) -> Reply | None:
    code = rec.reply_code
    enhanced = rec.status if EnhancedCode.parse(rec.status) else ""
    if code is None and enhanced:  # only a status code: its class gives the reply's class
        code = 550 if enhanced.startswith("5") else 450 if enhanced.startswith("4") else None
    if code is None:
        return None
    if rec.action == DELAYED and code >= 500:
        code = 450  # still being tried: temporary, whatever the words say
    return Reply(code, (rec.diagnostic or enhanced,), enhanced)


def diagnose(rec: Recipient) -> str | None:
    """The diagnosis id for one failed or delayed recipient, or None when nothing covers it."""
    if rec.action == DELIVERED:
        return None
    code = EnhancedCode.parse(rec.status) if rec.status else None
    text = rec.diagnostic
    permanent = rec.action != DELAYED and not (code is not None and code.temporary) and not (
        rec.reply_code is not None and rec.reply_code < 500)
    # X.1.2 "bad destination system address" with words that no host was found (qmail "Sorry,
    # I couldn't find any host named …. (#5.1.2)"): the domain, not the mailbox
    if code is not None and code.is_("X.1.2") and UNREACHABLE.search(text):
        return "bounce.remote_unreachable"
    if permanent and ((code is not None and code.is_("X.1.1", "X.1.2", "X.1.3", "X.1.6",
                                                     "X.1.10")) or (
            UNKNOWN_ADDRESS.search(text) and (code is None or code.subject == 1))):
        return "bounce.recipient_unknown"
    # Microsoft's directory-based edge blocking: "550 5.4.1 Recipient address rejected: Access
    # denied" means the tenant has no such recipient (learn.microsoft.com, "Fix error code
    # 550 5.4.1 in Exchange Online").
    if permanent and code is not None and code.is_("5.4.1") and re.search(
            r"recipient address rejected", text, re.IGNORECASE):
        return "bounce.recipient_unknown"
    # X.4.x (network and routing) from the reporting server itself, or words that say the
    # receiving server was never reached; a remote server's own reply means it was reached.
    if (code is not None and code.subject == 4 and not code.is_("X.4.5") and (
            rec.reply_code is None or UNREACHABLE.search(text) or NO_ROUTE.search(text))) or (
            rec.reply_code is None and UNREACHABLE.search(text)):
        return "bounce.remote_unreachable"
    reply = _reply_of(rec)
    if reply is None:
        if UNKNOWN_ADDRESS.search(text):
            return "bounce.recipient_unknown"
        return None
    phase = rec.phase if rec.phase in ("mail", "rcpt", "data") else ""
    if not phase:
        if re.search(r"sender address rejected|sender (?:domain|verify)", text, re.I):
            phase = "mail"
        elif re.search(r"recipient address rejected", text, re.I):  # Postfix smtpd_check.c
            phase = "rcpt"
        elif RELAY.search(text) or (code is not None and code.subject in (1, 2)) or (
                reply.code in (550, 551, 553) and (code is None or code.subject == 0)):
            phase = "rcpt"  # RFC 5321 4.2.2: 550/551/553 are about the mailbox
        else:
            phase = "data"
    # logged_in: the hop between two mail servers has no login to blame
    verdict = classify_reply(reply, phase, logged_in=True)  # type: ignore[arg-type]
    return verdict.diagnosis if verdict is not None else None


@dataclass(frozen=True)
class BounceOptions:
    bounce: Bounce
    source: str = ""  # the file name, "-" for standard input, "" for pasted text

    def public_dict(self) -> dict[str, Any]:
        return {"tool": "bounce", "source": self.source or msg("pasted text"),
                "format": self.bounce.format,
                "reporting_mta": self.bounce.reporting_mta}


class BounceCheck:
    """The plan of a bounce reading (nothing here waits on the network)."""

    def __init__(self, options: BounceOptions) -> None:
        self.o = options
        self.transcript = Transcript()
        self.provider_id = ""
        self.provider_how = ""
        from ..knowledge.providers import recognise

        try:
            found = recognise(host=options.bounce.reporting_mta)
        except (OSError, ValueError):
            found = None
        if found is not None:
            self.provider_id, self.provider_how = found.provider.id, found.how

    @property
    def target(self) -> dict[str, Any]:
        return self.o.public_dict()

    def steps(self) -> list[Step]:
        steps = [Step("bounce", msg("What the message is"), self.step_bounce)]
        recipients = self.o.bounce.recipients[:MAX_STEPS]
        for index, rec in enumerate(recipients, 1):
            steps.append(Step(f"recipient-{index}", rec.address or msg("A recipient"),
                              lambda rec=rec: self.step_recipient(rec)))  # type: ignore[misc]
        if not recipients:
            steps.append(Step("recipient-1", msg("The failure"), self.step_nothing))
        return steps

    def begin_step(self) -> None:
        pass

    def close(self) -> None:
        pass

    def advice_context(self) -> dict[str, Any]:
        return {"provider_id": self.provider_id} if self.provider_id else {}

    def verdict(self, steps: list[StepResult], status: Status, total_ms: float) -> str:
        failed = [s for s in steps if s.id.startswith("recipient-") and s.status is not
                  Status.PASS]
        if not failed:
            return msg("The report says every recipient got the message.")
        first = failed[0]
        why = first.advice.title if first.advice else msg("a reason SMTP Doctor can't explain")
        delayed = first.status is Status.WARN and bool(first.diagnosis) and \
            first.facts.get("action") == DELAYED
        to = first.title if "@" in first.title else ""
        if delayed:
            said = (msg("Delivery to {recipient} is delayed: {why}.", recipient=to, why=why)
                    if to else msg("Delivery is delayed: {why}.", why=why))
        else:
            said = (msg("Delivery to {recipient} failed: {why}.", recipient=to, why=why) if to
                    else msg("Delivery failed: {why}.", why=why))
        if len(failed) > 1:
            said += " " + msg_n("One more recipient has a problem too.",
                                "{n} more recipients have a problem too.", len(failed) - 1)
        return said

    # -- steps ------------------------------------------------------------------------------------
    def step_bounce(self) -> Outcome:
        b = self.o.bounce
        facts: dict[str, Any] = {"format": b.format}
        for key, value in (("reporting_mta", b.reporting_mta), ("subject", b.subject),
                           ("from", b.sender), ("date", b.date),
                           ("original_message_id", b.original_message_id),
                           ("original_subject", b.original_subject)):
            if value:
                facts[key] = value
        if self.provider_id:
            facts["provider_id"] = self.provider_id
            facts["provider_recognised_by"] = self.provider_how
        if b.notes:
            facts["notes"] = list(b.notes)
        failed = len(b.failed)
        facts["recipients"] = len(b.recipients)
        with_server, alone = FORMAT_SENTENCES.get(b.format, FORMAT_SENTENCES["unknown"])
        what = msg(with_server, server=b.reporting_mta) if b.reporting_mta else msg(alone)
        # two whole sentences: what the message is, then how many it reports as failed
        count = msg_n("{failed} of {n} recipient not delivered.",
                      "{failed} of {n} recipients not delivered.", len(b.recipients),
                      failed=number(failed))
        return Outcome(Status.PASS, f"{what} {count}", facts)

    def step_recipient(self, rec: Recipient) -> Outcome:
        facts: dict[str, Any] = {"rcpt_to": rec.address, "action": rec.action}
        if rec.original:
            facts["original_recipient"] = rec.original
        if rec.status:
            facts["enhanced_code"] = rec.status
            found = meaning(rec.status)
            if found is not None:
                facts["enhanced_meaning"] = meaning_text(found)
        if rec.reply_code is not None:
            facts["reply_code"] = rec.reply_code
        if rec.diagnostic:
            facts["reply"] = rec.diagnostic
        if rec.remote_mta:
            facts["remote_mta"] = rec.remote_mta
            remote = _provider_of(rec.remote_mta)
            if remote:
                facts["remote_provider"] = remote
        if rec.phase:
            facts["phase"] = rec.phase
        if rec.command:
            facts["after_command"] = rec.command
        if self.o.bounce.reporting_mta:
            facts["reporting_mta"] = self.o.bounce.reporting_mta
        if rec.action == DELIVERED:
            return Outcome(Status.PASS, msg("Delivered (the report says so)"), facts)
        diagnosis = diagnose(rec)
        facts["understood"] = diagnosis is not None
        if diagnosis == "send.sender_authentication_failed":
            checks = sender_auth_checks(EnhancedCode.parse(rec.status), rec.diagnostic)
            if checks:
                facts["failed_checks"] = ", ".join(checks)
        status = Status.WARN if rec.action == DELAYED else Status.FAIL
        summary = _recipient_summary(rec, diagnosis is None)
        if diagnosis is None:
            return Outcome(Status.WARN, summary, facts)
        return Outcome(status, summary, facts, diagnosis)

    def step_nothing(self) -> Outcome:
        return Outcome(Status.WARN, msg("This looks like a bounce, but it names no recipient "
                                        "and no reason that SMTP Doctor can read"),
                       {"understood": False})


#: A failed or delayed recipient's summary: (with the server's words, with only the status
#: code, with neither); the server's words and the code are data.
_RECIPIENT_SENTENCES: dict[str, tuple[str, str, str]] = {
    "unmapped": (N_("Not delivered, for a reason SMTP Doctor can't map: {reply}"),
                 N_("Not delivered, for a reason SMTP Doctor can't map (status {status})"),
                 N_("Not delivered, for a reason SMTP Doctor can't map")),
    DELAYED: (N_("Delayed, still being tried: {reply}"),
              N_("Delayed, still being tried (status {status})"),
              N_("Delayed, still being tried")),
    FAILED: (N_("Not delivered: {reply}"), N_("Not delivered (status {status})"),
             N_("Not delivered")),
}


def _recipient_summary(rec: Recipient, unmapped: bool) -> str:
    said, code, bare = _RECIPIENT_SENTENCES[
        "unmapped" if unmapped else DELAYED if rec.action == DELAYED else FAILED]
    if rec.diagnostic:
        return msg(said, reply=rec.diagnostic)
    return msg(code, status=rec.status) if rec.status else msg(bare)


def _provider_of(host: str) -> str:
    from ..knowledge.providers import recognise

    try:
        found = recognise(host=host)
    except (OSError, ValueError):
        return ""
    return found.provider.name if found is not None else ""


def understood(result: RunResult) -> bool:
    """True when every recipient that was not delivered has a diagnosis."""
    steps = [s for s in result.steps if s.id.startswith("recipient-")]
    return bool(steps) and all(s.facts.get("understood", True) for s in steps)


def run_bounce(options: BounceOptions, on_event: Callable[[Event], None] | None = None,
               cancel: CancelToken | None = None) -> RunResult:
    """Explain ``options.bounce`` (no I/O; quick)."""
    return execute(BounceCheck(options), on_event, cancel or CancelToken())
