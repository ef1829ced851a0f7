"""Known mail providers and their recommended settings, loaded from resources/providers.toml.

A provider is recognised from the SMTP server name (``provider_for_host``), from a domain's MX hosts
(``provider_for_mx``) or from an address domain (``provider_for_domain``). Matching is
case-insensitive, ignores a trailing dot, and uses shell-style globs (``*.amazonaws.com``).

``recognise`` tells who a server is from what it says: the host, then the greeting and the EHLO
reply (``greetings``: regular expressions, matched case-insensitively), then the domain's MX.
Entries with ``listed = false`` (the self-hosted MTAs, hosts without presets) are recognised
but not offered as presets.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from fnmatch import fnmatchcase
from typing import Any

from app.core.knowledge.resources import resource_path, str_tuple
from app.core.model import Security
from app.core.text import i18n

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

PROVIDERS_FILE = "providers.toml"
CUSTOM_ID = "custom"


@dataclass(frozen=True)
class Preset:
    """One ready-made server setting of a provider."""

    label: str
    host: str
    port: int
    security: Security


@dataclass(frozen=True)
class Provider:
    id: str
    name: str
    presets: tuple[Preset, ...]
    notes: tuple[str, ...]
    auth_hint: str
    hosts: tuple[str, ...]
    mx_patterns: tuple[str, ...]
    domains: tuple[str, ...]
    greetings: tuple[str, ...] = ()  # regexes for the greeting and the EHLO reply
    listed: bool = True  # offered in the provider list (False: recognised only)

    @property
    def default_preset(self) -> Preset | None:
        return self.presets[0] if self.presets else None

    def matches_host(self, host: str) -> bool:
        return _matches(_norm(host), self.hosts)

    def matches_mx(self, mx_host: str) -> bool:
        return _matches(_norm(mx_host), self.mx_patterns)

    def matches_domain(self, domain: str) -> bool:
        return _matches(_norm_domain(domain), self.domains)


def _norm(name: str) -> str:
    return name.strip().rstrip(".").lower()


def _norm_domain(domain: str) -> str:
    """An address domain; a whole address (``alice@example.com``) is accepted too."""
    text = domain.strip()
    if "@" in text:
        text = text.rsplit("@", 1)[1]
    return _norm(text.strip("<>"))


def _matches(name: str, patterns: Iterable[str]) -> bool:
    if not name:
        return False
    for pattern in patterns:
        pattern = pattern.lower().rstrip(".")
        if "*" in pattern or "?" in pattern or "[" in pattern:
            if fnmatchcase(name, pattern):
                return True
        elif name == pattern:  # a plain name: no glob to compile (most hosts, every check)
            return True
    return False


def _parse_preset(raw: Any, where: str) -> Preset:
    if not isinstance(raw, Mapping):
        raise ValueError(f"{PROVIDERS_FILE}: {where} must be a table")
    label, host, port, security = (raw.get(k) for k in ("label", "host", "port", "security"))
    if not isinstance(label, str) or not isinstance(host, str) or not host:
        raise ValueError(f"{PROVIDERS_FILE}: {where} needs a label and a host")
    if isinstance(port, bool) or not isinstance(port, int) or not 0 < port < 65536:
        raise ValueError(f"{PROVIDERS_FILE}: {where} has an invalid port {port!r}")
    try:
        sec = Security(security)
    except ValueError:
        msg = f"{PROVIDERS_FILE}: {where} has an invalid security {security!r}"
        raise ValueError(msg) from None
    return Preset(label=label, host=host, port=port, security=sec)


def _parse_provider(pid: str, raw: Any) -> Provider:
    if not isinstance(raw, Mapping):
        raise ValueError(f"{PROVIDERS_FILE}: [{pid}] must be a table")
    name = raw.get("name")
    if not isinstance(name, str) or not name:
        raise ValueError(f"{PROVIDERS_FILE}: [{pid}] needs a name")
    auth_hint = raw.get("auth_hint", "")
    if not isinstance(auth_hint, str):
        raise ValueError(f"{PROVIDERS_FILE}: [{pid}].auth_hint must be a string")
    raw_presets = raw.get("presets", [])
    if not isinstance(raw_presets, list):
        raise ValueError(f"{PROVIDERS_FILE}: [{pid}].presets must be a list")
    presets = tuple(
        _parse_preset(p, f"[{pid}].presets[{i}]") for i, p in enumerate(raw_presets)
    )
    return Provider(
        id=pid,
        name=name,
        presets=presets,
        notes=str_tuple(raw.get("notes"), PROVIDERS_FILE, f"[{pid}].notes"),
        auth_hint=auth_hint,
        hosts=str_tuple(raw.get("hosts"), PROVIDERS_FILE, f"[{pid}].hosts"),
        mx_patterns=str_tuple(raw.get("mx_patterns"), PROVIDERS_FILE, f"[{pid}].mx_patterns"),
        domains=str_tuple(raw.get("domains"), PROVIDERS_FILE, f"[{pid}].domains"),
        greetings=_patterns(raw.get("greetings"), f"[{pid}].greetings"),
        listed=bool(raw.get("listed", True)),
    )


def _patterns(value: Any, where: str) -> tuple[str, ...]:
    patterns = str_tuple(value, PROVIDERS_FILE, where)
    for pattern in patterns:
        try:
            re.compile(pattern, re.IGNORECASE)  # as _compiled() uses it: re's cache keeps it
        except re.error as exc:
            raise ValueError(f"{PROVIDERS_FILE}: {where}: bad pattern {pattern!r}: {exc}") from None
    return patterns


@functools.lru_cache(maxsize=1)
def _load() -> tuple[Provider, ...]:
    with resource_path(PROVIDERS_FILE).open("rb") as fh:
        data = tomllib.load(fh)
    providers = [_parse_provider(pid, raw) for pid, raw in data.items()]
    # "custom" (the catch-all) always comes last, whatever the file order.
    providers.sort(key=lambda p: p.id == CUSTOM_ID)
    return tuple(providers)


def load_providers() -> list[Provider]:
    """The providers offered as presets, in file order, with "custom" last, in the current
    language (``localize``). Cached; returns a fresh list."""
    return [localize(p) for p in _load() if p.listed]


def all_providers() -> list[Provider]:
    """Every provider, the recognised-only ones (``listed = false``) too."""
    return [localize(p) for p in _load()]


def get_provider(provider_id: str) -> Provider | None:
    """The provider with this id (in the current language), or None."""
    for provider in _load():
        if provider.id == provider_id:
            return localize(provider)
    return None


def localize(provider: Provider) -> Provider:
    """The provider's words in the current language (resources/i18n/<lang>/providers.toml:
    ``auth_hint``, ``notes``, ``presets`` labels in order); what it lacks stays English."""
    table = i18n.localized_table("providers", provider.id)
    if not table and i18n.current_language() != i18n.PSEUDO:
        return provider
    labels = i18n.localized_list(tuple(p.label for p in provider.presets), table.get("presets"))
    return dataclasses.replace(
        provider,
        auth_hint=i18n.localized_text(provider.auth_hint, table.get("auth_hint"))
        if provider.auth_hint else "",
        notes=i18n.localized_list(provider.notes, table.get("notes")),
        presets=tuple(dataclasses.replace(p, label=label)
                      for p, label in zip(provider.presets, labels, strict=True)),
    )


def providers_for_host(host: str) -> list[Provider]:
    """Every provider whose SMTP host globs match ``host``, best (first in file) first."""
    return [p for p in _load() if p.matches_host(host)]


def provider_for_host(host: str) -> Provider | None:
    """The provider that runs the SMTP server ``host`` (``smtp.gmail.com`` -> Gmail), or None."""
    found = providers_for_host(host)
    return found[0] if found else None


def provider_for_mx(mx_host: str) -> Provider | None:
    """The provider that receives mail for a domain whose MX is ``mx_host``, or None."""
    for provider in _load():
        if provider.matches_mx(mx_host):
            return provider
    return None


def provider_for_domain(domain: str) -> Provider | None:
    """The provider that owns an address domain (``gmail.com`` -> Gmail), or None.

    A whole address (``alice@gmail.com``) is accepted too.
    """
    for provider in _load():
        if provider.matches_domain(domain):
            return provider
    return None


def _strict_match(name: str, pattern: str) -> bool:
    """``pattern`` matches ``name`` when every ``*`` stands for exactly one label (no dots) and
    no ``*`` stands for the top-level domain: ``smtp.zoho.*`` vouches for no host at all, and
    ``*.mail.protection.outlook.com`` never for ``a.b.mail.protection.outlook.com``."""
    labels = name.split(".")
    parts = pattern.lower().rstrip(".").split(".")
    if len(labels) != len(parts) or "*" in parts[-1]:
        return False
    return all(fnmatchcase(label, part) for label, part in zip(labels, parts, strict=True))


def provider_owning_host(host: str) -> Provider | None:
    """The provider whose own server ``host`` is (an SMTP host or an MX host in
    providers.toml), matched strictly (see :func:`_strict_match`); None otherwise.

    What discovery trusts as "a known provider's server" when DNS or an autoconfig file names a
    host outside the address domain.
    """
    name = _norm(host)
    if not name:
        return None
    for provider in _load():
        if any(_strict_match(name, p) for p in (*provider.hosts, *provider.mx_patterns)):
            return provider
    return None


@dataclass(frozen=True)
class Recognition:
    """Who the server is, and how that was told (a sentence for the facts)."""

    provider: Provider
    how: str


@functools.lru_cache(maxsize=1)
def _compiled() -> tuple[tuple[Provider, tuple[re.Pattern[str], ...]], ...]:
    return tuple((p, tuple(re.compile(g, re.IGNORECASE) for g in p.greetings))
                 for p in _load() if p.greetings)


def _in_text(text: str, what: str) -> Recognition | None:
    for provider, patterns in _compiled():
        for pattern in patterns:
            found = pattern.search(text)
            if found:
                return Recognition(provider, f"{what} mentions “{found.group(0)}”")
    return None


def recognise(host: str = "", greeting: str = "", ehlo: str = "",
              mx_hosts: Iterable[str] = ()) -> Recognition | None:
    """The provider (or MTA software) behind a server: by its host name first, then what its
    greeting and its EHLO reply say, then the domain's MX hosts; None when nothing matches."""
    name = _norm(host)
    for provider in _load():
        glob = next((g for g in provider.hosts if _matches(name, (g,))), None)
        if glob is not None:
            return Recognition(provider, f"the host {name} matches {glob}")
    for text, what in ((greeting, "the greeting"), (ehlo, "the EHLO reply")):
        if text:
            found = _in_text(text, what)
            if found is not None:
                return found
    for mx in mx_hosts:
        for provider in _load():
            glob = next((g for g in provider.mx_patterns if _matches(_norm(mx), (g,))), None)
            if glob is not None:
                return Recognition(provider, f"the MX {_norm(mx)} matches {glob}")
    return None
