"""The fixes knowledge base: stable diagnosis ids -> cause and fixes in plain words.

The texts live in resources/diagnoses.toml. ``advise(id, context)`` renders one diagnosis for a run:
it fills ``{placeholders}`` from the context (host, port, certificate facts, the server's reply …),
puts hints for the provider that runs the server (Gmail, Microsoft 365 …) before the generic fixes,
and never raises: an unknown id or a broken resource gives a generic piece of advice.

Placeholder rules:

* A placeholder with no value (missing, ``None``, empty) becomes a neutral word (``FALLBACKS``).
* Text in ``[square brackets]`` is optional: it is shown, without the brackets, only when every
  placeholder inside it has a value (``"The server did not answer[ on port {port}]"``).
* Lists and tuples are joined with ", "; a ``Security`` value shows its label (STARTTLS).

Fix conditions: a fix may be a table ``{ text = "...", when = {...}, unless = {...} }`` instead of
a plain string, so the advice never tells the user to do what the run already did. A condition
is a table of fact names and values (``{ port = 587, security = "STARTTLS" }``): it holds when
every named fact has one of the given values (a list of values means any of them; a fact that is
a list holds when any of its items matches); a list of such tables holds when any table does.
A fact the run does not know never matches. The facts are the context (the target and the failed
step's facts) plus a few derived ones (``DERIVED_FACTS``). ``when`` must hold and ``unless``
must not for the fix to be shown.
"""

from __future__ import annotations

import contextlib
import dataclasses
import enum
import functools
import re
import string
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from app.core.knowledge import providers as _providers
from app.core.knowledge.fixactions import ActionSpec, parse_actions, resolve
from app.core.knowledge.resources import resource_path
from app.core.model import Advice, FixAction, Security, Status
from app.core.text import i18n
from app.core.text.words import size_text

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

DIAGNOSES_FILE = "diagnoses.toml"

Severity = Literal["fail", "warn"]

#: Every placeholder a text may use, with the neutral words that stand in when it has no value.
FALLBACKS: dict[str, str] = {
    "host": "the server",
    "port": "the chosen port",
    "security": "the chosen encryption",
    "username": "your username",
    "address": "the server's address",
    "mail_from": "the sender address",
    "rcpt_to": "the recipient address",
    "field": "this setting",
    "value": "this value",
    "family": "IP",
    "error": "an error",
    "cert_names": "other names",
    "suggested_host": "the name the certificate shows",
    "cert_issuer": "an unknown issuer",
    "cert_not_before": "a later date",
    "cert_not_after": "an earlier date",
    "tls_version": "an outdated TLS version",
    "reply": "an error",
    "reply_code": "an error code",
    "enhanced_code": "an error code",
    "mechanisms": "other methods",
    "refused_mechanisms": "one of them",
    "retry": "later",
    "size_limit": "its size limit",
    "message_size": "its size",
    "suggested_port": "another port",
    "suggested_security": "another encryption setting",
    "interception_product": "your antivirus",
    "interception_fix": "see its settings",
    "interception_evidence": "a certificate name",
    "missing_subject": "the intermediate certificate",
    "missing_issuer": "its issuer",
    "missing_sha256": "its fingerprint",
    "aia_url": "the address in the certificate",
    "provider": "your provider",
    "domain": "your domain",
    "received_partial": "a few characters",
    "bytes_received": "a few",
    "waited_s": "the allowed",
    "blocklist": "a blocklist",
    "blocklist_about": "what it lists",
    "blocklist_lookup": "the list's web page",
    "blocklist_delist": "the list's removal page",
    "public_address": "your address",
    "remote_mta": "the recipient's server",
    "proxy": "the proxy",
    "failed_checks": "one of them",
    "imap_host": "the IMAP server",
    "watch_timeout": "the time allowed",
    "folder": "the junk folder",
    "signing_domain": "another domain",
}

#: The placeholder names texts may use (the keys of ``FALLBACKS``).
KNOWN_PLACEHOLDERS: frozenset[str] = frozenset(FALLBACKS)

#: Facts computed from the context for fix conditions (see the module doc).
DERIVED_FACTS: dict[str, str] = {
    "username_is_address": "yes when the user name is a full e-mail address",
    "families_tried": "the IP versions this run used or tried (IPv4, IPv6)",
    "long_reply_timeout": "yes when the reply timeout is 60 seconds or more",
}

_DEFAULT_FALLBACK = "this"
_OPTIONAL = re.compile(r"\[([^\[\]]*)\]")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}[T ]")
_SPACES = re.compile(r"[ \t]{2,}")
_FORMATTER = string.Formatter()


Condition = tuple[dict[str, frozenset[str]], ...]  # any of these tables; each: all its keys


class Fix(str):
    """A fix text (it *is* the text, as written) with the conditions under which it is shown."""

    when: Condition
    unless: Condition

    def __new__(cls, text: str, when: Condition = (), unless: Condition = ()) -> Fix:
        fix = super().__new__(cls, text)
        fix.when = when
        fix.unless = unless
        return fix

    def applies(self, facts: Mapping[str, frozenset[str]]) -> bool:
        """Shown for a run with these (normalized) facts?"""
        return (not self.when or _holds(self.when, facts)) and not _holds(self.unless, facts)


def _holds(condition: Condition, facts: Mapping[str, frozenset[str]]) -> bool:
    return any(all(facts.get(key, frozenset()) & wanted for key, wanted in table.items())
               for table in condition)


@dataclass(frozen=True)
class Diagnosis:
    """One entry of the knowledge base, as written (placeholders not filled)."""

    id: str
    title: str
    cause: str
    fixes: tuple[str, ...]  # each a ``Fix`` when loaded from the file (conditions attached)
    severity: Severity = "fail"
    provider_fixes: dict[str, tuple[str, ...]] = field(default_factory=dict)
    actions: tuple[ActionSpec, ...] = ()  # one-click fixes (see app.core.knowledge.fixactions)
    sources: tuple[str, ...] = ()  # where the provider documents the code and its wording

    @property
    def status(self) -> Status:
        return Status.WARN if self.severity == "warn" else Status.FAIL

    def texts(self) -> list[str]:
        """Every text of the entry: title, cause, fixes, then provider fixes."""
        out = [self.title, self.cause, *self.fixes]
        for fixes in self.provider_fixes.values():
            out.extend(fixes)
        out.extend(action.label for action in self.actions)
        return out


GENERIC = Diagnosis(
    id="unknown",
    title="Something went wrong",
    cause="SMTP Doctor ran into a problem it has no explanation for yet[ (technical detail: "
    "{error})].",
    fixes=(
        "Run the test again.",
        "Read the transcript: the server's last reply often says what is wrong.",
        "Export the report and send it to your provider's support or your IT team.",
    ),
)


# -- loading ----------------------------------------------------------------------------------


def _norm(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value).strip().casefold()


def _condition(raw: Any, where: str) -> Condition:
    tables = raw if isinstance(raw, list) else [raw]
    out: list[dict[str, frozenset[str]]] = []
    for table in tables:
        if not isinstance(table, Mapping) or not table:
            raise ValueError(f"{DIAGNOSES_FILE}: {where} must be a table of facts (or a list "
                             "of such tables)")
        parsed: dict[str, frozenset[str]] = {}
        for key, wanted in table.items():
            values = wanted if isinstance(wanted, list) else [wanted]
            if not values or not all(isinstance(v, (str, int, bool)) for v in values):
                raise ValueError(f"{DIAGNOSES_FILE}: {where}.{key} must be a string, number, "
                                 "boolean or a list of them")
            parsed[str(key)] = frozenset(_norm(v) for v in values)
        out.append(parsed)
    return tuple(out)


def _fix(value: Any, where: str) -> Fix:
    if isinstance(value, str) and value.strip():
        return Fix(value)
    if isinstance(value, Mapping):
        text = value.get("text")
        unknown = set(value) - {"text", "when", "unless"}
        if isinstance(text, str) and text.strip() and not unknown:
            return Fix(text,
                       _condition(value["when"], f"{where} when") if "when" in value else (),
                       _condition(value["unless"], f"{where} unless") if "unless" in value
                       else ())
    raise ValueError(f"{DIAGNOSES_FILE}: {where} must be a list of non-empty strings or "
                     "tables {{ text = ..., when = ..., unless = ... }}")


def _str_list(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not value:
        raise ValueError(f"{DIAGNOSES_FILE}: {where} must be a list of non-empty strings")
    return tuple(_fix(v, where) for v in value)


def _parse(diag_id: str, raw: Any) -> Diagnosis:
    if not isinstance(raw, Mapping):
        raise ValueError(f"{DIAGNOSES_FILE}: [{diag_id!r}] must be a table")
    title, cause = raw.get("title"), raw.get("cause")
    if not isinstance(title, str) or not title.strip():
        raise ValueError(f"{DIAGNOSES_FILE}: [{diag_id!r}] needs a title")
    if not isinstance(cause, str) or not cause.strip():
        raise ValueError(f"{DIAGNOSES_FILE}: [{diag_id!r}] needs a cause")
    severity = raw.get("severity", "fail")
    if severity not in ("fail", "warn"):
        raise ValueError(f"{DIAGNOSES_FILE}: [{diag_id!r}] severity must be 'fail' or 'warn'")
    provider_fixes: dict[str, tuple[str, ...]] = {}
    raw_providers = raw.get("providers", {})
    if not isinstance(raw_providers, Mapping):
        raise ValueError(f"{DIAGNOSES_FILE}: [{diag_id!r}].providers must be a table")
    for pid, table in raw_providers.items():
        if not isinstance(table, Mapping):
            raise ValueError(f"{DIAGNOSES_FILE}: [{diag_id!r}].providers.{pid} must be a table")
        provider_fixes[str(pid)] = _str_list(table.get("fixes"), f"[{diag_id!r}].providers.{pid}")
    fixes = _str_list(raw.get("fixes"), f"[{diag_id!r}].fixes")
    sources = raw.get("sources", [])
    if not isinstance(sources, list) or not all(
            isinstance(u, str) and u.startswith("https://") for u in sources):
        raise ValueError(f"{DIAGNOSES_FILE}: [{diag_id!r}].sources must be a list of https URLs")
    return Diagnosis(
        id=diag_id,
        title=title,
        cause=cause,
        fixes=fixes,
        severity="warn" if severity == "warn" else "fail",
        provider_fixes=provider_fixes,
        actions=parse_actions(raw.get("actions"), len(fixes), f"{DIAGNOSES_FILE}: [{diag_id!r}]"),
        sources=tuple(sources),
    )


@functools.lru_cache(maxsize=1)
def _load() -> dict[str, Diagnosis]:
    with resource_path(DIAGNOSES_FILE).open("rb") as fh:
        data = tomllib.load(fh)
    return {str(k): _parse(str(k), v) for k, v in data.items()}


def load_knowledge_base() -> dict[str, Diagnosis]:
    """Every diagnosis by id, in file order. Cached; returns a fresh dict."""
    return dict(_load())


def known_ids() -> frozenset[str]:
    """The documented diagnosis ids."""
    return frozenset(_load())


def get(diagnosis_id: str) -> Diagnosis | None:
    """The entry for an id in the current language (``localize``), or None (never raises, even
    if the resource is broken)."""
    try:
        found = _load().get(diagnosis_id)
    except (OSError, ValueError):
        return None
    return localize(found) if found is not None else None


def localize(diagnosis: Diagnosis) -> Diagnosis:
    """The entry in the current language: resources/i18n/<lang>/diagnoses.toml's table for its
    id (title, cause, fixes in the English order, providers.<id>.fixes, action labels); any text
    it lacks stays English. Fix conditions and actions are the English entry's."""
    table = i18n.localized_table("diagnoses", diagnosis.id)
    if not table and i18n.current_language() != i18n.PSEUDO:
        return diagnosis
    raw_providers = table.get("providers")
    providers: Mapping[str, Any] = raw_providers if isinstance(raw_providers, Mapping) else {}
    provider_fixes = {}
    for pid, fixes in diagnosis.provider_fixes.items():
        theirs = providers.get(pid)
        provider_fixes[pid] = _localized_fixes(
            fixes, theirs.get("fixes") if isinstance(theirs, Mapping) else None)
    labels = i18n.localized_list(tuple(a.label for a in diagnosis.actions), table.get("actions"))
    return dataclasses.replace(
        diagnosis,
        title=i18n.localized_text(diagnosis.title, table.get("title")),
        cause=i18n.localized_text(diagnosis.cause, table.get("cause")),
        fixes=_localized_fixes(diagnosis.fixes, table.get("fixes")),
        provider_fixes=provider_fixes,
        actions=tuple(dataclasses.replace(a, label=label)
                      for a, label in zip(diagnosis.actions, labels, strict=True)),
    )


def _localized_fixes(fixes: tuple[str, ...], translated: object) -> tuple[str, ...]:
    texts = i18n.localized_list(fixes, translated)
    return tuple(Fix(text, fix.when, fix.unless) if isinstance(fix, Fix) else text
                 for fix, text in zip(fixes, texts, strict=True))


def generic_diagnosis() -> Diagnosis:
    """``GENERIC`` in the current language."""
    return dataclasses.replace(
        GENERIC,
        title=i18n.msg("Something went wrong"),
        cause=i18n.msg("SMTP Doctor ran into a problem it has no explanation for yet[ "
                       "(technical detail: {error})]."),
        fixes=(i18n.msg("Run the test again."),
               i18n.msg("Read the transcript: the server's last reply often says what is "
                        "wrong."),
               i18n.msg("Export the report and send it to your provider's support or your IT "
                        "team.")),
    )


# -- rendering --------------------------------------------------------------------------------


def _as_text(key: str, value: object) -> str | None:
    """A context value as display text, or None when it has no value worth showing."""
    if value is None:
        return None
    if isinstance(value, Security):
        return value.label
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value, key=str) if isinstance(value, (set, frozenset)) else value
        parts = [t for t in (_as_text(key, v) for v in items) if t]
        return ", ".join(parts) or None
    if isinstance(value, bool):
        return "yes" if value else "no"
    if key in ("size_limit", "message_size"):
        return size_text(value) or None
    text = str(value).strip()
    if key in ("cert_not_after", "cert_not_before") and _ISO_DATE.match(text):
        return text[:10]
    if key == "security":
        try:
            return Security(text.lower()).label
        except ValueError:
            pass
    return text or None


def prepare_context(context: Mapping[str, object]) -> dict[str, str]:
    """Context values as display strings; keys without a usable value are left out."""
    out: dict[str, str] = {}
    for key, value in context.items():
        try:
            text = _as_text(str(key), value)
        except Exception:  # a foreign object whose str() fails: treat as missing
            text = None
        if text:
            out[str(key)] = text
    return out


def _fact_values(key: str, value: object) -> frozenset[str]:
    """A context value as the normalized set of values a condition compares with."""
    if isinstance(value, (list, tuple, set, frozenset)):
        return frozenset().union(*(_fact_values(key, v) for v in value))
    if isinstance(value, Mapping):
        return frozenset()
    try:
        text = _as_text(key, value)
    except Exception:  # a foreign object whose str() fails: treat as missing
        return frozenset()
    return frozenset({_norm(text)}) if text else frozenset()


def _derived(context: Mapping[str, object]) -> dict[str, object]:
    """The ``DERIVED_FACTS`` a context supports (only those it has the data for)."""
    out: dict[str, object] = {}
    username = context.get("username")
    if isinstance(username, str) and username.strip():
        out["username_is_address"] = "@" in username.strip(" @")
    families: set[str] = set()
    attempts = context.get("attempts")
    for attempt in attempts if isinstance(attempts, (list, tuple)) else ():
        if isinstance(attempt, Mapping) and isinstance(attempt.get("family"), str):
            families.add(attempt["family"])
    if isinstance(context.get("family"), str):
        families.add(str(context["family"]))
    version = context.get("ip_version")
    version = getattr(version, "value", version)
    if version in ("ipv4", "ipv6"):
        families.add("IPv4" if version == "ipv4" else "IPv6")
    if families:
        out["families_tried"] = sorted(families)
    reply = context.get("reply_timeout")
    if isinstance(reply, (int, float)) and not isinstance(reply, bool):
        out["long_reply_timeout"] = reply >= 60
    return out


def condition_facts(context: Mapping[str, object]) -> dict[str, frozenset[str]]:
    """The facts fix conditions are evaluated against: the context plus ``DERIVED_FACTS``."""
    merged = {**context, **_derived(context)}
    return {str(k): _fact_values(str(k), v) for k, v in merged.items()}


def _applies(fix: str, facts: Mapping[str, frozenset[str]]) -> bool:
    return fix.applies(facts) if isinstance(fix, Fix) else True


class _Neutral(dict[str, str]):
    """Values for ``format_map``; a missing key becomes its neutral fallback word."""

    def __missing__(self, key: str) -> str:
        return fallback_word(key)


def fallback_word(key: str) -> str:
    """The neutral word for a placeholder without a value, in the current language
    (``[_fallbacks]`` of its diagnoses.toml)."""
    english = FALLBACKS.get(key, _DEFAULT_FALLBACK)
    return i18n.localized_text(english, i18n.localized_table("diagnoses", "_fallbacks").get(
        key if key in FALLBACKS else "_default"))


def placeholders(text: str) -> set[str]:
    """The placeholder names a text uses (``{host}`` -> ``host``)."""
    names: set[str] = set()
    for _literal, name, _spec, _conv in _FORMATTER.parse(text):
        if name is not None:
            names.add(re.split(r"[.\[]", name, maxsplit=1)[0])
    return names


def _format(piece: str, values: _Neutral) -> str:
    try:
        return _FORMATTER.vformat(piece, (), values)
    except (ValueError, KeyError, IndexError, AttributeError, TypeError):
        # A malformed template: show it without the braces rather than fail.
        return re.sub(r"\{([^{}]*)\}", lambda m: values[m.group(1).split(".")[0]], piece)


def render(text: str, context: Mapping[str, object]) -> str:
    """Fill a text's placeholders from ``context`` (see the module doc for the rules)."""
    return _render(text, _Neutral(prepare_context(context)))


def _render(text: str, values: _Neutral) -> str:
    if text.startswith("[") and text.endswith("~]") and i18n.current_language() == i18n.PSEUDO:
        # the pseudo-locale's brackets are not an optional part: kept around the result
        return "[" + _render(text[1:-1], values) + "]"
    out: list[str] = []
    pos = 0
    for match in _OPTIONAL.finditer(text):
        out.append(_format(text[pos : match.start()], values))
        inner = match.group(1)
        try:
            names = placeholders(inner)
        except ValueError:
            names = set()
        if all(name in values for name in names):  # also true when there are none
            out.append(_format(inner, values))
        pos = match.end()
    out.append(_format(text[pos:], values))
    rendered = _SPACES.sub(" ", "".join(out)).strip()
    return rendered[:1].upper() + rendered[1:] if rendered[:1].islower() else rendered


def title_of(diagnosis_id: str, context: Mapping[str, object] | None = None) -> str:
    """A diagnosis's title in the current language, for a text that names a problem in
    passing ("certificate problem (…)"); the id itself when the knowledge base lacks it."""
    return advise(diagnosis_id, context).title if get(diagnosis_id) else diagnosis_id


def _provider_ids(context: Mapping[str, object]) -> list[str]:
    """Providers the context points at: an explicit ``provider_id`` first, then by host."""
    ids: list[str] = []
    explicit = context.get("provider_id")
    if isinstance(explicit, str) and explicit:
        ids.append(explicit)
    host = context.get("host")
    if isinstance(host, str) and host:
        with contextlib.suppress(OSError, ValueError):
            ids.extend(p.id for p in _providers.providers_for_host(host) if p.id not in ids)
    return ids


def advise(diagnosis_id: str, context: Mapping[str, object] | None = None, *,
           settings: Mapping[str, object] | None = None,
           facts: Mapping[str, object] | None = None) -> Advice:
    """Render a diagnosis for this run: title, cause, ordered fixes and one-click actions.

    ``context`` holds the target (``host``, ``port``, ``security``) and step facts. If ``host``
    belongs to a known provider (or ``provider_id`` names one), that provider's hints come first.
    ``settings`` (the run's ``ServerSettings.public_dict``) and ``facts`` (the step's) decide
    which actions fit this run; without ``settings`` there are no actions.
    Never raises: an unknown id gives a generic piece of advice under the same id.
    """
    ctx: Mapping[str, object] = context or {}
    diagnosis = get(diagnosis_id) or generic_diagnosis()
    try:
        values = _Neutral(prepare_context(ctx))
        pids = _provider_ids(ctx)
        if pids and "provider" not in values:
            provider = _safe_provider(pids[0])
            if provider is not None:
                values["provider"] = provider.name
        raw_fixes: list[str] = []
        for pid in pids:
            raw_fixes.extend(diagnosis.provider_fixes.get(pid, ()))
        raw_fixes.extend(diagnosis.fixes)
        known = condition_facts(ctx)
        fixes: list[str] = []
        where: list[int] = []  # the index in ``fixes`` of each raw fix (-1: not shown)
        for raw in raw_fixes:
            if not _applies(raw, known):
                where.append(-1)  # it advises what this run already does: no fix, no action
                continue
            text = _render(raw, values)
            if text and text not in fixes:
                fixes.append(text)
            where.append(fixes.index(text) if text else -1)
        generic = where[len(raw_fixes) - len(diagnosis.fixes):]
        return Advice(
            id=diagnosis_id,
            title=_render(diagnosis.title, values),
            cause=_render(diagnosis.cause, values),
            fixes=tuple(fixes),
            actions=_actions(diagnosis, values, facts or ctx, settings, generic),
        )
    except Exception:  # advice must never break a run
        fallback = generic_diagnosis()
        return Advice(
            id=diagnosis_id,
            title=fallback.title,
            cause=_render(fallback.cause, _Neutral()),
            fixes=fallback.fixes,
        )


def _actions(diagnosis: Diagnosis, values: Mapping[str, str], facts: Mapping[str, object],
             settings: Mapping[str, object] | None, where: list[int]) -> tuple[FixAction, ...]:
    if settings is None:
        return ()
    out: list[FixAction] = []
    for spec in diagnosis.actions:
        index = where[spec.fix] if spec.fix < len(where) else -1
        action = resolve(spec, values, facts, settings, index) if index >= 0 else None
        if action is not None and action not in out:
            out.append(action)
    return tuple(out)


def _safe_provider(pid: str) -> _providers.Provider | None:
    try:
        return _providers.get_provider(pid)
    except (OSError, ValueError):
        return None
