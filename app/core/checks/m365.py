"""Microsoft 365 readiness for one address (`smtp-doctor m365 ADDRESS`).

Is the domain on Microsoft 365 (MX under mail.protection.outlook.com, or a tenant in Microsoft's
directory: its OpenID configuration answers), does password (Basic) login work today, does OAuth
work, what changes at the end of December 2026 for this account, and the concrete next step.

Every base URL and host is an option, so tests point them at loopback servers.
"""

from __future__ import annotations

import datetime as dt
import json
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..cancel import CancelToken
from ..errors import CheckFailure
from ..model import (
    AuthMethod,
    Event,
    Proxy,
    RunResult,
    Security,
    ServerSettings,
    Status,
    StepResult,
    StopAfter,
    Timeouts,
    proxy_secrets,
    proxy_text,
)
from ..protocol.dnsquery import Resolver
from ..protocol.http import HttpFailure, get
from ..protocol.transcript import Transcript
from ..runner import Outcome, Step, execute
from ..text.i18n import msg, msg_n
from .connection import run_check

#: Microsoft: "End of December 2026: SMTP AUTH Basic Authentication will be disabled by default
#: for existing tenants" (Exchange Team blog, updated 2026-01-27; see resources/diagnoses.toml).
BASIC_AUTH_OFF = dt.date(2026, 12, 31)
MX_SUFFIX = ".mail.protection.outlook.com"
LOGIN_BASE = "https://login.microsoftonline.com"
#: What Microsoft's servers answer to a password login once it is off (quoted, never translated).
BASIC_AUTH_REPLY = "550 5.7.30 Basic authentication is not supported"


@dataclass(frozen=True)
class M365Options:
    address: str
    nameserver: str = ""
    proxy: Proxy | None = None  # every connection goes through it
    login_base: str = LOGIN_BASE  # {base}/{domain}/v2.0/.well-known/openid-configuration
    smtp_host: str = "smtp.office365.com"
    smtp_port: int = 587
    password: str = field(default="", repr=False)
    oauth_token: str = field(default="", repr=False)
    oauth_auth: AuthMethod = AuthMethod.XOAUTH2
    ca_file: str = ""
    timeouts: Timeouts = field(default_factory=Timeouts)
    today: dt.date | None = None  # tests pin the date

    @property
    def domain(self) -> str:
        return self.address.rpartition("@")[2].strip().lower().rstrip(".")

    def public_dict(self) -> dict[str, Any]:
        return {"address": self.address, "domain": self.domain, "login_base": self.login_base,
                "smtp_host": self.smtp_host, "smtp_port": self.smtp_port,
                "password_set": bool(self.password), "oauth_token_set": bool(self.oauth_token),
                "nameserver": self.nameserver,
                "proxy": proxy_text(self.proxy)}

    def secrets(self) -> list[str]:
        return [s for s in (self.password, self.oauth_token, *proxy_secrets(self.proxy)) if s]


class M365Check:
    offers_fix_actions = False

    def __init__(self, options: M365Options, cancel: CancelToken) -> None:
        self.o = options
        self.cancel = cancel
        self.transcript = Transcript(options.secrets(), username=options.address)
        self.mx_on_m365: bool | None = None
        self.tenant_id = ""
        self.password_works: bool | None = None
        self.password_diagnosis = ""
        self.oauth_works: bool | None = None
        self.oauth_diagnosis = ""

    @property
    def target(self) -> dict[str, Any]:
        return self.o.public_dict()

    @property
    def on_m365(self) -> bool:
        return bool(self.mx_on_m365 or self.tenant_id)

    def steps(self) -> list[Step]:
        t = self.o.timeouts
        return [Step("mx", msg("Mail servers (MX) of the domain"), self.step_mx,
                     msg("the name lookup"), min(t.dns, t.step)),
                Step("tenant", msg("Microsoft 365 tenant"), self.step_tenant,
                     msg("Microsoft's directory"), min(t.connect + t.reply, t.step)),
                Step("password", msg("Password login today"), self.step_password,
                     msg("the login answer"), t.step),
                Step("oauth", msg("OAuth login"), self.step_oauth, msg("the login answer"),
                     t.step),
                Step("changes", msg("What changes at the end of December 2026"),
                     self.step_changes),
                Step("next", msg("Next step"), self.step_next)]

    def begin_step(self) -> None:
        return None

    def close(self) -> None:
        return None

    def advice_context(self) -> dict[str, Any]:
        return {"host": self.o.smtp_host, "port": self.o.smtp_port, "domain": self.o.domain,
                "username": self.o.address, "security": Security.STARTTLS.label}

    def verdict(self, steps: list[StepResult], status: Status, total_ms: float) -> str:
        nxt = next((s for s in steps if s.id == "next"), None)
        return nxt.summary if nxt is not None and nxt.summary else msg(
            "Readiness check finished.")

    # -- steps -----------------------------------------------------------------------------------
    def step_mx(self) -> Outcome:
        if "@" not in self.o.address or not self.o.domain:
            raise CheckFailure("input.invalid_address", msg("Give a full email address, like "
                                                            "alice@contoso.com"),
                               {"field": "address"})
        answer = Resolver(self.o.nameserver, self.o.timeouts.dns, self.cancel).lookup(
            self.o.domain, "MX")
        hosts = [str(r[1]).rstrip(".").lower() for r in answer.records] if answer.ok else []
        self.mx_on_m365 = any(h.endswith(MX_SUFFIX) for h in hosts)
        facts: dict[str, Any] = {"domain": self.o.domain, "mx": hosts}
        if self.mx_on_m365:
            return Outcome(Status.PASS, msg("{domain} receives mail at Microsoft 365 ({hosts})",
                                            domain=self.o.domain, hosts=", ".join(
                                                h for h in hosts if h.endswith(MX_SUFFIX))),
                           facts)
        if not answer.ok:
            return Outcome(Status.SKIPPED, msg("No MX answer: {reason}",
                                               reason=answer.describe()), facts)
        if not hosts:
            return Outcome(Status.PASS, msg("{domain} receives mail elsewhere (no MX)",
                                            domain=self.o.domain), facts)
        return Outcome(Status.PASS, msg("{domain} receives mail elsewhere ({hosts})",
                                        domain=self.o.domain, hosts=", ".join(hosts)), facts)

    def step_tenant(self) -> Outcome:
        base = self.o.login_base.rstrip("/")
        url = f"{base}/{urllib.parse.quote(self.o.domain)}/v2.0/.well-known/openid-configuration"
        facts: dict[str, Any] = {"url": url}
        try:
            response = get(url, timeout=self.o.timeouts.connect + self.o.timeouts.reply,
                           nameserver=self.o.nameserver, ca_file=self.o.ca_file,
                           cancel=self.cancel, transcript=self.transcript, proxy=self.o.proxy)
        except HttpFailure as exc:
            facts["error"] = str(exc)
            return Outcome(Status.SKIPPED, msg("Microsoft's directory could not be asked: "
                                               "{reason}", reason=str(exc)), facts)
        facts["status"] = response.status
        if response.status == 200:
            try:
                issuer = str(json.loads(response.body).get("issuer", ""))
            except (ValueError, AttributeError):
                issuer = ""
            parts = [p for p in urllib.parse.urlsplit(issuer).path.split("/") if p]
            self.tenant_id = parts[0] if parts else self.o.domain
            facts["tenant_id"] = self.tenant_id
            return Outcome(Status.PASS, msg("{domain} belongs to a Microsoft 365 tenant "
                                            "({tenant})", domain=self.o.domain,
                                            tenant=self.tenant_id), facts)
        if not self.on_m365:
            return Outcome(Status.WARN, msg("{domain} is not on Microsoft 365: no MX at "
                                            "Microsoft and no tenant in Microsoft's directory",
                                            domain=self.o.domain), facts,
                           "readiness.not_microsoft")
        return Outcome(Status.PASS, msg("Microsoft's directory has no tenant named {domain}, "
                                        "but its mail is at Microsoft 365",
                                        domain=self.o.domain), facts)

    def _login(self, **settings: Any) -> tuple[bool, StepResult | None]:
        result = run_check(ServerSettings(
            host=self.o.smtp_host, port=self.o.smtp_port, security=Security.STARTTLS,
            username=self.o.address, ca_file=self.o.ca_file, stop_after=StopAfter.AUTH,
            nameserver=self.o.nameserver, timeouts=self.o.timeouts, proxy=self.o.proxy,
            **settings),
            None, self.cancel)
        self.cancel.check()
        failed = next((s for s in result.steps if s.status is Status.FAIL), None)
        auth = next((s for s in result.steps if s.id == "auth"), None)
        return failed is None and auth is not None, failed

    def step_password(self) -> Outcome:
        if not self.on_m365:
            return Outcome(Status.SKIPPED, msg("Not a Microsoft 365 address"))
        if not self.o.password:
            return Outcome(Status.SKIPPED, msg("Not tested: no password given "
                                               "(--password-stdin)"))
        works, failed = self._login(auth=AuthMethod.AUTO, password=self.o.password)
        self.password_works = works
        if works:
            return Outcome(Status.WARN, msg_n(
                "Password login works today, but Microsoft turns it off by default at the end "
                "of December 2026 ({n} day left)",
                "Password login works today, but Microsoft turns it off by default at the end "
                "of December 2026 ({n} days left)", self._days_left()),
                {"works": True}, "readiness.basic_auth_ending")
        assert failed is not None
        self.password_diagnosis = failed.diagnosis or ""
        return Outcome(Status.WARN, msg("Password login does not work: {reason}",
                                        reason=failed.summary),
                       {"works": False, **failed.facts}, failed.diagnosis)

    def step_oauth(self) -> Outcome:
        if not self.on_m365:
            return Outcome(Status.SKIPPED, msg("Not a Microsoft 365 address"))
        if not self.o.oauth_token:
            return Outcome(Status.SKIPPED, msg("Not tested: not signed in (smtp-doctor login "
                                               "microsoft --profile NAME, then --profile NAME "
                                               "here)"))
        works, failed = self._login(auth=self.o.oauth_auth, oauth_token=self.o.oauth_token)
        self.oauth_works = works
        if works:
            return Outcome(Status.PASS, msg("OAuth login works for {address}",
                                            address=self.o.address), {"works": True})
        assert failed is not None
        self.oauth_diagnosis = failed.diagnosis or ""
        return Outcome(Status.FAIL, msg("OAuth login does not work: {reason}",
                                        reason=failed.summary),
                       {"works": False, **failed.facts}, failed.diagnosis)

    def _today(self) -> dt.date:
        return self.o.today or dt.datetime.now(dt.timezone.utc).date()

    def _days_left(self) -> int:
        return max(0, (BASIC_AUTH_OFF - self._today()).days)

    def step_changes(self) -> Outcome:
        if not self.on_m365:
            return Outcome(Status.SKIPPED, msg("Nothing: Microsoft's change does not apply"))
        facts: dict[str, Any] = {"basic_auth_off": BASIC_AUTH_OFF.isoformat(),
                                 "days_left": self._days_left()}
        after = self._today() > BASIC_AUTH_OFF
        if self.oauth_works:
            return Outcome(Status.PASS, msg(
                "Since the end of December 2026 Microsoft turns password login for SMTP off by "
                "default; OAuth, which works for this account, is not affected") if after else
                msg("At the end of December 2026 Microsoft turns password login for SMTP off by "
                    "default; OAuth, which works for this account, is not affected"), facts)
        if self.password_works:
            return Outcome(Status.WARN, msg(
                "Since the end of December 2026 password login for SMTP is off by default: apps "
                "and devices that log in with this password will get “{reply}”",
                reply=BASIC_AUTH_REPLY) if after else msg(
                "At the end of December 2026 password login for SMTP is off by default: apps "
                "and devices that log in with this password will get “{reply}”",
                reply=BASIC_AUTH_REPLY), facts, "readiness.basic_auth_ending")
        return Outcome(Status.PASS, msg("Password login for SMTP ends by default at the end of "
                                        "December 2026 (new tenants never get it); only OAuth "
                                        "stays"), facts)

    def step_next(self) -> Outcome:
        if not self.on_m365:
            return Outcome(Status.PASS, msg("Nothing to do for Microsoft's change: test the mail "
                                            "server your provider names with the connection "
                                            "check"))
        if self.oauth_works:
            return Outcome(Status.PASS, msg("Next step: use OAuth sign-in in your mail app (the "
                                            "Microsoft/Exchange account type, or “OAuth2” as the "
                                            "authentication method); for devices that can't do "
                                            "OAuth, a relay connector"))
        if self.oauth_works is False:
            return Outcome(Status.FAIL, msg("Next step: fix the OAuth sign-in first (see the "
                                            "OAuth step); devices that can't do OAuth need a "
                                            "relay connector to {relay}",
                                            relay=f"{self.o.domain.replace('.', '-')}{MX_SUFFIX}"),
                           {}, self.oauth_diagnosis or None)
        return Outcome(Status.WARN, msg("Next step: sign in with Microsoft (smtp-doctor login "
                                        "microsoft) and run this check with --profile to confirm "
                                        "OAuth works, then switch your mail app to OAuth; an app "
                                        "password where your organisation allows it, or a relay "
                                        "connector for devices that can't do OAuth"),
                       {}, "readiness.basic_auth_ending" if self.password_works else None)


def run_m365(options: M365Options, on_event: Callable[[Event], None] | None = None,
             cancel: CancelToken | None = None) -> RunResult:
    """Microsoft 365 readiness for ``options.address`` (blocking; use a worker thread)."""
    token = cancel or CancelToken()
    return execute(M365Check(options, token), on_event, token)


__all__ = ["BASIC_AUTH_OFF", "M365Check", "M365Options", "run_m365"]
