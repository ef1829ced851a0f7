"""Is it my network? The public address connections come from, and the DNS blocklists it is on.

Steps (ids): ``address`` (the address to look up: the one given, or — only when the user agreed
— the one an echo service over HTTPS sees; see resources/echo_services.toml), then one step per
blocklist, ``dnsbl.<list id>`` (resources/blocklists.toml, or the zones the user named).

All list lookups run at once, through the run's one ``dnsquery.Resolver`` (the configured DNS
server, bounded and cancellable), the first time a list step runs; each list step then reads its
answers: A records (the 127.0.0.x code and its meaning) and TXT (the list's own reason), plus the
RFC 5782 test entry 127.0.0.2, which every working list lists — when the test entry is missing
too, "not listed" would be a guess, so the step says it cannot tell.

Diagnoses: ``blocklist.listed`` (fail), ``blocklist.policy_listed`` (warn: Spamhaus PBL and the
like, an end-user address that must send through the provider's submission port with login),
``blocklist.cannot_tell`` (warn: the list refused this resolver, e.g. Spamhaus'
127.255.255.254 for public resolvers, or did not answer), ``blocklist.local_address`` and
``blocklist.public_address_failed``.
"""

from __future__ import annotations

import functools
import ipaddress
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from ..cancel import CancelToken
from ..errors import CheckFailure
from ..knowledge import blocklists as kb
from ..knowledge.blocklists import echo_disclosure
from ..model import Event, Proxy, RunResult, Status, StepResult, proxy_secrets, proxy_text
from ..protocol import http
from ..protocol.dnsquery import Answer, Resolver
from ..protocol.proxy import describe as describe_proxy
from ..protocol.transcript import Transcript
from ..runner import Outcome, Step, execute
from ..text.i18n import msg, msg_n, number

__all__ = ["BlocklistCheck", "BlocklistOptions", "echo_disclosure", "run_blocklist"]


@dataclass(frozen=True)
class BlocklistOptions:
    address: str = ""  # the address to look up; "" = ask an echo service (needs ask_public)
    ask_public: bool = False  # the user agreed to ask an echo service for the public address
    echo_urls: tuple[str, ...] = ()  # () = resources/echo_services.toml
    lists: tuple[str, ...] = ()  # list ids or zones; () = the default lists
    nameserver: str = ""
    # The echo service is asked through it: behind a proxy, the address mail connections come
    # from is the proxy's. (The blocklists are DNS lookups: they go to the resolver.)
    proxy: Proxy | None = None
    ca_file: str = ""  # trust for the echo service's HTTPS ("" = the OS store)
    timeout: float = 5.0
    https_port: int | None = None  # the test bed: every echo URL on this port

    def public_dict(self) -> dict[str, Any]:
        return {"address": self.address, "ask_public": self.ask_public,
                "echo_urls": list(self.echo_urls or (s.url for s in kb.echo_services())),
                "lists": [b.zone for b in self.blocklists()], "nameserver": self.nameserver,
                "proxy": proxy_text(self.proxy), "timeout": self.timeout}

    def blocklists(self) -> tuple[kb.Blocklist, ...]:
        if not self.lists:
            return kb.default_lists()
        found = {item.zone: item for item in map(kb.find_list, self.lists)}
        return tuple(found.values())


@dataclass(frozen=True)
class _Lookup:
    a: Answer
    txt: Answer
    probe: Answer


class BlocklistCheck:
    def __init__(self, options: BlocklistOptions, cancel: CancelToken) -> None:
        self.o = options
        self.cancel = cancel
        self.transcript = Transcript(proxy_secrets(self.o.proxy))
        self.dns = Resolver(options.nameserver, options.timeout, cancel)
        self.lists = options.blocklists()
        self.address = ""
        self.looked_up: dict[str, _Lookup] | None = None

    @property
    def target(self) -> dict[str, Any]:
        return self.o.public_dict()

    def steps(self) -> list[Step]:
        out = [Step("address", msg("Public address"), self.step_address,
                    msg("the echo service"), self.o.timeout * 2)]
        for item in self.lists:  # the list's name is a name: data
            out.append(Step(f"dnsbl.{item.id}", item.name,
                            functools.partial(self.step_list, item), msg("the DNS server"),
                            self.o.timeout * 2))
        return out

    def begin_step(self) -> None:
        pass

    def close(self) -> None:
        pass

    def advice_context(self) -> dict[str, Any]:
        return {"public_address": self.address} if self.address else {}

    def verdict(self, steps: list[StepResult], status: Status, total_ms: float) -> str:
        if not self.address:
            first = steps[0] if steps else None
            return first.summary if first is not None else msg("No address to look up.")
        lists = [s for s in steps if s.id.startswith("dnsbl.")]
        listed = [s.title for s in lists if s.diagnosis in ("blocklist.listed",
                                                            "blocklist.policy_listed")]
        unknown = [s.title for s in lists if s.diagnosis == "blocklist.cannot_tell"]
        clean = [s for s in lists if s.status is Status.PASS]
        # whole sentences, one per finding; the lists' names are data
        said = []
        if listed:
            said.append(msg("{address} is listed on {lists}.", address=self.address,
                            lists=", ".join(listed)))
        if clean:
            said.append(msg_n("{address} is not listed on {clean} of {n} list.",
                              "{address} is not listed on {clean} of {n} lists.", len(lists),
                              address=self.address, clean=number(len(clean))))
        if unknown:
            said.append(msg("SMTP Doctor cannot tell whether {address} is listed on {lists}.",
                            address=self.address, lists=", ".join(unknown)))
        return " ".join(said) or msg("No list was asked about {address}.",
                                     address=self.address)

    # -- the address ---------------------------------------------------------------------------
    def step_address(self) -> Outcome:
        if self.o.address:
            facts: dict[str, Any] = {"public_address": self.o.address, "source": "given"}
            return self._usable(self.o.address, facts, msg("Looking up {address} (given)",
                                                           address=self.o.address))
        if not self.o.ask_public:
            raise CheckFailure("input.invalid_value", msg(
                "Give an address to look up, or agree to ask an echo service for your public "
                "address"), {"field": "address"})
        urls = self.o.echo_urls or tuple(s.url for s in kb.echo_services())
        tried: list[dict[str, str]] = []
        for url in urls:
            self.cancel.check()
            try:
                response = http.get(url, timeout=self.o.timeout, nameserver=self.o.nameserver,
                                    ca_file=self.o.ca_file, cancel=self.cancel,
                                    port=self.o.https_port, transcript=self.transcript,
                                    max_bytes=4096, proxy=self.o.proxy)
            except http.HttpFailure as exc:
                tried.append({"url": url, "problem": exc.message})
                continue
            if response.status != 200:
                tried.append({"url": url, "problem": f"HTTP {response.status}"})
                continue
            try:
                address = kb.parse_echo(response.body)
            except ValueError as exc:
                tried.append({"url": url, "problem": str(exc)})
                continue
            if kb.is_local(address):
                tried.append({"url": url, "problem": msg("it answered {address}, a local address",
                                                         address=address)})
                continue
            facts = {"public_address": address, "source": url, "sent_to": url}
            summary = msg("Connections from here come from {address} (as {url} sees them)",
                          address=address, url=url)
            if self.o.proxy is not None:  # the proxy's outside address, where mail comes from
                facts["proxy"] = proxy = describe_proxy(self.o.proxy,
                                                        urlsplit(url).hostname or url)
                summary = msg("Connections from here come from {address} (as {url} sees them), "
                              "through the proxy {proxy}", address=address, url=url, proxy=proxy)
            if tried:
                facts["tried"] = tried
            return self._usable(address, facts, summary)
        problems = "; ".join(f"{t['url']}: {t['problem']}" for t in tried)
        raise CheckFailure("blocklist.public_address_failed", msg(
            "No echo service told the public address ({problems})", problems=problems),
            {"tried": tried, "error": problems})

    def _usable(self, address: str, facts: dict[str, Any], summary: str) -> Outcome:
        facts["family"] = f"IPv{ipaddress.ip_address(address).version}"
        if kb.is_local(address):
            raise CheckFailure("blocklist.local_address", msg(
                "{address} is a local network address: blocklists list only public addresses",
                address=address), facts)
        self.address = address
        return Outcome(Status.PASS, summary, facts)

    # -- the lists -----------------------------------------------------------------------------
    def _lookup_all(self) -> dict[str, _Lookup]:
        """Every list's A, TXT and test-entry lookups at once (each bounded by the timeout)."""
        if self.looked_up is None:
            version = ipaddress.ip_address(self.address).version
            asked = [b for b in self.lists if version == 4 or b.ipv6]
            queries: list[tuple[str, str]] = []
            for item in asked:
                name = kb.query_name(self.address, item.zone)
                queries += [(name, "A"), (name, "TXT"),
                            (kb.query_name(kb.probe_address(4), item.zone), "A")]
            answers = self.dns.lookup_many(queries)
            self.looked_up = {item.id: _Lookup(*answers[3 * i: 3 * i + 3])
                              for i, item in enumerate(asked)}
            for query, answer in zip(queries, answers, strict=True):
                self.transcript.note(f"DNS {query[1]} {query[0]}: {answer.describe()}")
        return self.looked_up

    def step_list(self, item: kb.Blocklist) -> Outcome:
        if not self.address:
            return Outcome(Status.SKIPPED, msg("No public address to look up"))
        if ipaddress.ip_address(self.address).version == 6 and not item.ipv6:
            return Outcome(Status.SKIPPED, msg("{blocklist} lists only IPv4 addresses",
                                               blocklist=item.name))
        found = self._lookup_all()[item.id]
        facts: dict[str, Any] = {
            "zone": item.zone, "query": found.a.name, "blocklist": item.name,
            "blocklist_lookup": item.lookup, "blocklist_delist": item.delist,
            "blocklist_about": kb.about(item)}
        if found.a.status in ("timeout", "error"):
            facts["error"] = found.a.describe()
            return Outcome(Status.WARN, msg("Cannot tell: {reason}", reason=found.a.describe()),
                           facts, "blocklist.cannot_tell")
        judgement = kb.judge(item, [str(r) for r in found.a.records])
        if judgement.verdict == "clean":
            probe = kb.judge(item, [str(r) for r in found.probe.records])
            if probe.verdict != "listed":
                why = probe.why or msg("it does not list its own test entry 127.0.0.2, so it "
                                       "is not answering this DNS resolver")
                facts["error"] = why
                return Outcome(Status.WARN, msg("Cannot tell: {reason}", reason=why), facts,
                               "blocklist.cannot_tell")
            return Outcome(Status.PASS, msg("{address} is not listed", address=self.address),
                           facts)
        facts["answers"] = list(judgement.codes)
        if judgement.verdict == "unknown":
            facts["error"] = judgement.why
            return Outcome(Status.WARN, msg("Cannot tell: {reason}", reason=judgement.why),
                           facts, "blocklist.cannot_tell")
        facts["meanings"] = list(judgement.meanings)
        reasons = [str(r) for r in found.txt.records] if found.txt.ok else []
        if reasons:
            facts["reasons"] = reasons
        facts["blocklist_policy"] = "yes" if judgement.policy else "no"
        codes = ", ".join(m.split(":", 1)[0] for m in judgement.meanings)
        # the list's own reason (TXT) is what the list says: data
        summary = (msg("{address} is listed ({codes}): {reason}", address=self.address,
                       codes=codes, reason=reasons[0]) if reasons else
                   msg("{address} is listed ({codes})", address=self.address, codes=codes))
        if judgement.policy:
            return Outcome(Status.WARN, summary, facts, "blocklist.policy_listed")
        return Outcome(Status.FAIL, summary, facts, "blocklist.listed")


def run_blocklist(options: BlocklistOptions, on_event: Callable[[Event], None] | None = None,
                  cancel: CancelToken | None = None) -> RunResult:
    """The public address and blocklist check (blocking; call it from a worker thread)."""
    token = cancel or CancelToken()
    return execute(BlocklistCheck(options, token), on_event, token)
